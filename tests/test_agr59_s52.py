"""Session 52, agreements (branch agr59).

* An answer that comes in during the call settles what was left open: a speaker says it has just come back ("I've
  just messaged finance and they've come straight back.", "Jo's just come back on Teams.") and what it allows
  ("They're fine with the toolkit going to the franchise stores.", "Eight pages at nine thousand is fine."):
  ``announced.relayed``, kept though the same turn takes up an offer ("So yes please to the mock-ups."). Not news that
  allows nothing, nor an answer that refuses.
* "Actually, no, I'll send it tomorrow." corrects the speaker's own work: it takes back no decision made a turn or
  two before (``agreements._own_work_corrected``).

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from pipeline.extract.announced import ALLOWED_ROWS, JUST_HEARD_ROWS
from tests.support import opened_agreements_at as agreements

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


@pytest.mark.parametrize("row", [*JUST_HEARD_ROWS, *ALLOWED_ROWS], ids=lambda r: r.label)
def test_rows_match_their_examples_only(row) -> None:  # type: ignore[no-untyped-def]
    assert all(row.pattern.search(s) for s in row.examples), row.label
    assert not any(row.pattern.search(s) for s in row.not_examples), row.label


RELAYED = [
    (
        [
            (NELL, "The toolkit is written for the owned stores. Could it go to the franchise stores as well?"),
            (PRITI, "I'd love that, but finance would have to agree, it's their budget line."),
            (THEO, "While we wait on that, we could mock up the shelf wobblers for you."),
            (OWEN, "That'd be great, thanks."),
            (
                PRITI,
                "Sorry, Theo, I've just messaged finance and they've come straight back. They're fine with the "
                "toolkit going to the franchise stores. So yes please to the mock-ups as well.",
            ),
            (THEO, "Brilliant. I'll have them with you by Thursday."),
        ],
        4,
        "franchise stores",
    ),
    (
        [
            (PRITI, "Could you add eight product pages to the build? We'd pay up to nine thousand."),
            (NELL, "I'd need our MD to say yes to that price. Let me ask him."),
            (OWEN, "And the photography for the pages, is that all in the one shoot?"),
            (THEO, "It is, one day in the studio."),
            (NELL, "Oh, Jo's just come back on Teams. Eight pages at nine thousand is fine."),
            (PRITI, "Great, thank you."),
        ],
        4,
        "eight pages",
    ),
]


@pytest.mark.parametrize(("turns", "turn", "named"), RELAYED)
def test_an_approval_just_come_in_is_agreed(turns: list[tuple[str, str]], turn: int, named: str) -> None:
    found = agreements(turns)
    assert turn in [t for t, _ in found], found
    assert named in dict(found)[turn].lower(), found


NOT_RELAYED = [
    # news that allows nothing
    [
        (NELL, "Shall we wait for your legal team before the claims?"),
        (PRITI, "I've just had a message from legal. They're running ten minutes late."),
        (THEO, "No problem, we'll start with the visuals."),
    ],
    # the answer refuses
    [
        (THEO, "Could the extra print run come out of the trade budget?"),
        (PRITI, "Let me ask finance."),
        (OWEN, "Meanwhile, the sell-in deck is nearly there."),
        (PRITI, "Finance have just come back to me. They're not happy with the extra print run at all."),
        (THEO, "Okay, understood."),
    ],
]


@pytest.mark.parametrize("turns", NOT_RELAYED)
def test_news_that_settles_nothing_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreements(turns) == []


def test_correcting_ones_own_work_takes_back_no_decision() -> None:
    turns = [
        (NELL, "So for the packs, we'd go with the deeper green. It stands out more on the shelf."),
        (PRITI, "Let's go with the deeper green."),
        (NELL, "Great. I'll send the final artwork on Friday. Actually, no, I'll send it tomorrow."),
        (PRITI, "Even better."),
    ]
    assert [t for t, _ in agreements(turns)] == [1]


def test_assent_to_the_calls_plan_settles_no_earlier_remark() -> None:
    turns = [
        (OWEN, "Ha, I'd take your sunshine over this rain any day."),
        (NELL, "So the plan for today is the numbers, what worked, and what we carry into the spring. Sound okay?"),
        (PRITI, "Sounds good."),
    ]
    assert agreements(turns) == []


def test_a_proposal_checked_with_a_question_is_still_settled() -> None:
    turns = [
        (NELL, "I'd suggest we move the launch to the second week of May. Does that work for you?"),
        (PRITI, "That works for us."),
    ]
    assert [t for t, _ in agreements(turns)] == [1]
