"""Session 53, task wording (branch task60): a thing looked out for the listener is sent; a question whether a day
suits names no thing.

"I'll dig that out for you" hands the thing over: the report writes "send" (``delivery.LOOKED_OUT_FOR``, read by
``delivery.sent_on``), as it does when the turn goes on "you'll have it Friday"; a thing only looked out ("I'll dig
them out") stays "dig out". "Does the week of the 9th work?" offers no thing for a later "it" (``antecedents._suits``).
The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and
Owen Lacey client).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "worded"),
    [
        (
            [
                (NELL, "Do you still have the footfall figures from the spring pop-up?"),
                (OWEN, "Somewhere, yes. I'll dig them out for you this week."),
            ],
            "send the footfall figures",
        ),
        (
            [
                (NELL, "And the stockist list, Owen, is there a current one?"),
                (OWEN, "On the stockist list, I'll dig that out for you. It's buried in an old deck."),
            ],
            "send the stockist list",
        ),
        (
            [
                (THEO, "We'd need last year's survey results to set the baseline."),
                (PRITI, "I'll dig out the survey results. You'll have them on Thursday."),
            ],
            "send the survey results",
        ),
    ],
)
def test_a_thing_looked_out_for_the_listener_is_sent(turns: list[tuple[str, str]], worded: str) -> None:
    tasks = call_tasks(turns)
    assert any(t.startswith(worded) for t in tasks), tasks


def test_a_thing_only_looked_out_stays_looked_out() -> None:
    turns = [
        (NELL, "Were there any photos from the old shop?"),
        (OWEN, "They're in a box at the office. I'll dig them out on Monday."),
    ]
    tasks = call_tasks(turns)
    assert not any(t.startswith("send") for t in tasks), tasks


# "Does the week of the 9th work?": the verb of a question whether a time suits, which the parser reads as a noun
# ("the week of work"), is no thing for "it" to stand for (``antecedents._suits``); the thing offered before it is
@pytest.mark.parametrize(
    ("turns", "worded"),
    [
        (
            [
                (NELL, "We'd like to give you a half day of interview practice first. Does the week of the 9th work?"),
                (OWEN, "Could we do Friday the 13th instead?"),
                (NELL, "Friday it is. I'll run it myself."),
            ],
            "run a half day of interview practice",
        ),
        (
            [
                (PRITI, "We want a walkthrough of the new booking flow. Would Thursday suit you?"),
                (THEO, "Thursday's fine. I'll run it from our office."),
            ],
            "run a walkthrough of the new booking flow",
        ),
    ],
)
def test_a_question_whether_a_day_suits_names_no_thing(turns: list[tuple[str, str]], worded: str) -> None:
    tasks = call_tasks(turns)
    assert any(t.startswith(worded) for t in tasks), tasks
    assert not any("work" in t.split() or "suit" in t.split() for t in tasks), tasks


def test_work_that_is_a_thing_stays() -> None:
    turns = [
        (NELL, "The shelf work in the Leeds store looks unfinished."),
        (OWEN, "I'll check it tomorrow."),
    ]
    tasks = call_tasks(turns)
    assert any("work" in t for t in tasks), tasks
