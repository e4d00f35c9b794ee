"""Options shared by several commands, declared once."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from reject.record_fields import RecordField, flagged

F = TypeVar("F", bound=Callable[..., Any])


def record_flags(command: str) -> Callable[[F], F]:
    """Give ``command`` ("log" or "edit") a flag for every record field that has one.

    The flags, their help and their order come from ``record_fields.FIELDS``,
    so a new field needs no change here or in the command. The function
    takes them as ``**flags`` (read them with ``record_fields.from_flags``);
    Typer sees them through the signature set here.
    """

    def add(func: F) -> F:
        own = inspect.signature(func, eval_str=True)
        params = [p for p in own.parameters.values() if p.kind is not p.VAR_KEYWORD]
        for spec in flagged(command):
            params.append(
                inspect.Parameter(
                    spec.param,
                    inspect.Parameter.KEYWORD_ONLY,
                    default=None,
                    annotation=_option(spec),
                )
            )
        func.__signature__ = own.replace(parameters=params)  # type: ignore[attr-defined]
        func.__annotations__ = {p.name: p.annotation for p in params}
        return func

    return add


def _option(spec: RecordField) -> Any:
    kind: Any = list[str] if spec.codec.multiple else spec.codec.choices or str
    # case_sensitive matters only to choices: "--stage Final" is "final".
    return Annotated[kind | None, typer.Option(*spec.flags, help=spec.help, case_sensitive=False)]


Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
Yes = Annotated[bool, typer.Option("--yes", "-y", help="Don't ask for confirmation.")]
OutFile = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
]
