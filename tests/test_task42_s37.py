"""Session 37, task wording (branch task42).

"The deck needs the new pricing." / "I'll add it in there today.": what is added is the thing the work lacks, and it
goes in the work that lacks it ("add the new pricing to the deck"), not "add the deck in there". And the listener
as the one work passes by ("I'll make sure everything goes through you first") is named as the report names
people, not left as "you". The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo
Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest
import srsly

from tests.support import CALL, MODELS, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (
            [(PRITI, "The deck needs the new pricing."), (NELL, "I'll add it in there today.")],
            "add the new pricing to the deck",
        ),
        (
            [(PRITI, "The deck needs the new pricing."), (NELL, "Sure, I'll add that in today.")],
            "add the new pricing to the deck",
        ),
        (
            [(OWEN, "The brochure needs the new logo."), (THEO, "I'll add it by Friday.")],
            "add the new logo to the brochure",
        ),
        (
            [(PRITI, "The media plan is missing the radio spots."), (THEO, "Good catch, I'll put them in by Friday.")],
            "put the radio spots in the media plan",
        ),
        (
            [(OWEN, "The brief needs the new timings. Can you add them, Nell?"), (NELL, "Sure.")],
            "add the new timings to the brief",
        ),
    ],
)
def test_what_the_work_lacks_goes_in_it(turns: list[tuple[str, str]], said: str) -> None:
    assert said in call_tasks(turns), call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "thing", "not_in"),
    [
        # nothing said of where it goes: the thing alone
        ([(PRITI, "We need the new pricing."), (NELL, "I'll add it in there today.")], "new pricing", " to "),
        # the task names its own thing
        ([(PRITI, "The deck needs the new pricing."), (NELL, "I'll add the logo too.")], "logo", "pricing"),
    ],
)
def test_no_container_unless_said(turns: list[tuple[str, str]], thing: str, not_in: str) -> None:
    tasks = call_tasks(turns)
    assert any(thing in task and not_in not in task for task in tasks), tasks


@pytest.mark.parametrize(
    ("turns", "whom"),
    [
        (
            [
                (PRITI, "We need to be careful about approvals this time."),
                (NELL, "Of course. I'll make sure everything goes through you first."),
            ],
            "Priti",
        ),
        (
            [
                (OWEN, "I want to see the scripts before they go to legal."),
                (THEO, "Fine, I'll run them by you first."),
            ],
            "Owen",
        ),
    ],
)
def test_the_listener_work_passes_by_is_named(turns: list[tuple[str, str]], whom: str) -> None:
    tasks = call_tasks(turns)
    assert tasks, tasks
    assert not any(" you" in f" {task}" for task in tasks), tasks
    assert any(whom in task for task in tasks), tasks


PUT_IN_ROWS = [row for row in srsly.read_jsonl(MODELS / "wording" / "task_wording.jsonl") if row["label"] == "PUT_IN"]


@pytest.mark.parametrize(
    ("before", "said", "worded"), [tuple(example) for row in PUT_IN_ROWS for example in row["examples"]]
)
def test_put_in_examples(before: str, said: str, worded: str) -> None:
    assert worded in call_tasks([(PRITI, before), (NELL, f"I'll {said} today.")])


@pytest.mark.parametrize(("before", "said"), [tuple(example) for row in PUT_IN_ROWS for example in row["not_examples"]])
def test_put_in_not_examples(before: str, said: str) -> None:
    tasks = call_tasks([(PRITI, before), (NELL, f"I'll {said} today.")])
    assert tasks, tasks
    assert not any(" to the " in task for task in tasks), tasks
