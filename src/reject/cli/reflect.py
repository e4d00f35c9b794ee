"""`reject reflect` and `reject ask` (the guided reflection). To be built."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
