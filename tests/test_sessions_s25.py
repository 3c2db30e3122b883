"""Sessions of two people put in ways the invitation rules missed (GUIDELINES §2.2 joint items): a wish put as what
would help ("what would really help is if Owen and I sat down together…", "if you and I ran it together, it'd land
better") and asking to visit the other ("could I come up to the depot and weigh it myself?"). Each is one item of
both, where the other takes it. Also: "one by one" is no time of day ("by one") and no pronoun. Dialogues written for
these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday,
4 March 2026)."""

from __future__ import annotations

import pytest

from pipeline.schemas import Extraction
from tests.support import CALL, CALL_DATE, extract_turns

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
OPENING = [(PRITI, "So the new shelf units are in from Monday."), (THEO, "Yes, that's all in hand.")]


def run(turns: list[tuple[str, str]]) -> Extraction:
    return extract_turns([*OPENING, *turns], CALL, CALL_DATE, step=10.0)


SESSIONS = [
    (  # a wish of the speaker and a named other, taken with the day
        [
            (
                THEO,
                "I've written up thirty checkout scenarios. What would really help is if Owen and I sat down "
                "together and went through them. Next Wednesday?",
            ),  # fmt: skip
            (OWEN, "Wednesday's good. Come to ours, we'll find you a desk."),
            (NELL, "Lovely."),
        ],
        3,
        {THEO, OWEN},
        "2026-03-11",
    ),
    (  # the same put to "you", a conditional that is a wish, taken with "let's do it"
        [
            (NELL, "The franchise owners keep asking the same questions about the toolkit."),
            (PRITI, "Yes. If you and I ran a webinar together, it'd land better with them."),
            (NELL, "Love that. I'm free on Thursday the twelfth. Let's do it."),
            (THEO, "Great."),
        ],
        4,
        {NELL, PRITI},
        "2026-03-12",
    ),
    (  # asking to visit the other and do the work there
        [
            (THEO, "Owen, could I come up to the depot and weigh the display unit myself? Next Tuesday maybe?"),
            (OWEN, "Next Tuesday's fine. Come after lunch. Yeah, let's do it."),
            (NELL, "Good, no surprises on build day then."),
        ],
        3,
        {THEO, OWEN},
        "2026-03-10",
    ),
    (  # the reply names the day put by its weekday alone: the day put, a week on, is the one meant
        [
            (THEO, "Owen, could I pop over to the depot and check the fixtures myself? Next Friday?"),
            (OWEN, "Friday works. Come after lunch."),
            (NELL, "Good."),
        ],
        3,
        {THEO, OWEN},
        "2026-03-13",
    ),
]


@pytest.mark.parametrize(("turns", "turn", "owners", "due"), SESSIONS)
def test_a_session_put_as_a_wish_or_a_visit_is_one_item_of_both(
    turns: list[tuple[str, str]], turn: int, owners: set[str], due: str
) -> None:
    x = run(turns)
    joint = [a for a in x.action_items if isinstance(a.owner, list)]
    assert [(a.turn, set(a.owner)) for a in joint] == [(turn, owners)]
    assert str(joint[0].due) == due
    assert len(x.action_items) == 1  # the room found for it is the session's set-up, not work of its own


NOT_SESSIONS = [
    [  # what would help is the other's work: a request, not a session
        (NELL, "It would really help if you sent the logos over."),
        (PRITI, "Sure, I'll send them today."),
    ],
    [  # a condition, not a wish
        (OWEN, "If Theo and I had more time, we'd do a proper review."),
        (THEO, "Yeah, true."),
    ],
    [  # going from one number to another is a change, not a visit
        (PRITI, "And the posts. Can we go from four a month to two?"),
        (OWEN, "We can, yeah."),
    ],
    [  # coming back to someone is no visit
        (THEO, "Could I come back to you on the quantities?"),
        (OWEN, "Yes, of course."),
    ],
]


