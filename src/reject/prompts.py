"""Asking a person questions in the terminal, with Rich.

Every question can validate its answer: a bad answer is asked again with a
one-line hint, never a crash. The wording here is the product's own voice:
plain, warm, short.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.prompt import Confirm, Prompt
from rich.text import Text

from reject.terminal import color_system
from reject.text import neutralise

# Returns an error message for a bad answer, or None when it is fine.
Check = Callable[[str], "str | None"]

_console: Console | None = None


def console() -> Console:
    global _console
    if _console is None:
        _console = Console(highlight=False, color_system=color_system())
    return _console


def say(message: str | RenderableType = "") -> None:
    console().print(message)


def line(text: str, *, style: str = "") -> Text:
    """Text shown as written, never read as markup (it may hold user text)."""
    return Text(neutralise(text), style=style)


def ask(
    question: str,
    *,
    default: str | None = None,
    check: Check | None = None,
    choices: Sequence[str] | None = None,
    optional: bool = False,
    skip_hint: bool = True,
) -> str:
    """Ask until the answer passes ``check``. Enter on an optional question gives ""."""
    label = Text(neutralise(question), style="bold")
    if choices:
        label += Text(neutralise(f" ({'/'.join(choices)})"), style="dim")
    if optional and default is None and skip_hint:
        label += Text(" (Enter to skip)", style="dim")
    while True:
        answer = Prompt.ask(
            label,
            console=console(),
            default=neutralise(default) if default is not None else ("" if optional else ...),
            show_default=bool(default),
        )
        answer = str(answer or "").strip()
        if not answer and optional:
            return ""
        if not answer:
            say(Text("  This one is needed; a few words are enough.", style="yellow"))
            continue
        if choices and answer.lower() not in choices:
            say(Text(f"  Please pick one of: {', '.join(choices)}.", style="yellow"))
            continue
        problem = check(answer) if check else None
        if problem:
            say(Text("  " + neutralise(problem), style="yellow"))
            continue
        return answer.lower() if choices else answer


def confirm(question: str, *, default: bool = False) -> bool:
    return Confirm.ask(Text(neutralise(question), style="bold"), console=console(), default=default)


class RichPrompter:
    """The prompter that talks to a person: the reflection flow's voice."""

    def stage(self, number: int, total: int, title: str, intro: tuple[str, str]) -> None:
        say()
        console().rule(
            Text(neutralise(f"Stage {number}/{total} · {title}"), style="bold"), align="left"
        )
        for sentence in intro:
            say(Text(neutralise(sentence), style="italic"))
        say()

    def say(self, text: str) -> None:
        say(Text(neutralise(text)))

    def show(self, label: str, text: str) -> None:
        body = Text(neutralise(text))
        if label == "-":
            say(Padding(Text("• ") + body, (0, 0, 0, 2)))
            return
        say(Text(neutralise(f"  {label}:"), style="dim"))
        say(Padding(body, (0, 0, 0, 4)))

    def ask(self, question: str, *, default: str | None, optional: bool, check: Check) -> str:
        while True:
            answer = ask(question, default=default, optional=True, check=check, skip_hint=False)
            if answer or optional:
                return answer
            say(Text("  This one needs an answer; one word is enough.", style="yellow"))
