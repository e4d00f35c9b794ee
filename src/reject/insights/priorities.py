"""Where to start: at most three priorities, and the rejections that said nothing.

The three kinds, each at most once (rules in docs/plan.md, "Start here"):

* ``skill``: the biggest recurring theme the person can change (not a
  circumstance such as a language, not one they sorted as outside their
  control, not one that only comes up in a side kind of role);
* ``targeting``: a circumstance that recurs (language, location, salary,
  years of experience, a qualification), or a theme that came up only in one
  kind of role that is a minority of the search: a question of where to
  apply, not of skill;
* ``feedback``: the rejections that left little or no feedback, when at
  least one of them is worth asking about.

They come in that order, except that asking comes first when most of the
rejections that got past the application left little or no feedback: then
there is too little to learn from until some answers come in. (Silence at
the application stage is normal and does not count towards that.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from reject.choices import STAGE_ORDER, Kind, ProcessStage
from reject.form_letters import Reply
from reject.insights.appraisals import source_of
from reject.insights.languages import languages_named
from reject.insights.phrases import fold
from reject.insights.themes import (
    CIRCUMSTANCES,
    LANGUAGE,
    Theme,
    ThemeCount,
    Vocabulary,
    counts_as_rejection,
    feedback_reply,
    feedback_text,
    is_informative,
    normalise,
    with_feedback,
)
from reject.model import Appraisal, Rejection
from reject.model.reflection import Control, RequestStatus

LATE = (ProcessStage.final, ProcessStage.offer)
# Asking is worth it after a conversation (an interview, an assessment, a
# final) and while it is fresh: a few weeks on, nobody remembers the details.
ASK_STAGES = frozenset({"interview", "assessment", "final", "offer"})
ASK_WITHIN_DAYS = 42
DOMINANT_MIN = 5  # a skill gap named this often, by most real replies, outranks asking
ASK_SHOWN = 3
MAX_PRIORITIES = 3


@dataclass
class Unanswered:
    """A rejection that left little or no feedback."""

    rejection: int
    company: str
    role: str
    date: date
    stage: str | None
    reply: str  # "form" (a stock letter) or "empty" (nothing)
    request: str | None  # the feedback request's status, if one was made
    worth_asking: bool  # recent, past an interview or assessment, and nobody has asked yet
    ghosted: bool = False  # no reply at all, rather than nothing written down
    old: bool = False  # past an interview but over ASK_WITHIN_DAYS ago: let it go


@dataclass
class Priority:
    kind: str  # "skill", "targeting" or "feedback"
    theme: str | None
    count: int
    why: str
    step: str
    rejections: list[int]
    finals: int = 0  # of those, how many ended at the final stage or an offer
    last_seen: date | None = None
    out_of: int = 0  # the rejections with real feedback (or notes of the person's own)
    out_of_words: str = "with real feedback"
    open_actions: int = 0
    done_actions: int = 0
    languages: list[tuple[str, int]] = field(default_factory=list)  # (language, rejections)
    role_kind: str | None = None  # "only in <role_kind> roles"
    ask: list[int] = field(default_factory=list)  # the rejections to ask about first
    appraisals: int = 0  # appraisals that name the theme too
    appraisal_from: str | None = None  # the newest one's source and year ("mentor, 2025")


def unanswered(records: list[Rejection], today: date) -> list[Unanswered]:
    """Rejections whose feedback is a stock letter or nothing, newest first."""
    found = []
    for record in records:
        reply = feedback_reply(record)
        if not counts_as_rejection(record) or reply == Reply.real:
            continue
        request = record.feedback_request
        status = request.status.value if request else None
        talked = record.stage is not None and record.stage.value in ASK_STAGES
        old = (today - record.date).days > ASK_WITHIN_DAYS
        not_asked = status in (None, RequestStatus.not_asked.value)
        found.append(
            Unanswered(
                rejection=record.id,
                company=record.company,
                role=record.role,
                date=record.date,
                stage=record.stage.value if record.stage else None,
                reply=reply.value,
                request=status if status != RequestStatus.not_asked.value else None,
                worth_asking=talked and not old and not_asked,
                ghosted=record.kind == Kind.ghosted,
                old=talked and old and not_asked,
            )
        )
    found.sort(key=lambda u: (-u.date.toordinal(), -u.rejection))
    return found


def ask_order(items: list[Unanswered]) -> list[int]:
    """The ones worth asking about: furthest along first (more to learn), then most recent."""
    order = {s: i for i, s in enumerate(STAGE_ORDER)}
    worth = [u for u in items if u.worth_asking]
    worth.sort(key=lambda u: (-order.get(u.stage or "", len(order)), -u.date.toordinal()))
    return [u.rejection for u in worth]


# Words about level, not kind of work: "Senior Account Manager" and
# "Account Manager" are one kind of role; "Team Lead" is a leading role.
_LEVEL_TEXT = """
    senior sr junior jr principal staff associate assistant deputy trainee graduate intern
    entry mid level i ii iii iv 1 2 3 interim acting
