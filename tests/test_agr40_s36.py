"""Agreements in session 36's reading:

* a deal offered on terms ("Eighty-five and you have a deal.", "Come down to sixty and you've got a deal.") is settled
  where the other side takes it ("Deal.", "Done."), stated as its terms ("Eighty-five agreed."); the offer alone, or
  one the other side still has to check, settles nothing;
* a choice taken instead of an earlier one among the same options ("Let's go with the blue pack." … "Actually, let's
  go with the green pack instead.", or "Then it's the town hall. … I know you liked the barn.") replaces it: only the
  final one stands; another choice on another matter leaves the first standing;
* a statement of what happens said after taking back what was settled ("Okay, scrap that. The keepers pick a
  shortlist and the public votes.") is the new decision.

Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, a Wednesday, 2026-03-04)."""

from __future__ import annotations

import pytest

from pipeline.extract.deals import DEAL_ROWS
from tests.support import CALL, NEXT, OPENING
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def agreed(turns: list[tuple[str, str]]) -> list[tuple[int, str]]:
    return [(a.turn, a.text) for a in run(turns).agreements if a.turn is not None]


def test_every_deal_row_has_examples_both_ways() -> None:
    assert all(row.examples and row.not_examples for row in DEAL_ROWS)


@pytest.mark.parametrize(("row", "sentence"), [(row, s) for row in DEAL_ROWS for s in row.examples])
def test_deal_row_matches(row: object, sentence: str) -> None:
    assert row.pattern.search(sentence)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("row", "sentence"), [(row, s) for row in DEAL_ROWS for s in row.not_examples])
def test_deal_row_does_not_match(row: object, sentence: str) -> None:
    assert not row.pattern.search(sentence)  # type: ignore[attr-defined]


DEALS = [
    ("Eighty-five and you have a deal.", "Deal.", "Eighty-five"),
    ("Come down to eighty-five and you've got a deal.", "Okay, done.", "Eighty-five"),
    ("Hmm. Make it four shoot days at sixty and it's a deal.", "Yeah, you've got a deal.", "Four shoot days at sixty"),
]


@pytest.mark.parametrize(("offer", "reply", "terms"), DEALS)
def test_a_deal_taken_is_agreed_where_it_is_taken(offer: str, reply: str, terms: str) -> None:
    turns = [(THEO, "The shoot comes to ninety thousand all in."), (PRITI, offer), (THEO, reply), NEXT]
    found = agreed(turns)
    taken = len(OPENING) + 2
    assert [t for t, _ in found] == [taken], found
    assert found[0][1].startswith(terms) and "agreed" in found[0][1], found


@pytest.mark.parametrize(
    "reply", ["Let me run that past our finance director first.", "Could you give me till Friday on that?"]
)
def test_a_deal_offered_and_not_taken_is_no_agreement(reply: str) -> None:
    turns = [
        (THEO, "The shoot comes to ninety thousand all in."),
        (PRITI, "Eighty-five and you have a deal."),
        (THEO, reply),
        NEXT,
    ]
    assert agreed(turns) == []


REPLACED = [
    [  # taken instead, two turns on
        (THEO, "We've got two packs mocked up, the blue and the green."),
        (PRITI, "Let's go with the blue pack."),
        (OWEN, "Hmm, the green tested better with mums, though."),
        (PRITI, "Actually, let's go with the green pack instead."),
        NEXT,
    ],
    [  # taken instead, after work on the first choice was talked of
        (NELL, "So the two venues on hold are the barn at Lydford and the town hall."),
        (PRITI, "Let's go with the barn, it's got more character."),
        (THEO, "Great, I'll get the barn contract over."),
        (OWEN, "The barn has no step-free access, though, Priti. Half the guests are over seventy."),
        (PRITI, "Oh, that settles it. Then it's the town hall. Sorry, Theo, I know you liked the barn."),
        NEXT,
    ],
]


@pytest.mark.parametrize("turns", REPLACED)
def test_a_choice_taken_instead_of_an_earlier_one_is_the_only_one(turns: list[tuple[str, str]]) -> None:
    last = len(OPENING) + len(turns) - 2
    assert [t for t, _ in agreed(turns)] == [last], agreed(turns)


KEPT = [
    [  # another matter chosen after: both stand
        (THEO, "We've got two packs mocked up, the blue and the green."),
        (PRITI, "Let's go with the blue pack."),
        (THEO, "Lovely. And for the sampling we've got a van or a pop-up stall."),
        (PRITI, "Let's go with the van instead of a stall, it can move about."),
        NEXT,
    ],
]


@pytest.mark.parametrize("turns", KEPT)
def test_a_choice_on_another_matter_leaves_the_first_standing(turns: list[tuple[str, str]]) -> None:
    assert [t for t, _ in agreed(turns)] == [len(OPENING) + 1, len(OPENING) + 3], agreed(turns)


TAKEN_BACK = [
    [
        (THEO, "For the names, we'd like a public competition on Instagram."),
        (PRITI, "Love it. Yes, let's do open nominations."),
        (OWEN, "You'll get some silly entries, mind. The papers will print the worst."),
        (PRITI, "Oh, true. Okay, scrap that. The keepers pick a shortlist and the public votes."),
        NEXT,
    ],
    [
        (THEO, "We were thinking the launch on the first of May."),
        (PRITI, "Fine, first of May it is."),
        (OWEN, "That's the bank holiday, though. Nobody's in the shops."),
        (PRITI, "Change of plan, then. The launch moves to the eighth."),
        NEXT,
    ],
]


@pytest.mark.parametrize("turns", TAKEN_BACK)
def test_what_happens_said_after_taking_back_is_the_decision(turns: list[tuple[str, str]]) -> None:
    last = len(OPENING) + len(turns) - 2
    found = agreed(turns)
    assert [t for t, _ in found] == [last], found
    assert found[0][1].startswith("The ") and found[0][1] in turns[-2][1], found


NOT_TAKEN_BACK = [
    [
        (THEO, "We were thinking the launch on the first of May."),
        (PRITI, "Fine, first of May it is."),
        (OWEN, "Hang on, scrap that, the printer says the stock arrives late."),
        NEXT,
    ],
    [
        (THEO, "Shall I start on the slides for Thursday?"),
        (PRITI, "Actually, scrap that. The board wants to see the numbers first."),
        NEXT,
    ],
]


@pytest.mark.parametrize("turns", NOT_TAKEN_BACK)
def test_a_view_or_a_wish_said_after_taking_back_is_no_decision(turns: list[tuple[str, str]]) -> None:
    assert agreed(turns) == []


def test_a_fact_said_after_taking_back_a_question_is_no_decision() -> None:
    turns = [
        (THEO, "So the calendar covers Instagram and TikTok through February."),
        (PRITI, "Sorry, different thing. Could you do LinkedIn as well? A LinkedIn calendar?"),
        (THEO, "We could, though it's not in the scope at the moment."),
        (PRITI, "Actually, no, scrap that. Corporate comms do LinkedIn. They'd be furious."),
        NEXT,
    ]
    assert agreed(turns) == []
