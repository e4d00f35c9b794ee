"""Which column of a tracker's CSV fills which field (see the package's docstring)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from reject.errors import UsageError
from reject.text import neutralise

# Targets that are not a record's own CSV column.
STATUS = "status"  # where the process stands: filters the rows
CONTACT_EMAIL = "contact_email"  # joined to the contact's name
LEAVE_OUT = ""  # `--map "Salary="`: the column is left out on purpose

# Other tools' names for each target, most telling first: when two columns
# of a file mean the same target, the one earlier in its list fills it and
# the other is left out (and named). A column named exactly like reject's
# own always wins. Every field of work: a nurse applies to a trust, a
# teacher to a school, a lawyer to a firm, for a post or a vacancy.
ALIASES: dict[str, tuple[str, ...]] = {
    "company": (
        "company",
        "company name",
        "employer",
        "employer name",
        "organization",
        "organisation",
        "organization name",
        "organisation name",
        "org",
        "hiring organization",
        "hiring organisation",
        "school",
        "trust",
        "hospital",
        "firm",
        "institution",
    ),
    "role": (
        "role",
        "job title",
        "title",
        "position",
        "position title",
        "job",
        "job role",
        "job name",
        "job position",
        "post",
        "vacancy",
        "role applied for",
        "position applied for",
        "post applied for",
    ),
    "date": (
        "date",
        "rejection date",
        "date rejected",
        "rejected on",
        "rejected date",
        "decision date",
        "outcome date",
        "date of rejection",
        "response date",
        "status date",
        "last status change",
        "date closed",
        "closed date",
        "last updated",
        "updated at",
        "date updated",
    ),
    "applied": (
        "applied",
        "date applied",
        "applied on",
        "application date",
        "applied date",
        "date of application",
        "date submitted",
        "submitted on",
        "submitted",
    ),
    STATUS: (
        "status",
        "application status",
        "stage",
        "current stage",
        "current status",
        "job status",
        "outcome",
        "result",
        "state",
        "pipeline stage",
        "list",
    ),
    "stage": ("stage reached", "furthest stage", "round reached", "how far"),
    "feedback": (
        "feedback",
        "employer feedback",
        "rejection reason",
        "reason",
        "notes",
        "note",
        "comments",
        "comment",
    ),
    "feedback_from": ("feedback from", "feedback given by", "given by"),
    "contact": (
        "contact",
        "contact name",
        "recruiter",
        "recruiter name",
        "hiring manager",
        "point of contact",
        "hiring contact",
    ),
    CONTACT_EMAIL: ("contact email", "recruiter email", "email", "e mail", "contact e mail"),
    "location": ("location", "job location", "work location", "city", "office"),
    "link": (
        "link",
        "url",
        "job url",
        "job link",
        "posting",
        "job posting",
        "posting url",
        "listing",
        "application link",
        "website",
    ),
    "source": (
        "source",
        "job board",
        "found via",
        "found on",
        "where found",
        "platform",
        "channel",
    ),
    "keywords": ("keywords", "search keywords"),
    "tags": ("tags", "tag", "labels", "label"),
    "kind": ("kind",),
}

_SEPARATORS = re.compile(r"[\s_\-./:*#]+")
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff]")


def normal(header: str) -> str:
    """A header as compared: "Date Applied (MM/DD/YYYY)" -> "date applied"."""
    text = _INVISIBLE.sub("", header).casefold()
    return _SEPARATORS.sub(" ", _BRACKETED.sub(" ", text)).strip()


# -- which column is which ------------------------------------------------------


@dataclass
class Layout:
    """What each column of a file fills, by its position in the header."""

    header: list[str]
    targets: dict[int, str]  # column index -> target (a reject column, STATUS, ...)
    left_out: list[str] = field(default_factory=list)  # headers nothing took
    stage_is_status: bool = False  # a "stage" column holding a tracker's statuses

    def index(self, target: str) -> int | None:
        return next((i for i, t in self.targets.items() if t == target), None)


def parse_maps(maps: Iterable[str], own: Iterable[str]) -> dict[str, str]:
    """``--map "Job Title=role"`` options, as {normal header: target}."""
    targets = {normal(c): c for c in own}
    targets.update({normal(STATUS): STATUS, normal(CONTACT_EMAIL): CONTACT_EMAIL})
    found: dict[str, str] = {}
    for given in maps:
        column, sep, target = given.partition("=")
        if not sep or not column.strip():
            raise UsageError(
                f"--map {shown(given)}: write it as COLUMN=FIELD, "
                "for example --map 'Job Title=role' (or 'Salary=' to leave a column out)."
            )
        if target.strip() and normal(target) not in targets:
            raise UsageError(
                f"--map {shown(given)}: {shown(target.strip())} is not a field reject keeps. "
                f"Fields: {', '.join(sorted(set(targets.values())))}."
            )
        found[normal(column)] = targets.get(normal(target), LEAVE_OUT)
    return found


def layout(header: list[str], own: Iterable[str], maps: Mapping[str, str]) -> Layout:
    """Match each header to a target: --map first, then reject's own names,
    then the aliases (the best-ranked column of several wins)."""
    names = [normal(h) for h in header]
    for column in maps:
        if column not in names:
            raise UsageError(
                f"--map names a column {shown(column)} that the file doesn't have. "
                f"Its columns: {shown_list(header)}."
            )
    own_names = {normal(c): c for c in own}
    targets: dict[int, str] = {}
    taken: set[str] = set()
    # Ranked claims: (rank, index, target). --map ranks before own names,
    # own names before aliases, and an alias by its place in the list.
    claims: list[tuple[int, int, str]] = []
    for i, name in enumerate(names):
        if name in maps:
            claims.append((-2, i, maps[name]))
        elif name in own_names:
            claims.append((-1, i, own_names[name]))
        else:
            for target, aliases in ALIASES.items():
                if name in aliases:
                    claims.append((aliases.index(name), i, target))
                    break
    for _rank, i, target in sorted(claims):
        if target == LEAVE_OUT or target in taken:
            continue
        targets[i] = target
        taken.add(target)
    left_out = [header[i] for i in range(len(header)) if i not in targets and header[i].strip()]
    return Layout(header, targets, left_out)


def settle_stage(found: Layout, rows: list[list[str]], stage_values: Iterable[str]) -> None:
    """A column called "stage" holds reject's stages (its own export) or a
    tracker's statuses ("Applied", "Rejected"): read its cells to tell."""
    i = found.index("stage")
    if i is None or found.index(STATUS) is not None or normal(found.header[i]) != "stage":
        return
    allowed = {v.casefold() for v in stage_values}
    cells = {_cell(row, i).strip().casefold() for row in rows} - {""}
    if cells - allowed:
        found.targets[i] = STATUS
        found.stage_is_status = True


def _cell(row: list[str], i: int) -> str:
    return row[i] if i < len(row) else ""


def shown(text: str) -> str:
    text = neutralise(text)
    return repr(text if len(text) <= 40 else text[:39] + "…")


def shown_list(header: list[str]) -> str:
    names = [shown(h) for h in header[:12]]
    return ", ".join(names) + (", …" if len(header) > 12 else "")
