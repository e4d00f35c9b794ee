"""The terminal tests kept in the working loop (tests/pty/conftest.py) are
real tests: a renamed one would silently drop out of the loop otherwise."""

from __future__ import annotations

import ast
from pathlib import Path

PTY = Path(__file__).parent / "pty"


def _kept() -> set[str]:
    tree = ast.parse((PTY / "conftest.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "IN_THE_LOOP":
            return set(ast.literal_eval(node.value))
    raise AssertionError("tests/pty/conftest.py has no IN_THE_LOOP")


def test_every_test_kept_in_the_loop_exists() -> None:
    kept = _kept()
    assert len(kept) >= 5  # one walk per interactive surface
    for entry in kept:
        filename, name = entry.split("::")
        base = name.split("[")[0]
        assert f"def {base}(" in (PTY / filename).read_text(encoding="utf-8"), entry
