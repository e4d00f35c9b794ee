"""How well kept quote/signature strippers recover the feedback field.

    pip install mail-parser-reply email-reply-parser talon   # not dependencies
    python benchmarks/quote_strippers.py

Every stripper gets the same decoded body (reject.capture's MIME layer, the
inner message of a forward) and the same light finishing (greeting line
dropped, blank lines tidied), so only quote and signature removal differ.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from email import message_from_bytes, policy
from pathlib import Path

from reject.capture import message, quotes

ROOT = Path(__file__).resolve().parent.parent / "tests" / "data" / "emails"
sys.path.insert(0, str(ROOT))
from measure import normalise  # noqa: E402


def ours(body: str) -> str:
    return quotes.new_text(body)


def _finish(text: str) -> str:
    lines = quotes._drop_greeting(quotes._lines(text))
    return quotes.tidy(quotes._drop_trailing_boilerplate(lines))


def _with_our_sign_off(text: str) -> str:
    lines = quotes._lines(text)
    cut = quotes.signature_start(lines)
    return _finish("\n".join(lines[:cut] if cut is not None else lines))


def strippers() -> dict[str, Callable[[str], str]]:
    found: dict[str, Callable[[str], str]] = {"reject.capture (ours)": ours}
    try:
        from mailparser_reply import EmailReplyParser as MPR

        parser = MPR(languages=["en", "de", "fr", "es", "nl"])
        found["mail-parser-reply 1.36"] = lambda b: _finish(parser.parse_reply(text=b))
    except ImportError:
        pass
    try:
        from email_reply_parser import EmailReplyParser as ERP

        found["email-reply-parser 0.5.12"] = lambda b: _finish(ERP.parse_reply(b))
    except ImportError:
        pass
    try:
        import talon
        from talon import quotations
        from talon.signature.bruteforce import extract_signature

        talon.init()
        found["talon 1.4.4 (quotes + brute-force signature)"] = lambda b: _finish(
            extract_signature(quotations.extract_from_plain(b))[0]
        )
    except ImportError:
        pass
    return found


def main() -> int:
    cases = []
    for folder in (ROOT, ROOT / "heldout"):
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        for name, want in sorted(expected.items()):
            raw = (folder / f"{name}.eml").read_bytes()
            msg = message_from_bytes(raw, policy=policy.default)
            body = message._find_letter(msg).body  # type: ignore[arg-type]
            cases.append((name, body, want["feedback"]))
    print(f"{len(cases)} messages (corpus + held-out)\n")
    print("| stripper | exact feedback | + our sign-off rule | mean ms |")
    print("|---|---|---|---|")
    for label, strip in strippers().items():
        right = right_signed = 0
        start = time.perf_counter()
        for _name, body, want in cases:
            try:
                got = strip(body)
            except Exception:  # a library failing on a message counts as a miss
                got = ""
            right += normalise("feedback", got) == normalise("feedback", want)
            signed = _with_our_sign_off(got)
            right_signed += normalise("feedback", signed) == normalise("feedback", want)
        ms = (time.perf_counter() - start) * 1000 / len(cases)
        print(f"| {label} | {right}/{len(cases)} | {right_signed}/{len(cases)} | {ms:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
