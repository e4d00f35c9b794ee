"""The plan's dated steps as an RFC 5545 calendar: one all-day event each.

Open actions with a due date (overdue ones too: they are still to do) and
next steps dated today or later become events; done actions and next steps
already behind the person are left out. UIDs are stable (built from the record's uuid), so
importing a newer calendar updates events instead of duplicating them.
Each event carries a reminder (VALARM) at 9 a.m. on its day.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from reject.model import Rejection

PRODID = "-//reject//development plan//EN"


def write(records: list[Rejection], *, today: date) -> bytes:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Development plan")
    stamp = datetime.combine(today, time(0), tzinfo=timezone.utc)
    for record in sorted(records, key=lambda r: r.id):
        ref = record.reflection
        if ref is None:
            continue
        for action in ref.learnings.actions if ref.learnings else []:
            if action.due is None or action.done is not None:
                continue
            how = action.how.value + (f", {action.how_detail}" if action.how_detail else "")
            description = f"How: {how}.\nFrom {record.company}, {record.role} (#{record.id})."
            if action.theme:
                description += f"\nTheme: {action.theme}."
            description += f"\nMark it done with: reject done {record.id}.{action.n}"
            cal.add_component(
                _event(
                    uid=f"action-{record.uuid}-{action.n}@reject",
                    summary=f"{action.what} ({record.id}.{action.n})",
                    description=description,
                    day=action.due,
                    stamp=stamp,
                    event_cls=Event,
                )
            )
        res = ref.resilience
        if res and res.next_step and res.next_step_due and res.next_step_due >= today:
            cal.add_component(
                _event(
                    uid=f"next-step-{record.uuid}@reject",
                    summary=f"Next step: {res.next_step}",
                    description=f"Set after {record.company}, {record.role} (#{record.id}).",
                    day=res.next_step_due,
                    stamp=stamp,
                    event_cls=Event,
                )
            )
    data: bytes = cal.to_ical()
    return data


def _event(
    *, uid: str, summary: str, description: str, day: date, stamp: datetime, event_cls: type
) -> Any:
    event = event_cls()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    event.add("description", description)
    event.add("dtstart", day)  # a date, not a datetime: an all-day event
    event.add("dtend", day + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add_component(_reminder(summary))
    return event


# An all-day event starts at midnight, local time: a reminder nine hours in
# comes at 9 a.m. on the day, not in the night before.
REMINDER = timedelta(hours=9)


def _reminder(summary: str) -> Any:
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", REMINDER)
    return alarm
