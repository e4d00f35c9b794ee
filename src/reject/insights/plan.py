"""The development plan as plain data: built here, written by markdown.py,
ics.py or as JSON. One pass over the chosen rejections (plus small sorts)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from reject.followup import Phase, age, phase
from reject.insights.appraisals import attach
from reject.insights.counts import by_kind, by_stage
from reject.insights.praise import Praise as Praise  # re-exported
from reject.insights.praise import praise_of
from reject.insights.priorities import Priority, Unanswered, build_priorities, unanswered
from reject.insights.ratings import NUMBERED, lowest, strongest
from reject.insights.ratings import PartScore as PartScore  # re-exported
from reject.insights.ratings import part_scores as part_scores  # re-exported
from reject.insights.ratings import round_name as round_name  # re-exported
from reject.insights.resilience import NextStep as NextStep  # re-exported
from reject.insights.resilience import Resilience, build_resilience
from reject.insights.themes import (
    ThemeCount,
    Vocabulary,
    count_themes,
    counts_as_rejection,
    normalise,
)
from reject.model import Appraisal, Rejection
from reject.model.reflection import Action, Control, RequestStatus

PLAN_FORMAT = "reject-plan"
PLAN_SCHEMA_VERSION = 1


@dataclass
class Summary:
    rejections: int
    withdrew: int  # processes the person stepped back from: not rejections
    first: date | None
    last: date | None
    by_stage: dict[str, int]  # in stage order; "not recorded" last
    by_kind: dict[str, int]
    reflections_completed: int


@dataclass
class PlannedAction:
    id: str  # "<rejection id>.<n>"
    rejection: int
    n: int
    company: str
    what: str
    how: str
    how_detail: str | None
    due: date | None
    theme: str | None
    done: date | None
    overdue: bool


@dataclass
class ActionGroup:
    theme: str | None  # None: actions with no theme
    actions: list[PlannedAction]


@dataclass
class PracticeItem:
    rejection: int
    company: str
    question: str
    better_answer: str | None


@dataclass
class OutsidePoint:
    text: str
    times: int
    long_term: bool


@dataclass
class Search:
    target_roles: list[str]  # most recent first
    keywords_add: list[str]
    keywords_drop: list[str]
    keywords_keep: list[str]
    fit_average: float | None
    fit_ratings: int
    not_day_to_day: int  # roles the person could not see themselves doing


@dataclass
class WaitingRequest:
    rejection: int
    company: str
    role: str
    asked_on: date | None
    days: int | None
    phase: str = "waiting"  # reject.followup.Phase: "waiting", "follow-up" or "let-go"


@dataclass
class Plan:
    today: date
    since: date | None
    until: date | None
    summary: Summary
    themes: ThemeCount
    weakest: list[PartScore]  # actually low: at most 3 of 5 and below the person's own average
    actions: list[ActionGroup]
    actions_done: int
    actions_total: int
    practice: list[PracticeItem]
    outside: list[OutsidePoint]
    search: Search
    resilience: Resilience
    waiting: list[WaitingRequest] = field(default_factory=list)
    priorities: list[Priority] = field(default_factory=list)  # "start here", in order
    unanswered: list[Unanswered] = field(default_factory=list)  # little or no feedback
    ratings: int = 0  # self-ratings given in all
    open_by_theme: dict[str, int] = field(default_factory=dict)
    numbered_rounds: bool = False  # some ratings were for "interview 2" and the like
    strongest: list[PartScore] = field(default_factory=list)  # rated 4 or more on average
    future_reflections: list[int] = field(default_factory=list)  # dated after today: left out
    praise: list[Praise] = field(default_factory=list)  # what feedback praised, newest first


def action_id(record: Rejection, action: Action) -> str:
    return f"{record.id}.{action.n}"


def planned_action(record: Rejection, action: Action, today: date) -> PlannedAction:
    return PlannedAction(
        id=action_id(record, action),
        rejection=record.id,
        n=action.n,
        company=record.company,
        what=action.what,
        how=action.how.value,
        how_detail=action.how_detail,
        due=action.due,
        theme=action.theme,
        done=action.done,
        overdue=action.done is None and action.due is not None and action.due < today,
    )


def urgency(action: PlannedAction) -> tuple[bool, bool, int, int, int]:
    """Open before done; overdue first; then by due date; undated last."""
    due = action.due.toordinal() if action.due else date.max.toordinal()
    return (action.done is not None, not action.overdue, due, action.rejection, action.n)


def all_actions(records: list[Rejection], today: date) -> list[PlannedAction]:
    found = [
        planned_action(r, a, today)
        for r in records
        if r.reflection and r.reflection.learnings
        for a in r.reflection.learnings.actions
    ]
    found.sort(key=urgency)
    return found


def build_plan(
    records: list[Rejection],
    vocabulary: Vocabulary,
    *,
    today: date,
    since: date | None = None,
    until: date | None = None,
    appraisals: Sequence[Appraisal] = (),
) -> Plan:
    """Everything the plan says, from ``records`` (any order) and every
    appraisal (a review stays relevant whatever the window)."""
    # A plan is as of ``today``: a reflection dated later than that and than
    # the record's last save (a wrong clock, an edited import) cannot be
    # right, and would bend its figures, so it is left out and the plan says
    # so. Its actions stay: they are steps the person set, not figures.
    future = [r.id for r in records if _future(r, today)]
    actions = all_actions(records, today)
    records = sorted(
        (r.model_copy(update={"reflection": None}) if r.id in future else r for r in records),
        key=lambda r: (r.date, r.id),
    )
    themes = count_themes(records, vocabulary)
    attach(themes, appraisals, vocabulary)
    silent = unanswered(records, today)
    scores = part_scores(records)
    open_actions = open_by_theme(actions, vocabulary)
    return Plan(
        today=today,
        since=since,
        until=until,
        summary=_summary(records),
        themes=themes,
        future_reflections=sorted(future),
        praise=praise_of(records),
        weakest=lowest(scores),
        strongest=strongest(scores),
        actions=_group(actions),
        actions_done=sum(1 for a in actions if a.done),
        actions_total=len(actions),
        practice=_practice(records),
        outside=_outside(records),
        search=_search(records),
        resilience=build_resilience(records, today),
        waiting=_waiting(records, today),
        priorities=build_priorities(
            records,
            themes,
            vocabulary,
            (open_actions, open_by_theme(actions, vocabulary, done=True)),
            silent,
            appraisals,
        ),
        unanswered=silent,
        ratings=sum(s.ratings for s in scores),
        open_by_theme=open_actions,
        numbered_rounds=any(
            NUMBERED.fullmatch(normalise(rating.part))
            for r in records
            if r.reflection and r.reflection.review
            for rating in r.reflection.review.ratings
        ),
    )


def open_by_theme(
    actions: list[PlannedAction], vocabulary: Vocabulary, *, done: bool = False
) -> dict[str, int]:
    """Open (or, with ``done``, done) actions per theme, an action counting
    under every theme its point or wording names."""
    counts: Counter[str] = Counter()
    for action in actions:
        if (action.done is not None) == done:
            names = vocabulary.find(f"{action.theme or ''}\n{action.what}")
            if action.theme:
                names.add(normalise(action.theme))
            counts.update(sorted(names))
    return dict(sorted(counts.items()))


def _summary(records: list[Rejection]) -> Summary:
    counted = [r for r in records if counts_as_rejection(r)]
    return Summary(
        rejections=len(counted),
        withdrew=len(records) - len(counted),
        first=counted[0].date if counted else None,
        last=counted[-1].date if counted else None,
        by_stage={s: n for s, n in by_stage(counted).items() if n},
        by_kind={k: n for k, n in by_kind(counted).items() if n},
        reflections_completed=sum(1 for r in records if r.reflection and r.reflection.completed),
    )


def _future(record: Rejection, today: date) -> bool:
    ref = record.reflection
    return ref is not None and ref.started.date() > today and ref.started > record.updated


def _group(actions: list[PlannedAction]) -> list[ActionGroup]:
    """Group by theme; a group's place is set by its most urgent action."""
    groups: dict[str | None, ActionGroup] = {}
    for action in actions:  # already most urgent first
        key = normalise(action.theme) if action.theme else None
        if key not in groups:
            groups[key] = ActionGroup(action.theme, [])
        groups[key].actions.append(action)
    untitled = groups.pop(None, None)
    return [*groups.values(), *([untitled] if untitled else [])]


