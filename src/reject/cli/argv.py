"""Root options anywhere on the line: `reject list --home X` as well as
`reject --home X list`.

Click reads a group's options only before the command name. People put them
at the end as often as at the start (git, gh and kubectl accept both), so the
command line is rearranged before Click sees it: a root option found after
the command name moves to the front. The walk knows which options of each
command take a value, so `--text --debug` stays the text it was meant to be,
and nothing after `--` is touched.
"""

from __future__ import annotations

from typing import Any

# The root's parameters that may appear anywhere (by parameter name).
GLOBAL_PARAMS = ("home", "debug", "no_pager")


def hoist(root: Any, args: list[str]) -> tuple[list[str], list[str]]:
    """``args`` with root options moved before the command, and the command path
    (``["backups", "list"]``) as far as it could be read."""
    globals_ = _options(root, only=GLOBAL_PARAMS)
    globals_valued = _options(root, only=GLOBAL_PARAMS, valued=True)
    front: list[str] = []
    rest: list[str] = []
    path: list[str] = []
    command = root
    valued = _options(root, valued=True)
    i = 0
    while i < len(args):
        token = args[i]
        i += 1
        if token == "--":
            rest.append(token)
            rest.extend(args[i:])
            break
        commands = getattr(command, "commands", None)
        if commands and not token.startswith("-") and token in commands:
            command = commands[token]
            path.append(token)
            valued = _options(command, valued=True)
            rest.append(token)
            continue
        if not token.startswith("-") or token == "-":
            rest.append(token)
            continue
        name, has_value, _ = token.partition("=")
        own = name in _options(command)
        target = front if (command is not root and name in globals_ and not own) else rest
        target.append(token)
        takes_value = name in (globals_valued if target is front else valued)
        if takes_value and not has_value and i < len(args):
            target.append(args[i])
            i += 1
    return [*front, *rest], path


def _options(command: Any, *, only: tuple[str, ...] = (), valued: bool = False) -> set[str]:
    names: set[str] = set()
    for param in getattr(command, "params", []):
        if getattr(param, "param_type_name", "") != "option":
            continue
        if only and param.name not in only:
            continue
        if valued and (getattr(param, "is_flag", False) or getattr(param, "count", False)):
            continue
        names.update(param.opts)
        names.update(param.secondary_opts)
    return names
