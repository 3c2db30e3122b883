"""Bad audio input (issue 8): each case ends in one line naming the file and the problem, nothing written, and
the rest of the work unaffected; or, for silence, noise, a video with sound and an awkward file name, a draft.

The media is made here with PyAV (no ffmpeg binary needed), a few seconds each: a 7 s clip of the Kestrel sample
("Okay. Let's go with option B. Great. I'll send over the updated production estimate by Friday."), re-encoded as
m4a, mp3 and mp4, then cut, muted or renamed. The probing is tested with plain calls; the real Whisper model runs
only in the tests marked slow.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import av
import numpy as np
import pytest

from pipeline import probe, transcribe
from pipeline.draft import draft_meeting
from pipeline.errors import InputFileError
from pipeline.schemas import MeetingRecord
from pipeline.settings import Settings
from pipeline.store import MeetingRow, store_for
from tests.support import SAMPLES, VTT

RATE = 16_000
ODD_NAME = 'Réunion "Q3" – l\'équipe de Zoë ✓ 2026.m4a'
ODD_NOTES = 'Zoë\'s "notes" – 1.m4a'  # text named .m4a


# --- the media ---------------------------------------------------------------------------------------------------
def encode(path: Path, samples: np.ndarray | None, codec: str = "aac", *, video: bool = False, **options) -> Path:
    """Write mono 16 kHz ``samples`` (and/or a few frames of grey video) into ``path``'s container."""
    container_options = {k: v for k, v in options.items() if k != "qscale"}
    with av.open(str(path), "w", options=container_options) as out:
        if video:
            vstream = out.add_stream("mpeg4", rate=10)
            vstream.width, vstream.height, vstream.pix_fmt = 64, 48, "yuv420p"
        if samples is not None:
            stream = out.add_stream(codec, rate=RATE, layout="mono")
            if "qscale" in options:  # variable bit rate
                stream.codec_context.qscale = options["qscale"]
                stream.codec_context.flags |= av.codec.context.Flags.qscale
            pcm = (np.clip(samples, -1, 1) * 32767).astype(np.int16)[None, :]
            frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
            frame.sample_rate = RATE
            for packet in [*stream.encode(frame), *stream.encode(None)]:
                out.mux(packet)
        if video:
            for i in range(60):
                image = av.VideoFrame.from_ndarray(np.full((48, 64, 3), i * 4, np.uint8), format="rgb24")
                for packet in vstream.encode(image):
                    out.mux(packet)
            for packet in vstream.encode(None):
                out.mux(packet)
    return path


