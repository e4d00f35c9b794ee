"""The last words of a reflection, fitted to what the person did.

A run where every question was skipped is not thanked as "real work": it
says writing the no down was enough for today. A full run is thanked for
the work it was. Pure: a reflection in, a sentence out.
"""

from __future__ import annotations

from reject.model.reflection import STAGE_FIELDS, Reflection

# Values the flow fills in by itself, which say nothing about what was answered:
# "specific" after a stock letter, keywords kept from the record, the starting mood.
_FILLED_IN = {
    "feedback": {"specific"},
    "search": {"keywords_keep"},
    "resilience": {"mood_before"},
}


def stages_answered(reflection: Reflection) -> int:
    """How many stages hold at least one answer the person gave."""
    count = 0
    for name in STAGE_FIELDS:
        part = getattr(reflection, name)
        if part is not None and part.model_dump(
            exclude_defaults=True, exclude=_FILLED_IN.get(name, set())
        ):
            count += 1
    return count


def thanks(reflection: Reflection, rid: int) -> str:
    answered = stages_answered(reflection)
    if answered == 0:
        return (
            "You skipped everything, and that's all right: some days writing the no "
            f"down is enough. `reject reflect {rid} --stage N` goes back to any stage "
            "when you feel up to it."
        )
    if answered < len(STAGE_FIELDS):
        return (
            "Thank you. Even a few answers give your plan something to go on; "
            f"`reject reflect {rid} --stage N` fills in the rest whenever you like."
        )
    return "Thank you for taking the time. That was real work, on a hard day."
