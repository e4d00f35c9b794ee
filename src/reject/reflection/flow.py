"""The guided reflection: walks the stages in ``stages.py`` with a prompter.

Pure code: no terminal, no disk. A ``Prompter`` asks and shows; a ``Save``
callback stores each finished stage (the CLI does that in one transaction).
Tests drive it with a scripted prompter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from reject.insights.themes import Vocabulary
from reject.model import Rejection
from reject.model.reflection import (
    Action,
    ActionHow,
    Balance,
    Control,
    FeedbackStage,
    KindnessStage,
    LearningsStage,
    PartRating,
    Point,
    PracticeQuestion,
    Reflection,
    RequestStatus,
    ResilienceStage,
    ReviewStage,
    SearchStage,
)
from reject.reflection import requests
from reject.reflection.prompting import Asker, Prompter
from reject.reflection.session import Save, Session
from reject.reflection.stages import (
    LOW_MOOD,
    MOOD_AT_START,
    TOTAL,
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

# How much of a kept job posting stage 5 shows before its questions.
POSTING_LINES = 40

# Runs one stage, given its spec and the earlier answers; names the fields it changed.
Runner = Callable[[Stage, Any], tuple[str, ...]]

_BALANCE = {
    "technical": Balance.too_technical,
    "balanced": Balance.balanced,
    "soft": Balance.too_soft,
}
_CONTROL = {"change": Control.can_change, "outside": Control.outside}


class Flow(Asker):
    def __init__(
        self,
        record: Rejection,
        earlier: list[Rejection],
        prompter: Prompter,
        save: Save,
        *,
        today: date,
        vocabulary: Vocabulary | None = None,
        posting: str | None = None,
    ) -> None:
        self.record = record
        # The job advert kept with the record (the CLI reads it), for stage 5.
        self.posting = posting
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
                if refl.mood_at_start is not None and refl.mood_at_start <= 4:
                    self.p.say(LOW_MOOD)
        for number in numbers:
            self.run_stage(stage(number))
        return self.session

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

    def _next_n(self, actions: list[Action]) -> int:
        return max((a.n for a in actions), default=0) + 1

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

    # -- the six stages ---------------------------------------------------

    def _feedback(self, spec: Stage, old: FeedbackStage | None) -> tuple[str, ...]:
        notes = self.record.feedback
        if notes:
            self.p.say("Here is what you wrote down:")
            for note in notes:
                self.p.show(f"from {note.given_by}" if note.given_by else "they said", note.text)
        else:
            self.p.say("No feedback is recorded. If none came, that's common: press Enter.")
        summary = self.ask(spec.q("summary"), old.summary if old else None)
        specific = None
        if summary or notes:
            specific = self.ask(spec.q("specific"), old.specific if old else None)
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
        rounds_before = sum(1 for part in before if part.startswith("interview"))
        guess = {"interview": 1, "final": 2, "offer": 2}.get(
            self.record.stage.value if self.record.stage else "", 0
        )
        rounds = self.ask(spec.q("rounds"), rounds_before or guess) or 0
        parts = ["preparation and research", "application"]
        parts += [f"interview {i}" for i in range(1, rounds + 1)]
        parts.append("follow-up")
        ratings = []
        for part in parts:
            rating = self.ask(spec.q("rating"), before.get(part), part=part.capitalize())
            if rating is not None:
                ratings.append(PartRating(part=part, rating=rating))
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
            self.record, self.earlier, summary=summary, vocabulary=self.vocabulary
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
        chosen = unique(chosen + (more or []))
        weaknesses = self.ask(spec.q("weaknesses"), list(old.weaknesses) if old else None) or []
        weaknesses = unique(weaknesses)
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

    def _kindness(self, spec: Stage, old: KindnessStage | None) -> tuple[str, ...]:
        refl = self.session.reflection
        learnings = refl.learnings.model_copy(deep=True) if refl.learnings else None
        before = {p.text: p for p in old.points} if old else {}
        points = list(learnings.themes) + list(learnings.weaknesses) if learnings else []
        if learnings is None and refl.feedback and refl.feedback.summary:
            points += sorted(self.vocabulary.find(refl.feedback.summary))
        points = unique(points + list(before))
        if points:
            self.p.say("The points raised so far:")
            for text in points:
                self.p.show("-", text)
        more = self.ask(spec.q("more_points")) or []
        points = unique(points + more)
        sorted_points = []
        for text in points:
            prior = before.get(text)
            prior_control = next(
                (k for k, v in _CONTROL.items() if prior and v is prior.control), None
            )
            control = _CONTROL[self.ask(spec.q("control"), prior_control, point=text)]
            long_term = False
            if control is Control.outside:
                long_term = bool(self.ask(spec.q("long_term"), prior.long_term if prior else None))
                if learnings is not None and not long_term:
                    self._set_aside(learnings, text)
            elif learnings is not None and not self._has_action(learnings, text):
                self._maybe_action(spec, learnings, text)
            sorted_points.append(Point(text=text, control=control, long_term=long_term))
        if any(p.control is Control.outside for p in sorted_points):
            self.p.say(
                "What's outside your control isn't a failing. It's noted, and set aside for now."
            )
        note = self.ask(spec.q("note_to_self"), old.note_to_self if old else None)
        refl.kindness = KindnessStage(points=sorted_points, note_to_self=note)
        if learnings is None:
            return ("kindness",)
        refl.learnings = learnings
        return ("kindness", "learnings")

    def _has_action(self, learnings: LearningsStage, point: str) -> bool:
        """Whether an action already answers ``point``: written for it, or (for
        a theme such as "system design") about something the theme covers."""
        name = " ".join(point.casefold().split())
        return any(
            a.theme == point or name in self.vocabulary.find(f"{a.theme or ''}\n{a.what}")
            for a in learnings.actions
        )

    def _maybe_action(self, spec: Stage, learnings: LearningsStage, point: str) -> None:
        if not self.ask(spec.q("make_action")):
            return
        n = self._next_n(learnings.actions)
        action = self._action(stage(3), point, n, None)
        if action is not None:
            learnings.actions.append(action)

    def _set_aside(self, learnings: LearningsStage, point: str) -> None:
        dropped = [a for a in learnings.actions if a.theme == point and a.done is None]
        if not dropped:
            return
        learnings.actions = [a for a in learnings.actions if a not in dropped]
        for action in dropped:
            self.p.say("Took this off your plan, since it's outside your control for now:")
            self.p.show("-", action.what)

    def _search(self, spec: Stage, old: SearchStage | None) -> tuple[str, ...]:
        self._show_posting()
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

    def _show_posting(self) -> None:
        """The advert first: fit is judged against what the job was, not its title."""
        if not self.posting:
            return
        lines = self.posting.strip().splitlines()
        shown = "\n".join(lines[:POSTING_LINES])
        self.p.say("Here's the job posting you kept. Read it again with fresh eyes:")
        self.p.show("the posting", shown)
        if len(lines) > POSTING_LINES:
            self.p.say(
                f"(That's the first {POSTING_LINES} lines; "
                f"`reject show {self.record.id} --posting` prints all of it.)"
            )

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
