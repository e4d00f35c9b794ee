"""Proof: the versioned format. Newer files are read, never written; unknown
fields survive a save; migrations run in memory, are validated first, and a
pre-migration copy is kept. RELIABILITY.md, "Versioned format" and "Backups".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reject.store.backups
from helpers import journal_doc, temp_files, write_doc
from reject.errors import StoreError
from reject.model import SCHEMA_VERSION, Rejection
from reject.store import MIGRATIONS, Codec, Store

# -- a file from a newer reject ---------------------------------------------------


@pytest.fixture
def newer(journal_path: Path) -> bytes:
    doc = journal_doc(
        {"company": "Acme", "mood_v9": "calm"},
        {"company": "Globex"},
        version=99,
        written_by="reject 9.0",
    )
    return write_doc(journal_path, doc)


def test_a_newer_journal_is_readable_by_list_and_show(newer: bytes, run) -> None:
    listed = run("list", "--json")
    assert listed.code == 0, listed.err
    assert sorted(r["company"] for r in listed.json()) == ["Acme", "Globex"]
    shown = run("show", "1", "--json")
    assert shown.code == 0, shown.err
    assert shown.json()["company"] == "Acme"
    assert run("show", "2").code == 0
    assert run("export").code == 0


WRITES = {
    "log": ["log", "--company", "New", "--role", "Engineer"],
    "edit": ["edit", "1", "--company", "Renamed"],
    "rm": ["rm", "1", "--yes"],
    "feedback": ["feedback", "1", "--text", "Go deeper"],
    "import": ["import", "{csv}"],
}


@pytest.mark.parametrize("command", WRITES)
def test_a_newer_journal_is_never_written(
    command: str, newer: bytes, home: Path, journal_path: Path, tmp_path: Path, run
) -> None:
    csv = tmp_path / "in.csv"
    csv.write_text(
        "company,role,date,stage,feedback,tags\nInitech,QA,2025-01-02,screen,,\n", encoding="utf-8"
    )
    result = run(*(a.format(csv=csv) for a in WRITES[command]))
    assert result.code == 1
    lines = result.err.strip().splitlines()
    assert len(lines) == 1
    assert "newer version of reject" in lines[0] and "Upgrade reject" in lines[0]
    assert str(journal_path) in lines[0]
    assert journal_path.read_bytes() == newer
    assert not (home / "backups").exists()
    assert temp_files(home) == []


# -- unknown fields of this version -------------------------------------------------


@pytest.fixture
def with_unknowns(journal_path: Path) -> dict:
    doc = journal_doc(
        {
            "company": "Acme",
            "salary_band": {"min": 50, "max": 70, "currency": "EUR"},
            "contact": {"name": "Jane", "email": "jane@acme.test", "pronouns": "she/her"},
            "feedback": [{"text": "Strong", "added": "2025-03-02T10:00:00Z", "channel": "email"}],
        },
        sync_token="abc123",
        settings={"theme": "dark", "nested": [1, {"deep": True}]},
    )
    write_doc(journal_path, doc)
    return doc


@pytest.mark.parametrize(
    "change",
    [
        ["log", "--company", "Globex", "--role", "Engineer"],  # another record saved
        ["edit", "1", "--role", "Staff Engineer"],  # the record itself rebuilt
        ["feedback", "1", "--text", "Go deeper"],  # its nested list rebuilt
    ],
    ids=["log", "edit", "feedback"],
)
def test_unknown_fields_survive_a_save(change, with_unknowns: dict, journal_path: Path, run):
    result = run(*change)
    assert result.code == 0, result.err
    saved = json.loads(journal_path.read_text(encoding="utf-8"))
    assert saved["sync_token"] == "abc123"
    assert saved["settings"] == with_unknowns["settings"]
    record = saved["rejections"][0]
    original = with_unknowns["rejections"][0]
    assert record["salary_band"] == original["salary_band"]
    assert record["contact"]["pronouns"] == "she/her"
    assert record["feedback"][0]["channel"] == "email"


# -- migrations ------------------------------------------------------------------


def _later_reject(home: Path, *steps) -> Store:
    """A store as a later reject would open it: it writes format len(steps)+1
    and upgrades with ``steps`` (step n turns format n into n+1)."""
    migrations = {n: step for n, step in enumerate(steps, start=1) if step is not None}
    return Store(home, codec=Codec(version=len(steps) + 1, migrations=migrations))


def _add(journal, company: str) -> None:
    journal.rejections.append(Rejection(id=journal.next_id, company=company, role="QA"))
    journal.next_id += 1


@pytest.fixture
def v2(home: Path) -> tuple[Store, list[dict]]:
    """A reject that writes format 2, with one migration from format 1
    (adds a top-level field, and renames a record field)."""
    seen: list[dict] = []

    def one_to_two(doc: dict) -> dict:
        seen.append(json.loads(json.dumps(doc)))
        doc["migrated_from"] = 1
        for rec in doc["rejections"]:
            if "firm" in rec:
                rec["company"] = rec.pop("firm")
        return doc

    return _later_reject(home, one_to_two), seen


def _v1_file(journal_path: Path) -> bytes:
    doc = journal_doc({"company": "Acme"}, {"company": "Globex"})
    del doc["rejections"][1]["company"]
    doc["rejections"][1]["firm"] = "Globex"
    return write_doc(journal_path, doc)


def test_a_read_migrates_in_memory_and_writes_nothing(v2, home: Path, journal_path: Path) -> None:
    store, seen = v2
    old = _v1_file(journal_path)
    assert sorted(r.company for r in store.read().rejections) == ["Acme", "Globex"]
    assert seen, "the migration did not run"
    assert journal_path.read_bytes() == old
    assert not (home / "backups").exists()


def test_a_write_migrates_and_keeps_a_pre_migration_copy(
    v2, home: Path, journal_path: Path
) -> None:
    store, _ = v2
    old = _v1_file(journal_path)
    with store.transaction() as journal:
        _add(journal, "Initech")
    saved = json.loads(journal_path.read_text(encoding="utf-8"))
    assert saved["schema_version"] == 2
    assert saved["migrated_from"] == 1
    assert [r["company"] for r in saved["rejections"]] == ["Acme", "Globex", "Initech"]
    copies = [b for b in store.backups() if "pre-migration-v1" in b.name]
    assert len(copies) == 1
    assert copies[0].path.read_bytes() == old


@pytest.mark.slow
def test_the_pre_migration_copy_is_never_rotated_away(
    v2, home: Path, journal_path: Path, monkeypatch
) -> None:
    store, _ = v2
    monkeypatch.setattr(reject.store.backups, "BACKUPS_KEPT", 2)
    old = _v1_file(journal_path)
    for i in range(5):
        with store.transaction() as journal:
            _add(journal, f"C{i}")
    names = [b.name for b in store.backups()]
    assert sum("pre-migration" in n for n in names) == 1
    assert len(names) == 2 + 1
    pre = next(b for b in store.backups() if "pre-migration" in b.name)
    assert pre.path.read_bytes() == old


def test_a_migration_that_produces_an_invalid_journal_writes_nothing(
    home: Path, journal_path: Path
) -> None:
    def broken(doc: dict) -> dict:
        doc["rejections"][0]["stage"] = "hired"  # not a stage: fails validation
        return doc

    store = _later_reject(home, broken)
    old = _v1_file(journal_path)
    with pytest.raises(StoreError, match="stage"), store.transaction() as journal:
        _add(journal, "Initech")
    assert journal_path.read_bytes() == old
    assert not (home / "backups").exists()
    assert temp_files(home) == []


def test_a_missing_migration_step_is_refused_and_writes_nothing(
    home: Path, journal_path: Path
) -> None:
    store = _later_reject(home, lambda doc: doc, None)  # no step 2 -> 3
    old = _v1_file(journal_path)
    with pytest.raises(StoreError, match="(?i)upgrade"), store.transaction() as journal:
        _add(journal, "Initech")
    assert journal_path.read_bytes() == old
    assert not (home / "backups").exists()


def test_this_reject_knows_how_to_reach_its_own_format_from_every_older_one() -> None:
    assert all(n in MIGRATIONS for n in range(1, SCHEMA_VERSION))


# -- UTF-8 ------------------------------------------------------------------------

TEXTS = {
    "company": "Société Générale",
    "role": "开发工程师 (バックエンド)",
    "source": "لينكدإن",  # Arabic, right to left
    "feedback": "לא מספיק ניסיון 🙃 👩🏽‍💻 — “quotes”",  # Hebrew, emoji with ZWJ
    "keyword": "Cafe\u0301 ünïcödé",  # a decomposed é (NFD) must stay decomposed
}


def test_utf8_round_trips_byte_exact_through_log_export_import(
    home: Path, journal_path: Path, tmp_path: Path, run, monkeypatch
) -> None:
    result = run(
        "log",
        "--company", TEXTS["company"],
        "--role", TEXTS["role"],
        "--source", TEXTS["source"],
        "--feedback", TEXTS["feedback"],
        "--keyword", TEXTS["keyword"],
    )  # fmt: skip
    assert result.code == 0, result.err
    raw = journal_path.read_bytes()
    for text in TEXTS.values():
        assert text.encode("utf-8") in raw  # stored as UTF-8, not escaped or normalised

    for fmt in ("json", "csv"):
        exported = tmp_path / f"out.{fmt}"
        assert run("export", "--format", fmt, "-o", str(exported)).code == 0
        for text in TEXTS.values():
            assert text.encode("utf-8") in exported.read_bytes()

        other = tmp_path / f"home-{fmt}"
        monkeypatch.setenv("REJECT_HOME", str(other))
        imported = run("import", str(exported))
        assert imported.code == 0, imported.err
        again = tmp_path / f"again.{fmt}"
        assert run("export", "--format", fmt, "-o", str(again)).code == 0
        # The JSON export stamps the second it was written; a slow machine
        # can tick over between the two exports.
        assert _unstamped(again.read_bytes()) == _unstamped(exported.read_bytes())
        record = Store(other).read().rejections[0]
        assert record.company == TEXTS["company"]
        assert record.role == TEXTS["role"]
        assert record.source == TEXTS["source"]
        assert record.feedback[0].text == TEXTS["feedback"]
        assert record.keywords == [TEXTS["keyword"]]
        monkeypatch.setenv("REJECT_HOME", str(home))


def _unstamped(data: bytes) -> bytes:
    return b"\n".join(line for line in data.split(b"\n") if not line.startswith(b'  "exported": '))


def test_a_journal_with_a_utf8_bom_loads_and_saves(journal_path: Path, run) -> None:
    data = write_doc(journal_path, journal_doc({"company": "Société"}))
    journal_path.write_bytes(b"\xef\xbb\xbf" + data)
    listed = run("list", "--json")
    assert listed.code == 0, listed.err
    assert [r["company"] for r in listed.json()] == ["Société"]
    assert run("log", "--company", "Next", "--role", "QA").code == 0
    assert [r.company for r in Store(journal_path.parent).read().rejections] == [
        "Société",
        "Next",
    ]


def test_duplicate_ids_in_a_hand_edited_file_are_refused(run, log, journal_path):
    import json as _json

    log()
    log("Globex", "Dev")
    doc = _json.loads(journal_path.read_text(encoding="utf-8"))
    doc["rejections"][1]["id"] = 1
    journal_path.write_text(_json.dumps(doc), encoding="utf-8")
    result = run("list")
    assert result.code == 1 and "same id" in result.err


def test_a_symlinked_journal_stays_a_symlink_after_a_save(run, log, home, tmp_path):
    log()
    real = tmp_path / "synced" / "journal.json"
    real.parent.mkdir()
    (home / "journal.json").rename(real)
    (home / "journal.json").symlink_to(real)
    log("Globex", "Dev")
    assert (home / "journal.json").is_symlink() and len(run("list", "--json").json()) == 2


def test_a_wrong_type_slipped_in_by_a_bug_is_refused_before_writing(log, journal_path):
    from reject.errors import StoreError
    from reject.store import Store

    log()
    before = journal_path.read_bytes()
    with (
        pytest.raises(StoreError, match="inconsistent"),
        Store(journal_path.parent).transaction() as journal,
    ):
        bad = journal.rejections[0].model_copy()
        bad.__dict__["date"] = "not a date"  # bypasses validation
        journal.rejections[0] = bad
    assert journal_path.read_bytes() == before


def test_a_clashing_id_made_by_a_bug_is_refused_before_writing(log, journal_path):
    from reject.errors import StoreError
    from reject.store import Store

    log()
    before = journal_path.read_bytes()
    with (
        pytest.raises(StoreError, match="same id"),
        Store(journal_path.parent).transaction() as journal,
    ):
        journal.rejections.append(journal.rejections[0].model_copy())
    assert journal_path.read_bytes() == before


def test_a_newer_file_with_values_this_version_cannot_read_says_upgrade_not_restore(
    run, log, journal_path
):
    log()
    doc = json.loads(journal_path.read_text(encoding="utf-8"))
    doc["schema_version"] = 99
    doc["rejections"][0]["stage"] = "offer-accepted"
    journal_path.write_text(json.dumps(doc), encoding="utf-8")
    result = run("list")
    assert result.code == 1 and "Upgrade reject" in result.err and "restore" not in result.err


def test_restoring_an_old_backup_never_reuses_an_id(run, log):
    log("Alpha", "Eng")
    log("Beta", "Eng")
    oldest = run("backups", "list").out.splitlines()[-1].split("\t")[0]
    run("backups", "restore", oldest, "--yes")
    assert log("Gamma", "Eng") == 3


def test_utf8_text_reaches_the_plan_byte_exact(run, log, tmp_path: Path) -> None:
    texts = ["开发工程师", "לא מספיק ניסיון 🙃 👩🏽\u200d💻", "Cafe\u0301 ünïcödé", "لينكدإن"]
    log("Acme", "Engineer")
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps(
            {
                "review": {"questions": [{"question": texts[0], "better_answer": texts[1]}]},
                "search": {"target_role": texts[2]},
                "resilience": {"learned_about_self": texts[3]},
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    assert run("reflect", "1", "--answers", str(answers)).code == 0
    plan = tmp_path / "plan.md"
    assert run("plan", "-o", str(plan)).code == 0
    written = plan.read_bytes()
    assert all(text.encode("utf-8") in written for text in texts)
