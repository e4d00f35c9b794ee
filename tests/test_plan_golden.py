"""Golden plans: the sample journal from CSV, a realistic 24-entry journal,
and the three coaching journals of docs/coach-rubric.md (Markdown and JSON).

"Today" is fixed so the files cannot rot. To accept an intended change, run
with REJECT_UPDATE_GOLDEN=1 and read the diff before committing it.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from reject.insights import ics, markdown
from reject.insights.plan import build_plan, to_json
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


COACHED = ["coach-skill-gap", "coach-targeting", "coach-silence"]


@pytest.mark.parametrize("name", COACHED)
def test_coaching_journal_plan_matches_golden(name: str):
    journal = Journal.model_validate_json((DATA / f"{name}.json").read_text(encoding="utf-8"))
    plan = build_plan(
        journal.rejections, load_vocabulary(None), today=TODAY, appraisals=journal.appraisals
    )
    check(f"{name}-plan.md", markdown.write(plan))
    check(f"{name}-plan.json", json.dumps(to_json(plan), ensure_ascii=False, indent=2) + "\n")


def test_realistic_journal_calendar_matches_golden():
    calendar = ics.write(realistic().rejections, today=TODAY).decode("utf-8")
    check("realistic-plan.ics", calendar)
