"""Commands that read the journal: list and show."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from reject.choices import ProcessStage
from reject.cli import options as opt
from reject.cli.context import store

if TYPE_CHECKING:
    from reject.model import Rejection


def register(app: typer.Typer) -> None:
    app.command("list")(list_)
    app.command("show")(show)


def list_(
    since: Annotated[
        str | None, typer.Option("--since", help="Only turndowns on or after this date.")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Only turndowns on or before this date.")
    ] = None,
    company: Annotated[
        str | None, typer.Option("--company", "-c", help="Company name contains this.")
    ] = None,
    stage: Annotated[
        ProcessStage | None,
        typer.Option("--stage", "-s", help="Only this stage.", case_sensitive=False),
    ] = None,
    tag: Annotated[str | None, typer.Option("--tag", "-t", help="Only with this tag.")] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", min=1, help="Show at most N.")
    ] = None,
    as_json: opt.Json = False,
) -> None:
    """List rejections, newest first.

    In a terminal this is a table; piped, it is tab-separated with a header.

    Example:  reject list --since "last month" --stage interview --limit 10
    """
    from reject.cli import recent
    from reject.cli.context import home

    unfiltered = since is None and until is None and company is None and stage is None
    seal = recent.sealer(home())
    if unfiltered and tag is None and recent.list_from_cache(home(), limit, as_json, seal):
        return
    from reject import render
    from reject.cli.files import date_option
    from reject.cli.views import list_rows, record_json
    from reject.journal import Filters, select
    from reject.store import head

    filters = Filters(
        since=date_option("--since", since),
        until=date_option("--until", until),
        company=company,
        stage=stage,
        tag=tag,
        limit=limit,
    )
    before = head.stamp(home())
    st = store()
    st.use_sealer(seal)  # the key looked up for the cache serves the read too
    journal = st.read()
    if unfiltered and tag is None:
        ordered = select(journal, Filters())  # sorted once, for the cache and the list
        recent.remember(home(), before, journal, ordered, seal)
        records = ordered if limit is None else ordered[:limit]
    else:
        recent.remember(home(), before, journal, seal=seal)
        records = select(journal, filters)
    if as_json:
        render.json_dump([record_json(r) for r in records])
        return
    if not journal.rejections:
        render.info("Your journal is empty. `reject log` records your first entry.")
        return
    if not records:
        render.info("Nothing matches those filters.")
        return
    columns, rows = list_rows(records)
    render.table(columns, rows)
    from datetime import date

    from reject.reflection.requests import waiting, waiting_line

    for item in waiting(journal, date.today()):
        render.warn(waiting_line(item))


def show(
    rids: Annotated[list[int], typer.Argument(metavar="ID...", help="The rejections' ids.")],
    as_json: opt.Json = False,
    email: Annotated[
        bool, typer.Option("--email", help="Print the email it came in, as kept.")
    ] = False,
    posting: Annotated[
        bool, typer.Option("--posting", help="Print the job posting, as kept.")
    ] = False,
) -> None:
    """Show everything recorded about one rejection or several.

    With several ids, --json gives a list; with one, the record itself.
    --email prints the kept email (in a terminal as text; piped, the original
    message, so `> message.eml` saves it), --posting the kept job advert.

    Example:  reject show 3 --json
    """
    from reject.cli import recent
    from reject.cli.context import home

    seal = recent.sealer(home())
    kept_file = email or posting  # the file itself, never the cached record
    if not kept_file and recent.show_from_cache(home(), rids, as_json, seal):
        return
    from reject import render
    from reject.cli.views import record_json, show_record
    from reject.journal import find
    from reject.store import head

    st = store()
    st.use_sealer(seal)
    before = head.stamp(home())
    journal = st.read()
    recent.remember(home(), before, journal, seal=seal)
    records = [find(journal, rid) for rid in dict.fromkeys(rids)]
    if email or posting:
        _show_kept(records, email=email, posting=posting, as_json=as_json)
        return
    if as_json:
        data = [record_json(r) for r in records]
        render.json_dump(data[0] if len(rids) == 1 else data)
        return
    from reject.store.kept import is_kept

    for n, record in enumerate(records):
        if n:
            render.blank()
            render.blank()
        present = {
            name: is_kept(st.home, name)
            for name in (record.email_file, record.posting_file)
            if name
        }
        show_record(record, present)


def _show_kept(records: list[Rejection], *, email: bool, posting: bool, as_json: bool) -> None:
    from reject import render
    from reject.errors import UsageError
    from reject.store.kept import read_kept

    if len(records) > 1 or (email and posting) or as_json:
        raise UsageError("--email and --posting print one kept file: give one id, and one of them.")
    record = records[0]
    what = "email" if email else "posting"
    name = record.email_file if email else record.posting_file
    if not name:
        hint = (
            f"`reject edit {record.id} --posting FILE` keeps one."
            if posting
            else "Emails are kept when you log with `reject log --email FILE`."
        )
        raise UsageError(f"No {what} is kept with #{record.id}. {hint}")
    data = read_kept(store().home, name)
    if data is None:
        raise UsageError(
            f"The {what} kept with #{record.id} is no longer in your journal folder "
            "(it was deleted, or the journal was brought here without it)."
        )
    if posting:
        render.document(data.decode("utf-8", errors="replace").rstrip("\n") + "\n")
    elif render.stdout_is_terminal():
        from reject.capture import readable_message

        render.document(readable_message(data))
    else:
        render.original(data)
