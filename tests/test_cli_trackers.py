"""`reject import` of other trackers' CSVs and of spreadsheets (issue 14.2).

The samples in tests/data/trackers/ are of our own making, in the shape of
Huntr's, Teal's and Simplify's exports, LinkedIn's applied-jobs sheet, a
British Excel file (semicolons, Windows-1252, day-first dates) and Excel's
"Unicode text" (UTF-16, tabs). docs/data-format.md describes each.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reject.trackers import read_status

TRACKERS = Path(__file__).parent / "data" / "trackers"


def write(tmp_path: Path, text: str | bytes, name: str = "in.csv") -> str:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return str(path)


def records(run) -> dict[str, dict]:
    return {r["company"]: r for r in run("export").json()["rejections"]}


@pytest.mark.parametrize(
    ("sample", "taken", "skipped"),
    [
        ("huntr-board.csv", 2, 4),
        ("teal-tracker.csv", 3, 4),
        ("simplify-export.csv", 3, 3),
        ("linkedin-applications.csv", 2, 2),
        ("uk-spreadsheet-semicolon.csv", 3, 2),
        ("excel-unicode.txt", 1, 1),
    ],
)
def test_each_sample_takes_only_its_rejections(run, sample, taken, skipped):
    result = run("import", str(TRACKERS / sample))
    assert result.code == 0, result.err
    rows = "row" if skipped == 1 else "rows"
    assert f"skipped {skipped} {rows} whose status isn't a rejection" in result.err
    assert len(run("list", "--json").json()) == taken


def test_huntr_columns_land_where_they_belong(run):
    run("import", str(TRACKERS / "huntr-board.csv"))
    northwind = records(run)["Northwind Traders"]
    assert (northwind["role"], northwind["date"], northwind["location"], northwind["link"]) == (
        "Backend Engineer",
        "2026-02-02",  # Last Updated, read from an ISO time stamp
        "Remote (UK)",
        "https://jobs.example/northwind/backend",
    )
    assert northwind["feedback"][0]["text"].startswith("Recruiter said they went with")


def test_huntr_columns_reject_does_not_keep_are_named(run):
    result = run("import", str(TRACKERS / "huntr-board.csv"))
    assert "Left out 2 columns reject doesn't keep: Created At, Salary" in result.err


def test_teal_dates_month_first_and_no_response_is_ghosted(run):
    result = run("import", str(TRACKERS / "teal-tracker.csv"))
    assert "dated by its application date" in result.err
    got = records(run)
    assert got["Lakeside Elementary School District"]["applied"] == "2026-02-03"
    assert got["Lakeside Elementary School District"]["contact"]["name"] == "Dana Whitfield"
    assert got["Hartley & Moss LLP"]["kind"] == "ghosted"
    assert "Greenleaf Grocers" not in got  # "I Withdrew" was the person's own no


def test_simplify_dates_in_words_recruiter_email_and_rescinded_offer(run):
    run("import", str(TRACKERS / "simplify-export.csv"))
    got = records(run)
    assert got["Wingtip Toys"]["date"] == "2026-03-02"
    contact = {"name": "Alex Kim", "email": "alex.kim@wingtip.example"}
    assert got["Wingtip Toys"]["contact"] == contact
    assert got["Alpine Ski House"]["kind"] == "offer-withdrawn"


def test_linkedin_sheet_with_an_outcome_column(run):
    run("import", str(TRACKERS / "linkedin-applications.csv"))
    got = records(run)
    assert set(got) == {"Fourth Coffee", "Humongous Insurance"}
    assert got["Fourth Coffee"]["date"] == "2026-03-14"  # "3/14/26, 9:41 AM"
    assert got["Fourth Coffee"]["contact"]["email"] == "hiring@fourthcoffee.example"


def test_british_excel_file_semicolons_cp1252_day_first(run):
    result = run("import", str(TRACKERS / "uk-spreadsheet-semicolon.csv"))
    assert result.code == 0 and "read as Windows-1252" in result.err
    got = records(run)
    nurse = got["Leeds Teaching Hospitals NHS Trust"]
    assert (nurse["role"], nurse["date"], nurse["applied"]) == (
        "Staff Nurse – Band 5",
        "2026-02-12",
        "2026-01-20",
    )
    assert nurse["contact"]["name"] == "Siân Evans"
    # A "Stage" column of tracker statuses is the status, not reject's stage.
    assert nurse["stage"] is None
    assert "Pemberton & Hale Solicitors" in got and "Café Rouge Ltd" not in got


def test_utf16_tab_separated_from_excel(run):
    result = run("import", str(TRACKERS / "excel-unicode.txt"))
    assert result.code == 0, result.err
    assert records(run)["Ålesund Maritime AS"]["feedback"][0]["text"] == (
        "Wanted more North Sea hours"
    )


def test_headers_matched_whatever_their_case_spacing_and_mark(run, tmp_path):
    text = "\ufeff COMPANY name ;job_title;Date Applied (DD/MM/YYYY)\nAcme;Ward Sister;13/01/2026\n"
    assert run("import", write(tmp_path, text)).code == 0
    record = run("show", "1", "--json").json()
    assert (record["company"], record["role"], record["applied"]) == (
        "Acme",
        "Ward Sister",
        "2026-01-13",
    )


def test_map_names_a_column_and_leaves_one_out(run, tmp_path):
    text = "Hiring Org,Title,Notes,Feedback\nAcme,Teacher,own note,They wanted more SEN work\n"
    result = run("import", write(tmp_path, text), "--map", "Hiring Org=company", "--map", "Notes=")
    assert result.code == 0, result.err
    record = run("show", "1", "--json").json()
    assert record["company"] == "Acme"
    assert [n["text"] for n in record["feedback"]] == ["They wanted more SEN work"]


@pytest.mark.parametrize(
    ("given", "says"),
    [
        ("Hiring Org", "COLUMN=FIELD"),
        ("Hiring Org=salary", "not a field reject keeps"),
        ("Employer Ref=company", "doesn't have"),
    ],
)
def test_bad_map_is_a_usage_error_and_writes_nothing(run, tmp_path, journal_path, given, says):
    result = run("import", write(tmp_path, "Hiring Org,Title\nAcme,Dev\n"), "--map", given)
    assert result.code == 2 and says in result.err and "Traceback" not in result.err
    assert not journal_path.exists()


def test_no_company_column_points_to_map(run, tmp_path, journal_path):
    result = run("import", write(tmp_path, "Hiring Org,Title\nAcme,Dev\n"))
    assert result.code == 2
    assert "no column for the company" in result.err and "--map 'COLUMN=company'" in result.err
    assert not journal_path.exists()


def test_dates_that_read_both_ways_ask_for_an_order(run, tmp_path, journal_path):
    path = write(tmp_path, "Company,Role,Date\nAcme,Dev,03/05/2026\nGlobex,Dev,04/06/2026\n")
    result = run("import", path)
    assert result.code == 2 and "--dates day-first" in result.err and not journal_path.exists()
    assert run("import", path, "--dates", "day-first").code == 0
    assert records(run)["Acme"]["date"] == "2026-05-03"


def test_only_non_rejections_imports_nothing_and_says_why(run, tmp_path, journal_path):
    path = write(tmp_path, "Company,Role,Status\nAcme,Dev,Applied\nGlobex,Dev,Interviewing\n")
    result = run("import", path)
    assert result.code == 0 and "None of the 2 rows" in result.err
    assert not journal_path.exists()


def test_dry_run_counts_the_rows_it_would_skip(run, tmp_path, journal_path):
    path = write(tmp_path, "Company,Role,Status\nAcme,Dev,Rejected\nGlobex,Dev,Applied\n")
    result = run("import", path, "--dry-run")
    assert "1 would be added" in result.err and "skipped 1 row whose status" in result.err
    assert not journal_path.exists()


def test_blank_spreadsheet_rows_and_excel_serial_dates(run, tmp_path):
    text = "Company,Role,Date\nAcme,Dev,46054\n,,\n,,,,\n"
    assert run("import", write(tmp_path, text)).code == 0
    assert run("list", "--json").json()[0]["date"] == "2026-02-01"


def test_bytes_no_spreadsheet_writes_fail_with_one_line(run, tmp_path, journal_path):
    result = run("import", write(tmp_path, b"company,role\n\x81\x8d,x\n"))
    assert result.code == 2 and "CSV UTF-8" in result.err
    assert len(result.err.strip().splitlines()) == 1 and not journal_path.exists()


def test_own_export_still_round_trips(run, log, tmp_path):
    log("Acme", "Engineer", "--stage", "interview", "--location", "Leeds")
    exported = run("export", "--format", "csv").out
    run("rm", "1", "--yes")
    assert run("import", write(tmp_path, exported)).code == 0
    record = run("list", "--json").json()[0]
    assert (record["stage"], record["location"]) == ("interview", "Leeds")


@pytest.mark.parametrize(
    "status",
    [
        "Rejected",
        "rejected",
        "Declined",
        "Not selected",
        "Not Selected",
        "Unsuccessful",
        "No offer",
        "Turned down",
        "Closed - rejected",
        "Rejected after interview",
        "Not shortlisted",
        "Not progressed",
        "Not taken forward",
        "Position filled",
        "Application unsuccessful",
        "REJECTED",
    ],
)
def test_statuses_that_mean_a_rejection(status):
    assert read_status(status) == (True, None)


@pytest.mark.parametrize(
    "status",
    [
        "",
        "Applied",
        "Interviewing",
        "Offer",
        "Offer accepted",
        "Offer declined",
        "I declined",
        "I Withdrew",
        "Withdrawn",
        "Wishlist",
        "Bookmarked",
        "Pending",
        "Phone screen",
    ],
)
def test_statuses_that_do_not(status):
    assert read_status(status)[0] is False


def test_statuses_that_name_the_kind_of_ending():
    assert read_status("Ghosted") == (True, "ghosted")
    assert read_status("No response") == (True, "ghosted")
    assert read_status("Offer rescinded") == (True, "offer-withdrawn")
    assert read_status("Offer withdrawn") == (True, "offer-withdrawn")
