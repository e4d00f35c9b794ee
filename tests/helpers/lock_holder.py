"""Hold the journal's write lock until killed.

    python lock_holder.py HOME

Takes the lock exactly as a writer does (Store.lock), prints "locked" once it
holds it, then waits for ever. Tests kill it with SIGKILL.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from reject.store import Store

with Store(Path(sys.argv[1])).lock():
    sys.stdout.write("locked\n")
    sys.stdout.flush()
    while True:
        time.sleep(60)
