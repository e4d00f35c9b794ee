"""The table of record fields (record_fields.py) covers the record, and every
surface that reads it shows every field: `show`, CSV and JSON exports, the
edit form, and an import back."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
import typer

from reject.cli.commands import app
from reject.model import Rejection
from reject.record_fields import BY_NAME, FIELDS, INTERNAL, asking_order

# One sample per field that has a flag: what is typed (a repeatable flag
# several times), and the texts every surface must then hold. A new field
# with a flag needs a sample here; the first test says so.
SAMPLES: dict[str, tuple[list[str], list[str]]] = {
    "company": (["Quillfeather Ltd"], ["Quillfeather Ltd"]),
    "role": (["Staff Data Engineer"], ["Staff Data Engineer"]),
    "date": (["2025-03-14"], ["2025-03-14"]),
    "applied": (["2025-02-20"], ["2025-02-20"]),
    "stage": (["assessment"], ["assessment"]),
    "kind": (["ghosted"], ["ghosted"]),
    "source": (["a friend at the meetup"], ["a friend at the meetup"]),
    "location": (["Leeds General Infirmary"], ["Leeds General Infirmary"]),
    "link": (
        ["https://jobs.example/quillfeather/4471?utm_source=board"],
        ["https://jobs.example/quillfeather/4471?utm_source=board"],
    ),
    "keywords": (["platform engineer", "dbt"], ["platform engineer", "dbt"]),
    "contact": (
        ["Priya Raman <priya@quillfeather.example>"],
        ["Priya Raman", "priya@quillfeather.example"],
    ),
    "feedback": (
        ["Strong on SQL; wanted more streaming experience"],
        ["Strong on SQL; wanted more streaming experience"],
    ),
    "feedback_from": (["Hiring manager"], ["Hiring manager"]),
    "tags": (["data", "remote"], ["data", "remote"]),
}


def test_every_record_field_is_declared_in_the_table_or_internal():
    declared = {f.target for f in FIELDS}
    undeclared = set(Rejection.model_fields) - declared - INTERNAL
    assert not undeclared, (
        f"Rejection fields {sorted(undeclared)} are neither in record_fields.FIELDS "
        "nor in record_fields.INTERNAL"
    )
    assert not declared & INTERNAL, "a field is both in the table and marked internal"
    assert not (declared | INTERNAL) - set(Rejection.model_fields), "the table names no field"


def test_every_flagged_field_has_a_sample_here():
    assert set(SAMPLES) == {f.name for f in FIELDS if f.flags}


def test_log_asks_every_field_that_has_a_question_exactly_once():
    asked = [f.name for f in FIELDS if f.needed] + [f.name for f in asking_order()]
    assert sorted(asked) == sorted(f.name for f in FIELDS if f.prompt)


@pytest.mark.parametrize("command", ["log", "edit"])
def test_log_and_edit_flags_agree_with_the_table(command):
    click_command = typer.main.get_group(app).commands[command]
    options = {
        tuple(sorted(p.opts)): p.help for p in click_command.params if p.opts[0].startswith("-")
    }
    for spec in FIELDS:
        if not spec.flags:
            continue
        key = tuple(sorted(spec.flags))
        if command == "log" or spec.on_edit:
            # The help formatter may append the choices ("One of: a, b.").
            got = (options.get(key) or "").split(" One of: ")[0]
            assert got == spec.help, f"{spec.flags[0]} on `reject {command}`"
        else:
            assert key not in options, f"{spec.flags[0]} should not be on `reject {command}`"


def test_the_table_imports_no_pydantic():
    code = "import sys, reject.record_fields; print('pydantic' in sys.modules)"
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, encoding="utf-8"
    )
    assert found.stdout.strip() == "False"


def every_flag() -> list[str]:
    args = []
    for name, (typed, _) in SAMPLES.items():
        for value in typed:
            args += [BY_NAME[name].flags[0], value]
    return args


@pytest.fixture
def logged(run) -> dict:
    result = run("log", *every_flag())
    assert result.code == 0, result.err
    return run("show", "1", "--json").json()


def test_show_prints_every_field(run, logged):
    shown = run("show", "1").out
    lines = shown.splitlines()
    for spec in FIELDS:
        for text in SAMPLES[spec.name][1]:
            if spec.label:
                assert any(
                    line.startswith(f"  {spec.label}: ") and text in line for line in lines
                ), f"`show` has no {spec.label!r} line with {text!r}"
            else:
                assert text in shown, f"`show` lacks {spec.name}"


def test_show_prints_when_you_applied(run, log):
    log("Acme", "Engineer", "--applied", "2025-01-05")
    assert "  applied: 2025-01-05" in run("show", "1").out.splitlines()


def test_csv_export_holds_every_field_in_its_column(run, logged):
    exported = run("export", "--format", "csv").out
    (row,) = csv.DictReader(io.StringIO(exported))
    for spec in FIELDS:
        for text in SAMPLES[spec.name][1]:
            assert spec.column and text in row[spec.column], f"CSV column for {spec.name}"


def test_json_export_holds_every_field(run, logged):
    (record,) = run("export", "--format", "json").json()["rejections"]
    for spec in FIELDS:
        stored = json.dumps(record[spec.target], ensure_ascii=False)
        for text in SAMPLES[spec.name][1]:
            assert text in stored, f"JSON {spec.target} for {spec.name}"


def test_edit_form_holds_every_field(run, logged, tmp_path, monkeypatch):
    copy = tmp_path / "form.txt"
    script = tmp_path / "copy_editor.py"
    script.write_text(
        f"import shutil, sys\nshutil.copyfile(sys.argv[-1], {str(copy)!r})\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    assert run("edit", "1").code == 0
    form = copy.read_text(encoding="utf-8")
    lines = form.splitlines()
    for spec in FIELDS:
        for text in SAMPLES[spec.name][1]:
            if spec.form_key:
                assert any(
                    line.startswith(f"{spec.form_key}: ") and text in line for line in lines
                ), f"the edit form has no {spec.form_key!r} line with {text!r}"
            else:
                assert text in form, f"the edit form lacks {spec.name}"


def test_edit_form_saved_unchanged_gives_back_the_same_record(logged):
    from reject.form import from_form, to_form

    record = Rejection.model_validate(logged)
    changes = from_form(to_form(record), record)
    again = Rejection.model_validate({**record.model_dump(), **changes})
    assert again.model_dump() == record.model_dump()


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_every_field_comes_back_through_import(run, logged, tmp_path, monkeypatch, fmt):
    exported = tmp_path / f"out.{fmt}"
    assert run("export", "--format", fmt, "-o", str(exported)).code == 0
    monkeypatch.setenv("REJECT_HOME", str(tmp_path / "fresh"))
    imported = run("import", str(exported))
    assert imported.code == 0, imported.err
    assert run("show", "1", "--json").json() == logged


def test_a_field_error_names_the_field(run):
    failed = run("log", "-c", "Acme", "-r", "Engineer", "--applied", "next century maybe")
    assert (failed.code, failed.err.startswith("Error: applied: ")) == (2, True)


def test_table_names_are_unique():
    for attribute in ("name", "form_key", "column", "label"):
        names = [getattr(f, attribute) for f in FIELDS if getattr(f, attribute)]
        assert len(names) == len(set(names)), attribute
    flags = [flag for f in FIELDS for flag in f.flags]
    assert len(flags) == len(set(flags))
