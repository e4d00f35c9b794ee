"""Nothing a person typed becomes Markdown structure in the plan.

The plan is parsed with markdown-it-py (CommonMark plus GFM tables and
strikethrough): every heading must be one the plan itself writes, and no
link, image, raw HTML, table or code may appear at all.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from pydantic import ValidationError

from reject.insights import markdown
from reject.insights.plan import build_plan
from reject.insights.themes import load_vocabulary
from reject.model import FeedbackNote, Rejection
from reject.model.reflection import (
    Action,
    FeedbackRequest,
    KindnessStage,
    LearningsStage,
    PartRating,
    Point,
    PracticeQuestion,
    Reflection,
    ResilienceStage,
    ReviewStage,
    SearchStage,
)

TODAY = date(2026, 11, 25)
VOCAB = load_vocabulary(None)
PLAN_HEADINGS = {
    "Your development plan",
    "Start here",
    "Summary",
    "Little or no feedback",
    "Recurring themes",
    "Where you rate yourself lowest",
    "How you rate yourself",
    "Action plan",
    "Questions to practise",
    "Outside your control",
    "Refining the search",
    "Resilience",
    "Feedback requests still waiting",
    "Not filled in yet",
}
FORBIDDEN = {
    "link_open",
    "image",
    "html_block",
    "html_inline",
    "table_open",
    "code_block",
    "fence",
    "s_open",
    "hr",
    "blockquote_open",
}
# The plan's own hints name commands, such as `reject done 3.1`.
OWN_CODE = re.compile(r"^reject [a-z]+( [0-9A-Z.]+)?( --[a-z]+( [a-z-]+)?)?$")
# What GitHub would turn into a link even without Markdown link syntax.
GFM_AUTOLINK = re.compile(r"(?i)(?:https?|ftp)://|\bwww\.|\w@\w")

HOSTILE = [
    "# Heading",
    "## Sub",
    "Title\n===",
    "Title\n---",
    "[link](https://evil.example)",
    "![img](https://evil.example/x.png)",
    "<b>bold</b>",
    "<script>alert(1)</script>",
    "<!-- hidden -->",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "https://evil.example/path",
    "www.evil.example",
    "mail me: a@b.example",
    "&copy; &#169;",
    "1. first\n2) second",
    "- item\n+ item\n* item",
    "> quoted",
    "```\ncode\n```",
    "    indented code",
    "`tick`",
    "***",
    "~~strike~~",
    "[ref]: https://evil.example",
    "<https://evil.example>",
    "\\# escaped already",
    "line\n\n# after blank",
]

text = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")),
        min_size=1,
        max_size=30,
    ),
    st.lists(st.sampled_from([*HOSTILE, *"x \n#[]()!<|`*_-=>1."]), min_size=1, max_size=6).map(
        "".join
    ),
)
line = text.map(lambda s: " ".join(s.split()) or "x")


def journal_from(t: list[str], ln: list[str]) -> list[Rejection]:
    reflection = Reflection(
        feedback=None,
        review=ReviewStage(
            ratings=[PartRating(part=ln[0], rating=2)],
            questions=[PracticeQuestion(question=t[0], better_answer=t[1])],
            do_differently=t[2],
        ),
        learnings=LearningsStage(
            themes=[ln[1]],
            weaknesses=[ln[2]],
            actions=[
                Action(n=1, what=ln[3], how_detail=ln[4], theme=ln[5], due=date(2026, 1, 1)),
                Action(n=2, what=ln[3], theme=ln[5], done=date(2026, 2, 1)),
            ],
        ),
        kindness=KindnessStage(points=[Point(text=ln[6], control="outside", long_term=True)]),
        search=SearchStage(
            fit=3,
            day_to_day=False,
            keywords_add=[ln[7]],
            keywords_drop=[ln[8]],
            keywords_keep=[ln[9]],
            target_role=ln[10],
        ),
        resilience=ResilienceStage(
            mood_before=3,
            mood_after=5,
            learned_about_self=t[3],
            next_step=ln[11],
            next_step_due=date(2026, 12, 1),
        ),
    )
    records = []
    for rid in (1, 2, 3):
        records.append(
            Rejection(
                id=rid,
                company=ln[12],
                role=ln[13],
                date=date(2026, 10, rid),
                feedback=[FeedbackNote(text=t[4] + " shared words here")],
                reflection=reflection,
                feedback_request=FeedbackRequest(status="asked", asked_on=date(2026, 11, 1)),
            )
        )
    return records


def tokens_of(document: str):
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    for token in parser.parse(document):
        yield token
        yield from token.children or ()


def headings(document: str) -> list[str]:
    found = list(tokens_of(document))
    return [found[i + 2].content for i, tok in enumerate(found) if tok.type == "heading_open"]


def plan_for(t: list[str], ln: list[str]) -> str:
    try:
        records = journal_from(t, ln)
    except ValidationError:
        assume(False)
        raise
    return markdown.write(build_plan(records, VOCAB, today=TODAY))


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(t=st.lists(text, min_size=5, max_size=5), ln=st.lists(line, min_size=14, max_size=14))
def test_user_text_never_becomes_markdown_structure(t, ln):
    document = plan_for(t, ln)
    assert set(headings(document)) <= PLAN_HEADINGS
    assert not {tok.type for tok in tokens_of(document)} & FORBIDDEN
    assert GFM_AUTOLINK.search(document) is None
    codes = {tok.content for tok in tokens_of(document) if tok.type == "code_inline"}
    assert all(OWN_CODE.match(code) for code in codes)


def test_hostile_text_reads_back_as_typed():
    parser = MarkdownIt("commonmark")
    for value in ("# Heading", "[link](https://x.example)", "<b>x</b>", "1. first", "a_b*c*"):
        html = parser.render(markdown.inline(value))
        assert html.startswith("<p>") and "<a " not in html and "<h1>" not in html


def test_heading_text_stays_a_paragraph():
    assert MarkdownIt("commonmark").render(markdown.inline("# Big")) == "<p># Big</p>\n"


def test_url_is_not_linked_by_github():
    assert GFM_AUTOLINK.search(markdown.inline("see https://x.example and www.x.example")) is None


def test_every_plan_heading_is_expected_for_a_full_plan():
    ln = [f"word{i}" for i in range(14)]
    document = plan_for(["a", "b", "c", "d", "e"], ln)
    # Every rejection here has real feedback: that section is a line at the end.
    # One rating is too few to call: the ratings section keeps its "lowest" title.
    expected = PLAN_HEADINGS - {"Little or no feedback", "How you rate yourself"}
    assert set(headings(document)) == expected
