"""The journal's key: an age X25519 identity, kept outside the journal folder.

Where it is looked for, in this order:

1. ``$REJECT_KEY_FILE``, when set: that file and nothing else (scripts,
   tests, a key kept on a USB stick). It wins over the keyring.
2. ``key.txt`` in reject's config folder (beside ``config.toml``), when it
   is there: the place a key is put by hand on a new machine.
3. The operating system's keyring (service ``reject``, entry
   ``age-identity``), when a real one is available. Importing the keyring
   library costs ~100 ms, so it is only asked when no key file is found.

A key file is in the format ``age-keygen`` writes, so ``age -d -i key.txt``
reads the journal with it. In passphrase mode the key file is itself an age
message encrypted with a passphrase (scrypt), which ``age -d -i`` also
accepts, asking for the passphrase.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from reject.errors import UsageError
from reject.store.disk import atomic_write, private_folder
from reject.store.sealing import KeyProblem, is_sealed

if TYPE_CHECKING:
    from pyrage.x25519 import Identity

KEY_FILE_ENV = "REJECT_KEY_FILE"
PASSPHRASE_ENV = "REJECT_PASSPHRASE"
KEY_NAME = "key.txt"
KEYRING_SERVICE = "reject"
KEYRING_ENTRY = "age-identity"
_SECRET_PREFIX = "AGE-SECRET-KEY-1"


@dataclass(frozen=True)
class Key:
    identity: Identity
    recipient: str  # the public half, age1...
    place: str  # where it is, in words: a path or "your system keyring (...)"
    file: Path | None  # the key file, None when it is in the keyring


def key_file_from_env() -> Path | None:
    raw = os.environ.get(KEY_FILE_ENV)
    return Path(raw).expanduser() if raw else None


def default_key_file() -> Path:
    """``key.txt`` beside the settings file (``$REJECT_CONFIG`` moves both)."""
    config = os.environ.get("REJECT_CONFIG")
    if config:
        return Path(config).expanduser().parent / KEY_NAME
    import platformdirs

    return platformdirs.user_config_path("reject", appauthor=False) / KEY_NAME


KEYRING_PLACE = f"your system keyring ({KEYRING_SERVICE} / {KEYRING_ENTRY})"


# -- finding the key ----------------------------------------------------------


def find_key(home: Path) -> Key:
    """The key, or a one-line ``KeyProblem`` saying everywhere it looked."""
    env = key_file_from_env()
    if env is not None:
        if not env.exists():
            raise KeyProblem(
                f"Your journal is encrypted and there is no key at {env} "
                f"(${KEY_FILE_ENV}). Nothing was changed."
            )
        return _read_key_file(env)
    default = default_key_file()
    if default.exists():
        return _read_key_file(default)
    secret = _keyring_get()
    if secret is not None:
        return _key(secret, KEYRING_PLACE, None)
    looked = f"{default}, or {KEYRING_PLACE}" if keyring_available() else f"{default}"
    raise KeyProblem(
        f"Your journal is encrypted and its key isn't here: reject looked in {looked}. "
        f"Put your copy of the key there (or name it with ${KEY_FILE_ENV}); nothing was changed."
    )


def _read_key_file(path: Path) -> Key:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise KeyProblem(
            f"Can't read the key file {path}: {exc.strerror or exc}. Nothing was changed."
        ) from None
    if is_sealed(raw):
        raw = _open_with_passphrase(raw, path)
    secret = next(
        (
            line.strip()
            for line in raw.decode("utf-8", "replace").splitlines()
            if line.strip().startswith(_SECRET_PREFIX)
        ),
        None,
    )
    if secret is None:
        raise KeyProblem(
            f"{path} is not an age key file (no line starting {_SECRET_PREFIX}). "
            "Nothing was changed."
        )
    return _key(secret, str(path), path)


def _key(secret: str, place: str, file: Path | None) -> Key:
    from pyrage import IdentityError, x25519

    try:
        identity = x25519.Identity.from_str(secret)
    except IdentityError:
        raise KeyProblem(f"The key in {place} is damaged. Nothing was changed.") from None
    return Key(identity, str(identity.to_public()), place, file)


# -- passphrase mode ------------------------------------------------------------


def _open_with_passphrase(raw: bytes, path: Path) -> bytes:
    from pyrage import DecryptError, passphrase

    secret = read_passphrase(f"Passphrase for your journal's key ({path}): ", path=path)
    try:
        return bytes(passphrase.decrypt(raw, secret))
    except DecryptError:
        raise KeyProblem(
            f"That passphrase doesn't open the key in {path}. Nothing was changed."
        ) from None


def read_passphrase(prompt: str, *, path: Path) -> str:
    """From ``$REJECT_PASSPHRASE`` (scripts), else typed at a terminal, unseen."""
    secret = os.environ.get(PASSPHRASE_ENV)
    if secret:
        return secret
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise KeyProblem(
            f"The key in {path} is protected by a passphrase and there is no terminal to "
            f"ask for it (or ${PASSPHRASE_ENV}). Nothing was changed."
        )
    import getpass

    try:
        return getpass.getpass(prompt, stream=sys.stderr)
    except EOFError:
        raise KeyProblem("No passphrase was given. Nothing was changed.") from None


# -- making a key ---------------------------------------------------------------


@dataclass(frozen=True)
class NewKey:
    key: Key
    created: bool  # False: an existing key was found and is reused


def find_or_create_key(home: Path, *, passphrase: str | None = None) -> NewKey:
    """The key to encrypt with: an existing one if there is one, else a new
    one saved (and read back) before anything in the journal changes."""
    env = key_file_from_env()
    target = env or default_key_file()
    _refuse_inside(target, home)
    if target.exists():
        return NewKey(_read_key_file(target), False)
    if env is None and passphrase is None:
        secret = _keyring_get()
        if secret is not None:
            return NewKey(_key(secret, KEYRING_PLACE, None), False)
    from pyrage import x25519

    identity = x25519.Identity.generate()
    public = str(identity.to_public())
    if env is None and passphrase is None and _keyring_set(str(identity)):
        saved = _keyring_get()
        if saved == str(identity):  # read back: a keyring that drops it is no place
            return NewKey(_key(saved, KEYRING_PLACE, None), True)
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = f"# created: {stamp}\n# public key: {public}\n{identity}\n".encode()
    if passphrase is not None:
        from pyrage import passphrase as scrypt

        text = bytes(scrypt.encrypt(text, passphrase))
    private_folder(target.parent)
    if target.exists():  # made by another process meanwhile: never overwrite a key
        return NewKey(_read_key_file(target), False)
    atomic_write(target, text)
    return NewKey(_read_key_file(target), True)


def _refuse_inside(path: Path, home: Path) -> None:
    real, folder = Path(os.path.realpath(path)), Path(os.path.realpath(home))
    if real == folder or folder in real.parents:
        raise UsageError(
            f"The key file {path} would be inside your journal folder, where anyone who "
            "gets the journal gets the key too. Keep it somewhere else (see "
            f"${KEY_FILE_ENV}); nothing was changed."
        )


# -- the keyring ------------------------------------------------------------------


def keyring_available() -> bool:
    return _backend() is not None


def _backend() -> object | None:
    """A real keyring backend, or None (headless machines have only the
    'fail' one; a locked or broken one can raise anything)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or float(backend.priority) <= 0:
            return None
        return backend
    except Exception:  # noqa: BLE001 - any failure means "no keyring here"
        return None


def _keyring_get() -> str | None:
    backend = _backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(KEYRING_SERVICE, KEYRING_ENTRY)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a locked or broken keyring
        return None
    return value if isinstance(value, str) and value.startswith(_SECRET_PREFIX) else None


def _keyring_set(secret: str) -> bool:
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(KEYRING_SERVICE, KEYRING_ENTRY, secret)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - refused or locked: fall back to a key file
        return False
    return True
