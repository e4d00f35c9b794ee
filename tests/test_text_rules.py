"""The rules for typed text (reject.text): what is refused, and how cheaply."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import reject.text
from reject.errors import UsageError
from reject.text import check_text


def test_an_overlong_value_is_refused_on_length_before_any_character_is_looked_at(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A 90 MB CSV field took 33 s in the character loop before the length
    rule refused it (issue 12, B12): the length comes first."""
    looked: list[str] = []

    def counting(ch: str, *, multiline: bool) -> bool:
        looked.append(ch)
        return False

    monkeypatch.setattr(reject.text, "_bad_char", counting)
    value = "Stationsleitung é\u001b " * 1000
    with pytest.raises(ValueError, match="the limit is 200"):
        check_text(value, multiline=False, limit=200)
    assert looked == []


def test_a_value_within_the_limit_is_still_checked_character_by_character() -> None:
    with pytest.raises(ValueError, match="escape"):
        check_text("Ward sister\u001b[31m", multiline=False, limit=200)


def test_a_file_over_the_limit_is_refused_from_its_size_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reject.cli.files import read_file_bytes

    path = tmp_path / "big.csv"
    path.write_bytes(b"x" * 11)
    reads: list[int] = []
    real_read = os.read

    def counting_read(fd: int, n: int) -> bytes:
        reads.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(os, "read", counting_read)
    with pytest.raises(UsageError, match=str(path)):
        read_file_bytes(path, limit=10)
    assert reads == []
    assert read_file_bytes(path, limit=11) == b"x" * 11
