"""`reject log --email FILE|-`: the record filled from the message, flags
winning, the original kept privately beside the journal, and bad input
refused with one line, nothing written and nothing kept."""

from __future__ import annotations

import io
import json
import stat
import sys
from pathlib import Path

import pytest

from reject import render
from reject.cli.main import main

EMAILS = Path(__file__).parent / "data" / "emails"
TEACHER = EMAILS / "09_gmail_reply_class_teacher.eml"
GREENHOUSE = EMAILS / "01_greenhouse_platform_engineer.eml"
NO_ROLE = (
    b"From: Tom Hughes <tom@thecopperkettle.co.uk>\r\n"
    b"To: Sam <sam@example.com>\r\n"
    b"Subject: Saturday\r\n"
    b"Date: Sun, 29 Nov 2026 18:02:00 +0000\r\n"
    b"Message-ID: <no-role-1@thecopperkettle.co.uk>\r\n\r\n"
    b"Hi Sam,\r\n\r\nThanks for coming in. We've gone with someone else this time.\r\n\r\n"
    b"Tom\r\nThe Copper Kettle\r\n"
)


@pytest.fixture
def piped(capsys, monkeypatch):
    """Run `reject ARGS` with these bytes on standard input, as a mail client pipes."""

    def _piped(data: bytes, *args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
        render.reset()
        code = main(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _piped


def record(run, rid: int = 1) -> dict:
    return run("show", str(rid), "--json").json()


def kept_files(home: Path) -> list[Path]:
    folder = home / "kept"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_log_email_fills_the_record_from_the_message(run):
    result = run("log", "--email", str(TEACHER))
    assert result.code == 0, result.err
    got = record(run)
    assert (
        got["company"],
        got["role"],
        got["date"],
        got["kind"],
        got["contact"],
        got["feedback"][0]["given_by"],
    ) == (
        "Hillside Primary School",
        "Year 4 Class Teacher",
        "2026-11-10",
        "personal",
        {"name": "Helen Marsh", "email": "h.marsh@hillsideprimary.sch.uk"},
        "Helen Marsh",
    )
    text = got["feedback"][0]["text"]
    assert "offered the post to another candidate" in text
    assert "wrote:" not in text and "Helen Marsh" not in text  # no quote, no signature


def test_log_email_dash_reads_the_message_from_stdin(piped, run):
    code, out, err = piped(GREENHOUSE.read_bytes(), "log", "--email", "-")
    assert (code, out) == (0, "1\n"), err
    got = record(run)
    assert (got["company"], got["role"], got["kind"]) == (
        "Northwind Labs",
        "Platform Engineer",
        "form",
    )


def test_flags_on_the_command_line_win_over_the_email(run):
    result = run(
        "log", "--email", str(TEACHER), "-c", "Hillside Primary", "-k", "form", "-d", "2026-11-11"
    )
    assert result.code == 0, result.err
    got = record(run)
    assert (got["company"], got["kind"], got["date"], got["role"]) == (
        "Hillside Primary",
        "form",
        "2026-11-11",
        "Year 4 Class Teacher",
    )


def test_feedback_flag_wins_and_the_email_names_no_one_for_it(run):
    assert run("log", "--email", str(TEACHER), "-f", "My own summary").code == 0
    (note,) = record(run)["feedback"]
    assert (note["text"], note["given_by"]) == ("My own summary", None)


def test_a_missing_role_without_a_terminal_names_the_flag_and_writes_nothing(piped, home):
    code, _, err = piped(NO_ROLE, "log", "--email", "-")
    assert code == 2
    assert err.count("\n") == 1 and "--role" in err and "Traceback" not in err
    assert not (home / "journal.json").exists()
    assert kept_files(home) == []


def test_the_missing_role_given_as_a_flag_logs_it(piped, run):
    code, _, err = piped(NO_ROLE, "log", "--email", "-", "-r", "Barista")
    assert code == 0, err
    got = record(run)
    assert (bool(got["company"]), got["role"]) == (True, "Barista")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"Just some notes I wrote\nabout the interview.\n", "doesn't look like an email"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"   \n\n", "empty"),
    ],
    ids=["not an email", "binary", "empty"],
)
def test_bad_input_is_one_line_nothing_written_nothing_kept(run, home, tmp_path, data, words):
    path = tmp_path / "message.eml"
    path.write_bytes(data)
    result = run("log", "--email", str(path), "-c", "Acme", "-r", "Engineer")
    assert result.code == 2
    assert result.err.count("\n") == 1 and words in result.err, result.err
    assert not (home / "journal.json").exists()
    assert kept_files(home) == []


def test_an_email_over_the_size_cap_is_refused_before_it_is_read(
    run, home, tmp_path, monkeypatch
):
    import reject.capture

    monkeypatch.setattr(reject.capture, "MAX_BYTES", 1000)
    path = tmp_path / "big.eml"
    path.write_bytes(GREENHOUSE.read_bytes() + b"x" * 2000)
    result = run("log", "--email", str(path))
    assert (result.code, result.err.count("\n")) == (2, 1)
    assert "over" in result.err and "MB" in result.err
    assert not (home / "journal.json").exists() and kept_files(home) == []


