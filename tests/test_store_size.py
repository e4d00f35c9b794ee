"""A journal of 100,000 rejections still loads, saves and exports."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # a 100,000-record journal takes tens of seconds

N = 100_000


pytestmark = pytest.mark.slow


@pytest.fixture
def big_journal(journal_path: Path) -> Path:
    records = [
        {
            "id": i,
            "uuid": str(uuid.UUID(int=i)),
            "company": f"Company {i}",
            "role": "Engineer",
            "date": "2025-06-01",
            "stage": "interview",
            "feedback": [{"text": "Go deeper on design.", "added": "2025-06-02T10:00:00Z"}],
            "tags": ["python"],
            "created": "2025-06-01T10:00:00Z",
            "updated": "2025-06-01T10:00:00Z",
        }
        for i in range(1, N + 1)
    ]
    doc = {"format": "reject-journal", "schema_version": 1, "next_id": N + 1, "rejections": records}
    journal_path.parent.mkdir(mode=0o700, parents=True)
    journal_path.write_text(json.dumps(doc), encoding="utf-8")
    return journal_path


def test_a_journal_of_100000_rejections_loads_saves_and_exports(run, big_journal, tmp_path):
    assert run("log", "-c", "One more", "-r", "Engineer").out == f"{N + 1}\n"
    out = tmp_path / "all.csv"
    assert run("export", "--format", "csv", "-o", str(out)).code == 0
    with out.open(encoding="utf-8") as exported:
        assert sum(1 for _ in exported) == N + 2  # header + every record
