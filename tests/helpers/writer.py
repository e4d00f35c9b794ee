"""A writer process for the concurrency proof.

    python writer.py HOME PREFIX COUNT READY_FILE GO_FILE

Imports everything, touches READY_FILE, waits until GO_FILE exists (so every
writer starts at once), then runs `reject log` COUNT times in this process
and exits 0 only if every one of them succeeded.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def main() -> int:
    home, prefix, count, ready, go = sys.argv[1:6]
    os.environ["REJECT_HOME"] = home
    from reject.cli.main import main as reject_main

    Path(ready).touch()
    while not Path(go).exists():
        time.sleep(0.005)
    for i in range(int(count)):
        code = reject_main(["log", "--company", f"{prefix}-{i}", "--role", "Writer"])
        if code != 0:
            sys.stderr.write(f"log {prefix}-{i} exited {code}\n")
            return 10 + code
    return 0


if __name__ == "__main__":
    sys.exit(main())
