"""CSVs from other trackers and spreadsheets: which column is which, which
rows are rejections, and how their dates and bytes are written.

Pure functions over text; exchange.py turns the rows into records. Nothing
here knows the record model, so the rules can be read (and tested) alone.

A header is matched whatever its case, spacing or punctuation ("Job Title",
"job_title", "JOB-TITLE", "Date Applied (MM/DD/YYYY)"), against reject's own
column names first and then the common names other tools use. A column
nothing matches is left out and named in the summary, never guessed at.
"""

from reject.trackers.columns import (
    CONTACT_EMAIL,
    LEAVE_OUT,
    STATUS,
    Layout,
    layout,
    normal,
    parse_maps,
    settle_stage,
    shown,
    shown_list,
)
from reject.trackers.statuses import read_status
from reject.trackers.text import (
    DAY_FIRST,
    MONTH_FIRST,
    ambiguous,
    date_order,
    decode,
    iso_date,
    sniff_delimiter,
)

__all__ = [
    "CONTACT_EMAIL",
    "DAY_FIRST",
    "LEAVE_OUT",
    "MONTH_FIRST",
    "STATUS",
    "Layout",
    "ambiguous",
    "date_order",
    "decode",
    "iso_date",
    "layout",
    "normal",
    "parse_maps",
    "read_status",
    "settle_stage",
    "shown",
    "shown_list",
    "sniff_delimiter",
]
