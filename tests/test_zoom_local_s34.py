"""A call Zoom recorded on the computer, found by trying the product as a new user would. Zoom puts each such call in
a folder of its own, named by its local start and topic (``2026-11-10 14.02.03 Kestrel weekly sync``), holding
``audio<id>.m4a``, ``video<id>.mp4``, ``playback<id>.m3u`` and the chat ``chat.txt``. Before: ``debrief batch`` on
Zoom's recording folder drafted nothing ("not looked in"), the watched folder said only "a folder", and the call's
own folder gave three meetings: the audio (titled "audio1587654321", dated by the file's time), the video
transcribed again, the chat drafted as a transcript with no items; its playlist was moved to ``failed/``."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import ingest, pairing
from pipeline.batch import select, subfolders
from pipeline.errors import InputFileError
from pipeline.pairing import MeetingFiles, pair
from pipeline.settings import Settings
from pipeline.watch import move_group, watch

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
FOLDER = "2026-11-10 14.02.03 Kestrel weekly sync"
CHAT = (
    "14:03:10 From  Sarah Chen  to  Everyone:\n\tdeck: https://example.com/deck\n"
    "14:05:22 From  Tom Reid  to  Everyone:\n\tgot it\n"
)


def zoom_call(folder: Path, audio: Path | None = None) -> Path:
    """Zoom's folder of one call recorded on the computer: its audio (``audio`` or a stand-in), video, playlist,
    one participant's own track and the chat."""
    folder.mkdir(parents=True)
    for name in ("audio1587654321.m4a", "video1587654321.mp4", "audioSarahChen1587654321.m4a"):
        if audio is None:
            (folder / name).write_bytes(b"\0" * 64)
        else:
            shutil.copy(audio, folder / name)
    (folder / "playback1587654321.m3u").write_text("#EXTM3U\nvideo1587654321.mp4\n", encoding="utf-8")
    (folder / "chat.txt").write_text(CHAT, encoding="utf-8")
    return folder


def test_the_files_of_a_call_zoom_recorded_on_the_computer_are_one_meeting(tmp_path: Path) -> None:
    call = zoom_call(tmp_path / FOLDER)
    (meeting,) = pair(sorted(call.iterdir()))
    assert meeting.words == call / "audio1587654321.m4a"  # the call's audio, not one participant's track
    assert meeting.recording is None
    assert sorted(p.name for p in meeting.others) == [
        "audioSarahChen1587654321.m4a", "chat.txt", "playback1587654321.m3u", "video1587654321.mp4",
    ]  # fmt: skip
    assert [pairing.what_copy(p) for p in sorted(meeting.others)] == [
        "one participant's own track", "the call's chat", "Zoom's playlist of the call", "another copy of the call",
    ]  # fmt: skip


def test_two_calls_keep_their_own_files_and_other_files_pair_as_before(tmp_path: Path) -> None:
    first = zoom_call(tmp_path / FOLDER)
    second = tmp_path / "2026-11-11 09.30.00 Halden check-in 81234567890"
    second.mkdir()
    (second / "audio2233445566.m4a").write_bytes(b"\0")
    (second / "chat.txt").write_text(CHAT, encoding="utf-8")
    files = [*sorted(first.iterdir()), *sorted(second.iterdir()), tmp_path / "a.m4a", tmp_path / "a.vtt"]
    meetings = pair(files)
    assert [m.words.name for m in meetings] == ["audio1587654321.m4a", "audio2233445566.m4a", "a.vtt"]
    assert meetings[1].others == (second / "chat.txt",)
    assert meetings[2] == MeetingFiles(tmp_path / "a.vtt", tmp_path / "a.m4a")


@pytest.mark.parametrize(
    ("folder", "title"),
    [(FOLDER, "Kestrel weekly sync"), ("2026-11-10 14.02.03 Kestrel weekly sync 81234567890", "Kestrel weekly sync")],
)
def test_zooms_folder_dates_and_titles_the_call(folder: str, title: str) -> None:
    meta = ingest.meta_from_filename(Path(folder) / "audio1587654321.m4a")
    assert meta is not None and (meta.date, meta.title) == (dt.date(2026, 11, 10), title)
    assert ingest.meta_from_filename(Path(folder) / "interview.m4a") is None  # a file of the user's own naming


@pytest.mark.parametrize("name", ["chat.txt", "meeting_saved_chat.txt", "GMT20261110-140203_RecordingnewChat.txt",
                                  "Kestrel chat.txt"])  # fmt: skip
def test_a_calls_chat_is_refused_as_a_transcript(tmp_path: Path, name: str) -> None:
    (path := tmp_path / name).write_text(CHAT, encoding="utf-8")
    with pytest.raises(InputFileError, match="a Zoom chat .* not a transcript of what was said"):
        ingest.read_transcript_file(path)


def test_a_transcript_saying_from_and_to_is_still_read(tmp_path: Path) -> None:
    (path := tmp_path / "call.txt").write_text(
        "Sarah Chen: 10:30 from Leeds to London: that's the train.\nTom Reid: Fine. I'll book it.\n"
        "Sarah Chen: 11:00 from York to Hull: the second one.\n",
        encoding="utf-8",
    )
    transcript, _meta = ingest.read_transcript_file(path)
    assert [s.speaker for s in transcript.segments] == ["Sarah Chen", "Tom Reid", "Sarah Chen"]


