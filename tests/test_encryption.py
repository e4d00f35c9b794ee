"""Encryption at rest (issue 15): `reject encrypt` / `decrypt`, the key, and
what happens without it. The canary, interoperability and kill -9 proofs
are in test_encryption_proofs.py."""

from __future__ import annotations

import base64
import json
import os
import stat
from pathlib import Path

import pytest

from reject.store import Store
from reject.store.disk import append_sealed, read_sealed_lines
from reject.store.keys import find_key, keyring_available
from reject.store.sealing import MAGIC, Sealer, is_sealed


@pytest.fixture
def key_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "keys" / "key.txt"
    monkeypatch.setenv("REJECT_KEY_FILE", str(path))
    return path


@pytest.fixture
def encrypted(run, log, key_file, home):
    log("Acme", "Staff nurse")
    log("Beta", "Teacher")
    result = run("encrypt", "--yes")
    assert result.code == 0, result.err
    return result


def files_under(home: Path) -> dict[str, bytes]:
    return {str(p.relative_to(home)): p.read_bytes() for p in home.rglob("*") if p.is_file()}


def pyrage_open(data: bytes, key_file: Path) -> bytes:
    import pyrage
    from pyrage import x25519

    secret = next(
        line
        for line in key_file.read_text(encoding="utf-8").splitlines()
        if line.startswith("AGE-")
    )
    return bytes(pyrage.decrypt(data, [x25519.Identity.from_str(secret)]))


# -- turning it on ----------------------------------------------------------------


def test_encrypt_seals_the_journal_and_every_backup(encrypted, home):
    assert is_sealed((home / "journal.json").read_bytes())
    backups = list((home / "backups").glob("journal-*.json"))
    assert backups and all(is_sealed(p.read_bytes()) for p in backups)


def test_encrypt_keeps_a_backup_of_the_journal_before(encrypted, home, key_file):
    (before,) = (home / "backups").glob("*-before-encrypt.json")
    assert b'"Beta"' in pyrage_open(before.read_bytes(), key_file)


def test_encrypted_journal_reads_as_before(encrypted, run):
    assert [r["company"] for r in run("export", "--format", "json").json()["rejections"]] == [
        "Acme",
        "Beta",
    ]


def test_commands_keep_writing_sealed(encrypted, run, log, home):
    log("Gamma", "Retail assistant")
    assert is_sealed((home / "journal.json").read_bytes())
    assert all(is_sealed(p.read_bytes()) for p in (home / "backups").iterdir())


def test_encrypt_says_where_the_key_is_and_to_keep_a_copy(encrypted, key_file):
    assert str(key_file) in encrypted.err
    assert "keep a copy" in encrypted.err


def test_the_reminder_to_keep_a_copy_comes_only_once(encrypted, run, log):
    log("Gamma", "Solicitor")
    run("decrypt", "--yes")
    again = run("encrypt", "--yes")
    assert again.code == 0 and "keep a copy" not in again.err


def test_encrypt_twice_says_it_already_is(encrypted, run):
    again = run("encrypt", "--yes")
    assert again.code == 0 and "already encrypted" in again.err


def test_key_file_is_private_and_an_age_identity(encrypted, key_file):
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700
    text = key_file.read_text(encoding="utf-8")
    assert "# public key: age1" in text and "\nAGE-SECRET-KEY-1" in text


def test_key_file_inside_the_journal_folder_is_refused(run, log, home, monkeypatch):
    log()
    before = files_under(home)
    monkeypatch.setenv("REJECT_KEY_FILE", str(home / "key.txt"))
    result = run("encrypt", "--yes")
    assert result.code == 2 and "inside your journal folder" in result.err
    assert files_under(home) == before


def test_encrypt_without_yes_and_without_a_terminal_changes_nothing(run, log, home, key_file):
    log()
    before = files_under(home)
    result = run("encrypt")
    assert result.code == 2 and "--yes" in result.err
    assert files_under(home) == before and not key_file.exists()


