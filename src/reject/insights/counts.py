"""How many rejections got how far, and how each "no" arrived.

`reject plan` and `reject stats` both show these counts; counting them in one
place keeps the two from disagreeing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from reject.choices import STAGE_ORDER, Kind
from reject.model import Rejection

NOT_RECORDED = "not recorded"


def by_stage(counted: Iterable[Rejection]) -> dict[str, int]:
    """Every stage in order, zeros included; "not recorded" last, when any are."""
    stages = Counter(r.stage.value if r.stage else NOT_RECORDED for r in counted)
    keys = STAGE_ORDER + ([NOT_RECORDED] if stages[NOT_RECORDED] else [])
    return {s: stages[s] for s in keys}


def by_kind(counted: Iterable[Rejection]) -> dict[str, int]:
    """Every kind of rejection (not ``withdrew``), zeros included; "not
    recorded" last, when any are."""
    kinds = Counter(r.kind.value if r.kind else NOT_RECORDED for r in counted)
    keys = [k.value for k in Kind if k != Kind.withdrew]
    keys += [NOT_RECORDED] if kinds[NOT_RECORDED] else []
    return {k: kinds[k] for k in keys}
