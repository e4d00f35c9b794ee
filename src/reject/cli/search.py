"""`reject search`: find the rejection where they mentioned something."""

from __future__ import annotations

from typing import Annotated

import typer

from reject.cli import options as opt
from reject.cli.context import store


def register(app: typer.Typer) -> None:
    app.command("search", short_help="Find words anywhere in your journal.")(search)


def search(
    terms: Annotated[
        list[str],
        typer.Argument(
            metavar="TEXT",
            help="What to look for. Several words must all appear; quote a phrase.",
        ),
    ],
    as_json: opt.Json = False,
) -> None:
    """Find words anywhere in your journal: every field, feedback, and reflection answers.

    Case and accents don't matter ("resume" finds "Résumé"). Several words must
    all appear in the same rejection; quote them to look for a phrase. Shows
    each rejection that matches with the fields where the words are.

    Example:  reject search kubernetes
    """
    from reject import render
    from reject.search import search as find
    from reject.search import to_json

    if not any(t.strip() for t in terms):
        from reject.errors import UsageError

        raise UsageError("Give a word or two to look for: `reject search kubernetes`.")
    found = find(store().read(), terms)
    if as_json:
        render.json_dump(to_json(found))
        return
    if not found:
        render.info(f"Nothing in your journal mentions {' '.join(terms)!r}.")
        return
    for n, item in enumerate(found):
        if n:
            render.blank()
        r = item.record
        render.heading(f"#{r.id}  {r.date.isoformat()}  {r.company} · {r.role}")
        for hit in item.hits:
            render.marked(hit.label, hit.snippet, hit.start, hit.end)
    count = len(found)
    render.info(
        f"{count} rejection{'s' if count != 1 else ''} found. `reject show ID` has the rest."
    )
