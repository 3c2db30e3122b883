"""Session 54, drafts from recordings: task wording that only failed on the words as Whisper gives them.

"Will it be worth us doing a site visit together?" (Whisper often hears "would" as "will", and people say it so) was
drafted as the whole question; the lead-in is dropped as it is after "Would it be worth …" (``worth_wrapper`` in
models/wording/task_wording.jsonl). tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client."""

from __future__ import annotations

import pytest

from pipeline.extract.asr import normalise
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


# A question to the listener Whisper ran into a statement with a comma was hung on the statement's verb: the
# promise before it was lost ("our web team will sort it early next week, and could you do a Pinterest strategy as
# well?" gave no item; with Whisper's words around it, "sort it could you …" as the task).
CATALOG = (NELL, "For that we need the catalog synced before the test goes live, any chance?")
DEFERRED = (NELL, "Let me have a think and come back to you, Pinterest is a different beast.")


@pytest.mark.parametrize(
    "reply",
    [
        "Yeah, shouldn't be a problem, our web team will sort it early next week, and could you do a Pinterest "
        "strategy as well while you're at it?",
        "yeah shouldn't be a problem, our web team will sort it early next week, oh, and can you do a Pinterest "
        "strategy as well while you're at it, our founder's obsessed.",
        # as typed
        "Yeah, shouldn't be a problem, our web team will sort it early next week. And could you do a Pinterest "
        "strategy as well while you're at it?",
    ],
)
def test_a_question_run_into_a_promise_leaves_the_promise(reply: str) -> None:
    found = extract_spoken([CATALOG, (PRITI, reply), DEFERRED]).action_items
    assert [(a.task, a.owner) for a in found] == [("sync the catalog", "client")]


@pytest.mark.parametrize(
    ("spoken", "read"),
    [
        (
            "I'll send it over tonight, can you check it by Friday?",
            "I'll send it over tonight. Can you check it by Friday?",
        ),
        ("We're short on time, so could you send it today?", "We're short on time. So could you send it today?"),
        (
            "The pack will need a quote from the client, Priti, can you get one from your MD?",
            "The pack will need a quote from the client. Priti, can you get one from your MD?",
        ),
        # must not: a condition, a topic put first, a name or an apology before the question stay in its sentence
        ("If you're free, could you send it?", "If you're free, could you send it?"),
        (
            "Okay, so if it lands Friday, can you turn it round Monday?",
            "Okay, so if it lands Friday, can you turn it round Monday?",
        ),
        ("When you get a chance, can you send the deck?", "When you get a chance, can you send the deck?"),
        ("The menu copy, could you and I go through the tone?", "The menu copy, could you and I go through the tone?"),
        ("Nell, can you send it?", "Nell, can you send it?"),
        ("Sorry, can you hear me?", "Sorry, can you hear me?"),
    ],
)
def test_a_question_run_into_a_statement_starts_its_sentence(spoken: str, read: str) -> None:
    assert normalise(spoken) == read
