"""Commitment idioms and clauses that are not the commitment (issue 10): an idiom of taking the work on with the work
said after it ("action on me to …"), a clause inside another clause's wh- or relative complement, a taking-on said
before the explicit work, and "get you X" as a delivery. Dialogues written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.complements import gerund
from tests.test_extract_meetings import run

CLIENT, OWEN, LUCY = "Nadia Brooks", "Owen Price", "Lucy Tam"


def items(turns: list[tuple[str, str]]) -> list[tuple[int, object, str]]:
    return [(a.turn, a.owner, a.task) for a in run(turns).action_items]


# -- an idiom of taking the work on, with the work said as an infinitive after it --------------------------------


@pytest.mark.parametrize(
    ("before", "said", "task"),
    [
        ("When do we get the new floor plan?", "Action on me to rework the floor plan and send it round.", "rework"),
        ("The proofs haven't come.", "Leave it with me to chase the printers for a new proof.", "chase the printers"),
        ("Who's chasing the budget?", "Action on me to get the Q3 figure agreed with procurement.", "Q3 figure agreed"),
        (
            "We need a photographer for the launch.",
            "Actions on me to book the photographer and confirm the call times with the venue.",
            "book the photographer and confirm the call times",
        ),
        (
            "Can we park a van by the entrance?",
            "Action on me to ask the landlord whether we can park a van there.",
            "ask the landlord whether",
        ),
    ],
)
def test_idiom_with_an_infinitive_takes_the_work_it_names(before: str, said: str, task: str) -> None:
    got = items([(CLIENT, before), (OWEN, said)])
    assert len(got) == 1 and got[0][:2] == (1, OWEN)
    assert task in got[0][2]


@pytest.mark.parametrize("said", ["Action on me.", "Yep, leave it with me.", "That one's mine."])
def test_idiom_alone_still_takes_the_request(said: str) -> None:
    got = items([(CLIENT, "Can you send the store list over?"), (OWEN, said)])
    assert got == [(1, OWEN, "send the store list")]


@pytest.mark.parametrize(
    "said",
    [
        "Not yet. Action on me to get the Q3 figure agreed with procurement. I'll aim for the end of next week.",
        "Leave it with me to get the Q3 figure agreed with procurement. I'll try and do it by the thirteenth.",
    ],
)
def test_idiom_with_its_work_then_only_when_is_one_item(said: str) -> None:
    """ "I'll aim for …", "I'll try and do it by …" after the idiom says when, not more work."""
    got = run([(CLIENT, "Is the budget confirmed?"), (OWEN, said)]).action_items
    assert [(a.turn, a.task) for a in got] == [(1, "get the Q3 figure agreed with procurement")]
    assert got[0].due is not None and got[0].due.isoformat() == "2026-03-13"


@pytest.mark.parametrize(
    ("said", "second"),
    [
        ("I'll send the deck tonight. And action on me to redo the timeline by Friday.", "redo the timeline"),
        ("We'll book the venue tomorrow. Leave it with us to chase the caterers for menus by Friday.", "chase"),
    ],
)
def test_idiom_with_new_work_after_an_item_is_an_item_of_its_own(said: str, second: str) -> None:
    """The idiom's sentence names other work than the turn's first item: two items, each with its own date."""
    got = run([(CLIENT, "Where are we on the launch?"), (OWEN, said)]).action_items
    assert len(got) == 2 and second in got[1].task
    assert got[1].due is not None and got[1].due.isoformat() == "2026-03-06"
    assert got[0].due is not None and got[0].due.isoformat() != "2026-03-06"


@pytest.mark.parametrize(
    "said",
    [
        "I'll take the script to Howard. He signs off anything external. "
        "Action on me to get it signed off by the 27th.",
        "What I'll do is take the script to Howard. He has to sign off anything external with our name on it. "
        "Action on me to get that signed off by the 27th.",
    ],
)
def test_idiom_pointing_back_dates_the_item_before_it(said: str) -> None:
    """ "Action on me to get it signed off by …" after an undated item, a sentence between: that item's date."""
    got = run([(CLIENT, "Who signs the script off?"), (OWEN, said)]).action_items
    assert [(a.turn, a.task.split()[0]) for a in got] == [(1, "take")]
    assert got[0].due is not None and got[0].due.isoformat() == "2026-03-27"


def test_idiom_pointing_back_keeps_a_date_already_said() -> None:
    said = "I'll send the script to Howard tomorrow. He's fussy. Action on me to get it signed off by the 27th."
    got = run([(CLIENT, "Who signs the script off?"), (OWEN, said)]).action_items
    assert len(got) == 1 and got[0].due is not None and got[0].due.isoformat() == "2026-03-05"


def test_second_step_kept_when_an_aside_after_it_would_overflow() -> None:
    """ "…and send the plan round, with the test dates in it": both steps, the aside goes."""
    said = "Action on me to redo the schedule and send the new launch plan round, with the test and sign-off dates."
    got = items([(CLIENT, "When will we see the new plan?"), (OWEN, said)])
    assert got and got[0][2].startswith("redo the schedule and send the new launch plan")


# -- a clause inside a wh- or relative complement is the outer work's object -------------------------------------


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll put together a short note on how we'll handle returns from the shops.", "note on handling returns"),
        ("Sure, I'll write up a page on how we can track the spend against each retailer.", "on tracking the spend"),
        ("Let me find out what we'll need for the stand in Leeds.", "find out what"),
        ("I'll check whether we can move the shoot to Thursday.", "check whether"),
        ("I'll send over the list of stores we'll visit.", "send over the list of stores"),
    ],
)
def test_a_clause_inside_a_complement_is_no_commitment_of_its_own(said: str, task: str) -> None:
    got = items([(CLIENT, "That's the bit that worries me."), (OWEN, said)])
    assert len(got) == 1 and got[0][1] == OWEN
    assert task in got[0][2]


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("Leave it with me to work out how we'll ship the stand to Leeds.", "work out how"),
        ("Action on me to find out what we'll need for the stand in Leeds.", "find out what"),
    ],
)
def test_a_clause_inside_the_work_an_idiom_names_is_no_item(said: str, task: str) -> None:
    got = items([(CLIENT, "The stand needs sorting."), (OWEN, said)])
    assert len(got) == 1 and got[0][1] == OWEN and got[0][2].startswith(task)


