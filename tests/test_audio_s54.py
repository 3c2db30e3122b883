"""Session 54, drafts from recordings: task wording that only failed on the words as Whisper gives them.

"Will it be worth us doing a site visit together?" (Whisper often hears "would" as "will", and people say it so) was
drafted as the whole question; the lead-in is dropped as it is after "Would it be worth …" (``worth_wrapper`` in
models/wording/task_wording.jsonl). tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client."""

from __future__ import annotations

import pytest

from tests.support import CALL, call, extract_spoken

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    "asked",
    [
        "Great, and then, Nell, will it be worth us doing a site visit together? Just so I can see where the desks go.",
        "great, and then, Nell, will it be worth us doing a site visit together, just so I can see where the desks go.",
        "Nell, might it be worth us doing a site visit together?",
        "Nell, could it be worth us doing a site visit together?",
        # as before
        "Great, and then, Nell, would it be worth us doing a site visit together? So I can see where the desks go.",
    ],
)
def test_a_session_put_as_worth_doing_is_worded_as_the_work(asked: str) -> None:
    turns = [(PRITI, asked), (NELL, "Definitely, how's next Tuesday?"), (PRITI, "Next Tuesday's good.")]
    for found in (extract_spoken(turns), call(turns)):
        tasks = [a.task for a in found.action_items]
        assert tasks == ["do a site visit together"], tasks
        assert not any("worth" in t or "it be" in t for t in tasks)


def test_worth_said_of_the_thing_itself_keeps_its_work() -> None:
    # must not: "it'll be worth it" is no lead-in; the promise keeps its own words
    turns = [(PRITI, "Can you send the floor plan over?"), (NELL, "Sure, I'll send it tonight, it'll be worth it.")]
    tasks = [a.task for a in call(turns).action_items]
    assert tasks == ["send the floor plan"], tasks
