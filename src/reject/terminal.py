"""What the terminal allows: styling, size, paging. Free of Rich, so any module
may ask."""

from __future__ import annotations

import os
from typing import Literal


def color_system() -> Literal["auto"] | None:
    """Rich's colour system: none at all when ``NO_COLOR`` is set.

    Rich itself reads ``NO_COLOR`` as "no colour" but keeps bold, dim and
    italics; the convention (no-color.org) and people who set it for a
    screen reader or a plain log mean no styling at all.
    """
    return None if os.environ.get("NO_COLOR") else "auto"


# -- the pager -----------------------------------------------------------------

PAGER_ENV = "REJECT_PAGER"
DEFAULT_PAGER = "less -R"


def pager_command() -> list[str] | None:
    """``$REJECT_PAGER``, else ``$PAGER``, else ``less -R``; set but empty means
    no pager (as with git)."""
    import shlex

    for name in (PAGER_ENV, "PAGER"):
        if name in os.environ:
            raw = os.environ[name].strip()
            break
    else:
        raw = DEFAULT_PAGER
    if not raw or raw == "cat":
        return None
    try:
        return shlex.split(raw)
    except ValueError:
        return None  # an unbalanced quote: show the text rather than fail


def run_pager(command: list[str], text: str) -> bool:
    """Hand ``text`` to the pager; False when it could not be started."""
    import subprocess

    env = dict(os.environ)
    # As git does: colours through, quit when it fits, leave the text on screen.
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")
    try:
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    assert proc.stdin is not None
    try:
        proc.stdin.write(text.encode("utf-8"))
        proc.stdin.close()
    except OSError:
        pass  # the reader quit before the end (q in less): that's fine
    while True:
        try:
            proc.wait()
            return True
        except KeyboardInterrupt:
            continue  # Ctrl-C belongs to the pager while it is open
