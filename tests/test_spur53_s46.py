"""Spurious action items of session 46 (branch spur53). Dialogues written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

Work the other side has already done calls a promise off, and says no work of its own:

* "I'll have a word with their manager." "Actually, sorry, I already asked them on Friday.": the promise of the turn
  before is taken back (``withdraw_asked_already``, a WITHDRAW row: ``offers.withdrawn``);
* "I'll call them about their list—" "Oh, we're on it already. Their editor emailed me.": the "we're on it" inside
  the WITHDRAW cue is no ORG_IDIOM (``Turn.cues``), so no item of the client's.

Still items: a promise answered with something asked before that came to nothing ("I asked them last month but
heard nothing."), and "We're on it." taking work on.
"""

from __future__ import annotations

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def test_a_promise_the_other_side_has_already_seen_to_is_no_item() -> None:
    turns = [
        (PRITI, "The venue licence ends at eleven, and we wanted to run till midnight."),
        (NELL, "Let me see what I can do. I'll have a word with their events manager, she owes me a favour."),
        (OWEN, "Actually, sorry Nell, I already asked them on Friday. Midnight's a no, but half eleven is fine."),
        (PRITI, "Half eleven it is, then."),
    ]
    assert call_items(turns) == []


def test_work_waved_off_as_under_way_is_no_item_of_the_speaker() -> None:
    turns = [
        (THEO, "And the trade magazine, I'll call them about their launches-to-watch list, we want to be on—"),
        (PRITI, "Oh, we're on it already. Their editor emailed me last week, we're in."),
        (THEO, "Brilliant. Okay, scrap that then."),
        (OWEN, "Right, the radio copy next."),
    ]
    assert call_items(turns) == []


def test_something_asked_before_to_no_end_leaves_the_promise() -> None:
    turns = [
        (NELL, "I'll ask the venue about parking for the crew vans."),
        (OWEN, "Great, I asked them last month but heard nothing back."),
        (PRITI, "Right, the radio copy next."),
    ]
    assert [(o, t) for o, _, _, t in call_items(turns)] == [(NELL, 0)]


def test_we_are_on_it_still_takes_work_on() -> None:
    turns = [
        (NELL, "Can your team chase the printer for the proofs by Friday?"),
        (PRITI, "Yes, we're on it."),
        (OWEN, "Right, the radio copy next."),
    ]
    assert len(call_items(turns)) == 1
