"""Session 51, task wording (branch words58).

* "with" and a participle after the object ("send you a shortlist with their fees agreed", "send the deck over
  with the typos fixed") says what is done to the thing before it goes: part of the work, kept in the task
  (``tasks.with_done``); the parser reads it as a clause of its own, which a task drops. Not a clause of
  another kind ("once it's signed off", "if they agree"). What is said of that state in turn ("clearly", "so
  nobody …") goes, and so does the listener it goes to ("over to you both").
* "so it …"/"so they …" of the object with a verb of fitting ("rework the supporting lines so they fit the new
  name", "fix the form so it works on mobile") says what the thing is made to fit: kept (``tasks.FITTING``; the CUT
  row "reason_inline" leaves it); "so" with another subject or verb ("so you've got the visuals", "so it doesn't
  clash") is still a reason, which goes.

The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and
Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("asked", "said", "task"),
    [
        (
            "I'd want to approve the speakers myself.",
            "Fair. We'll send you a shortlist with their past talks checked.",
            "send a shortlist with the speakers' past talks checked",
        ),
        (
            "The price list still has the old delivery charge on it.",
            "Sorry. I'll send you the price list with the charges corrected.",
            "send the price list with the charges corrected",
        ),
    ],
)  # fmt: skip
def test_what_is_done_to_the_thing_before_it_goes_stays(asked: str, said: str, task: str) -> None:
    assert call_tasks([(PRITI, asked), (NELL, said)]) == [task]


def test_a_condition_after_the_object_still_goes() -> None:
    tasks = call_tasks(
        [
            (PRITI, "Where's the running order?"),
            (THEO, "I'll send you the running order once the speakers are confirmed."),
        ]
    )
    assert not any("speakers are confirmed" in t and "once" not in t for t in tasks), tasks


def test_what_is_said_of_the_state_goes_and_so_does_the_listener() -> None:
    tasks = call_tasks(
        [
            (PRITI, "So we're going with the new name."),
            (
                NELL,
                "Okay, I've got it all down. I'll get the notes over to you both today, with the new name clearly "
                "marked so nobody uses the old one.",
            ),
        ]
    )
    assert tasks == ["send the notes with the new name marked"]


@pytest.mark.parametrize(
    ("said", "task"),
    [
        (
            "And I'll rework the supporting lines so they fit Harbour Lights, the warmer tone rather than the cold "
            "one. Three variants, by Tuesday.",
            "rework the supporting lines so they fit Harbour Lights",
        ),
        ("I'll fix the sign-up form so it works on mobile.", "fix the sign-up form so it works on mobile"),
    ],
)  # fmt: skip
def test_what_the_thing_is_made_to_fit_stays(said: str, task: str) -> None:
    assert call_tasks([(PRITI, "We've settled on the new name, then."), (NELL, said)]) == [task]


@pytest.mark.parametrize(
    "said",
    [
        "I'll send the brand book tonight anyway so you've got the visual side.",
        "I'll move the launch slot so it doesn't clash with the awards.",
    ],
)
def test_a_reason_after_so_still_goes(said: str) -> None:
    tasks = call_tasks([(PRITI, "We've settled on the new name, then."), (NELL, said)])
    assert tasks and not any(" so " in t for t in tasks), tasks
