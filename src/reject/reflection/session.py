"""What a reflection session holds while it runs, and how a finished stage
becomes changes for the journal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reject.model import Rejection
from reject.model.reflection import FeedbackRequest, Reflection


@dataclass
class Session:
    reflection: Reflection
    request: FeedbackRequest | None
    paused: bool = False  # stopped after stage 1 on a very hard day, to come back later


# Saves the named fields of the session's reflection (and the request).
Save = Callable[[Session, tuple[str, ...]], None]


def merge(record: Rejection, session: Session, changed: tuple[str, ...]) -> dict[str, Any]:
    """Changes for ``update_rejection``: only the fields this stage touched,
    so a change made meanwhile by another command (an action marked done) to
    another stage is kept."""
    current = record.reflection or session.reflection
    fresh = current.model_copy(deep=True)
    for name in (*changed, "mood_at_start", "completed"):
        setattr(fresh, name, getattr(session.reflection, name))
    return {
        "reflection": fresh.model_dump(),
        "feedback_request": session.request.model_dump() if session.request else None,
    }
