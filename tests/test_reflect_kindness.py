"""Stage 4, kinder (issue 11.4): what usually is outside is offered as such
first; the person's own actions are not sorted again; Enter skips and "not
sure" is an answer; a verdict on oneself is asked back about, never filed."""

from __future__ import annotations

import pytest

from reject.insights import markdown
from reject.insights.plan import build_plan
from reject.insights.themes import load_vocabulary
from reject.model import FeedbackNote
from reject.model.reflection import Control
from reject.reflection import outside
from reject.reflection.stages import VERDICT, VERDICT_LEFT_OUT
from test_reflect_flow import TODAY, Disk, Script, make_record, reflect

VERDICT_TEXT = "maybe I'm just not leadership material"


def sort_questions(script: Script) -> list[str]:
    return [q for q, _ in script.asked if "Set it aside" in q or "change this" in q]


def points(disk: Disk) -> list[tuple[str, Control]]:
    return [(p.text, p.control) for p in disk.record.reflection.kindness.points]


@pytest.mark.parametrize(
    ("point", "kind"),
    [
        ("Dutch fluency", "language"),
        ("German", "language"),
        ("native Welsh speaker", "language"),
        ("5 years of experience", "experience"),
        ("years of client-management experience", "experience"),
        ("too junior", "experience"),
        ("an internal candidate", "internal"),
        ("they promoted from within", "internal"),
        ("the role was put on hold", "closed"),
        ("hiring freeze", "closed"),
        ("budget", "closed"),
        ("visa sponsorship", "location"),
        ("relocation", "location"),
        ("right to work in the UK", "location"),
    ],
)
def test_what_usually_is_outside_is_recognised(point, kind):
    found = outside.reason(point)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize(
    "point",
    ["system design", "communication", "classroom management", "structure of answers",
     "bedside manner", "closing the sale", "more system design experience"],
)  # fmt: skip
def test_what_can_usually_be_worked_on_is_not_offered_as_outside(point):
    assert outside.reason(point) is None


def test_feedback_yields_a_named_language_and_one_point_per_kind():
    found = outside.in_feedback(
        ["Fluent German is required. We went with an internal candidate.",
         "Requires Swedish or German; internal candidates come first."]
    )  # fmt: skip
    assert [text for text, _ in found] == [
        "a language requirement (German)",
        "an internal candidate",
    ]


def test_a_language_is_offered_as_outside_first_and_set_aside_on_yes():
    record = make_record(feedback=[FeedbackNote(text="Fluent German is required for this team.")])
    script = Script([("themes you notice", "communication"), ("Set it aside", "y")])
    disk = Disk(record)
    reflect(disk, script)
    asked = sort_questions(script)
    assert asked[0].startswith("\u201ca language requirement (German)\u201d is usually outside")
    assert points(disk)[0] == ("a language requirement (German)", Control.outside)


def test_the_offer_says_why_it_is_usually_outside():
    script = Script([("else they raised", "visa sponsorship")])
    reflect(Disk(make_record(feedback=[])), script)
    assert "rarely change quickly" in sort_questions(script)[0]


def test_no_to_the_offer_makes_it_a_point_you_can_change():
    script = Script([("else they raised", "5 years of experience"), ("Set it aside", "no")])
    disk = Disk(make_record(feedback=[]))
    reflect(disk, script)
    assert points(disk) == [("5 years of experience", Control.can_change)]


def test_your_own_action_items_are_not_sorted_again():
    script = Script(
        [
            ("work on", "system design, whiteboard nerves"),
            ("What will you do", "Two mock design interviews"),
            ("What will you do", "Practise out loud with a friend"),
        ]
    )
    disk = Disk(make_record())
    reflect(disk, script)
    assert sort_questions(script) == []
    assert "You already have a plan for these, so they stay as they are:" in script.said


def test_a_point_you_planned_for_stays_changeable_and_keeps_its_action():
    script = Script([("work on", "system design"), ("What will you do", "Mock design interviews")])
    disk = Disk(make_record())
    reflect(disk, script)
    assert ("system design", Control.can_change) in points(disk)
    assert [a.what for a in disk.record.reflection.learnings.actions] == ["Mock design interviews"]


