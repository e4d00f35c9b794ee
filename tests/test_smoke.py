def test_log_then_list_shows_the_record(run, log):
    rid = log("Acme", "Backend Engineer")
    result = run("list", "--json")
    assert [r["id"] for r in result.json()] == [rid]
