"""The journal's data model: the record (``record.py``) and what a reflection
on it captures (``reflection.py``).

The record's names are re-exported here, so ``from reject.model import
Rejection`` reads as "the journal's model"; the reflection's are imported
from ``reject.model.reflection``.
"""

from reject.model.appraisal import Appraisal
from reject.model.record import (
    EARLIEST_DATE,
    FORMAT_NAME,
    SCHEMA_VERSION,
    Contact,
    FeedbackNote,
    Journal,
    Rejection,
    check_past_date,
    describe_validation_error,
)

__all__ = [
    "Appraisal",
    "EARLIEST_DATE",
    "FORMAT_NAME",
    "SCHEMA_VERSION",
    "Contact",
    "FeedbackNote",
    "Journal",
    "Rejection",
    "check_past_date",
    "describe_validation_error",
]
