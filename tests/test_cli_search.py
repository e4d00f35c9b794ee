"""`reject search`: every text a person wrote, whatever the case or accents."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from helpers import journal_doc, write_doc


def _answers(tmp_path: Path, reflection: dict) -> str:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(reflection), encoding="utf-8")
    return str(path)


def test_finds_feedback_and_says_where(run, log) -> None:
    log("Acme", "Engineer", "-f", "Strong CV, but we wanted more Kubernetes in production.")
    log("Globex", "Analyst")
    result = run("search", "kubernetes")
    assert result.code == 0, result.err
    assert result.out.startswith("#1  ")
    assert "Acme · Engineer" in result.out
    assert "feedback 1: Strong CV, but we wanted more Kubernetes in production." in result.out
    assert "Globex" not in result.out
    assert "1 rejection found" in result.err


def test_case_and_accents_do_not_matter(run, log) -> None:
    decomposed = unicodedata.normalize("NFD", "Zoë's Café")
    log(decomposed, "Résumé writer", "--source", "STRAßE job board")
    for query in ("resume", "RÉSUMÉ", "zoe", "cafe", "strasse"):
        assert [f["id"] for f in run("search", query, "--json").json()] == [1], query


def test_reflection_answers_are_searched(run, log, tmp_path: Path) -> None:
    rid = log("Acme", "Engineer")
    reflection = {
        "review": {"questions": [{"question": "Why us?", "better_answer": "Their Rust tooling"}]},
        "kindness": {"points": [{"text": "Fluent Dutch", "control": "outside"}]},
    }
    assert run("reflect", str(rid), "--answers", _answers(tmp_path, reflection)).code == 0
    found = run("search", "rust", "--json").json()
    assert found[0]["matches"] == [
        {
            "field": "reflection.review.questions.1.better_answer",
            "label": "review › questions 1 › better answer",
            "snippet": "Their Rust tooling",
        }
    ]
    assert run("search", "dutch", "--json").json()[0]["matches"][0]["label"] == (
        "kindness › points 1"
    )


def test_every_word_must_appear_a_quoted_phrase_stays_together(run, log) -> None:
    log("Acme", "Engineer", "-f", "System design was thin.", "--tag", "remote")
    log("Globex", "Engineer", "-f", "Design of the system: fine.")
    assert [f["id"] for f in run("search", "design", "remote", "--json").json()] == [1]
    assert [f["id"] for f in run("search", "system design", "--json").json()] == [1]
    both = run("search", "system", "design", "--json").json()
    assert sorted(f["id"] for f in both) == [1, 2]


def test_line_breaks_and_spaces_in_the_text_match_one_space(run, log) -> None:
    log("Acme", "Engineer", "-f", "More system\n\n   design, please.")
    result = run("search", "system design")
    assert "feedback 1: More system design, please." in result.out


def test_long_text_is_cut_to_a_snippet_around_the_match(run, log) -> None:
    long = "Lorem ipsum dolor sit amet. " * 20 + "The Kafka question stumped me. " + "Filler. " * 30
    log("Acme", "Engineer", "-f", long)
    snippet = run("search", "kafka", "--json").json()[0]["matches"][0]["snippet"]
    assert "Kafka" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) <= 80


def test_nothing_found_is_said_plainly(run, log) -> None:
    log()
    result = run("search", "kubernetes")
    assert (result.code, result.out) == (0, "")
    assert "Nothing in your journal mentions 'kubernetes'" in result.err
    assert run("search", "nope", "--json").json() == []


def test_the_request_draft_reject_wrote_is_not_searched(run, log) -> None:
    rid = log()
    run("ask", str(rid), "--sent")
    assert run("search", "regards", "--json").json() == []


def test_no_words_is_a_usage_error(run) -> None:
    assert run("search").code == 2
    assert run("search", "  ").code == 2


def test_hand_edited_text_is_shown_inert(run, journal_path: Path) -> None:
    write_doc(
        journal_path,
        journal_doc({"company": "[bold]Acme[/bold]", "source": "via \x1b[31mred\x1b[0m board"}),
    )
    result = run("search", "acme")
    assert "[bold]Acme[/bold]" in result.out
    result = run("search", "red")
    assert "\x1b" not in result.out
    assert "source: via " in result.out