@pytest.mark.parametrize(
    "said",
    [
        "I'll draft the brief and we'll book the studio for the shoot.",  # two commitments, joined
        "I'll send the deck tonight, and we'll confirm the venue on Friday.",
        "I'll tell you what, I'll send the deck tonight and we'll confirm the venue on Friday.",
    ],
)
def test_joined_commitments_each_stay_items(said: str) -> None:
    got = items([(CLIENT, "What happens next?"), (OWEN, said)])
    assert [owner for _, owner, _ in got] == [OWEN, "agency"]


@pytest.mark.parametrize(("lemma", "said"), [("report", "reporting"), ("phase", "phasing"), ("plan", "planning"),
                                             ("tie", "tying"), ("see", "seeing"), ("track", "tracking")])  # fmt: skip
def test_gerund(lemma: str, said: str) -> None:
    assert gerund(lemma) == said


# -- a taking-on said before the explicit work is one item -------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll take that one. I'll call the warehouse this afternoon about the missing pallets.", "call the warehouse"),
        ("Sure, I'll do that. I'll email the venue manager tomorrow about the load-in times.", "email the venue"),
        ("Leave that with me. I'll go through the numbers with finance tomorrow.", "go through the numbers"),
    ],
)
def test_taking_on_then_the_work_is_one_item_worded_from_the_work(said: str, task: str) -> None:
    got = items([(CLIENT, "That's been a problem for weeks."), (LUCY, said)])
    assert len(got) == 1 and got[0][1] == LUCY
    assert got[0][2].startswith(task)


@pytest.mark.parametrize(
    "said",
    [
        "I'll do it. I'll bring both blends so they can taste the difference.",
        "Yeah, I'll take that one. I'll ring their developer on Monday about it.",
    ],
)
def test_taking_on_a_request_then_how_is_one_item_of_the_request(said: str) -> None:
    got = items([(CLIENT, "Can someone run the tasting at the training day?"), (LUCY, said)])
    assert got == [(1, LUCY, "run the tasting at the training day")]


def test_further_work_after_taking_on_stays_its_own_item() -> None:
    said = "I'll do that. I'll also book the studio for the shoot."
    got = items([(CLIENT, "Can you send the deck over?"), (LUCY, said)])
    assert [task for _, _, task in got] == ["send the deck", "book the studio for the shoot"]


# -- "get you X" is a delivery -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("We'll get you printed proofs of both labels by Friday.", "send printed proofs of both labels"),
        ("I'll get you signed copies of the contract this week.", "send signed copies of the contract"),
    ],
)
def test_get_you_a_thing_is_sending_it(said: str, task: str) -> None:
    got = items([(CLIENT, "We need to see the labels."), (OWEN, said)])
    assert len(got) == 1 and got[0][2] == task


# -- "I'll have it done by …" after the work, in the same turn, dates that work --------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I'll book the minibuses, we've got a company we always use. I'll have it done by the fourteenth.",
        "So on travel, I'll book the trains and hotels, and I'll have it all confirmed by the fourteenth.",
        "We'll book the minibuses. We'll get them booked by the fourteenth.",
    ],
)
def test_finishing_it_dates_the_work_just_said(said: str) -> None:
    got = run([(CLIENT, "Transport from the station?"), (OWEN, said)]).action_items
    assert len(got) == 1 and got[0].task.startswith("book the")
    assert got[0].due is not None and got[0].due.isoformat() == "2026-03-14"


def test_having_a_thing_done_is_work_of_its_own() -> None:
    """Not a pronoun: "I'll have the banners reprinted" is work, not the last item finished."""
    said = "I'll book the minibuses. I'll have the banners reprinted by the fourteenth."
    got = run([(CLIENT, "Transport from the station?"), (OWEN, said)]).action_items
    assert len(got) == 2


def test_the_idiom_names_no_thing_a_later_it_can_stand_for() -> None:
    got = items(
        [
            (CLIENT, "We need the supplier contract signed."),
            (OWEN, "Action on me to get the supplier contract signed."),
            (LUCY, "And I'll send it to the lawyers on Thursday."),
        ]
    )
    assert len(got) == 2 and "action" not in got[1][2].lower()


@pytest.mark.parametrize(
    ("said", "task"),
    [
        (
            "I'll revise the whole launch timeline and send a revised estimate for the extra development round.",
            "revise the launch timeline and send a revised estimate",
        ),
        (  # both fit the 14 words two steps may take
            "I'll revise the timeline and send a revised estimate for the extra development round.",
            "revise the timeline and send a revised estimate for the extra development round",
        ),
        (
            "I'll repaint the back wall and order new lightboxes for the front of the stand in Birmingham.",
            "repaint the back wall and order new lightboxes",
        ),
        (
            "I'll repaint the wall and order new lightboxes for the stand.",
            "repaint the wall and order new lightboxes for the stand",
        ),
    ],
)
def test_second_step_kept_without_its_detail_when_both_would_overflow(said: str, task: str) -> None:
    got = items([(CLIENT, "The stand looks tired."), (OWEN, said)])
    assert [t for _, _, t in got] == [task]
