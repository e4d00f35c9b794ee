"""Asking a person questions in the terminal, with Rich.

Every question can validate its answer: a bad answer is asked again with a
one-line hint, never a crash. The wording here is the product's own voice:
plain, warm, short.

Short answers end at Enter (Rich's prompt). Long answers (feedback, notes,
reflections) are read by prompt_toolkit, imported only when one is asked: it
turns on bracketed paste, so a pasted email arrives as one piece with its
blank lines, and Ctrl-D ends the answer, as it ends input to `cat`. Either
way, input still waiting when an answer ends (the tail of a paste) is
discarded, so it can never answer the next question or reach the shell.
"""

from __future__ import annotations

import os
import sys
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
    long: bool = False,
) -> str:
    """Ask until the answer passes ``check``. Enter on an optional question gives "".

    ``long`` takes many lines (typed or pasted) and ends at Ctrl-D.
    """
    label = Text(neutralise(question), style="bold")
    if choices:
        label += Text(neutralise(f" ({'/'.join(choices)})"), style="dim")
    if optional and default is None and skip_hint:
        label += Text(" (Enter to skip)", style="dim")
    if long:
        return _ask_long(label, default=default, optional=optional, check=check)
    while True:
        answer = Prompt.ask(
            label,
            console=console(),
            default=neutralise(default) if default is not None else ("" if optional else ...),
            show_default=bool(default),
        )
        if _discard_pending():
            say(
                Text(
                    "  That came in as several lines, and this question takes one. "
                    "Nothing was kept from it; please try again.",
                    style="yellow",
                )
            )
            continue
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


_LONG_HINT = "  Type or paste as many lines as you need, then press Ctrl-D to finish."


def _ask_long(label: Text, *, default: str | None, optional: bool, check: Check | None) -> str:
    # Loaded before the question shows, so a paste made the moment it appears
    # already meets the reader, not the terminal's line mode.
    import prompt_toolkit  # noqa: F401

    say(label)
    say(Text(_LONG_HINT, style="dim"))
    if default:
        first = default.strip().splitlines()[0] if default.strip() else ""
        more = "…" if len(first) > 60 or "\n" in default.strip() else ""
        say(Text(neutralise(f"  Earlier: {first[:60]}{more}"), style="dim"))
    draft = ""
    while True:
        answer = read_long(draft).strip()
        if not answer:
            if default is not None:
                return default
            if optional:
                return ""
            say(Text("  This one is needed; a few words are enough.", style="yellow"))
            continue
        problem = check(answer) if check else None
        if problem:
            say(Text("  " + neutralise(problem), style="yellow"))
            say(Text("  Your text is still there: fix it, then Ctrl-D.", style="dim"))
            draft = answer
            continue
        lines = answer.count("\n") + 1
        if lines > 1:
            say(Text(f"  Got all {lines} lines.", style="dim"))
        return answer


def read_long(draft: str = "") -> str:
    """Many lines from the terminal, until Ctrl-D; Enter on an empty answer
    ends it at once (to skip). ``draft`` is shown ready to edit."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
    from prompt_toolkit.layout.processors import TabsProcessor
    from prompt_toolkit.output import create_output
    from prompt_toolkit.output.vt100 import Vt100_Output

    keys = KeyBindings()

    @keys.add("c-d")
    def _finish(event: KeyPressEvent) -> None:
        event.current_buffer.validate_and_handle()

    @keys.add("enter")
    def _enter(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        # An unbracketed paste that starts with a blank line must not be taken
        # for Enter-to-skip: the rest of it is already waiting.
        if buffer.text.strip() or event.app.key_processor.input_queue or _pending(0.05):
            buffer.newline(copy_margin=False)
        else:
            buffer.validate_and_handle()

    @keys.add("c-i")
    def _tab(event: KeyPressEvent) -> None:
        event.current_buffer.insert_text("\t")  # pasted tables keep their tabs

    output = create_output(always_prefer_tty=True)
    if isinstance(output, Vt100_Output):
        # No cursor-position query: the prompt needs no menu space, and a
        # terminal that never answers would earn the person a warning.
        output.enable_cpr = False
    session: PromptSession[str] = PromptSession(
        multiline=True,
        key_bindings=keys,
        output=output,
        prompt_continuation="  > ",
        complete_while_typing=False,
        enable_history_search=False,
        input_processors=[TabsProcessor(char1=" ", char2=" ")],  # a tab, not ^I
    )
    try:
        return session.prompt("  > ", default=draft)
    finally:
        from prompt_toolkit.input.typeahead import clear_typeahead

        clear_typeahead(session.input)
        _discard_pending()


def _stdin_fd() -> int | None:
    try:
        fd = sys.stdin.fileno()
    except (AttributeError, ValueError, OSError):
        return None
    return fd if os.isatty(fd) else None


def _pending(wait: float = 0.0) -> bool:
    """Whether more input is already on its way (the rest of a paste)."""
    fd = _stdin_fd()
    if fd is None:
        return False
    import select

    try:
        ready, _, _ = select.select([fd], [], [], wait)
    except (OSError, ValueError):
        return False
    return bool(ready)


def _discard_pending() -> bool:
    """Drop input that arrived with the answer but is not part of it; True if any."""
    if not _pending(0.02):
        return False
    try:
        import termios

        fd = _stdin_fd()
        if fd is not None:
            termios.tcflush(fd, termios.TCIFLUSH)
    except (ImportError, OSError):
        return False
    return True


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

    def ask(
        self,
        question: str,
        *,
        default: str | None,
        optional: bool,
        check: Check,
        long: bool = False,
    ) -> str:
        while True:
            answer = ask(
                question, default=default, optional=True, check=check, skip_hint=False, long=long
            )
            if answer or optional:
                return answer
            say(Text("  This one needs an answer; one word is enough.", style="yellow"))
