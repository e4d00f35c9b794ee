"""Actions across the journal: list them, tick them off, reopen them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from reject.errors import NotFoundError, UsageError
from reject.fields import utc_now
from reject.insights.plan import PlannedAction, all_actions
from reject.journal import find, replace_rejection
from reject.model import Journal
from reject.model.reflection import Action

_ID = re.compile(r"^\s*#?(\d+)\.(\d+)\s*$")


def parse_action_id(text: str) -> tuple[int, int]:
    match = _ID.match(text)
    if not match:
        raise UsageError(
            f"{text!r} is not an action id. Ids look like 3.1 (rejection 3, action 1); "
            "`reject actions` lists them."
        )
    return int(match.group(1)), int(match.group(2))


def list_actions(journal: Journal, *, today: date, include_done: bool) -> list[PlannedAction]:
    """Open actions (and done ones with ``include_done``), overdue first."""
    found = all_actions(journal.rejections, today)
    return found if include_done else [a for a in found if a.done is None]


@dataclass
class Change:
    action: Action
    changed: bool  # False: it was already in the asked-for state


def set_done(journal: Journal, action_id: str, *, today: date, undo: bool = False) -> Change:
    rid, n = parse_action_id(action_id)
    # A changed record is a new object in the journal, never the old one
    # changed in place: that is how the store sees what to write.
    record = find(journal, rid).model_copy(deep=True)
    learnings = record.reflection.learnings if record.reflection else None
    for action in learnings.actions if learnings else []:
        if action.n == n:
            break
    else:
        raise NotFoundError(
            f"Rejection #{rid} has no action {rid}.{n}. `reject actions --all` lists them."
        )
    wanted = None if undo else today
    if (action.done is None) == (wanted is None):
        return Change(action, changed=False)
    action.done = wanted
    record.updated = utc_now()
    replace_rejection(journal, record)
    return Change(action, changed=True)
