"""Agreements missed in session 23's read sets, by how they are said: an order to do one of the things the agency
just put ("Yes. Do the window vinyl instead."), and a phase or piece declared approved ("Then consider the
concept stage signed off."). Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh
agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL, agreed_at
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


SWAP = [
    (PRITI, "I'm not sure about the shelf wobblers in store two. They always end up on the floor."),
    (THEO, "We could put a window vinyl up there instead? It lasts the whole month and nobody knocks it off."),
]
SELL_IN = [
    (NELL, "For the reveal, our advice is one trade title gets the story first, under embargo, and everyone else "
           "hears on the Tuesday."),
    (OWEN, "And if we didn't?"),
    (NELL, "Then it all goes out at once. Simpler, but we lose the headline."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("turns", "at"),
    [
        ([*SWAP, (PRITI, "Yes. Do the window vinyl instead.")], 2),
        (
            [
                *SELL_IN,
                (OWEN, "Fair enough, you've talked me round. Do the embargo. I want to know which title first."),
            ],
            3,
        ),
        ([*SWAP, (PRITI, "Okay. Then do both, the vinyl and the wobblers.")], 2),
    ],
)
def test_an_order_to_do_what_was_just_put_is_an_agreement(turns: list[tuple[str, str]], at: int) -> None:
    assert at in agreed_at(turns), run(turns).agreements


@pytest.mark.parametrize(
    "turns",
    [
        [*SWAP, (PRITI, "Do the vinyls come in other colours?")],  # a question, not an order
        [(PRITI, "Can someone pick up the samples from the printer?"), (THEO, "Do the samples need to come back?")],
        [(NELL, "That's the agenda. Do the introductions, Theo, and I'll take it from there.")],  # running the call
    ],
)
def test_do_that_asks_or_runs_the_call_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreed_at(turns) == [], run(turns).agreements


WRAP = [
    (PRITI, "Is that everything from the concept stage? If so I'm ready to close it."),
    (NELL, "That's all of it, yes. Boards, the film and the write-up."),
]


@pytest.mark.parametrize(
    "reply",
    [
        "Then consider the concept stage signed off. Send the invoice over.",
        "Great. Take that as approved, then.",
        "Lovely. Count the concept stage as agreed.",
    ],
)
def test_a_stage_declared_approved_is_an_agreement(reply: str) -> None:
    assert 2 in agreed_at([*WRAP, (PRITI, reply)]), run([*WRAP, (PRITI, reply)]).agreements


@pytest.mark.parametrize(
    "reply",
    [
        "Consider it done. I'll send the invoice tomorrow.",  # a promise
        "We should consider whether it gets approved by legal first.",  # weighing, nothing settled
    ],
)
def test_consider_without_an_approval_is_no_agreement(reply: str) -> None:
    assert 2 not in agreed_at([*WRAP, (NELL, reply)]), run([*WRAP, (NELL, reply)]).agreements


def test_the_agreements_are_stated_as_the_client_could_sign_them() -> None:
    swap = [a.text for a in run([*SWAP, (PRITI, "Yes. Do the window vinyl instead.")]).agreements]
    sell_in = [
        a.text
        for a in run([*SELL_IN, (OWEN, "You've talked me round. Do the embargo. Tell me the title first.")]).agreements
    ]
    stage = [
        a.text
        for a in run([*WRAP, (PRITI, "Then consider the concept stage signed off. Send the invoice over.")]).agreements
    ]
    assert swap == ["We do the window vinyl instead."], swap
    assert sell_in == ["We do the embargo."], sell_in
    assert stage == ["The concept stage is signed off."], stage


OPTIONS = [
    (NELL, "Two routes for the spring flight. Option A is the podcast-led plan, with search on top. Option B keeps "
           "the breakfast radio sponsorship and trims the podcasts."),
    (OWEN, "What does B do to reach?"),
    (THEO, "About the same. A is a little cheaper per listener, B is better remembered."),
    (PRITI, "Owen?"),
]  # fmt: skip


@pytest.mark.parametrize("pick", ["A.", "Yeah. A.", "A. I'd rather not pay for the sponsorship."])
def test_a_bare_letter_picks_the_option_laid_out_by_that_letter(pick: str) -> None:
    got = run([*OPTIONS, (OWEN, pick)]).agreements
    assert [(a.turn, a.text) for a in got] == [(4, "We go with option A, the podcast-led plan.")], got


@pytest.mark.parametrize(
    "turns",
    [
        [*OPTIONS, (OWEN, "A?")],  # asked back
        [*OPTIONS, (NELL, "A.")],  # the agency's own preference
        [
            (NELL, "A bigger burst in November gets more weight."),
            (THEO, "It does."),
            (OWEN, "B."),
        ],  # no lettered options
    ],
)
def test_a_letter_without_lettered_options_put_by_another_is_no_pick(turns: list[tuple[str, str]]) -> None:
    assert all(a.rule != "option_picked" for a in run(turns).agreements), run(turns).agreements


@pytest.mark.parametrize(
    ("put", "reply"),
    [
        (
            "Fair points. On the last one, I'd be glad to run the account myself for the first quarter.",
            "Yes, let's have that.",
        ),
        (
            "I'd say we hold the radio for a fortnight and look again after Easter.",
            "Let's say that. Radio on hold till after Easter.",
        ),
    ],
)
def test_lets_have_that_accepts_what_was_just_put(put: str, reply: str) -> None:
    turns = [
        (OWEN, "Two things worried the team: the media thinking, and whether the seniors stay on it."),
        (NELL, put),
        (PRITI, reply),
    ]
    got = run(turns).agreements
    assert [a.turn for a in got] == [2], got
    assert "account" in got[0].text.lower() or "radio" in got[0].text.lower(), got


def test_lets_say_it_was_is_no_agreement() -> None:
    turns = [
        (NELL, "How did the old agency's redirect map look?"),
        (OWEN, "Let's say it was hopeful. Half the links died."),
    ]
    assert run(turns).agreements == [], run(turns).agreements


QUOTE = [
    (
        NELL,
        "One more on the stand. The organisers need us to confirm the extra lighting rig by Friday or they let it go.",
    ),
    (PRITI, "What does the rig cost on its own?"),
    (THEO, "Three thousand two hundred."),
]


@pytest.mark.parametrize(
    "reply", ["Just book it. Whatever the board says, we can't have a dark stand.", "Okay. Book it."]
)
def test_a_bare_order_to_book_what_was_costed_is_an_agreement(reply: str) -> None:
    got = run([*QUOTE, (PRITI, reply)]).agreements
    assert [(a.turn, a.text.split(".")[0]) for a in got] == [(3, "We book it")], got


def test_booking_it_yourself_is_no_agreement() -> None:
    turns = [*QUOTE, (PRITI, "Leave it with me, I'll book it once finance are back.")]
    assert 3 not in agreed_at(turns), run(turns).agreements
