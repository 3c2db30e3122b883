"""Recaps confirm, they do not duplicate (pipeline/extract/recaps.py, models/wording/recaps.jsonl): a closing recap
that restates earlier items updates them (its date or owner wins) and adds only what is new. Dialogues written for
these tests."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pipeline.extract.recaps import load_recap_rules, same_task
from tests.support import MODELS
from tests.test_extract_meetings import run

RECAPS = MODELS / "wording" / "recaps.jsonl"


def items(turns: list[tuple[str, str]]) -> list[tuple[int | None, object, str, str | None]]:
    return [(a.turn, a.owner, a.task, a.due.isoformat() if a.due else None) for a in run(turns).action_items]


OPENING = [
    ("Lucy Tam", "Where are we on the regional cost sheet?"),
    ("Owen Price", "I'll send the regional cost sheet on Friday."),
    ("Lucy Tam", "Lovely. And the shelf wobblers look great, by the way."),
    ("Nadia Brooks", "Thanks, the studio were pleased with those."),
]


def test_recap_date_wins_and_adds_no_copy() -> None:
    got = items(OPENING + [("Nadia Brooks", "Okay, let me recap. Owen's sending the regional cost sheet Monday.")])
    assert [(t, o, d) for t, o, _, d in got] == [(1, "Owen Price", "2026-03-09")], got


def test_recap_owner_wins() -> None:
    got = items(OPENING + [("Nadia Brooks", "So, to recap: Will's sending the regional cost sheet on Friday.")])
    assert [(t, o) for t, o, _, _ in got] == [(1, "Will Ferris")], got


def test_recap_keeps_only_what_is_new() -> None:
    got = items(
        OPENING
        + [
            (
                "Nadia Brooks",
                "Let me just quickly recap then. Owen's on the regional cost sheet for Friday, "
                "and I'll send the contact report round tomorrow.",
            )
        ]
    )
    assert [(t, o) for t, o, _, _ in got] == [(1, "Owen Price"), (4, "Nadia Brooks")], got
    assert "contact report" in got[1][2]


def test_a_new_item_on_the_same_thing_is_kept() -> None:
    got = items(
        [
            ("Owen Price", "I'll draft the launch brief by Friday."),
            ("Lucy Tam", "Perfect."),
            ("Nadia Brooks", "To recap: Owen's drafting the launch brief, and I'll review the launch brief on Monday."),
        ]
    )
    assert [(t, o) for t, o, _, _ in got] == [(0, "Owen Price"), (2, "Nadia Brooks")], got


def test_recap_act_is_not_an_item() -> None:
    got = items(OPENING + [("Nadia Brooks", "Right, let me wrap up. I'll send the regional cost sheet on Friday.")])
    assert all(task not in ("wrap up", "recap") for _, _, task, _ in got), got
    assert len(got) == 1, got


def test_a_self_restatement_in_a_recap_is_merged() -> None:
    got = items(OPENING + [("Owen Price", "Just to recap, I'll send the regional cost sheet Thursday, not Friday.")])
    assert [(t, d) for t, _, _, d in got] == [(1, "2026-03-05")], got


def test_a_date_inside_the_object_is_not_the_deadline() -> None:
    got = items(
        [
            ("Lucy Tam", "Can someone send the invite for the tasting session?"),
            ("Owen Price", "Sure, I'll send it this afternoon."),
            ("Lucy Tam", "Great."),
            ("Nadia Brooks", "So, to recap: Owen's sending the invite for the twentieth."),
        ]
    )
    assert [(t, d) for t, _, _, d in got] == [(1, "2026-03-04")], got


def test_a_word_that_only_says_which_thing_is_not_a_restatement() -> None:
    """ "the venue floor plan" in a recap is not "book the venue": its date stays."""
    items = run(
        [
            ("Lucy Tam", "Can you book the venue?"),
            ("Owen Price", "Yes, I'll book the venue by the 20th."),
            ("Nadia Brooks", "Quick recap. The venue floor plan gets redrawn by their team on Friday, and that's it."),
        ]
    ).action_items
    booked = [a for a in items if a.task == "book the venue"]
    assert booked and booked[0].owner == "Owen Price" and booked[0].due == dt.date(2026, 3, 20), items


def test_different_objects_are_not_restatements() -> None:
    assert same_task("send the animatic", "sending the animatic")
    assert same_task("send over a revised scope of work", "send the scope of work")
    assert not same_task("set up a call", "do a prep call beforehand")
    assert not same_task("send the contact report", "send it over")


def _rows() -> list[dict]:
    return [json.loads(x) for x in RECAPS.read_text().splitlines() if x.strip()]


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["id"])
def test_recap_rule_examples(row: dict) -> None:
    rules = load_recap_rules(RECAPS)
    check = {
        "RECAP_OPENER": rules.opens_recap,
        "RECAP_OPENER_LATE": rules.opens_late_recap,
        "RECAP_ASKED": rules.asks_recap,
    }.get(row["label"], rules.is_recap_act)
    assert row["examples"] and row["not_examples"]
    for text in row["examples"]:
        assert check(text), text
    for text in row["not_examples"]:
        assert not check(text), text


def test_a_recap_date_goes_to_the_part_it_is_said_in() -> None:
    """ "Owen's chasing the printer Friday and sending the swatches": Friday is the chasing's, not the swatches'."""
    got = items(
        [
            ("Lucy Tam", "We still need the proofs."),
            ("Owen Price", "I'll chase the printer."),
            ("Nadia Brooks", "And I'll send you the swatches on Monday."),
            ("Lucy Tam", "Lovely."),
            ("Will Ferris", "So, quick recap. Owen's chasing the printer Friday and sending the swatches."),
        ]
    )
    assert [(t, o, d) for t, o, _, d in got] == [
        (1, "Owen Price", "2026-03-06"),
        (2, "Nadia Brooks", "2026-03-09"),
    ], got


def test_one_shared_word_does_not_hand_an_item_to_someone_else() -> None:
    got = items(
        [
            ("Owen Price", "I'll bump the logo up and send a new version tomorrow."),
            ("Lucy Tam", "Great."),
            ("Will Ferris", "So, recap: Lucy's checking the copy Thursday and sending logos."),
        ]
    )
    assert (0, "Owen Price", "2026-03-05") in [(t, o, d) for t, o, _, d in got], got


def test_a_recap_deadline_after_the_thing_dates_it() -> None:
    """ "Owen, press release by Tuesday": "by Tuesday" hangs off the object and says when it is due."""
    got = items(
        [
            ("Owen Price", "I'll draft the press release."),
            ("Lucy Tam", "Lovely."),
            ("Nadia Brooks", "So, to recap: Owen, press release by Tuesday; Lucy, nothing new."),
        ]
    )
    assert [(t, o, d) for t, o, _, d in got] == [(0, "Owen Price", "2026-03-10")], got
