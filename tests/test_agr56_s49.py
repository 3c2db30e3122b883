"""Session 49, agreements (branch agr56).

* The client's pick may close a turn of two sentences, after the reason for it ("I'm not spending four grand on
  thirty seconds of music. Library."): the option named is chosen (``settling.option_picked``), as when the pick
  opens the turn. Not a pick asked back ("I'd need to ask Owen first. Library?"), nor a day named after the
  reason (a session's day: "Friday's hopeless for me. Tuesday, let's do Tuesday."), nor a last word that names no
  option put.
* The second option may be put as a sentence of its own that opens with "Or" ("The library track is six hundred for
  the year. Or a bespoke piece from our composer, for four thousand."; ``settling.SENT_OPTIONS``), and the option
  may be named by a participle ("…printed on card. Or a hand-lettered board…" "Printed."); the agreement names the
  option as put ("We go with the bespoke piece."), without the "Or".

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from tests.support import opened_agreements_at as agreements

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


PICKED_AFTER_REASON = [
    (
        [
            (
                NELL,
                "On the soundtrack, two options. The library track is six hundred for the year. Or a bespoke "
                "piece from our composer, for four thousand.",
            ),
            (PRITI, "I'm not spending four grand on thirty seconds of music. Library."),
            (NELL, "Fair enough, I'll send you the licence terms."),
        ],
        "library track",
    ),
    (
        [
            (
                THEO,
                "For the bar menu we can have it printed on card, which is cheap. Or a hand-lettered board by "
                "the bar, about three hundred.",
            ),
            (OWEN, "Nobody reads a board once the bar is three deep. Printed."),
            (THEO, "No problem, I'll brief the printer."),
        ],
        "printed",
    ),
    (
        [
            (
                NELL,
                "For the hero film, the library track is six hundred for the year. Or a bespoke piece from our "
                "composer, for four thousand.",
            ),
            (OWEN, "This is the film people will actually remember. Bespoke."),
            (NELL, "Lovely, I'll book the composer."),
        ],
        "bespoke piece",
    ),
]


@pytest.mark.parametrize(("turns", "named"), PICKED_AFTER_REASON)
def test_a_pick_after_its_reason_is_agreed(turns: list[tuple[str, str]], named: str) -> None:
    found = agreements(turns)
    assert [turn for turn, _ in found] == [1], found
    assert named in found[0][1].lower() and " or " not in found[0][1].lower(), found


NOT_PICKED = [
    # a pick asked back
    [
        (
            NELL,
            "On the soundtrack, the library track is six hundred for the year. Or a bespoke piece, for four thousand.",
        ),
        (PRITI, "I'd need to ask Owen first. Library?"),
        (NELL, "Sure, have a think."),
    ],
    # a day for a session after the reason: when it is held, no option of the meeting's
    [
        (THEO, "The caterer can do the tasting next Tuesday or Friday, at their kitchen."),
        (PRITI, "Friday's hopeless for me. Tuesday, let's do Tuesday."),
        (THEO, "Great, I'll book it with them."),
    ],
    # the last word names nothing that was put
    [
        (
            NELL,
            "On the soundtrack, the library track is six hundred for the year. Or a bespoke piece, for four thousand.",
        ),
        (PRITI, "I haven't heard either of them yet. Thursday."),
        (NELL, "Sure, I'll send both over."),
    ],
]


@pytest.mark.parametrize("turns", NOT_PICKED)
def test_no_pick_without_an_option_named(turns: list[tuple[str, str]]) -> None:
    assert 1 not in [turn for turn, _ in agreements(turns)], agreements(turns)
