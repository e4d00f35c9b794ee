"""Proofs for encryption at rest (issue 15).

* The canary: with encryption on, a made-up word goes in through every
  command that writes journal text (log, edit by flags and in the editor, a
  recovery file, feedback, reflect --answers, ask and ask --edit, import,
  backups restore, done); then every byte under the journal folder is
  scanned for it, in UTF-8 and UTF-16. The editor's draft must have been
  outside the folder, and gone afterwards.
* Interoperability: the files are read with pyrage as an outside tool
  would, with the `age`/`rage` binary when one is installed, and a journal
  sealed by an outside tool is read by reject.
* kill -9 during `encrypt` and `decrypt`, before and after every system call
  of the rewrite (slow): the journal and every backup always read with the
  key, hold the same records, and running the command again finishes it.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import reject.store.convert
import reject.store.disk
from reject.cli.edit_form import MAX_ROUNDS
from reject.paths import CHANGES_NAME, HEAD_NAME
from reject.store import Store, head
from reject.store.sealing import is_sealed

CANARY = "Quokkacanary"


@pytest.fixture
def key_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "keys" / "key.txt"
    monkeypatch.setenv("REJECT_KEY_FILE", str(path))
    return path


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The memory-backed runtime folder, where drafts go while encrypted."""
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


def identity(key_file: Path) -> Any:
    from pyrage import x25519

    for line in key_file.read_text(encoding="utf-8").splitlines():
        if line.startswith("AGE-SECRET-KEY-1"):
            return x25519.Identity.from_str(line)
    raise AssertionError("no identity in the key file")


def open_with(key_file: Path, data: bytes) -> bytes:
    import pyrage

    return bytes(pyrage.decrypt(data, [identity(key_file)]))


