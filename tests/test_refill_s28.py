"""Speech the batched decoder loses (faster-whisper #1179), found by comparing spoken meetings' true turn times
with the words Whisper gave: a clip decoded again can end early as well, and a sentence heard once can be put a
turn later, over speech that is then never decoded."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from pipeline import transcribe
from pipeline.settings import Settings
from tests.test_transcribe import words_of


def timed(text: str, start: float, step: float = 0.4) -> list:
    return words_of(*((w, start + step * i) for i, w in enumerate(text.split())))


class _Decoder:
    """Stands in for the batched pipeline: each call answers with the next list of words it was given, keeping
    those inside the clips asked for (as faster-whisper decodes only the clips)."""

    def __init__(self, *answers: list) -> None:
        self.answers, self.calls = list(answers), []

    def transcribe(self, audio, clip_timestamps, **options):
        self.calls.append(clip_timestamps)
        found = self.answers.pop(0) if self.answers else []
        inside = [w for w in found if any(c["start"] <= w.start < c["end"] for c in clip_timestamps)]
        words = [SimpleNamespace(word=" " + w.text, start=w.start, end=w.end, probability=0.9) for w in inside]
        return iter([SimpleNamespace(words=words)]), SimpleNamespace(language="en")


@pytest.fixture
def speech(monkeypatch):
    """VAD's speech: set by each test, in seconds."""
    from faster_whisper import vad

    spans: list[tuple[float, float]] = []
    monkeypatch.setattr(
        vad,
        "get_speech_timestamps",
        lambda audio, options: [{"start": int(s * 16000), "end": int(e * 16000)} for s, e in spans],
    )
    return spans


AUDIO = np.zeros(60 * 16000, dtype=np.float32)


def test_a_clip_decoded_again_that_ends_early_is_decoded_once_more(speech) -> None:
    speech += [(0.0, 2.0), (3.0, 8.0), (8.1, 14.0)]
    said = timed("Okay, you're right. Let's go with B.", 3.1) + timed("Easy. I'll rework B and have it Friday.", 8.2)
    decoder = _Decoder(said[:7], said[7:])  # the first decode of the clip stops after the first turn
    words = transcribe._refill_unheard(decoder, AUDIO, timed("Morning all.", 0.2), Settings())
    assert (
        transcribe.join_words(words)
        == "Morning all. Okay, you're right. Let's go with B. Easy. I'll rework B and have it Friday."
    )
    assert decoder.calls[0] == [{"start": 3.0, "end": 14.0}]
    assert decoder.calls[1] == [{"start": 8.1, "end": 14.0}]  # only what was still unheard


def test_decoding_again_stops_when_nothing_more_is_heard(speech) -> None:
    speech += [(3.0, 8.0)]
    decoder = _Decoder([], [])
    words = timed("Morning all.", 0.2)
    assert transcribe._refill_unheard(decoder, AUDIO, words, Settings()) == words
    assert len(decoder.calls) == 1


def test_a_sentence_put_over_the_next_turn_is_taken_off_it_and_that_turn_decoded(speech) -> None:
    """Turn 19 ends "B doesn't need any claims, it's all emotion." (17-20 s); the batched decoder gave that
    sentence at 37-40 s, over turn 22, and nothing for 17-37 s. Decoded again, 17-37 s gives the sentence in its
    place; the copy over turn 22 goes, and turn 22 is decoded in its turn."""
    speech += [(10.0, 16.8), (17.0, 20.5), (21.0, 24.0), (37.0, 41.0)]
    first = timed("Honestly, without the time claim, A is the weaker spot.", 10.2, 0.7)
    misplaced = timed("B doesn't need any claims, it's all emotion.", 37.1, 0.45)
    again = timed("B doesn't need any claims, it's all emotion.", 17.1) + timed(
        "Okay, you're right. Let's go with B.", 21.2
    )
    turn_22 = timed("I'll take it straight to legal.", 37.2, 0.7)
    decoder = _Decoder(again, turn_22)
    words = transcribe._refill_unheard(decoder, AUDIO, first + misplaced, Settings())
    assert transcribe.join_words(words) == (
        "Honestly, without the time claim, A is the weaker spot. B doesn't need any claims, it's all emotion. "
        "Okay, you're right. Let's go with B. I'll take it straight to legal."
    )
    assert decoder.calls[1] == [{"start": 37.0, "end": 41.0}]


def test_only_a_run_said_again_within_a_window_is_taken_as_misplaced() -> None:
    added = timed("Thursday works for me. We'll send the deck.", 20.0)
    # three words said again ("Thursday works for") is how people talk; a run of four or more is the decoder's
    three = timed("Thursday works for everyone?", 30.0)
    far = timed("We'll send the deck.", 55.0)  # more than a window away
    near = timed("We'll send the deck.", 45.0)
    words = sorted(added + three + far + near, key=lambda w: w.start)
    kept = transcribe.without_misplaced(words, added)
    assert transcribe.join_words(kept) == (
        "Thursday works for me. We'll send the deck. Thursday works for everyone? We'll send the deck."
    )
    assert kept[-4].start == 55.0


def test_a_word_the_decoder_loops_on_is_dropped_and_that_speech_decoded_again(speech) -> None:
    """The batched decoder has no temperature fallback: "Invitations capped for 3 -8 -8 -8 …" fifty times over the
    recap. The loop goes and the speech under it is decoded again (the words decoded again over words kept are left
    out); a word said four times stays."""
    speech += [(0.0, 3.0), (3.5, 12.0)]
    said = timed("No, no, no, no. Okay, let me recap.", 0.1, 0.35)
    loop = timed("Invitations capped for 3" + " -8" * 20, 3.6, 0.4)
    again = timed("Invitations capped at three eighty seated, bowl food, one ninety all in.", 3.6, 0.6)
    assert transcribe.join_words(transcribe.without_loops(said + loop)) == (
        "No, no, no, no. Okay, let me recap. Invitations capped for 3"
    )
    decoder = _Decoder(again)
    words = transcribe._refill_unheard(decoder, AUDIO, transcribe.without_loops(said + loop), Settings())
    assert transcribe.join_words(words) == (
        "No, no, no, no. Okay, let me recap. Invitations capped for 3 three eighty seated, bowl food, one ninety "
        "all in."
    )
