"""`reject ask`: show a request for feedback, and note it once it is sent.

Showing a draft never changes the journal (a person may look at it ten
times before deciding); only ``--sent`` records the request as asked, and
``--edit`` keeps the edited wording without marking anything as sent.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reject.cli.context import store
from reject.model import Rejection


def _fresh_draft(record: Rejection) -> tuple[str, bool]:
    """A new draft for ``record``, and whether it could be signed."""
    from reject.profile import profile_email, profile_name
    from reject.reflection import requests

    name = profile_name()
    signed = "\n".join(v for v in (name, profile_email()) if v)
    return requests.draft(record, signed=signed or None), name is not None


def _draft_for(record: Rejection) -> tuple[str, bool]:
    """The saved draft (edited or sent) if there is one, else a new one."""
    earlier = record.feedback_request
    if earlier and earlier.draft:
        return earlier.draft, True
    return _fresh_draft(record)


def show_draft(rid: int, *, edit: bool, output: Path | None) -> bool:
    """Show (or write) the draft; True when it was already sent and is waiting."""
    from reject import render
    from reject.journal import find

    st = store()
    record = find(st.read(), rid)
    text, signed = _draft_for(record)
    if edit:
        from reject.cli.reflect_session import edit_text
        from reject.journal import update_rejection
        from reject.reflection.requests import with_draft

        text = edit_text(st, rid, text)
        with st.transaction(f"ask #{rid} draft") as journal:
            kept = with_draft(find(journal, rid), text)
            update_rejection(journal, rid, {"feedback_request": kept.model_dump()})
        signed = True  # their own wording now: not ours to nag about
    if output is not None:
        from reject.cli.files import write_private

        write_private(output, text, st)
        if str(output) != "-":
            render.success(f"Draft written to {output}.")
    else:
        render.plain(text.rstrip("\n"))
    request = record.feedback_request
    sent = request is not None and request.status.value == "asked"
    if request is not None and sent and request.asked_on:
        from reject.followup import age, hint, phase

        days = age(request.asked_on, date.today())
        render.info(f"You sent this on {request.asked_on.isoformat()}. {hint(phase(days), rid)}")
    if not signed:
        from reject.profile import config_path

        render.info(
            'It ends without a name: `reject config set name "Your Name"` signs every draft '
            f"from now on (kept in {config_path()}, not in the journal)."
        )
    return sent


def record_sent(rid: int) -> None:
    from reject import render
    from reject.followup import wait_days
    from reject.journal import find, update_rejection
    from reject.model.reflection import RequestStatus
    from reject.reflection.requests import mark_asked

    today = date.today()
    with store().transaction(f"ask #{rid} sent") as journal:
        record = find(journal, rid)
        before = record.feedback_request
        already = before is not None and before.status is RequestStatus.asked
        text, _ = _draft_for(record)
        request = mark_asked(record, text, today)
        update_rejection(journal, rid, {"feedback_request": request.model_dump()})
    if already and request.asked_on:
        render.info(f"Already noted as sent on {request.asked_on.isoformat()}. Nothing changed.")
        return
    render.success(f"Noted: you asked {record.company} for feedback today.")
    render.info(
        f"If nothing comes back in {wait_days()} days, `reject due` will say so; one short "
        f"follow-up is fair then. When they reply, `reject feedback {rid} --text ...` keeps it."
    )
