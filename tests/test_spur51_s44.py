"""Spurious and missed action items of session 44 (branch spur51). Dialogues written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

An offer put with "would": "I'd be very happy to run a briefing session with them myself." was no offer at all
(only "I'm happy to …" was, ``i_am_happy_to``); it is now one (``i_would_be_happy_to`` in
``models/commitment_frames.jsonl``), an item at the offer's turn once it is taken up. "We'd love to take you up on
it." was read as work asked of the offerer ("take you up on a briefing session", dated by the offerer's "Consider it
done."): it is no work (the ``offer_taken_up`` distractor), it takes up the last offer somebody else made, open or
left turns ago (``offers.takes_up_offer``), and the offerer's "Lovely. Consider it done." straight after adds nothing.
"""

from __future__ import annotations

import pytest

from tests.support import CALL, opened_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)

NEED = (PRITI, "We've got two new account managers starting in the spring.")
SESSION = "run a briefing session with the new account managers"
# turns between the offer and its answer: the offer is left open, then taken up
BETWEEN = [
    (OWEN, "I'm not sure who's starting when, honestly."),
    (THEO, "And the monthly report still comes to you, Owen."),
    (OWEN, "Great, thanks."),
    (PRITI, "Owen, there are four of them. I think it would really help."),
]

OFFERED_WITH_WOULD = [
    [NEED, (NELL, "I'd be happy to run a briefing session with them."), (PRITI, "Yes please, we'd love that.")],
    [NEED, (NELL, "I would be glad to run a briefing session with them."), (OWEN, "Yes please.")],
    [
        NEED,
        (NELL, "I'd be very happy to run a briefing session with them myself. No charge."),
        (OWEN, "That's kind. Yes, we'd love to take you up on it."),
        (NELL, "Lovely. Consider it done."),
    ],
    [
        NEED,
        (NELL, "I'd be very happy to run a briefing session with them myself. No charge."),
        *BETWEEN,
        (OWEN, "Then yes, Nell, we'd love to take you up on it."),
        (NELL, "Lovely. Consider it done."),
    ],
    [
        NEED,
        (NELL, "I'd be very happy to run a briefing session with them myself."),
        *BETWEEN,
        (OWEN, "Go on then, we'll take you up on that."),
    ],
]


@pytest.mark.parametrize("turns", OFFERED_WITH_WOULD)
def test_an_offer_put_with_would_is_an_item_once_taken_up(turns: list[tuple[str, str]]) -> None:
    assert [(who, task) for who, task, _ in opened_items(turns)] == [(NELL, SESSION)]


NOT_TAKEN_UP = [
    # put, never answered by a yes
    [NEED, (NELL, "I'd be happy to run a briefing session with them."), (OWEN, "Right, the radio copy next.")],
    # declined
    [NEED, (NELL, "I'd be happy to run a briefing session with them."), (PRITI, "No, thanks, HR covers that.")],
    # what the speaker would gladly be, not work
    [NEED, (NELL, "I'd be happy to be their main contact for the first month."), (PRITI, "Yes please.")],
    # a role put forward ("Yes, let's have that." then decides who runs it: an agreement)
    [NEED, (NELL, "I'd be glad to run the account myself for the first quarter."), (PRITI, "Yes, let's have that.")],
    # taken up by nobody: a kindness accepted between the client's own people
    [(PRITI, "Owen, the printers offered a discount if we book by May."), (OWEN, "Let's take them up on it.")],
]


@pytest.mark.parametrize("turns", NOT_TAKEN_UP)
def test_no_item_without_an_offer_taken_up(turns: list[tuple[str, str]]) -> None:
    assert opened_items(turns) == []
