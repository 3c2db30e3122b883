"""Review leftovers of session 58 (session 59): places that read with a copy of their own what another module owns.

- "The venue list, I'll look into that." took "look into that" for another's work said turns before: the wording
  module kept its own narrower list of pointing tasks ("do that"); now the ``DO_IT`` rows of
  ``models/wording/task_wording.jsonl`` (``WordingRules.refers_to_action``) say which tasks point back.
- A thing made again ("the glass", "the address") was compared with its plural "s" stripped by hand, which made
  "glass" "gla"; now as ``recaps.object_words`` compares a task's object.
- A name spoken to ("Tom, can you …") was read two ways; now ``requests.called`` reads it for the commitment
  tracker and for a late change of day."""

from __future__ import annotations

import pytest
from support import call_items, opened_items

from pipeline.extract.requests import called

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


# "Tom, can you …" was read two ways: the commitment tracker's ``_called`` (a name set off on both sides) and the late
# change of day's ``_addressed`` (any name with a comma after it, so "as with Theo, the print slot moved" was spoken
# to). ``requests.called`` reads it for both.

TOM = "Tom Hart"


@pytest.mark.parametrize(
    ("text", "led_in", "spoken_to"),
    [
        ("Tom Hart, can you send the deck over?", False, [TOM]),
        ("Can you, Tom Hart, send the deck over?", False, [TOM]),
        ("Can you send it, Tom Hart?", False, [TOM]),
        ("Tom Hart can you send the deck over?", False, [TOM]),
        ("Okay. And Tom Hart, can you send the deck?", True, [TOM]),
        # must not
        ("Tom Hart said he'd send the deck over.", False, []),
        ("Can you send Tom Hart the deck?", False, []),
        ("Can we say Thursday, as with Tom Hart, the print slot moved?", False, []),
        ("Tom Hart, sorry, Nell Garside, can you send the deck?", False, [NELL]),
        ("Okay. And Tom Hart, can you send the deck?", False, []),
    ],
)
def test_a_name_spoken_to(text: str, led_in: bool, spoken_to: list[str]) -> None:
    assert called(text, [TOM, NELL], led_in) == spoken_to


@pytest.mark.parametrize(
    "asked",
    [
        "Theo, can you book the van for the shoot by Friday?",
        "Can you, Theo, book the van for the shoot by Friday?",
        "Can you book the van for the shoot by Friday, Theo?",
    ],
)
def test_a_request_put_by_name_is_the_named_ones(asked: str) -> None:
    turns = [(PRITI, asked), (OWEN, "And the budget too."), (THEO, "Yep.")]
    assert [(who, t) for who, t, _ in opened_items(turns)] == [(THEO, "book the van for the shoot")]


def test_a_request_of_one_only_spoken_of_is_the_listeners() -> None:
    turns = [(NELL, "Theo said he'd book the van. Can you check with him?"), (PRITI, "Will do.")]
    assert [(who, t) for who, t, _ in opened_items(turns)] == [(PRITI, "check with Theo")]


PACK = (THEO, "Okay, I'll put together the stockist pack and get it over to you by Monday.")
LIST = (OWEN, "And I'll send you the store list on Friday.")
RECAP = "Okay, lovely. Let me recap. Green vinyls. Wobblers stay. "
TALK = [
    (PRITI, "Great. On the window vinyls, we liked the green."),
    (NELL, "Yes, the green reads better from the street."),
    (OWEN, "Agreed, green."),
    (PRITI, "And the shelf wobblers stay as they are."),
]


@pytest.mark.parametrize(
    ("ask", "who", "pack", "store_list"),
    [
        # the one who says yes to a change of both, not one only spoken of after a comma
        (
            "Can we say Thursday for the pack and the store list instead, as with Theo, the print slot moved?",
            OWEN,
            "2026-03-09",
            "2026-03-05",
        ),
        # must: the one asked by name, whichever way the name is set off
        (
            "Theo's pack, and actually, Theo, can you get that to me by Tuesday instead, so it goes out with Owen's "
            "store list?",
            THEO,
            "2026-03-10",
            "2026-03-06",
        ),
        (
            "Can you make the pack Tuesday instead, Theo, so it goes with the store list?",
            THEO,
            "2026-03-10",
            "2026-03-06",
        ),
    ],
)
def test_a_late_change_is_of_the_one_spoken_to(ask: str, who: str, pack: str, store_list: str) -> None:
    turns = [
        PACK,
        (PRITI, "Perfect."),
        LIST,
        (NELL, "Great, thanks."),
        *TALK,
        (PRITI, RECAP + ask),
        (who, "Yep, fine."),
    ]
    got = {t: due for owner, t, due, _ in call_items(turns) if owner in (THEO, OWEN)}
    assert (got.get("put together and send the stockist pack"), got.get("send the store list")) == (pack, store_list)
