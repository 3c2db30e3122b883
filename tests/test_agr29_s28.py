"""Agreements missed or kept wrongly in session 28's read sets, by how they are said. Dialogues written for these
tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL, agreed_at
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


# "If it's a single unit, then no.": the answer to a case still open takes back nothing settled before it
@pytest.mark.parametrize(
    ("turns", "at"),
    [
        (
            [
                (NELL, "The notice now says we've collected the heater and are testing it. Priti, are you happy?"),
                (PRITI, "With that line in, yes. That's approved."),
                (THEO, "Great. I'll get it out to the local papers this afternoon."),
                (OWEN, "Bigger question. Do we have to pull every heater from the shops?"),
                (PRITI, "If the lab finds a fault in the batch, yes. If it's one heater, a dropped one, then no."),
                (NELL, "When will the lab know?"),
            ],
            1,
        ),
        (
            [
                (THEO, "So the poster runs with the new strapline, the one without the price?"),
                (OWEN, "Yes. That's approved, go ahead on that basis."),
                (NELL, "And the radio? Does the strapline change there too?"),
                (PRITI, "Unless legal says the old strapline is wrong, then no, the radio stays as it is."),
                (THEO, "Okay. Next, the budget."),
            ],
            1,
        ),
    ],
)
def test_then_no_on_a_case_takes_nothing_back(turns: list[tuple[str, str]], at: int) -> None:
    assert at in agreed_at(turns), run(turns).agreements


def test_then_no_said_outright_still_takes_back() -> None:
    turns = [
        (THEO, "So we scrap the printed programme and do it all on the app?"),
        (PRITI, "Yes. Scrap the programme."),
        (OWEN, "Hang on, half our guests don't have smartphones. The programme has to stay."),
        (PRITI, "Then no. Keep the printed programme."),
        (NELL, "Okay. Next, the catering."),
    ]
    assert 1 not in agreed_at(turns), run(turns).agreements


# "Drone's back in.": an option dropped before, taken back in once it is paid for, is settled there
@pytest.mark.parametrize(
    ("turns", "at"),
    [
        (
            [
                (THEO, "If the drone's gone, we lose the aerial shots for the product pages."),
                (OWEN, "I've got some budget left this year. I can pay for the drone from mine."),
                (PRITI, "Then okay. The drone's back in. Owen's paying."),
                (NELL, "Great. Next, the locations."),
            ],
            2,
        ),
        (
            [
                (NELL, "Sampling was cut for cost, but the venue now says it's free if we bring our own staff."),
                (OWEN, "Sampling's back on, then. We'll staff it ourselves."),
                (THEO, "Perfect. Moving on to the signage."),
            ],
            1,
        ),
    ],
)
def test_an_option_back_in_is_an_agreement(turns: list[tuple[str, str]], at: int) -> None:
    assert at in agreed_at(turns), run(turns).agreements


@pytest.mark.parametrize(
    "turns",
    [
        # someone on the call back from being away: nobody is chosen
        [(THEO, "Is Priti still off this week?"), (OWEN, "No, Priti's back in. She's on the next call.")],
        # nothing named before it that could be chosen
        [(NELL, "Right, where were we?"), (PRITI, "Sorry, the signal dropped. Okay, the video's back on.")],
    ],
)
def test_back_in_that_takes_no_option_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreed_at(turns) == [], run(turns).agreements


# "Would you rather have a live dashboard?" puts a choice to the listener, not work: "Dashboard's perfect." settles it
@pytest.mark.parametrize(
    ("turns", "at"),
    [
        (
            [
                (
                    THEO,
                    "On reporting, we send a monthly deck. Would you rather have a live dashboard and a quarterly "
                    "deck? Fewer slides.",
                ),
                (PRITI, "Oh, yes. Fewer slides. A dashboard and the quarterly deck is perfect."),
                (NELL, "Great. Next, the shoot."),
            ],
            1,
        ),
        (
            [
                (NELL, "Would you prefer the stand at the entrance, by the cafe? It's a little dearer."),
                (OWEN, "Yes, the entrance is fine."),
                (THEO, "Okay. Moving on to staffing."),
            ],
            1,
        ),
    ],
)
def test_yes_to_would_you_rather_is_an_agreement(turns: list[tuple[str, str]], at: int) -> None:
    assert at in agreed_at(turns), run(turns).agreements


@pytest.mark.parametrize(
    "turns",
    [
        # work asked of the listener: taking it on is an action item, not a decision
        [(NELL, "Could you send us the brand guidelines this week?"), (PRITI, "Yes, that's fine.")],
        # asked whether the listener would rather do the work: taking it on is theirs to do
        [(THEO, "Would you prefer to send the files to the printer yourself?"), (OWEN, "Yes, that's fine. Will do.")],
    ],
)
def test_fine_to_work_asked_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreed_at(turns) == [], run(turns).agreements


# "Three-ten all in is the number.": a figure closed as the number settles the budget there
@pytest.mark.parametrize(
    ("turns", "at"),
    [
        (
            [
                (NELL, "With the LED wall out, the production quote comes to two-ninety."),
                (PRITI, "Good. And three hundred all in is the number. Let's not move it again."),
                (THEO, "Noted. Three hundred all in."),
                (NELL, "Next, the guest list."),
            ],
            1,
        ),
        (
            [
                (THEO, "They've asked for one-sixty a year for the naming rights."),
                (OWEN, "Go in at one-thirty. One forty is the ceiling."),
                (THEO, "Okay. I'll take that to them on Monday."),
            ],
            1,
        ),
    ],
)
def test_a_figure_closed_as_the_number_is_an_agreement(turns: list[tuple[str, str]], at: int) -> None:
    assert at in agreed_at(turns), run(turns).agreements


@pytest.mark.parametrize(
    "turns",
    [
        # the number someone can get signed off: a limit reported, not settled
        [(NELL, "What budget are you working to?"), (OWEN, "Seventy is the number I can get signed off.")],
        # the number asked about
        [(THEO, "And the reach figure, is two million the number?"), (PRITI, "I'll check with the team.")],
    ],
)
def test_the_number_reported_or_asked_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreed_at(turns) == [], run(turns).agreements
