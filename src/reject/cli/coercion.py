"""Typer's value coercion, without building a pydantic TypeAdapter when none is needed.

Typer 0.29 turns every parameter's value into its Python type through a
pydantic ``TypeAdapter``, built on first use for *every* parameter of the
command that runs, even one left at its default of None. Building them costs
the import of pydantic (~50 ms here) plus ~2-3 ms an adapter, before a single
line of reject runs (issue 13). Most values need no pydantic at all: an
option left out is None, a text option is the text typed, ``--limit 20`` is
the number 20, ``--stage interview`` is one of Typer's own choices, and
``--home DIR`` is a ``Path`` Typer's own path checks accept.

``install()`` swaps Typer's ``build_runtime_param`` for one that answers
those cases directly and builds Typer's real coercion (adapter and all) the
first time a value is anything else, so every error message, clamp, path
check and custom parser stays Typer's own. Nothing here parses the command
line: Click still does that. tests/test_coercion.py checks, for every
parameter of every command and a spread of awkward values, that the answer
is the one Typer's adapter gives.
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path, PurePath
from typing import Any, get_args, get_origin

# Whole numbers as people type them; anything else ("+5", " 5", "1_000",
# "٣", 20 digits) goes to pydantic, which knows its own rules for them.
_PLAIN_INT = re.compile(r"-?[0-9]{1,18}")


class _Declined(Exception):
    """The value is not one of the plain cases: let Typer coerce it."""


def _item(annotation: Any, info: Any, value: Any, param: Any, ctx: Any) -> Any:
    if annotation is str and isinstance(value, str):
        return value
    if annotation is int and isinstance(value, str) and _PLAIN_INT.fullmatch(value):
        number = int(value)
        if info.min is not None and number < info.min:
            raise _Declined
        if info.max is not None and number > info.max:
            raise _Declined
        return number
    if isinstance(annotation, type) and issubclass(annotation, Enum) and isinstance(value, str):
        from typer._param_types import coerce_cli_choice

        try:
            return coerce_cli_choice(
                value, choices=list(annotation), case_sensitive=info.case_sensitive
            )
        except ValueError:
            raise _Declined from None
    if isinstance(annotation, type) and issubclass(annotation, PurePath) and isinstance(value, str):
        from typer._param_types import coerce_cli_path

        # Typer's own path checks (exists, file_okay, resolve_path, ...); given
        # a Path rather than text, it has no need of pydantic to make one.
        path_type = info.path_type or annotation
        if path_type is not Path or not value:
            raise _Declined
        try:
            return coerce_cli_path(Path(value), info, path_type=path_type, param=param, ctx=ctx)
        except Exception:  # noqa: BLE001 - Typer says why, in its own words
            raise _Declined from None
    raise _Declined


class LeanRuntimeParam:
    """Typer's ``RuntimeParam`` contract (``coerce``), answering plain values
    itself and handing the rest to the real one, built once when first needed."""

    def __init__(self, descriptor: Any, build: Any) -> None:
        self._descriptor = descriptor
        self._build = build
        self._real: Any = None
        annotation = descriptor.annotation
        info = descriptor.parameter_info
        plain = (
            descriptor.file_annotation is None
            and info.parser is None
            and not getattr(info, "clamp", False)
            and getattr(info, "click_type", None) is None
        )
        self._list_of: Any = None
        self._leaf: Any = None
        if plain and get_origin(annotation) is list and len(get_args(annotation)) == 1:
            self._list_of = get_args(annotation)[0]
        elif plain and get_origin(annotation) is None:
            self._leaf = annotation

    def real(self) -> Any:
        if self._real is None:
            self._real = self._build(self._descriptor)
        return self._real

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        multiple = param.multiple or param.nargs == -1
        if value is None:
            return () if multiple else None  # as Typer's RuntimeParam.coerce
        info = self._descriptor.parameter_info
        try:
            if self._leaf is not None and not multiple:
                return _item(self._leaf, info, value, param, ctx)
            if self._list_of is not None and multiple and isinstance(value, (list, tuple)):
                return [_item(self._list_of, info, v, param, ctx) for v in value]
        except _Declined:
            pass
        return self.real().coerce(value, param=param, ctx=ctx)

    def __getattr__(self, name: str) -> Any:
        # Anything else Typer asks of a runtime parameter, the real one answers.
        return getattr(self.real(), name)


_installed = False


def install() -> None:
    """Route Typer's parameters through ``LeanRuntimeParam``. A later Typer
    that has moved these names is left as it is: slower, never wrong."""
    global _installed
    if _installed:
        return
    _installed = True
    try:
        import typer.core as core
    except ImportError:  # pragma: no cover - typer is a dependency
        return
    build = getattr(core, "build_runtime_param", None)
    param_class = getattr(core, "_TyperParameter", None)
    if build is None or param_class is None or not hasattr(param_class, "get_runtime_param"):
        return

    def lean(descriptor: Any) -> Any:
        return LeanRuntimeParam(descriptor, build)

    core.build_runtime_param = lean  # type: ignore[attr-defined]
