"""Field types shared by every model: checked text, and the base model."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timezone
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict

from reject.text import LINE_MAX, TEXT_MAX, check_tag, check_text

# Text rules apply to everything entering the journal, but not to a journal
# read back from disk: a stray character in a hand-edited file must not make
# every entry unreadable (output is neutralised anyway). The store loads
# inside ``reading_from_disk()``. A context variable rather than pydantic's
# validation context because these validators run for every string of every
# record: reading the flag must cost next to nothing.
_FROM_DISK: ContextVar[bool] = ContextVar("reject_from_disk", default=False)


@contextmanager
def reading_from_disk() -> Iterator[None]:
    token = _FROM_DISK.set(True)
    try:
        yield
    finally:
        _FROM_DISK.reset(token)


def from_disk() -> bool:
    return _FROM_DISK.get()


def _line(value: str) -> str:
    if _FROM_DISK.get():
        return value
    return check_text(value, multiline=False, limit=LINE_MAX)


def _required_line(value: str) -> str:
    value = _line(value)
    if not value.strip():
        raise ValueError("can't be empty")
    return value


# A posting's address with its tracking parameters runs past LINE_MAX.
LINK_MAX = 2000


def _link(value: str) -> str:
    if _FROM_DISK.get():
        return value
    return check_text(value, multiline=False, limit=LINK_MAX)


def _text(value: str) -> str:
    if _FROM_DISK.get():
        return value
    return check_text(value, multiline=True, limit=TEXT_MAX)


def _tag(value: str) -> str:
    return value if _FROM_DISK.get() else check_tag(value)


Line = Annotated[str, AfterValidator(_line)]
RequiredLine = Annotated[str, AfterValidator(_required_line)]
Link = Annotated[str, AfterValidator(_link)]
Text = Annotated[str, AfterValidator(_text)]
Tag = Annotated[str, AfterValidator(_tag)]


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


class Base(BaseModel):
    """Keeps unknown fields, so a newer file loses nothing when saved here."""

    model_config = ConfigDict(extra="allow", validate_assignment=True)
