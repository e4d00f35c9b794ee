"""Typing and pasting into reject in a pseudo-terminal, as a person does."""

from __future__ import annotations

import pexpect

# prompt_toolkit turns bracketed paste on when a long answer is ready to be
# read, and off again when it ends.
PASTE_ON = "\x1b[?2004h"
PASTE_OFF = "\x1b[?2004l"
CTRL_D = "\x04"


def ready_for_long_answer(child: pexpect.spawn) -> None:
    child.expect_exact(PASTE_ON)


def long_answer(child: pexpect.spawn, text: str) -> None:
    """Type ``text`` at a long question and finish it with Ctrl-D on its own line."""
    ready_for_long_answer(child)
    child.send(text.replace("\n", "\r") + "\r" + CTRL_D)


def bracketed_paste(child: pexpect.spawn, text: str) -> None:
    """What a terminal sends for a paste once the program asked for brackets:
    line ends as carriage returns, between the start and end markers."""
    child.send("\x1b[200~" + text.replace("\n", "\r") + "\x1b[201~")


def plain_paste(child: pexpect.spawn, text: str) -> None:
    """A paste without markers: every line arrives at once, ends as Enter."""
    child.send(text.replace("\n", "\r"))
