"""The person's profile: a few settings about them, not about the journal.

Kept as TOML in the platform's config folder (``$REJECT_CONFIG`` names the
file instead, which is how the tests keep away from a real profile). Only
known keys are accepted, so a typo is caught rather than saved. The journal
folder can move between machines or be a test copy; who the person is
stays put.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from reject.errors import RejectError, UsageError
from reject.text import LINE_MAX, check_text

CONFIG_ENV = "REJECT_CONFIG"
CONFIG_NAME = "config.toml"


@dataclass(frozen=True)
class Key:
    name: str
    help: str


KEYS = {
    k.name: k
    for k in (
        Key("name", "Your name, used to sign the feedback requests `reject ask` drafts."),
        Key("email", "Your email address, added under your name in those requests."),
    )
}


def config_path() -> Path:
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_config_path("reject", appauthor=False) / CONFIG_NAME


def known(key: str) -> Key:
    found = KEYS.get(key.strip().lower())
    if found is None:
        raise UsageError(
            f"{key!r} is not a setting reject knows. The settings are: {', '.join(KEYS)}."
        )
    return found


def read_profile(path: Path | None = None, *, checked: bool = True) -> dict[str, str]:
    """Every string setting in the file (unknown ones too, so a save keeps them).

    The file can be edited by hand, so known values are held to the rules for
    typed text before anything uses them (an escape code in a name would
    otherwise reach a draft). ``checked=False`` is for rewriting the file, so
    `config set` can still mend a bad value."""
    path = path or config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise RejectError(f"Can't read {path}: {exc.strerror or exc}.") from None
    from reject.tomlfile import loads

    doc = loads(raw, path)
    odd = [k for k, v in doc.items() if not isinstance(v, str)]
    if odd:
        raise UsageError(f'{path}: {odd[0]!r} should be text in quotes, like name = "Sam Taylor".')
    values = {k: v for k, v in doc.items() if isinstance(v, str)}
    if checked:
        for key in KEYS.keys() & values.keys():
            try:
                values[key] = check_text(values[key], multiline=False, limit=LINE_MAX)
            except ValueError as exc:
                raise UsageError(
                    f"{path}: {key} {exc}. Set it again with `reject config set {key} ...`, "
                    "or edit the file."
                ) from None
    return values


def get_value(key: str) -> str | None:
    return read_profile().get(known(key).name) or None


def set_value(key: str, value: str) -> tuple[str, str]:
    """Save ``key = value``; returns the key's name and the cleaned value."""
    name = known(key).name
    try:
        cleaned = check_text(value, multiline=False, limit=LINE_MAX)
    except ValueError as exc:
        raise UsageError(f"{name}: {exc}") from None
    if not cleaned:
        raise UsageError(f"{name} can't be empty; `reject config unset {name}` removes it.")
    if name == "email" and ("@" not in cleaned or " " in cleaned):
        raise UsageError("email: that does not look like an email address.")
    values = read_profile(checked=False)
    values[name] = cleaned
    _write(values)
    return name, cleaned


def unset_value(key: str) -> bool:
    """Remove ``key``; False when it was not set."""
    name = known(key).name
    values = read_profile(checked=False)
    if name not in values:
        return False
    del values[name]
    _write(values)
    return True


def profile_name() -> str | None:
    """The person's name for a sign-off, or None when it is not set."""
    return read_profile().get("name") or None


def profile_email() -> str | None:
    return read_profile().get("email") or None


def _write(values: dict[str, str]) -> None:
    from reject.store import atomic_write, private_folder
    from reject.tomlfile import dumps_strings

    path = config_path()
    private_folder(path.parent)
    header = "# reject's settings about you. `reject config list` shows them.\n"
    atomic_write(path, (header + dumps_strings(values)).encode("utf-8"))
