"""The change log's quick read (pydantic-core, one pass a line) says exactly
what the careful one (load_json, then the model) says about every line:
the same change, or the same one-line error (issue 13)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import reject.store.changes
from reject.store.changes import Log, parse
from reject.store.codec import Unreadable

CHANGES = "journal.changes.jsonl"


def outcome(raw: bytes) -> Log | str:
    try:
        return parse(raw)
    except Unreadable as exc:
        return f"Unreadable: {exc.what}"


def careful_outcome(raw: bytes) -> Log | str:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(reject.store.changes, "_quick", lambda line: None)
        return outcome(raw)


def same_both_ways(raw: bytes) -> Log | str:
    quick, slow = outcome(raw), careful_outcome(raw)
    assert quick == slow
    if isinstance(quick, Log) and isinstance(slow, Log):
        for a, b in zip(quick.changes, slow.changes, strict=True):
            assert type(a.uuid) is type(b.uuid)
            if a.record is not None and b.record is not None:
                assert a.record.model_dump_json() == b.record.model_dump_json()
    return quick


@pytest.fixture
def written(home: Path, log, run, monkeypatch: pytest.MonkeyPatch) -> bytes:
    """A change log as reject writes it: puts, an edit, feedback, a group, a delete."""
    monkeypatch.setenv("REJECT_COMPACT_EVERY", "64")
    log("Acme", "Engineer", "--tag", "remote", "--stage", "interview")
    log("Globex", "Analyst", "--feedback", "Go deeper on system design.")
    log("Initech", "Manager")
    assert run("feedback", "1", "--text", "Wanted more Kubernetes.").code == 0
    assert run("rm", "2", "3", "--yes").code == 0
    return (home / CHANGES).read_bytes()


def test_what_reject_writes_reads_the_same_both_ways(written):
    got = same_both_ways(written)
    assert isinstance(got, Log)
    assert [c.op for c in got.changes] == ["put", "put", "put", "put", "delete", "delete"]


def edit_line(raw: bytes, change: Callable[[dict[str, Any]], None], at: int = 0) -> bytes:
    lines = raw.split(b"\n")
    doc = json.loads(lines[at])
    change(doc)
    lines[at] = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    return b"\n".join(lines)


def upper_uuid(doc: dict[str, Any]) -> None:
    doc["uuid"] = doc["uuid"].upper()


def bare_uuid(doc: dict[str, Any]) -> None:
    doc["uuid"] = doc["uuid"].replace("-", "")


def record_key(key: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        doc["record"][key] = value

    return change


def key(name: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        doc[name] = value

    return change


def nested(depth: int) -> object:
    value: object = []
    for _ in range(depth):
        value = [value]
    return value


EDITS = {
    "uuid in capitals": upper_uuid,
    "uuid without hyphens": bare_uuid,
    "no uuid": lambda doc: doc.pop("uuid"),
    "a uuid that is not one": key("uuid", "not-a-uuid"),
    "uuid of another record": key("uuid", "00000000-0000-0000-0000-000000000001"),
    "at a number": key("at", 5),
    "label null": key("label", None),
    "tx a string": key("tx", "x"),
    "tx a number in a string": key("tx", "1"),
    "of a float": key("of", 2.0),
    "of true": key("of", True),
    "seq 0": key("seq", 0),
    "seq true": key("seq", True),
    "seq a string": key("seq", "1"),
    "an unknown op": key("op", "merge"),
    "a put without its record": lambda doc: doc.pop("record"),
    "a record that is a list": key("record", []),
    "an empty company": record_key("company", ""),
    "an id of 0": record_key("id", 0),
    "a field of a later version": record_key("colour", {"name": "blue"}),
    "an unknown field in the line": key("signed_by", "someone"),
    "nested 70 deep": record_key("later", nested(70)),
    "nested 60 deep": record_key("later", nested(60)),
    "a journal change": lambda doc: doc.update(op="journal", fields={"next_id": 9}),
    "a journal change with a bad counter": lambda doc: doc.update(
        op="journal", fields={"next_id": 0}
    ),
    "a delete with a record beside it": key("op", "delete"),
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_a_line_edited_by_hand_reads_the_same_both_ways(written, edit):
    same_both_ways(edit_line(written, edit))


@pytest.mark.parametrize(
    "text",
    [
        b'"later": NaN',
        b'"later": Infinity',
        b'"later": [-Infinity]',
    ],
)
def test_constants_json_does_not_allow_are_refused_both_ways(written, text):
    raw = written.replace(b'"feedback":[]', b'"feedback":[],' + text, 1)
    assert raw != written
    got = same_both_ways(raw)
    assert isinstance(got, str) and "JSON does not allow" in got


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw.replace(b'"company":"Acme"', b'"company":"Acme', 1),
        lambda raw: raw.replace(b'"seq": 2,', b'"seq": 2,,', 1),
        lambda raw: raw.replace(b"Globex", b"Glob\xffex", 1),
        lambda raw: raw.replace(b'{"seq": 2', b'{"seq": 2}, {"seq": 2', 1),
        lambda raw: b"\xef\xbb\xbf" + raw,
    ],
    ids=["torn quote", "double comma", "not UTF-8", "two objects", "byte-order mark"],
)
def test_damage_is_refused_with_the_same_words_both_ways(written, damage):
    raw = damage(written)
    assert raw != written
    got = same_both_ways(raw)
    assert isinstance(got, str) and got.startswith("Unreadable: line ")


def test_the_store_reads_what_reject_wrote_without_the_careful_parse(written, home, monkeypatch):
    """The quick read is the one a command uses (its line goes through the
    store's unseal, which leaves a plain line as it is)."""
    from reject.store import Store

    def careful(line: bytes) -> None:
        raise AssertionError("the careful parse was used for a line reject wrote")

    monkeypatch.setattr(reject.store.changes, "_decode", careful)
    assert [r.company for r in Store(home).read().rejections] == ["Acme"]