def first_half(source: Path, target: Path) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def states_five_hours(source: Path, target: Path) -> Path:
    """The mp3 with its Info header's frame count set to five hours' worth (it still holds 7 s)."""
    data = bytearray(source.read_bytes())
    at = data.find(b"Info")
    assert at > 0 and int.from_bytes(data[at + 4 : at + 8], "big") & 1  # the frame count is present
    data[at + 8 : at + 12] = (5 * 3600 * RATE // 576).to_bytes(4, "big")  # MPEG-2 layer III: 576 samples a frame
    target.write_bytes(data)
    return target


@pytest.fixture(scope="session")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("media")
    speech = transcribe.decode(SAMPLES / "kestrel-cider-wip.m4a")[int(22.0 * RATE) : int(29.3 * RATE)]
    rng = np.random.default_rng(8)
    opening_silence = np.concatenate([np.zeros(5 * RATE, np.float32), speech, speech]).astype(np.float32)
    m = {
        "speech.m4a": encode(folder / "speech.m4a", speech),
        "speech.mp3": encode(folder / "speech.mp3", speech, "libmp3lame"),
        "faststart.m4a": encode(folder / "faststart.m4a", speech, movflags="+faststart"),
        "talk.mp4": encode(folder / "talk.mp4", speech, video=True),
        "mute.mp4": encode(folder / "mute.mp4", None, video=True),
        "silence.m4a": encode(folder / "silence.m4a", np.zeros(8 * RATE, np.float32)),
        "noise.m4a": encode(folder / "noise.m4a", (rng.standard_normal(8 * RATE) * 0.3).astype(np.float32)),
        # VBR, opening in silence, and no Xing header: FFmpeg's bit-rate estimate of its length is far too long
        "vbr-noxing.mp3": encode(folder / "vbr-noxing.mp3", opening_silence, "libmp3lame", qscale=4, write_xing="0"),
        "noxing.mp3": encode(folder / "noxing.mp3", speech, "libmp3lame", write_xing="0"),
    }
    m["five-hours.mp3"] = states_five_hours(m["speech.mp3"], folder / "five-hours.mp3")
    m["cut.m4a"] = first_half(m["speech.m4a"], folder / "cut.m4a")  # the index (moov) is at the end: lost
    m["cut-faststart.m4a"] = first_half(m["faststart.m4a"], folder / "cut-faststart.m4a")  # index kept, audio half
    m["cut.mp3"] = first_half(m["speech.mp3"], folder / "cut.mp3")  # its Xing header still says 7 s
    m["cut-noxing.mp3"] = first_half(m["noxing.mp3"], folder / "cut-noxing.mp3")  # states no length of its own
    (folder / "empty.m4a").write_bytes(b"")
    m["empty.m4a"] = folder / "empty.m4a"
    (folder / "notes.m4a").write_text("Sarah: I'll send the estimate by Friday.\nDavid: Thanks.\n", encoding="utf-8")
    m["notes.m4a"] = folder / "notes.m4a"
    (folder / "transcript.m4a").write_text(VTT.read_text(encoding="utf-8") + "\nNOTE renamed\n", encoding="utf-8")
    m["transcript.m4a"] = folder / "transcript.m4a"  # FFmpeg opens it, as subtitles
    (folder / "odd-notes.m4a").write_text("Zoë: « Merci » — I'll call them.\n", encoding="utf-8")
    m["odd-notes.m4a"] = folder / "odd-notes.m4a"
    (folder / "slides.mp4").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + bytes(range(256)) * 8)
    m["slides.mp4"] = folder / "slides.mp4"
    (folder / "agenda.docx").write_bytes(b"PK\x03\x04" + bytes(300))  # a damaged Word document
    m["agenda.docx"] = folder / "agenda.docx"
    (folder / "agenda.pages").write_bytes(b"PK\x03\x04" + bytes(300))
    m["agenda.pages"] = folder / "agenda.pages"
    return m


def copy(media: dict[str, Path], name: str, folder: Path, as_name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(media[name], folder / (as_name or name)))


def one_line(err: InputFileError | str, name: str) -> str:
    text = str(err)
    assert "\n" not in text and text.startswith(f"{name}: "), text
    return text


# --- probing: plain calls ------------------------------------------------------------------------------------------
REFUSED = [
    # (file, settings, what the line must say)
    ("empty.m4a", {}, "empty.m4a: the file is empty"),
    ("notes.m4a", {}, "cannot be decoded as audio (it is text, not a recording; a transcript must be named .txt"),
    ("transcript.m4a", {}, "cannot be decoded as audio (it is a WebVTT transcript, not a recording; name it .vtt)"),
    ("slides.mp4", {}, "cannot be decoded as audio (it is a PDF document, not a recording)"),
    ("cut.m4a", {}, "cannot be decoded as audio (it is incomplete: its MP4 index is missing, so it was cut off"),
    ("mute.mp4", {}, "mute.mp4: has no audio track (the file holds a video with no sound)"),
    ("speech.m4a", {"max_duration_hours": 0.001}, "speech.m4a: is 0:07 long, over the 0.001-hour limit"),
    (
        "five-hours.mp3",
        {},
        "five-hours.mp3: is 5:00:00 long, over the 4-hour limit (DEBRIEF_MAX_DURATION_HOURS sets it)",
    ),
    ("speech.m4a", {"max_file_mb": 0.01}, "speech.m4a: is 0 MB, over the 0.01 MB limit (DEBRIEF_MAX_FILE_MB sets it)"),
    # measured from its packets (up to the limit), not from FFmpeg's bit-rate estimate, which is far too long
    ("vbr-noxing.mp3", {"max_duration_hours": 0.005}, "vbr-noxing.mp3: runs past the 0.005-hour limit"),
]


