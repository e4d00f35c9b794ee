"""The questions `reject log` asks in a terminal."""

from __future__ import annotations

from reject import prompts
from reject.journal import RecordInput, field_problem
from reject.vocab import STAGE_ORDER, Kind


def _check(name: str) -> prompts.Check:
    return lambda value: field_problem(name, value)


def ask_missing(inp: RecordInput, *, everything: bool) -> None:
    """Fill ``inp`` in place. ``everything`` asks the optional fields too."""
    if everything:
        prompts.say(
            prompts.line(
                "Sorry it didn't work out. Let's write down what happened while it's fresh; "
                "it takes about a minute.",
                style="italic",
            )
        )
        prompts.say(prompts.line("Press Enter to skip anything you don't know.", style="dim"))
    if inp.company is None:
        inp.company = prompts.ask("Company", check=_check("company"))
    if inp.role is None:
        inp.role = prompts.ask("Role", check=_check("role"))
    if not everything:
        return
    inp.date = prompts.ask("When did you hear", default="today", check=_check("date"))
    inp.applied = (
        prompts.ask("When had you applied", optional=True, check=_check("applied")) or None
    )
    inp.stage = prompts.ask("How far did it get", choices=STAGE_ORDER, optional=True) or None
    inp.kind = (
        prompts.ask("How did the no arrive", choices=[k.value for k in Kind], optional=True) or None
    )
    inp.feedback = (
        prompts.ask("What did they say", optional=True, check=_check("feedback"), long=True) or None
    )
    if inp.feedback:
        inp.feedback_from = (
            prompts.ask("Who said it", optional=True, check=_check("feedback_from")) or None
        )
    inp.contact = (
        prompts.ask(
            "Contact for a follow-up (name <email>)", optional=True, check=_check("contact")
        )
        or None
    )
    inp.source = (
        prompts.ask("Where did you find the job", optional=True, check=_check("source")) or None
    )
    keywords = prompts.ask(
        "Search keywords or title that found it (comma-separated)",
        optional=True,
        check=_check("keywords"),
    )
    inp.keywords = [keywords] if keywords else None
    tags = prompts.ask("Tags (comma-separated)", optional=True, check=_check("tags"))
    inp.tags = [tags] if tags else None
