"""Action items found or not, from session 28's read sets. Dialogues written for these tests (tests.support.CALL:
Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

An offer put off ("Let me see the venue plan first.") and taken up later is an item at the offer (GUIDELINES
§2.2), also when the go-ahead ends on the time it wants ("The running order, yes please. Friday?") or says "do the
… thing", which the parser reads as an auxiliary.

"I'm on shift that weekend, so I'll cover comments on the thirteenth.": after a comma, "so I'll …" says what the
speaker will do as a result of what they said, not a purpose ("send it over, so I can check it").

A reply cut off before it says the work ("Yeah. Um—") answers nothing yet; the answer that comes once the talk comes
back to it takes the work on, there."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")
OTHER = (NELL, "The radio copy's with legal, we should hear back this week.")


@pytest.mark.parametrize(
    ("offer", "put_off", "go_ahead", "reply", "due"),
    [
        (
            "Priti, shall I put together a proper running order? Minute by minute, with who's on stage when.",
            "Let me see the venue plan first.",
            "And Theo, the running order, yes please, actually. Friday?",
            "Friday's fine.",
            "2026-03-06",
        ),
        (
            "I could also do a quick review of last year's media spend, if that's useful?",
            "Let me think about it. I'm not sure the board will look at it.",
            "And Theo, actually, do the media spend review after all. I've changed my mind.",
            "Cool. I'll have it with you Monday.",
            "2026-03-09",
        ),
    ],
)
def test_an_offer_put_off_and_taken_up_later_is_an_item_at_the_offer(
    offer: str, put_off: str, go_ahead: str, reply: str, due: str
) -> None:
    turns = [NEXT, (THEO, offer), (PRITI, put_off), NEXT, OTHER, (PRITI, go_ahead), (THEO, reply), NEXT]
    items = call_items(turns)
    assert [(o, d, at) for o, _, d, at in items] == [(THEO, due, 1)], run(turns).action_items


@pytest.mark.parametrize(
    "later",
    [
        "The running order. Friday?",  # no yes: a question about it
        "Yes please to the running order? Or is that overkill?",  # still asking
        "When you do the running order, who signs it off on our side?",  # "do the" inside a question of its own
        "Honestly, do the maths on the staging first. It's too dear as it is.",  # another thing done
    ],
)
def test_a_later_turn_that_does_not_take_the_offer_up_leaves_it_out(later: str) -> None:
    turns = [
        NEXT,
        (THEO, "Priti, shall I put together a proper running order? Minute by minute, with who's on stage when."),
        (PRITI, "Let me see the venue plan first."),
        NEXT,
        OTHER,
        (PRITI, later),
        NEXT,
    ]
    assert call_items(turns) == [], run(turns).action_items


@pytest.mark.parametrize(
    ("said", "task", "due"),
    [
        ("I'm on shift that weekend, so I'll cover comments on the thirteenth, ten till six.", "cover", "2026-03-13"),
        ("I'm around anyway, so I'll cover the stand on the thirteenth.", "cover", "2026-03-13"),
        ("The printers close early Friday, so I'll send the files on the fifth.", "send", "2026-03-05"),
    ],
)
def test_so_ill_after_a_comma_says_what_the_speaker_will_do(said: str, task: str, due: str) -> None:
    turns = [NEXT, (THEO, said), NEXT]
    items = call_items(turns)
    assert [(o, t.split()[0], d, at) for o, t, d, at in items] == [(THEO, task, due, 1)], run(turns).action_items


@pytest.mark.parametrize(
    "said",
    [
        "Could you send the files over tonight, so I can check them on the thirteenth?",  # a purpose
        "Send me the files by the thirteenth, so I can check them before the shoot.",  # a purpose, asked of another
    ],
)
def test_so_i_can_after_a_comma_is_still_a_purpose(said: str) -> None:
    turns = [NEXT, (THEO, said), NEXT]
    assert THEO not in [o for o, _, _, _ in call_items(turns)], run(turns).action_items


# a reply cut off before it says the work ("Yeah. Um—") answers nothing yet: the work is taken on where the answer
# comes once the talk comes back to it, and a request nobody comes back to is no item
def test_a_reply_cut_off_takes_nothing_on_until_the_answer_comes() -> None:
    turns = [
        NEXT,
        (PRITI, "Theo, can you go back to both printers with the new specs?"),
        (THEO, "Yeah. Um—"),
        (NELL, "Sorry, before we do, are we paying them direct or through you?"),
        (PRITI, "Through you, please."),
        (NELL, "Okay, through us."),
        (THEO, "So yes, I'll go back to both printers with the specs by Friday."),
        NEXT,
    ]
    items = call_items(turns)
    assert [(o, d, at) for o, _, d, at in items] == [(THEO, "2026-03-06", 6)], run(turns).action_items


@pytest.mark.parametrize(
    ("reply", "owners"),
    [
        ("We could, yeah, let me —", []),  # cut off, then the request taken back
        ("Yeah, sure, I'll—", []),
        ("Yeah, we can do that.", ["agency"]),  # a whole answer
        ("Yes, I'll do the LinkedIn posts by Friday, and—", [THEO]),  # the work said before the break
    ],
)
def test_a_request_answered_by_a_reply_cut_off_and_then_dropped_is_no_item(reply: str, owners: list[str]) -> None:
    turns = [
        NEXT,
        (PRITI, "Could you do the LinkedIn posts as well?"),
        (THEO, reply),
        (NELL, "Isn't LinkedIn the corporate team's?"),
        (PRITI, "Oh, yes. Forget LinkedIn, sorry."),
        NEXT,
    ]
    assert [o for o, _, _, _ in call_items(turns)] == owners, run(turns).action_items
