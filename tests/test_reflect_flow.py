"""The reflection flow, driven by a scripted prompter: no terminal, no disk."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from reject.model import Contact, FeedbackNote, Rejection
from reject.model.reflection import Control, RequestStatus
from reject.reflection.flow import Flow
from reject.reflection.session import Session, merge
from reject.reflection.stages import LOW_MOOD, STAGES

TODAY = date(2026, 9, 10)
INTERRUPT = object()


class Script:
    """Answers questions by matching a piece of their text.

    ``rules`` are (text in the question, answer) pairs, used in order and
    each once; a question no rule matches is skipped with Enter. Enter on a
    question showing an earlier answer keeps it, as in the real prompt.
    """

    def __init__(self, rules: list[tuple[str, Any]] = (), interrupt_in: int | None = None):
        self.rules = list(rules)
        self.interrupt_in = interrupt_in
        self.stages: list[int] = []
        self.asked: list[tuple[str, str | None]] = []
        self.hints: list[str] = []
        self.said: list[str] = []
        self.long: list[str] = []  # questions asked as many-line answers

    def stage(self, number: int, total: int, title: str, intro: tuple[str, str]) -> None:
        self.stages.append(number)

    def say(self, text: str) -> None:
        self.said.append(text)

    def show(self, label: str, text: str) -> None:
        self.said.append(text)

    def ask(
        self, question: str, *, default: str | None, optional: bool, check, long: bool = False
    ) -> str:
        self.asked.append((question, default))
        if long:
            self.long.append(question)
        if self.interrupt_in is not None and self.stages[-1:] == [self.interrupt_in]:
            raise KeyboardInterrupt
        while True:
            answer = self._next(question)
            if answer is INTERRUPT:
                raise KeyboardInterrupt
            if answer == "" and default is not None:
                answer = default
            if answer == "":
                assert optional, f"required question skipped: {question}"
                return ""
            hint = check(answer)
            if hint is None:
                return answer
            self.hints.append(hint)

    def _next(self, question: str) -> Any:
        for i, (needle, answer) in enumerate(self.rules):
            if needle.lower() in question.lower():
                del self.rules[i]
                return answer
        return ""


class Disk:
    """Stands in for the journal: each save is applied as the CLI applies it."""

    def __init__(self, record: Rejection) -> None:
        self.record = record
        self.saves: list[tuple[str, ...]] = []

    def save(self, session: Session, changed: tuple[str, ...]) -> None:
        data = {**self.record.model_dump(), **merge(self.record, session, changed)}
        self.record = Rejection.model_validate(data)
        self.saves.append(changed)


def make_record(**extra: Any) -> Rejection:
    fields: dict[str, Any] = {
        "id": 3,
        "company": "Acme",
        "role": "Backend Engineer",
        "contact": Contact(name="Jane Doe"),
        "feedback": [FeedbackNote(text="We wanted more system design experience.")],
    }
    fields.update(extra)
    return Rejection(**fields)


def reflect(disk: Disk, script: Script, *, only: int | None = None, earlier=()) -> Session:
    return Flow(disk.record, list(earlier), script, disk.save, today=TODAY).run(only)


FULL = [
    ("feeling right now", "4"),
    ("what did they say", "More depth in system design"),
    ("specific enough", "n"),
    ("draft one", "y"),
    ("send it today", "y"),
    ("interview rounds", "2"),
    ("Preparation", "4"),
    ("Round 1: what kind", "coding"),
    ("Coding (", "2"),
    ("went well", "Rapport"),
    ("balance", "technical"),
    ("answer better", "How would you scale it?"),
    ("better answer", "Partition and queue"),
    ("Which of these fit", "1"),
    ("other themes", "nerves"),
    ("work on", "system design"),
    ("What will you do", "Take a design course"),
    ("go about it", "course"),
    ("By when", "in 3 weeks"),
    ("change this", "change"),
    ("change this", "outside"),
    ("change this", "change"),
    ("fit you", "3"),
    ("day to day", "y"),
    ("really after", "Platform engineer"),
    ("feeling now", "6"),
    ("next concrete step", "Apply to two roles"),
    ("When will you", "tomorrow"),
]


def test_a_full_run_walks_the_six_stages_in_order():
    script = Script(FULL)
    reflect(Disk(make_record()), script)
    assert script.stages == [1, 2, 3, 4, 5, 6]


def test_free_text_questions_take_many_lines_and_the_short_ones_do_not():
    script = Script(FULL)
    reflect(Disk(make_record()), script)
    long = " | ".join(script.long)
    assert ("what did they say" in long.lower(), "better answer" in long, "rounds" in long) == (
        True,
        True,
        False,
    )


def test_a_full_run_stores_every_stage_and_marks_it_complete():
    disk = Disk(make_record())
    reflect(disk, Script(FULL))
    refl = disk.record.reflection
    assert refl.first_unfinished() is None
    assert refl.completed == TODAY


def test_answers_land_in_the_right_fields():
    disk = Disk(make_record())
    reflect(disk, Script(FULL))
    refl = disk.record.reflection
    assert refl.feedback.summary == "More depth in system design"
    assert [(r.part, r.rating) for r in refl.review.ratings] == [
        ("preparation and research", 4),
        ("coding", 2),
    ]
    assert refl.review.questions[0].better_answer == "Partition and queue"
    assert refl.learnings.actions[0].what == "Take a design course"
    assert refl.search.target_role == "Platform engineer"
    assert refl.resilience.next_step_due == date(2026, 9, 11)


def test_each_finished_stage_is_saved_once():
    disk = Disk(make_record())
    reflect(disk, Script(FULL))
    assert disk.saves == [
        ("feedback",),
        ("review",),
        ("learnings",),
        ("kindness", "learnings"),
        ("search",),
        ("resilience",),
    ]


def test_skipping_every_question_still_finishes_each_stage():
    disk = Disk(make_record(feedback=[]))
    reflect(disk, Script())
    refl = disk.record.reflection
    assert refl.completed == TODAY
    assert refl.feedback.summary is None
    assert refl.review.ratings == []


def test_mood_at_start_is_kept_as_mood_before():
    disk = Disk(make_record())
    reflect(disk, Script(FULL))
    assert disk.record.reflection.resilience.mood_before == 4


@pytest.mark.parametrize("stage", range(1, 7))
def test_an_interrupted_stage_is_lost_but_earlier_stages_are_kept(stage):
    disk = Disk(make_record())
    with pytest.raises(KeyboardInterrupt):
        reflect(disk, Script(FULL, interrupt_in=stage))
    refl = disk.record.reflection
    if stage == 1:
        assert refl is None
    else:
        assert refl.first_unfinished() == stage


@pytest.mark.parametrize("stage", range(1, 7))
def test_running_again_resumes_at_the_interrupted_stage(stage):
    disk = Disk(make_record())
    with pytest.raises(KeyboardInterrupt):
        reflect(disk, Script(FULL, interrupt_in=stage))
    script = Script(FULL)
    reflect(disk, script)
    assert script.stages == list(range(stage, 7))
    assert disk.record.reflection.completed == TODAY


def test_revisiting_a_stage_runs_only_that_stage():
    disk = Disk(make_record())
    reflect(disk, Script(FULL))
    script = Script()
    reflect(disk, script, only=2)
    assert script.stages == [2]


def test_revisiting_shows_earlier_answers_as_defaults():
    disk = Disk(make_record())
    reflect(disk, Script(FULL))
    script = Script()
    reflect(disk, script, only=1)
    assert ("In your own words, what did they say?", "More depth in system design") in script.asked


def test_enter_on_a_revisited_question_keeps_the_earlier_answer():
    disk = Disk(make_record())
    reflect(disk, Script(FULL))
    reflect(disk, Script(), only=5)
    assert disk.record.reflection.search.fit == 3


def test_a_dash_clears_an_earlier_answer():
    disk = Disk(make_record())
    reflect(disk, Script(FULL))
    reflect(disk, Script([("fit you", "-")]), only=5)
    assert disk.record.reflection.search.fit is None


def test_revisiting_keeps_action_numbers():
    disk = Disk(make_record())
    reflect(disk, Script(FULL))
    before = [a.n for a in disk.record.reflection.learnings.actions]
    reflect(disk, Script(), only=3)
    assert [a.n for a in disk.record.reflection.learnings.actions] == before


def _sorting(answer: str, *more: tuple[str, str]) -> list[tuple[str, str]]:
    # A language is offered as outside your control first: "Set it aside?"
    return [
        ("work on", "Dutch fluency"),
        ("What will you do", "Take Dutch lessons"),
        ("Set it aside", answer),
        *more,
    ]


def test_a_point_sorted_outside_is_taken_off_the_plan():
    disk = Disk(make_record(feedback=[]))
    reflect(disk, Script(_sorting("yes")))
    assert disk.record.reflection.learnings.actions == []


def test_a_point_sorted_outside_is_recorded_as_outside():
    disk = Disk(make_record(feedback=[]))
    reflect(disk, Script(_sorting("y")))
    points = disk.record.reflection.kindness.points
    assert [(p.text, p.control) for p in points] == [("Dutch fluency", Control.outside)]


def test_a_point_sorted_outside_can_stay_as_a_long_term_goal():
    disk = Disk(make_record(feedback=[]))
    reflect(disk, Script(_sorting("yes", ("long-term", "y"))))
    assert disk.record.reflection.kindness.points[0].long_term is True


def test_a_changeable_point_keeps_its_action():
    disk = Disk(make_record(feedback=[]))
    reflect(disk, Script(_sorting("no")))
    actions = disk.record.reflection.learnings.actions
    assert [(a.what, a.theme) for a in actions] == [("Take Dutch lessons", "Dutch fluency")]


def test_a_changeable_point_without_an_action_can_become_one():
    script = Script(
        [
            ("else they raised", "client management"),
            ("change this", "change"),
            ("into an action", "y"),
            ("What will you do", "Lead a client workshop"),
        ]
    )
    disk = Disk(make_record(feedback=[]))
    reflect(disk, script)
    actions = disk.record.reflection.learnings.actions
    assert [(a.what, a.theme) for a in actions] == [("Lead a client workshop", "client management")]


def test_an_outside_point_is_never_offered_as_an_action():
    script = Script([("else they raised", "local language"), ("change this", "outside")])
    reflect(Disk(make_record(feedback=[])), script)
    assert not any("into an action" in q for q, _ in script.asked)


def test_a_rating_out_of_range_is_asked_again_with_a_hint():
    script = Script([("Preparation", "7"), ("Preparation", "4")])
    disk = Disk(make_record())
    reflect(disk, script, only=2)
    assert script.hints == ["Please give a whole number from 1 to 5."]


def test_a_date_that_does_not_exist_is_asked_again_with_a_hint():
    script = Script([("work on", "sql"), ("What will you do", "Course"), ("By when", "2026-02-30")])
    script.rules.append(("By when", "2026-10-01"))
    reflect(Disk(make_record()), script, only=3)
    assert "'2026-02-30' is not a real date" in script.hints[0]


def test_a_due_date_in_the_past_is_asked_again():
    script = Script([("work on", "sql"), ("What will you do", "Course"), ("By when", "2020-01-01")])
    script.rules.append(("By when", "2026-10-01"))
    reflect(Disk(make_record()), script, only=3)
    assert "already passed" in script.hints[0]


def test_an_unspecific_answer_offers_a_feedback_request_and_tracks_it():
    disk = Disk(make_record())
    reflect(disk, Script(FULL))
    request = disk.record.feedback_request
    assert (request.status, request.asked_on) == (RequestStatus.asked, TODAY)


def test_specific_feedback_does_not_offer_a_request():
    script = Script([("specific enough", "y")])
    reflect(Disk(make_record()), script, only=1)
    assert not any("draft" in q for q, _ in script.asked)


def test_themes_that_recur_are_suggested_first_with_their_count():
    earlier = [
        make_record(id=1, feedback=[FeedbackNote(text="Communication could be clearer")]),
        make_record(id=2, feedback=[FeedbackNote(text="Explain your thinking more")]),
    ]
    script = Script()
    reflect(Disk(make_record()), script, only=3, earlier=earlier)
    assert "  1. communication (in 2 other rejections)" in script.said


def test_every_stage_has_a_title_and_a_two_line_intro():
    assert all(s.title and len(s.intro) == 2 and all(s.intro) for s in STAGES)


def test_a_low_mood_at_the_start_is_acknowledged():
    script = Script([("feeling right now", "3")])
    reflect(Disk(make_record()), script)
    assert LOW_MOOD in script.said


def test_the_detail_question_follows_how_the_action_is_done():
    script = Script(
        [("work on", "sql"), ("What will you do", "Mock interviews"), ("go about", "p")]
    )
    reflect(Disk(make_record()), script, only=3)
    assert any(q.startswith("With whom, or how?") for q, _ in script.asked)


def test_a_theme_an_action_already_covers_is_not_offered_another():
    script = Script(
        [
            ("themes you notice", "system design"),
            ("work on", "design round stayed high-level"),
            ("What will you do", "Practise two system design interviews"),
            ("change this", "change"),
            ("change this", "change"),
        ]
    )
    reflect(Disk(make_record(feedback=[])), script)
    assert not any("into an action" in q for q, _ in script.asked)
