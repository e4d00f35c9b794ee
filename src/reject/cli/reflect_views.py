"""How a reflection and a feedback request look in `reject show`."""

from __future__ import annotations

from reject import render
from reject.model import Rejection
from reject.model.reflection import Control, Reflection, RequestStatus

_STATUS = {
    RequestStatus.not_asked: "not asked",
    RequestStatus.asked: "asked, waiting for an answer",
    RequestStatus.answered: "answered",
    RequestStatus.declined: "declined",
    RequestStatus.no_reply: "no reply",
}


def show_reflection(record: Rejection) -> None:
    """Print the record's feedback request and reflection, if any."""
    req = record.feedback_request
    if req is not None and req.status is not RequestStatus.not_asked:
        render.blank()
        render.section(
            "Feedback request",
            [
                ("status", _STATUS[req.status]),
                ("asked on", req.asked_on.isoformat() if req.asked_on else None),
                ("closed on", req.closed_on.isoformat() if req.closed_on else None),
            ],
        )
    refl = record.reflection
    render.blank()
    if refl is None:
        render.section("Reflection")
        render.info_line(f"  Not started. `reject reflect {record.id}` walks you through it.")
        return
    _reflection(record.id, refl)


def _reflection(rid: int, refl: Reflection) -> None:
    left = refl.first_unfinished()
    state = (
        f"finished {refl.completed.isoformat()}"
        if refl.completed
        else f"in progress; `reject reflect {rid}` picks up at stage {left}"
    )
    render.section(f"Reflection ({state})")
    if refl.feedback:
        f = refl.feedback
        specific = {True: "yes", False: "no", None: None}[f.specific]
        render.section("1. Feedback", [("summary", f.summary), ("specific", specific)])
    if refl.review:
        r = refl.review
        ratings = ", ".join(f"{p.part} {p.rating}/5" for p in r.ratings)
        render.section(
            "2. Review",
            [
                ("ratings", ratings),
                ("went well", r.went_well),
                ("differently", r.do_differently),
                ("under-prepared", r.under_prepared),
                ("balance", r.balance.value if r.balance else None),
            ],
        )
        for q in r.questions:
            render.block(
                "practise:", q.question + (f"\n→ {q.better_answer}" if q.better_answer else "")
            )
    if refl.learnings:
        lr = refl.learnings
        render.section(
            "3. Learnings",
            [("themes", ", ".join(lr.themes)), ("to work on", ", ".join(lr.weaknesses))],
        )
        for a in lr.actions:
            how = a.how.value + (f" ({a.how_detail})" if a.how_detail else "")
            due = f", by {a.due.isoformat()}" if a.due else ""
            done = " ✓ done" if a.done else ""
            render.block(f"action {rid}.{a.n}:", f"{a.what} [{how}{due}]{done}")
    if refl.kindness:
        k = refl.kindness
        can = [p.text for p in k.points if p.control is Control.can_change]
        unsure = [p.text for p in k.points if p.control is Control.not_sure]
        out = [
            p.text + (" (long-term goal)" if p.long_term else "")
            for p in k.points
            if p.control is Control.outside
        ]
        render.section(
            "4. Kindness",
            [
                ("can change", ", ".join(can)),
                ("outside my control for now", ", ".join(out)),
                ("not sure yet", ", ".join(unsure)),
                ("note to self", k.note_to_self),
            ],
        )
    if refl.search:
        s = refl.search
        render.section(
            "5. Search",
            [
                ("fit", f"{s.fit}/5" if s.fit else None),
                ("day to day", {True: "yes", False: "no", None: None}[s.day_to_day]),
                ("didn't excite me", s.unexciting),
                ("keep", ", ".join(s.keywords_keep)),
                ("drop", ", ".join(s.keywords_drop)),
                ("add", ", ".join(s.keywords_add)),
                ("target role", s.target_role),
            ],
        )
    if refl.resilience:
        m = refl.resilience
        mood = None
        if m.mood_before or m.mood_after:
            mood = f"{m.mood_before or '?'}/10 before, {m.mood_after or '?'}/10 after"
        step = m.next_step
        if step and m.next_step_due:
            step += f" (by {m.next_step_due.isoformat()})"
        render.section(
            "6. Resilience",
            [("mood", mood), ("learned about myself", m.learned_about_self), ("next step", step)],
        )
