"""Shared fixtures. Every test gets its own journal folder via $REJECT_HOME
and its own profile via $REJECT_CONFIG, so no test can ever touch a real
person's journal or settings."""

from __future__ import annotations

import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# Some machines set PYTHONDONTWRITEBYTECODE, and then every run of the loop
# rewrites the asserts of ~180 test modules and compiles the package again in
# each worker and each child process: a third of the loop's time. The cached
# files go to __pycache__, which git ignores.
sys.dont_write_bytecode = False

from reject import render  # noqa: E402 - after the bytecode setting, on purpose
from reject.cli.context import settings  # noqa: E402
from reject.cli.main import main  # noqa: E402


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("REJECT_HOME", str(folder))
    # The profile too: no test may read or write a real person's settings.
    monkeypatch.setenv("REJECT_CONFIG", str(tmp_path / "config" / "config.toml"))
    monkeypatch.setenv("REJECT_LOCK_TIMEOUT", "5")
    monkeypatch.setenv("NO_COLOR", "1")
    # The store checks that no command changes a record in place (which the
    # change log would miss): too slow for every run, cheap for tests.
    monkeypatch.setenv("REJECT_CHECK_CHANGES", "1")
    # Most tests read journal.json itself after a command, so by default every
    # change is folded into it straight away (appended to the change log,
    # then compacted). The change-log tests and the store proofs set their
    # own interval (tests/test_store_changes.py).
    monkeypatch.setenv("REJECT_COMPACT_EVERY", "1")
    # No test may reach a real keyring, or a real key: encryption tests name
    # their key file, and the keyring tests install a fake backend.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("REJECT_KEY_FILE", raising=False)
    monkeypatch.delenv("REJECT_PASSPHRASE", raising=False)
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)  # as above, for children
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    settings.home = None
    render.reset()
    return folder


@pytest.fixture
def journal_path(home: Path) -> Path:
    return home / "journal.json"


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """Run `reject ARGS` in-process, as from a script: stdin is not a terminal."""

    def _run(*args: str, input: str = "") -> Result:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO(input))
        render.reset()
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


@pytest.fixture
def log(run):
    """Log a rejection with flags and return its id."""

    def _log(company: str = "Acme", role: str = "Engineer", *extra: str) -> int:
        result = run("log", "--company", company, "--role", role, *extra)
        assert result.code == 0, result.err
        return int(result.out.strip())

    return _log
