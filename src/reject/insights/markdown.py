"""The plan as a Markdown document a person can keep, print or paste.

Nothing a person typed may become Markdown structure. Every piece of user
text goes through ``inline`` or ``lines``, which backslash-escape the
characters that start headings, lists, quotes, links, images, tables, code,
emphasis and raw HTML, and break the bare-URL and e-mail autolinks GitHub adds.
Headings, lists and checkboxes are only ever written by this module.
"""

from __future__ import annotations

import re
from datetime import date

from reject.choices import kind_label
from reject.insights.plan import ActionGroup, Plan, PlannedAction
from reject.insights.themes import Theme, normalise
from reject.text import plural as _plural

NOT_RECORDED = "not recorded"
LATE_STAGES = ("interview", "final", "offer")

# Always escaped: emphasis, code, links/images, raw HTML, tables, strikethrough.
_ANYWHERE = re.compile(r"[\\`*_\[\]<>|~]")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# GFM autolinks: scheme://, www. and e-mail addresses.
_AUTOLINK = re.compile(r"(?i)(?<=[a-z])(:)(?=//)|(?<=\bwww)(\.)|(@)")
# At the start of a line: ATX/setext headings, quotes, lists, thematic breaks.
_LINE_START = re.compile(r"^([#>+=:-]|\d+(?=[.)]))")


def inline(text: object) -> str:
    """User text as one line of inert Markdown."""
    value = " ".join(str(text).split())
    return _escape_line(value)


def lines(text: str) -> list[str]:
    """Multi-line user text as inert lines (empty lines kept as paragraph breaks)."""
    out = []
    for raw in str(text).splitlines():
        value = " ".join(raw.split())
        out.append(_escape_line(value) if value else "")
    while out and not out[-1]:
        out.pop()
    return out or [""]


def _escape_line(value: str) -> str:
    value = _ANYWHERE.sub(r"\\\g<0>", value)
    value = _ENTITY.sub(r"\\&", value)
    value = _AUTOLINK.sub(lambda m: "\\" + m.group(), value)
    match = _LINE_START.match(value)
    if match:
        if match.group(1).isdigit():  # "1." or "1)" would start an ordered list
            end = match.end()
            value = value[:end] + "\\" + value[end:]
        else:
            value = "\\" + value
    return value


def _indented(text: str, first_prefix: str, indent: str = "  ") -> list[str]:
    body = lines(text)
    out = [first_prefix + body[0]]
    out += [indent + line if line else "" for line in body[1:]]
    return out


def _d(value: date | None) -> str:
    return value.isoformat() if value else "no date"


def write(plan: Plan) -> str:
    parts = [
        _title(plan),
        _summary(plan),
        _themes(plan),
        _weakest(plan),
        _actions(plan),
        _practice(plan),
        _outside(plan),
        _search(plan),
        _resilience(plan),
        _waiting(plan),
    ]
    return "\n\n".join("\n".join(p) for p in parts) + "\n"


def _title(plan: Plan) -> list[str]:
    window = ""
    if plan.since or plan.until:
        window = f", covering {_d(plan.since) if plan.since else 'the start'} to "
        window += _d(plan.until) if plan.until else "today"
    return [
        "# Your development plan",
        "",
        f"Built by reject on {plan.today.isoformat()}{window}.",
    ]


def _summary(plan: Plan) -> list[str]:
    s = plan.summary
    out = ["## Summary", ""]
    if s.rejections == 0:
        out.append("No rejections are logged for this period, so there is nothing to sum up yet.")
    else:
        span = (
            f"on {_d(s.first)}" if s.first == s.last else f"between {_d(s.first)} and {_d(s.last)}"
        )
        out.append(f"- {_plural(s.rejections, 'rejection')} {span}.")
        stages = ", ".join(f"{stage} {n}" for stage, n in s.by_stage.items())
        out.append(f"- How far they got: {stages}.")
        further = sum(n for stage, n in s.by_stage.items() if stage in LATE_STAGES)
        if further:
            out.append(f"- Reached an interview or further: {further} of {s.rejections}.")
        if any(kind != NOT_RECORDED for kind in s.by_kind):
            kinds = ", ".join(f"{kind_label(kind)} {n}" for kind, n in s.by_kind.items())
            out.append(f"- How the no arrived: {kinds}.")
    if s.withdrew:
        out.append(
            f"- You stepped back from {_plural(s.withdrew, 'process', 'processes')} yourself; "
            "those are your choices, not rejections, and are not counted here."
        )
    return out


def theme_line(theme: Theme, total: int, open_actions: int = 0) -> str:
    if theme.source == "phrase":
        name = f'"{inline(theme.name)}" (a phrase that recurs in feedback)'
    elif theme.source == "yours":
        name = f"{inline(theme.name)} (your own theme)"
    else:
        name = inline(theme.name)
    line = (
        f"{name}: {theme.count} of {_plural(total, 'rejection')}, last seen {_d(theme.last_seen)}"
    )
    if open_actions:
        line += f" ({_plural(open_actions, 'open action')} below)"
    return line


def _open_by_theme(plan: Plan) -> dict[str, int]:
    counts: dict[str, int] = {}
    for group in plan.actions:
        if group.theme:
            key = normalise(group.theme)
            counts[key] = counts.get(key, 0) + sum(1 for a in group.actions if not a.done)
    return counts


