"""A two-voice recording end to end: speakers found, named from their introductions, and "I'll ..." owned by the
one who said it in the .docx; then renaming a speaker on the review service changes the owners."""

from __future__ import annotations

import json

import pytest

from pipeline import speakers
from pipeline.draft import draft_meeting
from pipeline.settings import Settings
from pipeline.speakers.der import der, hypothesis, read_reference
from tests.speakers_support import SAMPLE

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not speakers.available(), reason="the Resemblyzer wheel is not installed"),
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory):
    home = tmp_path_factory.mktemp("home")
    settings = Settings(home=home, diarize=True)
    draft = draft_meeting(SAMPLE, home / "out", settings)
    return settings, draft


def _owner(record, words: str):
    hits = [a for a in record.action_items if words in a.task]
    assert hits, [a.task for a in record.action_items]
    return hits[0].owner


def test_speakers_found_and_named_from_introductions(drafted) -> None:
    _, draft = drafted
    segs = draft.record.transcript.segments
    assert {s.speaker for s in segs} == {"Sarah Mitchell", "Tom Reid"}
    assert all(w.speaker == s.speaker for s in segs for w in s.words)
    first = {s.speaker: s.text for s in reversed(segs)}
    assert "Sarah" in first["Sarah Mitchell"] and "Tom" in first["Tom Reid"]
    reference = read_reference(SAMPLE.with_name(SAMPLE.stem + ".segments.json"))
    assert der(reference, hypothesis(draft.record.transcript)) < 0.15


def test_first_person_commitments_owned_by_their_speaker_in_the_docx(drafted) -> None:
    from docx import Document

    _, draft = drafted
    assert _owner(draft.record, "artwork") == "Sarah Mitchell"
    assert _owner(draft.record, "prices") == "Tom Reid"
    doc = Document(str(draft.paths["docx"]))
    rows = [[c.text for c in row.cells] for t in doc.tables for row in t.rows]
    artwork = [r for r in rows if any("artwork" in c for c in r)]
    prices = [r for r in rows if any("prices" in c for c in r)]
    assert artwork and any("Sarah Mitchell" in c for c in artwork[0]), rows
    assert prices and any("Tom Reid" in c for c in prices[0]), rows


def test_renaming_a_speaker_reruns_extraction_and_keeps_the_aes_decisions(drafted) -> None:
    from pipeline.store.review import review_for

    settings, draft = drafted
    review = review_for(settings)
    mid = draft.record.meeting_id
    artwork = next(i for i, a in enumerate(draft.record.action_items) if "artwork" in a.task)
    review.update_item(mid, "action", artwork, {"status": "accepted"}, "ae")
    record = review.rename_speaker(mid, "Tom Reid", "Thomas Reid", "ae", settings)
    assert {s.speaker for s in record.transcript.segments} == {"Sarah Mitchell", "Thomas Reid"}
    assert _owner(record, "prices") == "Thomas Reid"
    kept = next(a for a in record.action_items if "artwork" in a.task)
    assert kept.status == "accepted" and kept.owner == "Sarah Mitchell"
    # merging: naming one speaker as the other leaves one voice
    record = review.rename_speaker(mid, "Thomas Reid", "Sarah Mitchell", "ae", settings)
    assert {s.speaker for s in record.transcript.segments} == {"Sarah Mitchell"}
    assert json.loads(json.dumps(record.model_dump(mode="json")))["meeting_id"] == mid


def test_a_three_voice_sample_names_who_answered_and_lists_no_unnamed_voice(tmp_path) -> None:
    """The demo sample with speakers on: "Tom, can you send me the casting shortlist ...?" / "Sure, I'll do that."
    is Tom's (not "Speaker 3"), and no "Speaker N" appears among the attendees of the report."""
    from pathlib import Path

    kestrel = Path(__file__).resolve().parent.parent / "samples" / "kestrel-cider-wip.m4a"
    settings = Settings(home=tmp_path / "home", diarize=True)
    record = draft_meeting(kestrel, tmp_path / "out", settings).record
    assert _owner(record, "shortlist") == "Tom Baker"
    assert not [a.name for a in record.meeting.attendees if a.name.startswith("Speaker")]
    assert {s.speaker for s in record.transcript.segments} == {"Sarah Mitchell", "Tom Baker", "David Hughes"}
