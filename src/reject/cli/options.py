"""Options shared by several commands, declared once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reject.vocab import Kind, Stage

Company = Annotated[str | None, typer.Option("--company", "-c", help="Company name.")]
Role = Annotated[str | None, typer.Option("--role", "-r", help="Job title you applied for.")]
DateOpt = Annotated[
    str | None,
    typer.Option(
        "--date",
        "-d",
        help="When the no arrived: 2026-09-03, yesterday, 'last friday', '3 days ago'.",
    ),
]
Applied = Annotated[
    str | None,
    typer.Option("--applied", help="When you applied, if you like (same forms as --date)."),
]
StageOpt = Annotated[
    Stage | None, typer.Option("--stage", "-s", help="How far it got.", case_sensitive=False)
]
KindOpt = Annotated[
    Kind | None, typer.Option("--kind", "-k", help="How the no arrived.", case_sensitive=False)
]
Source = Annotated[
    str | None, typer.Option("--source", help="Where the job came from: referral, a job board...")
]
Keywords = Annotated[
    list[str] | None,
    typer.Option("--keyword", help="A search keyword or title that found the job. Repeatable."),
]
Contact = Annotated[
    str | None,
    typer.Option("--contact", help="Recruiter or contact: 'Jane Doe <jane@acme.com>'."),
]
Feedback = Annotated[
    str | None,
    typer.Option(
        "--feedback", "-f", help="What they said, as close to verbatim; - reads it from stdin."
    ),
]
FeedbackFrom = Annotated[str | None, typer.Option("--feedback-from", help="Who gave the feedback.")]
Tags = Annotated[list[str] | None, typer.Option("--tag", "-t", help="A free tag. Repeatable.")]
Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
Yes = Annotated[bool, typer.Option("--yes", "-y", help="Don't ask for confirmation.")]
OutFile = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
]
