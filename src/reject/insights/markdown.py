"""The plan as a Markdown document a person can keep, print or paste.

Nothing a person typed may become Markdown structure: every piece of user
text goes through ``inline`` or ``lines`` (mdtext.py). Headings, lists and
checkboxes are only ever written here and in sections.py.

It opens with what a coach would say first (start here), and stays short:
a section with nothing to say is one line in "Not filled in yet" at the end,
saying what would fill it.
"""

from __future__ import annotations

import re

from reject.choices import kind_label
from reject.insights import sections
from reject.insights.mdtext import d, indented, plural
from reject.insights.mdtext import inline as inline  # re-exported
from reject.insights.mdtext import lines as lines  # re-exported
from reject.insights.plan import ActionGroup, PartScore, Plan, PlannedAction
from reject.verdicts import without_verdicts

NOT_RECORDED = "not recorded"
LATE_STAGES = ("interview", "final", "offer")
PRACTICE_SHOWN = 3  # the newest; older ones are a `reject show` away
# Said once per plan is kind; said three times it sounds like a formula.
_ABOUT_YOU = re.compile(r", and it says (?:little|nothing) about you(?=\.)")
_d = d
_plural = plural
_indented = indented


def write(plan: Plan) -> str:
    parts: list[sections.Section] = [
        sections.start_here(plan),
        _summary(plan),
        sections.themes(plan, plan.open_by_theme),
        sections.unanswered(plan),
        _weakest(plan),
        _actions(plan),
        _practice(plan),
        _outside(plan),
        _search(plan),
        _resilience(plan),
        _waiting(plan),
    ]
    shown = [_title(plan)] + [p for p in parts if isinstance(p, list)]
    empty = [p for p in parts if isinstance(p, str)]
    if empty:
        shown.append(["## Not filled in yet", "", *(f"- {line}" for line in empty)])
    return "\n\n".join("\n".join(p) for p in shown) + "\n"


def _title(plan: Plan) -> list[str]:
    window = ""
    if plan.since or plan.until:
        window = f", covering {_d(plan.since) if plan.since else 'the start'} to "
        window += _d(plan.until) if plan.until else "today"
    built = f"Built by reject on {plan.today.isoformat()}{window}."
    if plan.future_reflections:
        ids = ", ".join(f"#{i}" for i in plan.future_reflections)
        n = len(plan.future_reflections)
        built += (
            f" {_plural(n, 'reflection')} dated after {plan.today.isoformat()} ({ids}) "
            f"{'is' if n == 1 else 'are'} left out of its figures."
        )
    return ["# Your development plan", "", built]


def _summary(plan: Plan) -> sections.Section:
    s = plan.summary
    out = ["## Summary", ""]
    if s.rejections == 0 and not s.withdrew:
        return "Summary: no rejections are logged for this period yet."
    if s.rejections:
        span = (
            f"on {_d(s.first)}" if s.first == s.last else f"between {_d(s.first)} and {_d(s.last)}"
        )
        out.append(f"- {_plural(s.rejections, 'rejection')} {span}.")
        stages = ", ".join(f"{stage} {n}" for stage, n in s.by_stage.items())
        further = sum(n for stage, n in s.by_stage.items() if stage in LATE_STAGES)
        line = f"- How far they got: {stages}."
        if further:
            line += f" {further} of {s.rejections} reached an interview or further."
        out.append(line)
        if any(kind != NOT_RECORDED for kind in s.by_kind):
            kinds = ", ".join(f"{kind_label(kind)} {n}" for kind, n in s.by_kind.items())
            out.append(f"- How the no arrived: {kinds}.")
    if s.withdrew:
        out.append(
            f"- You stepped back from {_plural(s.withdrew, 'process', 'processes')} yourself: "
            "your choice, not a rejection, so not counted here."
        )
    return out


def _score(score: PartScore, trend: bool = False) -> str:
    """One part's average; for a low one, which way it is moving, since a
    low score that keeps rising is progress, not a weakness."""
    line = f"{inline(score.part)}: {score.average:.1f} of 5 ({_plural(score.ratings, 'rating')}"
    if trend and score.trend and score.scores:
        line += f", {score.trend}: " + ", ".join(str(n) for n in score.scores)
    return line + ")"


