"""Stage 4 of the reflection, "be kind to yourself": sorting each point into
what the person can change and what is outside their control for now.

What usually is outside (a language, years of experience, an internal
candidate, a closed role, location or visa) is offered as such first, for
the person to confirm. Their own stage-3 actions are not sorted again.
Enter skips a point and "not sure" is an answer. A verdict on oneself is
asked back about and never filed. A part of ``Flow``, kept apart for size.
"""

from __future__ import annotations

from reject.insights.themes import Vocabulary
from reject.model import Rejection
from reject.model.reflection import Action, Control, KindnessStage, LearningsStage, Point
from reject.reflection import outside
from reject.reflection.prompting import Asker
from reject.reflection.session import Session
from reject.reflection.stages import VERDICT, VERDICT_LEFT_OUT, Stage, stage
from reject.reflection.suggestions import unique
from reject.verdicts import is_self_verdict

_CONTROL = {
    "change": Control.can_change,
    "outside": Control.outside,
    "not sure": Control.not_sure,
}
# The answers to "usually outside your control for now: set it aside?"
_OFFER = {"yes": Control.outside, "no": Control.can_change, "not sure": Control.not_sure}


class Kindness(Asker):
    record: Rejection
    session: Session
    vocabulary: Vocabulary

    def _next_n(self, actions: list[Action]) -> int:
        return max((a.n for a in actions), default=0) + 1

    def _action(self, spec: Stage, point: str, n: int, old: Action | None) -> Action | None:
        raise NotImplementedError  # stage 3's, in ``Flow``

    def _kindness(self, spec: Stage, old: KindnessStage | None) -> tuple[str, ...]:
        refl = self.session.reflection
        learnings = refl.learnings.model_copy(deep=True) if refl.learnings else None
        before = {p.text: p for p in old.points} if old else {}
        points = list(learnings.themes) + list(learnings.weaknesses) if learnings else []
        if learnings is None and refl.feedback and refl.feedback.summary:
            points += sorted(self.vocabulary.find(refl.feedback.summary))
        points = unique(points + list(before))
        points = [p for p in points if not is_self_verdict(p)]
        # What the feedback says that is usually not theirs to change (a
        # language, years of experience...), unless a point already covers it.
        kinds = {found.kind for found in map(outside.reason, points) if found}
        for text, found in outside.in_feedback(self._feedback_texts()):
            if found.kind not in kinds:
                points.append(text)
                kinds.add(found.kind)
        # Their own plan from stage 3 is theirs: not sorted again here.
        planned = [
            p
            for p in points
            if learnings is not None
            and outside.reason(p) is None
            and self._has_action(learnings, p)
        ]
        if planned:
            self.p.say("You already have a plan for these, so they stay as they are:")
            for text in planned:
                self.p.show("-", text)
        to_sort = [p for p in points if p not in planned]
        # What is usually outside comes first, offered as such.
        to_sort.sort(key=lambda p: outside.reason(p) is None)
        if to_sort:
            self.p.say("The points to sort:")
            for text in to_sort:
                self.p.show("-", text)
        sorted_points = [Point(text=p, control=Control.can_change) for p in planned]
        for text in to_sort:
            self._sort_point(spec, learnings, text, before.get(text), sorted_points)
        more = self._without_verdicts(self.ask(spec.q("more_points")) or [])
        for text in unique(more):
            if all(text.casefold() != p.text.casefold() for p in sorted_points):
                self._sort_point(spec, learnings, text, before.get(text), sorted_points)
        controls = {p.control for p in sorted_points}
        if Control.outside in controls:
            self.p.say(
                "What's outside your control isn't a failing. It's noted, and set aside for now."
            )
        if Control.not_sure in controls:
            self.p.say(
                "Not sure is a fair answer. Those stay as they are; "
                f"`reject reflect {self.record.id} --stage 4` comes back to them."
            )
        note = self.ask(spec.q("note_to_self"), old.note_to_self if old else None)
        refl.kindness = KindnessStage(points=sorted_points, note_to_self=note)
        if learnings is None:
            return ("kindness",)
        refl.learnings = learnings
        return ("kindness", "learnings")

    def _feedback_texts(self) -> list[str]:
        texts = [note.text for note in self.record.feedback]
        feedback = self.session.reflection.feedback
        if feedback and feedback.summary:
            texts.append(feedback.summary)
        return texts

    def _sort_point(
        self,
        spec: Stage,
        learnings: LearningsStage | None,
        text: str,
        prior: Point | None,
        into: list[Point],
    ) -> None:
        """Ask how one point sorts, and act on it; a skipped point is left out."""
        found = outside.reason(text)
        answers = _CONTROL if found is None else _OFFER
        earlier = next((k for k, v in answers.items() if prior and v is prior.control), None)
        if found is None:
            answer = self.ask(spec.q("control"), earlier, point=text)
        else:
            answer = self.ask(spec.q("usually_outside"), earlier, point=text, why=found.why)
        control = answers.get(answer) if answer else None
        if control is None:
            return
        long_term = False
        if control is Control.outside:
            long_term = bool(self.ask(spec.q("long_term"), prior.long_term if prior else None))
            if learnings is not None and not long_term:
                self._set_aside(learnings, text)
        elif (
            control is Control.can_change
            and learnings is not None
            and not self._has_action(learnings, text)
        ):
            self._maybe_action(spec, learnings, text)
        into.append(Point(text=text, control=control, long_term=long_term))

    def _without_verdicts(self, items: list[str]) -> list[str]:
        """``items`` with each verdict on oneself asked back about: what they
        actually said takes its place, or it is left out."""
        kept = []
        for item in items:
            while item and is_self_verdict(item):
                item = self.ask(VERDICT) or ""
                if not item:
                    self.p.say(VERDICT_LEFT_OUT)
            if item:
                kept.append(item)
        return kept

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
