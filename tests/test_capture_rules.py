"""reject.capture: one small email per general rule, each written to fail
before its rule existed (brackets, greetings with titles, closings, footers,
common words, trailing subject words, a person behind a no-reply box, an
agency that signs as a firm)."""

from __future__ import annotations

import pytest

from reject.capture import parse_message


def _mail(subject: str, body: str, sender: str = "Jo Bell <jo.bell@hartwell.org>") -> bytes:
    return (
        f"From: {sender}\nTo: Sam Lee <sam@example.com>\nSubject: {subject}\n"
        f"Date: Mon, 02 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}"
    ).encode()


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Thank you for applying for the Staff Midwife, Labour Ward (Days) position. "
         "We won't be taking it further.\n", "Staff Midwife, Labour Ward (Days)"),
        ("Vielen Dank für Ihre Bewerbung als Lagerist (m/w/d) Kommissionierung bei uns.\n",
         "Lagerist Kommissionierung"),
        ("Merci pour votre candidature au poste de Serveur (f/h) Brasserie à Lyon.\n",
         "Serveur Brasserie"),
    ],
)
def test_a_bracket_inside_a_title_is_kept_whole(body: str, role: str) -> None:
    assert parse_message(_mail("Update", body)).role == role


@pytest.mark.parametrize("greeting", ["Dear Dr. Patel,", "Dear Ms. Okoye,", "Dear Mr. O'Hara,"])
def test_a_greeting_with_a_title_is_not_feedback(greeting: str) -> None:
    facts = parse_message(_mail("Your application", f"{greeting}\n\nWe chose someone else.\n"))
    assert facts.feedback == "We chose someone else."


@pytest.mark.parametrize(
    "closing", ["With warm wishes,", "With very best wishes,", "All the very best,",
                "Warmest regards,", "With kind regards,"]
)
def test_any_english_closing_ends_the_feedback(closing: str) -> None:
    body = (f"Hello,\n\nWe chose someone else this time.\n\n{closing}\n\nJo Bell\n"
            "Volunteer Manager\nHartwell Hospice\n\nRegistered charity no. 1012345\n")
    facts = parse_message(_mail("Your application", body))
    assert facts.feedback == "We chose someone else this time."
    assert facts.contact_name == "Jo Bell"


def test_a_tracking_systems_footer_is_not_feedback() -> None:
    body = "Hello,\n\nWe chose someone else this time.\n\nSent with Pinpoint\n"
    assert parse_message(_mail("Your application", body)).feedback == (
        "We chose someone else this time.")


def test_a_common_word_is_no_role_and_the_subject_title_wins() -> None:
    body = ("Hi Sam,\n\nWe went with someone else. I'd be glad to see you again for the next "
            "opening.\n\nJo\n")
    assert parse_message(_mail("Re: Pastry Chef - feedback", body)).role == "Pastry Chef"


@pytest.mark.parametrize("word", ["search", "vacancy", "recruitment"])
def test_a_word_after_the_title_in_the_subject_is_dropped(word: str) -> None:
    facts = parse_message(_mail(f"Re: Lecturer in Midwifery {word}", "Hi Sam,\n\nNo, sorry.\n"))
    assert facts.role == "Lecturer in Midwifery"


def test_a_person_writing_through_a_no_reply_box_is_the_contact_without_address() -> None:
    body = "Hallo Sam,\n\nleider nicht.\n\nMit freundlichen Grüßen\n\nJonas Becker\n"
    facts = parse_message(_mail("Ihre Bewerbung", body, "Jonas Becker <noreply@softgarden.io>"))
    assert (facts.contact_name, facts.contact_email) == ("Jonas Becker", None)


def test_an_organisation_signing_through_a_no_reply_box_is_no_contact() -> None:
    body = "Hello Sam,\n\nWe chose someone else.\n\nKind regards,\n\nHartwell Hospice\n"
    sender = "Hartwell Hospice <noreply@hartwell.org>"
    facts = parse_message(_mail("Your application", body, sender))
    assert facts.contact_name is None


@pytest.mark.parametrize("firm", ["Lindqvist Engineering Search", "Corran Technical Staffing"])
def test_a_recruiter_signing_as_a_firm_gives_the_client_as_company(firm: str) -> None:
    body = ("Hi Sam,\n\nI've heard back from Oakridge Marine Ltd after your interview for the "
            "Project Engineer role, and they've decided to go with another candidate.\n\n"
            f"Best wishes,\n\nJo Bell\nSenior Consultant\n{firm}\n")
    facts = parse_message(_mail("Project Engineer - update", body,
                                "Jo Bell <jo.bell@lindqvist.co.uk>"))
    assert facts.company == "Oakridge Marine Ltd"
    assert facts.contact_email == "jo.bell@lindqvist.co.uk"
