"""Defects found drafting a brewery's monthly PR call (a Zoom .vtt with its sidecar) as a new user would (session 40):
"Sure, I'll write something up." followed by the closing "Thanks both, speak in a month." dated the write-up a month
on and left Next meeting "To be arranged"; "send a few lines on the festival I can put" (a clause cut off by the
length limit); and the picks "Bar it is." / "Regional it is." stated as said, summarised "We agreed that Regional it
is and that Bar it is."."""

from __future__ import annotations

import pytest
from support import CALL_DATE, NEXT, call, opened_call, opened_items

from pipeline.documents.summary import agreements_sentence

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"
ASKED = (PRITI, "Could someone send me a few lines on the festival for the newsletter?")


@pytest.mark.parametrize("closing", ["Thanks both, speak in a month.", "Lovely, talk to you next month."])
def test_a_meeting_set_in_the_closing_words_is_no_deadline(closing: str) -> None:
    found = call([ASKED, (NELL, f"Sure, I'll write something up. Right, that's everything. {closing}")])
    assert [(a.task, a.due) for a in found.action_items] == [
        ("send a few lines on the festival for the newsletter", None)
    ]
    assert found.next_meeting == "Wednesday 1 April 2026"  # the same weekday nearest a month on from 4 March


def test_a_date_promised_beside_the_next_meeting_stays() -> None:
    found = call([ASKED, (NELL, "Sure, I'll have something with you next month. Speak in a month.")])
    assert [a.due.isoformat() if a.due else None for a in found.action_items] == ["2026-04-30"]


@pytest.mark.parametrize(
    ("asked", "task"),
    [
        (
            "Could someone send me a few lines on the festival I can put in the staff newsletter?",
            "send a few lines on the festival",
        ),
        ("Could you send me a few lines I can use in the newsletter?", "send a few lines I can use in the newsletter"),
    ],
)
def test_a_task_cut_for_length_loses_a_whole_clause(asked: str, task: str) -> None:
    assert opened_items([(PRITI, asked), (NELL, "Sure.")]) == [(NELL, task, None)]


@pytest.mark.parametrize(
    ("turns", "text"),
    [
        (
            [
                (NELL, "They've offered a speaking slot or a tasting bar, not both. The bar costs more."),
                (PRITI, "I'd go for the tasting bar. Owen?"),
                (OWEN, "Bar, definitely."),
                (NELL, "Okay, bar it is."),
            ],
            "We go with the tasting bar.",
        ),
        (
            [
                (NELL, "We think the best category is Best Regional Campaign rather than Best Launch."),
                (PRITI, "Makes sense. Regional it is."),
            ],
            "We go with Best Regional Campaign.",
        ),
        ([(NELL, "We could shoot in Lisbon or in Porto."), (PRITI, "Lisbon, then.")], "We go with Lisbon."),
        (
            [(NELL, "We can print five thousand or ten thousand copies."), (PRITI, "Ten thousand it is.")],
            "Ten thousand it is.",
        ),
    ],
)
def test_a_pick_is_stated_as_the_option_named_before(turns: list[tuple[str, str]], text: str) -> None:
    agreed = opened_call([*turns, NEXT]).agreements
    assert [a.text for a in agreed] == [text]


def test_the_summary_reads_the_picks_as_choices() -> None:
    agreed = opened_call(
        [
            (NELL, "They've offered a speaking slot or a tasting bar, not both. The bar costs more."),
            (PRITI, "Bar, definitely. Bar it is."),
            NEXT,
        ]
    ).agreements
    assert agreements_sentence(agreed) == "We agreed to go with the tasting bar."
    assert CALL_DATE.isoformat() == "2026-03-04"
