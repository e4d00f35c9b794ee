"""Where the person stands, in a few facts: for bare `reject` and `reject due`.

Pure functions over the journal; the commands word and print them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reject.insights.plan import PlannedAction, all_actions
from reject.model import Journal, Rejection
from reject.reflection.requests import Waiting, waiting


@dataclass
class Overview:
    count: int
    last: Rejection | None
    open_actions: list[PlannedAction] = field(default_factory=list)
    waiting: list[Waiting] = field(default_factory=list)

    @property
    def overdue(self) -> list[PlannedAction]:
        return [a for a in self.open_actions if a.overdue]


@dataclass(frozen=True)
class NextStep:
    rejection: int
    company: str
    what: str


@dataclass
class Due:
    actions: list[PlannedAction]  # open, due today or earlier, most overdue first
    next_steps: list[NextStep]  # dated today: they have no "done", so only on the day
    # feedback requests past the wait in reject.followup, oldest first
    requests: list[Waiting] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.actions or self.next_steps or self.requests)


def overview(journal: Journal, today: date) -> Overview:
    records = journal.rejections
    last = max(records, key=lambda r: (r.date, r.created, r.id), default=None)
    open_actions = [a for a in all_actions(records, today) if a.done is None]
    return Overview(len(records), last, open_actions, waiting(journal, today))


def due(journal: Journal, today: date) -> Due:
    actions = [
        a
        for a in all_actions(journal.rejections, today)
        if a.done is None and a.due is not None and a.due <= today
    ]
    actions.sort(key=lambda a: (a.due or today, a.rejection, a.n))
    steps = []
    for record in sorted(journal.rejections, key=lambda r: r.id):
        res = record.reflection.resilience if record.reflection else None
        if res and res.next_step and res.next_step_due == today:
            steps.append(NextStep(record.id, record.company, res.next_step))
    return Due(actions, steps, waiting(journal, today))
