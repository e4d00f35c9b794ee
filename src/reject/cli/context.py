"""Per-run settings shared by the commands: where the journal lives."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reject.store import Store


@dataclass
class Settings:
    home: Path | None = None
    debug: bool = False


settings = Settings()


def home() -> Path:
    from reject.paths import default_home

    return settings.home or default_home()


def store() -> Store:
    from reject.store import Store

    return Store(home())


def interactive() -> bool:
    """Whether we may ask questions: only when a person is at the keyboard."""
    return sys.stdin.isatty()
