"""One email in, the facts of a rejection out.

``parse_message`` reads an RFC 5322 message of any common MIME shape with the
standard library, finds the rejection inside it (the message itself, a
forwarded attachment, or a forward pasted inline), and proposes company,
role, date, contact, feedback and kind. Each proposal notes where it came
from, so a person can see why a field was filled and a test can tell a lucky
guess from a rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from email import message_from_bytes, policy
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime

from reject.capture import facts, guesses, quotes, roles, senders
from reject.capture.forward import loose_date, split_inline_forward, strip_fw
from reject.capture.htmltext import html_to_text
from reject.capture.kind import guess_kind
from reject.errors import UsageError
from reject.text import BIDI_CONTROLS

MAX_BYTES = 25 * 1024 * 1024
FACTS_CHARS = 8000
_HEADER_LINE = re.compile(rb"^(?:From |[!-9;-~]{1,76}:)")
_KNOWN_HEADERS = ("from", "date", "subject", "message-id", "to", "received", "return-path")


@dataclass(frozen=True)
class EmailFacts:
    """What one message says about a rejection. Any field may be None; a
    ``sources`` entry says where each filled field was read from."""

    company: str | None
    role: str | None
    date: date | None
    contact_name: str | None
    contact_email: str | None
    feedback: str | None
    kind: str | None
    subject: str | None
    message_id: str | None
    sources: tuple[tuple[str, str], ...] = field(default=())

    def source(self, name: str) -> str | None:
        return dict(self.sources).get(name)


def check_raw(raw: bytes) -> None:
    """Refuse what is not an email, with one line that quotes none of it."""
    if len(raw) > MAX_BYTES:
        raise UsageError(
            f"That email is {len(raw) / 1024 / 1024:.1f} MB; the most I read is "
            f"{MAX_BYTES // 1024 // 1024} MB."
        )
    head = raw.lstrip()[:65536]
    if not head:
        raise UsageError("That email is empty.")
    if b"\x00" in head:
        raise UsageError("That file is binary, not an email.")
    if not _HEADER_LINE.match(head):
        raise UsageError("That doesn't look like an email: it doesn't start with headers.")


_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS)) + "]"
)


def _clean(text: str) -> str:
    """No control or direction-override characters: the journal refuses them."""
    return _UNSAFE.sub("", text)


def _decode(part: Message) -> str:
    try:
        content = None if not isinstance(part, EmailMessage) else part.get_content()
    except (LookupError, ValueError, UnicodeError, AssertionError, KeyError, AttributeError):
        content = None
    if not isinstance(content, str):
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        charset = part.get_content_charset() or "utf-8"
        try:
            content = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            try:
                content = data.decode("utf-8")
            except UnicodeDecodeError:
                content = data.decode("cp1252", errors="replace")
    if re.search("[\x80-\x9f]", content):
        # Labelled Latin-1 but written by Windows: the curly quotes live here.
        content = content.encode("latin-1", errors="ignore").decode("cp1252", errors="replace")
    return content


def _inner_message(msg: Message) -> Message | None:
    """A rejection forwarded as an attachment (message/rfc822)."""
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            payload = part.get_payload()
            if isinstance(payload, list) and payload:
                inner = payload[0]
                if isinstance(inner, Message):
                    return inner
    return None


def _body_text(msg: Message) -> tuple[str, bool]:
    """The readable body and whether it came from HTML."""
    plain = html = None
    stack: list[Message] = [msg]
    while stack:
        part = stack.pop(0)
        ctype = part.get_content_type()
        if part.is_multipart():
            payload = part.get_payload()
            stack[:0] = [p for p in payload if isinstance(p, Message)] if isinstance(
                payload, list
            ) else []
            continue
        if ctype == "message/rfc822" or part.get_content_disposition() == "attachment":
            continue
        if ctype == "text/plain" and plain is None:
            plain = _decode(part)
        elif ctype == "text/html" and html is None:
            html = _decode(part)
    if plain is not None and plain.strip() and not (html and _placeholder(plain)):
        return plain, False
    if html is not None:
        return html_to_text(html), True
    return plain or "", False


def _placeholder(plain: str) -> bool:
    return len(plain.strip()) < 200 and bool(
        re.search(r"html|view (?:this|it) in (?:a|your) browser", plain, re.IGNORECASE)
    )


def _raw_header(msg: Message, name: str) -> str:
    """A header as it is on the wire. The policy's structured headers cost a
    millisecond each; raw values plus decode_header are a fraction of that."""
    for key, value in msg.raw_items():
        if key.lower() == name:
            text = str(value)
            if any("\udc80" <= ch <= "\udcff" for ch in text):
                # Raw 8-bit bytes in a header: usually UTF-8, else Windows-1252.
                data = text.encode("ascii", "surrogateescape")
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError:
                    text = data.decode("cp1252", errors="replace")
            return " ".join(text.split())
    return ""


def _decode_words(value: str) -> str:
    """RFC 2047 encoded words ("=?utf-8?q?Zo=C3=AB?=") to text."""
    if "=?" not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except (LookupError, ValueError, UnicodeError, HeaderParseError):
        return value


def _header(msg: Message, name: str) -> str:
    return _clean(_decode_words(_raw_header(msg, name)))


def _address(value: str, *, encoded: bool = False) -> Address | None:
    pairs = [p for p in getaddresses([value]) if "@" in p[1]]
    if not pairs:
        return None
    name, addr = pairs[0]
    if encoded:
        name = _decode_words(name)
    user, _, domain = addr.rpartition("@")
    try:
        return Address(display_name=_clean(name).strip(), username=user, domain=domain)
    except (ValueError, IndexError, TypeError):
        return None


def _header_address(msg: Message, name: str) -> Address | None:
    # Split the addresses before decoding, so an encoded name with a comma
    # in it ("=?utf-8?q?M=C3=BCller=2C_Anna?=") stays one person.
    return _address(_raw_header(msg, name), encoded=True)


def _header_date(value: str) -> date | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return loose_date(value)


@dataclass
class _Letter:
    """The rejection itself, wherever in the message it was found."""

    subject: str
    sender: Address | None
    reply_to: Address | None
    day: date | None
    body: str
    via: str


def _find_letter(msg: Message) -> _Letter:
    inner = _inner_message(msg)
    if inner is not None and _header(inner, "from"):
        outer_date = _header_date(_header(msg, "date"))
        letter = _letter_of(inner, "attached message")
        letter.day = letter.day or outer_date
        return letter
    return _letter_of(msg, "message")


def _letter_of(msg: Message, via: str) -> _Letter:
    body, _ = _body_text(msg)
    letter = _Letter(
        subject=_header(msg, "subject"),
        sender=_header_address(msg, "from"),
        reply_to=_header_address(msg, "reply-to"),
        day=_header_date(_header(msg, "date")),
        body=body,
        via=via,
    )
    for _ in range(3):  # a forward of a forward, at most a few deep
        fwd = split_inline_forward(letter.body, letter.subject)
        if fwd is None:
            break
        headers = {k: _clean(" ".join(v.split())) for k, v in fwd.headers.items()}
        letter = _Letter(
            subject=headers.get("subject") or strip_fw(letter.subject),
            sender=_address(headers.get("from", "")),
            reply_to=_address(headers.get("reply-to", "")),
            day=loose_date(headers.get("date", "")) or letter.day,
            body=fwd.body,
            via="forwarded text",
        )
    return letter


def _split_body(body: str) -> tuple[list[str], list[str], bool]:
    """(main lines, signature lines, whether earlier mail was quoted)."""
    lines = quotes._lines(body)
    cut = quotes.quote_start(lines)
    quoted = cut is not None or any(ln.startswith(">") for ln in lines)
    if cut is not None:
        lines = lines[:cut]
    lines = [ln for ln in lines if not ln.lstrip().startswith(">")]
    sig = quotes.signature_start(lines)
    if sig is None:
        return lines, [], quoted
    return lines[:sig], lines[sig:], quoted


def _sign_off_name(signature: list[str], sender: Address | None) -> str | None:
    """The name under (or on) the sign-off line: 'Best, Jane' or 'Kind regards,\\nJane Doe'."""
    rest = [ln.strip() for ln in signature if ln.strip()]
    if not rest:
        return None
    inline = re.search(r"[,.!]\s*([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)*)\s*$", rest[0])
    if inline and senders.looks_like_person(inline.group(1), sender):
        return inline.group(1)
    for line in rest[1:3]:
        name = re.split(r"\s[|·•–—-]\s|,", line)[0].strip()
        if senders.looks_like_person(name) or (sender and senders.looks_like_person(name, sender)):
            return name
    return None


def _contact(
    letter: _Letter, signature: list[str]
) -> tuple[str | None, str | None, str]:
    sender, reply = letter.sender, letter.reply_to
    person = None
    if sender is not None and not senders.is_system_address(sender):
        person = sender
    elif reply is not None and not senders.is_system_address(reply):
        person = reply
    if person is None:
        # A person writing through a robot box: the name is a contact, the box is not.
        signed = senders.signed_by_person(sender.display_name if sender else "",
                                          "\n".join(signature))
        return signed, None, "no person wrote"
    display = person.display_name or ""
    first = re.split(r"\s[|·•–—-]\s|\s+(?:from|at|via)\s+", display)[0].strip()
    name: str | None = None
    sender_first = ""
    if sender is not None and person is not sender:
        # "Sofia Alvarez at Quillfeather <no-reply@...>" with a bare Reply-To.
        sender_first = re.split(r"\s[|·•–—-]\s|\s+(?:from|at|via)\s+", sender.display_name)[0]
    if first and senders.looks_like_person(first, person):
        name = senders.normal_person_name(first)
    elif not first and sender_first and senders.looks_like_person(sender_first):
        name = senders.normal_person_name(sender_first)
    else:
        name = _sign_off_name(signature, person)
    source = "reply-to" if person is reply and person is not sender else "from"
    return name, person.addr_spec.lower(), source


def _recipient_names(msg: Message) -> tuple[str, ...]:
    """First names of the people a message went to, for a bare "Ben" greeting."""
    names: list[str] = []
    for name, _addr in getaddresses([_header(msg, "to")]):
        words = name.replace('"', "").split()
        if words:
            names.append(words[0].casefold())
    return tuple(names)


def parse_message(raw: bytes) -> EmailFacts:
    """The facts of a rejection in ``raw`` (an RFC 5322 message).

    Raises ``UsageError`` for input that is not an email at all.
    """
    check_raw(raw)
    try:
        # compat32: headers stay plain strings until asked for. The default
        # policy parses each structured header on every look (a millisecond
        # or so each), which made a 1,000-message import take seconds.
        msg = message_from_bytes(raw, policy=policy.compat32)
    except (ValueError, IndexError, TypeError, LookupError) as err:
        raise UsageError("That email couldn't be read: its structure is broken.") from err
    if not any(_header(msg, h) for h in _KNOWN_HEADERS):
        raise UsageError("That doesn't look like an email: it has no From, Date or Subject.")
    letter = _find_letter(msg)
    main, signature, quoted = _split_body(letter.body)
    # Names and titles sit near the top of a letter; reading only its head
    # keeps a 20 MB message as quick as a short one.
    body = "\n".join(main)[:FACTS_CHARS]
    sig_text = "\n".join(signature)[:2000]
    sources: dict[str, str] = {}

    display = letter.sender.display_name if letter.sender else ""
    company = guesses.best(
        facts.company_guesses(
            letter.subject, body + "\n" + sig_text, sig_text, letter.sender, display
        )
    )
    role = guesses.best(roles.role_guesses(letter.subject, body), fullest=True)
    name, email, contact_source = _contact(letter, signature)
    if name and company and guesses.compact(name) == guesses.compact(company.value):
        name = None  # "Groenwerk Architecten <noreply@...>" signing as itself is no person
    feedback = quotes.new_text(letter.body, _recipient_names(msg)) or None
    system = letter.sender is None or senders.is_system_address(letter.sender)
    kind = guess_kind(body, system_sender=system, replied_thread=quoted)

    if company:
        sources["company"] = f"{company.source} ({letter.via})"
    if role:
        sources["role"] = f"{role.source} ({letter.via})"
    if letter.day:
        sources["date"] = f"date header ({letter.via})"
    if email:
        sources["contact"] = f"{contact_source} ({letter.via})"
    message_id = _header(msg, "message-id").strip("<> ") or None
    return EmailFacts(
        company=company.value if company else None,
        role=role.value if role else None,
        date=letter.day,
        contact_name=name,
        contact_email=email,
        feedback=_clean(feedback) if feedback else None,
        kind=kind,
        subject=letter.subject or None,
        message_id=message_id,
        sources=tuple(sorted(sources.items())),
    )


def readable_message(raw: bytes) -> str:
    """A kept email as a person reads it: who, when, what about, and the
    body as text (HTML turned into words), for `reject show ID --email`."""
    try:
        msg = message_from_bytes(raw, policy=policy.compat32)
    except (ValueError, IndexError, TypeError, LookupError):
        return raw.decode("utf-8", errors="replace")
    lines = []
    for name in ("From", "To", "Date", "Subject"):
        value = _header(msg, name.lower())
        if value:
            lines.append(f"{name}: {value}")
    body, _ = _body_text(msg)
    body = _clean(body.replace("\r\n", "\n")).strip()
    return "\n".join(lines) + "\n\n" + body + "\n"
