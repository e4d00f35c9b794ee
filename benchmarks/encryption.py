#!/usr/bin/env python3
"""Encryption at rest (issue 15): `log` and `list` encrypted, side by side with
the same command on the same journal unencrypted. Target: within +30 ms at
1,000 rejections.

    python benchmarks/encryption.py                 # 1,000 entries, 9 runs each
    python benchmarks/encryption.py --no-install    # reuse benchmarks/.work/venv
    python benchmarks/encryption.py --sizes 1000,10000 --passphrase

Each pair runs alternately in one loop (plain, encrypted, plain, ...), whole
processes, medians reported: wall time, and the CPU time the process itself
used (user + system from wait4), which a loaded machine disturbs far less. The key
is a key file ($REJECT_KEY_FILE, as a script would have it). A key in the
system keyring adds the keyring library's import (~100 ms, measured with
`python -X importtime -c "import keyring; keyring.get_keyring()"`); reject
asks the keyring only when there is no key file. --passphrase adds a row for a
passphrase-protected key, whose cost is age's scrypt, once per command.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness.config import PY, REJECT, WORK  # noqa: E402
from harness.data import build_reject, clear_backups, write_csv  # noqa: E402
from harness.environment import reject_env, setup_venv  # noqa: E402
from harness.procs import run  # noqa: E402
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


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system, from wait4) of one whole process.
    On a shared machine the wall time swings with everyone else's load; the
    CPU time is what this process itself cost, so both are reported."""
    with open(os.devnull, "wb") as sink:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=sink, stderr=sink, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(argv)}")
    return wall, usage.ru_utime + usage.ru_stime


def pair(
    label: str,
    argv: list[str],
    envs: tuple[dict[str, str], dict[str, str]],
    runs: int,
    before: Callable[[], None] = lambda: None,
) -> str:
    """Plain and encrypted alternately, ``runs`` times each after a warm-up."""
    samples: tuple[list[tuple[float, float]], list[tuple[float, float]]] = ([], [])
    for i in range(runs + 1):
        for side in (0, 1):
            before()
            one = timed(argv, envs[side])
            if i:
                samples[side].append(one)
    wall = [statistics.median(t[0] for t in s) * 1000 for s in samples]
    cpu = [statistics.median(t[1] for t in s) * 1000 for s in samples]
    verdict = "yes" if cpu[1] - cpu[0] <= TARGET_MS else "no"
    return (
        f"| {label} | {wall[0]:.0f} ms | {wall[1]:.0f} ms | {wall[1] - wall[0]:+.0f} ms "
        f"| {cpu[0]:.0f} ms | {cpu[1]:.0f} ms | {cpu[1] - cpu[0]:+.0f} ms | {verdict} |"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--sizes", default="1000")
    ap.add_argument("--no-install", action="store_true", help="reuse the venv as it is")
    ap.add_argument("--passphrase", action="store_true", help="also time a passphrase key")
    opts = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    if not (opts.no_install and PY.exists()):
        setup_venv(editable=False)
    lines = [
        "| command | wall, plain | wall, encrypted | wall, difference "
        "| CPU, plain | CPU, encrypted | CPU, difference | within +30 ms |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n in (int(s) for s in opts.sizes.split(",") if s):
        plain, sealed, key = homes(n)
        envs = (key_env(plain, key), key_env(sealed, key))

        def clear(homes: tuple[Path, Path] = (plain, sealed)) -> None:
            for home in homes:  # as in the main suite: backups must not pile up
                clear_backups(home)()

        for label, args, before in (
            ("list --limit 20", ["list", "--limit", "20"], lambda: None),
            ("list", ["list"], lambda: None),
            ("log (all flags)", log_args(), clear),
        ):
            lines.append(pair(f"{label} [{n:,}]", [str(REJECT), *args], envs, opts.runs, before))
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
    env = key_env(home, key, secret)
    timed([str(REJECT), "encrypt", "--yes", "--passphrase"], env)
    envs = (key_env(plain, key), env)
    return pair(
        f"list --limit 20, passphrase key [{n:,}]", [str(REJECT), "list", "--limit", "20"], envs, 3
    )


if __name__ == "__main__":
    sys.exit(main())
