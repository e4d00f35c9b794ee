"""`plan` and `stats` count stages and kinds the same way (one count, two views)."""

from __future__ import annotations


def test_plan_and_stats_agree_on_stages_and_kinds(run, log):
    log("Acme", "Engineer", "--stage", "interview", "--kind", "form")
    log("Bolt", "Engineer", "--stage", "interview", "--kind", "personal")
    log("Core", "Analyst", "--stage", "screen")
    log("Dune", "Analyst", "--kind", "ghosted")
    log("Echo", "Analyst", "--stage", "final", "--kind", "withdrew")  # not a rejection
    stats = run("stats", "--json").json()
    summary = run("plan", "--format", "json").json()["summary"]
    # stats shows every stage and kind (zeros too); the plan only those that happened.
    assert stats["by_stage"] == {
        "application": 0,
        "screen": 1,
        "assessment": 0,
        "interview": 2,
        "final": 0,
        "offer": 0,
        "not recorded": 1,
    }
    assert stats["by_kind"] == {
        "form": 1,
        "personal": 1,
        "ghosted": 1,
        "offer-withdrawn": 0,
        "not recorded": 1,
    }
    for key in ("by_stage", "by_kind"):
        assert summary[key] == {k: n for k, n in stats[key].items() if n}
        assert list(summary[key]) == [k for k, n in stats[key].items() if n]
