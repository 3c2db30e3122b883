"""Defects found drafting a dairy's pack review and a bank's conference call as a new user would (session 39): "No,
send it to me and I'll forward it." made the forwarding an item of both speakers and lost the send asked for; "We'll
take it out of the plan." after "we're not doing the gala dinner this year. The board decided last week." took
"the board" out of the plan, and the client's decision was not agreed; "mock those two up" and "chase the third one"
were drafted as said ("the third speakers" once resolved); "Great, so route two, five colours, no foil." / "Yes." was
not agreed; and "Shall we go with the Brewery then?" / "Yes, let's do that." read "We go with the Brewery then."."""

from __future__ import annotations

import pytest
from support import NEXT, opened_call

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"
LEGAL = (PRITI, "One more thing. Legal need to check the claims on the back of the box.")


def _items(turns: list[tuple[str, str]]) -> list[tuple[object, str]]:
    return [(a.owner, a.task) for a in opened_call([*turns, NEXT]).action_items]


def _agreed(turns: list[tuple[str, str]]) -> list[str]:
    return [a.text for a in opened_call([*turns, NEXT]).agreements]


def test_send_it_to_me_and_i_will_forward_it_is_two_items_of_one_each() -> None:
    turns = [LEGAL, (NELL, "Shall we send it to them directly?"), (PRITI, "No, send it to me and I'll forward it.")]
    assert _items([*turns, (NELL, "No problem.")]) == [
        (PRITI, "forward the back of the box"),
        (NELL, "send the back of the box"),
    ]


@pytest.mark.parametrize("said", ["No, send it to me.", "No, just send it to me, please.", "Actually, send it to me."])
def test_a_send_asked_instead_of_an_offer_is_taken_up(said: str) -> None:
    turns = [LEGAL, (NELL, "Do you want us to send it to them directly?"), (PRITI, said), (NELL, "Sure.")]
    assert _items(turns) == [(NELL, "send the back of the box")]


def test_who_decided_is_not_what_is_taken_out() -> None:
    turns = [
        (PRITI, "Oh, and we're not doing the awards dinner this year. The board decided last week."),
        (NELL, "OK, that frees up a lot. We'll take it out of the plan."),
    ]
    assert _items(turns) == [("agency", "take the awards dinner out of the plan")]


@pytest.mark.parametrize(
    "said, task",
    [
        ("Yeah, I can mock those two up by Thursday.", "mock up the lemon and the mango"),
        ("I'll send the two over tomorrow.", "send the lemon and the mango"),
    ],
)
def test_those_two_are_the_two_things_just_named(said: str, task: str) -> None:
    turns = [(PRITI, "Can we see it on the lemon and the mango before the whole range?"), (THEO, said)]
    assert _items(turns) == [(THEO, task)]


def test_the_third_one_is_one_of_them() -> None:
    turns = [
        (PRITI, "What about the photographers?"),
        (NELL, "We've asked three. Two are free that week. We're still waiting on the third."),
        (PRITI, "Can you chase the third one? I want the shoot booked before Christmas."),
        (NELL, "Yes, I'll chase them today."),
    ]
    assert _items(turns) == [(NELL, "chase the third photographer")]


@pytest.mark.parametrize("reply", ["Yes.", "Yes. Can we see it on two flavours first?", "Exactly, yes."])
def test_terms_summed_up_and_confirmed_are_agreed(reply: str) -> None:
    turns = [
        (PRITI, "I love the second route. The illustration really stands out."),
        (NELL, "Great, so route two, five colours, no foil."),
        (PRITI, reply),
    ]
    assert "Route two, five colours, no foil." in _agreed(turns)


@pytest.mark.parametrize(
    "summed, reply",
    [
        ("So, the budget, the timings and the venues.", "Yes."),  # the topics of the call, no terms
        ("Great, so route two, five colours, no foil.", "No, four colours."),
        ("So route two, five colours?", "Yes."),  # asked: read_back_confirmed's, when it is a check
    ],
)
def test_no_summed_up_terms_confirmed(summed: str, reply: str) -> None:
    turns = [(PRITI, "I love the second route."), (NELL, summed), (PRITI, reply)]
    assert "Route two, five colours, no foil." not in _agreed(turns)
    assert not any(t.startswith("The budget") for t in _agreed(turns))


def test_a_closing_then_is_left_out_of_the_agreement() -> None:
    turns = [(NELL, "Shall we go with the Brewery then?"), (PRITI, "Yes, let's do that.")]
    assert _agreed(turns) == ["We go with the Brewery."]
