"""Session 48, agreements (branch agr55).

* "Confirmed" said of who is coming ("A hundred and fifty confirmed.", "They're confirmed. Thirty people.") reports a
  fact, a count or people pointed at, and settles nothing (``agreements._people_confirmed``); neither the rule nor
  the learned scorer gives an agreement there. A term confirmed stays one: "Eighty-five, confirmed.", "Forty
  thousand confirmed.", "That's confirmed.", "Confirmed." alone.

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from tests.support import opened_agreements_at as agreements

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


COMING = [
    [
        (NELL, "How are the numbers looking for the open evening?"),
        (PRITI, "Good. A hundred and fifty confirmed."),
        (NELL, "Brilliant, that's more than last year."),
    ],
    [
        (NELL, "Is the Leeds team confirmed for the launch?"),
        (OWEN, "They're confirmed. Thirty people."),
        (NELL, "Then I'll book the second coach."),
    ],
    [
        (THEO, "Do we know if the mayor is coming to the opening?"),
        (PRITI, "She's confirmed."),
        (THEO, "Great, that helps with the press."),
    ],
]


@pytest.mark.parametrize("turns", COMING)
def test_who_is_coming_confirmed_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    found = agreements(turns)
    assert 1 not in [turn for turn, _ in found], found


TERMS = [
    [
        (THEO, "So for the sampling crew we'd be at eighty-five for the two weekends."),
        (PRITI, "Fine. Eighty-five, confirmed."),
        (THEO, "Great, I'll raise the estimate."),
    ],
    [
        (NELL, "The production budget we've scoped is forty thousand. Can we lock that?"),
        (OWEN, "Forty thousand confirmed."),
        (NELL, "Lovely."),
    ],
    [
        (NELL, "So we're holding the launch on the ninth, with the radio a week later?"),
        (PRITI, "Yes. That's confirmed."),
        (NELL, "Perfect."),
    ],
    [
        (THEO, "Just to check, the stand is the corner one, not the one by the entrance?"),
        (PRITI, "Confirmed."),
        (THEO, "Great."),
    ],
]


@pytest.mark.parametrize("turns", TERMS)
def test_a_term_confirmed_is_still_agreed(turns: list[tuple[str, str]]) -> None:
    found = agreements(turns)
    assert 1 in [turn for turn, _ in found], found
