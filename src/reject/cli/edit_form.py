"""`reject edit ID` with no flags: the record in $EDITOR, safely.

The form is written to a private file in the journal folder (never /tmp, the
text is personal). If what comes back does not validate, or the record was
changed by another command while the editor was open, nothing is saved and
the edited text is kept in a recovery file whose path is printed.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from reject import render
from reject.cli.context import store
from reject.cli.files import draft, editor_command, read_draft, run_editor
from reject.errors import RejectError, StoreError
from reject.form import from_form, to_form
from reject.journal import find, update_rejection
from reject.store import Store, new_private_file, private_folder


def edit_in_editor(rid: int) -> None:
    st = store()
    original = find(st.read(), rid)
    form = to_form(original)
    editor_command()  # refuse early when no editor can be used
    st.ensure_home()
    with draft(st, form) as path:
        run_editor(
            path, instead=f"change fields with flags, e.g. `reject edit {rid} --stage final`"
        )
        kept = path.read_bytes()
        try:
            edited = read_draft(path)
        except RejectError as exc:
            where = _keep_recovery(st, rid, kept)
            exc.hint = f"What you wrote is kept, as saved, in {where}{_sealed_note(st)}."
            raise
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
        where = _keep_recovery(st, rid, kept)
        exc.hint = (
            f"Your text is kept in {where}{_sealed_note(st)}; run `reject edit {rid}` again "
            "and copy your changes over from it."
        )
        raise
    render.success(f"Updated #{record.id}: {record.company}, {record.role}.")


def _keep_recovery(st: Store, rid: int, text: bytes) -> Path:
    folder = st.home / "recovery"
    private_folder(folder)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    # A unique name: two failed edits in the same second must both be kept.
    path = new_private_file(folder, f"edit-{rid}-{stamp}-", ".txt")
    st.write_private(path, text)  # encrypted like the journal when that is on
    return path


def _sealed_note(st: Store) -> str:
    if not st.sealer.on:
        return ""
    return " (encrypted like your journal: `age -d -i KEY FILE` shows it)"
