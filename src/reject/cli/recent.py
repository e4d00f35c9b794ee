"""`list` and `show` answered from the head cache (``reject.store.head``).

The cache holds what the commands print, computed by the same functions as
after a full read: the newest rows as ``views.list_rows`` lays them out, the
same records as ``views.record_json`` dumps them, and the open feedback
requests. A cached answer is only given when it is the whole answer: no
filter, and a ``--limit`` the cached rows cover (or a journal small enough to
be cached whole). Anything unexpected in the cache means a full read.

Each function takes the folder's ``Sealer`` (``sealer``), the one the full
read then uses too, so an encrypted journal's key is looked up (a passphrase
asked for) once a command, whether the cache answers or not.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reject.store import head

if TYPE_CHECKING:
    from reject.model import Journal, Rejection
    from reject.store.sealing import Sealer


def sealer(home: Path) -> Sealer:
    """The folder's sealer (a one-line error when its marker is mangled, as
    the full read would give); the key is only looked up when needed."""
    from reject.store.sealing import for_home

    return for_home(home)


def build(journal: Journal, ordered: list[Rejection] | None = None) -> dict[str, Any]:
    """What the cache keeps of ``journal``; ``ordered`` is all of it in `list`
    order when the caller has sorted it already (sorting 100,000 records is
    most of the cost of building)."""
    from reject.cli.views import list_rows, record_json
    from reject.journal import Filters, select
    from reject.model.reflection import RequestStatus

    newest = (ordered if ordered is not None else select(journal, Filters()))[: head.ROWS]
    columns, rows = list_rows(newest)
    asked = [
        [r.id, r.company, r.feedback_request.asked_on.isoformat()]
        for r in journal.rejections
        if r.feedback_request is not None
        and r.feedback_request.status is RequestStatus.asked
        and r.feedback_request.asked_on is not None
    ]
    return {
        "total": len(journal.rejections),
        "columns": columns,
        "rows": rows,
        "records": [record_json(r) for r in newest],
        "asked": asked,
    }


def remember(
    home: Path,
    before: head.Stamp | None,
    journal: Journal,
    ordered: list[Rejection] | None = None,
    seal: Sealer | None = None,
) -> None:
    """Cache the head of ``journal``, read since ``before`` was taken."""
    if before is not None:
        head.save(home, before, build(journal, ordered), seal)


def list_from_cache(home: Path, limit: int | None, as_json: bool, seal: Sealer) -> bool:
    """Print `list` from the cache; False (nothing printed) when it can't."""
    body = head.load(home, seal)
    if body is None:
        return False
    try:
        total, rows, records = int(body["total"]), list(body["rows"]), list(body["records"])
        if len(rows) != len(records) or len(rows) > total:
            return False
        if (limit is None or limit > len(rows)) and len(rows) < total:
            return False  # more is asked for than the cache holds
        shown = slice(None) if limit is None else slice(limit)
        columns = [str(c) for c in body["columns"]]
        notes = _overdue(body["asked"])
    except (KeyError, TypeError, ValueError, AttributeError):
        return False
    from reject import render

    if as_json:
        render.json_dump(records[shown])
        return True
    if not total:
        render.info("Your journal is empty. `reject log` records your first entry.")
        return True
    render.table(columns, rows[shown])
    for line in notes:
        render.warn(line)
    return True


def _overdue(asked: list[Any]) -> list[str]:
    # The same rule and words as after a full read (requests.waiting).
    from reject.followup import age, phase, wait_days, waiting_line

    today, limit = date.today(), wait_days()
    items = [(str(c), int(rid), age(date.fromisoformat(on), today)) for rid, c, on in asked]
    items.sort(key=lambda item: -item[2])
    return [
        waiting_line(company, rid, days, phase(days, limit))
        for company, rid, days in items
        if days >= limit
    ]


def show_from_cache(home: Path, rids: list[int], as_json: bool, seal: Sealer) -> bool:
    """Print `show` from the cache when it holds every id asked for."""
    body = head.load(home, seal)
    if body is None:
        return False
    try:
        by_id = {int(d["id"]): d for d in body["records"]}
        found = [by_id[rid] for rid in dict.fromkeys(rids)]
    except (KeyError, TypeError, ValueError, AttributeError):
        return False
    from reject import render

    if as_json:
        render.json_dump(found[0] if len(rids) == 1 else found)
        return True
    from pydantic import ValidationError

    from reject.cli.views import show_record
    from reject.fields import reading_from_disk
    from reject.model import Rejection
    from reject.store.kept import is_kept

    try:
        with reading_from_disk():
            records = [Rejection.model_validate(d) for d in found]
    except ValidationError:
        return False
    for n, record in enumerate(records):
        if n:
            render.blank()
            render.blank()
        names = (record.email_file, record.posting_file)
        show_record(record, {name: is_kept(home, name) for name in names if name})
    return True
