"""Review leftovers of session 58 (session 59): places that read with a copy of their own what another module owns.
"The venue list, I'll look into that." took "look into that" for another's work said turns before, where "do
that" (the wording module's own narrower list of pointing tasks) was read as the thing named first; now the
``DO_IT`` rows of ``models/wording/task_wording.jsonl`` say which tasks point back."""

from __future__ import annotations

import pytest
from support import opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"

# a call where another's work ("get their approval") was said just before the client takes on the thing she names
BEFORE = [
    (NELL, "I'll survey the windows. I'll do Kensington on Thursday, before the store opens."),
    (PRITI, "Lovely. We open at ten, so you'll have the place to yourself."),
    (OWEN, "Priti, for the plinths we need the hero product list. I'll send you our template this afternoon."),
    (NELL, "And the landlord in Manchester, that's on me. I'll get their approval by the end of the month."),
]


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("The venue list, I'll look into that.", "look into the venue list"),
        ("The venue list, I'll look into that. You'll have it by the 11th.", "look into the venue list"),
        ("The shortlist, yeah, I'll look into that.", "look into the shortlist"),
        ("The product list, I'll do that. You'll have it by the 11th.", "do the hero product list"),
    ],
)
def test_a_pointing_task_after_a_thing_named_first_is_that_thing(said: str, task: str) -> None:
    assert [t for who, t, _ in opened_items([*BEFORE, (PRITI, said)]) if who == PRITI] == [task]


@pytest.mark.parametrize(
    "said",
    ["The budget, I'll be honest, that's tight.", "The budget, honestly, I'd look into that again."],
)
def test_a_thing_named_first_with_no_task_taken_on_is_no_item(said: str) -> None:
    assert [t for who, t, _ in opened_items([*BEFORE, (PRITI, said)]) if who == PRITI] == []


# A thing made again with another verb of making is one item (``repeats.made_again``); its name was compared with
# each "s" at the end stripped by hand, so "the glass" was "gla" and "the address" "addre", never the same as said.


def offered_made(offered: str, middle: str, made: str) -> list[str]:
    return [t for who, t, _ in opened_items([(NELL, offered), (PRITI, middle), (NELL, made)]) if who == NELL]


@pytest.mark.parametrize(
    ("offered", "middle", "made", "task"),
    [
        (
            "But I can get you the glass for the bar.",
            "The bar is what we need.",
            "Okay. I'll pull the glass together.",
            "send the glass for the bar",
        ),
        (
            "But I can do you an address on the themes.",
            "The awards night is what we need.",
            "Okay. I'll pull an address together.",
            "send an address on the themes",
        ),
        (
            "But I can do you a process on the themes.",
            "Sign-off is what we need.",
            "Okay. I'll pull a process together.",
            "send a process on the themes",
        ),
        (
            "But I can do you the press releases on the themes.",
            "The themes are what we need.",
            "Okay. I'll pull the release together.",
            "send the press releases on the themes",
        ),
        (
            "But I can do you a press release on the themes.",
            "The themes are what we need.",
            "Okay. I'll pull the releases together.",
            "send a press release on the themes",
        ),
    ],
)
def test_the_same_thing_made_again_is_one_item(offered: str, middle: str, made: str, task: str) -> None:
    assert offered_made(offered, middle, made) == [task]


@pytest.mark.parametrize(
    ("offered", "middle", "made"),
    [
        ("But I can get you the gas for the bar.", "The bar is what we need.", "Okay. I'll pull the glass together."),
        ("But I can do you a class on the themes.", "Training is what we need.", "Okay. I'll put a glass together."),
    ],
)
def test_another_thing_made_is_an_item_of_its_own(offered: str, middle: str, made: str) -> None:
    assert len(offered_made(offered, middle, made)) == 2
