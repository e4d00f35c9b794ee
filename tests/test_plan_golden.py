"""Golden plans: the sample journal from CSV, and a realistic 24-entry journal.

"Today" is fixed so the files cannot rot. To accept an intended change, run
with REJECT_UPDATE_GOLDEN=1 and read the diff before committing it.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from reject.insights import ics, markdown
from reject.insights.plan import build_plan
from reject.insights.themes import load_vocabulary
from reject.model import Journal
from reject.store import Store

DATA = Path(__file__).parent / "data"
GOLDEN = Path(__file__).parent / "golden"
TODAY = date(2026, 11, 25)


def check(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("REJECT_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8", newline="")
    with path.open(encoding="utf-8", newline="") as stored:  # keep the calendar's CRLF
        assert actual == stored.read()


def realistic() -> Journal:
    return Journal.model_validate_json(
        (DATA / "realistic-journal.json").read_text(encoding="utf-8")
    )


def test_sample_journal_plan_matches_golden(run, home):
    assert run("import", str(DATA / "rejections.csv")).code == 0
    records = Store(home).read().rejections
    check("sample-plan.md", markdown.write(build_plan(records, load_vocabulary(None), today=TODAY)))


def test_realistic_journal_plan_matches_golden():
    records = realistic().rejections
    check(
        "realistic-plan.md", markdown.write(build_plan(records, load_vocabulary(None), today=TODAY))
    )


def test_realistic_journal_calendar_matches_golden():
    calendar = ics.write(realistic().rejections, today=TODAY).decode("utf-8")
    check("realistic-plan.ics", calendar)
