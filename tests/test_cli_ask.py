"""`reject ask` (issue 11, point 9): a personal request for feedback.

The draft greets the contact by first name, refers to what they said with
one follow-up question, changes with how far the process got and with what
came back, and is signed from the profile. Showing it records nothing;
--sent does. The reminders and the plan agree on when to follow up.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from reject.followup import Phase, hint
from reject.model.reflection import FeedbackRequest, RequestStatus
from reject.store import Store

FORM = (
    "We have decided to move forward with other candidates whose experience more closely "
    "matches our needs."
)
SPECIFIC = "The panel felt your answers on handover communication were hard to follow."


def body(draft: str) -> str:
    """The draft without its subject line and sign-off."""
    lines = draft.strip().splitlines()
    end = lines.index("Best regards,")
    return "\n".join(lines[1:end])


def ask(run, rid: int) -> str:
    result = run("ask", str(rid))
    assert result.code == 0, result.err
    return result.out


# -- the variants -------------------------------------------------------------


@pytest.mark.parametrize(
    ("stage", "expected"),
    [
        ("screen", "one thing that held my application back"),
        ("application", "one thing that held my application back"),
        ("interview", "a part of the interviews where I fell short"),
        ("final", "what tipped the decision"),
        ("offer", "what tipped the decision"),
    ],
)
def test_a_form_letter_gets_an_open_question_fitted_to_the_stage(run, log, stage, expected):
    rid = log("Greenfield Academy", "Teacher of English", "-s", stage, "-k", "form", "-f", FORM)
    draft = ask(run, rid)
    assert expected in draft
    assert "Thank you for letting me know about the Teacher of English role" in draft
    assert "Greenfield Academy" in draft


@pytest.mark.parametrize(
    ("stage", "expected"),
    [
        ("screen", "what would have made that part of my application stronger?"),
        ("interview", "where that showed most in the interviews"),
        ("final", "how much communication weighed in the decision"),
    ],
)
def test_real_feedback_is_named_and_gets_one_follow_up_question(run, log, stage, expected):
    rid = log("St Mary's Hospital", "Staff Nurse", "-s", stage, "-k", "personal", "-f", SPECIFIC)
    draft = ask(run, rid)
    assert "What you said about communication" in draft
    assert expected in draft
    assert body(draft).count("?") == 1  # one specific follow-up, not a questionnaire
    assert draft.startswith("Subject: A follow-up question about the Staff Nurse role")


def test_the_three_stages_and_the_two_kinds_of_reply_all_read_differently(run, log):
    drafts = set()
    for stage in ("screen", "interview", "final"):
        for feedback in (FORM, SPECIFIC):
            rid = log("Kessler LLP", "Associate", "-s", stage, "-f", feedback)
            drafts.add(body(ask(run, rid)))
    assert len(drafts) == 6


def test_feedback_with_no_known_topic_still_gets_a_question_about_it(run, log):
    rid = log(
        "Hallam Foods",
        "Store Manager",
        "-s",
        "interview",
        "-f",
        "You were let down by the rota exercise.",
    )
    draft = ask(run, rid)
    assert "The feedback you shared was genuinely useful" in draft
    assert "Of the points you raised, which one would you work on first" in draft


def test_a_requirement_is_asked_about_as_a_requirement(run, log):
    rid = log(
        "Hallam Foods",
        "Store Manager",
        "-s",
        "interview",
        "-f",
        "Fluent Dutch is required for this role.",
    )
    draft = ask(run, rid)
    assert "the language the role needs" in draft and "firm requirement" in draft


def test_the_journal_is_never_quoted_back_to_the_employer(run, log):
    words = "Recruiter said my SQL was weak and my examples were thin."
    rid = log("Initech", "Data Analyst", "-s", "interview", "-f", words)
    draft = ask(run, rid)
    assert "SQL was weak" not in draft and "examples were thin" not in draft


def test_silence_is_not_thanked_as_a_reply(run, log):
    rid = log("Kessler LLP", "Associate", "-s", "final", "-k", "ghosted")
    draft = ask(run, rid)
    assert "haven't heard back" in draft and "final stage" in draft
    assert "Thank you for letting me know" not in draft


# -- greeting and sign-off ----------------------------------------------------


@pytest.mark.parametrize(
    ("contact", "greeting"),
    [
        ("Jane Doe <jane@acme.com>", "Hello Jane,"),
        ("Dr. Amara Okafor", "Hello Amara,"),
        ("Ms Patel", "Hello Ms Patel,"),
        ("Patel, Riya", "Hello Riya,"),
        ("Talent Acquisition <jobs@acme.com>", "Hello,"),
        ("HR Team", "Hello,"),
        ("jane@acme.com", "Hello,"),
    ],
)
def test_the_contact_is_greeted_by_first_name_when_known(run, log, contact, greeting):
    rid = log("Acme", "Engineer", "--contact", contact)
    assert ask(run, rid).splitlines()[2] == greeting


def test_the_draft_is_signed_with_the_name_and_email_from_the_profile(run, log):
    run("config", "set", "name", "Sam Taylor")
    run("config", "set", "email", "sam@example.com")
    rid = log()
    result = run("ask", str(rid))
    assert result.out.rstrip().endswith("Best regards,\nSam Taylor\nsam@example.com")
    assert "config set name" not in result.err


def test_without_a_name_it_says_how_to_set_one_once(run, log):
    rid = log()
    result = run("ask", str(rid))
    assert result.out.rstrip().endswith("Best regards,")
    assert result.err.count('reject config set name "Your Name"') == 1
    assert "not in the journal" in result.err


# -- viewing records nothing; --sent does -------------------------------------


def test_viewing_the_draft_records_nothing(run, log, journal_path: Path, tmp_path: Path):
    rid = log()
    before = journal_path.read_bytes()
    assert run("ask", str(rid)).code == 0
    assert run("ask", str(rid), "-o", str(tmp_path / "draft.txt")).code == 0
    assert journal_path.read_bytes() == before
    assert "--sent" in run("ask", str(rid)).err


def test_sent_records_the_request_as_asked_today(run, log):
    rid = log("Acme")
    result = run("ask", str(rid), "--sent")
    assert result.code == 0 and result.out == ""
    request = run("show", str(rid), "--json").json()["feedback_request"]
    assert (request["status"], request["asked_on"]) == ("asked", date.today().isoformat())
    assert request["draft"].startswith("Subject: ")
    assert "7 days" in result.err and "reject due" in result.err


def test_sent_twice_keeps_the_first_date(run, log, home: Path):
    rid = log()
    _asked(home, rid, days_ago=3)
    result = run("ask", str(rid), "--sent")
    request = run("show", str(rid), "--json").json()["feedback_request"]
    assert request["asked_on"] == (date.today() - timedelta(days=3)).isoformat()
    assert "Already noted as sent" in result.err


def test_an_edited_draft_is_kept_but_not_sent(run, log, monkeypatch):
    rid = log()
    monkeypatch.setenv("EDITOR", "sed -i s/Hello,/Dear\\ team,/")
    run("ask", str(rid), "--edit")
    request = run("show", str(rid), "--json").json()["feedback_request"]
    assert request["status"] == "not-asked"
    assert "Dear team," in run("ask", str(rid)).out
    run("ask", str(rid), "--sent")
    request = run("show", str(rid), "--json").json()["feedback_request"]
    assert request["status"] == "asked" and "Dear team," in request["draft"]


def test_sent_with_an_output_file_writes_then_records(run, log, tmp_path: Path):
    rid = log("Acme", "Data Engineer")
    target = tmp_path / "draft.txt"
    assert run("ask", str(rid), "--sent", "-o", str(target)).code == 0
    assert "Data Engineer" in target.read_text(encoding="utf-8")
    assert run("show", str(rid), "--json").json()["feedback_request"]["status"] == "asked"


def test_status_with_sent_is_a_usage_error(run, log, journal_path: Path):
    rid = log()
    before = journal_path.read_bytes()
    result = run("ask", str(rid), "--sent", "--status", "answered")
    assert result.code == 2 and "on its own" in result.err
    assert journal_path.read_bytes() == before


def test_status_still_records_what_became_of_it(run, log):
    rid = log()
    run("ask", str(rid), "--sent")
    assert run("ask", str(rid), "--status", "declined").code == 0
    assert run("show", str(rid), "--json").json()["feedback_request"]["status"] == "declined"


# -- the reminders and the plan agree on timing -------------------------------


def _asked(home: Path, rid: int, *, days_ago: int) -> None:
    with Store(home).transaction() as journal:
        # A new object in its place (the store logs records that are new
        # objects; one changed in place would be lost).
        at = next(i for i, r in enumerate(journal.rejections) if r.id == rid)
        journal.rejections[at] = journal.rejections[at].model_copy(
            update={
                "feedback_request": FeedbackRequest(
                    status=RequestStatus.asked,
                    asked_on=date.today() - timedelta(days=days_ago),
                    draft="Subject: hello",
                )
            }
        )


@pytest.mark.parametrize(("days", "phase"), [(9, Phase.follow_up), (20, Phase.let_go)])
def test_due_bare_reject_and_the_plan_say_the_same_thing_on_the_same_day(
    run, log, home, days, phase
):
    rid = log("Acme", "Engineer")
    _asked(home, rid, days_ago=days)
    said = hint(phase, rid)
    due = run("due").out
    assert f"feedback request to Acme (#{rid}), asked {days} days ago" in due
    assert said in due
    assert said in run().out
    plan = run("plan").out
    # Same timing, same words; "it says little about you" is said once per
    # plan, in "Little or no feedback" (this rejection has none).
    in_plan = said.replace(", and it says little about you", "")
    assert f"(#{rid}): asked" in plan and f"{days} days ago. {in_plan}" in plan
    assert run("plan", "--format", "json").json()["waiting"][0]["phase"] == phase.value


def test_a_request_within_the_wait_is_not_due(run, log, home):
    rid = log("Acme", "Engineer")
    _asked(home, rid, days_ago=3)
    assert run("due").out == ""
    assert "give them a few more days" in run("plan").out
