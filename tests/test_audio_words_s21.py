"""Words from recordings: how Whisper tiny.en writes the short replies of a client call. Heard for "Will do.", it
writes "Well good."; for "by the end of the week" closing a clause, "I'd end of the week". The parser gets the words
that were said. Dialogues written here as Whisper writes speech.
tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday."""

from __future__ import annotations

import pytest

from pipeline.extract.asr import normalise
from tests.support import CALL
from tests.support import extract_spoken as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def items(turns: list[tuple[str, str]]) -> list[tuple[str | list[str] | None, str, str | None]]:
    return [(a.owner, a.task, a.due.isoformat() if a.due else None) for a in run(turns).action_items]


@pytest.mark.parametrize(
    ("spoken", "read"),
    [
        ("Sure, well good.", "Sure, will do."),
        ("Yeah, well good. I'll ring the printer first.", "Yeah, will do. I'll ring the printer first."),
        ("Well good.", "Will do."),
        # "well good" inside a clause is what it says
        ("That's well good, thanks.", "That's well good, thanks."),
        ("Well, good point.", "Well, good point."),
        ("The shoot went well. Good.", "The shoot went well. Good."),
        # "I'd end of the week" is "by the end of the week"
        (
            "Send the note to the trade titles, I'd end of the week, ideally.",
            "Send the note to the trade titles, by end of the week, ideally.",
        ),
        ("I'll have the deck over I'd end of day.", "I'll have the deck over by end of day."),
        ("I'd end up chasing it anyway.", "I'd end up chasing it anyway."),
        ("I'd end the call there.", "I'd end the call there."),
    ],
)
def test_whisper_spellings_of_short_replies_and_deadlines_are_read_as_said(spoken: str, read: str) -> None:
    assert normalise(spoken) == read


@pytest.mark.parametrize("reply", ["Well good.", "Okay, well good."])
def test_a_will_do_heard_as_well_good_accepts_the_request(reply: str) -> None:
    got = items([(PRITI, "Theo, could you send the printer the revised proofs on Friday?"), (THEO, reply)])
    assert got == [(THEO, "send the printer the revised proofs", "2026-03-06")]


def test_a_well_good_inside_a_sentence_accepts_nothing() -> None:
    got = items([(PRITI, "Could someone send the printer the revised proofs?"), (THEO, "That went well good, mind.")])
    assert got == []


def test_a_deadline_heard_as_i_d_end_of_the_week_dates_the_item() -> None:
    got = items([(NELL, "I'll send the embargo note to the trade titles, I'd end of the week.")])
    assert got == [(NELL, "send the embargo note to the trade titles", "2026-03-06")]
