"""The questions `reject log` asks in a terminal, one per field of the table."""

from __future__ import annotations

from reject import prompts
from reject.journal import RecordInput, field_problem
from reject.record_fields import FIELDS, DateCodec, RecordField, asking_order


def _check(name: str) -> prompts.Check:
    return lambda value: field_problem(name, value)


def _ask(spec: RecordField, inp: RecordInput) -> None:
    answer = prompts.ask(
        spec.prompt or spec.name,
        default=spec.default,
        choices=spec.codec.values() or None,
        optional=not spec.codec.required,
        # A choice is checked by the prompt itself.
        check=None if spec.codec.choices else _check(spec.name),
        long=spec.long,
    )
    if answer:
        inp.values[spec.name] = [answer] if spec.codec.multiple else answer
        if isinstance(spec.codec, DateCodec) and answer != spec.default:
            _read_back(answer)


def _read_back(typed: str) -> None:
    """Say a date typed in words back with its weekday ("last friday → Fri 20
    Nov, 6 days ago"), so a misreading shows before the record is saved."""
    from datetime import date

    from reject.dates import in_words, parse_date, read_back

    if in_words(typed):
        today = date.today()
        shown = read_back(parse_date(typed, today=today), today)
        prompts.say(prompts.line(f"  {typed.strip()} \u2192 {shown}", style="dim"))


def ask_missing(inp: RecordInput, *, everything: bool) -> None:
    """Fill ``inp`` in place. ``everything`` asks the optional fields too."""
    if everything:
        prompts.say(
            prompts.line(
                "Sorry it didn't work out. Let's write down what happened while it's fresh; "
                "it takes about a minute.",
                style="italic",
            )
        )
        prompts.say(prompts.line("Press Enter to skip anything you don't know.", style="dim"))
    for spec in FIELDS:
        if spec.needed and spec.name not in inp.values:
            _ask(spec, inp)
    if not everything:
        return
    for spec in asking_order():
        if spec.ask_if is None or inp.values.get(spec.ask_if):
            _ask(spec, inp)
