"""What a `reject` process keeps until it ends, and how it ends.

Freeing a loaded journal object by object costs as much as a third of
reading it (100,000 records: ~150-300 ms of deallocation, issue 13), and the
operating system takes the memory back at once when the process ends. So the
real console entry point (``cli.main.run``) asks the store to keep what it
loads alive, and leaves with ``os._exit`` once every stream is flushed:
the interpreter's teardown, which would free it all, never runs.

In-process callers (tests, CliRunner) never call ``keep_until_exit``, so
nothing is kept and nothing ever calls ``os._exit`` under them.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys
from typing import NoReturn

_kept: list[object] | None = None


def keep_until_exit() -> None:
    """From now on, ``keep`` holds what it is given until the process ends."""
    global _kept
    _kept = []


def keep(obj: object) -> None:
    if _kept is not None:
        _kept.append(obj)


def leave(code: int) -> NoReturn:
    """End the process with ``code``, skipping the interpreter's teardown.

    Everything a command opens is closed by its own ``with`` block before
    ``main`` returns (the journal lock, files, the pager), so what is left to
    do here is flushing stdout and stderr and running any ``atexit`` hook a
    library registered. If stdout can no longer be written, there is nobody
    left to tell; the exit code ``main`` chose stands.
    """
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    # A hook that fails must not change the exit code.
    with contextlib.suppress(Exception):
        atexit._run_exitfuncs()
    gc.freeze()  # nothing is collected from here on
    os._exit(code)
