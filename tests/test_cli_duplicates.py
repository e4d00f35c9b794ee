"""Logging the same company, role and date twice (issue 14.8): a note on
stderr from a script; in a terminal a question first (tests/pty)."""

from __future__ import annotations


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
