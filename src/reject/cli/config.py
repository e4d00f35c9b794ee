"""`reject config`: the few settings about you (your name for sign-offs)."""

from __future__ import annotations

from typing import Annotated

import typer

from reject.cli import options as opt

app = typer.Typer(
    help=(
        "Settings about you, kept in your config folder (or the file in $REJECT_CONFIG).\n\n"
        'Example:  reject config set name "Sam Taylor"'
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
)

Key = Annotated[str, typer.Argument(metavar="KEY", help="name or email.")]


@app.command("set")
def set_(
    key: Key,
    value: Annotated[str, typer.Argument(metavar="VALUE", help="The value, in quotes if spaced.")],
) -> None:
    """Save a setting.

    Example:  reject config set name "Sam Taylor"
    """
    from reject import render
    from reject.profile import set_value

    name, _ = set_value(key, value)
    render.success(f"Saved your {name}.")


@app.command("get")
def get(key: Key) -> None:
    """Print one setting (exit status 1 when it isn't set).

    Example:  reject config get name
    """
    from reject import render
    from reject.errors import RejectError
    from reject.profile import get_value, known

    value = get_value(key)
    if value is None:
        name = known(key).name
        raise RejectError(f"{name} isn't set. `reject config set {name} VALUE` sets it.")
    render.plain(value)


@app.command("unset")
def unset(key: Key) -> None:
    """Remove a setting.

    Example:  reject config unset email
    """
    from reject import render
    from reject.profile import known, unset_value

    name = known(key).name
    if unset_value(name):
        render.success(f"Removed your {name}.")
    else:
        render.info(f"{name} wasn't set. Nothing changed.")


@app.command("list")
def list_(as_json: opt.Json = False) -> None:
    """Show every setting, and where they are kept.

    Example:  reject config list
    """
    from reject import render
    from reject.profile import KEYS, config_path, read_profile

    values = {k: v for k, v in read_profile().items() if k in KEYS}
    if as_json:
        render.json_dump(values)
        return
    for key in KEYS:
        if key in values:
            render.plain(f"{key} = {values[key]}")
    if not values:
        render.info('Nothing set yet. `reject config set name "Your Name"` signs your requests.')
    render.info(f"Kept in {config_path()}.")
