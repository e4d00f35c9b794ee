"""Small modules: nothing under src/ grows past 400 lines (issue 9).

A module that long is usually two ideas; the limit makes someone split it
before it becomes the next store.py."""

from __future__ import annotations

from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "reject"
LIMIT = 400


def test_no_module_is_over_the_limit() -> None:
    sizes = {
        str(path.relative_to(SRC)): len(path.read_text(encoding="utf-8").splitlines())
        for path in SRC.rglob("*.py")
    }
    assert len(sizes) > 50  # the walk found the package
    assert {name: n for name, n in sizes.items() if n > LIMIT} == {}