@pytest.mark.parametrize("turns", NOT_SESSIONS)
def test_no_session_of_both(turns: list[tuple[str, str]]) -> None:
    assert not [a for a in run(turns).action_items if isinstance(a.owner, list)]


def test_one_by_one_is_no_time_of_day() -> None:
    x = run([(THEO, "I'll check the shelf labels one by one."), (PRITI, "Thanks.")])
    assert [(a.turn, a.owner, a.due) for a in x.action_items] == [(2, THEO, None)]


INVITED = [
    (  # an invitation put as a bare question ("Pop over to the studio?"), taken after checking the diary
        [
            (THEO, "I'd like to look over the samples before they get boxed up."),
            (OWEN, "Pop over to the studio? I'm in all Thursday."),
            (THEO, "Thursday... let me check. Yes, after lunch. Fine."),
            (NELL, "Good."),
        ],
        4,
        {OWEN, THEO},
        "2026-03-05",
        None,
    ),
    (  # asking to come and see a place
        [
            (PRITI, "Could we come and see the Harrogate branch before the refit? I want photos of the old frontage."),
            (OWEN, "Of course. I'm there Monday for the audit. Come by in the morning."),
            (PRITI, "Perfect."),
        ],
        3,
        {PRITI, OWEN},
        "2026-03-09",
        "see the Harrogate branch",  # "come and" is no part of the work (lead-in row come_and_do)
    ),
    (  # a wish to talk to the listener, taken with a yes that asks when
        [
            (OWEN, "And the podcast episode?"),
            (THEO, "For that one I'd love to just talk to you. Twenty minutes, you tell me how it started."),
            (OWEN, "Ha, yes, I like that. When?"),
            (THEO, "Friday morning?"),
            (OWEN, "Friday's good."),
        ],
        4,
        {THEO, OWEN},
        "2026-03-06",
        None,
    ),
    (  # "you should come" goes where the turn said; a reply that only asks when keeps it open until it is taken
        [
            (NELL, "I'd rather be at the tasting in person. Owen, you should come, the chef listens to you."),
            (OWEN, "Fine. When is it?"),
            (NELL, "Tuesday the tenth."),
            (OWEN, "Tuesday the tenth. Yeah, I can live with that. Let's both go."),
            (PRITI, "One more thing."),
        ],
        5,
        {NELL, OWEN},
        "2026-03-10",
        "come to the tasting",
    ),
]


@pytest.mark.parametrize(("turns", "turn", "owners", "due", "task"), INVITED)
def test_an_invitation_taken_is_one_item_of_both(
    turns: list[tuple[str, str]], turn: int, owners: set[str], due: str, task: str | None
) -> None:
    x = run(turns)
    assert [(a.turn, set(a.owner) if isinstance(a.owner, list) else a.owner) for a in x.action_items] == [
        (turn, owners)
    ]
    assert str(x.action_items[0].due) == due
    assert task is None or x.action_items[0].task == task


def test_one_taking_a_session_brings_in_another() -> None:
    """ "I can do the tenth. Owen?" "The tenth's fine.": the session is all three's, where the last one takes it."""
    x = run(
        [
            (NELL, "I'd really like to walk the finish line with you both before we lock the plan. The tenth?"),
            (PRITI, "I can do the tenth. Owen?"),
            (OWEN, "The tenth's fine. Morning, ideally."),
            (NELL, "Morning it is. Ten o'clock at the gantry."),
        ]
    )
    joint = [(a.turn, set(a.owner)) for a in x.action_items if isinstance(a.owner, list)]
    assert joint == [(4, {NELL, PRITI, OWEN})]


def test_a_question_to_another_is_not_bringing_them_in() -> None:
    x = run(
        [
            (NELL, "I'd really like to walk the finish line with you both before we lock the plan. The tenth?"),
            (PRITI, "I can do the tenth. Owen, what did the council say about the barriers?"),
            (OWEN, "They're fine with them."),
        ]
    )
    joint = [set(a.owner) for a in x.action_items if isinstance(a.owner, list)]
    assert joint == [{NELL, PRITI}]
