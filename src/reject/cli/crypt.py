"""`reject encrypt` and `reject decrypt`: encryption at rest, on and off.

The work is in the store (store/convert.py, sealing.py, keys.py); this only
asks, and says where the key is.
"""

from __future__ import annotations

from typing import Annotated

import typer

from reject.cli.context import store

YES = typer.Option("--yes", "-y", help="Don't ask for confirmation.")


def register(app: typer.Typer) -> None:
    app.command("encrypt", short_help="Encrypt your journal and its backups (age format).")(encrypt)
    app.command("decrypt", short_help="Turn encryption off: plain files again.")(decrypt)


def encrypt(
    yes: Annotated[bool, YES] = False,
    passphrase: Annotated[
        bool,
        typer.Option(
            "--passphrase",
            help="Protect a new key with a passphrase, asked for by every command "
            "(slower: see docs/encryption.md).",
        ),
    ] = False,
) -> None:
    """Encrypt everything in your journal folder, in the age format.

    The key is kept outside the folder: in your system keyring when there is
    one, otherwise in key.txt in reject's config folder ($REJECT_KEY_FILE names
    another file). Keep a copy of it somewhere safe: without it nobody, you
    included, can read the journal.

    Example:  reject encrypt
    """
    from reject import render
    from reject.store.convert import convert
    from reject.store.keys import find_or_create_key
    from reject.store.sealing import Sealer

    st = store()
    if st.sealer.on:
        st.sealer.key()  # stop now, in one line, if the key is missing or wrong
    elif not _confirmed(
        yes,
        "Encrypt your journal, its backups and everything reject keeps beside it?",
        need="Encrypting rewrites every file in your journal folder and needs confirmation: "
        "add --yes.",
    ):
        render.info("Left your journal as it is.")
        return
    st.writable()  # a journal that can't be read or saved stops here, before a key is made
    st.ensure_home()
    secret = _new_passphrase() if passphrase and not _key_exists() else None
    if passphrase and secret is None:
        render.warn(
            "You already have a key, so reject uses it as it is; --passphrase is for a new key."
        )
    made = find_or_create_key(st.home, passphrase=secret)
    was_on = st.sealer.on
    done = convert(st, Sealer(st.home, made.key.recipient, made.key))
    if was_on and done.files == 0:
        render.info(f"Your journal is already encrypted. Its key is in {made.key.place}.")
        return
    render.success(
        f"Your journal is encrypted ({done.files} {_files(done.files)} rewritten). "
        f"Its key is in {made.key.place}."
    )
    if made.created:
        copy = (
            "`keyring get reject age-identity` prints it"
            if made.key.file is None
            else "copy that file"
        )
        render.info(
            "Please keep a copy of the key somewhere safe, away from this computer: a "
            f"password manager, or a USB stick in a drawer ({copy}). Without it nobody, "
            "you included, can read your journal again. reject says this only once."
        )


def decrypt(yes: Annotated[bool, YES] = False) -> None:
    """Turn encryption off: the journal and its backups become plain files again.

    Example:  reject decrypt
    """
    from reject import render
    from reject.store.convert import convert
    from reject.store.sealing import Sealer

    st = store()
    if st.sealer.on:
        st.sealer.key()  # one line, nothing changed, if the key is missing or wrong
        if not _confirmed(
            yes,
            "Turn encryption off and keep your journal as plain files again?",
            need="Decrypting rewrites every file in your journal folder and needs "
            "confirmation: add --yes.",
        ):
            render.info("Your journal stays encrypted.")
            return
    done = convert(st, Sealer(st.home, None))
    if done.files == 0:
        render.info("Your journal is not encrypted; nothing to do.")
        return
    render.success(
        f"Your journal is no longer encrypted ({done.files} {_files(done.files)} rewritten). "
        "The key is no longer needed for it; delete the key only if nothing else uses it."
    )


def _confirmed(yes: bool, question: str, *, need: str) -> bool:
    if yes:
        return True
    from reject.cli.context import interactive
    from reject.errors import UsageError

    if not interactive():
        raise UsageError(need)
    from reject import prompts

    return prompts.confirm(question, default=False)


def _key_exists() -> bool:
    from reject.store.keys import default_key_file, key_file_from_env

    return (key_file_from_env() or default_key_file()).exists()


def _new_passphrase() -> str:
    """Typed twice at a terminal (or $REJECT_PASSPHRASE for scripts)."""
    import os

    from reject.errors import UsageError
    from reject.store.keys import PASSPHRASE_ENV

    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    from reject.cli.context import interactive

    if not interactive():
        raise UsageError(f"--passphrase needs a terminal to ask for it, or ${PASSPHRASE_ENV}.")
    import getpass
    import sys

    first = getpass.getpass("A passphrase for your journal's key: ", stream=sys.stderr)
    if len(first) < 8:
        raise UsageError(
            "Please choose a passphrase of at least 8 characters; nothing was changed."
        )
    if getpass.getpass("The same passphrase again: ", stream=sys.stderr) != first:
        raise UsageError("The two passphrases were not the same; nothing was changed.")
    return first


def _files(count: int) -> str:
    return "file" if count == 1 else "files"