@pytest.mark.parametrize(("name", "overrides", "expected"), REFUSED)
def test_check_media_refuses_with_one_line(media, tmp_path: Path, name: str, overrides: dict, expected: str) -> None:
    settings = Settings(home=tmp_path, **overrides)
    with pytest.raises(InputFileError) as err:
        probe.check_media(media[name], settings)
    assert expected in one_line(err.value, name)


DECODABLE = ["speech.m4a", "speech.mp3", "faststart.m4a", "talk.mp4", "silence.m4a", "noise.m4a", "cut-noxing.mp3",
             "cut.mp3", "cut-faststart.m4a"]  # fmt: skip


@pytest.mark.parametrize("name", DECODABLE)
def test_check_media_passes_what_may_be_decoded(media, tmp_path: Path, name: str) -> None:
    before = probe.check_media(media[name], Settings(home=tmp_path))
    assert before.size == media[name].stat().st_size > 0


def test_a_transcript_over_the_size_limit_is_refused_too(tmp_path: Path) -> None:
    vtt = Path(shutil.copy(VTT, tmp_path / VTT.name))
    assert probe.check_media(vtt, Settings(home=tmp_path)).size > 0
    with pytest.raises(InputFileError, match="MB limit") as err:
        probe.check_media(vtt, Settings(home=tmp_path, max_file_mb=0.001))
    one_line(err.value, VTT.name)


def test_the_stated_length_is_trusted_only_when_exact(media) -> None:
    """An mp3 without a Xing frame count only has a bit-rate estimate: measure it from its packets instead."""
    with av.open(str(media["vbr-noxing.mp3"])) as container:
        estimate = container.duration / av.time_base
    real = 5 + 2 * 7.3
    assert estimate > 1.5 * real  # the premise: FFmpeg's estimate for this VBR file is far off
    assert probe.media_info(media["vbr-noxing.mp3"]).declared_seconds is None
    assert probe.measure_seconds(media["vbr-noxing.mp3"]) == pytest.approx(real, abs=0.2)
    assert probe.measure_seconds(media["vbr-noxing.mp3"], stop_after=3.0) < 4.0  # stops early
    assert probe.media_info(media["speech.mp3"]).declared_seconds == pytest.approx(7.3, abs=0.1)  # Xing: exact
    assert probe.media_info(media["speech.m4a"]).declared_seconds == pytest.approx(7.3, abs=0.1)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("cut.mp3", "cut.mp3: is cut off: only 0:04 of its 0:07 could be decoded; copy or export it again"),
        ("cut-faststart.m4a", "cut-faststart.m4a: is cut off: only 0:04 of its 0:07 could be decoded"),
    ],
)
def test_a_recording_cut_short_of_its_stated_length_is_refused(media, name: str, expected: str) -> None:
    with pytest.raises(InputFileError) as err:
        transcribe.decode(media[name])
    assert expected in one_line(err.value, name)


def test_an_overlong_recording_is_refused_before_it_is_decoded(media, tmp_path: Path, monkeypatch) -> None:
    import faster_whisper.audio

    def no_decoding(*_args, **_kwargs):
        raise AssertionError("decoded")

    monkeypatch.setattr(faster_whisper.audio, "decode_audio", no_decoding)
    with pytest.raises(InputFileError, match=r"^five-hours\.mp3: is 5:00:00 long, over the 4-hour limit"):
        transcribe.transcribe(media["five-hours.mp3"], Settings(home=tmp_path))


def test_an_mp3_cut_off_with_no_stated_length_is_decoded_as_far_as_it_goes(media) -> None:
    """A recorder that stopped mid-write leaves an mp3 with no length of its own: it is drafted from what is there."""
    audio = transcribe.decode(media["cut-noxing.mp3"])
    assert 3.0 < audio.size / RATE < 4.5


