"""A promise dated by the turn's closing words alone (GUIDELINES §5: `due_text` may come from elsewhere in the
turn): "I'll audit the keyword list. There's a lot of waste in there. By next Tuesday." is due next Tuesday; not
when someone else's work was promised between, nor when the words go on. Dialogues written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4 March
2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def dues(text: str) -> list[tuple[str, str | None]]:
    turns = [(PRITI, "Where are we on search?"), (NELL, text), (OWEN, "Good. Next, the radio copy.")]
    return [(owner, due) for owner, _, due, _ in call_items(turns) if isinstance(owner, str)]


def test_a_closing_date_dates_the_promise() -> None:
    text = "And I'll audit the keyword list. There's a lot of broad match in there burning money. By next Tuesday."
    assert dues(text) == [(NELL, "2026-03-10")]


@pytest.mark.parametrize(
    "text",
    [
        "I'll audit the keyword list. Owen will send you the spend report. By next Tuesday.",  # Owen's date
        "I'll audit the keyword list. By next Tuesday the launch plan should be signed, though.",  # said of another
    ],
)
def test_a_date_said_of_other_work_does_not_date_it(text: str) -> None:
    assert (NELL, None) in dues(text)


def test_an_earlier_day_asked_of_the_side_and_taken_dates_its_work() -> None:
    """deadlines._proposes: the work is the agency's ("we'll have it with you"), the ask right after it."""
    turns = [
        (NELL, "Okay, so we'll turn all of this into a revised plan and have it with you by the end of next week."),
        (PRITI, "Ooh. Can I have it Monday? The board pack closes on Tuesday."),
        (NELL, "Monday. Okay, yes, we can do Monday."),
        (OWEN, "Good. Next, the radio copy."),
    ]
    assert [(owner, due) for owner, _, due, _ in call_items(turns)] == [("agency", "2026-03-09")]
