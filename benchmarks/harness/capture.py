"""Taking rejections in from email (issue 10): `log --email` on a 100 KB
message side by side with a plain `log`, and importing a 1,000-message mbox.

The messages are generated from the test corpus (tests/data/emails), so the
shapes are real ones: tracking systems, replies quoting earlier mail, HTML,
forwards, other languages.
"""

from __future__ import annotations

import mailbox
import shutil
from email.message import EmailMessage
from pathlib import Path

from harness import config
from harness.config import FLOOR_STACK, PY, REJECT, ROOT, WORK
from harness.data import build_reject, write_csv
from harness.environment import base_env, reject_env
from harness.procs import Row, compare
from harness.report import show

CORPUS = ROOT / "tests" / "data" / "emails"
STACK_LABEL = "python -c 'import typer, rich.console, pydantic'"


def big_message(path: Path, size: int = 100 * 1024) -> Path:
    """A personal reply of about ``size`` bytes: new text on top, a long thread
    quoted below it, and an HTML copy of the whole, as Gmail sends them."""
    new = (
        "Dear Priya,\n\nThank you for coming in on Tuesday for the Year 4 Class Teacher post. "
        "I'm sorry to say we have offered it to another candidate.\n\nThe panel enjoyed your "
        "phonics starter; the plenary was where the other candidate was stronger.\n\n"
        "Kind regards,\nHelen Marsh\nHeadteacher, Hillside Primary School\n\n"
    )
    earlier = (
        "> On Mon, 9 Nov 2026 at 18:02, Priya Shah <priya.shah@example.com> wrote:\n"
        "> Thank you for the invitation. I've attached my lesson plan for the observed\n"
        "> lesson and a short note on how I would adapt it for the group you described.\n>\n"
    )
    quoted = earlier * ((size // 2) // len(earlier) + 1)
    plain = new + quoted
    html = "<html><body>" + "".join(
        f"<p>{line}</p>" for line in plain.replace("<", "&lt;").splitlines()
    )
    html = html[: size // 2] + "</body></html>"
    msg = EmailMessage()
    msg["From"] = "Helen Marsh <h.marsh@hillsideprimary.sch.uk>"
    msg["To"] = "Priya Shah <priya.shah@example.com>"
    msg["Subject"] = "Re: Year 4 Class Teacher - thank you"
    msg["Date"] = "Tue, 10 Nov 2026 16:48:02 +0000"
    msg["Message-ID"] = "<bench-big@hillsideprimary.sch.uk>"
    msg.set_content(plain)
    msg.add_alternative(html, subtype="html")
    path.write_bytes(msg.as_bytes())
    return path


def thousand_mbox(path: Path, n: int = 1_000) -> Path:
    """``n`` messages cycling through the corpus, each with its own Message-ID."""
    raws = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))]
    if path.exists():
        path.unlink()
    box = mailbox.mbox(path)
    box.lock()
    try:
        for i in range(n):
            raw = raws[i % len(raws)]
            # A fresh Message-ID first, so every message counts as new.
            box.add(b"Message-ID: <bench-%d@example.org>\n" % i + _without_message_id(raw))
        box.flush()
    finally:
        box.unlock()
        box.close()
    return path


def _without_message_id(raw: bytes) -> bytes:
    head, sep, body = raw.partition(b"\n\n") if b"\r\n\r\n" not in raw else raw.partition(
        b"\r\n\r\n"
    )
    lines = [ln for ln in head.splitlines(keepends=True) if not ln.lower().startswith(
        b"message-id:"
    )]
    return b"".join(lines) + sep + body


def _reset(base: Path, homes: list[Path]):
    """Each run starts from the same 1,000-entry journal, nothing kept, no backups."""

    def reset() -> None:
        for home in homes:
            shutil.rmtree(home, ignore_errors=True)
            shutil.copytree(base, home)

    return reset


def capture(rows: list[Row]) -> None:
    from harness.suite import log_args

    print("capture (issue 10)", flush=True)
    data = WORK / "data"
    data.mkdir(parents=True, exist_ok=True)
    message = big_message(data / "big-100k.eml")
    csv_path = data / "rejections-1000-tagged.csv"
    if not csv_path.exists():
        write_csv(csv_path, 1_000, tagged=True)
    base = WORK / "homes" / "capture-base"
    build_reject(base, csv_path)
    shutil.rmtree(base / "backups", ignore_errors=True)
    email_home, plain_home = WORK / "homes" / "capture-email", WORK / "homes" / "capture-plain"
    res, ys, _ = compare(
        "log --email (100 KB message)",
        [str(REJECT), "log", "--email", str(message)],
        reject_env(email_home),
        "reject log (every flag)",
        [str(REJECT), *log_args()],
        reject_env(plain_home),
        config.RUNS,
        before=_reset(base, [email_home, plain_home]),
    )
    _add(rows, Row("1,000", "log --email (100 KB message)", res, ys, 1.3, "<= 1.3x plain log"))

    box = thousand_mbox(data / "rejections-1000.mbox")
    imp_home = WORK / "homes" / "import-mbox"

    def fresh() -> None:
        shutil.rmtree(imp_home, ignore_errors=True)

    res, ys, _ = compare(
        "reject import (1,000-message mbox)",
        [str(REJECT), "import", str(box)],
        reject_env(imp_home),
        STACK_LABEL,
        [str(PY), "-c", FLOOR_STACK],
        base_env(),
        config.RUNS,
        before=fresh,
    )
    _add(rows, Row("-", "import 1,000-message mbox", res, ys, None, "< 5 s"))
    fresh()


def _add(rows: list[Row], row: Row) -> None:
    rows.append(row)
    show(row)