def _themes(plan: Plan) -> list[str]:
    counted = plan.themes
    out = ["## Recurring themes", ""]
    if counted.total == 0:
        return [*out, "Nothing to look across yet."]
    if not counted.enough_data:
        out.append(
            f"With {_plural(counted.total, 'rejection')} so far it is too early to call "
            "anything a pattern; patterns need more data. For now, this is simply what "
            "came up:"
        )
        if not counted.themes:
            return [*out[:-1], out[-1].replace("For now, this is simply what came up:", "")]
        out.append("")
        out += [f"- {theme_line(t, counted.total)}" for t in counted.themes]
        return out
    recurring = [t for t in counted.themes if t.count >= 2]
    once = [t for t in counted.themes if t.count < 2]
    out.append(
        "What the feedback you received and your own reflections keep mentioning, "
        "counted once per rejection. These are patterns worth a look, not verdicts: "
        "a theme can recur because of the roles you went for as much as anything you did."
    )
    out.append("")
    if recurring:
        open_actions = _open_by_theme(plan)
        out += [f"- {theme_line(t, counted.total, open_actions.get(t.name, 0))}" for t in recurring]
    else:
        out.append("Nothing has come up in more than one rejection yet.")
    if once:
        out += ["", "Mentioned once so far: " + ", ".join(inline(t.name) for t in once) + "."]
    return out


def _weakest(plan: Plan) -> list[str]:
    out = ["## Where you rate yourself lowest", ""]
    if not plan.weakest:
        return [*out, "No self-ratings yet. Stage 2 of `reject reflect` asks for them."]
    out.append(
        "Your own ratings of each part of the process, averaged (1 is low, 5 is high). "
        "The lowest are where practice is likely to help most."
    )
    out.append("")
    for score in plan.weakest:
        out.append(
            f"- {inline(score.part)}: {score.average:.1f} of 5 ({_plural(score.ratings, 'rating')})"
        )
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
    return [f"**{title}**", "", *(action_line(a) for a in group.actions)]


def _actions(plan: Plan) -> list[str]:
    out = ["## Action plan", ""]
    if not plan.actions_total:
        return [
            *out,
            "No actions yet. Stage 3 of `reject reflect` turns what you learned into a "
            "few concrete steps with dates.",
        ]
    open_count = plan.actions_total - plan.actions_done
    out.append(f"{plan.actions_done} of {_plural(plan.actions_total, 'action')} done.")
    overdue = sum(1 for g in plan.actions for a in g.actions if a.overdue)
    if overdue:
        out[-1] += (
            f" {_plural(overdue, 'date has', 'dates have')} passed; moving a date is "
            "fine, it is still the same step."
        )
    for group in plan.actions:
        out += ["", *_group_lines(group)]
    if open_count:
        out += [
            "",
            "Tick one off with `reject done ID`, for example `reject done "
            f"{next(a.id for g in plan.actions for a in g.actions if not a.done)}`.",
        ]
    return out


def _practice(plan: Plan) -> list[str]:
    out = ["## Questions to practise", ""]
    if not plan.practice:
        return [*out, "None noted yet. Stage 2 of `reject reflect` collects them."]
    for item in plan.practice:
        out += _indented(item.question, "- ")
        out.append(f"  (asked at {inline(item.company)}, #{item.rejection})")
        out.append("")
        if item.better_answer:
            out += _indented(item.better_answer, "  Better answer: ")
        else:
            out.append("  Better answer: not written yet.")
        out.append("")
    return out[:-1]


def _outside(plan: Plan) -> list[str]:
    out = ["## Outside your control", ""]
    if not plan.outside:
        return [
            *out,
            "Nothing sorted here yet. Stage 4 of `reject reflect` helps separate what "
            "you can change from what you can't.",
        ]
    out.append(
        "These came up but are not yours to change right now. They are written down "
        "so they can be set aside."
    )
    out.append("")
    for point in plan.outside:
        line = f"- {inline(point.text)}"
        if point.times > 1:
            line += f" (came up {point.times} times)"
        if point.long_term:
            line += "; kept as a long-term goal"
        out.append(line)
    return out


def _search(plan: Plan) -> list[str]:
    s = plan.search
    out = ["## Refining the search", ""]
    words = s.keywords_add or s.keywords_drop or s.keywords_keep
    if not (s.target_roles or words or s.fit_ratings):
        return [*out, "Nothing yet. Stage 5 of `reject reflect` asks what kind of role fits."]
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


def _resilience(plan: Plan) -> list[str]:
    r = plan.resilience
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
        out.append(
            f"- Days from a rejection to the next step you set: {r.days_to_next_step:g} "
            "(the middle value)."
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


def _waiting(plan: Plan) -> list[str]:
    out = ["## Feedback requests still waiting", ""]
    if not plan.waiting:
        return [*out, "None waiting."]
    for w in plan.waiting:
        since = (
            f"asked {_d(w.asked_on)}, "
            + ("today" if w.days == 0 else f"{_plural(w.days, 'day')} ago")
            if w.asked_on is not None and w.days is not None
            else "asked, date not noted"
        )
        out.append(f"- {inline(w.company)}, {inline(w.role)} (#{w.rejection}): {since}")
    out += [
        "",
        "No answer after two weeks is common and says little about you. One short "
        "follow-up is fair; after that it is fine to let it go.",
    ]
    return out
