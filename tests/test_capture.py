"""reject.capture: per-field accuracy floors over the email corpus, and the
bad-input rules. Floors are set one message below what was measured."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from reject.capture import iter_mailbox, parse_mailbox, parse_message, posting_text
from reject.errors import UsageError

EMAILS = Path(__file__).parent / "data" / "emails"
_spec = importlib.util.spec_from_file_location("measure", EMAILS / "measure.py")
assert _spec and _spec.loader
measure = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(measure)

CORPUS_FLOOR = {"company": 0.94, "role": 0.97, "date": 1.0, "contact_name": 0.97,
                "contact_email": 0.97, "feedback": 0.97, "kind": 0.97}
HELDOUT_FLOOR = {"company": 0.75, "role": 0.75, "date": 1.0, "contact_name": 0.87,
                 "contact_email": 0.87, "feedback": 0.87, "kind": 0.87}


@pytest.mark.parametrize(("folder", "floor"), [(EMAILS, CORPUS_FLOOR),
                                               (EMAILS / "heldout", HELDOUT_FLOOR)])
def test_accuracy_stays_above_floor(folder: Path, floor: dict[str, float]) -> None:
    result, misses, _ = measure.score(folder)
    for field, (right, total) in result.items():
        assert right / total >= floor[field], (field, misses)


def test_corpus_is_big_enough() -> None:
    assert len(list(EMAILS.glob("*.eml"))) >= 30
    assert len(list((EMAILS / "heldout").glob("*.eml"))) >= 8


@pytest.mark.parametrize(
    ("raw", "words"),
    [(b"", "empty"), (b"   \n", "empty"), (b"%PDF-1.4\x00\x01secret", "binary"),
     (b"Dear Sam, secret words here\n", "doesn't look like an email")],
)
def test_bad_input_is_one_line_without_message_text(raw: bytes, words: str) -> None:
    with pytest.raises(UsageError) as err:
        parse_message(raw)
    assert words in err.value.message
    assert "secret" not in err.value.message and "\n" not in err.value.message


def test_oversized_message_is_refused() -> None:
    with pytest.raises(UsageError, match="MB"):
        parse_message(b"From: a@b.c\n\n" + b"x" * (25 * 1024 * 1024 + 1))


def test_agency_client_is_company_and_recruiter_is_contact() -> None:
    raw = (b"From: Rob Hale <rob.hale@brightpathstaffing.com>\nSubject: Update\n"
           b"Date: Mon, 02 Nov 2026 10:00:00 +0000\n\nHi Ana,\n\nMy client, Tern Aviation, "
           b"has decided not to go ahead with you for the Hangar Supervisor role.\n\nRob\n")
    facts = parse_message(raw)
    assert facts.company == "Tern Aviation"
    assert facts.contact_email == "rob.hale@brightpathstaffing.com"
    assert facts.role == "Hangar Supervisor"


def test_tracking_system_is_never_the_company_and_no_reply_is_no_contact() -> None:
    raw = (b"From: Greenhouse <no-reply@greenhouse.io>\nSubject: Application update\n"
           b"Date: Mon, 02 Nov 2026 10:00:00 +0000\n\nThanks for applying.\n")
    facts = parse_message(raw)
    assert facts.company is None and facts.contact_email is None


def test_mbox_and_folder(tmp_path: Path) -> None:
    one = (EMAILS / "01_greenhouse_platform_engineer.eml").read_bytes()
    two = (EMAILS / "09_gmail_reply_class_teacher.eml").read_bytes()
    box = tmp_path / "r.mbox"
    sep = b"From x Mon Nov  2 10:00:00 2026\n"
    box.write_bytes(sep + one + b"\n" + sep + two + b"\n")
    entries = list(iter_mailbox(box))
    assert [e.number for e in entries] == [1, 2]
    parsed = parse_mailbox(box)
    assert parsed[0][1].message_id == "gh.8a1f2c@us.greenhouse-mail.io"
    folder = tmp_path / "eml"
    folder.mkdir()
    (folder / "a.eml").write_bytes(one)
    (folder / "b.eml").write_bytes(b"not an email at all\n")
    with pytest.raises(UsageError, match="Message 2"):
        parse_mailbox(folder)


def test_posting_html_keeps_headings_and_items_drops_chrome() -> None:
    page = (b"<html><head><script>x()</script><style>p{}</style></head><body><nav>Home</nav>"
            b"<h1>Ward Sister</h1><ul><li>Lead a team</li><li>Band 6</li></ul>"
            b"<footer>Cookies</footer></body></html>")
    text = posting_text(page, "advert.html")
    assert text.splitlines() == ["Ward Sister", "", "- Lead a team", "- Band 6"]
    assert posting_text(b"# Role\n\n- item\n", "a.md") == "# Role\n\n- item"
    with pytest.raises(UsageError):
        posting_text(b"", "a.txt")


def test_a_100_kb_message_still_gives_its_facts() -> None:
    # Its speed is measured in benchmarks/, not asserted here.
    base = (EMAILS / "09_gmail_reply_class_teacher.eml").read_bytes()
    line = b"Thank you for the time you spent with the panel on the Year 4 post at Hillside.\n"
    raw = base.replace(b"Thank you for your message", line * 1300 + b"Thank you", 1)
    assert len(raw) > 100_000
    small, big = parse_message(base), parse_message(raw)
    facts = (big.company, big.date, big.contact_name)
    assert facts == (small.company, small.date, small.contact_name)
    assert big.feedback is not None and big.feedback.count("Year 4 post at Hillside") == 1300