def scan(folder: Path, word: str) -> list[str]:
    """Files under ``folder`` holding ``word`` in UTF-8 or UTF-16 (either order)."""
    needles = [word.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    needles += [word.lower().encode("utf-8")]
    return [
        str(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and any(n in p.read_bytes() for n in needles)
    ]


def editor_script(tmp_path: Path, name: str, old: str, new: str) -> str:
    """An $EDITOR that replaces ``old`` and notes the path it was given."""
    script = tmp_path / f"{name}.py"
    seen = tmp_path / "drafts-seen.txt"
    script.write_text(
        "import sys, pathlib\n"
        "p = pathlib.Path(sys.argv[-1])\n"
        f"with open({str(seen)!r}, 'a', encoding='utf-8') as f: f.write(str(p) + '\\n')\n"
        f"p.write_text(p.read_text(encoding='utf-8').replace({old!r}, {new!r}),"
        " encoding='utf-8')\n",
        encoding="utf-8",
    )
    return f"{sys.executable} {script}"


@pytest.mark.slow  # about 2 s: some twenty commands
def test_canary_through_every_command_never_lands_in_plain_text(
    run, home, key_file, runtime, tmp_path, monkeypatch
):
    ok = []

    def do(*args: str, code: int = 0) -> None:
        result = run(*args)
        assert result.code == code, (args, result.err)
        ok.append(args[0])

    # Before encryption, changes wait in the change log (in plain text) to be
    # folded every few: `encrypt` must leave none of them in plain form.
    monkeypatch.setenv("REJECT_COMPACT_EVERY", "3")
    # Journals here are milliseconds old: let `list` and `show` cache the
    # newest rows after every full read, plain before and sealed after.
    monkeypatch.setattr(head, "SETTLE_NS", 0)
    do("log", "--company", f"{CANARY} Early Ltd", "--role", "Porter")
    do("log", "--company", "Harbour Hospital", "--role", f"Porter {CANARY}")
    do("rm", "1", "--yes")  # folds the two logs; the rm waits in the log
    do("log", "--company", "Dock Road Surgery", "--role", f"Receptionist {CANARY}")
    do("list")
    assert (home / "journal.json.checked").exists()
    assert str(home / CHANGES_NAME) in scan(home, CANARY)  # the proof can fail
    assert str(home / HEAD_NAME) in scan(home, CANARY)  # a plain head cache too
    assert run("encrypt", "--yes").code == 0
    assert not (home / CHANGES_NAME).exists()  # folded, then gone
    assert not (home / "journal.json.checked").exists()  # its digests could be guessed
    assert not (home / HEAD_NAME).exists()  # dropped, to be rebuilt sealed

    do(
        "log",
        "--company",
        f"{CANARY} Trust",
        "--role",
        f"Staff nurse {CANARY}",
        "--contact",
        f"{CANARY} <hr@example.org>",
        "--tag",
        CANARY.lower(),
    )
    do("log", "--company", "Second school", "--role", "Teacher")
    do("edit", "5", "--source", f"{CANARY} jobs board")
    monkeypatch.setenv(
        "EDITOR", editor_script(tmp_path, "ed1", "role: Teacher", f"role: Teacher of {CANARY}")
    )
    do("edit", "5")
    # An invalid form: kept in a recovery file, which must be sealed too.
    monkeypatch.setenv("EDITOR", editor_script(tmp_path, "ed2", "date: ", f"date: {CANARY} #"))
    do("edit", "5", code=2)
    do("feedback", "4", "--text", f"Ward rounds: more {CANARY} please", "--from", "Matron")
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps(
            {
                "feedback": {"summary": f"{CANARY} summary", "specific": True},
                "learnings": {
                    "themes": [CANARY.lower()],
                    "actions": [
                        {"n": 1, "what": f"{CANARY} course", "how": "course", "due": "2030-01-31"}
                    ],
                },
                "kindness": {"note_to_self": f"{CANARY} is not a verdict"},
            }
        ),
        encoding="utf-8",
    )
    do("reflect", "4", "--answers", str(answers))
    do("ask", "4")
    monkeypatch.setenv("EDITOR", editor_script(tmp_path, "ed3", "Hello", f"Hello {CANARY}"))
    do("ask", "5", "--edit")
    do("done", "4.1")
    rows = tmp_path / "in.csv"
    with rows.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(
            [
                ["company", "role", "date", "stage", "feedback", "tags"],
                [
                    f"{CANARY} Retail",
                    "Cashier",
                    "2026-01-05",
                    "screen",
                    f"Not enough {CANARY}",
                    "retail",
                ],
            ]
        )
    do("import", str(rows))
    newest = Store(home).backups()[0].name
    do("backups", "restore", newest, "--yes")
    do("log", "--company", f"{CANARY} Chambers", "--role", "Paralegal")
    do("appraisals", "add", "--text", f"Review: more {CANARY}", "--from", "Line manager")
    email = tmp_path / "no.eml"
    email.write_bytes(
        b"From: Priya Shah <priya@harbourtrust.example>\r\nTo: me@example.org\r\n"
        b"Subject: Your application - Ward Sister\r\nDate: Mon, 30 Nov 2026 10:00:00 +0000\r\n"
        b"Message-ID: <canary-1@harbourtrust.example>\r\n\r\n"
        + f"Hi,\r\nThe panel wanted more {CANARY} experience.\r\nPriya\r\n".encode()
    )
    posting = tmp_path / "advert.txt"
    posting.write_text(f"Ward Sister\n\nYou will lead {CANARY} rounds.\n", encoding="utf-8")
    do(
        "log",
        "--email",
        str(email),
        "--company",
        "Harbour Trust",
        "--role",
        "Ward Sister",
        "--posting",
        str(posting),
    )
    kept = sorted((home / "kept").iterdir())
    assert len(kept) == 2
    assert all(CANARY in open_with(key_file, k.read_bytes()).decode("utf-8") for k in kept)
    newest = run("list", "--json").out
    rid = str(max(r["id"] for r in json.loads(newest)))
    assert CANARY in run("show", rid, "--email").out

    # `list --json` above read the journal in full and cached its head, sealed;
    # `show` and `list` now answer from it.
    assert CANARY in open_with(key_file, (home / HEAD_NAME).read_bytes()).decode("utf-8")
    do("show", rid)
    assert CANARY in run("list").out

    # The word really went in (so the scan below can fail) ...
    journal = open_with(key_file, (home / "journal.json").read_bytes()).decode("utf-8")
    assert journal.count(CANARY) >= 9
    (recovery,) = (home / "recovery").iterdir()
    assert CANARY in open_with(key_file, recovery.read_bytes()).decode("utf-8")
    # ... and is nowhere in plain form, in any file, temp or backup.
    assert scan(home, CANARY) == []
    # The editor saw drafts outside the journal folder, and they are gone.
    drafts = (tmp_path / "drafts-seen.txt").read_text(encoding="utf-8").split()
    # ed1 once, ed2's bad form shown again until the safety stop, ed3 once.
    assert len(drafts) == 1 + MAX_ROUNDS + 1
    assert all(Path(d).parent == runtime / "reject" and not Path(d).exists() for d in drafts)
    assert not any(home in Path(d).parents for d in drafts)


def test_decrypt_brings_the_canary_back_in_plain_form(run, log, home, key_file):
    log(f"{CANARY} Ltd", "Solicitor")
    run("encrypt", "--yes")
    assert scan(home, CANARY) == []
    assert run("decrypt", "--yes").code == 0
    assert str(home / "journal.json") in scan(home, CANARY)


# -- interoperability ------------------------------------------------------------------


def test_an_outside_tool_reads_every_file_with_the_key(run, log, home, key_file):
    log("Acme", "Pharmacist")
    log("Beta", "Barista")
    run("encrypt", "--yes")
    doc = json.loads(open_with(key_file, (home / "journal.json").read_bytes()))
    assert doc["format"] == "reject-journal"
    assert [r["company"] for r in doc["rejections"]] == ["Acme", "Beta"]
    for backup in (home / "backups").iterdir():
        assert json.loads(open_with(key_file, backup.read_bytes()))["format"] == "reject-journal"


def test_reject_reads_a_journal_an_outside_tool_sealed(run, log, home, key_file):
    import pyrage

    log("Acme", "Paramedic")
    run("encrypt", "--yes")
    plain = open_with(key_file, (home / "journal.json").read_bytes())
    recipient = identity(key_file).to_public()
    (home / "journal.json").write_bytes(
        pyrage.encrypt(plain.replace(b"Acme", b"Acne"), [recipient])
    )
    assert run("list").out.count("Acne") == 1


@pytest.mark.parametrize("tool", ["age", "rage"])
def test_the_age_command_reads_the_journal(run, log, home, key_file, tool):
    binary = shutil.which(tool)
    if binary is None:
        pytest.skip(f"{tool} is not installed")
    log("Acme", "Midwife")
    run("encrypt", "--yes")
    out = subprocess.run(
        [binary, "-d", "-i", str(key_file), str(home / "journal.json")],
        capture_output=True,
        check=True,
    ).stdout
    assert json.loads(out)["rejections"][0]["role"] == "Midwife"


@pytest.mark.slow  # scrypt takes seconds, by design
def test_passphrase_key_file_opens_with_age_scrypt(run, log, home, key_file, monkeypatch):
    from pyrage import passphrase

    monkeypatch.setenv("REJECT_PASSPHRASE", "correct horse battery")
    log("Acme", "Librarian")
    assert run("encrypt", "--yes", "--passphrase").code == 0
    sealed_key = key_file.read_bytes()
    assert is_sealed(sealed_key) and b"AGE-SECRET-KEY" not in sealed_key
    inner = bytes(passphrase.decrypt(sealed_key, "correct horse battery"))
    plain_key = key_file.with_name("plain.txt")
    plain_key.write_bytes(inner)
    assert b"Librarian" in open_with(plain_key, (home / "journal.json").read_bytes())
    assert run("list").code == 0
    monkeypatch.setenv("REJECT_PASSPHRASE", "wrong horse")
    result = run("list")
    assert result.code == 1 and "passphrase" in result.err


# -- kill -9 during encrypt and decrypt --------------------------------------------------


class _KillAt:
    """Stands in for `os` in the store's disk and convert modules and SIGKILLs
    this process before or after system call number n of the rewrite."""

    WATCHED = ("write", "fsync", "close", "replace", "open", "unlink")

    def __init__(self, n: int, when: str) -> None:
        self.n, self.when, self.calls = n, when, 0

    def __getattr__(self, name: str) -> Any:
        real = getattr(os, name)
        if name not in self.WATCHED:
            return real

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            hit = self.calls == self.n
            if hit and self.when == "before":
                os.kill(os.getpid(), signal.SIGKILL)
            result = real(*args, **kwargs)
            if hit and self.when == "after":
                os.kill(os.getpid(), signal.SIGKILL)
            return result

        return call


def _child(command: str, n: int, when: str) -> None:  # pragma: no cover - in the child
    try:
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - lives until the kill
        sys.stdout = sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        from reject import render

        render.reset()
        killer = _KillAt(n, when)
        reject.store.disk.os = killer  # type: ignore[attr-defined]
        reject.store.convert.os = killer  # type: ignore[attr-defined]
        from reject.cli.main import main

        os._exit(10 + main([command, "--yes"]))  # finished before call n
    finally:
        os._exit(4)


def _records(home: Path) -> list[dict[str, Any]]:
    """Every record, as the store reads it with the key, and every backup
    readable with it too (raises otherwise)."""
    store = Store(home)
    for backup in store.backups():
        store.codec.parse(store.sealer.unseal(backup.path.read_bytes(), where=backup.path))
    return [r.model_dump(mode="json") for r in store.read().rejections]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
@pytest.mark.parametrize("command", ["encrypt", "decrypt"])
def test_kill_9_anywhere_in_encrypt_or_decrypt_leaves_a_readable_journal(
    run, log, home, key_file, tmp_path, command
):
    for i in range(4):  # four saves: three backups beside the journal
        log(f"Company {i}", "Care assistant")
    if command == "decrypt":
        assert run("encrypt", "--yes").code == 0
    template = tmp_path / "template"
    shutil.copytree(home, template)
    expected = _records(home)
    points = 0
    n = 1
    finished = False
    while not finished:
        for when in ("before", "after"):
            shutil.rmtree(home)
            shutil.copytree(template, home)
            pid = os.fork()
            if pid == 0:  # pragma: no cover
                _child(command, n, when)
            _, status = os.waitpid(pid, 0)
            if os.WIFEXITED(status):
                assert os.WEXITSTATUS(status) == 10, f"{command} failed on its own"
                finished = True
            else:
                assert os.WTERMSIG(status) == signal.SIGKILL
                points += 1
            assert _records(home) == expected, f"killed {when} call {n}"
            # Running the command again finishes the job from wherever it stopped.
            assert run(command, "--yes").code == 0
            assert _records(home) == expected
            sealed = [is_sealed(p.read_bytes()) for p in (home / "backups").iterdir()]
            sealed.append(is_sealed((home / "journal.json").read_bytes()))
            assert all(sealed) if command == "encrypt" else not any(sealed)
            assert (home / "encryption.txt").exists() == (command == "encrypt")
        n += 1
    assert points > 20  # every system call of a rewrite of several files was a kill point
