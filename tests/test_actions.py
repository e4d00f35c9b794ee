"""`reject actions` and `reject done`: list, tick off, reopen."""

from __future__ import annotations

from datetime import date, timedelta

from reject.model import Journal, Rejection
from reject.model.reflection import Action, LearningsStage, Reflection
from reject.store import Store

TODAY = date.today()


def save(path, *records):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        Journal(next_id=20, rejections=list(records)).model_dump_json(), encoding="utf-8"
    )


def record(rid, *actions):
    reflection = Reflection(learnings=LearningsStage(actions=list(actions)))
    return Rejection(id=rid, company="Acme", role="Engineer", reflection=reflection)


def action(n, days=None, done=None, **extra):
    due = TODAY + timedelta(days=days) if days is not None else None
    return Action(n=n, what=f"Step {n}", due=due, done=done, **extra)


def stored_action(home, rid, n):
    found = next(r for r in Store(home).read().rejections if r.id == rid)
    return next(a for a in found.reflection.learnings.actions if a.n == n)


def test_actions_lists_overdue_first(run, journal_path):
    save(journal_path, record(3, action(1, days=5)), record(4, action(1, days=-2)))
    ids = [a["id"] for a in run("actions", "--json").json()]
    assert ids == ["4.1", "3.1"]


def test_actions_lists_undated_last(run, journal_path):
    save(journal_path, record(3, action(1), action(2, days=30)))
    assert [a["id"] for a in run("actions", "--json").json()] == ["3.2", "3.1"]


def test_actions_hides_done_ones(run, journal_path):
    save(journal_path, record(3, action(1, done=TODAY), action(2)))
    assert [a["id"] for a in run("actions", "--json").json()] == ["3.2"]


def test_actions_all_includes_done_ones_last(run, journal_path):
    save(journal_path, record(3, action(1, done=TODAY), action(2)))
    assert [a["id"] for a in run("actions", "--all", "--json").json()] == ["3.2", "3.1"]


def test_actions_json_carries_id_and_done_date(run, journal_path):
    save(journal_path, record(3, action(1, done=date(2026, 1, 2))))
    item = run("actions", "--all", "--json").json()[0]
    assert (item["id"], item["done"], item["overdue"]) == ("3.1", "2026-01-02", False)


def test_actions_table_in_a_pipe_has_a_header_and_one_row_each(run, journal_path):
    save(journal_path, record(3, action(1), action(2)))
    lines = run("actions").out.splitlines()
    assert (lines[0].split("\t")[0], len(lines)) == ("id", 3)


def test_no_actions_says_where_they_come_from(run):
    assert "reject reflect" in run("actions").err


def test_done_marks_the_action_with_todays_date(run, journal_path, home):
    save(journal_path, record(3, action(1)))
    assert run("done", "3.1").code == 0
    assert stored_action(home, 3, 1).done == TODAY


def test_done_then_undo_reopens_it(run, journal_path, home):
    save(journal_path, record(3, action(1)))
    run("done", "3.1")
    run("done", "3.1", "--undo")
    assert stored_action(home, 3, 1).done is None


def test_done_twice_keeps_the_first_date(run, journal_path, home):
    earlier = TODAY - timedelta(days=4)
    save(journal_path, record(3, action(1, done=earlier)))
    result = run("done", "3.1")
    assert (result.code, stored_action(home, 3, 1).done) == (0, earlier)


def test_done_removes_it_from_the_open_list(run, journal_path):
    save(journal_path, record(3, action(1), action(2)))
    run("done", "3.2")
    assert [a["id"] for a in run("actions", "--json").json()] == ["3.1"]


def test_done_with_a_malformed_id_is_a_usage_error(run):
    result = run("done", "three")
    assert result.code == 2 and "3.1" in result.err


def test_done_with_an_unknown_action_fails_with_one_line(run, journal_path):
    save(journal_path, record(3, action(1)))
    result = run("done", "3.9")
    assert (result.code, len(result.err.strip().splitlines())) == (1, 1)


def test_done_with_an_unknown_rejection_fails(run, journal_path):
    save(journal_path, record(3, action(1)))
    assert run("done", "8.1").code == 1
