"""The one place that prints. Everything a person sees goes through here.

User text always passes through ``neutralise`` first, so no escape sequence
reaches the terminal, and in a terminal it is wrapped in a plain
``rich.text.Text``, so ``[bold]`` shows as typed. Notes and errors go to
stderr; stdout carries only the requested data, so it pipes cleanly.
``NO_COLOR`` turns off every style, bold included (``reject.terminal``).

Rich is imported only when the stream written to is a terminal (or the pager
is collecting output for one): a pipe, a file or a test gets plain lines
written straight out, and is spared Rich's import (~25 ms, issue 13). A line
is a list of pieces, (text, style), so both paths print the same words.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from reject import terminal
from reject.terminal import color_system
from reject.text import escape_json_text, neutralise

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

# A piece of a line: text already neutralised, and its style in a terminal.
Piece = tuple[str, str]

_out: Console | None = None
_err: Console | None = None
_paging = False  # stdout is being collected for the pager: render as for a terminal
_held: io.StringIO | None = None  # stderr notes kept until the pager closes


def out() -> Console:
    global _out
    if _out is None:
        from rich.console import Console

        _out = Console(highlight=False, soft_wrap=False, color_system=color_system())
    return _out


def err() -> Console:
    global _err
    if _err is None:
        from rich.console import Console

        _err = Console(stderr=True, highlight=False, color_system=color_system())
    return _err


def reset() -> None:
    """Forget the consoles (tests swap sys.stdout between runs)."""
    global _out, _err
    _out = _err = None


def _styled_out() -> bool:
    return _paging or stdout_is_terminal()


def _styled_err() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced by a test, or closed
        return False


def _emit(pieces: Sequence[Piece], *, stderr: bool = False, soft_wrap: bool = False) -> None:
    """One line: through Rich for a terminal, written as plain text otherwise."""
    if stderr and _styled_err():
        err().print(_text(pieces), soft_wrap=soft_wrap)
    elif stderr and _held is not None:
        _held.write("".join(t for t, _ in pieces) + "\n")
    elif not stderr and _styled_out():
        out().print(_text(pieces), soft_wrap=soft_wrap)
    else:
        (sys.stderr if stderr else sys.stdout).write("".join(t for t, _ in pieces) + "\n")


def _text(pieces: Sequence[Piece]) -> Text:
    from rich.text import Text

    line = Text()
    for text, style in pieces:
        line.append(text, style=style or None)
    return line


@contextmanager
def paged() -> Iterator[None]:
    """Hold what is printed to stdout and, in a terminal, show it through the
    pager when it is taller than the screen. Piped output is never paged.

    Notes for stderr are held too, and printed once the pager has closed:
    printed before, the pager would cover them, or they would sit above the
    output they are about."""
    global _out, _err, _paging, _held
    command = terminal.pager_command() if stdout_is_terminal() else None
    if command is None:
        yield
        return
    from rich.console import Console

    screen, notes = out(), err()
    buffer, held = io.StringIO(), io.StringIO()
    _out = Console(
        file=buffer,
        force_terminal=True,
        color_system=screen.color_system,  # type: ignore[arg-type]
        width=screen.width,
        highlight=False,
        soft_wrap=False,
    )
    _err = Console(
        file=held,
        force_terminal=notes.is_terminal,
        color_system=notes.color_system,  # type: ignore[arg-type]
        width=notes.width,
        highlight=False,
    )
    _paging, _held = True, held
    try:
        yield
    except BaseException:
        sys.stdout.write(buffer.getvalue())
        sys.stderr.write(held.getvalue())
        raise
    finally:
        _out, _err = screen, notes
        _paging, _held = False, None
    text = buffer.getvalue()
    if text.count("\n") < screen.height or not terminal.run_pager(command, text):
        sys.stdout.write(text)
    sys.stdout.flush()
    sys.stderr.write(held.getvalue())


def safe(value: object) -> Text:
    """User text as inert, printable Text (for a terminal)."""
    from rich.text import Text

    return Text(_clean(value))


def _clean(value: object) -> str:
    return neutralise("" if value is None else str(value))


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


# -- messages ---------------------------------------------------------------


def error(message: str, hint: str | None = None) -> None:
    pieces = [("Error: ", "bold red"), (_clean(message), "")]
    if hint:
        pieces.append((" " if message.rstrip().endswith((".", "!", "?")) else ". ", ""))
        pieces.append((_clean(hint), ""))
    _emit(pieces, stderr=True, soft_wrap=True)


def warn(message: str) -> None:
    _emit([("Note: ", "yellow"), (_clean(message), "")], stderr=True, soft_wrap=True)


def info(message: str | Text) -> None:
    if isinstance(message, str):
        _emit([(_clean(message), "")], stderr=True, soft_wrap=True)
    elif _styled_err():
        err().print(message, soft_wrap=True)
    else:  # a Text built by prompts.line, already neutralised
        sys.stderr.write(message.plain + "\n")


def success(message: str) -> None:
    _emit([("✓ ", "green"), (_clean(message), "")], stderr=True, soft_wrap=True)


def plain(line: str) -> None:
    """A line of data on stdout (ids, paths) that scripts may read."""
    sys.stdout.write(neutralise(line) + "\n")


# -- data ---------------------------------------------------------------------


def json_dump(data: Any, stream: Any = None) -> None:
    """JSON for machines; control and bidi characters stay escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    (stream or sys.stdout).write(escape_json_text(text) + "\n")


