"""`reject plan`, `reject actions`, `reject done`, `reject stats`. To be built."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
