"""The plan a coach would sign (issue 11): each pattern counted once, start
here, little or no feedback, rounds by name, resilience rules, brevity, and
verdicts that never become a theme or a plan line."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from reject.form_letters import Reply, classify, is_form_letter
from reject.insights import markdown
from reject.insights.plan import build_plan, to_json
from reject.insights.themes import count_themes, load_vocabulary
from reject.model import FeedbackNote, Journal, Rejection
from reject.model.reflection import (
    KindnessStage,
    LearningsStage,
    PartRating,
    Point,
    Reflection,
    ResilienceStage,
    ReviewStage,
)
from reject.verdicts import is_self_verdict, without_verdicts

VOCAB = load_vocabulary(None)
TODAY = date(2026, 11, 25)
DATA = Path(__file__).parent / "data"


def rec(rid: int, *feedback: str, day: int = 1, **extra: object) -> Rejection:
    return Rejection(
        id=rid,
        company=f"Company {rid}",
        role=str(extra.pop("role", "Engineer")),
        date=date(2026, 10, 20) + timedelta(days=day + rid),  # recent: worth asking about
        feedback=[FeedbackNote(text=t) for t in feedback],
        **extra,
    )


def themes(records: list[Rejection]) -> dict[str, tuple[int, str | None]]:
    return {t.name: (t.count, t.parent) for t in count_themes(records, VOCAB).themes}


def plan_md(records: list[Rejection]) -> str:
    return markdown.write(build_plan(records, VOCAB, today=TODAY))


def plan_json(records: list[Rejection]) -> dict:
    return json.loads(json.dumps(to_json(build_plan(records, VOCAB, today=TODAY))))


# Each pattern counted once


def test_a_phrase_in_the_same_clause_as_a_theme_joins_it():
    records = [rec(i, "You lacked client management experience.") for i in (1, 2, 3)]
    found = count_themes(records, VOCAB).themes
    client = next(t for t in found if t.name == "client management")
    assert client.count == 3 and client.phrases == ["management experience"]
    assert "management experience" not in themes(records)


def test_a_theme_inside_a_bigger_one_is_nested_beneath_it():
    records = [
        rec(1, "Communication was unclear and answers lacked structure."),
        rec(2, "Hard to follow; rambling answers."),
        rec(3, "Explain your reasoning more."),
    ]
    assert themes(records)["structure of answers"] == (2, "communication")
    assert themes(records)["communication"] == (3, None)


def test_a_circumstance_never_nests_under_a_skill():
    records = [rec(i, "Communication was unclear. Fluent German is required.") for i in (1, 2)]
    assert themes(records)["language"] == (2, None)


def test_fragments_without_a_noun_are_never_themes():
    records = [rec(i, "Your answers lacked examples; you seemed unsure.") for i in (1, 2, 3)]
    assert not [n for n in themes(records) if re.search(r"lacked|seemed|unsure", n)]


def test_praise_is_not_a_theme():
    records = [rec(i, "Good subject knowledge. Well-structured lesson plan.") for i in (1, 2)]
    assert themes(records) == {}


@pytest.mark.parametrize(
    "wording",
    [
        "Fluent German is required.",
        "This role requires Swedish or German.",
        "The team is German-speaking.",
        "We need a native French speaker.",
        "Dutch is essential for this role.",
        "You would need to be fluent in spoken Portuguese.",
        "Spanish at C1 level is expected.",
    ],
)
def test_a_language_requirement_is_the_language_theme_whatever_the_wording(wording: str):
    assert VOCAB.find(wording) == {"language"}


def test_a_language_name_alone_is_not_a_requirement():
    assert "language" not in VOCAB.find("A German bank with French clients.")


def test_language_variants_count_as_one_theme():
    wordings = ["Fluent German is required.", "Requires Swedish or German.", "Dutch is essential."]
    records = [rec(i, w) for i, w in enumerate(wordings, start=1)]
    assert themes(records) == {"language": (3, None)}


def test_the_denominator_is_the_rejections_with_real_feedback():
    records = [rec(i, "Communication could be clearer.") for i in range(1, 10)]
    records += [rec(i, "Needed more Kubernetes.") for i in range(10, 21)]
    records += [rec(i, "We decided to move forward with other candidates.") for i in range(21, 24)]
    records += [rec(24), rec(25)]
    assert "communication: 9 of the 20 rejections with real feedback (25 in all)" in plan_md(
        records
    )


def test_json_themes_carry_rejection_ids_and_parent():
    records = [
        rec(1, "Communication was unclear and answers lacked structure."),
        rec(2, "Hard to follow; rambling answers."),
        rec(3, "Explain your reasoning more."),
    ]
    found = {t["name"]: t for t in plan_json(records)["themes"]["themes"]}
    assert found["communication"]["rejections"] == [1, 2, 3]
    assert found["structure of answers"]["parent"] == "communication"


# Start here


def _mixed() -> list[Rejection]:
    records = [rec(i, "The system design round was thin.", stage="final") for i in (1, 2, 3, 4)]
    records += [rec(i, "Fluent Dutch is required.", stage="interview") for i in (5, 6)]
    records += [rec(i, "Communication.", stage="interview") for i in (7, 8)]
    records += [rec(9, "We will not be moving forward.", stage="interview")]
    return records


def test_priorities_come_skill_then_targeting_then_feedback():
    data = plan_json(_mixed())
    assert [(p["kind"], p["theme"]) for p in data["priorities"]] == [
        ("skill", "system design"),
        ("targeting", "language"),
        ("feedback", None),
    ]
    skill = data["priorities"][0]
    assert (skill["count"], skill["finals"]) == (4, 4) and "4 of them at the final" in skill["why"]


def test_start_here_is_the_first_section_in_the_same_order_as_the_json():
    text = plan_md(_mixed())
    assert re.findall(r"^## .*", text, re.M)[0] == "## Start here"
    start = text.split("## Start here")[1].split("\n## ")[0]
    titles = re.findall(r"^\d\. \*\*(.*?)\.\*\*", start, re.M)
    assert titles == [
        "Something you can work on: system design",
        "A question of where to apply: language",
        "Ask for the feedback you didn't get",
    ]
    assert "Where to apply" in start and "`reject ask 9`" in start


def test_asking_comes_first_when_most_processes_left_nothing():
    records = [rec(i, stage="interview", kind="ghosted") for i in range(1, 6)]
    records += [rec(i, "System design was thin.", stage="final") for i in (6, 7)]
    assert [p["kind"] for p in plan_json(records)["priorities"]] == ["feedback", "skill"]


def test_a_requirement_only_in_one_kind_of_role_is_targeting_not_skill():
    records = [rec(i, "We need proven people management.", role="Finance Manager") for i in (1, 2)]
    records += [rec(i, "The case study needed more depth.", role="FP&A Analyst") for i in (3, 4)]
    records += [rec(i, "SQL could be stronger.", role="FP&A Analyst") for i in (5, 6, 7)]
    (first,) = [p for p in plan_json(records)["priorities"] if p["theme"] == "leadership"]
    assert first["kind"] == "targeting" and first["role_kind"] == "Finance Manager"
    assert "all for Finance Manager roles" in first["why"]


def test_never_more_than_three_priorities():
    records = _mixed() + [
        rec(i, "We need proven people management.", role="Lead") for i in (10, 11)
    ]
    assert len(plan_json(records)["priorities"]) <= 3


# Little or no feedback


@pytest.mark.parametrize(
    "letter",
    [
        "We have decided to move forward with other candidates.",
        "We decided to move forward with candidates whose experience more closely matches.",
        "Thank you for applying. Unfortunately you have not been shortlisted on this occasion.",
        "After careful consideration we have decided not to proceed with your application.",
        "Thanks for applying. We won't be moving forward at this time. Best of luck!",
        "We received a high volume of applications and have decided to pursue other candidates.",
    ],
)
def test_stock_form_letters_are_recognised(letter: str):
    assert classify(letter) == Reply.form and is_form_letter(letter)


@pytest.mark.parametrize("text", ["", "   ", "No feedback given.", "n/a", "Thanks for your time."])
def test_empty_replies_are_recognised(text: str):
    assert classify(text) == Reply.empty


@pytest.mark.parametrize(
    "text",
    [
        "We decided to move forward with other candidates because your case study lacked depth.",
        "Thank you. Your answers on pricing were vague.",
        "Headcount was frozen after the reorganisation.",
    ],
)
def test_a_reply_with_something_specific_is_real(text: str):
    assert classify(text) == Reply.real


def test_the_little_feedback_section_names_them_with_reject_ask():
    records = [
        rec(1, "We decided to move forward with other candidates.", stage="interview"),
        rec(2, stage="assessment", kind="ghosted"),
        rec(3, "Thank you, not shortlisted on this occasion.", stage="application"),
        rec(4, "Communication was unclear.", stage="interview"),
        rec(5, stage="screen", kind="ghosted"),
    ]
    section = plan_md(records).split("## Little or no feedback")[1].split("\n## ")[0]
    assert "#1 Company 1 (interview, form letter): `reject ask 1`" in section
    assert "#2 Company 2 (assessment, no reply): `reject ask 2`" in section
    assert "2 more at the application or screening stage" in section and "#4" not in section


def test_form_letter_words_are_not_searched_for_themes():
    letter = "We went with candidates whose experience more closely matches; good luck."
    assert themes([rec(1, letter), rec(2, letter), rec(3, letter)]) == {}


# Verdicts


@pytest.mark.parametrize(
    "text",
    [
        "maybe I'm just not leadership material",
        "I'm just not good enough",
        "I’m useless at interviews",
        "I am a failure",
        "I'm not cut out for this",
        "Nobody will ever hire me",
    ],
)
def test_verdicts_on_oneself_are_recognised(text: str):
    assert is_self_verdict(text)


@pytest.mark.parametrize(
    "text",
    ["My answers weren't structured", "not good enough examples", "The material was thin"],
)
def test_feedback_about_work_is_not_a_verdict(text: str):
    assert not is_self_verdict(text)


def test_a_verdict_never_becomes_a_theme_or_a_plan_line():
    verdict = "Maybe I'm just not leadership material"
    reflection = Reflection(
        learnings=LearningsStage(themes=[verdict], weaknesses=[verdict]),
        kindness=KindnessStage(points=[Point(text=verdict, control="outside")]),
        resilience=ResilienceStage(learned_about_self=f"I rush. {verdict}."),
    )
    records = [rec(i, "Communication.", reflection=reflection) for i in (1, 2, 3)]
    text = plan_md(records)
    assert "material" not in text and "leadership" not in themes(records)
    assert "I rush." in text
    assert without_verdicts(f"I rush. {verdict}.") == "I rush."


# Rounds by name


def _rated(rid: int, *ratings: tuple[str, int]) -> Rejection:
    review = ReviewStage(ratings=[PartRating(part=p, rating=r) for p, r in ratings])
    return rec(rid, reflection=Reflection(review=review))


def test_ratings_are_averaged_by_round_name_and_numbered_rounds_count_together():
    records = [
        _rated(1, ("interview 2", 2), ("Behavioural interview", 3)),
        _rated(2, ("interview 5", 4), ("behavioral interview", 5)),
    ]
    data = plan_json(records)
    rated = {s["part"]: (s["average"], s["ratings"]) for s in data["weakest"] + data["strongest"]}
    assert rated == {"interview": (3.0, 2), "behavioural": (4.0, 2)}


def test_a_lowest_needs_at_least_two_ratings():
    records = [_rated(1, ("interview 5", 2), ("coding", 4))]
    text = plan_md(records)
    assert "Too few ratings to call a lowest yet" in text and "interview 5" not in text


# Resilience


def _stepped(rid: int, turndown: date, started_after: int, due_after: int) -> Rejection:
    started = datetime(turndown.year, turndown.month, turndown.day, tzinfo=timezone.utc)
    ref = Reflection(
        started=started + timedelta(days=started_after),
        resilience=ResilienceStage(
            next_step="Apply", next_step_due=turndown + timedelta(days=due_after)
        ),
    )
    return Rejection(id=rid, company="C", role="R", date=turndown, reflection=ref)


def test_bounce_back_counts_only_reflections_done_soon_and_says_how_many_were_left_out():
    day = date(2026, 6, 1)
    records = [_stepped(i, day + timedelta(days=10 * i), 2, 4 + i) for i in (1, 2, 3)]
    records.append(_stepped(4, day, 100, 110))
    res = plan_json(records)["resilience"]
    assert (res["days_to_next_step"], res["step_gaps"], res["late_left_out"]) == (6, 3, 1)
    assert "1 done later left out" in plan_md(records)


def test_no_bounce_back_figure_from_fewer_than_three():
    day = date(2026, 6, 1)
    records = [_stepped(i, day + timedelta(days=10 * i), 2, 5) for i in (1, 2)]
    assert plan_json(records)["resilience"]["days_to_next_step"] is None
    assert "too few reflections done within 30 days" in plan_md(records)


# Short enough to read


def test_the_skill_gap_plan_reads_in_about_two_minutes():
    journal = Journal.model_validate_json(
        (DATA / "coach-skill-gap.json").read_text(encoding="utf-8")
    )
    text = plan_md(journal.rejections)
    assert len(re.findall(r"[A-Za-z][A-Za-z'’-]*", text)) <= 600  # ~2 minutes at 300 wpm


def test_an_empty_section_collapses_into_one_line_saying_what_fills_it():
    text = plan_md([rec(1, "Communication.")])
    assert "## Questions to practise" not in text
    assert "- Questions to practise: stage 2 of `reject reflect` collects them." in text
