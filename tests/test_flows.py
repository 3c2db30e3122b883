"""The Prefect flow in-process under ``prefect_test_harness``: the same stage sequence as ``draft_meeting``, run
as a flow with its task stages, on a temporary Prefect database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.settings import Settings
from pipeline.store import AlreadyConfirmedError, Review, store_for
from tests.support import VTT

pytestmark = pytest.mark.slow  # the harness starts a temporary Prefect server


@pytest.fixture(scope="module")
def harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


def test_the_flow_runs_the_stage_sequence_with_its_tasks(harness, settings: Settings) -> None:
    from prefect.client.orchestration import get_client

    from pipeline.flows import process_meeting

    source = Path(shutil.copy(VTT, settings.inbox))
    shutil.copy(VTT.with_name("pennant-social-review.meeting.yaml"), settings.inbox)
    state = process_meeting(str(source), return_state=True)
    assert state.is_completed()
    paths = state.result()
    assert sorted(Path(p).name for p in paths.values()) == [
        "pennant-social-review.contact-report.docx",
        "pennant-social-review.json",
        "pennant-social-review.md",
    ]
    row = store_for(settings).get("pennant-social-review")
    assert row is not None and row.status == "draft" and row.to_record().action_items

    with get_client(sync_client=True) as client:
        tasks = client.read_task_runs()
    names = {t.name.rsplit("-", 1)[0] for t in tasks if t.flow_run_id == state.state_details.flow_run_id}
    assert names == {"write-documents", "store-draft"}  # a transcript is imported, not transcribed

    review = Review(store_for(settings))
    record = row.to_record()
    review.update_item(row.meeting_id, "action", 0, {"task": "Send the options deck"}, "Ann")
    process_meeting(str(source))  # a rerun through the flow keeps the AE's edit
    assert store_for(settings).get(row.meeting_id).to_record().action_items[0].task == "Send the options deck"
    for kind, items in (("action", record.action_items), ("agreement", record.agreements)):
        for i in range(len(items)):
            review.update_item(row.meeting_id, kind, i, {"status": "accepted"}, "Ann")
    review.confirm(row.meeting_id, "Ann")
    with pytest.raises(AlreadyConfirmedError):
        process_meeting(str(source))


def test_the_flow_drafts_a_transcript_with_its_recording_without_a_transcribe_task(
    harness, settings: Settings, tmp_path: Path
) -> None:
    """What a work-pool worker runs for a pair (``team.submit(..., recording=...)``): no transcription task."""
    from prefect.client.orchestration import get_client

    from pipeline.flows import process_meeting
    from tests.pairing_support import STEM, write_vtt, write_wav

    vtt, wav = write_vtt(tmp_path), write_wav(tmp_path)
    state = process_meeting(str(vtt), recording=str(wav), return_state=True)
    assert state.is_completed()
    with get_client(sync_client=True) as client:
        tasks = client.read_task_runs()
    names = {t.name.rsplit("-", 1)[0] for t in tasks if t.flow_run_id == state.state_details.flow_run_id}
    assert names == {"write-documents", "store-draft"}
    meeting = store_for(settings).get(STEM).to_record().meeting
    assert (meeting.source_name, meeting.playback_name) == (vtt.name, wav.name)
