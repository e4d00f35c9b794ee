"""How `--help` names the values a command takes, for every command at once.

Typer's plain help spells values the way a type checker would: `{ID}`,
`[[ID]]`, `<list[str]>`, `<int range>`, `[1<=x<=6]`. A person reads `ID`,
`[ID]`, `TEXT` and `1-6` more easily. Rather than giving each of the forty-odd
declarations its own metavar (and forgetting the forty-first), the root group
rewrites the whole command tree once, when Typer builds it: `reject.cli.commands`
passes `cls=HumanGroup`, and nothing else in the CLI needs to know.

A metavar a declaration sets on purpose is kept (brackets aside, which the
usage line adds itself); only the defaults are replaced.
"""

from __future__ import annotations

import enum
from typing import Any

from typer import _click  # Typer's own copy of Click, the one its classes build on
from typer.core import TyperArgument, TyperGroup, TyperOption

# A str option whose name says it takes a date gets DATE rather than TEXT.
_DATE_NAMES = ("date", "since", "until", "applied", "received", "due", "when")
_FOLDER_NAMES = ("home", "dir", "folder")


class HumanArgument(TyperArgument):
    """An argument shown as `ID` (required) or `[ID]` (optional), with no type."""

    def display_type(self, ctx: _click.Context) -> str:
        return ""

    def display_type_rich(self, ctx: _click.Context) -> str | None:
        return None

    def _rich_display_name(self) -> str:
        return self._human_name() + ("..." if self.nargs != 1 else "")

    def _usage_display_name(self) -> str:
        name = self._human_name() if self.required else f"[{self._human_name()}]"
        return name + ("..." if self.nargs != 1 else "")

    def get_help_record(self, ctx: _click.Context) -> tuple[str, str] | None:
        record = super().get_help_record(ctx)
        if record is None:
            return None
        name, text = record
        # The usage line already shows that it is required: no brackets there.
        return name, text.replace("  [required]", "").replace("[required]", "")

    def _human_name(self) -> str:
        raw = self.metavar or self.name or "VALUE"
        # "ID..." as a metavar: the "..." for several values is added once, above.
        return raw.strip("[]{}<>").removesuffix("...").upper()


class HumanOption(TyperOption):
    """An option whose value reads `TEXT`, `N`, `DATE`, `FILE`, `STAGE` or `1-6`."""

    def display_type_rich(self, ctx: _click.Context) -> str | None:
        if self.metavar is not None:
            return self.metavar.strip("[]{}<>")
        return _value_label(self)

    def _get_number_range_help_str(self) -> str | None:
        # 1-6 already sits in the metavar; a lone bound ("at least 1") is obvious
        # from the help ("Show at most N") and the error a 0 gets.
        return None


def _value_label(option: TyperOption) -> str:
    desc = option.type_descriptor
    name = (option.name or "value").lower()
    if desc.is_choice:
        return _option_word(option)
    # The bounds first: on Python 3.10, `is_ranged` of a list option raises
    # (there `isinstance(list[str], type)` is true, and Typer then calls
    # issubclass on it), which made `reject log --help` fail.
    if option.min is not None and option.max is not None and desc.is_ranged:
        return f"{option.min}-{option.max}"
    if desc.is_path:
        return "DIR" if any(word in name for word in _FOLDER_NAMES) else "FILE"
    if desc.is_datetime:
        return "DATE"
    base = desc.annotation
    if desc.is_list:
        args = getattr(base, "__args__", ())
        base = args[0] if args else str
    if base is int:
        return "N"
    if base is float:
        return "NUMBER"
    if any(word in name for word in _DATE_NAMES):
        return "DATE"
    return "TEXT"


def _option_word(option: TyperOption) -> str:
    """STAGE for --stage, FORMAT for -F/--format: the long flag, in capitals."""
    longs = [opt for opt in option.opts if opt.startswith("--")]
    word = longs[0][2:] if longs else (option.name or "value")
    return word.replace("-", "_").upper()


def _choices_sentence(option: TyperOption) -> str | None:
    """'One of: a, b, c.' unless the help already names every choice."""
    choices = option.type_descriptor.choices or ()
    names = [c.value if isinstance(c, enum.Enum) else str(c) for c in choices]
    help_text = option.help or ""
    if not names or all(n in help_text for n in names):
        return None
    return "One of: " + ", ".join(str(n) for n in names) + "."


def humanize(command: _click.Command) -> None:
    """Give every parameter under `command` the human help classes, in place."""
    for param in command.params:
        if type(param) is TyperArgument:
            param.__class__ = HumanArgument
        elif type(param) is TyperOption and not (param.is_flag or param.count):
            param.__class__ = HumanOption
            if param.type_descriptor.is_choice:
                sentence = _choices_sentence(param)
                if sentence:
                    param.help = f"{(param.help or '').rstrip()} {sentence}".strip()
    for sub in getattr(command, "commands", {}).values():
        humanize(sub)


class HumanGroup(TyperGroup):
    """The root group: builds like Typer's, then humanizes the whole tree."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        humanize(self)