def test_decode_says_no_audio_track_even_when_called_alone(media) -> None:
    with pytest.raises(InputFileError, match=r"^mute\.mp4: has no audio track"):
        transcribe.decode(media["mute.mp4"])


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"%PDF-1.4\n\xe2\xe3", "a PDF document"),
        (b"PK\x03\x04\x14\x00", "a zip archive or an Office document"),
        (b"\xef\xbb\xbfWEBVTT\n\n00:00.000 --> 00:01.000\nHi", "a WebVTT transcript"),
        ("Réunion: on se voit à 15 h — d'accord?\n".encode() * 200, "it is text"),  # a character cut at 4096 bytes
        (b"\x00\x00\x00\x18ftypM4A \x00\x00\x00\x00" + bytes(100), "its MP4 index is missing"),
        (b"\xff\xfb\x90\x00" + bytes(range(256)), None),  # binary: FFmpeg's own reason is given instead
        (b"\x00\x01\x02text", None),
    ],
)
def test_what_a_non_media_file_is(tmp_path: Path, head: bytes, expected: str | None) -> None:
    path = tmp_path / "file.m4a"
    path.write_bytes(head)
    said = probe.what_it_is(path)
    assert (said is None) if expected is None else (expected in said)


# --- changed or gone while it was processed -------------------------------------------------------------------------
def appended(path: Path) -> None:
    with path.open("ab") as fh:
        fh.write(b"more")


def rewritten_same_size(path: Path) -> None:
    time.sleep(0.02)  # past the file system's clock tick
    data = path.read_bytes()
    path.write_bytes(data[::-1])


def replaced(path: Path) -> None:
    data = path.read_bytes()
    (path.parent / "new.tmp").write_bytes(data)
    os.replace(path.parent / "new.tmp", path)  # same size, same content even: a different file


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (appended, "changed while it was being processed; nothing was written"),
        (rewritten_same_size, "changed while it was being processed"),
        (replaced, "changed while it was being processed"),
        (Path.unlink, "disappeared while it was being processed; nothing was written"),
    ],
)
def test_check_unchanged(media, tmp_path: Path, change: Callable[[Path], None], expected: str) -> None:
    path = copy(media, "speech.m4a", tmp_path)
    before = probe.check_media(path, Settings(home=tmp_path))
    probe.check_unchanged(path, before)  # untouched: fine
    with pytest.raises(InputFileError) as err:
        change(path)
        probe.check_unchanged(path, before)
    assert expected in one_line(err.value, "speech.m4a")


def test_reading_a_file_does_not_count_as_a_change(media, tmp_path: Path) -> None:
    path = copy(media, "speech.m4a", tmp_path)
    before = probe.check_media(path, Settings(home=tmp_path))
    transcribe.decode(path)
    probe.check_unchanged(path, before)


# --- the stage sequence: draft_meeting -------------------------------------------------------------------------------
def nothing_written(out: Path, settings: Settings) -> None:
    assert not out.exists() or sorted(out.iterdir()) == []
    assert store_for(settings).count(MeetingRow) == 0


DRAFT_REFUSED = [
    ("empty.m4a", {}, "the file is empty"),
    ("notes.m4a", {}, "it is text, not a recording"),
    ("transcript.m4a", {}, "it is a WebVTT transcript"),
    ("slides.mp4", {}, "it is a PDF document"),
    ("cut.m4a", {}, "its MP4 index is missing"),
    ("cut.mp3", {}, "is cut off: only 0:04 of its 0:07"),
    ("cut-faststart.m4a", {}, "is cut off"),
    ("mute.mp4", {}, "has no audio track"),
    ("agenda.docx", {}, "not a Word document"),
    ("agenda.pages", {}, "unsupported file type '.pages'"),
    ("speech.m4a", {"max_duration_hours": 0.001}, "over the 0.001-hour limit"),
    ("five-hours.mp3", {}, "is 5:00:00 long, over the 4-hour limit"),
    pytest.param("speech.m4a", {"max_file_mb": 0.01}, "MB limit"),
]


@pytest.mark.parametrize(("name", "overrides", "expected"), DRAFT_REFUSED)
def test_draft_meeting_refuses_bad_audio_and_writes_nothing(
    media, settings: Settings, tmp_path: Path, name: str, overrides: dict, expected: str
) -> None:
    settings = settings.model_copy(update=overrides)
    source = copy(media, name, tmp_path / "in")
    out = tmp_path / "out"
    with pytest.raises(InputFileError) as err:
        draft_meeting(source, out, settings)
    assert expected in one_line(err.value, name)
    nothing_written(out, settings)
    assert source.exists()  # the input stays where it was


