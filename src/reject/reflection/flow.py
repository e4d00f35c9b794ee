"""The guided reflection: walks the stages in ``stages.py`` with a prompter.

Pure code: no terminal, no disk. A ``Prompter`` asks and shows; a ``Save``
callback stores each finished stage (the CLI does that in one transaction).
Tests drive it with a scripted prompter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from reject.form_letters import Reply, classify, combined
from reject.insights.themes import Vocabulary
from reject.model import Appraisal, Rejection
from reject.model.reflection import (
    Action,
    ActionHow,
    Balance,
    FeedbackStage,
    LearningsStage,
    PartRating,
    PracticeQuestion,
    Reflection,
    RequestStatus,
    ResilienceStage,
    ReviewStage,
    SearchStage,
)
from reject.reflection import requests
from reject.reflection.kindness import Kindness
from reject.reflection.prompting import Prompter
from reject.reflection.session import Save, Session
from reject.reflection.stages import (
    EMPTY_REPLY,
    FORM_LETTER,
    LOW_MOOD,
    MOOD_AT_START,
    PAUSE,
    TOTAL,
    VERY_LOW,
    VERY_LOW_MOOD,
    Stage,
    stage,
)
from reject.reflection.suggestions import (
    bad_picks,
    builtin_vocabulary,
    parse_picks,
    suggest,
    unique,
    where_seen,
)

# Runs one stage, given its spec and the earlier answers; names the fields it changed.
Runner = Callable[[Stage, Any], tuple[str, ...]]

_BALANCE = {
    "technical": Balance.too_technical,
    "balanced": Balance.balanced,
    "soft": Balance.too_soft,
}


_FIXED_PARTS = ("preparation and research", "application", "follow-up")
_ROUND_WORD = re.compile(r"\s+(?:round|interview)$", re.IGNORECASE)


def round_part(typed: str) -> str:
    """A round's name as stored: "Coding interview" and "coding round" are
    "coding" (the plan averages ratings by this name)."""
    name = " ".join(typed.split())
    shorter = _ROUND_WORD.sub("", name)
    return shorter if shorter else name


def _label(part: str) -> str:
    return part[:1].upper() + part[1:]


class Flow(Kindness):
    def __init__(
        self,
        record: Rejection,
        earlier: list[Rejection],
        prompter: Prompter,
        save: Save,
        *,
        today: date,
        vocabulary: Vocabulary | None = None,
        appraisals: Sequence[Appraisal] = (),
    ) -> None:
        self.record = record
        self.appraisals = appraisals  # stage 3 says when one names a theme too
        # The person's own themes.toml, when the caller knows where it is.
        self.vocabulary = vocabulary or builtin_vocabulary()
        self.earlier = earlier
        self.p = prompter
        self.save = save
        self.today = today
        reflection = record.reflection.model_copy(deep=True) if record.reflection else None
        self.session = Session(reflection or Reflection(), record.feedback_request)
        # Each stage of ``stages.STAGES``, by the ``Reflection`` field it fills.
        self._runners: dict[str, Runner] = {
            "feedback": self._feedback,
            "review": self._review,
            "learnings": self._learnings,
            "kindness": self._kindness,
            "search": self._search,
            "resilience": self._resilience,
        }

    # -- running ----------------------------------------------------------

    def run(self, only: int | None = None) -> Session:
        """Walk from the first unfinished stage to the end, or just stage ``only``."""
        refl = self.session.reflection
        if only is not None:
            numbers = [only]
        else:
            start = refl.first_unfinished()
            numbers = list(range(start, TOTAL + 1)) if start else []
            if numbers and refl.mood_at_start is None:
                refl.mood_at_start = self.ask(MOOD_AT_START)
                if refl.mood_at_start is not None and refl.mood_at_start <= VERY_LOW:
                    self.p.say(VERY_LOW_MOOD)
                elif refl.mood_at_start is not None and refl.mood_at_start <= 4:
                    self.p.say(LOW_MOOD)
        for number in numbers:
            self.run_stage(stage(number))
            if number == 1 and number != numbers[-1] and self._pause():
                self.session.paused = True
                break
        return self.session

    def _pause(self) -> bool:
        """On a very hard day, offer to stop once stage 1 is written down."""
        mood = self.session.reflection.mood_at_start
        return mood is not None and mood <= VERY_LOW and bool(self.ask(PAUSE, True))

    def run_stage(self, spec: Stage) -> None:
        self.p.stage(spec.number, TOTAL, spec.title, spec.intro)
        refl = self.session.reflection
        old = getattr(refl, spec.field)
        if old is not None:
            self.p.say("Enter keeps your earlier answer; type - to clear it.")
        changed = self._runners[spec.field](spec, old)
        if refl.first_unfinished() is None and refl.completed is None:
            refl.completed = self.today
        self.save(self.session, changed)

    # -- asking (``Asker.ask`` asks one question) --------------------------

    def _action(self, spec: Stage, point: str, n: int, old: Action | None) -> Action | None:
        what = self.ask(spec.q("what"), old.what if old else None, point=point)
        if what is None:
            return None
        how = self.ask(spec.q("how"), old.how if old else None) or "other"
        detail = self.ask(spec.q("detail_" + how), old.how_detail if old else None)
        due = self.ask(spec.q("due"), old.due if old else None)
        return Action(
            n=old.n if old else n,
            what=what,
            how=ActionHow(how),
            how_detail=detail,
            due=due,
            theme=point,
            done=old.done if old else None,
        )

    def _rate(self, spec: Stage, parts: list[str], before: dict[str, int]) -> list[PartRating]:
        ratings = []
        for part in parts:
            rating = self.ask(spec.q("rating"), before.get(part), part=_label(part))
            if rating is not None:
                ratings.append(PartRating(part=part, rating=rating))
        return ratings

    # -- the six stages ---------------------------------------------------

    def _feedback(self, spec: Stage, old: FeedbackStage | None) -> tuple[str, ...]:
        notes = self.record.feedback
        reply = combined(note.text for note in notes)
        if notes:
            self.p.say("Here is what you wrote down:")
            for note in notes:
                self.p.show(f"from {note.given_by}" if note.given_by else "they said", note.text)
            if reply is not Reply.real:
                self.p.say(FORM_LETTER if reply is Reply.form else EMPTY_REPLY)
        else:
            self.p.say("No feedback is recorded. If none came, that's common: press Enter.")
        summary = self.ask(spec.q("summary"), old.summary if old else None)
        if summary and reply is not Reply.real:
            said = classify(summary)
            if said is not Reply.real and not notes:
                self.p.say(FORM_LETTER if said is Reply.form else EMPTY_REPLY)
            reply = said
        specific = None
        if reply is Reply.real:
            specific = self.ask(spec.q("specific"), old.specific if old else None)
        elif summary or notes:
            specific = False  # a stock letter or an empty reply: nothing to act on
        self.session.reflection.feedback = FeedbackStage(summary=summary, specific=specific)
        if specific is not True:
            self._offer_request(spec)
        return ("feedback",)

    def _offer_request(self, spec: Stage) -> None:
        req = self.session.request
        rid = self.record.id
        if req is not None and req.status is not RequestStatus.not_asked:
            when = f" on {req.asked_on.isoformat()}" if req.asked_on else ""
            self.p.say(f"You already asked them for more detail{when} ({req.status.value}).")
            return
        if not self.ask(spec.q("offer_draft")):
            return
        text = requests.draft(self.record)
        self.p.show("Draft", text)
        self.p.say(
            f"`reject ask {rid} -o FILE` saves it to a file; `reject ask {rid} --edit` "
            "lets you change it first."
        )
        if self.ask(spec.q("mark_asked")):
            self.session.request = requests.mark_asked(self.record, text, self.today)
            self.p.say("Noted as asked today. I'll remind you if nothing comes back in a week.")
        else:
            self.p.say(f"That's fine. `reject ask {rid}` shows it again whenever you're ready.")

    def _review(self, spec: Stage, old: ReviewStage | None) -> tuple[str, ...]:
        before = {r.part: r.rating for r in old.ratings} if old else {}
        # Rounds are the ratings that are not one of the fixed parts, in order.
        old_rounds = [r for r in old.ratings if r.part not in _FIXED_PARTS] if old else []
        guess = {"interview": 1, "final": 2, "offer": 2}.get(
            self.record.stage.value if self.record.stage else "", 0
        )
        rounds = self.ask(spec.q("rounds"), len(old_rounds) or guess) or 0
        ratings = self._rate(spec, ["preparation and research", "application"], before)
        for i in range(1, rounds + 1):
            earlier = old_rounds[i - 1] if i <= len(old_rounds) else None
            typed = self.ask(spec.q("round_kind"), earlier.part if earlier else None, n=str(i))
            part = round_part(typed) if typed else f"interview {i}"
            kept = earlier.rating if earlier else None
            rating = self.ask(spec.q("rating"), kept, part=_label(part))
            if rating is not None:
                ratings.append(PartRating(part=part, rating=rating))
        ratings += self._rate(spec, ["follow-up"], before)
        went_well = self.ask(spec.q("went_well"), old.went_well if old else None)
        differently = self.ask(spec.q("do_differently"), old.do_differently if old else None)
        under = self.ask(spec.q("under_prepared"), old.under_prepared if old else None)
        balance_before = next((k for k, v in _BALANCE.items() if old and v is old.balance), None)
        balance = self.ask(spec.q("balance"), balance_before)
        questions = list(old.questions) if old else []
        if questions:
            self.p.say("Questions you noted before, kept for practice:")
            for item in questions:
                self.p.show("question", item.question)
        while True:
            asked = self.ask(spec.q("another" if len(questions) else "question"))
            if asked is None:
                break
            better = self.ask(spec.q("better_answer"))
            questions.append(PracticeQuestion(question=asked, better_answer=better))
            self.p.say("Added to your practice list.")
        self.session.reflection.review = ReviewStage(
            ratings=ratings,
            went_well=went_well,
            do_differently=differently,
            under_prepared=under,
            balance=_BALANCE[balance] if balance else None,
            questions=questions,
        )
        return ("review",)

    def _learnings(self, spec: Stage, old: LearningsStage | None) -> tuple[str, ...]:
        refl = self.session.reflection
        summary = refl.feedback.summary if refl.feedback else None
        suggestions = suggest(
            self.record,
            self.earlier,
            summary=summary,
            vocabulary=self.vocabulary,
            appraisals=self.appraisals,
        )
        old_themes = list(old.themes) if old else []
        chosen: list[str] = []
        if suggestions:
            self.p.say("Themes that may be here (patterns, not verdicts):")
            for i, s in enumerate(suggestions, start=1):
                self.p.say(f"  {i}. {s.theme}{where_seen(s)}")
            picked_before = [
                str(i) for i, s in enumerate(suggestions, start=1) if s.theme in old_themes
            ]
            picks = self.ask(
                spec.q("pick_themes"),
                ", ".join(picked_before) or None,
                extra=lambda raw: bad_picks(raw, len(suggestions)),
            )
            chosen = [suggestions[i - 1].theme for i in parse_picks(picks or "")]
        rest = [t for t in old_themes if t not in chosen]
        more = self.ask(spec.q("more_themes" if suggestions else "themes"), rest)
        chosen = unique(chosen + self._without_verdicts(more or []))
        weaknesses = self.ask(spec.q("weaknesses"), list(old.weaknesses) if old else None) or []
        weaknesses = unique(self._without_verdicts(weaknesses))
        old_actions = list(old.actions) if old else []
        actions = [a for a in old_actions if a.theme not in weaknesses]
        next_n = self._next_n(old_actions)
        for point in weaknesses:
            before = next((a for a in old_actions if a.theme == point), None)
            action = self._action(spec, point, next_n, before)
            if action is not None:
                actions.append(action)
                next_n = max(next_n, action.n + 1)
        actions.sort(key=lambda a: a.n)
        refl.learnings = LearningsStage(themes=chosen, weaknesses=weaknesses, actions=actions)
        return ("learnings",)

    def _search(self, spec: Stage, old: SearchStage | None) -> tuple[str, ...]:
        fit = self.ask(spec.q("fit"), old.fit if old else None)
        day = self.ask(spec.q("day_to_day"), old.day_to_day if old else None)
        unexciting = self.ask(spec.q("unexciting"), old.unexciting if old else None)
        if self.record.keywords:
            self.p.say("You found this job with:")
            self.p.show("-", ", ".join(self.record.keywords))
        keep = self.ask(
            spec.q("keywords_keep"), old.keywords_keep if old else list(self.record.keywords)
        )
        drop = self.ask(spec.q("keywords_drop"), old.keywords_drop if old else None)
        add = self.ask(spec.q("keywords_add"), old.keywords_add if old else None)
        target = self.ask(spec.q("target_role"), old.target_role if old else self._last_target())
        self.session.reflection.search = SearchStage(
            fit=fit,
            day_to_day=day,
            unexciting=unexciting,
            keywords_keep=keep or [],
            keywords_drop=drop or [],
            keywords_add=add or [],
            target_role=target,
        )
        return ("search",)

    def _last_target(self) -> str | None:
        for other in sorted(self.earlier, key=lambda r: (r.date, r.id), reverse=True):
            refl = other.reflection
            if other.id != self.record.id and refl and refl.search and refl.search.target_role:
                return refl.search.target_role
        return None

    def _resilience(self, spec: Stage, old: ResilienceStage | None) -> tuple[str, ...]:
        refl = self.session.reflection
        mood_before = old.mood_before if old and old.mood_before else refl.mood_at_start
        if mood_before is not None:
            self.p.say(f"When you started, you put your mood at {mood_before} out of 10.")
        mood_after = self.ask(spec.q("mood_after"), old.mood_after if old else None)
        learned = self.ask(spec.q("learned_about_self"), old.learned_about_self if old else None)
        step = self.ask(spec.q("next_step"), old.next_step if old else None)
        due = None
        if step:
            due = self.ask(spec.q("next_step_due"), old.next_step_due if old else None)
        refl.resilience = ResilienceStage(
            mood_before=mood_before,
            mood_after=mood_after,
            learned_about_self=learned,
            next_step=step,
            next_step_due=due,
        )
        return ("resilience",)
