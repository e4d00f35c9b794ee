"""Field types shared by every model: checked text, and the base model."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict

from reject.text import LINE_MAX, TEXT_MAX, check_tag, check_text


def _line(value: str) -> str:
    return check_text(value, multiline=False, limit=LINE_MAX)


def _required_line(value: str) -> str:
    value = _line(value)
    if not value:
        raise ValueError("can't be empty")
    return value


def _text(value: str) -> str:
    return check_text(value, multiline=True, limit=TEXT_MAX)


Line = Annotated[str, AfterValidator(_line)]
RequiredLine = Annotated[str, AfterValidator(_required_line)]
Text = Annotated[str, AfterValidator(_text)]
Tag = Annotated[str, AfterValidator(check_tag)]


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


class Base(BaseModel):
    """Keeps unknown fields, so a newer file loses nothing when saved here."""

    model_config = ConfigDict(extra="allow", validate_assignment=True)
