#!/usr/bin/env python3
"""Encryption at rest (issue 15): `log` and `list` encrypted, side by side with
the same command on the same journal unencrypted. Target: within +30 ms at
1,000 rejections.

    python benchmarks/encryption.py                 # 1,000 entries, 9 runs each
    python benchmarks/encryption.py --no-install    # reuse benchmarks/.work/venv
    python benchmarks/encryption.py --sizes 1000,10000 --passphrase

Each pair runs alternately in one loop (plain, encrypted, plain, ...), whole
processes, medians reported; see benchmarks/README.md for the method. The key
is a key file ($REJECT_KEY_FILE, as a script would have it). A key in the
system keyring adds the keyring library's import (~100 ms, measured with
`python -X importtime -c "import keyring; keyring.get_keyring()"`); reject
asks the keyring only when there is no key file. --passphrase adds a row for a
passphrase-protected key, whose cost is age's scrypt, once per command.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import config  # noqa: E402
from harness.config import PY, REJECT, WORK  # noqa: E402
from harness.data import build_reject, clear_backups, write_csv  # noqa: E402
from harness.environment import reject_env, setup_venv  # noqa: E402
from harness.procs import Result, compare, run  # noqa: E402
from harness.suite import log_args  # noqa: E402

TARGET_MS = 30.0


def homes(n: int) -> tuple[Path, Path, Path]:
    """A plain home of ``n`` entries and an encrypted copy of it; the key file."""
    data = WORK / "data"
    data.mkdir(parents=True, exist_ok=True)
    csv_path = data / f"rejections-{n}-tagged.csv"
    if not csv_path.exists():
        write_csv(csv_path, n, tagged=True)
    plain = WORK / "homes" / f"crypt-{n}-plain"
    sealed = WORK / "homes" / f"crypt-{n}-sealed"
    key = WORK / "keys" / f"key-{n}.txt"
    build_reject(plain, csv_path)
    shutil.rmtree(sealed, ignore_errors=True)
    shutil.copytree(plain, sealed)
    key.unlink(missing_ok=True)
    r = run([str(REJECT), "encrypt", "--yes"], key_env(sealed, key))
    if r.rc != 0:
        raise SystemExit(f"reject encrypt failed: {r.stderr}")
    return plain, sealed, key


def key_env(home: Path, key: Path, passphrase: str | None = None) -> dict[str, str]:
    env = reject_env(home)
    env["REJECT_KEY_FILE"] = str(key)
    if passphrase:
        env["REJECT_PASSPHRASE"] = passphrase
    return env


def row(n: int, label: str, plain: Result, sealed: Result) -> str:
    if not (plain.ok and sealed.ok):
        return f"| {n:,} | {label} | {plain.note or '-'} | {sealed.note or '-'} | | |"
    extra = (sealed.median - plain.median) * 1000  # type: ignore[operator]
    verdict = "ok" if extra <= TARGET_MS else "over"
    return (
        f"| {n:,} | {label} | {plain.median * 1000:.0f} ms | {sealed.median * 1000:.0f} ms "  # type: ignore[operator]
        f"| {extra:+.0f} ms | {verdict} |"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--sizes", default="1000")
    ap.add_argument("--no-install", action="store_true", help="reuse the venv as it is")
    ap.add_argument("--passphrase", action="store_true", help="also time a passphrase key")
    opts = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    if not (opts.no_install and PY.exists()):
        setup_venv(editable=False)
    config.RUNS = max(1, opts.runs)
    lines = [
        "| entries | command | plain | encrypted | difference | within +30 ms |",
        "|---|---|---|---|---|---|",
    ]
    for n in (int(s) for s in opts.sizes.split(",") if s):
        plain, sealed, key = homes(n)
        pairs = [
            ("list --limit 20", ["list", "--limit", "20"]),
            ("list", ["list"]),
            ("log (all flags)", log_args()),
        ]
        for label, args in pairs:
            clear = label.startswith("log")

            def before(clear: bool = clear) -> None:
                if clear:  # as in the main suite: backups must not pile up
                    clear_backups(plain)()
                    clear_backups(sealed)()

            res, ys = compare(
                f"{label} encrypted",
                [str(REJECT), *args],
                key_env(sealed, key),
                f"{label} plain",
                [str(REJECT), *args],
                key_env(plain, key),
                config.RUNS,
                before=before,
            )
            lines.append(row(n, label, ys, res))
            print(lines[-1], flush=True)
        if opts.passphrase:
            lines.append(passphrase_row(n, plain))
            print(lines[-1], flush=True)
    print()
    print("\n".join(lines))
    return 0


def passphrase_row(n: int, plain: Path) -> str:
    """`list` with a passphrase-protected key: the scrypt work, once a command."""
    home = WORK / "homes" / f"crypt-{n}-passphrase"
    key = WORK / "keys" / f"key-{n}-passphrase.txt"
    shutil.rmtree(home, ignore_errors=True)
    shutil.copytree(plain, home)
    key.unlink(missing_ok=True)
    secret = "a long benchmark passphrase"
    r = run([str(REJECT), "encrypt", "--yes", "--passphrase"], key_env(home, key, secret))
    if r.rc != 0:
        raise SystemExit(f"reject encrypt --passphrase failed: {r.stderr}")
    res, ys = compare(
        "list --limit 20 (passphrase key)",
        [str(REJECT), "list", "--limit", "20"],
        key_env(home, key, secret),
        "list --limit 20 plain",
        [str(REJECT), "list", "--limit", "20"],
        key_env(plain, key),
        3,
    )
    return row(n, "list --limit 20, passphrase key", ys, res)


if __name__ == "__main__":
    sys.exit(main())
