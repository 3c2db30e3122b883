"""Agreements kept wrongly in session 29's read sets, by how they are said: terms taken and then argued on stand
where the meeting settles them last, a few turns on ("Let's go with the free coffee, any size." … "Can we say
small?" "Fine. Any coffee, small size, one per customer."), while what the earlier turn only asked about, or a later
decision on other things, leaves it standing. Dialogues written for these tests (tests.support.CALL: Nell Garside
and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday)."""

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
                (NELL, "For the launch offer we'd suggest a free coffee for everyone who signs up."),
                (PRITI, "Yeah. Okay. Let's go with the free coffee on sign-up. Any coffee, any size."),
                (THEO, "Lovely."),
                (OWEN, "Sorry, any size will make finance nervous. Can we say small?"),
                (PRITI, "Oh. Yeah, fine. Small. Any coffee, small size, one per customer."),
                (NELL, "Great. Next, the posters."),
            ],
            [4],
        ),
        (
            [
                (NELL, "We could take the money out of the bus shelters in the north."),
                (PRITI, "Yeah, let's do that. Cut the bus shelters."),
                (THEO, "Wait, we can't cut every one. The shelter by the new shop has to stay."),
                (PRITI, "Ugh, right. Okay, so not all of them."),
                (NELL, "We could keep three, the one by the shop and two near the station."),
                (PRITI, "Three bus shelters kept, the rest cut. That I can live with. Done."),
                (THEO, "Okay. Next, the radio."),
            ],
            [5],
        ),
        (  # "two and a half", which spaCy may tag as a date, is a figure named again, not a day
            [
                (THEO, "The March posts are on three thousand at the moment."),
                (
                    NELL,
                    "I'd want another two and a half on top, to be honest, "
                    "mostly on paid posts behind the shop videos.",
                ),
                (PRITI, "Two and a half on top of the three."),
                (NELL, "On top, yeah. So five and a half total for the two months."),
                (PRITI, "Um. Hang on. Owen, did we get the money back from the spring event?"),
                (OWEN, "About two thousand, I think."),
                (PRITI, "Okay, so that covers most of it."),
                (PRITI, "Yeah fine, let's do that. Extra two and a half K for the Easter posts, mostly paid."),
                (THEO, "Great. Next, the posters."),
            ],
            [7],
        ),
    ],
)
def test_terms_argued_on_stand_where_settled_last(turns: list[tuple[str, str]], at: list[int]) -> None:
    assert agreed_at(turns) == at, run(turns).agreements


@pytest.mark.parametrize(
    ("turns", "at"),
    [
        (  # the earlier turn only asked about the jingle: the choice of B stands beside the later decision
            [
                (NELL, "We'd suggest route B for the radio."),
                (PRITI, "Yes, let's go with B. Could we bring the jingle and the logo from A into it, though?"),
                (THEO, "That would be half a day in the studio."),
                (NELL, "And it keeps the sound of the brand."),
                (PRITI, "Great, so we're agreed, the jingle and the logo from A go into B."),
                (THEO, "Okay. Next, the posters."),
            ],
            [1, 4],
        ),
        (  # a later decision on other things leaves the earlier one standing
            [
                (NELL, "We'd suggest the posters go up in the stations first."),
                (PRITI, "Yeah, let's do that. Stations first for the posters."),
                (THEO, "And then the radio. We were thinking of a thirty-second spot."),
                (OWEN, "Is that long enough?"),
                (THEO, "It is for one message."),
                (PRITI, "Fine. Thirty seconds for the radio, then. Let's go with that."),
                (NELL, "Great."),
            ],
            [1, 5],
        ),
    ],
)
def test_earlier_decisions_stand_beside_later_ones_on_other_things(turns: list[tuple[str, str]], at: list[int]) -> None:
    assert agreed_at(turns) == at, run(turns).agreements
