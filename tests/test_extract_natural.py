"""A natural Teams call of our own (tests/fixtures/natural/brindle-spring-posters.vtt, written for these tests),
read the way ``debrief process`` reads it: the VTT with its sidecar. It holds the hard cases of issue 10: talk about
the call, "I'll be honest", a terse decision after options, a counter-offer accepted, a decision reversed, an offer
left open and taken up later by name, a deadline renegotiated, a request declined and taken on by the requester, an
item taken back, a past action, a hypothetical, "no promises", "I'll let you go" and "same time next week"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.extract import extract
from pipeline.ingest import build_meeting, read_transcript_file, sha256_file
from pipeline.schemas import Extraction
from pipeline.settings import Settings
from tests.support import MODELS

CALL = Path(__file__).parent / "fixtures" / "natural" / "brindle-spring-posters.vtt"


@pytest.fixture(scope="module")
def drafted() -> Extraction:
    transcript, embedded = read_transcript_file(CALL)
    meeting = build_meeting(CALL, transcript, sha256_file(CALL), embedded)
    return extract(transcript, meeting, Settings(models_dir=MODELS))


def test_only_the_real_commitments_are_items(drafted: Extraction) -> None:
    got = [(a.turn, a.owner, a.due) for a in drafted.action_items]
    assert got == [
        (5, "Priya Shah", None),  # "Want me to mock up…?", deferred, then "yes please to the poster mock-up"
        (15, "Tom Avery", dt.date(2026, 3, 5)),  # "by Friday" renegotiated: "How about Thursday morning?" "Fine."
        (21, "Tom Avery", dt.date(2026, 3, 9)),  # declined by Priya ("I'm away"), taken on: "I'll do it then"
    ]


def test_the_offer_taken_up_later_keeps_its_task(drafted: Extraction) -> None:
    assert "mock up a bus stop poster" in drafted.action_items[0].task


def test_agreements_are_the_final_decisions_stated_to_sign(drafted: Extraction) -> None:
    got = [(g.turn, g.text) for g in drafted.agreements]
    assert got == [
        (4, "Go with the bus stops."),
        (10, "We do three and a half if we drop the night shoot."),  # the counter-offer, not "We can live with that."
        (14, "Let's keep the jingle, then."),  # "drop it" at 12 was reversed: only the final decision
    ]


def test_the_next_meeting_said_in_the_call_gets_a_date(drafted: Extraction) -> None:
    assert drafted.next_meeting == "Wednesday 11 March 2026"
