"""The six stages of a reflection, as data: what each is called, how it opens,
what it asks and what kind of answer each question takes.

The flow (``reflection.flow``) walks these; the words live here so they can
be read, reviewed and changed in one place. See docs/reflection.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Answer(str, Enum):
    """The kind of answer a question takes; decides how it is checked."""

    line = "line"  # one line of text
    text = "text"  # free text
    rating = "rating"  # 1 to 5
    mood = "mood"  # 1 to 10
    yes_no = "yes-no"
    due = "due"  # a real date, today or later
    choice = "choice"
    items = "items"  # a comma-separated list
    number = "number"  # a small whole number


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    answer: Answer
    choices: tuple[str, ...] = ()
    # Other words taken for a choice: ("unsure", "not sure") reads "unsure" as "not sure".
    aliases: tuple[tuple[str, str], ...] = ()
    optional: bool = True
    skip: str = "Enter to skip"  # how the prompt says Enter skips it


@dataclass(frozen=True)
class Stage:
    number: int
    field: str  # the field of ``Reflection`` this stage fills
    title: str
    intro: tuple[str, str]
    questions: tuple[Question, ...]

    def q(self, key: str) -> Question:
        for question in self.questions:
            if question.key == key:
                return question
        raise KeyError(key)


MOOD_AT_START = Question(
    "mood_at_start",
    "Before we start: how are you feeling right now, from 1 (very low) to 10 (fine)?",
    Answer.mood,
)

# Said after a low mood (4 or less) at the start.
LOW_MOOD = "That's understandable after a no. Go at your own pace; stopping halfway is fine."
VERY_LOW = 2
# Said instead after a very low mood (1 or 2), with the offer to stop after stage 1.
VERY_LOW_MOOD = (
    "I'm sorry today is this hard. Let's keep it small: stage 1 is just writing down "
    "what they said, and the rest can wait until you feel more like yourself."
)
PAUSE = Question(
    "pause",
    "That's the part worth doing today. Stop here and come back to the rest later?",
    Answer.yes_no,
)
PAUSED = (
    "Stopped after stage 1; what you wrote is saved. When you're ready, "
    "`reject reflect {id}` picks up at stage 2. Be gentle with yourself tonight."
)

# Said in stage 1 when the reply is a stock letter, or says nothing at all.
FORM_LETTER = (
    "This reads like a stock letter: much the same words go to nearly everyone, "
    "so it says nothing about you or how you did. It's worth asking for more."
)
EMPTY_REPLY = (
    "That reply doesn't give a reason, which happens a lot. It says nothing about "
    "you, and asking for a few specific lines often gets them."
)

# Asked back when a point or theme reads as a verdict on oneself ("I'm just
# not good enough"): it never becomes a theme or a plan line.
VERDICT = Question(
    "what_they_said",
    "That sounds like a judgement of yourself rather than something they said. "
    "What did they actually tell you?",
    Answer.line,
    skip="Enter to leave it out",
)
VERDICT_LEFT_OUT = "Left out. A hard day's verdict isn't something to plan around."

_NOT_SURE = (("unsure", "not sure"), ("?", "not sure"), ("dunno", "not sure"),
             ("don't know", "not sure"), ("dont know", "not sure"), ("maybe", "not sure"))

STAGES: tuple[Stage, ...] = (
    Stage(
        1,
        "feedback",
        "What they told you",
        (
            "Feedback is the most useful thing a rejection leaves behind.",
            "Let's write down what they said, and whether it's enough to act on.",
        ),
        (
            Question("summary", "In your own words, what did they say?", Answer.text),
            Question("specific", "Is it specific enough that you could act on it?", Answer.yes_no),
            Question(
                "offer_draft",
                "Would a short note asking them for more detail help? I can draft one",
                Answer.yes_no,
            ),
            Question("mark_asked", "Will you send it today? I'll keep track of it", Answer.yes_no),
        ),
    ),
    Stage(
        2,
        "review",
        "Looking back over the process",
        (
            "Go back over it step by step, from preparing to the last email.",
            "Rate each part from 1 (rough) to 5 (strong) to see where the room to grow is.",
        ),
        (
            Question(
                "rounds", "How many interview rounds did you have? (0 if none)", Answer.number
            ),
            Question(
                "round_kind",
                "Round {n}: what kind was it? Coding, system design, behavioural, "
                "presentation, case, panel, or your own word",
                Answer.line,
                skip="Enter to call it interview {n}",
            ),
            Question(
                "rating",
                "{part}",
                Answer.rating,
                skip="Enter if you didn't do it",
            ),
            Question("went_well", "What went well?", Answer.text),
            Question("do_differently", "What would you do differently?", Answer.text),
            Question(
                "under_prepared",
                "Was anything under-prepared (a presentation, a topic, a story)?",
                Answer.text,
            ),
            Question(
                "balance",
                "Did your answers lean too technical, too soft, or were they balanced?",
                Answer.choice,
                ("technical", "soft", "balanced"),
            ),
            Question(
                "question",
                "A question you'd like to answer better next time",
                Answer.text,
                skip="Enter when done",
            ),
            Question(
                "another",
                "Another question to practise? Type it, or press Enter if that's all",
                Answer.text,
                skip="Enter when done",
            ),
            Question("better_answer", "A better answer, while it's fresh", Answer.text),
        ),
    ),
    Stage(
        3,
        "learnings",
        "What to take from it",
        (
            "Look for what keeps coming up, here and in earlier rejections.",
            "Then turn what you can work on into small, concrete actions.",
        ),
        (
            Question(
                "pick_themes",
                "Which of these fit? Numbers, like 1, 3",
                Answer.line,
                skip="Enter for none",
            ),
            Question("more_themes", "Any other themes? Comma-separated", Answer.items),
            Question(
                "themes",
                "Any themes you notice (experience, communication...)? Comma-separated",
                Answer.items,
            ),
            Question(
                "weaknesses",
                "What could you work on? A few words each, comma-separated",
                Answer.items,
            ),
            Question("what", "What will you do about \u201c{point}\u201d?", Answer.line),
            Question(
                "how",
                "How will you go about it?",
                Answer.choice,
                ("course", "coaching", "practice", "other"),
            ),
            Question("detail_course", "Which course?", Answer.line),
            Question("detail_coaching", "With whom?", Answer.line),
            Question("detail_practice", "With whom, or how?", Answer.line),
            Question("detail_other", "How, in a few words?", Answer.line),
            Question("due", "By when? A date, 'in 2 weeks' or 'next friday'", Answer.due),
        ),
    ),
    Stage(
        4,
        "kindness",
        "Be kind to yourself",
        (
            "Some reasons are yours to change; some are not, or not quickly.",
            "Sort each one. Only what you can change goes into your plan.",
        ),
        (
            Question(
                "more_points",
                "Anything else they raised, or you worry about? Comma-separated",
                Answer.items,
            ),
            Question(
                "usually_outside",
                "\u201c{point}\u201d is usually outside your control for now ({why}). "
                "Set it aside?",
                Answer.choice,
                ("yes", "no", "not sure"),
                aliases=(("y", "yes"), ("n", "no"), *_NOT_SURE),
            ),
            Question(
                "control",
                "\u201c{point}\u201d: can you change this, or is it outside your control for now?",
                Answer.choice,
                ("change", "outside", "not sure"),
                aliases=_NOT_SURE,
            ),
            Question(
                "long_term",
                "Keep it as a long-term goal, without an action for now?",
                Answer.yes_no,
            ),
            Question("make_action", "Turn it into an action?", Answer.yes_no),
            Question("note_to_self", "A note to yourself, if you like", Answer.text),
        ),
    ),
    Stage(
        5,
        "search",
        "Was it the right job?",
        (
            "Sometimes a no shows that the role wasn't the right fit anyway.",
            "A few questions to check that your search points where you want to go.",
        ),
        (
            Question(
                "fit",
                "How well did the role fit you, from 1 (poorly) to 5 (very well)?",
                Answer.rating,
            ),
            Question("day_to_day", "Could you see yourself doing it day to day?", Answer.yes_no),
            Question("unexciting", "Which parts of it didn't excite you?", Answer.text),
            Question("keywords_keep", "Search keywords or titles to keep", Answer.items),
            Question("keywords_drop", "Keywords or titles to drop", Answer.items),
            Question("keywords_add", "Keywords or titles to add", Answer.items),
            Question("target_role", "In one line, the role you're really after", Answer.line),
        ),
    ),
    Stage(
        6,
        "resilience",
        "Moving on",
        (
            "Setbacks come with every search; what counts is what you take forward.",
            "Last few questions, then you're done.",
        ),
        (
            Question(
                "mood_after",
                "And how are you feeling now, from 1 (very low) to 10 (fine)?",
                Answer.mood,
            ),
            Question("learned_about_self", "One thing you learned about yourself", Answer.text),
            Question(
                "next_step",
                "Your next concrete step (the next application, a practice session)",
                Answer.line,
            ),
            Question("next_step_due", "When will you do it?", Answer.due),
        ),
    ),
)

TOTAL = len(STAGES)


def stage(number: int) -> Stage:
    return STAGES[number - 1]
