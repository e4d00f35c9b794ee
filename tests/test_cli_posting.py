"""The job posting: `log --posting FILE|-` and `edit ID --posting FILE|-` keep
the advert's text beside the journal; `show --posting` prints it; stage 5 of
the reflection shows it back before asking about fit."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

from reject.model import Rejection
from reject.reflection.flow import POSTING_LINES, Flow

EMAILS = Path(__file__).parent / "data" / "emails"

ADVERT_MD = """# Staff Nurse, Ward 7 (Band 5)

You will care for up to eight patients on a busy surgical ward.

- Medication rounds and wound care
- Handover to the night team
"""

ADVERT_HTML = """<!doctype html><html><head><title>Teaching Assistant</title>
<style>body { color: red }</style><script>track();</script></head>
<body><nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav>
<main><h1>Teaching Assistant (SEN)</h1>
<p>Support pupils with additional needs in Key Stage 2.</p>
<ul><li>Small-group reading</li><li>Behaviour plans</li></ul></main>
<footer>Cookie settings</footer></body></html>
"""


def kept_files(home: Path) -> list[Path]:
    folder = home / "kept"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_log_posting_keeps_the_advert_and_show_prints_it(run, home, tmp_path):
    advert = tmp_path / "advert.md"
    advert.write_text(ADVERT_MD, encoding="utf-8")
    assert run("log", "-c", "St Mary's", "-r", "Staff Nurse", "--posting", str(advert)).code == 0
    (kept,) = kept_files(home)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert "  posting: kept; `reject show 1 --posting` prints it" in run("show", "1").out
    assert run("show", "1", "--posting").out == ADVERT_MD


def test_a_saved_web_page_is_kept_as_its_words(run, tmp_path):
    page = tmp_path / "advert.html"
    page.write_text(ADVERT_HTML, encoding="utf-8")
    assert run("log", "-c", "Oakfield", "-r", "TA", "--posting", str(page)).code == 0
    text = run("show", "1", "--posting").out
    assert "Teaching Assistant (SEN)" in text and "Small-group reading" in text
    assert "track()" not in text and "color: red" not in text and "Cookie" not in text


def test_log_posting_dash_reads_stdin(run):
    result = run("log", "-c", "Acme", "-r", "Engineer", "--posting", "-", input=ADVERT_MD)
    assert result.code == 0, result.err
    assert run("show", "1", "--posting").out == ADVERT_MD


def test_email_and_posting_together_keep_both(run, home, tmp_path):
    advert = tmp_path / "advert.txt"
    advert.write_text("Class teacher, Year 4.\n", encoding="utf-8")
    email = EMAILS / "09_gmail_reply_class_teacher.eml"
    assert run("log", "--email", str(email), "--posting", str(advert)).code == 0
    assert len(kept_files(home)) == 2
    assert run("show", "1", "--posting").out == "Class teacher, Year 4.\n"


def test_edit_posting_replaces_the_old_one_and_deletes_its_file(run, log, home, tmp_path):
    log()
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text("First version of the advert.\n", encoding="utf-8")
    second.write_text("The advert as it was re-posted.\n", encoding="utf-8")
    assert run("edit", "1", "--posting", str(first)).code == 0
    (old,) = kept_files(home)
    result = run("edit", "1", "--posting", str(second))
    assert result.code == 0, result.err
    (new,) = kept_files(home)
    assert new != old
    assert run("show", "1", "--posting").out == "The advert as it was re-posted.\n"


def test_edit_posting_with_other_flags_changes_both(run, log, tmp_path):
    log()
    advert = tmp_path / "advert.txt"
    advert.write_text("Advert.\n", encoding="utf-8")
    assert run("edit", "1", "--posting", str(advert), "--stage", "final").code == 0
    got = run("show", "1", "--json").json()
    assert (got["stage"], bool(got["posting_file"])) == ("final", True)


def test_a_pdf_posting_is_refused_and_nothing_is_kept(run, log, home, tmp_path):
    log()
    pdf = tmp_path / "advert.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    result = run("edit", "1", "--posting", str(pdf))
    assert (result.code, result.err.count("\n"), "PDF" in result.err) == (2, 1, True)
    assert kept_files(home) == []
    assert run("show", "1", "--json").json()["posting_file"] is None


def test_a_posting_for_a_missing_id_keeps_nothing(run, home, tmp_path):
    advert = tmp_path / "advert.txt"
    advert.write_text("Advert.\n", encoding="utf-8")
    result = run("edit", "7", "--posting", str(advert))
    assert result.code == 1 and "no rejection #7" in result.err
    assert kept_files(home) == []


def test_show_posting_without_one_says_how_to_keep_one(run, log):
    log()
    result = run("show", "1", "--posting")
    assert (result.code, "reject edit 1 --posting FILE" in result.err) == (2, True)


class Recorder:
    """A prompter that notes what it is shown and skips every question."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def stage(self, number: int, total: int, title: str, intro: tuple[str, str]) -> None: ...

    def say(self, text: str) -> None:
        self.seen.append(f"say: {text}")

    def show(self, label: str, text: str) -> None:
        self.seen.append(f"show {label}: {text}")

    def ask(self, question: str, *, default, optional, check, long=False) -> str:
        self.seen.append(f"ask: {question}")
        return ""


def stage_five(posting: str | None) -> list[str]:
    record = Rejection(id=1, company="Acme", role="Engineer", date=date(2026, 9, 1))
    prompter = Recorder()
    flow = Flow(
        record, [], prompter, lambda s, c: None, today=date(2026, 9, 10), posting=posting
    )
    flow.run(only=5)
    return prompter.seen


def test_stage_five_shows_the_posting_before_asking_about_fit():
    seen = stage_five(ADVERT_MD)
    shown = next(i for i, s in enumerate(seen) if s.startswith("show the posting:"))
    fit = next(i for i, s in enumerate(seen) if s.startswith("ask: How well did the role fit"))
    assert shown < fit
    assert "Medication rounds and wound care" in seen[shown]


def test_stage_five_without_a_posting_shows_none():
    assert not any(s.startswith("show the posting") for s in stage_five(None))


def test_a_long_posting_is_shown_in_part_with_where_to_read_the_rest():
    long_advert = "\n".join(f"Line {n} of the advert." for n in range(1, 200))
    seen = stage_five(long_advert)
    shown = next(s for s in seen if s.startswith("show the posting:"))
    assert f"Line {POSTING_LINES} of" in shown and f"Line {POSTING_LINES + 1} of" not in shown
    assert any("reject show 1 --posting" in s for s in seen)
