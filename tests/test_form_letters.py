"""Form letters, British and American, told apart from real feedback that
happens to use a stock phrase (the coach's review of issue 11)."""

from __future__ import annotations

import pytest

from reject.form_letters import Reply, classify


@pytest.mark.parametrize(
    "letter",
    [
        # British
        "Thank you for completing the assessment. Unfortunately you were not successful "
        "on this occasion.",
        "Thank you for attending the interview. Unfortunately you have been unsuccessful.",
        "We regret to inform you that your application has been unsuccessful.",
        "Thank you for your application. We will not be taking it further at this stage.",
        "I'm sorry to let you know that we have offered the post to another candidate.",
        "Thank you for taking the time to complete our online test. You have not been "
        "successful this time.",
        # American
        "They went with other candidates.",
        "We went with another candidate. Thanks for your time!",
        "We've gone with a different applicant for this position.",
        "Unfortunately, we have selected another candidate for the role.",
        "We have chosen to go in a different direction.",
        "Thank you for your interest in Acme Corp. The position has been filled.",
        "Thanks for interviewing with us. We decided to hire someone else.",
        "We are unable to offer you the position at this time.",
    ],
)
def test_stock_lines_are_form_letters(letter: str):
    assert classify(letter) == Reply.form


@pytest.mark.parametrize(
    "text",
    [
        # A reason after a stock phrase is feedback.
        "We went with other candidates who had stronger SQL skills.",
        "We went with another candidate with more experience of behaviour management.",
        "We went with a candidate who could also teach A-level further maths.",
        "We went with someone who has used a transport scheduling system before.",
        "The successful candidate showed stronger classroom management in the observed lesson.",
        "Thank you for completing the assessment. Your scores on the numeracy test were "
        "below our threshold.",
        "Thank you for your presentation; it ran long and lost the main message.",
        "Unfortunately you were not successful because the role needs a driving licence.",
        "You were not successful this time: the panel wanted more ward experience.",
        "We chose someone who could start sooner.",
    ],
)
def test_real_feedback_with_a_stock_phrase_stays_real(text: str):
    assert classify(text) == Reply.real
