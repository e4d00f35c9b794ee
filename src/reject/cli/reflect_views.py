"""How a reflection and a feedback request look in `reject show`. To be built."""

from __future__ import annotations

from reject.model import Rejection


def show_reflection(record: Rejection) -> None:
    """Print the record's feedback request and reflection, if any."""