def _practice(records: list[Rejection]) -> list[PracticeItem]:
    items = []
    for record in reversed(records):  # newest first: freshest in memory
        if record.reflection and record.reflection.review:
            for q in record.reflection.review.questions:
                items.append(PracticeItem(record.id, record.company, q.question, q.better_answer))
    return items


def _outside(records: list[Rejection]) -> list[OutsidePoint]:
    points: dict[str, OutsidePoint] = {}
    for record in records:
        if record.reflection and record.reflection.kindness:
            for point in record.reflection.kindness.points:
                if point.control != Control.outside:
                    continue
                key = normalise(point.text)
                if key in points:
                    points[key].times += 1
                    points[key].long_term |= point.long_term
                else:
                    points[key] = OutsidePoint(point.text, 1, point.long_term)
    return sorted(points.values(), key=lambda p: -p.times)


def _ranked(counter: Counter[str], first_spelling: dict[str, str]) -> list[str]:
    return [first_spelling[k] for k, _ in counter.most_common()]


def _search(records: list[Rejection]) -> Search:
    roles: list[str] = []
    words: dict[str, Counter[str]] = {"add": Counter(), "drop": Counter(), "keep": Counter()}
    spelling: dict[str, str] = {}
    fits: list[int] = []
    not_day_to_day = 0
    for record in reversed(records):  # newest first
        search = record.reflection.search if record.reflection else None
        if search is None:
            continue
        if search.target_role and normalise(search.target_role) not in map(normalise, roles):
            roles.append(search.target_role)
        for kind, values in (
            ("add", search.keywords_add),
            ("drop", search.keywords_drop),
            ("keep", search.keywords_keep),
        ):
            for value in values:
                words[kind][normalise(value)] += 1
                spelling.setdefault(normalise(value), value)
        if search.fit is not None:
            fits.append(search.fit)
        if search.day_to_day is False:
            not_day_to_day += 1
    # A keyword the person later dropped is not also listed to add.
    for key in list(words["add"]):
        if key in words["drop"]:
            del words["add"][key]
    return Search(
        target_roles=roles,
        keywords_add=_ranked(words["add"], spelling),
        keywords_drop=_ranked(words["drop"], spelling),
        keywords_keep=_ranked(words["keep"], spelling),
        fit_average=round(sum(fits) / len(fits), 1) if fits else None,
        fit_ratings=len(fits),
        not_day_to_day=not_day_to_day,
    )


def _waiting(records: list[Rejection], today: date) -> list[WaitingRequest]:
    waiting = []
    for record in records:
        request = record.feedback_request
        if request is None or request.status != RequestStatus.asked:
            continue
        days = age(request.asked_on, today) if request.asked_on else None
        waiting.append(
            WaitingRequest(
                record.id,
                record.company,
                record.role,
                request.asked_on,
                days,
                phase(days).value if days is not None else Phase.waiting.value,
            )
        )
    waiting.sort(key=lambda w: -(w.days or 0))
    return waiting


def to_json(plan: Plan) -> dict[str, Any]:
    """The plan under the versioned schema documented in docs/plan.md."""
    data = _plain(asdict(plan))
    data["themes"]["enough_data"] = plan.themes.enough_data
    return {"format": PLAN_FORMAT, "schema_version": PLAN_SCHEMA_VERSION, **data}


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
