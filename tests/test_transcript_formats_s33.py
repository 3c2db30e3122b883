"""More of the ways people's transcripts name the speaker, found by trying the product as a new user would: a line
"Sarah Chen - 00:07" or "00:07 - Sarah Chen" above the words, "Sarah Chen [00:00:07]: text" or "Sarah Chen 00:07:
text" inline, a note-taker's Markdown "**Sarah Chen**: text", and names in capitals ("SARAH CHEN: text") were read as
one turn with no speaker, or a person named in capitals. Every owner was lost, and nothing said so."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from pipeline import ingest, transcripts

NAMES = ["Sarah Chen", "David Hughes", "Sarah Chen", "David Hughes"]
SAID = [
    "Thanks for joining. Where are we on the hero film?",
    "On track. I'll send you the rough cut by Friday.",
    "Great. Can you send the media plan too?",
    "Yes, I'll do that tomorrow.",
]
EXPECTED = list(zip(NAMES, SAID, strict=True))


def written(form: str) -> str:
    return "\n".join(form.format(name=n, text=t, sec=7 * k) for k, (n, t) in enumerate(EXPECTED)) + "\n"


@pytest.mark.parametrize(
    "form",
    [
        "{name} - 00:{sec:02d}\n{text}\n",  # the name, a dash, the time, the words below
        "{name} – 0:{sec:02d}\n{text}\n",  # with an en dash
        "00:{sec:02d} - {name}\n{text}\n",  # the time first
        "{name} | 00:00:{sec:02d}\n{text}\n",
        "{name} [00:00:{sec:02d}]\n{text}\n",
        "{name} [00:00:{sec:02d}]: {text}",  # inline, the time in brackets after the name
        "{name} (00:{sec:02d}): {text}",
        "{name} 00:{sec:02d}: {text}",
        "00:{sec:02d} - {name}: {text}",
        "**{name}**: {text}",  # a note-taker's Markdown
        "**{name}:** {text}",
        "**{name}** 00:{sec:02d}\n{text}\n",
    ],
)
def test_each_way_of_naming_the_speaker_gives_the_turns(form: str) -> None:
    segments = transcripts.parse_plain(written(form))
    assert [(s.speaker, s.text) for s in segments] == EXPECTED


@pytest.mark.parametrize(
    "form", ["{name} - 00:{sec:02d}\n{text}\n", "{name} [00:00:{sec:02d}]: {text}", "00:{sec:02d} - {name}: {text}"]
)
def test_the_time_beside_the_name_is_the_turns_start(form: str) -> None:
    assert [s.start for s in transcripts.parse_plain(written(form))] == [0.0, 7.0, 14.0, 21.0]


def test_names_in_capitals_read_as_people() -> None:
    segments = transcripts.parse_plain(written("{name}: {text}").upper().replace("'LL", "'ll"))
    assert [s.speaker for s in segments] == NAMES
    assert transcripts.display_name("SPEAKER 2") == "Speaker 2"
    assert transcripts.display_name("JP MORGAN") == "JP Morgan"  # a short word in capitals may be initials
    assert transcripts.display_name("Sarah McDonald") == "Sarah McDonald"  # only a name all in capitals changes


@pytest.mark.parametrize(
    "text",
    [
        "Agenda - 10:30\nThe budget first.\nLunch - 12:30\n",  # a memo's times: one turn, nobody named
        "Ann: When shall we meet?\nBen: Thursday works.\nThe call - 10:30\nAnn: Great.\n",
    ],
)
def test_times_in_what_is_said_name_nobody(text: str) -> None:
    speakers = [s.speaker for s in transcripts.parse_plain(text)]
    assert "Agenda" not in speakers and "The call" not in speakers


def test_a_transcript_with_no_speaker_names_says_its_items_have_no_owner(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "call.txt"
    path.write_text("\n".join(SAID) + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        transcript, _ = ingest.read_transcript_file(path)
    assert all(s.speaker is None for s in transcript.segments)
    assert "call.txt: no speaker names found" in caplog.text
    assert "'Sarah Chen: text'" in caplog.text


def test_a_transcript_with_speakers_gives_no_such_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "call.txt"
    path.write_text(written("{name}: {text}"), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        ingest.read_transcript_file(path)
    assert "no speaker names" not in caplog.text
