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
from pipeline.schemas import Attendee, Extraction
from pipeline.settings import Settings
from tests.support import MODELS, extract_turns

CALL = Path(__file__).parent / "fixtures" / "natural" / "brindle-spring-posters.vtt"


def draft_call(call: Path) -> Extraction:
    """A call of ours, read as ``debrief process`` reads it: the VTT with its sidecar."""
    transcript, embedded = read_transcript_file(call)
    meeting = build_meeting(call, transcript, sha256_file(call), embedded)
    return extract(transcript, meeting, Settings(models_dir=MODELS))


@pytest.fixture(scope="module")
def drafted() -> Extraction:
    return draft_call(CALL)


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
        (4, "We go with the bus stops."),  # the order stated as those who decided it
        (10, "We do three and a half if we drop the night shoot."),  # the counter-offer, not "We can live with that."
        (14, "We keep the jingle."),  # "drop it" at 12 was reversed: only the final decision
    ]


def test_the_next_meeting_said_in_the_call_gets_a_date(drafted: Extraction) -> None:
    assert drafted.next_meeting == "Wednesday 11 March 2026"


# -- dialogue rows: what must not be an item on a natural call, and what must ---------------------------------
PEOPLE = [
    Attendee(name="Tom Avery", side="agency"),
    Attendee(name="Priya Shah", side="agency"),
    Attendee(name="Nell Brook", side="client"),
    Attendee(name="Joe Marsh", side="client"),
]


def _extract(turns: list[tuple[str, str]]) -> Extraction:
    """The extraction of a call given as (speaker, text) turns, one a second, on Wednesday 4 March 2026."""
    return extract_turns(turns, PEOPLE, dt.date(2026, 3, 4), "vtt")


def items(turns: list[tuple[str, str]]) -> list[tuple[int | None, object, str | None]]:
    found = _extract(turns)
    return [(a.turn, a.owner, a.due.isoformat() if a.due else None) for a in found.action_items]


@pytest.mark.parametrize(
    "turns",
    [
        [("Priya Shah", "Can you see the timeline?"), ("Nell Brook", "Yep.")],
        [("Nell Brook", "Could you play the second one again?"), ("Priya Shah", "Sure, one sec. There you go.")],
        [("Tom Avery", "Joe, are you there? I can see your camera's on.")],
        [("Nell Brook", "The Bristol sites did well."), ("Tom Avery", "Interesting. Yeah, I'll have a look.")],
        [("Tom Avery", "We're already bidding on the brand terms, that's where you win.")],
        [("Nell Brook", "Honestly, our other agency could do that in their sleep.")],
        [("Tom Avery", "Okay, let me just quickly recap where we've got to.")],
        [("Tom Avery", "Could we have till Friday?"), ("Nell Brook", "I can give you till Friday. Not later.")],
        [("Priya Shah", "Do you want me to give you a bit of background?"), ("Nell Brook", "Please.")],
        [("Tom Avery", "Yeah, that's on me. Well, it's on the printer. I've chased them twice.")],
        [("Joe Marsh", "Could you host it for us?"), ("Tom Avery", "Not for the pilot, no. We can talk about it.")],
        [("Priya Shah", "I'll draft some FAQs for the stores."), ("Nell Brook", "No need, the stores do their own.")],
        [("Tom Avery", "And I'll set up a call with your finance people so we can—"),
         ("Nell Brook", "No, don't worry, I'll brief finance myself.")],
    ],
)  # fmt: skip
def test_talk_that_commits_to_nothing(turns) -> None:
    got = items(turns)
    assert [i for i in got if i[1] != "Nell Brook"] == [], got


def test_the_person_it_was_for_takes_it_over_and_a_session_date_fixed_with_lets_do() -> None:
    assert items(
        [
            ("Tom Avery", "And I'll set up a call with your finance people so we can—"),
            ("Nell Brook", "No, don't worry, I'll brief finance myself on Monday."),
            ("Tom Avery", "Could we do the planning workshop in person, then? The twelfth?"),
            ("Joe Marsh", "Yeah, let's do the twelfth. Morning, though."),
            ("Priya Shah", "The proofs are late. Nell, can you chase the printer?"),
            ("Nell Brook", "Yeah, that's on me. I'll chase them today."),
        ]
    ) == [
        (1, "Nell Brook", "2026-03-09"),
        (3, ["Tom Avery", "Joe Marsh"], "2026-03-12"),
        (5, "Nell Brook", "2026-03-04"),
    ]