def test_a_missing_file_is_a_usage_error(run, home):
    result = run("log", "--email", str(home / "nowhere.eml"))
    assert (result.code, "There is no file" in result.err) == (2, True)


def test_empty_stdin_is_a_usage_error(piped, home):
    code, _, err = piped(b"", "log", "--email", "-")
    assert (code, "empty" in err) == (2, True)
    assert not (home / "journal.json").exists()


def test_two_options_cannot_both_read_stdin(piped, home):
    code, _, err = piped(GREENHOUSE.read_bytes(), "log", "--email", "-", "-f", "-")
    assert (code, "standard input" in err) == (2, True)
    assert not (home / "journal.json").exists()


def test_the_original_is_kept_privately_and_the_record_points_to_it(run, home):
    assert run("log", "--email", str(TEACHER)).code == 0
    (kept,) = kept_files(home)
    assert kept.read_bytes() == TEACHER.read_bytes()
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    got = record(run)
    assert (got["email_file"], got["message_id"]) == (kept.name, "CAHm4rsh0001@mail.gmail.com")
    assert "Hillside" not in kept.name  # the name says nothing of what is in it


def test_show_says_the_email_is_kept_and_show_email_gives_it_back(run):
    assert run("log", "--email", str(TEACHER)).code == 0
    assert "  email: kept; `reject show 1 --email` prints it" in run("show", "1").out
    shown = run("show", "1", "--email")
    # Piped, the message exactly as kept: `> message.eml` saves it again.
    assert (shown.code, shown.out) == (0, TEACHER.read_bytes().decode("utf-8"))


def test_show_email_without_one_kept_says_how_to_keep_one(run, log):
    log()
    result = run("show", "1", "--email")
    assert (result.code, "reject log --email" in result.err) == (2, True)


def test_the_same_email_twice_is_refused_and_keeps_nothing_more(run, home):
    assert run("log", "--email", str(TEACHER)).code == 0
    again = run("log", "--email", str(TEACHER))
    assert (again.code, "already in your journal as #1" in again.err) == (2, True)
    assert len(kept_files(home)) == 1
    assert len(run("list", "--json").json()) == 1


def test_a_failed_save_keeps_nothing(run, home, monkeypatch):
    from reject.errors import StoreError
    from reject.store import journal_file

    def broken(path, data, sealer):
        raise StoreError("Can't save: the disk is full. Nothing was changed.")

    monkeypatch.setattr(journal_file, "write_sealed", broken)
    result = run("log", "--email", str(TEACHER))
    assert result.code == 1
    assert kept_files(home) == []


def test_rm_deletes_the_kept_email_after_the_save(run, home):
    assert run("log", "--email", str(TEACHER)).code == 0
    result = run("rm", "1", "--yes")
    assert result.code == 0
    assert kept_files(home) == [] and "deleted too" in result.err


def test_a_failed_rm_keeps_the_email(run, home, monkeypatch):
    from reject.errors import StoreError
    from reject.store import journal_file

    assert run("log", "--email", str(TEACHER)).code == 0

    def broken(path, data, sealer):
        raise StoreError("Can't save: the disk is full. Nothing was changed.")

    monkeypatch.setattr(journal_file, "write_sealed", broken)
    assert run("rm", "1", "--yes").code == 1
    assert len(kept_files(home)) == 1


def test_a_record_restored_from_a_backup_says_its_email_is_gone(run, home):
    assert run("log", "--email", str(TEACHER)).code == 0
    assert run("rm", "1", "--yes").code == 0
    newest = run("backups", "list").out.splitlines()[1].split("\t")[0]
    assert run("backups", "restore", newest, "--yes").code == 0
    assert "no longer in your journal folder" in run("show", "1").out
    assert run("show", "1", "--email").code == 2


def test_an_imported_pointer_outside_the_kept_folder_is_never_followed(run, home, tmp_path):
    (home / "secret.txt").parent.mkdir(parents=True, exist_ok=True)
    (home / "secret.txt").write_text("private", encoding="utf-8")
    doc = {
        "rejections": [
            {"company": "Acme", "role": "Engineer", "date": "2026-11-01",
             "email_file": "../secret.txt"}
        ]
    }
    path = tmp_path / "in.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert run("import", str(path)).code == 0
    assert run("show", "1", "--email").code == 2
    assert run("rm", "1", "--yes").code == 0
    assert (home / "secret.txt").read_text(encoding="utf-8") == "private"


def test_export_carries_the_pointer_not_the_email(run, tmp_path, monkeypatch):
    assert run("log", "--email", str(TEACHER)).code == 0
    exported = run("export", "--format", "csv").out
    assert "email_file" in exported and "phonics starter" not in exported.split("\n", 1)[0]
    assert "Dear Priya" not in exported
    out = tmp_path / "out.csv"
    out.write_text(exported, encoding="utf-8")
    monkeypatch.setenv("REJECT_HOME", str(tmp_path / "elsewhere"))
    assert run("import", str(out)).code == 0
    got = record(run)
    assert got["email_file"].startswith("email-") and got["message_id"]
    assert "no longer in your journal folder" in run("show", "1").out
