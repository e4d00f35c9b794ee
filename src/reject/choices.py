"""The fixed words of a rejection record: how far it got and how it ended.

Kept free of heavy imports so the CLI can build its options without loading
pydantic.
"""

from __future__ import annotations

from enum import Enum


class ProcessStage(str, Enum):
    """How far the process got before it ended."""

    application = "application"
    screen = "screen"
    assessment = "assessment"
    interview = "interview"
    final = "final"
    offer = "offer"


class Kind(str, Enum):
    """How the "no" arrived. ``withdrew`` means the person stepped back
    themselves: not a rejection, and kept apart in statistics."""

    form = "form"
    personal = "personal"
    ghosted = "ghosted"
    offer_withdrawn = "offer-withdrawn"
    withdrew = "withdrew"


class RequestStatus(str, Enum):
    """Where a request for more detailed feedback stands (see `reject ask`)."""

    not_asked = "not-asked"
    asked = "asked"
    answered = "answered"
    declined = "declined"
    no_reply = "no-reply"


STAGE_ORDER = [s.value for s in ProcessStage]

KIND_LABELS = {
    Kind.form: "form letter",
    Kind.personal: "personal reply",
    Kind.ghosted: "ghosted (no reply)",
    Kind.offer_withdrawn: "offer withdrawn",
    Kind.withdrew: "I withdrew",
}


def kind_label(kind: str) -> str:
    """A kind in words ("form letter"); an unknown value as it is."""
    try:
        return KIND_LABELS[Kind(kind)]
    except ValueError:
        return kind
