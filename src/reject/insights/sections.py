"""The plan's opening sections: start here, recurring themes, and the
rejections that left little or no feedback.

A section returns its lines, or a single string when it has nothing to say:
the plan then lists that string, which says what would fill it, in one line
at the end (see markdown.write).
"""

from __future__ import annotations

from reject.insights.mdtext import d, inline, plural
from reject.insights.plan import Plan
from reject.insights.priorities import Unanswered, ask_order, describe
from reject.insights.themes import Theme, with_feedback

Section = list[str] | str
_REQUEST = {
    "asked": "asked, waiting for an answer",
    "answered": "they answered; `reject feedback` records what they said",
    "declined": "they declined to say more",
    "no-reply": "asked, no reply",
}
UNANSWERED_SHOWN = 3  # the ones most worth asking; the rest by id

_TITLES = {
    "skill": "Something you can work on: {theme}",
    "targeting": "A question of where to apply: {theme}",
    "feedback": "Ask for the feedback you didn't get",
}


def _quoted(text: str) -> str:
    return inline(text)


def start_here(plan: Plan) -> Section:
    if not plan.priorities:
        return (
            "Start here: nothing stands out yet. Priorities appear once feedback or your "
            "own notes repeat across a few rejections."
        )
    out = ["## Start here", ""]
    for n, p in enumerate(plan.priorities, start=1):
        why, step = describe(p, plan.unanswered, _quoted)
        title = _TITLES[p.kind].format(theme=inline(p.theme or ""))
        out.append(f"{n}. **{title}.** {why} {step}")
    return out


def _name(theme: Theme) -> str:
    if theme.source == "phrase":
        return f'"{inline(theme.name)}"'
    if theme.source == "yours":
        return f"{inline(theme.name)} (your own theme)"
    return inline(theme.name)


def theme_line(theme: Theme, of: str, open_actions: int = 0, parent: str | None = None) -> str:
    """One theme: its count out of ``of``, when it was last seen, what joined it."""
    line = f"{_name(theme)}: {theme.count} of {of}"
    if theme.appraisals:
        line += f", and {plural(len(theme.appraisals), 'appraisal')}"
    line += f", last seen {d(theme.last_seen)}"
    if parent is not None:
        line += f", each time alongside {inline(parent)}"
    if theme.phrases:
        line += "; also worded as " + ", ".join(f'"{inline(p)}"' for p in theme.phrases)
    if open_actions:
        line += f" ({plural(open_actions, 'open action')} below)"
    return line


def recurs(theme: Theme) -> bool:
    """Seen in two rejections, or in one and an appraisal: said twice, by
    two different people."""
    return theme.count >= 2 or bool(theme.count and theme.appraisals)


def themes(plan: Plan, open_actions: dict[str, int]) -> Section:
    counted = plan.themes
    out = ["## Recurring themes", ""]
    if counted.total == 0:
        return "Recurring themes: log a rejection and its feedback to start."
    first_of = (
        f"the {plural(counted.informative, 'rejection')} {with_feedback(counted)} "
        f"({counted.total} in all)"
    )
    if not counted.enough_data:
        came_up = ", ".join(_name(t) for t in counted.themes)
        if not came_up:
            return (
                "Recurring themes: none yet. Themes need feedback (or your own notes) "
                "from at least three rejections."
            )
        out.append(
            f"With {first_of.removeprefix('the ')}, it is too early to call anything a "
            f"pattern. So far: {came_up}."
        )
        return out + strengths(plan)
    recurring = [t for t in counted.top_level() if recurs(t)]
    once = [t for t in counted.top_level() if not recurs(t)]
    if not recurring:
        out.append(
            f"Nothing has come up in more than one of {first_of} yet. "
            "Mentioned once: " + ", ".join(_name(t) for t in once) + "."
        )
        return out + strengths(plan)
    out.append(
        "Patterns, not verdicts: a theme can recur because of the roles you chose as much "
        "as anything you did."
    )
    out.append("")
    for n, theme in enumerate(recurring):
        of = first_of if n == 0 else str(counted.informative)
        out.append(f"- {theme_line(theme, of, open_actions.get(theme.name, 0))}")
        for child in counted.children(theme.name):
            line = theme_line(child, str(counted.informative), parent=theme.name)
            out.append(f"  - {line}")
    if once:
        out += ["", "Mentioned once so far: " + ", ".join(_name(t) for t in once) + "."]
    return out + strengths(plan)


def strengths(plan: Plan) -> list[str]:
    """One line of what feedback praised: a plan is not only gaps."""
    if not plan.praise:
        return []
    said = "; ".join(f'"{inline(p.text)}" (#{p.rejection})' for p in plan.praise)
    return ["", f"What they praised: {said}."]


def _unanswered_line(u: Unanswered) -> str:
    how = "form letter" if u.reply == "form" else "no reply" if u.ghosted else "no feedback"
    where = f"{u.stage}, {how}" if u.stage else how
    line = f"- #{u.rejection} {inline(u.company)} ({where})"
    if u.request:
        return f"{line}: {_REQUEST.get(u.request, u.request)}"
    return f"{line}: `reject ask {u.rejection}`" if u.worth_asking else line


def unanswered(plan: Plan) -> Section:
    items = plan.unanswered
    if not items:
        return "Little or no feedback: every rejection so far came with something to learn from."
    out = ["## Little or no feedback", ""]
    out.append(
        "Form letters and silence are how much of hiring works, and say nothing about you. "
        "After an interview or an assessment, asking within a few weeks may get you more."
    )
    out.append("")
    first = {rid: n for n, rid in enumerate(ask_order(items))}
    worth = [u for u in items if u.worth_asking or u.request]
    worth.sort(key=lambda u: first.get(u.rejection, len(first)))
    rest = [u for u in items if not (u.worth_asking or u.request)]
    old = [u for u in rest if u.old]
    early = [u for u in rest if not u.old]
    out += [_unanswered_line(u) for u in worth[:UNANSWERED_SHOWN]]
    if len(worth) > UNANSWERED_SHOWN:
        more = ", ".join(f"#{u.rejection}" for u in worth[UNANSWERED_SHOWN:])
        out.append(f"- Also worth asking: {more}.")
    if old:
        ids = ", ".join(f"#{u.rejection}" for u in old)
        those = "those" if len(old) > 1 else "that one"
        out.append(f"- {ids}: over six weeks ago; it is fine to let {those} go.")
    if early:
        out.append(
            f"- {len(early)} more at the application or screening stage, where silence is "
            "normal and rarely worth chasing."
        )
    return out
