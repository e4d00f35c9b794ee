"""`reject edit ID` with no flags: the record in $EDITOR, safely.

The form is written to a private file in the journal folder (never /tmp, the
text is personal). If what comes back does not validate, the editor opens
again with the problem at the top. If it is closed without a change, or the
record was changed by another command while the editor was open, nothing is
saved and the edited text is kept in a recovery file whose path is printed.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from reject import render
from reject.cli.context import store
from reject.cli.files import draft, editor_command, read_draft, run_editor
from reject.errors import RejectError, StoreError, UsageError
from reject.form import from_form, to_form
from reject.journal import find, update_rejection
from reject.store import Store, new_private_file, private_folder

if TYPE_CHECKING:
    from reject.model import Rejection


# The note above a form that did not save. Its lines start with this mark,
# so the next round can take the old note off before adding the new one.
ERROR_MARK = "#!"
# A safety stop for an editor that changes the text every time without ever
# making it valid (a script, say); a person fixes a form well before this.
MAX_ROUNDS = 5


def edit_in_editor(rid: int) -> None:
    """Open the form; while what comes back is invalid, reopen it with the
    problem at the top (as `crontab -e` and `kubectl edit` do). Closing it
    without a change gives up, and the text is kept in a recovery file."""
    st = store()
    original = find(st.read(), rid)
    form = to_form(original)
    editor_command()  # refuse early when no editor can be used
    st.ensure_home()
    shown = form
    problem: RejectError | None = None
    for _round in range(MAX_ROUNDS):
        kept, edited = _one_round(st, rid, shown)
        edited = without_note(edited)
        if edited == form:
            render.info("No changes; nothing was saved.")
            return
        if problem is not None and edited == without_note(shown):
            break  # closed without a change: give up, as before
        try:
            record = _save(st, rid, original, edited)
        except UsageError as exc:  # the form itself is wrong: show it again
            problem, shown = exc, with_note(edited, exc.message)
            continue
        except RejectError as exc:
            where = _keep_recovery(st, rid, kept)
            exc.hint = (
                f"Your text is kept in {where}{_sealed_note(st)}; run `reject edit {rid}` again "
                "and copy your changes over from it."
            )
            raise
        render.success(f"Updated #{record.id}: {record.company}, {record.role}.")
        return
    assert problem is not None
    where = _keep_recovery(st, rid, kept)
    problem.hint = (
        f"Nothing was saved. What you wrote is kept, as saved, in {where}{_sealed_note(st)}."
    )
    raise problem


def _one_round(st: Store, rid: int, text: str) -> tuple[bytes, str]:
    with draft(st, text) as path:
        run_editor(
            path, instead=f"change fields with flags, e.g. `reject edit {rid} --stage final`"
        )
        kept = path.read_bytes()
        try:
            return kept, read_draft(path)
        except RejectError as exc:
            where = _keep_recovery(st, rid, kept)
            exc.hint = f"What you wrote is kept, as saved, in {where}{_sealed_note(st)}."
            raise


def _save(st: Store, rid: int, original: Rejection, edited: str) -> Rejection:
    with st.transaction(f"edit #{rid}") as journal:
        current = find(journal, rid)
        if current.model_dump() != original.model_dump():
            raise StoreError(
                f"#{rid} was changed by another command while your editor was open, "
                "so your edit was not saved over it."
            )
        return update_rejection(journal, rid, from_form(edited, current))


def with_note(text: str, problem: str) -> str:
    """The form again, with what stopped it from saving at the top."""
    note = [
        f"{ERROR_MARK} This didn't save: {problem}",
        f"{ERROR_MARK} Fix it below, then save and close. To stop, close without changing",
        f"{ERROR_MARK} anything; what you wrote is then kept in a recovery file.",
        ERROR_MARK,
    ]
    return "\n".join(note) + "\n" + text


def without_note(text: str) -> str:
    lines = text.splitlines(keepends=True)
    start = 0
    while start < len(lines) and lines[start].startswith(ERROR_MARK):
        start += 1
    return "".join(lines[start:])


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
