"""What feedback praised: one line in the plan, because a plan that lists
only gaps is not the whole picture (see phrases.praise_in for what counts)."""

from __future__ import annotations

from dataclasses import dataclass

from reject.form_letters import Reply, combined
from reject.insights.phrases import praise_in
from reject.insights.themes import counts_as_rejection, normalise
from reject.model import Rejection

PRAISE_SHOWN = 3


@dataclass
class Praise:
    text: str  # a clause of real feedback that only praises
    rejection: int


def praise_of(records: list[Rejection]) -> list[Praise]:
    """What real feedback praised, newest first (``records`` oldest first),
    each wording once."""
    found: dict[str, Praise] = {}
    for record in reversed(records):
        if not counts_as_rejection(record):
            continue
        for note in record.feedback:
            if combined([note.text]) != Reply.real:
                continue  # "we enjoyed meeting you" in a template is a courtesy
            for text in praise_in(note.text):
                found.setdefault(normalise(text), Praise(text, record.id))
    return list(found.values())[:PRAISE_SHOWN]