def test_two_deliveries_with_their_own_dates_in_one_breath_are_two_items() -> None:
    assert items([("Tom Avery", "We can get you the store counts today, and the full rollout plan on Monday.")]) == [
        (0, "agency", "2026-03-04"),
        (0, "agency", "2026-03-09"),
    ]


def test_a_slot_moved_to_is_no_deadline_and_the_takers_date_dates_an_offer() -> None:
    assert items(
        [
            ("Priya Shah", "Oh, and Friday's review, since you're away, I'll move it to Monday."),
            ("Tom Avery", "Thanks."),
            ("Priya Shah", "I can pull the sell-through per store if that's useful."),
            ("Nell Brook", "Yes please. Next week's fine."),
        ]
    ) == [(0, "Priya Shah", None), (2, "Priya Shah", "2026-03-13")]  # next week: its Friday (GUIDELINES §5)


def agreement_texts(turns: list[tuple[str, str]]) -> list[tuple[int | None, str]]:
    found = _extract(turns)
    return [(g.turn, g.text) for g in found.agreements]


def test_a_terse_decision_is_stated_by_the_proposal_it_answers() -> None:
    assert agreement_texts(
        [
            ("Tom Avery", "Not all of it, honestly. We could go halves on the generator."),
            ("Nell Brook", "Halves. Fine, split it."),
            ("Priya Shah", "So my recommendation is we run the radio in two bursts."),
            ("Joe Marsh", "Yeah. Do that."),
            ("Tom Avery", "Could we go fortnightly on the check-ins?"),
            ("Nell Brook", "Fortnightly's fine, as long as we can call if something's stuck."),
        ]
    ) == [
        (1, "We go halves on the generator."),
        (3, "We run the radio in two bursts."),
        (5, "Fortnightly's fine, as long as we can call if something's stuck."),
    ]


# -- a second call of our own (tests/fixtures/natural/maltings-summer-event.vtt): which turns are items and agreements
# A proposal about the call itself, the running order, an option chosen from those put, a commitment after a
# topic-setting clause, "our facilities team will sort…", a cost accepted with a sigh, a role put and taken, terms
# accepted, a request broken off and taken on, two deferrals, "then it's me", a last concession, a feeling foretold.
MALTINGS = Path(__file__).parent / "fixtures" / "natural" / "maltings-summer-event.vtt"


@pytest.fixture(scope="module")
def maltings() -> Extraction:
    return draft_call(MALTINGS)


def test_the_commitments_are_items_and_the_rest_of_the_talk_is_not(maltings: Extraction) -> None:
    got = [(a.turn, a.owner, a.due) for a in maltings.action_items]
    assert got == [
        (6, "Maya Okafor", dt.date(2026, 3, 4)),  # "Oh, and the hotel have sent… I'll pass that on to you tonight."
        (7, "client", None),  # "our facilities team will sort the permits"
        (14, "Ben Hale", None),  # "Ed, can you send … out to— actually, no, I'll do it"; not the 20th of the deferral
        (25, "Maya Okafor", dt.date(2026, 3, 5)),  # "I'll tell the crew tomorrow", not "They'll be thrilled"
    ]
    assert "supplier list" in maltings.action_items[2].task


def test_the_settled_terms_are_agreements_and_the_call_logistics_are_not(maltings: Extraction) -> None:
    got = [(g.turn, g.text) for g in maltings.agreements]
    assert [g[0] for g in got] == [5, 9, 11, 13, 22, 24], got  # not 1 ("Shall we make a start?" "Yeah, fine.")
    assert got[1][1] == "Four-two it is.", got  # "[sighs] If it's four-two, it's four-two."
