"""A stand-in for $PAGER: keeps what it was given in the file named by its
argument, and says so on the terminal."""

import sys
from pathlib import Path

data = sys.stdin.buffer.read()
Path(sys.argv[1]).write_bytes(data)
sys.stdout.write(f"PAGER GOT {len(data.splitlines())} LINES\n")
