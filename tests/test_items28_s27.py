"""Action items missed in session 27's read sets, by how they are asked: an imperative softened with "just" ("Just
give me the final number by the twelfth of June.") taken up with a yes, and its date said again in a recap without
its month. Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand
and Owen Lacey client, a Wednesday, 2026-03-04)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")


# "Just give me …" / "Just send …": the imperative after "just" asks for the work as the bare one does
@pytest.mark.parametrize(
    ("turns", "owner", "verb"),
    [
        (
            [
                (PRITI, "That's fine. Just give me the headcount by the ninth so I can order the lanyards."),
                (NELL, "Yep."),
                NEXT,
            ],
            NELL,
            "give",
        ),
        (
            [(OWEN, "Okay. Just send the signed release over when it's back."), (THEO, "Will do."), NEXT],
            THEO,
            "send",
        ),
    ],
)
def test_an_imperative_after_just_taken_up_is_an_item(turns: list[tuple[str, str]], owner: str, verb: str) -> None:
    items = call_items(turns)
    assert [(o, t.split()[0], at) for o, t, _, at in items] == [(owner, verb, 1)], run(turns).action_items


@pytest.mark.parametrize(
    "turns",
    [
        [(PRITI, "Just give me a second, my screen's frozen."), (NELL, "Sure."), NEXT],  # a moment on the call
        [(PRITI, "Just give me a shout if the courier's late."), (NELL, "Will do."), NEXT],  # no work asked
        [(PRITI, "If you just send it over, I'll have a look."), (NELL, "Sure."), NEXT],  # under "if"
    ],
)
def test_just_before_a_moment_or_a_condition_asks_for_no_item(turns: list[tuple[str, str]]) -> None:
    assert call_items(turns) == [], run(turns).action_items


# a recap that says the day again without its month ("numbers by the twelfth") leaves the date the item was given;
# a recap that says another day still moves it
@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("Nell, numbers by the twelfth, and the banner sizes end of the month.", "2026-06-12"),
        ("Nell, numbers by the fifteenth of June, and the banner sizes end of the month.", "2026-06-15"),
    ],
)
def test_a_recap_saying_the_day_without_its_month_keeps_the_items_date(said: str, due: str) -> None:
    turns = [
        (PRITI, "Can you give me the final number by the twelfth of June?"),
        (NELL, "Yep."),
        (OWEN, "Theo, can you send the radio copy Monday?"),
        (THEO, "Sure."),
        (PRITI, "Okay, let me recap. Theo, the radio copy Monday. " + said),
        (OWEN, "Thanks all."),
    ]
    dues = [d for _, task, d, _ in call_items(turns) if "number" in task]
    assert dues == [due], run(turns).action_items


# "I'll keep them short.": how the work just promised will be done, no work of its own
def test_keeping_the_promised_work_short_is_no_item() -> None:
    turns = [
        (NELL, "I'll set up the monitoring now and send you an update every two hours. First one by three."),
        (OWEN, "Every two hours might be a lot for my inbox, but okay."),
        (NELL, "I'll keep them short. Promise. Bullet points."),
        NEXT,
    ]
    assert [at for _, _, _, at in call_items(turns)] == [0], run(turns).action_items


def test_keeping_people_updated_is_still_an_item() -> None:
    turns = [(NELL, "I'll send them the revised running order by Friday and keep them posted."), NEXT]
    assert [at for _, _, _, at in call_items(turns)] == [0], run(turns).action_items


# "Will do, I'll check ages as part of it.": a step of the work just taken on, one item with it
def test_a_step_said_as_part_of_the_work_is_no_item_of_its_own() -> None:
    turns = [
        (NELL, "We haven't got permission yet. I'll message all three creators today and get it in writing."),
        (PRITI, "In writing, yes, please. And check they're over twenty-five."),
        (NELL, "Will do, I'll check ages as part of it."),
        NEXT,
    ]
    assert [at for _, _, _, at in call_items(turns)] == [0], run(turns).action_items
