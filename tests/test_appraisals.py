"""Appraisals (issue 11, point 10): reviews, 360s and mentors' notes kept in
the journal, counted beside the rejections in the plan, and pointed out in
stage 3 of a reflection."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from reject.model import Appraisal, FeedbackNote, Rejection
from reject.reflection.flow import Flow

DATA = Path(__file__).parent / "data"
DESIGN = "Your system design answers lacked depth."


def add(run, *args: str, input: str = "") -> int:
    result = run("appraisals", "add", *args, input=input)
    assert result.code == 0, result.err
    return int(result.out.strip())


# -- add, list, rm ------------------------------------------------------------


def test_an_appraisal_is_kept_with_who_and_when(run):
    aid = add(
        run,
        "--text",
        "Plan lessons further ahead.",
        "--from",
        "2025 review",
        "--date",
        "2025-06-30",
    )
    [kept] = run("appraisals", "list", "--json").json()
    assert (kept["id"], kept["text"], kept["given_by"], kept["date"]) == (
        aid,
        "Plan lessons further ahead.",
        "2025 review",
        "2025-06-30",
    )


def test_text_dash_reads_stdin(run):
    add(run, "--text", "-", "--from", "mentor", input="Delegate more.\nSay no sooner.\n")
    assert run("appraisals", "list", "--json").json()[0]["text"] == "Delegate more.\nSay no sooner."


def test_the_date_defaults_to_today_and_reads_words(run):
    add(run, "--text", "One", "--date", "yesterday")
    add(run, "--text", "Two")
    listed = run("appraisals", "list", "--json").json()
    assert listed[0]["date"] == date.today().isoformat()  # newest first
    assert listed[1]["date"] < listed[0]["date"]


def test_ids_come_from_the_journal_counter(run, log):
    first = log()
    aid = add(run, "--text", "Delegate more.")
    second = log()
    assert (first, aid, second) == (1, 2, 3)


def test_list_shows_a_table_and_says_when_empty(run):
    assert "No appraisals yet" in run("appraisals", "list").err
    add(run, "--text", "Delegate more.", "--from", "mentor")
    out = run("appraisals", "list").out
    assert out.splitlines()[0].split("\t") == ["id", "date", "from", "text"]
    assert "mentor\tDelegate more." in out


def test_rm_needs_confirmation_and_deletes_with_yes(run, journal_path: Path):
    aid = add(run, "--text", "Delegate more.")
    before = journal_path.read_bytes()
    refused = run("appraisals", "rm", str(aid))
    assert refused.code == 2 and "--yes" in refused.err
    assert journal_path.read_bytes() == before
    assert run("appraisals", "rm", str(aid), "--yes").code == 0
    assert run("appraisals", "list", "--json").json() == []


def test_rm_of_a_missing_id_exits_1(run):
    result = run("appraisals", "rm", "9", "--yes")
    assert result.code == 1 and "no appraisal #9" in result.err


def test_bad_input_is_refused_and_nothing_written(run, log, journal_path: Path):
    log()
    before = journal_path.read_bytes()
    for args in (
        ["--text", "  "],
        ["--text", "Fine", "--date", "tomorrow"],
        ["--text", "bad\x1b[31m"],
        ["--text", "x" * 20_001],
        ["--text", "Fine", "--from", "x" * 201],
        ["--from", "mentor"],
    ):
        result = run("appraisals", "add", *args)
        assert result.code == 2, args
        assert "Traceback" not in result.err and "\x1b" not in result.err
    assert journal_path.read_bytes() == before


def test_an_old_journal_without_appraisals_loads_and_keeps_its_version(run, home: Path):
    home.mkdir()
    doc = json.loads((DATA / "coach-silence.json").read_text(encoding="utf-8"))
    assert "appraisals" not in doc
    (home / "journal.json").write_text(json.dumps(doc), encoding="utf-8")
    assert run("appraisals", "list", "--json").json() == []
    aid = add(run, "--text", "Delegate more.")
    saved = json.loads((home / "journal.json").read_text(encoding="utf-8"))
    assert saved["schema_version"] == doc["schema_version"]
    assert aid == doc["next_id"] and saved["next_id"] == aid + 1


def test_an_appraisal_id_the_counter_never_gave_is_refused_on_load(run, home: Path):
    home.mkdir()
    doc = {
        "format": "reject-journal",
        "schema_version": 1,
        "next_id": 2,
        "rejections": [],
        "appraisals": [{"id": 5, "text": "Delegate more.", "date": "2025-01-01"}],
    }
    (home / "journal.json").write_text(json.dumps(doc), encoding="utf-8")
    result = run("appraisals", "list")
    assert result.code == 1 and "next_id" in result.err


# -- counted beside the rejections -------------------------------------------


def test_the_plan_counts_an_appraisal_beside_the_rejections(run, log):
    for company in ("Acme", "Globex", "Initech"):
        log(company, "Engineer", "-f", DESIGN)
    aid = add(
        run,
        "--text",
        "Go deeper on system design before the next promotion round.",
        "--from",
        "2025 review",
        "--date",
        "2025-12-10",
    )
    plan = run("plan").out
    assert (
        "- system design: 3 of the 3 rejections with real feedback (3 in all), and 1 appraisal"
        in plan
    )
    assert "An appraisal said the same (2025 review)." in plan  # in the start-here priority
    data = run("plan", "--format", "json").json()
    theme = next(t for t in data["themes"]["themes"] if t["name"] == "system design")
    assert (theme["count"], theme["appraisals"]) == (3, [aid])
    assert data["themes"]["appraisals"] == 1


def test_praise_in_an_appraisal_is_not_counted(run, log):
    for company in ("Acme", "Globex", "Initech"):
        log(company, "Engineer", "-f", DESIGN)
    add(run, "--text", "System design is a real strength.")
    data = run("plan", "--format", "json").json()
    theme = next(t for t in data["themes"]["themes"] if t["name"] == "system design")
    assert theme["appraisals"] == []


def test_an_appraisal_alone_makes_no_theme(run, log):
    for company in ("Acme", "Globex", "Initech"):
        log(company, "Engineer", "-f", DESIGN)
    add(run, "--text", "Your presentation slides were cluttered.")
    names = [t["name"] for t in run("plan", "--format", "json").json()["themes"]["themes"]]
    assert "presentation" not in names


def test_one_rejection_and_an_appraisal_make_a_pattern(run, log):
    for company in ("Acme", "Globex", "Initech"):
        log(company, "Engineer", "-f", DESIGN)
    log("Hooli", "Engineer", "-f", "Your presentation slides were cluttered.")
    plan = run("plan").out
    assert "Mentioned once so far: presentation" in plan
    add(run, "--text", "Presentation skills need work.", "--from", "360")
    plan = run("plan").out
    assert "- presentation: 1 of 4, and 1 appraisal" in plan
    assert "Mentioned once" not in plan


# -- stage 3 points a matching appraisal out -----------------------------------


class Quiet:
    """Skips every question; keeps what the flow says."""

    def __init__(self) -> None:
        self.said: list[str] = []

    def stage(self, *args: object) -> None:
        pass

    def say(self, text: str) -> None:
        self.said.append(text)

    def show(self, label: str, text: str) -> None:
        pass

    def ask(self, question: str, **kwargs: object) -> str:
        return ""


def test_stage_3_says_when_an_appraisal_named_the_same_theme():
    record = Rejection(id=1, company="Acme", role="Engineer", feedback=[FeedbackNote(text=DESIGN)])
    review = Appraisal(
        id=2,
        text="Go deeper on system design.",
        given_by="2025 annual review",
        date=date(2025, 6, 30),
    )
    mentor = Appraisal(id=3, text="Speak up in meetings.", given_by="mentor", date=date(2026, 2, 1))
    quiet = Quiet()
    Flow(
        record, [], quiet, lambda *a: None, today=date(2026, 9, 1), appraisals=[review, mentor]
    ).run(3)
    [line] = [s for s in quiet.said if "system design" in s]
    assert "in this feedback" in line and "an appraisal said the same (2025 annual review)" in line
    assert not any("mentor" in s for s in quiet.said)


def test_stage_3_without_appraisals_is_as_before():
    record = Rejection(id=1, company="Acme", role="Engineer", feedback=[FeedbackNote(text=DESIGN)])
    quiet = Quiet()
    Flow(record, [], quiet, lambda *a: None, today=date(2026, 9, 1)).run(3)
    assert any(s.endswith("system design (in this feedback)") for s in quiet.said)
