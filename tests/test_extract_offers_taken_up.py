"""Work offered outright and taken up, and work one's own department "will need to" do.

"We can run an exit survey in twenty sites." "Yes please." is an offer the other side takes up: an item of the side
offering, at the offer (GUIDELINES §2.2); left unanswered, turned down, said as a consequence of a request, taken
on at once by the speaker or a colleague, or a change to the work ("we can drop the long cut"), it is none.
"Our legal team will need to go through it" is the speaker's organisation's work; "I'll need the files from you"
asks the other side and is none of the speaker's.

The dialogues are written for these tests, in the way account teams talk on client calls.
"""

from __future__ import annotations

import pytest

from tests.support import CALL, CALL_DATE, NEXT, item_rows

THEO, PRITI = "Theo Marsh", "Priti Anand"


def items(turns: list[tuple[str, str]]) -> list[tuple[int | None, object, str | None]]:
    return item_rows(turns, CALL, CALL_DATE)


@pytest.mark.parametrize(
    ("offer", "reply"),
    [
        ("We can run an exit survey in twenty of the shops, test and control.", "Yes please."),
        ("We can pull the regional split together for your board.", "Yes please, that would help."),
        ("We can mock the name up on the vans and the tote bags.", "Oh yes, please do."),
        ("We can send the shortlist across with a line on each.", "Yes, please."),
        ("We can put a short film together from the rushes.", "Oh, that would be great."),
        ("We can set up a test page for the new checkout.", "Yes, let's do that."),
    ],
)
def test_work_we_offer_outright_and_taken_up_is_an_item_of_our_side(offer: str, reply: str) -> None:
    got = items([NEXT, (THEO, offer), (PRITI, reply), NEXT])
    assert [(turn, owner) for turn, owner, _ in got] == [(1, "agency")]


@pytest.mark.parametrize(
    ("offer", "reply"),
    [
        ("We can run an exit survey in twenty of the shops.", "Let's talk about measurement next month."),
        ("I could send over a few photographers' portfolios.", "Honestly, I'd rather just use our usual guy."),
        ("We can go either way on the colour.", "Yes, let's keep the blue."),
        ("We can chat about the budget another day.", "Sure."),
        ("I could do Tuesday or Wednesday.", "Yes, Tuesday please."),
        ("We can't turn that round by Friday.", "Okay, fine."),
        ("If you send the files, we can turn it round in a day.", "Yes, okay."),
        ("Could I have the figures by Monday?", "Yes, fine."),
        ("It was in the quote as an option. We can drop the long cut.", "Let's stick to the ninety for now."),
        ("Not us, we don't do software. We can mount it and power it.", "Fine, fine."),
        ("We can do the short film in colour or in black and white.", "Yes, colour please."),
        ("Could we just do the six-sheets by the branches? Then we can target the follow-up on mobile.", "Yes."),
        ("We can share the benchmark data. Nell, that's yours, isn't it?", "Yes please."),
    ],
)
def test_an_offer_not_taken_up_or_not_offering_work_is_no_item(offer: str, reply: str) -> None:
    assert items([NEXT, (THEO, offer), (PRITI, reply), NEXT]) == []


def test_an_offer_the_speaker_then_takes_on_is_one_item() -> None:
    got = items(
        [
            NEXT,
            (THEO, "We can run a brand-lift study. The station does them free over a certain spend. I'll set that up."),
            (PRITI, "Amazing, yes please."),
            NEXT,
        ]
    )
    assert [(turn, owner) for turn, owner, _ in got] == [(1, THEO)]


@pytest.mark.parametrize(
    "said",
    [
        "Our legal team will need to go through it properly. Realistically within two weeks.",
        "Our lawyers will need to check the claim before it goes on pack.",
        "Our IT will set up a router for the stand.",
        "Our finance people will need to set you up on the supplier portal.",
        "Right, our ops team will need to send over the access forms for the crew.",
    ],
)
def test_work_ones_own_department_will_need_to_do_is_an_item_of_that_side(said: str) -> None:
    got = items([NEXT, (PRITI, said), NEXT])
    assert [(turn, owner) for turn, owner, _ in got] == [(1, "client")]


@pytest.mark.parametrize(
    "said",
    [
        "I'll need the final logo files before the shoot.",
        "You'll need to sign the release before we film anyone.",
        "Our legal team will need a week or so.",
        "Our printers will deliver the banners on Tuesday.",
        "Your legal team will need to be comfortable with the claim.",
    ],
)
def test_what_is_needed_from_others_is_no_item_of_the_speaker(said: str) -> None:
    assert items([NEXT, (PRITI, said), NEXT]) == []


def test_the_departments_work_said_again_in_the_turn_is_one_item() -> None:
    said = (
        "Also, our finance team will need to set you up on the new supplier portal. "
        "They'll sort that before the first invoice goes in."
    )
    got = items([NEXT, (PRITI, said), NEXT])
    assert [(turn, owner) for turn, owner, _ in got] == [(1, "client")]
