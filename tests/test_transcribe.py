"""Transcription: the real faster-whisper tiny.en on a committed sample, prompts, and bad audio."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

import pytest

from pipeline import transcribe
from pipeline.errors import InputFileError
from pipeline.settings import Settings
from tests.support import SAMPLES


@pytest.fixture(scope="module")
def sample_transcript():
    settings = Settings()
    return transcribe.transcribe(SAMPLES / "pennant-social-review.ogg", settings)


@pytest.mark.slow
def test_real_model_transcribes_a_sample_with_word_timestamps(sample_transcript) -> None:
    t = sample_transcript
    assert t.source_kind == "audio" and t.language == "en"
    assert 60 <= t.duration <= 120
    assert len(t.segments) >= 3
    assert [s.index for s in t.segments] == list(range(len(t.segments)))
    starts = [s.start for s in t.segments]
    assert starts == sorted(starts)
    assert all(s.words and s.start <= s.words[0].start + 0.5 for s in t.segments)
    assert all(isinstance(w.start, float) for s in t.segments for w in s.words)  # numpy floats cast
    text = t.text().lower()
    assert "friday" in text or "tuesday" in text or "wednesday" in text


@pytest.mark.slow
def test_model_is_loaded_once_per_process() -> None:
    settings = Settings()
    assert transcribe.model_for(settings) is transcribe.model_for(settings)


def test_prompts_default_and_client_glossary(tmp_path: Path) -> None:
    (tmp_path / "clients").mkdir()
    (tmp_path / "default.txt").write_text("Agency call. WIP, contact report.\n")
    (tmp_path / "clients" / "fernhill-foods.txt").write_text("# brands\nFernhill\nCrumbly Oat Bites\n\n")
    settings = Settings(prompts_dir=tmp_path)
    assert transcribe.prompt_for("Fernhill Foods", settings) == (
        "Agency call. WIP, contact report. Fernhill, Crumbly Oat Bites."
    )
    assert transcribe.prompt_for("Unknown Co", settings) == "Agency call. WIP, contact report."
    assert transcribe.prompt_for(None, Settings(prompts_dir=tmp_path / "nowhere")) is None
    assert transcribe.client_slug("Harbourside Pet Co.") == "harbourside-pet-co"


def silence_wav(path: Path, seconds: float) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        frames = int(16000 * seconds)
        w.writeframes(b"".join(struct.pack("<h", int(50 * math.sin(i / 8))) for i in range(frames)))
    return path


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.wav", b"", "the file is empty"),
        ("notes.mp3", b"These are meeting notes, not a recording.\n" * 40, "cannot be decoded as audio"),
        ("truncated.m4a", b"\x00\x00\x00\x20ftypM4A " + bytes(200), "cannot be decoded as audio"),
    ],
)
def test_bad_audio_raises_a_one_line_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputFileError, match=reason) as err:
        transcribe.decode(path)
    assert "\n" not in str(err.value) and str(err.value).startswith(name)


def test_too_short_audio_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="contains no audio"):
        transcribe.decode(silence_wav(tmp_path / "blip.wav", 0.2))


def words_of(*timed: tuple[str, float]) -> list:
    from pipeline.schemas import Word

    return [Word(text=t, start=s, end=s + 0.3) for t, s in timed]


def test_words_regroup_into_sentences_at_punctuation_and_pauses() -> None:
    words = words_of(
        ("Okay,", 0.0), ("let's", 0.4), ("go", 0.8), ("with", 1.0), ("option", 1.2), ("B.", 1.5),
        ("I'll", 1.9), ("send", 2.2), ("it", 2.5), ("by", 2.8), ("Friday", 3.0),
        ("Thanks", 6.0), ("e.g.", 6.2), ("the", 6.5), ("$48", 6.8), (",000?", 7.0),
    )  # fmt: skip
    segments = transcribe.sentences(words)
    assert [s.text for s in segments] == [
        "Okay, let's go with option B.",
        "I'll send it by Friday",  # cut by the 2.7 s pause
        "Thanks e.g. the $48,000?",  # "e.g." followed by a lower-case word does not end a sentence
    ]
    assert [(s.index, s.start, s.end) for s in segments] == [(0, 0.0, 1.8), (1, 1.9, 3.3), (2, 6.0, 7.3)]
    assert sum(len(s.words) for s in segments) == len(words)


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        (["Finance", "will", "re", "-issue", "the", "invoices."], "Finance will re-issue the invoices."),
        (["45", "-day", "terms,", "production", "350."], "45-day terms, production 350."),
        (["Okay,", "the", "teaser", "is", "signed", "-off."], "Okay, the teaser is signed-off."),
        (["30", "-second", "hero,", "six", "-second", "cutdowns."], "30-second hero, six-second cutdowns."),
        # a dash that is a pause, and a minus sign before a number, keep their space
        (["It's", "fine", "-", "mostly."], "It's fine - mostly."),
    ],
)
def test_the_halves_of_a_hyphenated_word_are_one_word(tokens: list[str], text: str) -> None:
    """Whisper gives "re-issue" as "re" and "-issue": the sentence reads as it was said, so the task and the
    matching read one word, not "re" and "issue"."""
    words = words_of(*((tok, 0.2 * i) for i, tok in enumerate(tokens)))
    assert transcribe.join_words(words) == text


def test_speech_left_without_words_is_found() -> None:
    words = words_of(("Right.", 0.1), ("then.", 0.5), ("Lovely.", 10.2), ("Bye.", 21.0))
    speech = [(0.0, 1.4), (2.5, 7.5), (10.0, 10.7), (14.0, 14.6), (20.0, 32.0)]
    # 0-1.4 s: more than a third has words; 2.5-7.5 s: none; 10-10.7 s and 14-14.6 s: under a second, too short to
    # decode alone; 20-32 s: one word in twelve seconds
    assert transcribe.unheard_speech(speech, words) == [(2.5, 7.5), (20.0, 32.0)]
    assert transcribe.unheard_speech(speech, []) == [(0.0, 1.4), (2.5, 7.5), (20.0, 32.0)]  # 1.1 s apart: two
    assert transcribe.unheard_speech([], words) == []
    # one dropped turn, cut by VAD at short pauses, is one clip, up to Whisper's 30 s window
    turn = [(40.0, 43.2), (43.0, 47.5), (48.1, 52.0), (52.4, 66.0), (66.3, 71.0), (75.0, 77.0)]
    assert transcribe.unheard_speech(turn, words) == [(40.0, 66.0), (66.3, 71.0), (75.0, 77.0)]


def test_words_decoded_again_fill_only_the_gaps() -> None:
    words = words_of(("Right.", 0.1), ("Bye.", 21.0))
    found = words_of(("Right.", 0.2), ("So", 3.0), ("the", 3.4), ("budget.", 3.8), ("Later", 12.0))
    # "Right." overlaps a word already there; "Later" lies outside the stretches decoded again
    out = transcribe.add_unheard(words, found, [(2.5, 7.5), (20.0, 32.0)])
    assert [w.text for w in out] == ["Right.", "So", "the", "budget.", "Bye."]


class _Batched:
    """Stands in for faster-whisper's batched pipeline: records the clips it is asked to decode."""

    def __init__(self, found: list) -> None:
        self.found, self.calls = found, []

    def transcribe(self, audio, **options):
        from types import SimpleNamespace

        self.calls.append(options)
        words = [SimpleNamespace(word=" " + w.text, start=w.start, end=w.end, probability=0.9) for w in self.found]
        return iter([SimpleNamespace(words=words)]), SimpleNamespace(language="en")


