# ruff: noqa: E501  (the journals' text reads better unbroken)
"""Build the three coaching journals in tests/data (see docs/coach-rubric.md):

* coach-skill-gap.json: a secondary-school maths teacher, 24 rejections, six
  reflections; one skill (classroom management) dominates, and her last
  performance review said the same.
* coach-targeting.json: a finance analyst who moved to Amsterdam, 24
  rejections, six reflections; a language keeps coming up, and people
  management comes up only in Finance Manager roles.
* coach-silence.json: a retail store manager moving into operations, 20
  rejections, two reflections; mostly form letters and silence.

Run with the project's venv: python tests/data/make_coached.py. Ids, uuids and
timestamps are fixed so the golden plans stay stable.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from reject.model import Appraisal, FeedbackNote, Journal, Rejection
from reject.model.reflection import (
    Action,
    FeedbackRequest,
    FeedbackStage,
    KindnessStage,
    LearningsStage,
    PartRating,
    Point,
    PracticeQuestion,
    Reflection,
    ResilienceStage,
    ReviewStage,
    SearchStage,
)

D = date.fromisoformat
STAMP = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)


def entry(rid, company, role, day, stage, kind, feedback=(), reflection=None, request=None):
    return Rejection(
        id=rid,
        uuid=uuid.UUID(int=1000 + rid),
        company=company,
        role=role,
        date=D(day),
        stage=stage,
        kind=kind,
        feedback=[
            FeedbackNote(text=f, given_by="recruiter", received=D(day), added=STAMP)
            for f in feedback
        ],
        created=STAMP,
        updated=STAMP,
        reflection=reflection,
        feedback_request=request,
    )


def reflect(
    day,
    *,
    after_days=2,
    ratings=(),
    questions=(),
    themes=(),
    weaknesses=(),
    actions=(),
    points=(),
    search=None,
    mood=None,
    learned=None,
    next_step=None,
    summary=None,
):
    """A complete reflection started ``after_days`` after the turndown."""
    started = datetime.combine(D(day) + timedelta(days=after_days), time(19), timezone.utc)
    return Reflection(
        feedback=FeedbackStage(summary=summary),
        review=ReviewStage(
            ratings=[PartRating(part=p, rating=r) for p, r in ratings],
            questions=[PracticeQuestion(question=q, better_answer=a) for q, a in questions],
        ),
        learnings=LearningsStage(
            themes=list(themes),
            weaknesses=list(weaknesses),
            actions=[
                Action(n=i, what=w, how=h, how_detail=hd, due=D(d) if d else None, theme=t,
                       done=D(x) if x else None)
                for i, (w, h, hd, d, t, x) in enumerate(actions, start=1)
            ],
        ),
        kindness=KindnessStage(
            points=[Point(text=t, control=c, long_term=lt) for t, c, lt in points]
        ),
        search=search,
        resilience=ResilienceStage(
            mood_before=mood[0] if mood else None,
            mood_after=mood[1] if mood else None,
            learned_about_self=learned,
            next_step=next_step[0] if next_step else None,
            next_step_due=D(next_step[1]) if next_step else None,
        ),
        mood_at_start=mood[0] if mood else None,
        started=started,
        completed=started.date(),
    )


NOT_SHORTLISTED = "Thank you for your application. Unfortunately on this occasion you have not been shortlisted."
OTHER_CANDIDATES = "We have decided to move forward with other candidates whose experience more closely matches our needs."
NOT_PROCEEDING = "Thank you for your interest. After careful consideration we have decided not to proceed with your application."


def skill_gap() -> Journal:
    """Priya, a secondary maths teacher in England: classroom management keeps coming up."""
    r = [
        entry(1, "Oakfield Academy", "Maths Teacher", "2026-03-04", "application", "form", [NOT_SHORTLISTED]),
        entry(2, "St Anne's High School", "Teacher of Mathematics", "2026-03-18", "interview", "personal",
              ["Good subject knowledge, but classroom management slipped once the group work started."]),
        entry(3, "Riverside School", "Maths Teacher", "2026-03-27", "application", "ghosted"),
        entry(4, "Kingsmead College", "Teacher of Mathematics", "2026-04-15", "final", "personal",
              ["The panel liked your planning. Classroom management in the observed lesson needs to be firmer: low-level disruption went unchallenged."],
              reflect("2026-04-15", ratings=[("observed lesson", 2), ("panel interview", 4), ("preparation and research", 4)],
                      questions=[("How would you handle a student who refuses to work?",
                                  "Calm, private word; a clear choice and consequence; follow up after the lesson, and log it.")],
                      themes=["classroom management"],
                      weaknesses=["Letting low-level chat go on too long"],
                      actions=[("Observe two colleagues known for calm classrooms", "coaching", "ask the head of year", "2026-05-15", "classroom management", "2026-05-12")],
                      points=[("Maybe I'm just not cut out for teaching teenagers", "can-change", False)],
                      mood=(3, 6), learned="I'm useless at observed lessons. I plan well; it is holding the room I need to practise.",
                      next_step=("Apply to two schools", "2026-04-22"))),
        entry(5, "Hillcrest Grammar", "Maths Teacher", "2026-04-29", "screen", "form", [OTHER_CANDIDATES]),
        entry(6, "Northgate Academy", "Teacher of Maths", "2026-05-13", "interview", "personal",
              ["Lovely rapport with students, but behaviour management needs development before a full timetable."]),
        entry(7, "Brookside Federation", "Maths Teacher", "2026-05-27", "final", "personal",
              ["Strong maths. The panel had concerns about classroom management with a difficult Year 9 group."],
              reflect("2026-05-27", ratings=[("observed lesson", 2), ("panel interview", 4), ("student panel", 4)],
                      themes=["classroom management"],
                      actions=[("Take the behaviour management course", "course", "local authority, four evenings", "2026-07-10", "classroom management", "2026-07-08"),
                               ("Script the first five minutes of every lesson", "practice", None, "2026-06-15", "classroom management", "2026-06-14")],
                      mood=(2, 5), next_step=("Ask my mentor to watch a Year 9 lesson", "2026-06-03"))),
        entry(8, "Westfield School", "Teacher of Mathematics", "2026-06-10", "application", "ghosted"),
        entry(9, "Elmwood High", "Maths Teacher", "2026-06-17", "interview", "personal",
              ["We went with a candidate who could also teach A-level further maths."]),
        entry(10, "Marlowe Academy", "Maths Teacher", "2026-06-24", "screen", "form", [NOT_PROCEEDING]),
        entry(11, "Greenway School", "Teacher of Maths", "2026-07-01", "interview", "withdrew"),
        entry(12, "Ashford Park School", "Maths Teacher", "2026-09-09", "final", "personal",
              ["Your lesson was well planned, but pace slowed and classroom management of transitions needs work."],
              reflect("2026-09-09", ratings=[("observed lesson", 3), ("panel interview", 4), ("data task", 3)],
                      questions=[("What would we see in your classroom in the first five minutes?",
                                  "Students entering to a starter on the board, a seating plan, me at the door greeting by name.")],
                      themes=["classroom management"],
                      actions=[("Practise transitions with a timer in my own lessons", "practice", "two a week", "2026-12-15", "classroom management", None)],
                      mood=(4, 6), learned="Transitions are where I lose them, not the maths.",
                      next_step=("Apply to Fairview and Castleton", "2026-09-16"))),
        entry(13, "Fairview Community School", "Teacher of Mathematics", "2026-09-23", "interview", "personal",
              ["Behaviour management was the weak point of the lesson; otherwise a good interview."]),
        entry(14, "Castleton Academy", "Maths Teacher", "2026-09-30", "application", "form", [NOT_SHORTLISTED]),
        entry(15, "Lakeside International School", "Math Teacher", "2026-10-07", "interview", "personal",
              ["Your behavior management strategies were not yet consistent in the demo lesson."],
              reflect("2026-10-07", ratings=[("demo lesson", 3), ("interview", 4)],
                      themes=["classroom management"],
                      mood=(4, 6), next_step=("Book a mock observation with my mentor", "2026-10-20"))),
        entry(16, "Harbour School", "Maths Teacher", "2026-10-14", "screen", "ghosted"),
        entry(17, "Priory Academy", "Teacher of Maths", "2026-10-21", "final", "personal",
              ["A close decision. The successful candidate showed stronger classroom management in the observed lesson."],
              reflect("2026-10-21", ratings=[("observed lesson", 3), ("panel interview", 5)],
                      themes=["classroom management"],
                      questions=[("How do you build relationships with a hard-to-reach class?",
                                  "Learn names in week one, positive phone calls home, and one small win per lesson.")],
                      actions=[("Ask for a mentor observation focused on behaviour", "coaching", "Mr Okafor", "2026-11-20", "classroom management", None)],
                      points=[("The other candidate was internal", "outside", False)],
                      mood=(3, 5), learned="I get closer each time.",
                      next_step=("Apply to Beacon Hill", "2026-10-28"))),
        entry(18, "Beacon Hill School", "Maths Teacher", "2026-10-28", "application", "form", [NOT_SHORTLISTED]),
        entry(19, "Sandown College", "Teacher of Mathematics", "2026-11-04", "interview", "personal",
              ["Well-structured lesson plan; classroom management needs more work before you take exam classes."]),
        entry(20, "Meadowbank School", "Maths Teacher", "2026-11-06", "screen", "form", [OTHER_CANDIDATES]),
        entry(21, "Thornbury Academy", "Maths Teacher", "2026-11-11", "interview", "ghosted"),
        entry(22, "Redbrook High", "Teacher of Maths", "2026-11-13", "final", "personal",
              ["You were clearly strong on subject knowledge. We chose someone with more experience of behaviour management."],
              reflect("2026-11-13", ratings=[("observed lesson", 3), ("panel interview", 4)],
                      themes=["classroom management"],
                      mood=(3, 6), next_step=("Apply to three schools before the Christmas deadline", "2026-12-05")),
              FeedbackRequest(status="asked", asked_on=D("2026-11-16"))),
        entry(23, "Chiltern Way School", "Maths Teacher", "2026-11-17", "application", "ghosted"),
        entry(24, "Willow Bank Academy", "Teacher of Maths", "2026-11-18", "screen", "form", [NOT_PROCEEDING]),
        entry(25, "Stoneleigh School", "Maths Teacher", "2026-11-19", "application", "form", [NOT_SHORTLISTED]),
    ]
    # Her last appraisal at her current school (see `reject appraisals`): it
    # names the same gap the interviews keep finding, and praises her planning.
    review = Appraisal(
        id=26, uuid=uuid.UUID(int=2026), given_by="2025 performance review", date=D("2025-07-11"),
        created=STAMP,
        text="Lesson planning is a real strength. Next step: firmer classroom management with Year 9, "
             "so that low-level disruption is dealt with before it spreads.",
    )
    return Journal(next_id=27, rejections=r, appraisals=[review])


def targeting() -> Journal:
    """Lena, a finance analyst who moved to Amsterdam: a language, and a
    requirement only Finance Manager roles ask for."""
    r = [
        entry(1, "Van Dijk Logistics", "FP&A Analyst", "2026-04-02", "interview", "personal",
              ["Strong modelling. Fluent Dutch is required for the business partnering side of this role."]),
        entry(2, "Northsea Energy", "Financial Analyst", "2026-04-16", "application", "form", [OTHER_CANDIDATES]),
        entry(3, "Kade Retail Group", "Finance Manager", "2026-04-30", "final", "personal",
              ["We need a finance manager with more people management experience; you have not yet led a team."],
              reflect("2026-04-30", ratings=[("case study", 4), ("panel interview", 3), ("preparation and research", 4)],
                      themes=["people management"],
                      points=[("Years of leading a team", "outside", True)],
                      search=SearchStage(fit=3, day_to_day=True, keywords_keep=["fp&a analyst"], target_role="Senior FP&A analyst at an international company"),
                      mood=(4, 6), learned="The technical side is not what holds me back.",
                      next_step=("Apply to three analyst roles in English-speaking teams", "2026-05-07"))),
        entry(4, "Polder Bank", "Financial Analyst", "2026-05-14", "screen", "personal",
              ["The team is Dutch-speaking, so we are looking for someone who speaks Dutch day to day."]),
        entry(5, "Nordvik Shipping", "FP&A Analyst", "2026-05-21", "interview", "personal",
              ["This role requires Swedish or Norwegian for the Nordic controllers; your modelling case was excellent."]),
        entry(6, "Tulip Foods", "Financial Analyst", "2026-06-04", "application", "ghosted"),
        entry(7, "Grachten Media", "Finance Manager", "2026-06-11", "interview", "personal",
              ["The role has four direct reports and we need proven people management."],
              reflect("2026-06-11", ratings=[("competency interview", 3), ("case study", 4)],
                      themes=["people management"],
                      points=[("They wanted someone who has managed people", "outside", True)],
                      search=SearchStage(fit=2, day_to_day=False, unexciting="Mostly approving others' work and hiring.", keywords_drop=["finance manager"]),
                      mood=(3, 5), learned="I applied to manager roles because of the title, not the work.",
                      next_step=("Rewrite my search around senior analyst roles", "2026-06-15"))),
        entry(8, "Amstel Insurance", "FP&A Analyst", "2026-06-25", "interview", "personal",
              ["Good case study. Your presentation of the variance analysis ran long and lost the main message."],
              reflect("2026-06-25", ratings=[("case study", 4), ("presentation", 2)],
                      questions=[("Walk us through the biggest driver of the variance.",
                                  "Lead with the answer: volume, 60 percent of the gap. Then price and mix, one line each.")],
                      actions=[("Rehearse a three-minute variance story", "practice", "with a timer", "2026-07-15", "presentation", "2026-07-14")],
                      mood=(4, 6), next_step=("Apply to Rijn and Canalside", "2026-07-01"))),
        entry(9, "Rijn Chemicals", "Financial Analyst", "2026-07-09", "screen", "form", [NOT_PROCEEDING]),
        entry(10, "Canalside Hotels", "FP&A Analyst", "2026-07-23", "interview", "personal",
              ["We need a native German speaker to cover the DACH region."]),
        entry(11, "Delta Water", "Finance Manager", "2026-08-06", "final", "personal",
              ["You were close. The other finance manager candidate had led a team of six."],
              reflect("2026-08-06", ratings=[("panel interview", 4), ("case study", 5)],
                      themes=["people management"],
                      points=[("The other candidate had led a team of six", "outside", False)],
                      mood=(3, 5), next_step=("Ask my manager about mentoring a junior analyst", "2026-08-20"))),
        entry(12, "Orange Mobility", "Financial Analyst", "2026-08-20", "application", "ghosted"),
        entry(13, "Havenstad Port Authority", "FP&A Analyst", "2026-09-03", "interview", "personal",
              ["Dutch is essential here: most of our budget holders work in Dutch."]),
        entry(14, "Lumen Software", "FP&A Analyst", "2026-09-17", "interview", "personal",
              ["Nice case. We would have liked more confidence with SQL for the data work."]),
        entry(15, "Brug Consulting", "Financial Analyst", "2026-09-24", "screen", "form", [OTHER_CANDIDATES]),
        entry(16, "Zuidas Capital", "FP&A Analyst", "2026-10-01", "screen", "withdrew"),
        entry(17, "Eiland Travel", "Senior FP&A Analyst", "2026-10-08", "final", "personal",
              ["A very strong final. We chose someone who could start sooner."],
              reflect("2026-10-08", ratings=[("case study", 5), ("presentation", 4), ("final interview", 4)],
                      points=[("Notice period", "outside", False)],
                      search=SearchStage(fit=5, day_to_day=True, keywords_add=["business controller"], target_role="Senior FP&A analyst at an international company"),
                      mood=(4, 7), learned="English-speaking teams see what I can do.",
                      next_step=("Apply to two international companies", "2026-10-15"))),
        entry(18, "Molen Bakeries", "Financial Analyst", "2026-10-15", "application", "form", [NOT_SHORTLISTED]),
        entry(19, "Spaarne Health", "FP&A Analyst", "2026-10-22", "interview", "personal",
              ["Your SQL test was fine; we went with a candidate who is fluent in Dutch for the stakeholder work."]),
        entry(20, "Voorhaven Group", "Financial Analyst", "2026-10-29", "screen", "ghosted"),
        entry(21, "Windmill Energy", "FP&A Analyst", "2026-11-05", "interview", "form", [OTHER_CANDIDATES]),
        entry(22, "Dam Square Bank", "Senior FP&A Analyst", "2026-11-12", "interview", "personal",
              ["Good technical interview. Your presentation of the forecast was hard to follow in places."],
              reflect("2026-11-12", after_days=40, ratings=[("presentation", 3), ("technical interview", 4)],
                      actions=[("Present one forecast a month to a friend outside finance", "practice", None, "2026-12-20", "presentation", None)],
                      mood=(4, 5), next_step=("Apply to three international companies", "2026-12-28"))),
        entry(23, "Schiphol Freight", "Financial Analyst", "2026-11-16", "application", "ghosted"),
        entry(24, "Oranje Retail", "FP&A Analyst", "2026-11-18", "screen", "form", [NOT_PROCEEDING]),
        entry(25, "Vondel Pharma", "FP&A Analyst", "2026-11-19", "application", "ghosted"),
    ]
    return Journal(next_id=26, rejections=r)


def silence() -> Journal:
    """Sam, a retail store manager moving into operations: mostly form letters and silence."""
    forms = [NOT_SHORTLISTED, OTHER_CANDIDATES, NOT_PROCEEDING,
             "Thanks for applying. We will not be moving forward with your application at this time. We wish you the best in your job search.",
             "We received a high volume of applications and have decided to pursue other candidates."]
    plan = [
        ("Brightway Logistics", "Operations Coordinator", "application", "form"),
        ("Metro Parcel", "Operations Coordinator", "application", "ghosted"),
        ("Harvest Foods", "Operations Analyst", "screen", "form"),
        ("City Couriers", "Operations Coordinator", "application", "form"),
        ("Summit Outdoor", "Operations Manager", "application", "ghosted"),
        ("Clearwater Utilities", "Operations Coordinator", "assessment", "form"),
        ("Bluebird Events", "Operations Coordinator", "application", "ghosted"),
        ("Parkside Leisure", "Operations Analyst", "application", "form"),
        ("Northline Rail", "Operations Coordinator", "screen", "ghosted"),
        ("Fresh Fields Grocery", "Operations Coordinator", "application", "form"),
        ("Lighthouse Charity", "Operations Officer", "application", "ghosted"),
        ("Cornerstone Homes", "Operations Coordinator", "application", "form"),
        ("Velocity Fitness", "Operations Manager", "screen", "form"),
        ("Riverbank Care", "Operations Coordinator", "application", "ghosted"),
        ("Apex Facilities", "Operations Coordinator", "application", "form"),
    ]
    r = []
    day = D("2026-07-06")
    for n, (company, role, stage, kind) in enumerate(plan, start=1):
        feedback = [forms[n % len(forms)]] if kind == "form" else []
        r.append(entry(n, company, role, day.isoformat(), stage, kind, feedback))
        day += timedelta(days=6)
    r += [
        entry(16, "Greenline Buses", "Operations Coordinator", "2026-10-28", "interview", "personal",
              ["You came across well. We went with someone who has used a transport scheduling system before."],
              reflect("2026-10-28", ratings=[("interview", 3), ("preparation and research", 2)],
                      weaknesses=["No examples of scheduling software"],
                      actions=[("Do the free route-planning software course", "course", "two weeks, evenings", "2026-11-20", "scheduling software", "2026-11-18")],
                      points=[("I'm just not good enough for office jobs", "outside", False)],
                      mood=(2, 5), learned="Rotas for 40 staff are scheduling; I should say so.",
                      next_step=("Rewrite my CV around rotas and stock control", "2026-11-04"))),
        entry(17, "Harbour Logistics", "Operations Coordinator", "2026-11-04", "assessment", "form",
              ["Thank you for completing the assessment. Unfortunately you were not successful on this occasion."]),
        entry(18, "Sterling Warehousing", "Operations Coordinator", "2026-11-09", "interview", "ghosted"),
        entry(19, "Meridian Hotels", "Operations Coordinator", "2026-11-13", "interview", "personal",
              ["Great retail background. The role needs experience with scheduling software, which you're building."],
              reflect("2026-11-13", after_days=1, ratings=[("interview", 4), ("preparation and research", 4)],
                      themes=["scheduling software"],
                      mood=(4, 6), next_step=("Apply to five coordinator roles", "2026-11-30"))),
        entry(20, "Pinnacle Retail Group", "Area Operations Lead", "2026-11-17", "screen", "form", [OTHER_CANDIDATES]),
    ]
    return Journal(next_id=21, rejections=r)


JOURNALS = {
    "coach-skill-gap.json": skill_gap,
    "coach-targeting.json": targeting,
    "coach-silence.json": silence,
}


if __name__ == "__main__":
    import sys

    # A name on the command line rebuilds only that journal.
    for name, build in JOURNALS.items():
        if sys.argv[1:] and name not in sys.argv[1:]:
            continue
        out = Path(__file__).with_name(name)
        out.write_text(build().model_dump_json(indent=2) + "\n", encoding="utf-8")
        print(out)
