"""Theme counting: exact numbers on small hand-made journals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reject.errors import UsageError
from reject.insights.themes import count_themes, load_vocabulary
from reject.model import FeedbackNote, Rejection
from reject.model.reflection import (
    Action,
    LearningsStage,
    Reflection,
    ReviewStage,
)

VOCAB = load_vocabulary(None)


def rec(rid: int, day: str, *feedback: str, kind: str | None = None, **extra: object) -> Rejection:
    return Rejection(
        id=rid,
        company=f"Company {rid}",
        role="Engineer",
        date=date.fromisoformat(day),
        kind=kind,
        feedback=[FeedbackNote(text=t) for t in feedback],
        **extra,
    )


def counts(records: list[Rejection]) -> dict[str, tuple[int, str | None]]:
    found = count_themes(records, VOCAB)
    return {
        t.name: (t.count, t.last_seen.isoformat() if t.last_seen else None) for t in found.themes
    }


def test_a_theme_mentioned_twice_in_one_rejection_counts_once():
    records = [rec(1, "2026-09-01", "Communication was unclear.", "Work on communication.")]
    assert counts(records)["communication"] == (1, "2026-09-01")


def test_count_is_rejections_mentioning_the_theme_with_last_seen_date():
    records = [
        rec(1, "2026-09-01", "Your communication could be clearer."),
        rec(2, "2026-10-03", "Answers were hard to follow."),
        rec(3, "2026-08-15", "We went with someone else."),
        rec(4, "2026-07-01", "Explain your reasoning out loud."),
    ]
    found = count_themes(records, VOCAB)
    theme = next(t for t in found.themes if t.name == "communication")
    assert (found.total, theme.count, theme.last_seen) == (4, 3, date(2026, 10, 3))


def test_feedback_and_reflection_mentions_of_one_rejection_count_once():
    reflection = Reflection(review=ReviewStage(do_differently="Prepare the system design part."))
    records = [rec(1, "2026-09-01", "System design was thin.", reflection=reflection)]
    assert counts(records)["system design"] == (1, "2026-09-01")


def test_withdrawn_processes_are_left_out_of_counts():
    records = [
        rec(1, "2026-09-01", "System design was thin."),
        rec(2, "2026-09-02", "System design again.", kind="withdrew"),
    ]
    found = count_themes(records, VOCAB)
    assert (found.total, found.themes[0].count) == (1, 1)


def test_confirmed_theme_outside_the_vocabulary_is_counted_as_the_persons_own():
    learnings = LearningsStage(themes=["Negotiation"])
    records = [
        rec(1, "2026-09-01", reflection=Reflection(learnings=learnings)),
        rec(2, "2026-09-20", reflection=Reflection(learnings=learnings)),
    ]
    theme = count_themes(records, VOCAB).themes[0]
    assert (theme.name, theme.count, theme.source) == ("negotiation", 2, "yours")


def test_confirmed_theme_in_the_vocabulary_joins_that_theme():
    learnings = LearningsStage(themes=["Communication skills"])
    records = [
        rec(1, "2026-09-01", reflection=Reflection(learnings=learnings)),
        rec(2, "2026-09-20", "Communication could improve."),
    ]
    assert counts(records)["communication"] == (2, "2026-09-20")


def test_an_actions_point_is_not_counted_as_a_theme_name():
    # The flow stores the point an action answers (a weakness in the person's
    # words) as its theme; it reaches the count only through the vocabulary.
    action = Action(n=1, what="Book a mock interview", theme="read DDIA chapters on partitioning")
    records = [
        rec(1, "2026-09-01", reflection=Reflection(learnings=LearningsStage(actions=[action])))
    ]
    assert "read ddia chapters on partitioning" not in counts(records)


def test_what_went_well_is_not_counted_as_a_theme():
    review = ReviewStage(went_well="My communication was good.")
    records = [rec(1, "2026-09-01", reflection=Reflection(review=review))]
    assert "communication" not in counts(records)


def test_keyword_matches_the_start_of_a_word_only():
    records = [rec(1, "2026-09-01", "You seemed under-prepared."), rec(2, "2026-09-02", "Repay.")]
    assert counts(records) == {"preparation": (1, "2026-09-01")}


def test_a_phrase_in_the_feedback_of_two_rejections_is_a_theme():
    records = [
        rec(1, "2026-09-01", "We missed examples of kubernetes operators."),
        rec(2, "2026-09-09", "Kubernetes operators came up a lot."),
    ]
    assert counts(records)["kubernetes operators"] == (2, "2026-09-09")


def test_a_phrase_in_one_rejection_only_is_not_a_theme():
    records = [
        rec(1, "2026-09-01", "Kubernetes operators, kubernetes operators."),
        rec(2, "2026-09-09", "Nothing specific."),
    ]
    assert "kubernetes operators" not in counts(records)


def test_form_letter_phrases_are_not_themes():
    letter = "Sadly the hiring freeze applies."
    records = [rec(1, "2026-09-01", letter, kind="form"), rec(2, "2026-09-09", letter, kind="form")]
    assert "hiring freeze" not in counts(records)


def test_words_already_in_a_named_theme_do_not_also_form_a_phrase():
    records = [
        rec(1, "2026-09-01", "The system design round was short."),
        rec(2, "2026-09-09", "The system design round was short."),
    ]
    assert "design round" not in counts(records) and "system design" in counts(records)


def test_fewer_than_three_rejections_is_not_enough_for_patterns():
    records = [rec(1, "2026-09-01"), rec(2, "2026-09-02")]
    assert count_themes(records, VOCAB).enough_data is False


def test_three_rejections_with_feedback_are_enough_for_patterns():
    records = [rec(i, f"2026-09-0{i}", "Needed more depth.") for i in (1, 2, 3)]
    assert count_themes(records, VOCAB).enough_data is True


def test_rejections_without_feedback_do_not_make_enough_data():
    records = [rec(i, f"2026-09-0{i}") for i in (1, 2, 3, 4)]
    assert count_themes(records, VOCAB).enough_data is False


def test_config_file_adds_a_theme(tmp_path: Path):
    (tmp_path / "themes.toml").write_text(
        '[themes]\n"public speaking" = ["stage fright"]\n', encoding="utf-8"
    )
    records = [rec(1, "2026-09-01", "A touch of stage fright.")]
    found = count_themes(records, load_vocabulary(tmp_path))
    assert [(t.name, t.count) for t in found.themes] == [("public speaking", 1)]


def test_config_file_extends_a_built_in_theme(tmp_path: Path):
    (tmp_path / "themes.toml").write_text('[themes]\ncommunication = ["mumbl"]\n', encoding="utf-8")
    records = [rec(1, "2026-09-01", "You mumbled a bit.")]
    assert count_themes(records, load_vocabulary(tmp_path)).themes[0].name == "communication"


def test_invalid_config_file_is_a_usage_error(tmp_path: Path):
    (tmp_path / "themes.toml").write_text("[themes\n", encoding="utf-8")
    with pytest.raises(UsageError, match="not valid TOML"):
        load_vocabulary(tmp_path)


def test_config_theme_must_be_a_list_of_strings(tmp_path: Path):
    (tmp_path / "themes.toml").write_text('[themes]\nsalary = "money"\n', encoding="utf-8")
    with pytest.raises(UsageError, match="list of keywords"):
        load_vocabulary(tmp_path)


def test_every_built_in_theme_and_keyword_is_documented():
    from reject.insights.themes import VOCABULARY

    docs = (Path(__file__).parent.parent / "docs" / "plan.md").read_text(encoding="utf-8")
    missing = [
        f"{name}: {word}"
        for name, words in VOCABULARY.items()
        for word in words
        if f"| {name} |" not in docs or f"`{word}`" not in docs
    ]
    assert missing == []
