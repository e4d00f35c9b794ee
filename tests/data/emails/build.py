"""Writes the rejection-email corpus (*.eml) and its expected fields.

Every message here was written for this project. Each body is put together
from its parts (greeting, the new text, sign-off, quoted history), and the
expected feedback is the new-text part as written, so the answer key is set
by the author, never by the parser. Run: python tests/data/emails/build.py
"""

from __future__ import annotations

import json
import sys
from email import policy
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).parent


def build(specs: list[dict], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, dict] = {}
    for spec in specs:
        name = spec["name"]
        raw = spec["raw"] if "raw" in spec else _compose(spec)
        (folder / f"{name}.eml").write_bytes(raw)
        expected[name] = spec["expect"]
    (folder / "expected.json").write_text(
        json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def body_of(spec: dict) -> str:
    parts = [spec.get("greeting"), spec["expect"]["feedback"], spec.get("signoff"),
             spec.get("quoted")]
    return "\n\n".join(p for p in parts if p)


def _compose(spec: dict) -> bytes:
    msg = EmailMessage(policy=policy.SMTP)
    for key, value in spec["headers"]:
        msg[key] = value
    text = spec.get("body") or body_of(spec)
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    if spec.get("html_only"):
        msg.set_content(spec["html"], subtype="html", charset=charset, cte=cte)
    elif spec.get("html"):
        msg.set_content(text, charset=charset, cte=cte)
        msg.add_alternative(spec["html"], subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(text, charset=charset, cte=cte)
    if spec.get("attach_message"):
        inner = spec["attach_message"]
        msg.make_mixed()
        msg.add_attachment(inner, filename="rejection.eml")
    return msg.as_bytes()


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    from corpus_specs import SPECS
    from heldout_specs import HELDOUT

    build(SPECS, HERE)
    build(HELDOUT, HERE / "heldout")
    print(f"wrote {len(SPECS)} + {len(HELDOUT)} messages")