def _weakest(plan: Plan) -> sections.Section:
    """What the person's own ratings say: the parts that are actually low
    for them, and the ones they rate highly (see ratings.py)."""
    if not plan.ratings:
        return "Where you rate yourself lowest: stage 2 of `reject reflect` asks for ratings."
    low_or_too_few = plan.weakest or not plan.strongest
    title = "Where you rate yourself lowest" if low_or_too_few else "How you rate yourself"
    out = [f"## {title}", ""]
    if not (plan.weakest or plan.strongest):
        out.append(
            f"Too few ratings to call a lowest yet ({_plural(plan.ratings, 'rating')}; "
            "a part needs two, at 3 of 5 or less, before it is called low)."
        )
        return out
    out.append("Your own ratings, averaged by kind of round (1 low, 5 high).")
    if plan.numbered_rounds:
        out[-1] += ' Numbered rounds count as "interview": a number says which, not what kind.'
    if plan.weakest:
        out.append("")
        out += [f"- {_score(score, trend=True)}" for score in plan.weakest]
    else:
        out[-1] += " None is low for you yet."
    if plan.strongest:
        out += ["", "Rated highest, a strength to keep: " + "; ".join(map(_score, plan.strongest))]
        out[-1] += "."
    return out


def action_line(action: PlannedAction) -> str:
    box = "[x]" if action.done else "[ ]"
    text = f"- {box} {action.id} {inline(action.what)}"
    if action.how != "other":
        detail = f", {inline(action.how_detail)}" if action.how_detail else ""
        text += f" (how: {action.how}{detail})"
    elif action.how_detail:
        text += f" ({inline(action.how_detail)})"
    if action.done:
        return f"{text}; done {_d(action.done)}"
    if action.due is None:
        return f"{text}; no date set"
    return f"{text}; by {_d(action.due)}" + (", overdue" if action.overdue else "")


def _group_lines(group: ActionGroup) -> list[str]:
    title = inline(group.theme) if group.theme else "Other actions"
    return [f"**{title}**", "", *(action_line(a) for a in group.actions if not a.done)]


def _actions(plan: Plan) -> sections.Section:
    if not plan.actions_total:
        return "Action plan: stage 3 of `reject reflect` turns what you learned into dated steps."
    out = ["## Action plan", ""]
    open_count = plan.actions_total - plan.actions_done
    out.append(f"{plan.actions_done} of {_plural(plan.actions_total, 'action')} done")
    out[-1] += " (`reject actions --all` lists them)." if plan.actions_done else "."
    overdue = sum(1 for g in plan.actions for a in g.actions if a.overdue)
    if overdue:
        out[-1] += (
            f" {_plural(overdue, 'date has', 'dates have')} passed; moving a date is "
            "fine, it is still the same step."
        )
    for group in plan.actions:
        if any(not a.done for a in group.actions):
            out += ["", *_group_lines(group)]
    if open_count:
        first = next(a.id for g in plan.actions for a in g.actions if not a.done)
        out += ["", f"Tick one off with `reject done ID`, for example `reject done {first}`."]
    return out


def _practice(plan: Plan) -> sections.Section:
    if not plan.practice:
        return "Questions to practise: stage 2 of `reject reflect` collects them."
    out = ["## Questions to practise", ""]
    for item in plan.practice[:PRACTICE_SHOWN]:
        body = _indented(item.question, "- ")
        body[-1] += f" ({inline(item.company)}, #{item.rejection})"
        out += body
        if item.better_answer:
            out += _indented(item.better_answer, "  Better answer: ")
        else:
            out.append("  Better answer: not written yet.")
    earlier = plan.practice[PRACTICE_SHOWN:]
    if earlier:
        ids = ", ".join(f"#{i}" for i in dict.fromkeys(item.rejection for item in earlier))
        out.append(f"- {len(earlier)} more from earlier rejections ({ids}): `reject show ID`.")
    return out


def _outside(plan: Plan) -> sections.Section:
    points = [(without_verdicts(p.text), p) for p in plan.outside]
    points = [(text, p) for text, p in points if text]
    if not points:
        return "Outside your control: stage 4 of `reject reflect` helps set those points aside."
    out = ["## Outside your control", ""]
    out.append("Not yours to change right now, written down so they can be set aside:")
    out.append("")
    for text, point in points:
        line = f"- {inline(text)}"
        if point.times > 1:
            line += f" (came up {point.times} times)"
        if point.long_term:
            line += "; kept as a long-term goal"
        out.append(line)
    return out


