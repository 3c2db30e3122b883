"""Sessions people agree to hold together, and work said twice in one turn: one item each, at the right turn.

A session taken with a willing "go on then" / "I'd love that" that asks when is settled where its time is taken;
a firm "Yes, let's. When?" has taken it already. The travel and set-up said while it is being timed belong to the
session. A task for a pair stands where the second of them takes it. A turn that promises work and then hands the
same thing over ("… we'll have a draft with you by Friday"), or vouches for it ("I'll make sure of it"), is one item.

The dialogues are written for these tests, in the way account teams talk on client calls.
"""

from __future__ import annotations

import pytest

from tests.support import CALL, CALL_DATE, NEXT, item_rows


def items(turns: list[tuple[str, str]]) -> list[tuple[int | None, object]]:
    return [(turn, owner) for turn, owner, _ in item_rows(turns, CALL, CALL_DATE)]


BOTH = ["Nell Garside", "Priti Anand"]


@pytest.mark.parametrize(
    ("willing", "timing", "taken"),
    [
        (
            "Go on then. When were you thinking?",
            "Tuesday week? I can come over to the Leeds office.",
            "Tuesday week's fine.",
        ),
        ("Oh, yeah, I'd love that. When?", "What about Friday? I'll drive up.", "Friday works. Let's do it."),
        ("Yes, that would be fun, actually. What day?", "Monday the ninth?", "Yep, Monday the ninth, I'm free."),
        ("Yeah, go on then. When suits you?", "Thursday morning? I'll book a room.", "Thursday's good."),
    ],
)
def test_a_willing_yes_that_asks_when_is_an_item_where_the_time_is_taken(willing: str, timing: str, taken: str) -> None:
    got = items(
        [
            ("Nell Garside", "Priti, you and I should sit down with a couple of your store managers before we write."),
            ("Priti Anand", willing),
            ("Nell Garside", timing),
            ("Priti Anand", taken),
            NEXT,
        ]
    )
    assert got == [(3, BOTH)]


@pytest.mark.parametrize("firm", ["Yes, let's. When?", "Definitely. When?", "Absolutely, yes. When were you thinking?"])
def test_a_firm_yes_that_asks_when_has_taken_the_session(firm: str) -> None:
    got = items(
        [
            ("Nell Garside", "Priti, shall we go and see the pop-up together before it opens?"),
            ("Priti Anand", firm),
            ("Nell Garside", "Thursday the twelfth?"),
            ("Priti Anand", "The twelfth works."),
            NEXT,
        ]
    )
    assert got == [(1, BOTH)]


def test_a_willing_yes_nobody_times_stands_where_it_was_said() -> None:
    got = items(
        [
            ("Nell Garside", "Priti, you and I should sit down with a couple of your store managers before we write."),
            ("Priti Anand", "Go on then. When were you thinking?"),
            ("Owen Lacey", "Sorry, can I jump in on the radio copy before I lose you?"),
            ("Theo Marsh", "Of course, go ahead."),
            ("Owen Lacey", "The legal line is too long for thirty seconds."),
            ("Theo Marsh", "Agreed, it needs cutting."),
        ]
    )
    assert [(t, o) for t, o in got if isinstance(o, list)] == [(1, BOTH)]


def test_a_request_to_come_along_with_the_speaker_is_a_session_of_both() -> None:
    got = items(
        [
            ("Nell Garside", "Priti, would you be up for coming down to the warehouse with me?"),
            ("Priti Anand", "Oh, yes, I'd like that. When?"),
            ("Nell Garside", "Monday the ninth?"),
            ("Priti Anand", "Monday the ninth is fine."),
            NEXT,
        ]
    )
    assert got == [(3, BOTH)]
    asked = ("Priti Anand", "Nell, could you check the media figures with me before Friday?")
    shared = items([asked, ("Nell Garside", "Sure."), NEXT])
    assert shared == [(1, "Nell Garside")]


def test_a_task_for_a_pair_stands_where_the_second_takes_it() -> None:
    got = items(
        [
            ("Owen Lacey", "Nell and Priti, I think you two should meet the printers and go through the proofs."),
            ("Priti Anand", "Happy to. I've got a list of gripes for them anyway."),
            ("Nell Garside", "Next Monday? I'll ask their account manager."),
            ("Priti Anand", "Monday's good."),
            NEXT,
        ]
    )
    assert got == [(2, BOTH)]


@pytest.mark.parametrize(
    "said",
    [
        "Our studio will redraw the map with the new stockists. We'll have the map with you by Friday.",
        "Our finance team will fix the invoice before month end. I'll make sure of it.",
        "I'll write up the brief for the shoot. You'll have the brief by Friday.",
    ],
)
def test_work_handed_over_or_vouched_for_in_the_same_turn_is_one_item(said: str) -> None:
    assert len(items([NEXT, ("Theo Marsh", said), NEXT])) == 1


@pytest.mark.parametrize(
    "said",
    [
        "I'll redraw the map with the new stockists. And I'll send the invoice by Friday.",
        "Our studio will redraw the map. I'll make sure the copy is signed off too.",
    ],
)
def test_two_pieces_of_work_in_one_turn_stay_two_items(said: str) -> None:
    assert len(items([NEXT, ("Theo Marsh", said), NEXT])) == 2
