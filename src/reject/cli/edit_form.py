"""`reject edit ID` with no flags: the record in $EDITOR, safely.

The form is written to a private file in the journal folder (never /tmp, the
text is personal). If what comes back does not validate, or the record was
changed by another command while the editor was open, nothing is saved and
the edited text is kept in a recovery file whose path is printed.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from datetime import datetime, timezone
from pathlib import Path

from reject import render
from reject.cli.context import store
from reject.errors import RejectError, StoreError, UsageError
from reject.form import from_form, to_form
from reject.journal import find, update_rejection
from reject.store import atomic_write


def editor_command() -> list[str]:
    raw = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    return shlex.split(raw)


def edit_in_editor(rid: int) -> None:
    st = store()
    original = find(st.read(), rid)
    form = to_form(original)
    st.ensure_home()
    draft = st.home / f".edit-{rid}.txt"
    atomic_write(draft, form.encode("utf-8"))
    try:
        _run_editor(draft)
        edited = draft.read_text(encoding="utf-8")
    finally:
        kept = draft.read_bytes() if draft.exists() else b""
        draft.unlink(missing_ok=True)
    if edited == form:
        render.info("No changes; nothing was saved.")
        return
    try:
        with st.transaction() as journal:
            current = find(journal, rid)
            if current.model_dump() != original.model_dump():
                raise StoreError(
                    f"#{rid} was changed by another command while your editor was open, "
                    "so your edit was not saved over it."
                )
            record = update_rejection(journal, rid, from_form(edited, current))
    except RejectError as exc:
        where = _keep_recovery(st.home, rid, kept)
        exc.hint = (
            f"Your text is kept in {where}; fix it and paste it back with `reject edit {rid}`."
        )
        raise
    render.success(f"Updated #{record.id}: {record.company}, {record.role}.")


def _run_editor(path: Path) -> None:
    command = editor_command()
    try:
        result = subprocess.run([*command, str(path)], check=False)
    except FileNotFoundError:
        raise UsageError(
            f"Can't start the editor {command[0]!r}. Set $EDITOR, or change fields with flags "
            "such as `reject edit ID --stage final`."
        ) from None
    if result.returncode != 0:
        raise RejectError("The editor exited with an error, so nothing was saved.")


def _keep_recovery(home: Path, rid: int, text: bytes) -> Path:
    folder = home / "recovery"
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    path = folder / f"edit-{rid}-{stamp}.txt"
    atomic_write(path, text)
    return path
