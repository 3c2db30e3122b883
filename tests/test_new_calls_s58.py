"""Defects found drafting calls of our own as a new user would (session 58): "Glasshouse it is." after the
client's "I'd rather the Glasshouse then." was no agreement (the scorer vetoed the ratifying cue), and with that
mended it read "We go with rather Glasshouse."; "We'll trim it to about thirty and send you the revised list."
took "it" for the "cooking content" of the turn before, not the list; "Can she get me a draft by the 14th so I can
look before it goes in?" drafted the asker's own "look" as an offer taken up ("I think that's fine")."""

from __future__ import annotations

import pytest
from support import opened_agreements, opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"

VENUES = [
    (NELL, "Venue-wise there are two options, the Glasshouse in Shoreditch or the old printworks."),
    (THEO, "The printworks is cheaper by about four grand but it's a trek for the nationals."),
]


@pytest.mark.parametrize(
    ("preferred", "ratified", "stated"),
    [
        ("I'd rather the Glasshouse then. Journalists won't go out east.", "Glasshouse it is.", "the Glasshouse"),
        (
            "I'd rather the Glasshouse then.",
            "Great, Glasshouse it is. Theo, can you turn the hold into a booking?",
            "the Glasshouse",
        ),
        ("Honestly, I'd prefer the printworks, the space is better.", "Printworks it is.", "the old printworks"),
    ],
)
def test_a_preference_taken_with_x_it_is_is_agreed(preferred: str, ratified: str, stated: str) -> None:
    agreed = opened_agreements([*VENUES, (PRITI, preferred), (NELL, ratified)])
    assert [text for text in agreed if stated.split()[-1] in text] == [f"We go with {stated}."]


def test_a_pick_named_with_an_adverb_before_it_is_stated_without_it() -> None:
    """The noun chunk "rather the Glasshouse" is stated as "the Glasshouse"; "Or a composed track" as before."""
    turns = [
        (NELL, "We could license a track or we could have a composed track written."),
        (PRITI, "Or a composed track, that'd be ours."),
        (NELL, "Composed track it is."),
    ]
    assert "We go with rather" not in " ".join(opened_agreements([*VENUES[:0], *turns]))


LIST_TALK = [
    (NELL, "Next, the influencer list. We sent over forty names last week."),
    (PRITI, "I've been through it. A few of them feel off-brand, the gaming ones especially."),
    (NELL, "Do you want us to cut the gaming creators altogether?"),
    (PRITI, "Not altogether, keep the two who do cooking content as well."),
]


@pytest.mark.parametrize(
    ("said", "task"),
    [
        (
            "Okay. We'll trim it to about thirty and send you the revised list by Friday.",
            "trim the list to about thirty and send the revised influencer list",
        ),
        (
            "Okay. I'll cut it down and send over the updated list on Friday.",
            "cut down the list and send over the updated influencer list",
        ),
    ],
)
def test_it_is_the_thing_named_revised_after_it(said: str, task: str) -> None:
    items = opened_items([*LIST_TALK, (NELL, said)])
    assert [(owner, text) for owner, text, _ in items] == [(NELL if said.startswith("Okay. I") else "agency", task)]


@pytest.mark.parametrize(
    "said",
    [
        # a thing named revised that nobody named before is another thing: "it" is the contract
        "Sure, I'll check it and send you the revised costs by Friday.",
        # "the revised version" names nothing of its own
        "Sure, I'll check it and send you the revised version by Friday.",
    ],
)
def test_it_is_not_a_new_thing_named_after_it(said: str) -> None:
    turns = [(PRITI, "Could somebody look over the supplier contract?"), (NELL, said)]
    tasks = [task for _, task, _ in opened_items(turns)]
    assert tasks and "contract" in tasks[0] and "check the costs" not in tasks[0], tasks


SAM = [
    (NELL, "Finance want the Q1 numbers by the 15th. Sam's doing them, but she's off till Monday."),
]


@pytest.mark.parametrize(
    "asked",
    [
        "Can she get me a draft by the 13th so I can look before it goes in?",
        "Could she send me a draft by the 13th so I can have a look before it goes in?",
    ],
)
def test_so_i_can_inside_a_request_is_no_offer(asked: str) -> None:
    items = opened_items([*SAM, (PRITI, asked), (NELL, "I'll ask her, but I think that's fine.")])
    assert not [i for i in items if i[0] == PRITI], items


def test_so_i_can_after_a_full_stop_still_offers() -> None:
    """A sentence the speaker ended before "So I can …" is a conclusion of its own, as before."""
    turns = [
        (PRITI, "The store list still has the old addresses."),
        (NELL, "Right. So I can fix the addresses tomorrow, if that helps?"),
        (PRITI, "Yes please."),
    ]
    assert [owner for owner, _, _ in opened_items(turns)] == [NELL]