def test_batch_looks_in_zooms_folders_and_names_the_others(tmp_path: Path) -> None:
    zoom_call(tmp_path / "Zoom" / FOLDER, SAMPLES / "kestrel-cider-wip.m4a")
    (tmp_path / "Zoom" / "old notes").mkdir()
    (tmp_path / "Zoom" / "old notes" / "call.vtt").write_text("WEBVTT\n", encoding="utf-8")
    (chosen,) = select(tmp_path / "Zoom")
    assert chosen.path.name == "audio1587654321.m4a" and chosen.date == dt.date(2026, 11, 10)
    assert len(chosen.others) == 4
    assert subfolders(tmp_path / "Zoom") == {"old notes": 1}  # Zoom's folder is looked in, not named


def test_debrief_process_takes_zooms_folder_as_its_call(tmp_path: Path) -> None:
    call = zoom_call(tmp_path / FOLDER)
    (meeting,) = pairing.for_inputs([call])
    assert meeting.words == call / "audio1587654321.m4a" and len(meeting.others) == 4
    (alone,) = pairing.for_inputs([tmp_path / "elsewhere"])  # any other folder is refused when drafted, as before
    assert alone.words == tmp_path / "elsewhere"


def test_a_zoom_call_moved_keeps_its_folder_and_the_emptied_one_goes(tmp_path: Path) -> None:
    call = zoom_call(tmp_path / "inbox" / FOLDER)
    (call / "Audio Record").mkdir()
    (call / "Audio Record" / "audioTomReid1587654321.m4a").write_bytes(b"\0")
    (meeting,) = pair(pairing.zoom_files(call))
    targets = move_group(meeting, tmp_path / "processed")
    assert {t.parent for t in targets} == {tmp_path / "processed" / FOLDER}
    assert len(targets) == 6 and not call.exists()


@pytest.mark.slow
def test_debrief_batch_drafts_zooms_recording_folder(tmp_path: Path) -> None:
    zoom_call(tmp_path / "Zoom" / FOLDER, SAMPLES / "kestrel-cider-wip.m4a")
    env = {**os.environ, "DEBRIEF_HOME": str(tmp_path / "home"), "HF_HUB_OFFLINE": "1"}
    env.pop("PREFECT_API_URL", None)
    cmd = [sys.executable, "-m", "pipeline.cli", "batch", str(tmp_path / "Zoom"), "--out", str(tmp_path / "out")]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "out").glob("*.json")) == ["audio1587654321.json"]
    meeting = json.loads((tmp_path / "out" / "audio1587654321.json").read_text(encoding="utf-8"))["meeting"]
    assert (meeting["date"], meeting["title"]) == ("2026-11-10", "Kestrel weekly sync")
    assert "chat.txt (the call's chat, not drafted)" in done.stdout
    assert "not looked in" not in done.stdout
    assert not (tmp_path / "home" / "failed").exists() or not list((tmp_path / "home" / "failed").iterdir())


@pytest.mark.slow
def test_zooms_folder_dropped_in_the_watched_folder_is_drafted(settings: Settings) -> None:
    zoom_call(settings.inbox / FOLDER, SAMPLES / "kestrel-cider-wip.m4a")
    said: list[str] = []
    outcomes = watch(None, settings, once=True, settle=0.2, interval=0.05, preload=False, echo=said.append)
    assert [(o.name, o.status) for o in outcomes] == [("audio1587654321.m4a", "done")], said
    assert len(list((settings.processed / FOLDER).iterdir())) == 5
    assert not list(settings.inbox.iterdir())
    assert not any("a folder" in line for line in said)


def test_zooms_video_after_its_audio_was_drafted_is_not_drafted_again(settings: Settings, tmp_path: Path) -> None:
    """Zoom's cloud download one file at a time: the video (``GMT…_Recording_1920x1080.mp4``) after the call's audio
    was drafted is one more copy of that meeting, not transcribed into a second one; the audio stays its playback.
    Another call's video is drafted."""
    from tests.pairing_support import draft_noting_transcription, transcribed, write_wav

    call = "GMT20261110-140203_Recording"
    audio = write_wav(tmp_path, f"{call}.wav")
    first = draft_noting_transcription(audio, settings.reports, settings)
    video = write_wav(tmp_path, f"{call}_1920x1080.wav", pitch=330.0)
    again = draft_noting_transcription(video, settings.reports, settings)
    assert again.record.meeting_id == first.record.meeting_id
    assert again.record.meeting.playback_name == audio.name
    assert transcribed(settings.home) == [audio.name]
    other = write_wav(tmp_path, "GMT20261111-090000_Recording_1920x1080.wav", pitch=440.0)
    assert draft_noting_transcription(other, settings.reports, settings).record.meeting_id != first.record.meeting_id
    assert transcribed(settings.home) == [audio.name, other.name]


def test_a_call_zoom_is_still_converting_is_waited_for_in_silence(settings: Settings) -> None:
    """While Zoom converts a call it recorded, its folder holds only ``double_click_to_convert_01.zoom``: that is no
    folder dropped by mistake (before: "a folder; ... move the recordings and transcripts out of it")."""
    from pipeline.watch import Watcher

    converting = settings.inbox / FOLDER
    converting.mkdir(parents=True)
    (converting / "double_click_to_convert_01.zoom").write_bytes(b"\0")
    (settings.inbox / "old notes").mkdir()
    said: list[str] = []
    Watcher(settings.inbox, settings, echo=said.append).ready()
    assert said == [said[0]] and said[0].startswith("old notes/: a folder")