def test_enter_skips_a_point_without_a_hint_and_files_nothing():
    script = Script([("else they raised", "culture fit, an internal candidate")])
    disk = Disk(make_record(feedback=[]))
    reflect(disk, script)  # the script asserts a skipped question was optional
    assert (len(sort_questions(script)), script.hints, points(disk)) == (2, [], [])


@pytest.mark.parametrize("typed", ["not sure", "n", "unsure", "?", "Don\u2019t know"])
def test_not_sure_is_an_answer_to_can_you_change_this(typed):
    script = Script([("else they raised", "culture fit"), ("change this", typed)])
    disk = Disk(make_record(feedback=[]))
    reflect(disk, script)
    assert (points(disk), script.hints) == ([("culture fit", Control.not_sure)], [])


def test_not_sure_is_an_answer_to_the_offer_and_keeps_the_action():
    script = Script(_dutch("not sure"))
    disk = Disk(make_record(feedback=[]))
    reflect(disk, script)
    assert points(disk) == [("Dutch fluency", Control.not_sure)]
    assert [a.what for a in disk.record.reflection.learnings.actions] == ["Take Dutch lessons"]
    assert any("Not sure is a fair answer" in line for line in script.said)


def _dutch(answer: str) -> list[tuple[str, str]]:
    return [("work on", "Dutch fluency"), ("What will you do", "Take Dutch lessons"),
            ("Set it aside", answer)]  # fmt: skip


def test_revisiting_stage_4_shows_not_sure_as_the_earlier_answer():
    disk = Disk(make_record(feedback=[]))
    reflect(disk, Script(_dutch("not sure")))
    script = Script()
    reflect(disk, script, only=4)
    assert [d for q, d in script.asked if "Set it aside" in q] == ["not sure"]
    assert points(disk) == [("Dutch fluency", Control.not_sure)]


def test_a_verdict_gets_a_gentle_question_back():
    script = Script([("else they raised", VERDICT_TEXT)])
    reflect(Disk(make_record(feedback=[])), script)
    assert any(q.startswith(VERDICT.text) for q, _ in script.asked)


def test_what_they_actually_said_replaces_the_verdict():
    script = Script(
        [
            ("else they raised", VERDICT_TEXT),
            ("actually tell you", "wanted more experience leading a team"),
            ("change this", "change"),
        ]
    )
    disk = Disk(make_record(feedback=[]))
    reflect(disk, script)
    assert points(disk) == [("wanted more experience leading a team", Control.can_change)]


def test_enter_leaves_a_verdict_out_entirely():
    script = Script([("else they raised", VERDICT_TEXT)])
    disk = Disk(make_record(feedback=[]))
    reflect(disk, script)
    assert (points(disk), VERDICT_LEFT_OUT in script.said) == ([], True)


def test_a_verdict_in_stage_3_is_asked_back_and_never_becomes_a_theme_or_weakness():
    script = Script([("themes you notice", f"{VERDICT_TEXT}, nerves"), ("work on", VERDICT_TEXT)])
    disk = Disk(make_record(feedback=[]))
    reflect(disk, script)
    learnings = disk.record.reflection.learnings
    assert (learnings.themes, learnings.weaknesses) == (["nerves"], [])
    assert sum(q.startswith(VERDICT.text) for q, _ in script.asked) == 2


def test_a_verdict_typed_anywhere_in_the_reflection_never_reaches_the_plan():
    script = Script(
        [
            ("themes you notice", VERDICT_TEXT),
            ("work on", "I'm not good enough"),
            ("else they raised", "I'm useless at interviews"),
        ]
    )
    disk = Disk(make_record(feedback=[]))
    reflect(disk, script)
    text = markdown.write(build_plan([disk.record], load_vocabulary(None), today=TODAY))
    for needle in ("material", "leadership", "good enough", "useless"):
        assert needle not in text.lower()
