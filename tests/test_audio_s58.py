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


def _voices(text: str, who: str) -> tuple[list[Word], list[str]]:
    """Words 0.3 s apart, one voice letter per word in ``who`` (A, B or C)."""
    toks = text.split()
    assert len(toks) == len(who)
    ws = [Word(start=0.3 * i, end=0.3 * i + 0.25, text=t) for i, t in enumerate(toks)]
    return ws, [f"Speaker {'ABC'.index(c) + 1}" for c in who]


@pytest.mark.parametrize(
    ("text", "heard", "meant"),
    [
        # the reply starts a word earlier, where Whisper put the comma: "you've gone then" is the answer
        ("window goes in, you've gone then, Wednesday,", "AAAABBB", "AAABBBB"),
        ("gone then, Wednesday, Wednesday's good, morning ish.", "BBBBAAA", "BBBAAAA"),
        # ... or a word later: "anything," ends the question
        ("confirm who's in before we print anything, should be fine,", "AAAAAABBBB", "AAAAAAABBB"),
    ],
)
def test_a_change_of_voice_one_word_from_a_comma_moves_to_it(text: str, heard: str, meant: str) -> None:
    ws, labels = _voices(text, heard)
    assert align.to_punctuation(ws, labels) == _voices(text, meant)[1]


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        # must not: the change is already at a stop
        ("I'll send it over. Great, thanks.", "AAAABB"),
        # must not: no comma or stop a word either side
        ("we'll book the big room for the whole team", "AAAABBBBB"),
        # must not: the word after is a third voice's, so "then," is not the second voice's to give
        ("Tuesday next week then, Liz, the second payment", "AAABCCCC"),
    ],
)
def test_a_change_of_voice_with_no_comma_beside_it_stays(text: str, heard: str) -> None:
    ws, labels = _voices(text, heard)
    assert align.to_punctuation(ws, labels) == labels


def test_attach_speakers_starts_the_reply_at_the_comma() -> None:
    text = "And Will, you and me should do a walk-round before the window goes in, you've gone then, Wednesday?"
    ws, _ = spoken(text, 0)
    labels = [0] * 15 + [1] * (len(ws) - 15)  # the voice changes after "you've"
    seg = Segment(index=0, start=ws[0].start, end=ws[-1].end, text=text, words=ws)
    people = [Attendee(name="Tom Achter", side="agency"), Attendee(name="Will Okonjo", side="client")]
    out = attach_speakers(Transcript(source_kind="audio", segments=[seg]), Diarization(np.array(labels), 2), people)
    texts = [s.text for s in out.segments]
    assert texts[0].endswith("before the window goes in,"), texts
    assert texts[1] == "you've gone then, Wednesday?", texts


# --- a request Whisper did not end with a question mark -------------------------------------------------------------
def _segment(text: str) -> Segment:
    ws = [Word(start=0.3 * i, end=0.3 * i + 0.25, text=t) for i, t in enumerate(text.split())]
    return Segment(index=0, start=0.0, end=ws[-1].end, text=text, words=ws)


@pytest.mark.parametrize(
    ("heard", "asked"),
    [
        (
            "Rich, could you get the allocations from the warehouse, you've got the relationship,",
            "Rich, could you get the allocations from the warehouse? you've got the relationship,",
        ),
        ("Owen, could you send the brief over", "Owen, could you send the brief over?"),
        (
            "Can our legal see it before it's signed, they got very twitchy last year.",
            "Can our legal see it before it's signed? they got very twitchy last year.",
        ),
        ("Great. So any chance you could share the deck.", "Great. So any chance you could share the deck?"),
    ],
)
def test_a_request_put_as_a_question_is_asked(heard: str, asked: str) -> None:
    out = align.mark_questions(_segment(heard))
    assert out.text == asked
    assert [w.text for w in out.words] == asked.split()


@pytest.mark.parametrize(
    "heard",
    [
        # must not: the asker takes it back
        "Tom, can you send the contract out to, actually, no, I'll do it.",
        # must not: no request put as a question
        "We could do that, you know.",
        "I can send it over tomorrow, you'll have it first thing.",
        # must not: runs into a new sentence with no mark ("Let me check" may be the answer, in the wrong voice)
        "Could we get the report translated into Welsh for Let me check",
        # must not: asked already
        "Could you check the figures? Great.",
    ],
)
def test_no_question_mark_where_nothing_is_asked(heard: str) -> None:
    assert align.mark_questions(_segment(heard)).text == heard


def test_attach_speakers_asks_the_request_the_answer_takes() -> None:
    ask = "Rich, could you get the allocations from the warehouse, you've got the relationship,"
    text = f"{ask} should be fine, Monday?"
    ws, _ = spoken(text, 0)
    labels = [0] * 12 + [1] * (len(ws) - 12)
    seg = Segment(index=0, start=ws[0].start, end=ws[-1].end, text=text, words=ws)
    people = [Attendee(name="Robin Salas", side="agency"), Attendee(name="Rich Abara", side="client")]
    out = attach_speakers(Transcript(source_kind="audio", segments=[seg]), Diarization(np.array(labels), 2), people)
    assert [s.text for s in out.segments][0] == (
        "Rich, could you get the allocations from the warehouse? you've got the relationship,"
    )
