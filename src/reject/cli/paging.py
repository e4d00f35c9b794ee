"""Which commands page their output, started from the root callback."""

from __future__ import annotations

from typing import Any

# Commands whose output can run to hundreds of lines.
PAGED = frozenset({"list", "show", "plan", "stats", "search"})


def start(ctx: Any, *, no_pager: bool) -> None:
    """Page the command's output when it is one of ``PAGED``; the pager opens
    once the command has finished, when Click closes the context."""
    if no_pager or ctx.invoked_subcommand not in PAGED:
        return
    from reject import render

    ctx.with_resource(render.paged())