def test_refill_decodes_only_the_stretches_left_without_words(monkeypatch) -> None:
    import numpy as np
    from faster_whisper import vad

    speech = [{"start": 0, "end": 16000}, {"start": 48000, "end": 112000}]  # samples: 0-1 s heard, 3-7 s not
    monkeypatch.setattr(vad, "get_speech_timestamps", lambda audio, options: speech)
    batched = _Batched(words_of(("We'll", 3.2), ("book", 3.6), ("it.", 4.0)))
    words = words_of(("Hello", 0.1), ("all.", 0.5))
    out = transcribe._refill_unheard(batched, np.zeros(8 * 16000, dtype=np.float32), words, Settings())
    assert [w.text for w in out] == ["Hello", "all.", "We'll", "book", "it."]
    assert batched.calls[0]["clip_timestamps"] == [{"start": 3.0, "end": 7.0}]
    assert batched.calls[0]["initial_prompt"] is None  # attendee names would be put into short stretches

    monkeypatch.setattr(vad, "get_speech_timestamps", lambda audio, options: speech[:1])
    quiet = _Batched([])
    assert transcribe._refill_unheard(quiet, np.zeros(8 * 16000, dtype=np.float32), words, Settings()) == words
    assert quiet.calls == []  # nothing left unheard: no second decode


CONTAINERS = [("wav", "pcm_s16le"), ("mp3", "libmp3lame"), ("m4a", "aac"), ("mp4", "aac"), ("ogg", "libopus"),
              ("flac", "flac"), ("webm", "libopus")]  # fmt: skip


@pytest.mark.parametrize(("suffix", "codec"), CONTAINERS)
def test_every_supported_container_decodes(tmp_path: Path, suffix: str, codec: str) -> None:
    import av
    import numpy as np

    clip = transcribe.decode(SAMPLES / "pennant-social-review.ogg")[: 16000 * 8]
    rate = 48000 if codec == "libopus" else 16000
    samples = np.interp(np.arange(0, len(clip), 16000 / rate), np.arange(len(clip)), clip).astype(np.float32)
    path = tmp_path / f"clip.{suffix}"
    with av.open(str(path), "w") as container:
        stream = container.add_stream(codec, rate=rate, layout="mono")
        frame = av.AudioFrame.from_ndarray((samples * 32767).astype(np.int16)[None, :], format="s16", layout="mono")
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    decoded = transcribe.decode(path)
    assert abs(len(decoded) / 16000 - 8.0) < 0.3
    assert float(np.abs(decoded).mean()) > 0.2 * float(np.abs(clip).mean())
