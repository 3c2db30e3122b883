"""Agreements in session 37's reading:

* a counter-offer made on a condition ("We can do forty if we drop the second weekend.") is a deal offered: taken at
  once by the other side ("Deal.") it is settled as the sum on that condition, taken by saying the sum back ("Fine,
  forty and one weekend.") as said back; a reply that still checks, or turns it down, settles nothing, and a
  condition that names no sum ("…if the weather holds.") offers no terms;
* "we're aligned" sums up what is settled as "we're agreed" does ("So we're aligned on the north-west for the
  pilot.", put as a question settled at the "Yes."), stated as the term ("Great, we're all aligned then: the pilot
  runs in the north-west." -> "The pilot runs in the north-west."); not the "so" of what a plan is for ("…a quick
  call tomorrow so we're aligned before the pitch"), a wish to be aligned, a question still open, or a "not aligned";
* a ratification that only points at what was just said ("That's settled then.", "Let's lock that in.") states the
  other speaker's statement before it ("The launch moves to the 8th and the press day to the 6th."), not itself;
  after a question it stays as said.

Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, a Wednesday, 2026-03-04)."""

from __future__ import annotations

import pytest

from pipeline.extract.deals import IF_ROWS
from tests.support import CALL, NEXT, OPENING
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def agreed(turns: list[tuple[str, str]]) -> list[tuple[int, str]]:
    return [(a.turn, a.text) for a in run(turns).agreements if a.turn is not None]


@pytest.mark.parametrize(("row", "sentence"), [(row, s) for row in IF_ROWS for s in row.examples])
def test_if_row_matches(row: object, sentence: str) -> None:
    assert row.pattern.search(sentence)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("row", "sentence"), [(row, s) for row in IF_ROWS for s in row.not_examples])
def test_if_row_does_not_match(row: object, sentence: str) -> None:
    assert not row.pattern.search(sentence)  # type: ignore[attr-defined]


def haggle(offer: str, reply: str) -> list[tuple[str, str]]:
    return [
        (THEO, "For both weekends we'd need fifty."),
        (PRITI, "Can you do forty?"),
        (THEO, offer),
        (PRITI, reply),
        NEXT,
    ]


TAKEN = [
    ("We can do forty if we drop the second weekend.", "Fine, forty and one weekend.", "Forty and one weekend agreed."),
    ("We can do forty if we drop the second weekend.", "Deal.", "Forty agreed, on condition that we drop the second"),
    ("If we drop the second weekend, we could do forty.", "Done. Forty, one weekend.", "Forty, one weekend agreed."),
    ("Look, I could go to forty-five if you sign for the year.", "Okay, deal.", "Forty-five agreed, on condition"),
]


@pytest.mark.parametrize(("offer", "reply", "said"), TAKEN)
def test_a_counter_offer_on_a_condition_taken_is_agreed(offer: str, reply: str, said: str) -> None:
    found = agreed(haggle(offer, reply))
    assert [t for t, _ in found] == [len(OPENING) + 3], found
    assert found[0][1].startswith(said), found


NOT_TAKEN = [
    ("We can do forty if we drop the second weekend.", "Let me check with finance first."),
    ("We can do forty if we drop the second weekend.", "Forty is still more than we've got."),
    ("We can do forty if we drop the second weekend.", "Hmm, forty and one weekend?"),
    ("We can do forty if we drop the second weekend.", "Done. I sent the new estimate round this morning."),
]


@pytest.mark.parametrize(("offer", "reply"), NOT_TAKEN)
def test_a_counter_offer_on_a_condition_not_taken_is_no_agreement(offer: str, reply: str) -> None:
    assert agreed(haggle(offer, reply)) == []


def test_a_condition_with_no_sum_offers_no_terms() -> None:
    turns = [(THEO, "We can do the shoot on Friday if the weather holds."), (PRITI, "Deal."), NEXT]
    assert agreed(turns) == []


ALIGNED = [
    ([(THEO, "So we're aligned on the north-west for the pilot."), (PRITI, "Yes.")], 0, "We're aligned on the north"),
    ([(THEO, "So we're aligned on the north-west for the pilot?"), (PRITI, "Yes, aligned.")], 1, "We're aligned on"),
    (
        [(PRITI, "Great, we're all aligned then: the pilot runs in the north-west."), (THEO, "Lovely.")],
        0,
        "The pilot runs in the north-west.",
    ),
]


@pytest.mark.parametrize(("turns", "at", "said"), ALIGNED)
def test_we_are_aligned_sums_up_what_is_agreed(turns: list[tuple[str, str]], at: int, said: str) -> None:
    found = agreed([*turns, NEXT])
    assert [t for t, _ in found] == [len(OPENING) + at], found
    assert found[0][1].startswith(said), found


NOT_ALIGNED = [
    [(THEO, "I just want to make sure we're aligned on the pilot."), (PRITI, "Of course.")],
    [(THEO, "Are we aligned on the north-west?"), (PRITI, "Not yet, I need to ask Owen.")],
    [(THEO, "We're not aligned on the budget yet."), (PRITI, "No.")],
    [(THEO, "Let's get the deck over tonight so we're aligned before the pitch."), (PRITI, "Sure.")],
]


@pytest.mark.parametrize("turns", NOT_ALIGNED)
def test_aligned_that_settles_nothing_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreed([*turns, NEXT]) == []


POINTED = [
    (
        "So the launch moves to the 8th and the press day to the 6th.",
        "That's settled then.",
        "The launch moves to the 8th and the press day to the 6th.",
    ),
    ("So it's six stores in the pilot, all in the north.", "Let's lock that in.", "It's six stores in the pilot"),
]


@pytest.mark.parametrize(("put", "reply", "said"), POINTED)
def test_a_pointing_ratification_states_what_it_points_at(put: str, reply: str, said: str) -> None:
    found = agreed([(THEO, put), (PRITI, reply), NEXT])
    assert [t for t, _ in found] == [len(OPENING) + 1], found
    assert found[0][1].startswith(said), found


def test_a_pointing_ratification_after_a_question_is_not_the_question() -> None:
    found = agreed(
        [(THEO, "The mock-ups land on Friday. Do you want both colours?"), (PRITI, "Let's lock that in."), NEXT]
    )
    assert all("?" not in said for _, said in found), found
