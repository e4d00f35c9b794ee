"""The new text of a message: quoted replies, forwards, greetings and
signatures taken away, so what remains is what this sender actually said.

Each rule is a line pattern mail clients really write (Gmail's "On ... wrote:",
Outlook's "From:/Sent:" block and underscore rule, Apple Mail's "On ..., at
..., X wrote:", their German, French, Spanish, Dutch, Italian and Portuguese
versions), cut at the first one that matches. Rules are deliberately about the
shape of a line, not the words of any one company's letter.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# "On Tue, 3 Mar 2026 at 10:14, Sam Lee <sam@x.org> wrote:" and its translations.
# Gmail wraps long ones, so the opening and the closing may be a line apart.
_REPLY_OPEN = re.compile(
    r"^(?:On|Am|Le|El|Op|Il|Em|Den|På|W dniu|Dnia)\s.{4,}", _I
)
_REPLY_CLOSE = re.compile(
    r"(?:wrote|writes|schrieb|a écrit|a ecrit|escribió|escribio|schreef|ha scritto|"
    r"escreveu|skrev|napisał|kirjoitti)\s*(?:[^:]{0,80})?:\s*$",
    _I,
)
_ORIGINAL = re.compile(
    r"^\s*-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Originalnachricht|"
    r"Message d'origine|Mensaje original|Oorspronkelijk bericht|Messaggio originale|"
    r"Mensagem original)\s*-{2,}\s*$",
    _I,
)
FORWARD_MARKER = re.compile(
    r"^\s*(?:-{2,}\s*(?:Forwarded message|Forwarded Message|Weitergeleitete Nachricht|"
    r"Message transféré|Message transfere|Mensaje reenviado|Doorgestuurd bericht|"
    r"Messaggio inoltrato|Mensagem encaminhada)\s*-{2,}|"
    r"Begin forwarded message:|Anfang der weitergeleiteten Nachricht:|"
    r"Début du message réexpédié\s?:|Inicio del mensaje reenviado:|"
    r"Begin doorgestuurd bericht:)\s*$",
    _I,
)
# Header names of a quoted or forwarded block, in the languages mail clients ship.
HEADER_FROM = r"(?:From|Von|De|Van|Da|Från|Fra|Od)"
HEADER_OTHER = (
    r"(?:Sent|Date|To|Cc|Subject|Gesendet|Datum|An|Betreff|Envoyé|Date|À|A|Objet|Enviado|"
    r"Fecha|Para|Asunto|Verzonden|Aan|Onderwerp|Inviato|Oggetto|Data|Reply-To)"
)
_HEADER_FROM_LINE = re.compile(rf"^\s*\*?{HEADER_FROM}\s?:\*?\s*\S", _I)
_HEADER_OTHER_LINE = re.compile(rf"^\s*\*?{HEADER_OTHER}\s?:\*?\s*", _I)
_RULE = re.compile(r"^\s*[_\-=]{8,}\s*$")

_SIG_DASHES = re.compile(r"^(?:-- ?|--|—|__)\s*$")
_MOBILE = re.compile(
    r"^\s*(?:Sent from (?:my|Mail|Outlook|Yahoo)|Sent via |Get Outlook for|"
    r"Von meinem .{1,30} gesendet|Gesendet von |Envoyé de mon|Envoyé depuis|"
    r"Enviado desde mi|Verzonden (?:vanaf|met) mijn|Inviato da)",
    _I,
)
# English closings are built, not listed: "With warm wishes", "Warmest
# regards", "With very best wishes", "All the very best" are all the same shape.
_EN_CLOSING = (
    r"(?:with\s+)?(?:(?:very|warm|warmest|kind|kindest|best|sincere|fond|good|many|"
    r"heartfelt|every)\s+){0,3}(?:regards|wishes|thanks|greetings)|"
    r"all the (?:very )?best|(?:very )?best of luck|good luck|"
    r"(?:yours\s+)?(?:sincerely|faithfully|truly|respectfully)(?:\s+yours)?|"
    r"with (?:thanks|appreciation|gratitude)|thanks (?:again|so much|ever so much)|"
    r"thank you (?:again|so much)|"
)
_SIGN_OFF = re.compile(
    r"^\s*(?:" + _EN_CLOSING
    + r"best|best regards|kind regards|kindest regards|warm regards|warmest regards|"
    r"regards|many thanks|thanks|thank you|thanks again|thanks so much|thank you again|"
    r"with thanks|cheers|sincerely|yours sincerely|sincerely yours|yours faithfully|"
    r"yours truly|best wishes|all the best|with best wishes|with kind regards|"
    r"with best regards|warm wishes|respectfully|take care|speak soon|talk soon|"
    r"mit freundlichen gr(?:ü|ue|u)(?:ß|ss)en|freundliche gr(?:ü|ue)(?:ß|ss)e|"
    r"viele gr(?:ü|ue)(?:ß|ss)e|beste gr(?:ü|ue)(?:ß|ss)e|herzliche gr(?:ü|ue)(?:ß|ss)e|"
    r"liebe gr(?:ü|ue)(?:ß|ss)e|mfg|gru(?:ß|ss)|gr(?:ü|ue)(?:ß|ss)e|"
    r"cordialement|bien cordialement|très cordialement|bien à vous|salutations|"
    r"meilleures salutations|sincères salutations|amicalement|bonne journée|belle journée|"
    r"bonne soirée|à bientôt|"
    r"atentamente|saludos|un saludo|saludos cordiales|cordialmente|un cordial saludo|"
    r"muchas gracias|gracias|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|"
    r"groeten|hartelijke groet(?:en)?|met hartelijke groet(?:en)?|groet|mvg|"
    r"distinti saluti|cordiali saluti)"
    r"\s*[,.!]?(?:\s+[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?)?\s*[,.!]?\s*$",
    _I,
)
_SIGN_OFF_SENTENCE = re.compile(
    r"^\s*(?:je vous prie d|veuillez agréer|nous vous prions d|recevez, |"
    r"le saludamos atentamente)", _I
)
_GREETING = re.compile(
    r"^\s*(?:dear|hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening)|"
    r"hallo|liebe|lieber|sehr geehrte[rs]?|guten tag|moin|servus|bonjour|bonsoir|"
    r"cher|chère|madame|monsieur|hola|estimad[oa]s?|querid[oa]|buenos días|buenas tardes|"
    r"beste|geachte|hoi|dag|goedemiddag|goedemorgen)\b"
    # "Dear Dr. Alvarez,": a title's full stop does not end the greeting.
    r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Miss|Sr|Sra|Mme|Mlle|Dhr|Mevr|St|M)\.|[^.!?\n]){0,60}"
    r"[,!:.]?\s*$",
    _I,
)
_LONE_NAME = re.compile(r"^\s*[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?\s*,\s*$")
_FOOTER = re.compile(
    r"unsubscribe|do not reply|don't reply|please don't respond|not monitored|"
    r"automated (?:message|email)|automatically generated|this (?:e-?mail|message) "
    r"(?:was|is) sent|powered by|privacy (?:policy|notice)|intended recipient|"
    r"confidential|©|\(c\) \d{4}|all rights reserved|manage your (?:email|preferences)|"
    r"bitte antworten sie nicht|nicht auf diese|ne pas répondre|no responda|"
    r"niet beantwoorden|reageer niet|registered (?:in|office|number)|company (?:no|number)|"
    r"authori[sz]ed (?:and regulated )?by|regulated by|vat (?:no|number|reg)|"
    r"registered charity|charity (?:no|number|reg)|"
    r"^\s*(?:sent|delivered|posted) (?:with|via|by|from|through|using) \S+\s*\.?\s*$",
    _I,
)


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").split("\n")


def _is_header_block(lines: list[str], i: int) -> bool:
    """A From: line followed closely by Sent:/Date:/To:/Subject: lines."""
    if not _HEADER_FROM_LINE.match(lines[i]):
        return False
    following = [ln for ln in lines[i + 1 : i + 5] if ln.strip()]
    return sum(1 for ln in following if _HEADER_OTHER_LINE.match(ln)) >= 2


def quote_start(lines: list[str]) -> int | None:
    """Index of the first line of quoted history, or None."""
    for i, line in enumerate(lines):
        if _ORIGINAL.match(line) or FORWARD_MARKER.match(line):
            return i
        if _REPLY_OPEN.match(line) and (
            _REPLY_CLOSE.search(line)
            or (i + 1 < len(lines) and _REPLY_CLOSE.search(lines[i + 1]) and len(line) < 200)
        ):
            return i
        if _RULE.match(line) and any(
            _is_header_block(lines, j) for j in range(i + 1, min(i + 3, len(lines)))
        ):
            return i
        if _is_header_block(lines, i):
            return i
    return None


def signature_start(lines: list[str]) -> int | None:
    """Index where the sign-off, signature or mobile footer begins, or None."""
    end = len(lines)
    body_seen = False
    for i, line in enumerate(lines):
        if body_seen and (_SIG_DASHES.match(line) or _MOBILE.match(line)):
            end = i
            break
        if line.strip():
            body_seen = True
    for i, line in enumerate(lines[:end]):
        if i == 0 or not (_SIGN_OFF.match(line) or _SIGN_OFF_SENTENCE.match(line)):
            continue
        rest = [ln.strip() for ln in lines[i + 1 : end] if ln.strip()]
        # What follows a real sign-off is a name, a title, a phone number or a
        # footer: short lines, or long ones that are plainly boilerplate.
        if all(len(ln) <= 90 or _FOOTER.search(ln) for ln in rest) and len(rest) <= 14:
            return i
    if end < len(lines):
        # "Jess" alone above "Sent from my iPhone" is a sign-off too.
        last = max((k for k in range(end) if lines[k].strip()), default=None)
        if last and last > 0 and _LONE_SIGNATURE.match(lines[last]) and not lines[last - 1].strip():
            return last
        return end
    return None


_LONE_SIGNATURE = re.compile(r"^\s*[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2}\s*$")


def _drop_greeting(lines: list[str], names: tuple[str, ...] = ()) -> list[str]:
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        bare = line.strip().rstrip(",:;!.").strip().casefold()
        if len(line) < 90 and (
            _GREETING.match(line) or _LONE_NAME.match(line) or (bare and bare in names)
        ):
            return lines[i + 1 :]
        return lines[i:]
    return lines


def _drop_trailing_boilerplate(lines: list[str]) -> list[str]:
    while lines and (not lines[-1].strip() or _FOOTER.search(lines[-1])):
        lines = lines[:-1]
    return lines


def tidy(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip()


def new_text(text: str, recipient_names: tuple[str, ...] = ()) -> str:
    """What the sender wrote in this message, without the history below it,
    their greeting, sign-off and signature, or quoted ('>') lines.
    ``recipient_names`` (case-folded) lets a bare "Ben" on the first line
    count as a greeting."""
    lines = _lines(text)
    cut = quote_start(lines)
    if cut is not None:
        lines = lines[:cut]
    lines = [ln for ln in lines if not ln.lstrip().startswith(">")]
    sig = signature_start(lines)
    if sig is not None:
        lines = lines[:sig]
    lines = _drop_trailing_boilerplate(_drop_greeting(lines, recipient_names))
    return tidy(lines)