def table(
    columns: Sequence[str], rows: Iterable[Sequence[object]], *, title: str | None = None
) -> None:
    """A Rich table in a terminal; tab-separated lines in a pipe."""
    rows = list(rows)
    if not stdout_is_terminal():
        sys.stdout.write("\t".join(columns) + "\n")
        for row in rows:
            cells = ("" if c is None else neutralise(str(c)).replace("\t", " ") for c in row)
            sys.stdout.write("\t".join(cells) + "\n")
        return
    from rich.table import Table

    grid_cells = [[safe(c) for c in row] for row in rows]
    widths = _fit(columns, grid_cells, out().width)
    narrow = widths is not None
    grid = Table(
        title=title,
        show_edge=False,
        pad_edge=not narrow,
        header_style="bold",
        title_justify="left",
    )
    keep = [i for i, w in enumerate(widths or [None] * len(columns)) if w != 0]
    for i in keep:
        name = columns[i]
        if name in _NEVER_CUT:
            grid.add_column(name, no_wrap=True)
        else:
            width = widths[i] if widths else None
            grid.add_column(name, no_wrap=narrow, overflow="ellipsis", width=width)
    for row_cells in grid_cells:
        grid.add_row(*(row_cells[i] for i in keep if i < len(row_cells)))
    out().print(grid)


# Columns read at a glance and useless in part (ids, dates): never wrapped or
# cut. A date split as "2026-1" / "1-26" reads as two wrong dates.
_NEVER_CUT = frozenset({"id", "#", "date", "due", "done", "applied"})
_HEADER_FLOOR = 4  # a header may be cut to this, "com…", when cells are narrower


def _fit(columns: Sequence[str], rows: list[list[Text]], room: int) -> list[int] | None:
    """None when the table fits in ``room`` cells as it is. Otherwise a width
    for each column: 0 drops a column with nothing in it, and the columns that
    may be cut share what is left, the widest giving way first."""
    from rich.cells import cell_len

    content = [max([0] + [r[i].cell_len for r in rows if i < len(r)]) for i in range(len(columns))]
    full = [max(cell_len(name), w) for name, w in zip(columns, content, strict=True)]
    if sum(full) + 3 * len(columns) - 1 <= room:
        return None
    shown = [i for i, name in enumerate(columns) if content[i] or name in _NEVER_CUT]
    frame = 3 * len(shown) - 3  # a space each side inside, a rule between
    fixed = sum(full[i] for i in shown if columns[i] in _NEVER_CUT)
    cut = [i for i in shown if columns[i] not in _NEVER_CUT]
    left = room - frame - fixed
    want = {i: full[i] for i in cut}
    if sum(want.values()) > left:
        want = {i: max(content[i], min(cell_len(columns[i]), _HEADER_FLOOR)) for i in cut}
    cap = max(want.values(), default=0)
    while cap > 3 and sum(min(w, cap) for w in want.values()) > left:
        cap -= 1
    widths = [0] * len(columns)
    for i in shown:
        widths[i] = full[i] if i not in want else max(min(want[i], cap), 3)
    return widths


def section(title: str, body: Iterable[tuple[str, object]] | None = None) -> None:
    """A heading and label/value lines, for one record's detail."""
    _emit([(neutralise(title), "bold")])
    for label, value in body or ():
        if value in (None, "", []):
            continue
        _emit([(neutralise(f"  {label}: "), "dim"), (_clean(value), "")])


def block(label: str, text: str, *, indent: int = 4) -> None:
    """Multi-line user text, indented under a label."""
    _emit([(neutralise(f"  {label}"), "dim")])
    pad = " " * indent
    for line in neutralise(text).splitlines() or [""]:
        _emit([(pad + line, "")], soft_wrap=True)


def marked(label: str, text: str, start: int, end: int) -> None:
    """``label: text`` with ``text[start:end]`` picked out (a search match)."""
    pieces = [(neutralise(f"    {label}: "), "dim"), (_clean(text[:start]), "")]
    pieces += [(neutralise(text[start:end]), "bold underline"), (_clean(text[end:]), "")]
    _emit(pieces, soft_wrap=True)


def info_line(message: str) -> None:
    """A quiet line of the product's own words on stdout, inside a view."""
    _emit([(neutralise(message), "dim")])


def blank() -> None:
    _emit([])


# -- documents and charts ---------------------------------------------------------


def markdown(document: str) -> None:
    """A Markdown document, rendered for the terminal.

    The document's user text is already escaped (``reject.insights.markdown``);
    Rich's Markdown never reads Rich markup, so nothing in it can style itself.
    """
    from rich.markdown import Markdown

    out().print(Markdown(neutralise(document), hyperlinks=False))


def heading(title: str) -> None:
    _emit([(neutralise(title), "bold")])


def bar_chart(rows: Sequence[tuple[object, int]], *, width: int = 30) -> None:
    """Labelled horizontal bars scaled to the largest value (plain text in a pipe)."""
    rows = list(rows)
    if not rows:
        return
    top = max((n for _, n in rows), default=0) or 1
    label_width = max(len(neutralise(str(label))) for label, _ in rows)
    for label, n in rows:
        size = round(n / top * width)
        bar = "█" * size if n else ""
        if n and not size:
            bar = "▏"
        name = neutralise(str(label)).ljust(label_width)
        _emit([(neutralise(f"  {name}  "), ""), (bar, "cyan"), (f" {n}", "")])


def document(text: str) -> None:
    """A finished document (Markdown, iCalendar) on stdout, as written but with
    any control character from a hand-edited journal made visible. Lines are
    split on CRLF first, because iCalendar needs its CRLF line ends intact."""
    sys.stdout.write("\r\n".join(neutralise(line) for line in text.split("\r\n")))
