"""Session 58, drafts from recordings: a change of voice inside a phrase.

The voice windows are 1.6 s long, so the change from one speaker to the next can land a word or two early or late.
Where it lands after a word no sentence stops on ("... will raise the" | "PO by the first,") or inside a word
Whisper gave as two ("three o" | "'clock,"), the words up to the next punctuation mark are the first speaker's
(``align.hold_hanging``, run by ``attach_speakers`` before the segments are cut)."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.schemas import Attendee, Segment, Transcript, Word
from pipeline.speakers import Diarization, align, attach_speakers

A, B = "Speaker 1", "Speaker 2"


def spoken(text: str, first: int) -> tuple[list[Word], list[str]]:
    """Words 0.3 s apart, the first ``first`` given to A and the rest to B."""
    toks = text.split()
    ws = [Word(start=0.3 * i, end=0.3 * i + 0.25, text=t) for i, t in enumerate(toks)]
    return ws, [A] * first + [B] * (len(toks) - first)


@pytest.mark.parametrize(
    ("text", "first", "held"),
    [
        # the voice changes after "the": "PO by the first," is still A's sentence
        ("our finance team will raise the PO by the first, pay off is the second.", 6, 10),
        # "o'clock" as Whisper's two words, the change between them
        ("Please. By what, three o 'clock, three's fine?", 5, 6),
        ("send it over to your team by Friday, great, thanks.", 5, 8),
    ],
)
def test_a_change_of_voice_inside_a_phrase_moves_to_its_punctuation(text: str, first: int, held: int) -> None:
    ws, labels = spoken(text, first)
    out = align.hold_hanging(ws, labels)
    assert out == [A] * held + [B] * (len(ws) - held), list(zip([w.text for w in ws], out, strict=True))


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # must not: the word before the change ends a sentence or can end one
        ("I'll send it over. Great, thanks, lovely.", 4),
        ("I'll send that great, thanks, lovely.", 3),
        ("let's pick it up tomorrow sure, fine, thanks.", 5),
        # must not: no punctuation within reach
        ("we'll need the one with the the big screen and the sound desk too", 2),
        # must not: the new voice says nothing after the punctuation mark (it would be left with no words)
        ("can you raise the PO by Friday,", 4),
        # must not: the punctuation mark comes after the new voice has stopped
        ("it goes to the", 3),
    ],
)
def test_a_change_after_a_word_that_can_end_a_sentence_stays(text: str, first: int) -> None:
    ws, labels = spoken(text, first)
    assert align.hold_hanging(ws, labels) == labels


def test_attach_speakers_cuts_the_turn_after_the_phrase() -> None:
    text = (
        "Oh, and we'll need a purchase order, won't we? Our finance team will raise the PO by the first, "
        "so that's spot on."
    )
    ws, _ = spoken(text, 0)
    labels = [0] * 15 + [1] * (len(ws) - 15)  # the voice changes after "the", before "PO"
    seg = Segment(index=0, start=ws[0].start, end=ws[-1].end, text=text, words=ws)
    people = [Attendee(name="Kate Brennan", side="client"), Attendee(name="Mo Qureshi", side="agency")]
    out = attach_speakers(Transcript(source_kind="audio", segments=[seg]), Diarization(np.array(labels), 2), people)
    texts = [s.text for s in out.segments]
    assert texts[0].endswith("will raise the PO by the first,"), texts
    assert texts[1] == "so that's spot on.", texts
