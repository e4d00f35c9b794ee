"""Logging a rejection that may already be there.

The same company, role and date again is usually a slip (a second log of
the same no): `log` warns, and in a terminal asks first. The check must not
cost the fast `log` a full read, so the store's note on journal.json says
when a full read is needed to be sure (Store.may_hold)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reject.cli.context import store

if TYPE_CHECKING:
    from reject.journal import RecordInput
    from reject.model import Rejection


class Repeats(Exception):
    """The new record repeats one already there; ask before logging it.
    Raised inside the transaction, so nothing is saved and the lock is let
    go before anyone is asked."""

    def __init__(self, earlier: Rejection) -> None:
        self.earlier = earlier


class _LookFurther(Exception):
    """journal.json may hold a record like the new one: read it all and look again."""


def add_logged(inp: RecordInput, *, ask_first: bool) -> tuple[Rejection, Rejection | None]:
    """Log the record; also return an earlier one for the same company,
    role and date (a second log of the same no is usually a slip)."""
    try:
        return _add_once(inp, ask_first=ask_first, head_only=True)
    except _LookFurther:
        return _add_once(inp, ask_first=ask_first, head_only=False)


def _add_once(
    inp: RecordInput, *, ask_first: bool, head_only: bool
) -> tuple[Rejection, Rejection | None]:
    from reject.journal import add_rejection, build_rejection, find_duplicate, same_process

    st = store()
    # head_only: a new record needs the next id, not the other records; the
    # note vouching for journal.json says whether one of them may repeat it.
    with st.transaction(lambda j: f"log #{j.next_id - 1}", head_only=head_only) as journal:
        new = build_rejection(journal, inp)
        earlier = find_duplicate(journal, new)
        if earlier is None and st.may_hold(same_process(new)):
            raise _LookFurther  # nothing written yet: the lock is let go
        if earlier is not None and ask_first:
            raise Repeats(earlier)
        return add_rejection(journal, new), earlier


def already(earlier: Rejection) -> str:
    from reject.dates import long_form

    return (
        f"You already logged {earlier.company}, {earlier.role} "
        f"on {long_form(earlier.date)} (#{earlier.id})."
    )
