"""Session 42, agreements (branch agr49).

* A new draft of a meeting in review (``revision.merge_rerun``) keeps the AE's items and adds the rerun's new
  proposals. It appended them after the old ones, so a contact report redrafted after a rule change listed
  "the launch moves to the 19th" (said at minute 12) after "the fee stays at last year's rate" (said at minute 30):
  the agreements are numbered in the report, and the AE reads them in the order the call took them. Each new
  proposal now goes where it was said, before the first item said after it; an item the AE added by hand (said
  nowhere) keeps its place, and merging twice still changes nothing.

* A client's verdict drawn from the talk just before, with the client's own work after it ("Then it's the corner
  plot. I'll sort the deposit with our finance team by Friday."), is an agreement: the scorer no longer vetoes it
  (``then_verdict`` joins ``agreement_scorer.PICKED``, the rules that check what they answer).

* An outcome the client says again, with the same subject and verb, to the agency's read-back of it put as a
  question with a figure ("So the radio stays as it is, ninety thousand across both stations?" "Radio stays."), is
  the read-back confirmed (rule ``outcome_read_back``, a ratifying rule the scorer keeps like ``read_back_confirmed``).

Items and dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh
agency, Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from pipeline.revision import merge_rerun
from pipeline.schemas import ActionItem, Agreement
from tests.support import CALL, NEXT, OPENING
from tests.support import opened_call as run
from tests.test_store import record

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def agreed(turns: list[tuple[str, str]]) -> list[int]:
    """The turns of the agreements of a call opened and closed on other matters, counted from the first given."""
    return [a.turn - len(OPENING) for a in run([*turns, NEXT]).agreements if a.turn is not None]


def agreement(text: str, start: float | None, **kw: object) -> Agreement:
    return Agreement(**{"text": text, "quote": text, "start": start, "rule": "r", "confidence": 0.7, **kw})


def action(task: str, start: float | None, **kw: object) -> ActionItem:
    return ActionItem(**{"task": task, "quote": task, "start": start, "rule": "r", "confidence": 0.7, **kw})


LAUNCH = "The launch moves to the 19th."
FEE = "The fee stays at last year's rate."
RADIO = "Radio stays on Global."
CAP = "Contingency is capped at ten percent."


def test_a_rerun_puts_new_agreements_where_they_were_said() -> None:
    prior = record()
    prior.agreements = [agreement(LAUNCH, 720.0, status="accepted"), agreement(FEE, 1800.0)]
    fresh = prior.model_copy(deep=True)
    fresh.agreements = [
        agreement(LAUNCH, 720.0),
        agreement(RADIO, 1100.0),
        agreement(FEE, 1800.0),
        agreement(CAP, 2400.0),
    ]
    merged = merge_rerun(prior, fresh, "following_week")
    assert [(a.text, a.status) for a in merged.agreements] == [
        (LAUNCH, "accepted"),  # the AE's, as it was
        (RADIO, "proposed"),  # new, said between the two
        (FEE, "proposed"),
        (CAP, "proposed"),  # new, said last
    ]
    assert merge_rerun(prior, merged, "following_week") == merged  # merging twice changes nothing


def test_a_new_proposal_said_first_goes_first_and_a_hand_added_item_keeps_its_place() -> None:
    prior = record()
    prior.agreements = [agreement(FEE, 1800.0), agreement("Print is out of scope.", None, rule="manual")]
    prior.action_items = [action("send the revised plan", 600.0), action("book the studio", 900.0, status="rejected")]
    fresh = prior.model_copy(deep=True)
    fresh.agreements = [agreement(LAUNCH, 720.0), agreement(FEE, 1800.0)]
    fresh.action_items = [action("send the revised plan", 600.0), action("check the print budget", 700.0)]
    merged = merge_rerun(prior, fresh, "following_week")
    assert [a.text for a in merged.agreements] == [LAUNCH, FEE, "Print is out of scope."]
    assert [(a.task, a.status) for a in merged.action_items] == [
        ("send the revised plan", "proposed"),
        ("check the print budget", "proposed"),  # said before the item the AE rejected
        ("book the studio", "rejected"),
    ]


def test_transcript_items_with_no_time_are_put_by_their_turn() -> None:
    prior = record()
    prior.agreements = [agreement(FEE, None, turn=40)]
    fresh = prior.model_copy(deep=True)
    fresh.agreements = [agreement(LAUNCH, None, turn=12), agreement(FEE, None, turn=40), agreement(CAP, None, turn=55)]
    merged = merge_rerun(prior, fresh, "following_week")
    assert [a.text for a in merged.agreements] == [LAUNCH, FEE, CAP]


# ---------------------------------------------------------------------------------------------------------------------
# A client's verdict drawn from what was just discussed, "Then it's the corner plot.", said with the client's own work
# after it ("I'll sort the deposit with our finance team by Friday."), was vetoed by the agreement scorer, which gives
# a turn that holds an item little chance of settling anything. The rule (verdicts.then_verdict) has checked that the
# verdict names what the turns before discussed, as the picks among options do (agreement_scorer.PICKED): it stays.

VERDICT_WITH_WORK = [
    [
        (THEO, "So the stand is either the corner plot or the one by the café."),
        (PRITI, "Then it's the corner plot. I'll sort the deposit with our finance team by Friday."),
    ],
    [
        (NELL, "The second venue is about six thousand more, but it takes the whole team."),
        (OWEN, "And the first one only seats forty."),
        (PRITI, "Then it's the second venue. I'll find the six K in the events line and tell procurement today."),
    ],
]  # fmt: skip


@pytest.mark.parametrize("turns", VERDICT_WITH_WORK)
def test_a_verdict_with_the_clients_own_work_after_it_is_an_agreement(turns: list[tuple[str, str]]) -> None:
    assert len(turns) - 1 in agreed(turns)


VERDICT_NOT_DRAWN = [
    [  # names nothing the talk discussed
        (THEO, "So the stand is either the corner plot or the one by the café."),
        (PRITI, "Then it's a question of budget. I'll check with our finance team by Friday."),
    ],
    [  # the agency's summary of a step, not a client's verdict
        (PRITI, "Where are we with the leaflet copy?"),
        (NELL, "It's with your brand team. Then it's the printers. I'll chase the brand team today."),
    ],
]  # fmt: skip


@pytest.mark.parametrize("turns", VERDICT_NOT_DRAWN)
def test_a_verdict_that_names_nothing_discussed_or_the_agencys_step_settles_nothing(
    turns: list[tuple[str, str]],
) -> None:
    assert agreed(turns) == []


# ---------------------------------------------------------------------------------------------------------------------
# The client says an outcome again, with the same subject and verb, in answer to the agency's read-back of it put as
# a question with a figure ("So the radio stays as it is, ninety thousand across both stations?" "Radio stays."): the
# read-back is confirmed, as a bare "Correct." confirms it (readback.confirmed_read_back). It was read as a weak
# flat outcome (settling.outcome_stated), which the scorer vetoed on such a short turn.

OUTCOME_READ_BACK = [
    [
        (NELL, "So the radio stays as it is, ninety thousand across both stations?"),
        (PRITI, "Radio stays."),
    ],
    [
        (THEO, "Podcasts we can look at in the autumn, then."),
        (OWEN, "Fine by me."),
        (THEO, "So the fee stays at eighty-five for the year?"),
        (PRITI, "The fee stays. I'll let procurement know."),
    ],
]  # fmt: skip


@pytest.mark.parametrize("turns", OUTCOME_READ_BACK)
def test_an_outcome_said_again_to_its_read_back_is_an_agreement(turns: list[tuple[str, str]]) -> None:
    assert len(turns) - 1 in agreed(turns)


OUTCOME_NOT_CONFIRMED = [
    [  # a check with no figure in it, which often only checks a fact
        (NELL, "Just to be clear, the lounge stays?"),
        (PRITI, "The lounge stays."),
    ],
    [  # another subject and verb: not the read-back said again
        (NELL, "So the stand goes in hall two, with the forty square metres?"),
        (PRITI, "The organisers decide that, I'm afraid."),
    ],
    [  # a question back, not an outcome
        (THEO, "So the fee stays at eighty-five for the year?"),
        (PRITI, "Does the fee stay at eighty-five if we drop the workshop?"),
    ],
]  # fmt: skip


@pytest.mark.parametrize("turns", OUTCOME_NOT_CONFIRMED)
def test_an_outcome_not_said_back_to_a_read_back_with_a_figure_settles_nothing(turns: list[tuple[str, str]]) -> None:
    assert agreed(turns) == []


def test_then_its_wrong_judges_the_figures_and_settles_nothing() -> None:
    turns = [
        (PRITI, "Are we still using last year's rebate figures? Because two of the states changed theirs in March."),
        (THEO, "We're using whatever's in the spreadsheet you sent in February."),
        (
            PRITI,
            "Then it's wrong for the northern states. Leave it with me, I'll get you the updated figures by Tuesday.",
        ),
        (THEO, "Great."),
    ]
    assert agreed(turns) == []
