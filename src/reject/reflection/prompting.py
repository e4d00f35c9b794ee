"""Asking one question of a reflection stage, and the prompter that asks it.

The ``Prompter`` is the flow's only way to the person: the CLI gives it a
terminal (``prompts.RichPrompter``), tests a script.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

from reject.dates import in_words, read_back
from reject.reflection import answers
from reject.reflection.stages import Answer, Question

# Typed at a prompt that shows an earlier answer, clears it.
CLEAR = "-"

Check = Callable[[str], "str | None"]


class Prompter(Protocol):
    def stage(self, number: int, total: int, title: str, intro: tuple[str, str]) -> None: ...

    def say(self, text: str) -> None:
        """A line in the product's own words."""

    def show(self, label: str, text: str) -> None:
        """The person's own text (or a draft), shown as written."""

    def ask(
        self, question: str, *, default: str | None, optional: bool, check: Check, long: bool
    ) -> str:
        """Ask until ``check`` passes; Enter gives the default, or "" if optional.
        ``long`` answers take many lines (a paste) and end at Ctrl-D."""


def _suffix(q: Question, shown: str | None) -> str:
    parts = []
    if q.answer is Answer.yes_no:
        parts.append("y/n")
    elif q.answer is Answer.choice:
        parts.append("/".join(q.choices))
    elif q.answer is Answer.rating and "1 (" not in q.text:
        parts.append("1-5")
    if q.optional and shown is None:
        parts.append(q.skip)
    return f" ({', '.join(parts)})" if parts else ""


def _shown(value: Any) -> str | None:
    """An earlier answer as it would be typed, or None when there is none."""
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, bool):
        return "y" if value else "n"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(getattr(value, "value", value))


class Asker:
    """Asks questions through ``p``, parsing answers as of ``today``."""

    p: Prompter
    today: date

    def ask(self, q: Question, default: Any = None, extra: Check | None = None, **fmt: str) -> Any:
        """Ask ``q``; None when skipped or cleared."""
        shown = _shown(default)

        def check(raw: str) -> str | None:
            if shown is not None and raw.strip() == CLEAR:
                return None
            found = answers.problem(q, raw, today=self.today, keep=default)
            if found is None and extra is not None:
                found = extra(raw)
            return found

        label = q.text.format(**fmt) + _suffix(q, shown).format(**fmt)
        raw = self.p.ask(
            label, default=shown, optional=q.optional, check=check, long=q.answer is Answer.text
        ).strip()
        if not raw or raw == CLEAR:
            return None
        value = answers.parse(q, raw, today=self.today)
        if q.answer is Answer.due and raw != shown and in_words(raw):
            # Said back before moving on, so "next friday" can't quietly become tomorrow.
            self.p.say(f"{raw} \u2192 {read_back(value, self.today)}")
        return value if value != [] else None
