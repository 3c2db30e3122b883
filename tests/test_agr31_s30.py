"""Agreements missed in session 30's read sets, by how they are said: the client names again, in a short sentence
with no verb of its own, what the agency has just put as statements, and the agency takes it as said ("Two
options. … Option two, the bigger stand in the main hall." … "The bigger stand. Main hall." "Great."). Not when the
agency only asked, nor when its next turn does not take it as said, nor a sentence with a verb of its own.
Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, a Wednesday)."""

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
                (
                    NELL,
                    "The stand, then. Two options. Option one, a small stand by the entrance. "
                    "Option two, a bigger stand in the main hall, with a demo table.",
                ),
                (THEO, "The entrance gets the footfall, but the hall gets the buyers."),
                (PRITI, "Okay. I'm not being squeezed by the door again. Main hall, bigger stand, demo table."),
                (NELL, "Great. Next, the timings."),
            ],
            [2],
        ),
        (
            [
                (OWEN, "The plan has two radio flights, spring and autumn. Which is better?"),
                (
                    THEO,
                    "Honestly, it's close. One flight in spring is better on reach, two flights better on frequency.",
                ),
                (PRITI, "One. One flight, spring. I'd rather be heard once."),
                (THEO, "Okay. Makes sense."),
            ],
            [2],
        ),
    ],
)
def test_client_naming_again_what_the_agency_put_settles_it(turns: list[tuple[str, str]], at: list[int]) -> None:
    assert agreed_at(turns) == at, run(turns).agreements


@pytest.mark.parametrize(
    "turns",
    [
        [  # the agency only asked: the client answers a question
            (NELL, "Do you want the small stand by the entrance, or a bigger stand in the main hall?"),
            (PRITI, "Good question. Let me think."),
            (PRITI, "Main hall, bigger stand. Maybe."),
            (NELL, "No rush. Have a think."),
        ],
        [  # the agency's next turn does not take it as said: the client is only checking
            (NELL, "We've booked a bigger stand in the main hall, with a demo table."),
            (PRITI, "A bigger stand in the main hall."),
            (NELL, "That's right, it went in last week."),
        ],
        [  # a sentence with a verb of its own is not a terse verdict
            (NELL, "We've booked a bigger stand in the main hall, with a demo table."),
            (PRITI, "The main hall stand was packed last year."),
            (NELL, "Great, so it should be busy."),
        ],
    ],
)
def test_no_agreement_without_the_agency_taking_a_verdict(turns: list[tuple[str, str]]) -> None:
    assert agreed_at(turns) == [], run(turns).agreements


@pytest.mark.parametrize(
    ("turns", "at"),
    [
        (
            [
                (NELL, "For the summer, our recommendation is to lead on price, with speed as the support message."),
                (OWEN, "I quite like speed, though. It's friendlier."),
                (PRITI, "It is friendlier. But the numbers are clear. Price."),
                (NELL, "Great. Next, the media."),
            ],
            [2],
        ),
        (
            [
                (
                    NELL,
                    "For the lockers there are two options. "
                    "Free for everyone, or free for members and a small fee for the rest.",
                ),
                (PRITI, "I really don't want us charging people at a festival."),
                (PRITI, "Free for everyone."),
                (NELL, "Great. Then the supplier needs a new booking flow."),
            ],
            [2],
        ),
    ],
)
def test_one_thing_named_from_options_laid_out_settles_it(turns: list[tuple[str, str]], at: list[int]) -> None:
    assert agreed_at(turns) == at, run(turns).agreements


@pytest.mark.parametrize(
    "turns",
    [
        [  # one thing named from what the agency only stated, no options laid out
            (NELL, "The shoot is in the studio this year, with the new lights."),
            (PRITI, "Studio. Lovely."),
            (NELL, "Great. Next, the media."),
        ],
    ],
)
def test_one_thing_named_from_a_statement_settles_nothing(turns: list[tuple[str, str]]) -> None:
    assert agreed_at(turns) == [], run(turns).agreements


def test_a_verdict_ratified_just_after_is_settled_there() -> None:
    turns = [
        (NELL, "Our recommendation would be the atrium. It holds four hundred and there are no transfers."),
        (PRITI, "I liked the rooftop, but you're right. Let's do the atrium."),
        (OWEN, "Yeah. Atrium, no coaches."),
        (NELL, "Great, so drinks move to the atrium, and we drop the coaches."),
        (PRITI, "Confirmed."),
    ]
    assert 2 not in agreed_at(turns), run(turns).agreements
