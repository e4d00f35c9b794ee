"""Shared tools for the store proofs (tests/test_store_*.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HELPERS = Path(__file__).resolve().parent
WRITER = HELPERS / "writer.py"
LOCK_HOLDER = HELPERS / "lock_holder.py"


def temp_files(home: Path) -> list[Path]:
    """Temp files an interrupted save may leave (`.journal.json.XXXX.tmp`)."""
    return sorted(p for p in home.rglob("*.tmp"))


def journal_doc(*records: dict[str, Any], version: int = 1, **top: Any) -> dict[str, Any]:
    """A hand-written journal document, as a file on disk would hold it."""
    rejections = []
    for i, extra in enumerate(records, start=1):
        rec = {
            "id": i,
            "uuid": f"00000000-0000-4000-8000-{i:012d}",
            "company": f"Company {i}",
            "role": "Engineer",
            "date": "2025-03-01",
            "stage": "interview",
            "created": "2025-03-01T10:00:00Z",
            "updated": "2025-03-01T10:00:00Z",
        }
        rec.update(extra)
        rejections.append(rec)
    doc = {
        "format": "reject-journal",
        "schema_version": version,
        "next_id": len(rejections) + 1,
        "rejections": rejections,
    }
    doc.update(top)
    return doc


def write_doc(path: Path, doc: dict[str, Any]) -> bytes:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    data = json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
    path.write_bytes(data)
    return data


def python() -> str:
    return sys.executable
