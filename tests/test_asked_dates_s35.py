"""A date in the question a request puts is what is asked about, not a deadline, found by trying the product as a
new user would. "Could you check if the influencer can do the 20th instead?" / "Sure, I'll ask her agent." was
drafted as "ask the influencer's agent for if the influencer can do instead", due the 20th: the date cut from the
question and made the item's deadline, and the question joined with "for". The same for "find out whether the venue
is free on the 12th" and "check with the printer if they can deliver by Friday" (whose question was dropped as a
condition). A deadline for the work itself ("check if you can get the deck to me by Friday", "check with legal
whether we can say it … by Monday") stays one, and a request put as a try ("check if you can get the deck over",
"see whether you could send the deck") is the work tried: "send the deck" (before: "check if you can send the
deck"; "see if you can …" gave no item at all, taken for the speaker's vague "I'll see if I can …")."""

from __future__ import annotations

import pytest
from support import NEXT, opened_call

ASKER, REPLIER = "Priti Anand", "Theo Marsh"


@pytest.mark.parametrize(
    ("asked", "reply", "task"),
    [
        (
            "Could you check if the influencer can do the 20th instead?",
            "Sure.",
            "check if the influencer can do the 20th instead",
        ),
        (
            "Could you check if the influencer can do the 20th instead?",
            "Sure, I'll ask her agent and let you know.",
            "ask the influencer's agent whether the influencer can do the 20th instead",
        ),
        (
            "Could you find out whether the venue is free on the 12th?",
            "Yes, I'll ask the venue.",
            "find out whether the venue is free on the 12th",
        ),
        (
            "Can you check with the printer if they can deliver by Friday?",
            "Will do.",
            "check with the printer if they can deliver by Friday",
        ),
        ("Could you ask the venue if the 20th works?", "Yes, will do.", "ask the venue if the 20th works"),
    ],
)
def test_a_date_in_the_question_put_stays_in_the_task_and_dates_nothing(asked: str, reply: str, task: str) -> None:
    (item,) = opened_call([(ASKER, asked), (REPLIER, reply), NEXT]).action_items
    assert (item.owner, item.task, item.due) == (REPLIER, task, None)


@pytest.mark.parametrize(
    ("asked", "reply", "task", "due"),
    [
        (
            "Could you check with legal whether we can say 'best'?",
            "Will do, by Monday.",
            "check with legal",
            "2026-03-09",
        ),
        ("Can you check if you can get the deck over to me by Friday?", "Yep.", "send the deck", "2026-03-06"),
        ("Could you see whether you could send the deck by Friday?", "Will do.", "send the deck", "2026-03-06"),
        ("Can you see if you can get the deck over to me by Friday?", "Yep.", "send the deck", "2026-03-06"),
        ("Can you check the proofs by Friday if you get a chance?", "Will do.", "check the proofs", "2026-03-06"),
    ],
)
def test_a_deadline_for_the_work_itself_stays_one(asked: str, reply: str, task: str, due: str) -> None:
    (item,) = opened_call([(ASKER, asked), (REPLIER, reply), NEXT]).action_items
    assert item.task.startswith(task) and item.due is not None and item.due.isoformat() == due


def test_the_askers_next_step_after_the_question_keeps_its_deadline() -> None:
    """The parser hangs "and let you know by Friday" inside the question; it is the asker's own step, dated."""
    said = "I'll ask finance whether we can move the underspend and let you know by Friday."
    (item,) = opened_call([(REPLIER, said), NEXT]).action_items
    assert item.due is not None and item.due.isoformat() == "2026-03-06"
