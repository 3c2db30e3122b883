"""Session 42, agreements (branch agr49).

* A new draft of a meeting in review (``revision.merge_rerun``) keeps the AE's items and adds the rerun's new
  proposals. It appended them after the old ones, so a contact report redrafted after a rule change listed
  "the launch moves to the 19th" (said at minute 12) after "the fee stays at last year's rate" (said at minute 30):
  the agreements are numbered in the report, and the AE reads them in the order the call took them. Each new
  proposal now goes where it was said, before the first item said after it; an item the AE added by hand (said
  nowhere) keeps its place, and merging twice still changes nothing.

Items written for these tests (no meeting of the sets).
"""

from __future__ import annotations

from pipeline.revision import merge_rerun
from pipeline.schemas import ActionItem, Agreement
from tests.test_store import record


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
