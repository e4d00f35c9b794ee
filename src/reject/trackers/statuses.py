"""Whether a tracker's status means the process ended with a no."""

from __future__ import annotations

import re
from functools import lru_cache

# -- which rows are rejections ---------------------------------------------------

# The words, in British and American use, by which a tracker says a process
# ended with a no. Matched as whole words in the status, so "Closed -
# rejected" and "Rejected after interview" count too.
_OFFER_WITHDRAWN = (
    "offer rescinded",
    "offer withdrawn",
    "offer retracted",
    "offer pulled",
    "rescinded",
)
_THEIR_NO = (
    "rejected",
    "rejection",
    "declined",
    "not selected",
    "unsuccessful",
    "not successful",
    "no offer",
    "turned down",
    "not shortlisted",
    "not progressed",
    "not progressing",
    "not taken forward",
    "not moving forward",
    "not proceeding",
    "did not proceed",
    "not hired",
    "no hire",
    "not chosen",
    "position filled",
    "role filled",
    "post filled",
    "regret",
    "regrets",
    "denied",
    "refused",
    "rejected by company",
    "rejected by employer",
)
_GHOSTED = ("ghosted", "no response", "no reply", "no answer", "never heard back", "heard nothing")
# A no the person gave, not one they got: not a rejection.
_THEIR_YES = (
    "i declined",
    "declined offer",
    "offer declined",
    "declined the offer",
    "i withdrew",
    "withdrew",
    "withdrawn",
    "offer accepted",
    "accepted",
)


def _has(text: str, phrases: tuple[str, ...]) -> bool:
    padded = f" {text} "
    return any(f" {p} " in padded for p in phrases)


# A tracker repeats a handful of statuses over thousands of rows.
@lru_cache(maxsize=4096)
def read_status(status: str) -> tuple[bool, str | None]:
    """Whether a tracker's status means a rejection, and the kind of ending
    it names ("ghosted", "offer-withdrawn") when it says."""
    text = " ".join(re.sub(r"[^\w]+", " ", status.casefold()).split())
    if not text:
        return False, None
    if _has(text, _OFFER_WITHDRAWN):
        return True, "offer-withdrawn"
    if _has(text, _THEIR_YES):
        return False, None
    if _has(text, _GHOSTED):
        return True, "ghosted"
    return _has(text, _THEIR_NO), None
