# ruff: noqa: E501  (the journal's text reads better unbroken)
"""Build tests/data/realistic-journal.json: 24 entries (22 rejections, 2 withdrawn),
most with reflections, shaped like a real eight-month search.

Run with /work/venv/bin/python tests/data/make_realistic.py to regenerate; the
uuids and timestamps are fixed so the golden plan and calendar stay stable.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone
from pathlib import Path

from reject.model import FeedbackNote, Journal, Rejection
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


def entry(rid, company, role, day, stage, kind, feedback=None, reflection=None, request=None):
    notes = [
        FeedbackNote(text=f, given_by="recruiter", received=D(day), added=STAMP)
        for f in (feedback or [])
    ]
    return Rejection(
        id=rid,
        uuid=uuid.UUID(int=rid),
        company=company,
        role=role,
        date=D(day),
        stage=stage,
        kind=kind,
        feedback=notes,
        created=STAMP,
        updated=STAMP,
        reflection=reflection,
        feedback_request=request,
    )


def reflect(
    ratings=(),
    questions=(),
    themes=(),
    actions=(),
    points=(),
    search=None,
    mood=None,
    learned=None,
    next_step=None,
    do_differently=None,
    summary=None,
    done=True,
):
    return Reflection(
        feedback=FeedbackStage(summary=summary),
        review=ReviewStage(
            ratings=[PartRating(part=p, rating=r) for p, r in ratings],
            questions=[PracticeQuestion(question=q, better_answer=a) for q, a in questions],
            do_differently=do_differently,
        ),
        learnings=LearningsStage(
            themes=list(themes),
            actions=[
                Action(
                    n=i,
                    what=w,
                    how=h,
                    how_detail=hd,
                    due=D(d) if d else None,
                    theme=t,
                    done=D(x) if x else None,
                )
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
        started=STAMP,
        completed=D("2026-11-20") if done else None,
    )


def build() -> Journal:
    r = []
    r.append(
        entry(
            1,
            "Lumen Analytics",
            "Backend Engineer",
            "2026-03-12",
            "application",
            "form",
            ["Thank you for applying. We have decided to move forward with other candidates."],
        )
    )
    r.append(
        entry(
            2,
            "Harbor Freight Tech",
            "Python Developer",
            "2026-03-26",
            "screen",
            "personal",
            ["The hiring manager wanted more hands-on experience with Kubernetes."],
            reflect(
                ratings=[("preparation and research", 3), ("application", 4), ("interview", 3)],
                themes=["technical depth"],
                actions=[
                    (
                        "Deploy a side project on a small Kubernetes cluster",
                        "practice",
                        "k3s on the old laptop",
                        "2026-05-01",
                        "technical depth",
                        "2026-04-28",
                    )
                ],
                search=SearchStage(
                    fit=4,
                    day_to_day=True,
                    keywords_keep=["python developer"],
                    target_role="Backend engineer on a small product team",
                ),
                mood=(4, 6),
                next_step=("Send two applications", "2026-03-30"),
            ),
        )
    )
    r.append(
        entry(
            3,
            "Quill & Co",
            "Software Engineer",
            "2026-04-09",
            "interview",
            "personal",
            ["Your answers were hard to follow at times; a clearer structure would help."],
            reflect(
                ratings=[("preparation and research", 4), ("interview", 2), ("follow-up", 4)],
                questions=[
                    (
                        "Tell me about a time you disagreed with a teammate.",
                        "Situation: the API versioning debate at Finch.\nTask, action, result: "
                        "I wrote both options up, we trialled one, and releases stopped breaking clients.",
                    )
                ],
                themes=["structure of answers"],
                actions=[
                    (
                        "Practise STAR answers out loud",
                        "practice",
                        "with Sam, weekly",
                        "2026-05-15",
                        "structure of answers",
                        "2026-05-20",
                    )
                ],
                do_differently="Pause and outline before answering.",
                mood=(3, 5),
                learned="I rush when I am nervous.",
                next_step=("Book a mock interview", "2026-04-16"),
            ),
        )
    )
    r.append(
        entry(
            4,
            "Nimbus Cloud",
            "Platform Engineer",
            "2026-04-22",
            "assessment",
            "form",
            [
                "We decided to move forward with candidates whose experience more closely matches our needs."
            ],
        )
    )
    r.append(
        entry(
            5,
            "Tessellate",
            "Senior Backend Engineer",
            "2026-05-06",
            "final",
            "personal",
            [
                "Great coding, but the system design round stayed at a high level.",
                "The panel also wanted someone who had led client-facing projects.",
            ],
            reflect(
                ratings=[
                    ("preparation and research", 3),
                    ("interview 1", 4),
                    ("interview 2", 2),
                    ("follow-up", 3),
                ],
                questions=[
                    (
                        "Design a rate limiter for a public API.",
                        "Start from requirements (per key, burst), pick a token bucket, keep counters in Redis, "
                        "discuss failure modes and what happens when Redis is down.",
                    )
                ],
                themes=["system design"],
                actions=[
                    (
                        "Work through a system design course",
                        "course",
                        "Grokking, one chapter a week",
                        "2026-07-01",
                        "system design",
                        "2026-07-10",
                    ),
                    (
                        "Run a mock design interview",
                        "coaching",
                        "ask Priya",
                        "2026-12-05",
                        "system design",
                        None,
                    ),
                ],
                points=[("They wanted years of client management I don't have", "outside", True)],
                search=SearchStage(
                    fit=4,
                    day_to_day=True,
                    keywords_add=["platform engineer"],
                    target_role="Senior backend engineer, platform-leaning",
                ),
                mood=(3, 6),
                next_step=("Apply to three platform roles", "2026-05-13"),
            ),
            FeedbackRequest(status="answered", asked_on=D("2026-05-07"), closed_on=D("2026-05-12")),
        )
    )
    r.append(entry(6, "Orbit Media", "Full-stack Developer", "2026-05-20", "screen", "ghosted"))
    r.append(
        entry(
            7,
            "Greenleaf Energy",
            "Data Platform Engineer",
            "2026-06-03",
            "interview",
            "personal",
            ["We felt the communication of trade-offs could be clearer."],
            reflect(
                ratings=[("preparation and research", 2), ("interview", 3)],
                themes=["communication"],
                actions=[
                    (
                        "Read up on the company's products before each interview",
                        "other",
                        "a one-page brief per company",
                        None,
                        "preparation",
                        None,
                    )
                ],
                do_differently="Prepare: I knew little about their grid products.",
                search=SearchStage(
                    fit=2,
                    day_to_day=False,
                    unexciting="Mostly batch ETL maintenance.",
                    keywords_drop=["data engineer"],
                ),
                mood=(5, 6),
                learned="I do better when I have researched the product.",
            ),
        )
    )
    r.append(entry(8, "Brightline", "Backend Engineer", "2026-06-18", "application", "withdrew"))
    r.append(
        entry(
            9,
            "Keystone Bank",
            "Python Engineer",
            "2026-07-01",
            "final",
            "offer-withdrawn",
            ["Headcount was frozen after the reorganisation."],
            reflect(
                ratings=[("preparation and research", 4), ("interview", 4), ("follow-up", 4)],
                points=[("Hiring freeze after the reorganisation", "outside", False)],
                mood=(2, 4),
                learned="Getting to the offer stage means the interviews went well.",
                next_step=("Message the two recruiters I know", "2026-07-06"),
            ),
        )
    )
    r.append(
        entry(
            10,
            "Fjord Labs",
            "Software Engineer",
            "2026-07-15",
            "interview",
            "personal",
            [
                "You seemed unsure when explaining your past projects; a clearer structure would help.",
                "Also, the role needs fluent German.",
            ],
            reflect(
                ratings=[("preparation and research", 3), ("interview", 2)],
                questions=[
                    (
                        "Walk me through the most complex system you built.",
                        "Pick the payments ledger: the problem, my part, two trade-offs, one number that shows the result.",
                    )
                ],
                themes=["communication", "structure of answers"],
                actions=[
                    (
                        "Write a two-minute story for each of my last three projects",
                        "practice",
                        None,
                        "2026-08-01",
                        "structure of answers",
                        "2026-08-03",
                    )
                ],
                points=[("The role needs fluent German", "outside", True)],
                mood=(4, 6),
                next_step=("Apply to two roles", "2026-07-20"),
            ),
        )
    )
    r.append(
        entry(
            11,
            "Pinecrest Health",
            "Backend Developer",
            "2026-07-29",
            "screen",
            "form",
            ["Unfortunately we have decided not to proceed with your application."],
        )
    )
    r.append(
        entry(
            12,
            "Atlas Logistics",
            "Senior Python Engineer",
            "2026-08-12",
            "interview",
            "personal",
            ["Solid coding, but the system design discussion lacked depth on scaling."],
            reflect(
                ratings=[("preparation and research", 3), ("interview 1", 4), ("interview 2", 2)],
                questions=[
                    (
                        "How would you shard the orders table?",
                        "By customer id, with a lookup service; explain hot keys and re-sharding.",
                    )
                ],
                themes=["system design"],
                actions=[
                    (
                        "Sketch three designs from real systems and talk them through",
                        "practice",
                        None,
                        "2026-09-15",
                        "system design",
                        None,
                    )
                ],
                search=SearchStage(
                    fit=4,
                    day_to_day=True,
                    keywords_add=["platform engineer", "SRE"],
                    target_role="Senior backend engineer, platform-leaning",
                ),
                mood=(4, 5),
                next_step=("Finish the design course chapter on sharding", "2026-08-20"),
            ),
        )
    )
    r.append(
        entry(
            13,
            "Copperleaf",
            "Engineering Lead",
            "2026-08-26",
            "interview",
            "personal",
            ["We want a lead with more people management experience."],
            reflect(
                ratings=[("preparation and research", 4), ("interview", 3)],
                points=[("Years of people management", "outside", True)],
                search=SearchStage(
                    fit=2,
                    day_to_day=False,
                    unexciting="Mostly meetings and hiring.",
                    keywords_drop=["engineering lead"],
                ),
                mood=(5, 6),
                learned="I am not ready to give up hands-on work.",
            ),
        )
    )
    r.append(entry(14, "Sable Systems", "Backend Engineer", "2026-09-03", "application", "ghosted"))
    r.append(
        entry(
            15,
            "Northwind Traders",
            "Backend Engineer",
            "2026-09-10",
            "interview",
            "personal",
            ["Strong coding round, but the system design discussion stayed at a high level."],
            reflect(
                ratings=[("preparation and research", 4), ("interview 1", 4), ("interview 2", 3)],
                themes=["system design"],
                actions=[
                    (
                        "Do two timed design exercises a week",
                        "practice",
                        "with the design course",
                        "2026-10-15",
                        "system design",
                        "2026-10-14",
                    )
                ],
                mood=(5, 7),
                next_step=("Apply to Contoso and Fabrikam", "2026-09-14"),
            ),
            FeedbackRequest(status="no-reply", asked_on=D("2026-09-11")),
        )
    )
    r.append(entry(16, "Contoso", "Platform Engineer", "2026-09-24", "assessment", "form"))
    r.append(
        entry(
            17,
            "Fabrikam",
            "Senior Developer",
            "2026-10-02",
            "final",
            "personal",
            ["The panel wanted someone who had led client-facing projects."],
            reflect(
                ratings=[("preparation and research", 4), ("interview", 4), ("follow-up", 5)],
                themes=["client management"],
                actions=[
                    (
                        "Ask to lead the next customer integration at work",
                        "other",
                        None,
                        "2026-11-01",
                        "client management",
                        None,
                    )
                ],
                points=[("Client-facing leadership on my CV", "can-change", False)],
                mood=(4, 6),
                next_step=("Talk to my manager about the integration project", "2026-10-09"),
            ),
        )
    )
    r.append(
        entry(
            18,
            "Tailspin Toys",
            "Data Engineer",
            "2026-10-20",
            "screen",
            "form",
            [
                "We decided to move forward with candidates whose experience more closely matches our needs."
            ],
        )
    )
    r.append(entry(19, "Woodgrove", "Backend Engineer", "2026-10-28", "application", "withdrew"))
    r.append(
        entry(
            20,
            "Adventure Works",
            "Software Engineer",
            "2026-11-04",
            "interview",
            "personal",
            ["Answers on past projects were hard to follow; try a clearer structure."],
            reflect(
                ratings=[("preparation and research", 4), ("interview", 3)],
                questions=[
                    (
                        "Why do you want to work here?",
                        "Their move to event-driven order processing is exactly the work I want more of.",
                    )
                ],
                themes=["structure of answers", "communication"],
                actions=[
                    (
                        "Record myself answering five common questions and listen back",
                        "practice",
                        None,
                        "2026-11-15",
                        "communication",
                        None,
                    ),
                    (
                        "Join a Toastmasters evening",
                        "coaching",
                        "Thursday club in town",
                        "2026-12-10",
                        "communication",
                        None,
                    ),
                ],
                mood=(3, 6),
                learned="Structure is the thing that keeps coming back, and it is learnable.",
                next_step=("Book two mock interviews", "2026-11-27"),
            ),
            FeedbackRequest(status="asked", asked_on=D("2026-11-05")),
        )
    )
    r.append(entry(21, "Margie's Travel", "Python Developer", "2026-11-10", "screen", "ghosted"))
    r.append(
        entry(
            22,
            "Proseware",
            "Senior Backend Engineer",
            "2026-11-13",
            "final",
            "personal",
            [
                "Very close call. The other candidate had more experience with large-scale system design."
            ],
            reflect(
                ratings=[("preparation and research", 5), ("interview 1", 4), ("interview 2", 3)],
                themes=["system design"],
                search=SearchStage(
                    fit=5,
                    day_to_day=True,
                    keywords_keep=["backend engineer"],
                    target_role="Senior backend engineer, platform-leaning",
                ),
                mood=(4, 7),
                next_step=("Apply to the Proseware platform team opening", "2026-11-24"),
                done=False,
            ),
            FeedbackRequest(status="asked", asked_on=D("2026-11-14")),
        )
    )
    r.append(
        entry(
            23,
            "Litware",
            "Backend Engineer",
            "2026-11-16",
            "interview",
            "form",
            ["Thank you for your time; we will not be moving forward."],
        )
    )
    r.append(
        entry(
            24,
            "Trey Research",
            "Platform Engineer",
            "2026-11-18",
            "screen",
            "personal",
            ["Good conversation, but we need someone on-site in Oslo three days a week."],
            reflect(points=[("On-site in Oslo", "outside", False)], mood=(5, 6), done=False),
        )
    )
    return Journal(next_id=25, rejections=r)


if __name__ == "__main__":
    out = Path(__file__).with_name("realistic-journal.json")
    out.write_text(build().model_dump_json(indent=2) + "\n", encoding="utf-8")
    print(out)
