"""Action items missed (session 38). Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo
Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

More time asked for a request and given: "Can you send me the scripts by Friday?" "Friday's a push. Could I do
Monday?" "Monday's fine." The one asked puts back a later day as a question with no work of its own
(``deadlines.more_time_asked``: "Could I do Monday?", "Can I do Monday instead?", "Could I have till Monday?");
the asker's short reply that takes it ("Monday's fine.", "Sure.", ``deadlines.more_time_given``) makes the request
the one asked's item, said at the turn that asked for the time, with that day. Not when the asker refuses the day
or puts another, or someone else answers. (A question that puts work of its own, "Could I do the workshop on Monday
instead?", is an offer of that work, as before.)
"""

from __future__ import annotations

import pytest

from tests.support import CALL, NEXT, opened_call

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def items(turns: list[tuple[str, str]]) -> list[tuple[str | list[str] | None, str, str | None, int | None]]:
    return [(a.owner, a.task, a.due.isoformat() if a.due else None, a.turn) for a in opened_call(turns).action_items]


# -- 1. more time asked for a request, and given --------------------------------------------------------------
@pytest.mark.parametrize(
    "turns",
    [
        [
            (THEO, "Can you send me all four scripts by Friday?"),
            (PRITI, "Friday's a push, two of them are still with the writers. Could I do Monday?"),
            (THEO, "Monday's fine."),
            NEXT,
        ],
        [
            (THEO, "Can you send me all four scripts by Friday?"),
            (PRITI, "Friday's tight. Could I have till Monday?"),
            (THEO, "Sure."),
            NEXT,
        ],
        [
            (THEO, "Can you send me all four scripts?"),
            (PRITI, "Can I do Monday instead?"),
            (THEO, "Monday works."),
            NEXT,
        ],
        [
            (THEO, "Priti, send me all four scripts by Friday."),
            (PRITI, "Could I have till Monday?"),
            (THEO, "Yeah, fine."),
            NEXT,
        ],
    ],
)
def test_more_time_given_makes_the_request_the_asked_ones_item(turns: list[tuple[str, str]]) -> None:
    assert items(turns) == [(PRITI, "send all four scripts", "2026-03-09", 3)], opened_call(turns).action_items


def test_more_time_given_with_the_askers_own_work_after_it() -> None:
    turns = [
        (THEO, "Can you send me all four scripts by Friday?"),
        (PRITI, "Friday's a push. Could I do Monday?"),
        (THEO, "Monday's fine. Then I'll have them back to you by the eighteenth."),
        NEXT,
    ]
    assert items(turns)[0] == (PRITI, "send all four scripts", "2026-03-09", 3), opened_call(turns).action_items


@pytest.mark.parametrize(
    "turns",
    [
        [  # the day refused
            (THEO, "Can you send me all four scripts by Friday?"),
            (PRITI, "Could I do Monday?"),
            (THEO, "No, sorry, it has to be Friday."),
            NEXT,
        ],
        [  # another day put
            (THEO, "Can you send me all four scripts by Friday?"),
            (PRITI, "Could I do Monday?"),
            (THEO, "Could you do Saturday?"),
            NEXT,
        ],
        [  # the day given with a condition put back
            (THEO, "Can you send me all four scripts by Friday?"),
            (PRITI, "Friday's a push. Could I do Monday?"),
            (THEO, "Monday's fine, but could you do the first two by Thursday?"),
            NEXT,
        ],
        [  # someone else answers
            (THEO, "Can you send me all four scripts by Friday?"),
            (PRITI, "Could I do Monday?"),
            (OWEN, "Monday's fine."),
            NEXT,
        ],
    ],
)
def test_more_time_not_given_is_no_item(turns: list[tuple[str, str]]) -> None:
    assert items(turns) == [], opened_call(turns).action_items