@pytest.mark.slow
@pytest.mark.parametrize(
    ("change", "expected"),
    [(appended, "changed while it was being processed"), (Path.unlink, "disappeared while it was being processed")],
)
def test_a_recording_that_changes_during_transcription_is_refused(
    media, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change, expected: str
) -> None:
    source = copy(media, "speech.m4a", tmp_path / "in")
    out = tmp_path / "out"
    real = transcribe.transcribe

    def transcribe_then_change(path: Path, *args, **kwargs):
        transcript = real(path, *args, **kwargs)
        change(path)  # the user saves over it, or deletes it, while Whisper was busy
        return transcript

    monkeypatch.setattr(transcribe, "transcribe", transcribe_then_change)
    with pytest.raises(InputFileError) as err:
        draft_meeting(source, out, settings)
    assert expected in one_line(err.value, "speech.m4a")
    nothing_written(out, settings)


# --- drafted: silence, noise, a video with sound, an awkward name (real model) -----------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("name", ["silence.m4a", "noise.m4a"])
def test_silence_and_noise_are_drafted_with_nothing_invented(media, settings: Settings, tmp_path: Path, name) -> None:
    result = draft_meeting(copy(media, name, tmp_path / "in"), tmp_path / "out", settings)
    record = result.record
    assert record.transcript.source_kind == "audio" and record.transcript.segments == []
    assert record.transcript.duration == pytest.approx(8.0, abs=0.2)
    assert record.action_items == [] and record.agreements == []
    assert sorted(p.suffix for p in result.paths.values()) == [".docx", ".json", ".md"]
    md = result.paths["md"].read_text(encoding="utf-8")
    assert "## Agreements\n\nNone recorded." in md and "## Action items\n\nNone recorded." in md


@pytest.mark.slow
def test_an_empty_recording_report_says_no_speech_was_found(media, settings: Settings, tmp_path: Path) -> None:
    from docx import Document

    result = draft_meeting(copy(media, "silence.m4a", tmp_path / "in"), tmp_path / "out", settings)
    assert "No speech was found in the recording" in result.paths["md"].read_text(encoding="utf-8")
    docx = "\n".join(p.text for p in Document(str(result.paths["docx"])).paragraphs)
    assert "No speech was found in the recording" in docx


@pytest.mark.slow
def test_an_mp4_with_sound_is_drafted(media, settings: Settings, tmp_path: Path) -> None:
    result = draft_meeting(copy(media, "talk.mp4", tmp_path / "in"), tmp_path / "out", settings)
    record = result.record
    assert "option b" in record.transcript.text().lower()
    assert any("option B" in a.text for a in record.agreements), record.agreements
    assert any("estimate" in a.task and str(a.due_text) == "by Friday" for a in record.action_items)


# --- the commands: debrief process, watch, batch ----------------------------------------------------------------------
def debrief(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "DEBRIEF_HOME": str(home), "HF_HUB_OFFLINE": "1", **env}
    environ.pop("PREFECT_API_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True, env=environ, timeout=900
    )


PROCESS_REFUSED = {
    "empty.m4a": "the file is empty",
    "notes.m4a": "it is text, not a recording",
    "cut.m4a": "its MP4 index is missing",
    "cut.mp3": "is cut off",
    "mute.mp4": "has no audio track",
    "agenda.docx": "not a Word document",
    "agenda.pages": "unsupported file type",
}


@pytest.mark.slow
def test_debrief_process_one_line_per_bad_file_and_the_rest_drafted(media, tmp_path: Path) -> None:
    """One run with every bad recording, a long one, a good transcript and a good recording with an awkward name."""
    folder = tmp_path / "in"
    bad = [copy(media, name, folder) for name in PROCESS_REFUSED]
    odd = copy(media, "odd-notes.m4a", folder, as_name=ODD_NOTES)
    good = [Path(shutil.copy(VTT, folder / VTT.name)), copy(media, "speech.m4a", folder, as_name=ODD_NAME)]
    out = tmp_path / "out"
    files = [str(p) for p in (*bad, odd, *good)]
    result = debrief("process", *files, "--out", str(out), home=tmp_path / "home", DEBRIEF_MAX_DURATION_HOURS="0.5")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(bad) + 1, result.stderr
    for line, (name, reason) in zip(lines, [*PROCESS_REFUSED.items(), (odd.name, "it is text")], strict=True):
        assert line.startswith(f"debrief: error: {name}: ") and reason in line, line
    drafted = sorted(p.name for p in out.iterdir())
    odd_stem = Path(ODD_NAME).stem
    assert drafted == sorted(
        [f"{odd_stem}.contact-report.docx", f"{odd_stem}.json", f"{odd_stem}.md"]
        + [f"{VTT.stem}.contact-report.docx", f"{VTT.stem}.json", f"{VTT.stem}.md"]
    )
    assert f"{ODD_NAME}: drafted in" in result.stdout
    record = MeetingRecord.model_validate_json((out / f"{odd_stem}.json").read_text(encoding="utf-8"))
    assert record.meeting.source_name == ODD_NAME and "option b" in record.transcript.text().lower()
    assert all(p.exists() for p in (*bad, odd, *good))  # nothing moved or lost


