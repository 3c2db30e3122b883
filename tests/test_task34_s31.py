"""Task wording in session 31's read sets: a question put to someone only named ("I'll check with finance and come
back to you") keeps the answer brought back, with what it is about when that was said ("check with the MD about
the Welsh shops and come back"); not getting in touch only ("ring the venue"), nor an answer that is work of its
own ("come back to you with the costs"). Dialogues written for these tests (tests.support.CALL: Nell Garside and
Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import re

import pytest

from tests.support import CALL, call_items
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "want"),
    [
        (
            [
                (PRITI, "Is there anything left in the spring pot for the extra cutdowns?"),
                (NELL, "I think so. I'll check with finance and come back to you by Friday."),
            ],
            "and come back",
        ),
        (
            [
                (OWEN, "And the Welsh shops. The brief says Wales in one place and not in another."),
                (
                    PRITI,
                    "Not sure. The Welsh shops are franchise. I'll check with our MD and come back to you.",
                ),
            ],
            "check with the MD about the Welsh shops and come back",
        ),
        (
            [
                (OWEN, "And the Welsh shops. The brief says Wales in one place and not in another."),
                (PRITI, "Good question. I'll ask our MD about the Welsh shops and report back next week."),
            ],
            "ask the MD about the Welsh shops and report back",
        ),
    ],
)
def test_question_put_and_answer_brought_back(turns: list[tuple[str | None, str]], want: str) -> None:
    tasks = [task for _, task, _, at in call_items(turns) if at == len(turns) - 1]
    # the answer brought back, to whom it goes named as the evaluation kit's gold writes it ("come back to Jasmine")
    ended = re.search(r" back(?: to [A-Z][\w'-]*)?$", tasks[0]) if len(tasks) == 1 else None
    assert ended and want in tasks[0], run(turns).action_items


@pytest.mark.parametrize(
    ("turns", "not_want"),
    [
        (
            [
                (OWEN, "The venue still hasn't confirmed the loading times."),
                (THEO, "I'll ring the venue and come back to you tomorrow."),
            ],
            "come back",
        ),
        (
            [
                (PRITI, "What would the three agents charge for ninety days?"),
                (NELL, "We'll check with all three agents and come back to you with the costs by Wednesday."),
            ],
            "come back to you with",
        ),
    ],
)
def test_answer_not_kept_for_getting_in_touch_or_work_of_its_own(
    turns: list[tuple[str | None, str]], not_want: str
) -> None:
    tasks = [task for _, task, _, at in call_items(turns) if at == len(turns) - 1]
    assert tasks and not any(not_want in t for t in tasks), run(turns).action_items