"""
_LEVEL = frozenset(_LEVEL_TEXT.split())
_LEADING = frozenset({"lead", "leader", "head", "director", "chief", "vp", "supervisor"})
_TITLE_WORD = re.compile(r"[\w+#]+")


def role_family(title: str) -> str:
    words = [w for w in _TITLE_WORD.findall(title.casefold()) if w not in _LEVEL | _LEADING]
    return " ".join(fold(w) for w in words) or normalise(title)


def is_leading(title: str) -> bool:
    return any(w in _LEADING for w in _TITLE_WORD.findall(title.casefold()))


def _confined(theme: Theme, by_id: dict[int, Rejection], informative: set[int]) -> str | None:
    """The kind of role a theme came up in exclusively, when that kind is a
    minority of the rejections with feedback and two or more others had
    feedback without it. "lead" for leading roles of any kind."""
    own = [by_id[i] for i in theme.rejections if i in by_id]
    if len(own) < 2:
        return None
    theirs = set(theme.rejections)
    keys: list[Callable[[Rejection], str]] = [
        lambda r: role_family(r.role),
        lambda r: "lead" if is_leading(r.role) else "",
    ]
    for key in keys:
        kinds = {key(r) for r in own}
        if len(kinds) != 1 or kinds == {""}:
            continue
        kind = kinds.pop()
        same = sum(1 for i in informative if key(by_id[i]) == kind)
        others = sum(1 for i in informative if i not in theirs and key(by_id[i]) != kind)
        if others >= 2 and same * 2 < len(informative):
            if kind == "lead":
                return kind
            spelled = Counter(r.role for r in own).most_common(1)[0][0]
            return " ".join(w for w in spelled.split() if w.casefold() not in _LEVEL)
    return None


def _outside_themes(records: list[Rejection], vocabulary: Vocabulary) -> set[str]:
    """Themes the person sorted as outside their control, and never as changeable."""
    outside: set[str] = set()
    mine: set[str] = set()
    for record in records:
        if record.reflection and record.reflection.kindness:
            for point in record.reflection.kindness.points:
                named = vocabulary.find(point.text)
                if point.control == Control.outside:
                    outside.update(named)
                elif point.control == Control.can_change:  # "not sure" is neither
                    mine.update(named)
    return outside - mine


def build_priorities(
    records: list[Rejection],
    counted: ThemeCount,
    vocabulary: Vocabulary,
    actions: tuple[dict[str, int], dict[str, int]],  # open and done actions per theme
    silent: list[Unanswered],
    appraisals: Sequence[Appraisal] = (),
) -> list[Priority]:
    by_id = {r.id: r for r in records if counts_as_rejection(r)}
    informative = {r.id for r in by_id.values() if is_informative(r)}
    recurring = [t for t in counted.top_level() if t.count >= 2]
    outside = _outside_themes(records, vocabulary)
    confined = {t.name: kind for t in recurring if (kind := _confined(t, by_id, informative))}
    targeting = [t for t in recurring if t.name in CIRCUMSTANCES or t.name in confined]
    skills = [t for t in recurring if t not in targeting and t.name not in outside]
    found: list[Priority] = []
    if skills:
        theme = max(skills, key=lambda t: (t.count, _finals(t, by_id), t.last_seen or date.min))
        found.append(_priority("skill", theme, counted, by_id, actions))
        found[-1].appraisal_from = _newest_source(theme, appraisals)
    targeting.sort(key=lambda t: (-t.count, -(t.last_seen or date.min).toordinal()))
    # A role-confined requirement and a circumstance are different advice, so
    # one of each may show; the second gives way if three are already there.
    picks = targeting[:1]
    picks += [t for t in targeting[1:] if (t.name in confined) != (picks[0].name in confined)][:1]
    for theme in picks:
        found.append(_priority("targeting", theme, counted, by_id, actions))
        found[-1].role_kind = confined.get(theme.name)
        if theme.name == LANGUAGE:
            found[-1].languages = _languages(theme, by_id)
    worth = [u for u in silent if u.worth_asking]
    ask = ask_order(silent)[:ASK_SHOWN]
    # A skill gap most real replies already name: more feedback would not
    # change the plan, so asking gives way to it.
    dominant = bool(found) and found[0].count >= DOMINANT_MIN and found[0].count * 2 > len(
        informative
    )
    if ask and not dominant:
        item = Priority(
            "feedback", None, len(worth), "", "", [u.rejection for u in worth], ask=ask
        )
        past = sum(1 for r in by_id.values() if r.stage != ProcessStage.application)
        if not found or sum(1 for u in silent if u.stage != "application") * 2 > past:
            found.insert(0, item)
        else:
            found.append(item)
    if len(found) > MAX_PRIORITIES:
        # Both kinds of targeting and a skill: the smallest of the skill and
        # the second targeting gives way (the skill, on a tie, stays).
        second = [p for p in found if p.kind == "targeting"][-1]
        found.remove(found[0] if found[0].count < second.count else second)
    for priority in found:
        priority.why, priority.step = describe(priority, silent)
    return found


def _newest_source(theme: Theme, appraisals: Sequence[Appraisal]) -> str | None:
    matching = [a for a in appraisals if a.id in theme.appraisals]
    return source_of(max(matching, key=lambda a: (a.date, a.id))) if matching else None


def _finals(theme: Theme, by_id: dict[int, Rejection]) -> int:
    return sum(1 for i in theme.rejections if i in by_id and by_id[i].stage in LATE)


def _languages(theme: Theme, by_id: dict[int, Rejection]) -> list[tuple[str, int]]:
    """The languages asked for, with how many rejections asked, most first."""
    names: Counter[str] = Counter()
    for i in theme.rejections:
        if i in by_id:
            names.update(languages_named(feedback_text(by_id[i])))  # each once, in order
    return names.most_common()


def _priority(
    kind: str,
    theme: Theme,
    counted: ThemeCount,
    by_id: dict[int, Rejection],
    actions: tuple[dict[str, int], dict[str, int]],
) -> Priority:
    return Priority(
        kind=kind,
        theme=theme.name,
        count=theme.count,
        why="",
        step="",
        rejections=list(theme.rejections),
        finals=_finals(theme, by_id),
        last_seen=theme.last_seen,
        out_of=counted.informative,
        out_of_words=with_feedback(counted),
        open_actions=actions[0].get(theme.name, 0),
        done_actions=actions[1].get(theme.name, 0),
        appraisals=len(theme.appraisals),
    )


_WHERE = {
    "location": "look for roles you can do from where you are, or that say so up front",
    "salary": "look for roles whose range matches what you ask, and ask about it early",
    "experience": "look for roles that ask for the years you have; a step down in title "
    "is not a step back",
    "qualifications": "look for roles that don't require it, or plan for it as a long-term goal",
}


def describe(
    p: Priority, silent: list[Unanswered], quote: Callable[[str], str] = str
) -> tuple[str, str]:
    """The priority in two sentences, why and the step; ``quote`` formats
    text that came from the journal (Markdown escapes it)."""
    name = quote(p.theme or "")
    if p.kind == "skill":
        share = f"{p.count} of the {p.out_of}"
        if p.count == p.out_of:  # "2 of the 2" reads like a form
            share = "both" if p.count == 2 else f"all {p.count}"
        why = f"{name.capitalize()} came up in {share} rejections "
        why += p.out_of_words
        why += f", {p.finals} of them at the final stage" if p.finals else ""
        why += f", most recently on {p.last_seen}." if p.last_seen else "."
        if p.appraisals:
            source = quote(p.appraisal_from) if p.appraisal_from else ""
            if p.appraisals == 1:
                why += " An appraisal said the same" + (f" ({source})." if source else ".")
            else:
                why += f" {p.appraisals} appraisals said the same"
                why += f" (the latest: {source})." if source else "."
        if p.open_actions:
            step = f"It is yours to work on: {p.open_actions} open action"
            step += "s are" if p.open_actions > 1 else " is"
            step += " below."
        elif p.done_actions:
            step = f"It is yours to work on, and you have done {p.done_actions} action"
            step += "s" if p.done_actions > 1 else ""
            step += " for it already; stage 3 of `reject reflect` can set the next one."
        else:
            step = "It is yours to work on: stage 3 of `reject reflect` turns it into a step "
            step += "with a date."
        return why, step
    if p.kind == "targeting":
        if p.role_kind:
            where = "lead" if p.role_kind == "lead" else quote(p.role_kind)
            why = f"{name.capitalize()} came up in {p.count} rejections, all for {where} roles, "
            why += "and not in the others."
            step = f"Where to apply: if {where} roles are what you want, it is a gap worth "
            step += "closing; if not, leave them out of the search."
            return why, step
        if p.theme == LANGUAGE:
            why = f"A language requirement came up in {p.count} rejections"
            top = quote(p.languages[0][0]) if p.languages else "the local language"
            if p.languages:
                why += (
                    f", {top} in {p.languages[0][1]} of them"
                    if len(p.languages) > 1
                    else f" ({top})"
                )
            why += ". That is about which roles you apply for, not how well you did."
            step = "Where to apply: look for teams whose working language you already have, "
            step += f"or keep {top} as a long-term goal."
            return why, step
        why = f"{name.capitalize()} came up in {p.count} rejections: a requirement of "
        why += "those roles more than anything about how you did."
        step = "Where to apply: " + _WHERE.get(p.theme or "", "aim where it isn't asked for") + "."
        return why, step
    worth = [u for u in silent if u.worth_asking]
    forms = sum(1 for u in worth if u.reply == Reply.form.value)
    what = {0: "no reply or nothing noted", len(worth): "a form letter"}.get(
        forms, f"a form letter ({forms}) or nothing at all ({len(worth) - forms})"
    )
    why = f"{p.count} rejection{'s' if p.count != 1 else ''} after an interview or further, "
    why += f"in the last six weeks, ended with {what}."
    first, *rest = p.ask
    step = f"Asking can: `reject ask {first}` drafts a short, polite request"
    if rest:
        step += f"; {' and '.join(str(i) for i in rest)} {'are' if len(rest) > 1 else 'is'} next."
    else:
        step += "."
    return why, step