WATCH_REFUSED = {**{k: v for k, v in PROCESS_REFUSED.items() if k != "agenda.pages"}, "transcript.m4a": "WebVTT"}


@pytest.mark.slow
def test_watch_moves_each_bad_recording_to_failed_with_a_note(media, settings: Settings) -> None:
    from pipeline.watch import watch

    for name in WATCH_REFUSED:
        copy(media, name, settings.inbox)
    copy(media, "odd-notes.m4a", settings.inbox, as_name=ODD_NOTES)
    shutil.copy(VTT, settings.inbox / VTT.name)
    lines: list[str] = []
    outcomes = watch(None, settings, once=True, settle=0.1, interval=0.05, preload=False, echo=lines.append)
    statuses = {o.name: o.status for o in outcomes}
    assert statuses == {**dict.fromkeys(WATCH_REFUSED, "failed"), ODD_NOTES: "failed", VTT.name: "done"}
    assert sorted(p.name for p in settings.processed.iterdir()) == [VTT.name]
    assert list(settings.inbox.iterdir()) == []
    for name, reason in [*WATCH_REFUSED.items(), (ODD_NOTES, "it is text")]:
        assert (settings.failed / name).exists()
        note = (settings.failed / f"{name}.error.txt").read_text(encoding="utf-8")
        assert f"from {name}." in note and reason in note and "Traceback" not in note
    assert sorted(p.name for p in settings.reports.iterdir()) == sorted(
        [f"{VTT.stem}.contact-report.docx", f"{VTT.stem}.json", f"{VTT.stem}.md"]
    )
    assert not any("Traceback" in line for line in lines)


@pytest.mark.slow
def test_watch_moves_an_unsupported_file_to_failed_with_a_note(media, settings: Settings) -> None:
    from pipeline.watch import watch

    copy(media, "agenda.pages", settings.inbox)
    watch(None, settings, once=True, settle=0.1, interval=0.05, preload=False, echo=lambda _line: None)
    note = (settings.failed / "agenda.pages.error.txt").read_text(encoding="utf-8")
    assert "unsupported file type '.pages'" in note


@pytest.mark.slow
def test_batch_reports_each_bad_recording_and_drafts_the_rest(media, settings: Settings, tmp_path: Path) -> None:
    from pipeline.batch import run_batch

    folder = tmp_path / "week"
    for name in WATCH_REFUSED:
        copy(media, name, folder)
    copy(media, "silence.m4a", folder)
    copy(media, "speech.m4a", folder, as_name=ODD_NAME)
    shutil.copy(VTT, folder / VTT.name)
    report = run_batch(folder, settings, workers=1, summary=False)
    results = {r.name: r for r in report.results}
    assert {n: r.status for n, r in results.items()} == {
        **dict.fromkeys(WATCH_REFUSED, "failed"),
        "silence.m4a": "drafted",
        ODD_NAME: "drafted",
        VTT.name: "drafted",
    }
    for name, reason in WATCH_REFUSED.items():
        assert reason in results[name].detail and "\n" not in results[name].detail
        note = (settings.failed / f"{name}.error.txt").read_text(encoding="utf-8")
        assert (settings.failed / name).exists() and reason in note and "Traceback" not in note
    assert results["silence.m4a"].actions == 0 and results["silence.m4a"].agreements == 0
    assert results[ODD_NAME].actions >= 1
    assert store_for(settings).count(MeetingRow) == 3