def test_encrypt_an_empty_folder_writes_an_encrypted_empty_journal(run, home, key_file):
    assert run("encrypt", "--yes").code == 0
    assert is_sealed((home / "journal.json").read_bytes())
    assert run("list").code == 0


def test_the_marker_holds_only_the_public_key(encrypted, home, key_file):
    marker = (home / "encryption.txt").read_text(encoding="utf-8")
    assert "recipient: age1" in marker and "AGE-SECRET" not in marker


# -- turning it off ----------------------------------------------------------------


def test_decrypt_leaves_every_file_plain(encrypted, run, home):
    result = run("decrypt", "--yes")
    assert result.code == 0, result.err
    assert not (home / "encryption.txt").exists()
    assert not any(is_sealed(data) for data in files_under(home).values())
    assert json.loads((home / "journal.json").read_bytes())["rejections"][1]["company"] == "Beta"


def test_decrypt_without_yes_and_without_a_terminal_changes_nothing(encrypted, run, home):
    before = files_under(home)
    assert run("decrypt").code == 2
    assert files_under(home) == before


def test_decrypt_a_plain_journal_says_so(run, log):
    log()
    result = run("decrypt", "--yes")
    assert result.code == 0 and "not encrypted" in result.err


# -- without the key, or with the wrong one -----------------------------------------

EVERY_COMMAND = [
    ["list"],
    ["show", "1"],
    ["log", "--company", "Delta", "--role", "Nurse"],
    ["edit", "1", "--role", "Ward manager"],
    ["feedback", "1", "--text", "More ward experience"],
    ["rm", "1", "--yes"],
    ["ask", "1"],
    ["export", "--format", "json"],
    ["search", "Acme"],
    ["stats"],
    ["plan"],
    ["actions"],
    ["due"],
    ["backups", "restore", "LATEST", "--yes"],
    ["decrypt", "--yes"],
    ["encrypt", "--yes"],
    [],
]


def _command(args: list[str], home: Path) -> list[str]:
    if args[-2:] == ["LATEST", "--yes"]:
        return [*args[:-2], max(p.name for p in (home / "backups").iterdir()), "--yes"]
    return args


@pytest.mark.parametrize("args", EVERY_COMMAND, ids=lambda a: " ".join(a[:2]) or "bare")
def test_without_the_key_every_command_says_where_it_looked(encrypted, run, home, key_file, args):
    key_file.rename(key_file.with_name("elsewhere.txt"))
    before = files_under(home)
    result = run(*_command(args, home))
    assert result.code == 1
    assert str(key_file) in result.err and len(result.err.strip().splitlines()) == 1
    assert "Acme" not in result.err + result.out
    assert files_under(home) == before


@pytest.mark.parametrize("args", EVERY_COMMAND, ids=lambda a: " ".join(a[:2]) or "bare")
def test_a_wrong_key_changes_nothing(encrypted, run, home, tmp_path, monkeypatch, args):
    from pyrage import x25519

    wrong = tmp_path / "wrong.txt"
    wrong.write_text(f"{x25519.Identity.generate()}\n", encoding="utf-8")
    monkeypatch.setenv("REJECT_KEY_FILE", str(wrong))
    before = files_under(home)
    result = run(*_command(args, home))
    assert result.code == 1 and "not the key" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert files_under(home) == before


def test_default_key_file_is_beside_the_settings(run, log, home, tmp_path):
    log()
    result = run("encrypt", "--yes")
    key = tmp_path / "config" / "key.txt"
    assert result.code == 0 and str(key) in result.err and key.exists()


def test_no_keyring_backend_is_detected_here():
    assert keyring_available() is False