def _search(plan: Plan) -> sections.Section:
    s = plan.search
    words = s.keywords_add or s.keywords_drop or s.keywords_keep
    if not (s.target_roles or words or s.fit_ratings):
        return "Refining the search: stage 5 of `reject reflect` asks what kind of role fits."
    out = ["## Refining the search", ""]
    if s.target_roles:
        line = f"- Target role: {inline(s.target_roles[0])}"
        if len(s.target_roles) > 1:
            line += " (earlier: " + "; ".join(inline(r) for r in s.target_roles[1:4]) + ")"
        out.append(line)
    for label, words in (
        ("Keywords to add", s.keywords_add),
        ("Keywords to drop", s.keywords_drop),
        ("Keywords to keep", s.keywords_keep),
    ):
        if words:
            out.append(f"- {label}: " + ", ".join(inline(w) for w in words) + ".")
    if s.fit_average is not None:
        line = (
            f"- Fit so far: {s.fit_average:.1f} of 5 on average, over "
            f"{_plural(s.fit_ratings, 'role')}."
        )
        if s.not_day_to_day:
            line += (
                f" For {_plural(s.not_day_to_day, 'role')} you couldn't picture doing the work "
                "day to day."
            )
        out.append(line)
    return out


def _resilience(plan: Plan) -> sections.Section:
    r = plan.resilience
    anything = r.mood_pairs or r.next_steps or r.step_gaps or r.late_left_out or r.learned
    if not (anything or r.reflections_completed or r.days_to_next_application is not None):
        return "Resilience: stage 6 of `reject reflect` notes your mood and a dated next step."
    out = ["## Resilience", ""]
    out.append(
        f"- Reflections completed: {r.reflections_completed} of "
        f"{_plural(plan.summary.rejections, 'rejection')}."
    )
    if r.mood_before is not None and r.mood_after is not None:
        out.append(
            f"- Mood before and after reflecting: {r.mood_before:.1f} then "
            f"{r.mood_after:.1f} out of 10, on average over "
            f"{_plural(r.mood_pairs, 'reflection')}."
        )
    if r.days_to_next_application is not None:
        out.append(
            f"- Days from a rejection to your next application: "
            f"{r.days_to_next_application:g} (the middle value, over "
            f"{_plural(r.application_gaps, 'rejection')} with a later application noted)."
        )
    if r.days_to_next_step is not None:
        line = (
            f"- Days from a rejection to the next step you set: {r.days_to_next_step:g} "
            f"(the middle value, over {_plural(r.step_gaps, 'reflection')} done within 30 days "
            "of the no"
        )
        out.append(
            line + (f"; {r.late_left_out} done later left out)." if r.late_left_out else ").")
        )
    elif r.step_gaps + r.late_left_out:
        out.append(
            "- Days to your next step: too few reflections done within 30 days of the no to "
            f"give a figure ({r.step_gaps} so far"
            + (f"; {r.late_left_out} done later left out)." if r.late_left_out else ").")
        )
    if r.next_steps:
        out.append("- Next steps:")
        for step in r.next_steps:
            when = f"by {_d(step.due)}" if step.due else "no date set"
            out.append(f"  - {inline(step.what)} ({when}; from #{step.rejection})")
    if r.learned:
        out.append("- What you learned about yourself, most recent first:")
        for text in r.learned:
            out += _indented(text, "  - ", "    ")
    return out


def _waiting(plan: Plan) -> sections.Section:
    from reject.followup import Phase, hint, rule

    if not plan.waiting:
        return "Feedback requests still waiting: none; `reject ask` tracks the ones you send."
    out = ["## Feedback requests still waiting", ""]
    for w in plan.waiting:
        since = (
            f"asked {_d(w.asked_on)}, "
            + ("today" if w.days == 0 else f"{_plural(w.days, 'day')} ago")
            if w.asked_on is not None and w.days is not None
            else "asked, date not noted"
        )
        line = f"- {inline(w.company)}, {inline(w.role)} (#{w.rejection}): {since}"
        said = hint(Phase(w.phase), w.rejection)
        if plan.unanswered:  # "Little or no feedback" already says it says nothing about them
            said = _ABOUT_YOU.sub("", said)
        out.append(f"{line}. {said}")
    out += ["", rule()]
    return out
