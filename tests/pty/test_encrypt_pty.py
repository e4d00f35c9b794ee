"""`reject encrypt` and `decrypt` at a terminal: one question first; a
passphrase typed unseen, twice."""

from __future__ import annotations

from pathlib import Path

import pexpect
import pytest

from reject.store.sealing import is_sealed


@pytest.fixture
def key_env(tmp_path: Path) -> dict[str, str]:
    return {"REJECT_KEY_FILE": str(tmp_path / "keys" / "key.txt")}


def test_encrypt_asks_then_says_where_the_key_is(spawn, log, home, key_env) -> None:
    log("Acme", "Staff nurse")
    child = spawn("encrypt", env=key_env)
    child.expect(r"Encrypt your journal, its backups")
    child.sendline("y")
    child.expect("Its key is in")
    child.expect("keep a copy")
    child.expect(pexpect.EOF)
    assert is_sealed((home / "journal.json").read_bytes())


def test_encrypt_answered_no_changes_nothing(spawn, log, home, key_env) -> None:
    log("Acme", "Teacher")
    before = (home / "journal.json").read_bytes()
    child = spawn("encrypt", env=key_env)
    child.expect(r"Encrypt your journal")
    child.sendline("n")
    child.expect("Left your journal as it is")
    child.expect(pexpect.EOF)
    assert (home / "journal.json").read_bytes() == before
    assert not Path(key_env["REJECT_KEY_FILE"]).exists()


def test_decrypt_asks_first(spawn, run, log, home, key_env, monkeypatch) -> None:
    log("Acme", "Cashier")
    monkeypatch.setenv("REJECT_KEY_FILE", key_env["REJECT_KEY_FILE"])
    assert run("encrypt", "--yes").code == 0
    child = spawn("decrypt", env=key_env)
    child.expect(r"Turn encryption off")
    child.sendline("y")
    child.expect("no longer encrypted")
    child.expect(pexpect.EOF)
    assert not is_sealed((home / "journal.json").read_bytes())


def test_mismatched_passphrases_change_nothing(spawn, log, home, key_env) -> None:
    log("Acme", "Solicitor")
    child = spawn("encrypt", "--passphrase", env=key_env)
    child.expect(r"Encrypt your journal")
    child.sendline("y")
    child.expect("A passphrase for your journal's key")
    child.sendline("first passphrase")
    child.expect("The same passphrase again")
    child.sendline("second passphrase")
    child.expect("not the same")
    child.expect(pexpect.EOF)
    assert "first passphrase" not in child.before
    assert not is_sealed((home / "journal.json").read_bytes())
    assert not Path(key_env["REJECT_KEY_FILE"]).exists()
