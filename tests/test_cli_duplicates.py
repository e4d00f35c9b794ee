"""Logging the same company, role and date twice (issue 14.8): a note on
stderr from a script; in a terminal a question first (tests/pty)."""

from __future__ import annotations

import pytest


def test_same_process_again_warns_and_still_logs_from_a_script(run, log):
    log("Acme", "Engineer", "--date", "2026-11-20")
    result = run("log", "-c", "Acme", "-r", "Engineer", "-d", "2026-11-20")
    assert result.code == 0 and result.out.strip() == "2"
    assert "You already logged Acme, Engineer on Fri 20 Nov 2026 (#1)" in result.err
    assert "`reject rm 2`" in result.err
    assert len(run("list", "--json").json()) == 2


def test_company_and_role_match_whatever_their_case_and_spacing(run, log):
    log("Leeds Teaching Hospitals", "Staff Nurse", "--date", "2026-11-20")
    result = run(
        "log", "-c", "  leeds  TEACHING hospitals", "-r", "staff nurse", "-d", "2026-11-20"
    )
    assert "You already logged" in result.err


def test_another_date_or_role_is_another_process(run, log):
    log("Acme", "Engineer", "--date", "2026-11-20")
    for args in (("-r", "Engineer", "-d", "2026-11-21"), ("-r", "Teacher", "-d", "2026-11-20")):
        result = run("log", "-c", "Acme", *args)
        assert result.code == 0 and "already" not in result.err


def test_import_of_the_same_process_in_other_spacing_is_skipped(run, log, tmp_path):
    log("Acme Ltd", "Engineer", "--date", "2026-11-20")
    path = tmp_path / "in.csv"
    path.write_text("Company,Role,Date\nACME  ltd,engineer,2026-11-20\n", encoding="utf-8")
    result = run("import", str(path))
    assert "Nothing new" in result.err and len(run("list", "--json").json()) == 1


@pytest.mark.parametrize("every", ["1", "2", "64"])
def test_the_warning_stays_exact_with_changes_pending_or_folded(run, log, monkeypatch, every):
    # `log` reads only the head of journal.json and the digests beside it
    # (store/log_file.py); edits and deletes since must not fool it.
    monkeypatch.setenv("REJECT_COMPACT_EVERY", every)
    log("Acme", "Engineer", "--date", "2026-11-20")
    log("Globex", "Staff nurse", "--date", "2026-11-20")
    assert run("list").code == 0  # a full read vouches for journal.json

    def again(company: str, role: str) -> str:
        result = run("log", "-c", company, "-r", role, "-d", "2026-11-20")
        assert result.code == 0, result.err
        return result.err

    assert "(#1)" in again("acme", "engineer")
    assert run("rm", "3", "--yes").code == 0
    assert run("edit", "1", "--company", "Initech").code == 0
    assert "already" not in again("Acme", "Engineer")  # renamed since
    assert "(#1)" in again("Initech", "Engineer")
    assert run("rm", "2", "--yes").code == 0
    assert "already" not in again("Globex", "Staff nurse")  # deleted since
    assert "(#6)" in again("GLOBEX", "staff  nurse")  # the one just logged