def test_a_sealed_file_in_a_plain_folder_still_reads_with_the_key(encrypted, run, home):
    # What a crash half way through `decrypt` leaves: marker gone, files sealed.
    (home / "encryption.txt").unlink()
    assert run("list").code == 0
    assert run("log", "--company", "Omega", "--role", "Cashier").code == 0
    assert not is_sealed((home / "journal.json").read_bytes())


def test_a_mangled_marker_stops_rather_than_writing_plain(encrypted, run, home):
    (home / "encryption.txt").write_text("nothing useful\n", encoding="utf-8")
    before = files_under(home)
    result = run("log", "--company", "Omega", "--role", "Cashier")
    assert result.code == 1 and "encryption.txt" in result.err
    assert files_under(home) == before


# -- the keyring ---------------------------------------------------------------------


@pytest.fixture
def fake_keyring(monkeypatch: pytest.MonkeyPatch):
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 5  # type: ignore[assignment]
        saved: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.saved.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.saved[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.saved.pop((service, username), None)

    backend = Memory()
    Memory.saved = {}
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_with_a_keyring_the_key_goes_there_and_no_key_file_is_written(
    run, log, home, tmp_path, fake_keyring
):
    log()
    result = run("encrypt", "--yes")
    assert result.code == 0 and "system keyring" in result.err
    assert fake_keyring.saved[("reject", "age-identity")].startswith("AGE-SECRET-KEY-1")
    assert not (tmp_path / "config" / "key.txt").exists()
    assert run("list").code == 0


def test_reject_key_file_wins_over_the_keyring(run, log, key_file, fake_keyring):
    log()
    assert run("encrypt", "--yes").code == 0
    assert key_file.exists() and not fake_keyring.saved


def test_a_key_removed_from_the_keyring_is_a_one_line_error(run, log, home, fake_keyring):
    log()
    run("encrypt", "--yes")
    fake_keyring.saved.clear()
    result = run("list")
    assert result.code == 1 and "system keyring" in result.err


# -- the sealed layer the other files use -------------------------------------------


def test_an_appended_log_line_is_one_base64_age_message(tmp_path, key_file):
    from pyrage import x25519

    identity = x25519.Identity.generate()
    key_file.parent.mkdir()
    key_file.write_text(f"{identity}\n", encoding="utf-8")
    sealer = Sealer(tmp_path, str(identity.to_public()))
    log_file = tmp_path / "journal.log"
    append_sealed(log_file, b'{"op": "add", "id": 1}', sealer)
    append_sealed(log_file, b'{"op": "edit", "id": 1}', sealer)
    first = log_file.read_bytes().split(b"\n")[0]
    assert base64.b64decode(first).startswith(MAGIC)
    assert pyrage_open(base64.b64decode(first), key_file) == b'{"op": "add", "id": 1}'
    assert read_sealed_lines(log_file, sealer) == [
        b'{"op": "add", "id": 1}',
        b'{"op": "edit", "id": 1}',
    ]
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_a_torn_last_log_line_is_left_out(tmp_path, key_file):
    sealer = Sealer(tmp_path, None)
    log_file = tmp_path / "journal.log"
    append_sealed(log_file, b'{"id": 1}', sealer)
    with log_file.open("ab") as file:
        file.write(b'{"id": 2')
    assert read_sealed_lines(log_file, sealer) == [b'{"id": 1}']


def test_store_private_files_follow_the_journal(encrypted, home):
    st = Store(home)
    kept = home / "kept.eml"
    st.write_private(kept, b"Dear candidate")
    assert is_sealed(kept.read_bytes()) and st.read_private(kept) == b"Dear candidate"
    assert find_key(home).recipient == st.sealer.recipient


def test_plain_folder_reads_need_no_key(run, log, home, monkeypatch):
    # A missing key file named by the environment must not matter while off.
    monkeypatch.setenv("REJECT_KEY_FILE", os.devnull + "-nowhere")
    log()
    assert run("list").code == 0


def test_an_old_draft_left_outside_the_folder_is_swept(encrypted, run, tmp_path, monkeypatch):
    runtime = tmp_path / "run"
    (runtime / "reject").mkdir(parents=True)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    old = runtime / "reject" / ".draft-abc.txt"
    old.write_text("left by a killed editor", encoding="utf-8")
    os.utime(old, (0, 0))
    assert run("log", "--company", "Omega", "--role", "Porter").code == 0
    assert not old.exists()


def test_encrypt_of_a_broken_journal_changes_nothing_and_makes_no_key(run, home, key_file):
    home.mkdir()
    (home / "journal.json").write_bytes(b'{"format": "reject-journal", "schema_ver')
    before = files_under(home)
    result = run("encrypt", "--yes")
    assert result.code == 1 and not key_file.exists()
    assert files_under(home) == before


# -- the head cache, sealed (store/head.py) --------------------------------------------


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    from reject.store import head

    monkeypatch.setattr(head, "SETTLE_NS", 0)  # journals here are milliseconds old


def _head_path(home: Path) -> Path:
    from reject.paths import HEAD_NAME

    return home / HEAD_NAME


def _reseal(home: Path, key_file: Path, change) -> None:
    """Open the sealed cache with the key, let ``change`` edit its document,
    and seal it again to the journal's recipient (as a planted cache would be)."""
    import pyrage
    from pyrage import x25519

    path = _head_path(home)
    doc = json.loads(pyrage_open(path.read_bytes(), key_file))
    change(doc)
    recipient = x25519.Recipient.from_str(Sealer(home, None).key().recipient)
    path.write_bytes(pyrage.encrypt(json.dumps(doc).encode(), [recipient]))


def _poison(doc) -> None:
    for row in doc["head"]["rows"]:
        row[2] = "POISON"
    for record in doc["head"]["records"]:
        record["company"] = "POISON"


@pytest.fixture
def sealed_cache(encrypted, run, home, key_file, settled) -> Path:
    """An encrypted journal whose sealed cache is poisoned, stamp left as it was."""
    assert run("list").code == 0  # a full read, which writes the cache
    _reseal(home, key_file, _poison)
    assert "POISON" in run("list").out  # the cache is what `list` reads
    return _head_path(home)


def test_encrypted_list_writes_a_sealed_private_cache(encrypted, run, home, key_file, settled):
    assert run("list").code == 0
    path = _head_path(home)
    raw = path.read_bytes()
    assert is_sealed(raw) and b"Acme" not in raw and b"Staff nurse" not in raw
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    doc = json.loads(pyrage_open(raw, key_file))
    assert doc["stamp"][2] == Sealer(home, None).key().recipient  # keyed to the recipient
    assert [r["company"] for r in doc["head"]["records"]] == ["Beta", "Acme"]


def test_encrypted_cached_and_full_answers_are_the_same(
    encrypted, run, log, home, settled, monkeypatch
):
    log("Gamma", "Porter", "--feedback", "We chose someone local.", "--tag", "nhs")
    monkeypatch.setenv("REJECT_REQUEST_WAIT_DAYS", "0")
    assert run("ask", "3", "--status", "asked").code == 0
    commands = [
        ("list",),
        ("list", "--limit", "2"),
        ("list", "--json", "--limit", "1"),
        ("show", "3"),
        ("show", "1", "2", "--json"),
    ]
    _head_path(home).unlink(missing_ok=True)
    full = [run(*c) for c in commands]  # the first one writes the cache
    mtime = _head_path(home).stat().st_mtime_ns
    cached = [run(*c) for c in commands]
    assert _head_path(home).stat().st_mtime_ns == mtime  # read, not rewritten
    for c, a, b in zip(commands, full, cached, strict=True):
        assert (a.code, a.out, a.err) == (b.code, b.out, b.err), c
    assert "hasn't answered your feedback request" in cached[0].err


def test_a_change_to_the_encrypted_journal_means_a_full_read(run, log, sealed_cache):
    log("Gamma", "Porter")
    listed = run("list")
    assert "POISON" not in listed.out and "Gamma" in listed.out
    assert "POISON" not in run("show", "1").out


def test_a_sealed_cache_with_another_stamp_means_a_full_read(run, home, key_file, sealed_cache):
    def stale(doc) -> None:
        doc["stamp"][3][1] += 1  # journal.json's inode

    _reseal(home, key_file, stale)
    assert "POISON" not in run("list").out


@pytest.mark.parametrize("damage", ["header-only", "cut-short", "other-key", "garbage"])
def test_an_unreadable_sealed_cache_means_a_full_read(run, home, sealed_cache, damage):
    import pyrage
    from pyrage import x25519

    raw = sealed_cache.read_bytes()
    planted = {
        "header-only": MAGIC,
        "cut-short": raw[: len(raw) // 2],
        "other-key": pyrage.encrypt(b'{"stamp": 1}', [x25519.Identity.generate().to_public()]),
        "garbage": MAGIC + b"\x00" * 200,
    }[damage]
    sealed_cache.write_bytes(planted)
    listed = run("list")
    assert listed.code == 0, listed.err
    assert "POISON" not in listed.out and listed.out.count("Acme") == 1


def test_a_plain_cache_in_an_encrypted_folder_is_never_read_and_goes(
    run, home, key_file, sealed_cache
):
    doc = json.loads(pyrage_open(sealed_cache.read_bytes(), key_file))
    sealed_cache.write_text(json.dumps(doc), encoding="utf-8")  # right stamp, in clear
    listed = run("list")
    assert "POISON" not in listed.out and "Acme" in listed.out
    assert is_sealed(sealed_cache.read_bytes())  # replaced by a sealed one


def test_no_key_means_the_key_error_even_with_a_cache(run, home, sealed_cache, monkeypatch):
    monkeypatch.setenv("REJECT_KEY_FILE", str(home.parent / "elsewhere.txt"))
    for args in (("list",), ("show", "1")):
        result = run(*args)
        assert result.code == 1 and "key" in result.err and "POISON" not in result.out


def test_the_key_is_looked_up_once_when_the_cache_misses(run, log, sealed_cache, monkeypatch):
    import reject.store.keys

    log("Gamma", "Porter")  # the cache is stale now
    real, calls = reject.store.keys.find_key, []

    def counted(home: Path):
        calls.append(home)
        return real(home)

    monkeypatch.setattr(reject.store.keys, "find_key", counted)
    assert "Gamma" in run("list").out
    assert len(calls) == 1  # one lookup for cache and journal (a passphrase asked once)


def test_encrypt_drops_a_plain_cache(run, log, home, key_file, settled):
    log("Harbour Trust", "Staff nurse")
    assert run("list").code == 0
    assert not is_sealed(_head_path(home).read_bytes())  # the control: a plain cache
    assert run("encrypt", "--yes").code == 0
    assert not _head_path(home).exists()
    assert run("list").out.count("Harbour Trust") == 1
    assert is_sealed(_head_path(home).read_bytes())  # back, sealed


def test_decrypt_drops_the_sealed_cache(run, home, sealed_cache):
    assert run("decrypt", "--yes").code == 0
    assert not sealed_cache.exists()
    listed = run("list")
    assert "POISON" not in listed.out and "Acme" in listed.out
    assert b"Acme" in sealed_cache.read_bytes()  # plain again, as the journal is


def test_a_sealed_cache_left_in_a_plain_folder_is_never_read_and_goes(
    run, home, key_file, sealed_cache
):
    planted = sealed_cache.read_bytes()
    assert run("decrypt", "--yes").code == 0
    assert run("list").code == 0
    sealed_cache.write_bytes(planted)  # as a crash or a sync tool might leave it
    listed = run("list")
    assert "POISON" not in listed.out and "Acme" in listed.out
    assert not is_sealed(sealed_cache.read_bytes())
