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
