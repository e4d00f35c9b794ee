"""`reject due` in a terminal, as from a shell start-up file: it prints and
ends, never waiting for an answer."""

from __future__ import annotations

from datetime import date

import pexpect

from reject.model import Journal, Rejection
from reject.model.reflection import Action, LearningsStage, Reflection


def test_due_prints_and_exits_without_asking(spawn, journal_path) -> None:
    reflection = Reflection(
        learnings=LearningsStage(actions=[Action(n=1, what="Mock interview", due=date.today())])
    )
    journal = Journal(
        next_id=2,
        rejections=[Rejection(id=1, company="Acme", role="Engineer", reflection=reflection)],
    )
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    journal_path.write_text(journal.model_dump_json(), encoding="utf-8")
    child = spawn("due")
    child.expect("1.1  Mock interview · today")
    child.expect(pexpect.EOF, timeout=10)  # ends by itself: no question asked
    child.close()
    assert child.exitstatus == 0


def test_due_with_nothing_due_prints_nothing(spawn) -> None:
    child = spawn("due")
    child.expect(pexpect.EOF, timeout=10)
    child.close()
    assert child.exitstatus == 0
    assert child.before.strip() == ""
