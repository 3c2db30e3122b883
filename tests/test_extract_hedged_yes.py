"""A yes with a hedge settles what the other side put ("Hmm. In July? Um, yes, go on.", "Yeah, why not."); "go on"
that asks to hear more, and "Why not?" asked back, settle nothing (the ``go_on_then`` rows of
``models/agreements.jsonl``)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support import LUCY, NADIA, OWEN, PEOPLE, WILL, extract_turns


def agreed(turns: list[tuple[str, str]]) -> list[int]:
    ex = extract_turns(turns, PEOPLE, dt.date(2026, 3, 4), "gold-json", step=10.0)
    return [a.turn for a in ex.agreements]


HEDGED = {
    "a date taken after a pause": [
        (NADIA, "On the launch. We'd like to push it to July, the stock won't land until late June."),
        (LUCY, "Hmm. In July? Um, yes, go on."),
        (NADIA, "Great, thanks."),
        (LUCY, "Next, the social calendar."),
    ],
    "why not": [
        (OWEN, "Shall we go for the bigger stand at the show? It's only two more metres."),
        (LUCY, "Yeah, why not."),
        (OWEN, "Brilliant."),
        (LUCY, "And the giveaways?"),
    ],
    "why not, then yes": [
        (NADIA, "We could run the quiz weekly instead of monthly."),
        (WILL, "Oh, why not. Yes."),
        (NADIA, "Lovely."),
        (WILL, "Right, what else?"),
    ],
}
NOT_SETTLED = {
    "why not asked back": [
        (OWEN, "We could shoot the cutdowns on the same day as the hero film."),
        (LUCY, "Why not?"),
        (OWEN, "Well, it's a long day for the talent."),
        (LUCY, "Hmm."),
    ],
    "go on, to hear the idea": [
        (NADIA, "We've got an idea for the summer."),
        (LUCY, "Yes, go on."),
        (NADIA, "A pop-up on the beach at Whitby, three weekends."),
        (LUCY, "Interesting. Let me think about it."),
    ],
    "go on, to hear the numbers": [
        (NADIA, "Can I run through the numbers?"),
        (LUCY, "Yeah, go on."),
        (NADIA, "Reach is up twelve percent, clicks are flat."),
        (LUCY, "Okay."),
    ],
}


@pytest.mark.parametrize("name", HEDGED)
def test_a_hedged_yes_settles(name: str) -> None:
    assert agreed(HEDGED[name]) == [1]


@pytest.mark.parametrize("name", NOT_SETTLED)
def test_not_settled(name: str) -> None:
    assert agreed(NOT_SETTLED[name]) == []
