"""Several ids on one command line, said back in plain words."""

from __future__ import annotations

from collections.abc import Sequence


def id_list(ids: Sequence[object], *, sign: str = "#") -> str:
    """ "#3", "#3 and #5", "#3, #4 and #5"."""
    named = [f"{sign}{i}" for i in ids]
    if len(named) <= 1:
        return "".join(named)
    return ", ".join(named[:-1]) + " and " + named[-1]
