"""Every reflection stage has exactly one runner in the flow, named in its map."""

from __future__ import annotations

from datetime import date

from reject.model import Rejection
from reject.model.reflection import Reflection
from reject.reflection.flow import Flow
from reject.reflection.stages import STAGES


class Silent:
    def stage(self, number: int, total: int, title: str, intro: tuple[str, str]) -> None: ...
    def say(self, text: str) -> None: ...
    def show(self, label: str, text: str) -> None: ...
    def ask(self, question: str, *, default: str | None, optional: bool, check) -> str:
        return ""


def test_the_stage_map_names_each_stage_once_and_only_stages():
    record = Rejection(id=1, company="Acme", role="Engineer", date=date(2026, 9, 1))
    flow = Flow(record, [], Silent(), lambda session, changed: None, today=date(2026, 9, 10))
    fields = [spec.field for spec in STAGES]
    assert sorted(flow._runners) == sorted(fields)
    assert len(set(fields)) == len(fields)
    assert all(field in Reflection.model_fields for field in fields)
