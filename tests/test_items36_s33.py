"""Action items found or not, from session 33's read sets. Dialogues written for these tests (tests.support.CALL:
Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

"Then yes, send them." and "So, send those over." ask for the thing just talked about as plainly as "Send them."
(``requests.jsonl`` ``request_send_it``): the one who says "Will do." has taken it on. A request turned down is
still no item.

A yes to the idea of a session that asks when it is ("Yeah, good idea. When?", "Yeah, happy to. When?") has not
yet taken a day: the session stands where the day put is taken (``sessions.WILLING``), as "Go on then. When?" does;
a firm "Yes, let's. When?" keeps its turn. A reply that takes the day put and says yes after it ("Next Friday's
fine, let's do it. Bring your hard hat.") takes the session however long the turn goes on (``sessions.taken``).

How one of its owners gets to a session just taken ("Next Tuesday? I'll drive.", "I'll come up on the early train")
is part of it, not an item of its own (``repeats.getting_there``); "I'll drive the van back to the depot" still is.
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")


@pytest.mark.parametrize(
    ("turns", "owner", "verb", "turn"),
    [
        (
            [
                (PRITI, "Have the sample boards come back from the printer?"),
                (NELL, "They're at our studio. Twenty of them."),
                (PRITI, "Then yes, send them."),
                (THEO, "Will do."),
                NEXT,
            ],
            THEO,
            "send",
            3,
        ),
        ([(PRITI, "So, send those over."), (NELL, "Will do."), NEXT], NELL, "send", 1),
    ],
)
def test_a_plain_send_it_taken_on_is_an_item(turns: list[tuple[str, str]], owner: str, verb: str, turn: int) -> None:
    found = call_items(turns)
    assert [(o, task.split()[0], t) for o, task, _due, t in found] == [(owner, verb, turn)], found


@pytest.mark.parametrize(
    "turns",
    [
        [(PRITI, "Then send them."), (NELL, "Sorry, I can't, they've gone back to the supplier."), NEXT],
        [(PRITI, "So, send it all back to the printer?"), (NELL, "No, not yet."), NEXT],
    ],
)
def test_a_send_it_turned_down_is_no_item(turns: list[tuple[str, str]]) -> None:
    assert call_items(turns) == []


@pytest.mark.parametrize(
    ("turns", "turn", "due"),
    [
        (
            [
                (NELL, "Priti, I'd really like to walk the venue with you before the build."),
                (PRITI, "Yeah, happy to. When?"),
                (NELL, "Next Friday? In the morning?"),
                (PRITI, "Next Friday's fine, let's do it. Bring your hard hat, the site's still open."),
                NEXT,
            ],
            3,
            "2026-03-13",
        ),
        (
            [
                (NELL, "We should walk the route together before the night itself."),
                (PRITI, "Good idea. When?"),
                (NELL, "Monday evening, so it's dark?"),
                (PRITI, "Monday evening works, go on then. Use the side gate."),
                NEXT,
            ],
            3,
            "2026-03-09",
        ),
        (  # a firm yes that asks when has taken the session already
            [
                (NELL, "Priti, I'd love to walk the venue with you before the build."),
                (PRITI, "Yes, let's. When?"),
                (NELL, "Next Friday?"),
                (PRITI, "Next Friday works."),
                NEXT,
            ],
            1,
            "2026-03-13",
        ),
    ],
)
def test_a_session_approved_as_an_idea_stands_where_its_day_is_taken(
    turns: list[tuple[str, str]], turn: int, due: str
) -> None:
    found = call_items(turns)
    assert [(o, d, t) for o, _task, d, t in found] == [([NELL, PRITI], due, turn)], found


def test_a_session_approved_as_an_idea_and_then_dropped_is_no_item() -> None:
    turns = [
        (NELL, "Priti, I'd like to walk the venue with you before the build."),
        (PRITI, "Good idea. When?"),
        (NELL, "Next Friday?"),
        (PRITI, "Ah, I can't, I'm off all that week. Let's leave it."),
        NEXT,
    ]
    assert call_items(turns) == []


INVITED = (NELL, "Before the fit-out I'd like to walk the store. Priti, do you want to come?")


@pytest.mark.parametrize(
    "turns",
    [
        [
            INVITED,
            (PRITI, "Definitely. When?"),
            (NELL, "Next Tuesday? I'll drive."),
            (PRITI, "Next Tuesday works."),
            NEXT,
        ],
        [
            INVITED,
            (PRITI, "Yes, let's. When?"),
            (NELL, "Next Tuesday?"),
            (PRITI, "Next Tuesday's good. I'll come up on the early train."),
            NEXT,
        ],
    ],
)
def test_the_way_to_a_session_just_taken_is_part_of_it(turns: list[tuple[str, str]]) -> None:
    found = call_items(turns)
    assert [(o, d, t) for o, _task, d, t in found] == [([NELL, PRITI], "2026-03-10", 1)], found


def test_work_of_its_own_said_while_a_session_is_timed_is_still_an_item() -> None:
    turns = [
        INVITED,
        (PRITI, "Definitely. When?"),
        (NELL, "Next Tuesday? I'll drive the display van back to the depot after."),
        (PRITI, "Next Tuesday works."),
        NEXT,
    ]
    found = call_items(turns)
    assert [(o, t) for o, _task, _d, t in found] == [([NELL, PRITI], 1), (NELL, 2)], found


@pytest.mark.parametrize(
    ("turns", "owner", "task"),
    [
        (
            [
                (PRITI, "Fine. Catering capped at five thousand."),
                (NELL, "I'll go back to them with the revised spec."),
                NEXT,
            ],
            NELL,
            "send the revised spec to them",
        ),
        (
            [
                (PRITI, "The release is still with your legal team."),
                (OWEN, "I know. I'll get it signed off by end of next week, worst case."),
                (NELL, "Right, the radio copy next."),
            ],
            OWEN,
            "get the release signed off",
        ),
    ],
)
def test_going_back_with_a_thing_and_a_latest_date_are_items(
    turns: list[tuple[str, str]], owner: str, task: str
) -> None:
    """ "I'll go back to them with the revised spec" takes the spec to them (``clause_kinds.chooses``: not "I'll go
    with option B"); "…by end of next week, worst case." gives the latest date, it hedges nothing
    (``distractors.jsonl`` ``contingency``: "Worst case, I'll drive them up myself." still does)."""
    assert [(o, task_) for o, task_, _due, _t in call_items(turns)] == [(owner, task)]


@pytest.mark.parametrize(
    "turns",
    [
        [(PRITI, "What if the van doesn't turn up?"), (OWEN, "Worst case, I'll drive the boxes up myself."), NEXT],
        [(PRITI, "Are you staying for the whole call, Theo?"), (THEO, "I'll stay for the lot, if that's okay."), NEXT],
        [(PRITI, "The files won't be ready until the new year."), (OWEN, "No, that's fair. I'll wait."), NEXT],
        [(PRITI, "I'll go with option B, then."), NEXT],
    ],
)
def test_a_fallback_staying_on_the_call_and_waiting_are_no_items(turns: list[tuple[str, str]]) -> None:
    assert call_items(turns) == []
