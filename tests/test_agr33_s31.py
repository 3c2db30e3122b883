"""Agreements missed in session 31's read sets, by how they are said: the agency says back, after an acknowledgement
and in a few words, what the client has just directed ("Through you, please." "Okay, through us, then."): every word
said back is the client's, so the client's direction is settled there. Not a client's question or work asked for,
nor a read-back that is work of the agency's own, names only a time or one word, or says back a proposal turned
down. Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and
Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL, agreed_at
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "at"),
    [
        (
            [
                (NELL, "Are we contracting the models through you, or are you going direct?"),
                (PRITI, "Through you, please. Our buying process takes six weeks."),
                (NELL, "Okay, through us, then."),
                (THEO, "Next, the venue."),
            ],
            [2],
        ),
        (
            [
                (THEO, "So which of you does the welcome speech on the night?"),
                (OWEN, "I'd rather not speak first, I'm hopeless at that. Priti opens, I'll do the toast."),
                (PRITI, "Oh, even better, you get the big moment. Fine by me."),
                (NELL, "Okay, so Priti opens, Owen toasts. Next, the venue."),
            ],
            [3],
        ),
        (
            [
                (THEO, "The radio could start on the second, as planned."),
                (OWEN, "The holiday weekend is when people listen. Start it on the first, then."),
                (NELL, "Sure, it costs a little more. Okay, start on the first."),
                (THEO, "Next, the venue."),
            ],
            [2],
        ),
    ],
)
def test_a_client_direction_said_back_by_the_agency_is_agreed(turns: list[tuple[str, str]], at: list[int]) -> None:
    assert agreed_at(turns) == at, run(turns).agreements


@pytest.mark.parametrize(
    "turns",
    [
        [  # a proposal turned down and said back: nothing agreed
            (THEO, "Could we have a balloon arch at the entrance? Something playful."),
            (OWEN, "Ha, no. We're a law firm. Balloons are not the look."),
            (NELL, "Noted. No balloon arch."),
            (THEO, "Next, the venue."),
        ],
        [  # work the agency plans, said after the client's words: no read-back
            (NELL, "The draft statement is nearly there."),
            (PRITI, "It needs to go to legal before anyone sees it."),
            (NELL, "Okay, so we'll send it to legal first."),
            (THEO, "Next, the venue."),
        ],
        [  # the client asks; the agency only repeats the question's words
            (NELL, "The stand goes in at the back of hall two."),
            (PRITI, "Is hall two near the cafe?"),
            (NELL, "Okay, hall two, near the cafe."),
            (THEO, "Next, the venue."),
        ],
        [  # a name taken back, no direction
            (OWEN, "The invoices keep going to the wrong inbox."),
            (NELL, "Who should we send the invoices to?"),
            (PRITI, "Owen, mostly."),
            (NELL, "Okay, Owen."),
            (THEO, "Next, the venue."),
        ],
    ],
)
def test_what_is_not_a_direction_said_back_is_not_agreed(turns: list[tuple[str, str]]) -> None:
    assert agreed_at(turns) == [], run(turns).agreements
