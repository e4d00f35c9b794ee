"""Field types shared by every model: checked text, and the base model."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationInfo

from reject.text import LINE_MAX, TEXT_MAX, check_tag, check_text

# Text rules apply to everything entering the journal, but not to a journal
# read back from disk: a stray character in a hand-edited file must not make
# every entry unreadable (output is neutralised anyway). The store passes
# this context when it loads.
FROM_DISK = {"from_disk": True}


def _from_disk(info: ValidationInfo) -> bool:
    return bool(info.context and info.context.get("from_disk"))


def _line(value: str, info: ValidationInfo) -> str:
    if _from_disk(info):
        return value
    return check_text(value, multiline=False, limit=LINE_MAX)


def _required_line(value: str, info: ValidationInfo) -> str:
    value = _line(value, info)
    if not value.strip():
        raise ValueError("can't be empty")
    return value


def _text(value: str, info: ValidationInfo) -> str:
    if _from_disk(info):
        return value
    return check_text(value, multiline=True, limit=TEXT_MAX)


def _tag(value: str, info: ValidationInfo) -> str:
    return value if _from_disk(info) else check_tag(value)


Line = Annotated[str, AfterValidator(_line)]
RequiredLine = Annotated[str, AfterValidator(_required_line)]
Text = Annotated[str, AfterValidator(_text)]
Tag = Annotated[str, AfterValidator(_tag)]


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


class Base(BaseModel):
    """Keeps unknown fields, so a newer file loses nothing when saved here."""

    model_config = ConfigDict(extra="allow", validate_assignment=True)
