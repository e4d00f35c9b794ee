"""`reject import FILE.mbox` and `reject import FOLDER`: one record per
message, all or nothing, --dry-run, a bad message named by number and
subject, and a mailbox imported twice adds nothing."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest

EMAILS = Path(__file__).parent / "data" / "emails"
CORPUS = sorted(EMAILS.glob("*.eml"))
BROKEN = (
    b"From: Careers <careers@example.com>\nSubject: Your application (update)\n"
    b"Date: Mon, 30 Nov 2026 10:00:00 +0000\n\n\x00\x00\x00binary\x00junk\n"
)
NO_ID = (
    b"From: Ana Ruiz <ana@panaderia-sol.es>\nSubject: Your trial day\n"
    b"Date: Tue, 24 Nov 2026 09:00:00 +0100\n\n"
    b"Hi,\n\nThank you for the trial day for the Bakery Assistant position at "
    b"Panaderia Sol. We have chosen another candidate.\n\nAna\n"
)
NOTHING_NAMED = (
    b"From: someone@example.org\nSubject: Re: hello\n"
    b"Date: Tue, 24 Nov 2026 09:00:00 +0100\nMessage-ID: <vague-1@example.org>\n\n"
    b"Thanks, but we won't take this further.\n"
)


def make_mbox(path: Path, messages: list[bytes]) -> Path:
    box = mailbox.mbox(path)
    for raw in messages:
        box.add(raw)
    box.flush()
    box.close()
    return path


def kept_files(home: Path) -> list[Path]:
    folder = home / "kept"
    return sorted(folder.iterdir()) if folder.exists() else []


@pytest.fixture
def five(tmp_path) -> Path:
    return make_mbox(tmp_path / "Rejections.mbox", [p.read_bytes() for p in CORPUS[:5]])


def test_an_mbox_gives_one_record_per_message_each_email_kept(run, home, five):
    result = run("import", str(five))
    assert result.code == 0, result.err
    assert "Imported 5 rejections from 5 messages" in result.err
    records = run("list", "--json").json()
    assert sorted(r["company"] for r in records) == sorted(
        ["Northwind Labs", "Harbor & Pine Studio", "Brightmart", "Ledgerly",
         "Grand Meridian Hotels"]
    )
    assert all(r["email_file"] and r["message_id"] for r in records)
    assert len(kept_files(home)) == 5


def test_importing_the_same_mailbox_twice_adds_nothing(run, home, five, journal_path):
    assert run("import", str(five)).code == 0
    before = journal_path.read_bytes()
    again = run("import", str(five))
    assert (again.code, "Nothing new" in again.err) == (0, True)
    assert journal_path.read_bytes() == before
    assert len(kept_files(home)) == 5


def test_a_folder_of_eml_files_imports_like_a_mailbox(run, tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    for path in CORPUS[8:11]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "notes.txt").write_text("not a message", encoding="utf-8")
    result = run("import", str(folder))
    assert result.code == 0, result.err
    assert len(run("list", "--json").json()) == 3


def test_dry_run_lists_what_would_be_added_and_writes_nothing(run, home, five):
    result = run("import", str(five), "--dry-run")
    assert result.code == 0, result.err
    rows = result.out.splitlines()
    assert rows[0].split("\t") == ["message", "date", "company", "role"]
    assert rows[1].split("\t") == ["1", "2026-11-02", "Northwind Labs", "Platform Engineer"]
    assert len(rows) == 6 and "Nothing was written" in result.err
    assert not (home / "journal.json").exists() and kept_files(home) == []


def test_one_broken_message_is_named_and_nothing_is_imported(run, home, tmp_path):
    messages = [CORPUS[0].read_bytes(), CORPUS[1].read_bytes(), BROKEN, CORPUS[2].read_bytes()]
    box = make_mbox(tmp_path / "box.mbox", messages)
    result = run("import", str(box))
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "Message 3" in result.err and "Your application (update)" in result.err
    assert not (home / "journal.json").exists() and kept_files(home) == []


def test_a_message_without_company_or_role_comes_in_tagged_to_fill_in(run, tmp_path):
    box = make_mbox(tmp_path / "box.mbox", [NOTHING_NAMED, CORPUS[0].read_bytes()])
    result = run("import", str(box))
    assert result.code == 0, result.err
    assert "needs-details" in result.err
    (vague,) = run("list", "--tag", "needs-details", "--json").json()
    assert vague["role"] == "(role not in the email)"


def test_a_message_without_message_id_is_still_imported_only_once(run, tmp_path):
    box = make_mbox(tmp_path / "box.mbox", [NO_ID])
    assert run("import", str(box)).code == 0
    assert "Nothing new" in run("import", str(box)).err
    assert len(run("list", "--json").json()) == 1


def test_an_email_logged_on_its_own_is_not_imported_again(run, five):
    assert run("log", "--email", str(CORPUS[0])).code == 0
    result = run("import", str(five))
    assert "Imported 4 rejections from 5 messages; 1 already there" in result.err


def test_a_message_twice_in_one_mailbox_counts_once(run, tmp_path):
    raw = CORPUS[0].read_bytes()
    box = make_mbox(tmp_path / "box.mbox", [raw, raw])
    assert run("import", str(box)).code == 0
    assert len(run("list", "--json").json()) == 1


def test_an_empty_folder_is_a_usage_error(run, tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("import", str(tmp_path / "empty"))
    assert (result.code, "no .eml files" in result.err) == (2, True)


def test_a_failed_save_keeps_none_of_the_emails(run, home, five, monkeypatch):
    from reject.errors import StoreError
    from reject.store import journal_file

    def broken(path, data, sealer):
        raise StoreError("Can't save: the disk is full. Nothing was changed.")

    monkeypatch.setattr(journal_file, "write_sealed", broken)
    assert run("import", str(five)).code == 1
    assert kept_files(home) == []


def test_csv_import_still_works_beside_mailboxes(run, tmp_path):
    csv_file = tmp_path / "r.csv"
    csv_file.write_text("company,role,date\nAcme,Engineer,2026-11-01\n", encoding="utf-8")
    assert run("import", str(csv_file)).code == 0
    assert len(run("list", "--json").json()) == 1


def test_an_apple_mail_export_folder_reads_its_mbox_file(run, tmp_path):
    folder = tmp_path / "Rejections.mbox"
    folder.mkdir()
    make_mbox(folder / "mbox", [CORPUS[3].read_bytes(), CORPUS[4].read_bytes()])
    (folder / "table_of_contents").write_bytes(b"\x00\x01")
    result = run("import", str(folder))
    assert result.code == 0, result.err
    assert len(run("list", "--json").json()) == 2
