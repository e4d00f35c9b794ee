"""Issue 11.3 and 11.7 in the flow: a stock letter or an empty reply is named
kindly in stage 1 with the offer of a request; a very low mood is met more
gently, with the offer to stop after stage 1; an all-skipped run is thanked
differently from a full one."""

from __future__ import annotations

import pytest

from reject.model import FeedbackNote
from reject.model.reflection import Reflection
from reject.reflection.closing import stages_answered, thanks
from reject.reflection.stages import (
    EMPTY_REPLY,
    FORM_LETTER,
    LOW_MOOD,
    PAUSE,
    VERY_LOW_MOOD,
)
from test_reflect_flow import FULL, Disk, Script, make_record, reflect

STOCK = (
    "Thank you for your interest. After careful consideration we have decided to move "
    "forward with other candidates whose experience more closely matches our needs. "
    "We wish you every success."
)


def notes(*texts: str) -> list[FeedbackNote]:
    return [FeedbackNote(text=t) for t in texts]


def asked(script: Script, needle: str) -> bool:
    return any(needle in q for q, _ in script.asked)


# Stage 1: a stock letter or an empty reply


def test_a_stock_letter_is_named_kindly():
    script = Script()
    reflect(Disk(make_record(feedback=notes(STOCK))), script, only=1)
    assert FORM_LETTER in script.said
    assert "says nothing about you" in FORM_LETTER


def test_an_empty_reply_is_named_kindly():
    script = Script()
    reflect(Disk(make_record(feedback=notes("No feedback given."))), script, only=1)
    assert EMPTY_REPLY in script.said and FORM_LETTER not in script.said


def test_a_stock_letter_is_not_asked_whether_it_is_specific_and_a_draft_is_offered():
    script = Script([("draft one", "y")])
    disk = Disk(make_record(feedback=notes(STOCK)))
    reflect(disk, script, only=1)
    assert (asked(script, "specific enough"), asked(script, "draft one")) == (False, True)
    assert disk.record.reflection.feedback.specific is False
    assert any("Subject: Feedback on my application for Backend Engineer" in s for s in script.said)
    assert any("reject ask 3" in s for s in script.said)


def test_a_stock_summary_typed_in_stage_1_is_named_too():
    script = Script([("what did they say", "They decided to move forward with other candidates.")])
    reflect(Disk(make_record(feedback=[])), script, only=1)
    assert FORM_LETTER in script.said and not asked(script, "specific enough")


def test_real_feedback_is_not_called_a_form_letter():
    script = Script([("specific enough", "y")])
    reflect(Disk(make_record()), script, only=1)
    assert FORM_LETTER not in script.said and EMPTY_REPLY not in script.said
    assert asked(script, "specific enough")


def test_what_they_said_on_the_phone_after_a_stock_letter_is_judged_as_usual():
    script = Script([("what did they say", "My case study lacked numbers"), ("specific", "y")])
    disk = Disk(make_record(feedback=notes(STOCK)))
    reflect(disk, script, only=1)
    assert disk.record.reflection.feedback.specific is True
    assert not asked(script, "draft one")


# A very low mood


@pytest.mark.parametrize("mood", ["1", "2"])
def test_a_very_low_mood_gets_a_gentler_reply(mood):
    script = Script([("feeling right now", mood)])
    reflect(Disk(make_record()), script)
    assert VERY_LOW_MOOD in script.said and LOW_MOOD not in script.said


def test_a_low_but_not_very_low_mood_gets_the_usual_reply():
    script = Script([("feeling right now", "3")])
    reflect(Disk(make_record()), script)
    assert LOW_MOOD in script.said and VERY_LOW_MOOD not in script.said
    assert not asked(script, PAUSE.text)


def test_a_very_low_mood_is_offered_a_stop_after_stage_1_and_enter_takes_it():
    script = Script([("feeling right now", "1")])
    disk = Disk(make_record())
    session = reflect(disk, script)
    assert (script.stages, session.paused) == ([1], True)
    assert disk.record.reflection.first_unfinished() == 2


def test_a_very_low_mood_can_carry_on():
    script = Script([("feeling right now", "2"), (PAUSE.text, "n")])
    session = reflect(Disk(make_record()), script)
    assert (script.stages, session.paused) == ([1, 2, 3, 4, 5, 6], False)


def test_coming_back_after_a_pause_does_not_offer_it_again():
    disk = Disk(make_record())
    reflect(disk, Script([("feeling right now", "1")]))
    script = Script()
    reflect(disk, script)
    assert script.stages == [2, 3, 4, 5, 6] and not asked(script, PAUSE.text)


# Thanks that fit the run


def test_an_all_skipped_run_answers_no_stage_and_is_thanked_differently():
    disk = Disk(make_record(feedback=notes(STOCK), keywords=["nurse"]))
    reflect(disk, Script([("feeling right now", "5")]))
    refl = disk.record.reflection
    assert stages_answered(refl) == 0
    assert "skipped everything" in thanks(refl, 3) and "real work" not in thanks(refl, 3)


def test_a_full_run_is_thanked_for_real_work():
    disk = Disk(make_record())
    reflect(disk, Script(FULL + [("went well", "Rapport"), ("excite", "On-call"),
                                 ("about yourself", "I prepare best out loud")]))  # fmt: skip
    refl = disk.record.reflection
    assert stages_answered(refl) == 6
    assert "real work" in thanks(refl, 3)


def test_a_partly_answered_run_gets_its_own_thanks():
    refl = Reflection.model_validate({"feedback": {"summary": "Too junior"}, "review": {}})
    assert stages_answered(refl) == 1
    words = thanks(refl, 3)
    assert "skipped everything" not in words and "real work" not in words
