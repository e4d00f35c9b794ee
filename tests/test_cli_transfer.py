"""`reject import` and `reject export`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SAMPLE = Path(__file__).parent / "data" / "sample_rejections.csv"


def comparable(records):
    """Records without the journal-local id."""
    return [{k: v for k, v in r.items() if k != "id"} for r in records]


def test_sample_csv_imports_every_row(run):
    result = run("import", str(SAMPLE))
    assert result.code == 0 and len(run("list", "--json").json()) == 5


def test_sample_csv_fields_land_where_they_belong(run):
    run("import", str(SAMPLE))
    fabrikam = next(r for r in run("list", "--json").json() if r["company"] == "Fabrikam")
    assert (
        fabrikam["date"],
        fabrikam["stage"],
        fabrikam["tags"],
        fabrikam["feedback"][0]["text"],
    ) == (
        "2026-10-02",
        "final",
        ["python", "lead"],
        "The panel wanted someone who had led client-facing projects.",
    )


def test_empty_feedback_cell_means_no_feedback(run):
    run("import", str(SAMPLE))
    contoso = next(r for r in run("list", "--json").json() if r["company"] == "Contoso")
    assert contoso["feedback"] == []


def test_dry_run_writes_nothing(run, journal_path):
    result = run("import", str(SAMPLE), "--dry-run")
    assert result.code == 0 and "5" in result.err and not journal_path.exists()


def write(tmp_path: Path, text: str, name: str = "in.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_one_bad_row_imports_nothing_and_names_row_and_field(run, log, tmp_path, journal_path):
    log()
    before = journal_path.read_bytes()
    csv_file = write(
        tmp_path,
        "company,role,date,stage,feedback,tags\n"
        "Acme,Engineer,2026-09-01,screen,,\n"
        "Globex,Dev,2026-02-30,screen,,\n",
    )
    result = run("import", csv_file)
    assert result.code == 2 and "Row 2" in result.err and "date" in result.err
    assert journal_path.read_bytes() == before


def test_unknown_column_is_left_out_and_named(run, tmp_path):
    result = run("import", write(tmp_path, "company,role,salary\nAcme,Eng,100\n"))
    assert result.code == 0 and "Left out 1 column reject doesn't keep: salary" in result.err


def test_extra_record_columns_are_accepted(run, tmp_path):
    run("import", write(tmp_path, "company,role,kind,source\nAcme,Eng,ghosted,referral\n"))
    record = run("show", "1", "--json").json()
    assert (record["kind"], record["source"]) == ("ghosted", "referral")


def test_missing_file_is_a_usage_error(run, tmp_path):
    assert run("import", str(tmp_path / "nope.csv")).code == 2


def test_csv_with_a_byte_order_mark_imports(run, tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes("\ufeffcompany,role\nAcme,Eng\n".encode())
    assert run("import", str(path)).code == 0


def test_export_json_to_stdout_lists_every_record(run, log):
    log("Acme", "Eng")
    log("Globex", "Dev")
    doc = json.loads(run("export", "--format", "json").out)
    assert [r["company"] for r in doc["rejections"]] == ["Acme", "Globex"]


def test_export_to_file_is_private(run, log, tmp_path):
    log()
    out = tmp_path / "out.json"
    run("export", "-o", str(out))
    assert out.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_then_import_into_a_fresh_journal_gives_the_same_records(
    run, log, tmp_path, monkeypatch, fmt
):
    log(
        "Acme",
        "Eng",
        "-d",
        "2026-09-01",
        "-s",
        "final",
        "-k",
        "personal",
        "-t",
        "python",
        "--keyword",
        "backend, remote",
        "--contact",
        "Jane Doe <jane@acme.com>",
        "-f",
        "Line one\nline two",
        "--feedback-from",
        "Recruiter",
    )
    log("Globex; Inc", 'Dev, "Senior"', "--source", "job board")
    run("feedback", "2", "--text", "Second note", "--from", "Manager")
    out = tmp_path / f"out.{fmt}"
    run("export", "--format", fmt, "-o", str(out))
    original = run("list", "--json").json()
    monkeypatch.setenv("REJECT_HOME", str(tmp_path / "fresh"))
    assert run("import", str(out)).code == 0
    assert comparable(run("list", "--json").json()) == comparable(original)


def test_importing_the_same_export_twice_adds_nothing_new(run, log, tmp_path):
    log()
    out = tmp_path / "out.json"
    run("export", "-o", str(out))
    result = run("import", str(out))
    assert "Nothing new" in result.err and len(run("list", "--json").json()) == 1


@pytest.mark.slow
def test_import_10000_rows_is_one_save(run, tmp_path, home):
    rows = "".join(
        f"Company {i},Role {i},2026-01-01,application,,tag{i % 7}\n" for i in range(10_000)
    )
    path = write(tmp_path, "company,role,date,stage,feedback,tags\n" + rows)
    run("import", path)
    backups = list((home / "backups").glob("*.json")) if (home / "backups").exists() else []
    assert len(run("list", "--json").json()) == 10_000 and backups == []


def test_importing_the_same_csv_twice_adds_nothing_the_second_time(run):
    run("import", str(SAMPLE))
    result = run("import", str(SAMPLE))
    assert "Nothing new" in result.err and len(run("list", "--json").json()) == 5


def test_an_import_with_nothing_new_takes_no_backup(run, home):
    run("import", str(SAMPLE))
    run("log", "-c", "Acme", "-r", "Eng")
    before = sorted(p.name for p in (home / "backups").iterdir())
    run("import", str(SAMPLE))
    assert sorted(p.name for p in (home / "backups").iterdir()) == before


def test_two_processes_at_one_company_on_one_day_survive_an_export_and_import(
    run, log, tmp_path, monkeypatch
):
    log("Acme", "Engineer", "-d", "2025-05-01", "-s", "screen")
    log("acme", "engineer", "-d", "2025-05-01", "-s", "final")
    out = tmp_path / "all.json"
    run("export", "-o", str(out))
    monkeypatch.setenv("REJECT_HOME", str(tmp_path / "fresh"))
    run("import", str(out))
    assert len(run("list", "--json").json()) == 2


def test_a_hand_made_csv_with_two_rows_for_one_day_imports_both(run, tmp_path):
    path = write(tmp_path, "company,role,date\nAcme,Eng,2025-05-01\nAcme,Eng,2025-05-01\n")
    run("import", path)
    assert len(run("list", "--json").json()) == 2
