"""A voice the recording could not name keeps the side it speaks for: found by drafting read meetings with the voices
a Whisper run left unnamed relabelled "Speaker N" (the client's "Our digital team will put it on the website" was
lost: with the client's and the agency's people both left unnamed, no side was given to any voice)."""

from __future__ import annotations

import datetime as dt

from pipeline.extract.owners import unnamed_sides
from pipeline.schemas import Meeting
from pipeline.settings import Settings
from pipeline.speakers.sides import load
from tests.test_speakers import ATTENDEES, _audio_actions

CLIENT_TALK = (
    "Honestly, I'm happy with that. Legal will want to see it before sign-off, and our CEO has the final say on "
    "the budget, so let's go with the second route."
)
AGENCY_TALK = (
    "Shall I send the contact report round this afternoon? We could have the revised estimate to you by Friday, "
    "and I'll update the WIP before your launch."
)


def test_an_unnamed_voice_that_speaks_for_the_client_owns_its_team_s_work() -> None:
    said = [
        ("Speaker 3", CLIENT_TALK),
        ("Speaker 2", AGENCY_TALK),
        ("Sarah Mitchell", "And once the statement is signed off, where does it go? Just the website?"),
        ("Speaker 3", "Our digital team will put the statement on the website and pin it on the socials by Friday."),
        ("Sarah Mitchell", "Lovely."),
    ]
    # Tom (agency) and David (client) are both unnamed: only what each voice says tells its side
    assert [owner for owner, task in _audio_actions(said) if "website" in task] == ["client"]


def test_a_side_is_given_only_when_the_model_is_sure_and_that_side_has_someone_unnamed() -> None:
    meeting = Meeting(meeting_id="t", title="t", date=dt.date(2026, 11, 10), attendees=ATTENDEES,
                      source_name="t.m4a", source_kind="audio", content_sha256="0")  # fmt: skip
    model = load(Settings().models_dir)
    speakers = ["Sarah Mitchell", "Speaker 2", "Speaker 3"]
    assert unnamed_sides(speakers, meeting, ["Hi.", AGENCY_TALK, CLIENT_TALK], model) == {
        "Speaker 2": "agency",
        "Speaker 3": "client",
    }
    # too little said to tell
    assert unnamed_sides(speakers, meeting, ["Hi.", "Sure, will do.", "Fine by me."], model) == {}
    # Sarah and Tom named: nobody of the agency is left for an agency-sounding voice
    named = ["Sarah Mitchell", "Tom Baker", "Speaker 2", "Speaker 3"]
    assert unnamed_sides(named, meeting, ["Hi.", "Hello.", AGENCY_TALK, CLIENT_TALK], model) == {"Speaker 3": "client"}
    assert unnamed_sides(speakers, meeting, ["Hi.", AGENCY_TALK, CLIENT_TALK]) == {}  # no model
