"""Task wording that fell back to the words said, from session 33's read sets. Dialogues written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

A joint request the parser hangs on the words before it ("The menu copy for the app, could you and I go through the
tone together?", "copy" read as a verb): the work is the verb after the cue whose subject is "I" or "we", with the
topic the sentence put first (``requests._asked_with``, ``requests._on_topic``), not the question as said.

"Oh, will you now?" after a promise echoes it in mock surprise: no request, and so no second item at the promise's
"I will, yes." (``requests._echoed_will``).

"Same time next week for a check-in?" … "I'll send the invite.": the invite is for the check-in, a hyphened session
word the parser splits ("check" with "in" its particle; ``objects.session_for``).

"Can we do a session with the new moderators?" "Yes, happy to. When?" … "Thursday at three, yep, I'll be there.": the
session taken, timed where "I'll be there" settles its day; no second item worded "I'll be there"
(``commitments.CommitmentTracker._timed_session``).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")


@pytest.mark.parametrize(
    ("turns", "words"),
    [
        (
            [
                (
                    NELL,
                    "Priti, one more for you. The menu copy for the app, could you and I go through the tone "
                    "together before you start?",
                ),  # fmt: skip
                (PRITI, "Sure. Friday at ten?"),
                NEXT,
            ],
            {"go", "tone", "menu", "copy", "app"},
        ),
        (  # must not: no topic put first, the question's own wording keeps what it is before
            [
                (
                    NELL,
                    "So let's prep him. Priti, why don't you and I do a session with him on Friday morning before he "
                    "goes in? An hour, proper hostile questions.",
                ),
                (PRITI, "Yes. Let's do that. Friday at nine, before he heads to the studio."),
                NEXT,
            ],
            {"session", "before", "goes"},
        ),
    ],
)
def test_a_joint_request_after_its_topic_is_worded_as_the_work(turns: list[tuple[str, str]], words: set[str]) -> None:
    items = call_items(turns)
    assert len(items) == 1, items
    owner, task, _, turn = items[0]
    assert turn == 1 and isinstance(owner, list) and set(owner) == {NELL, PRITI}, items
    assert words <= set(task.split()) and "," not in task and "could" not in task, task


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # must: the promise alone
            [
                (OWEN, "Fine. Thirty-two, no drone, one camera. I'll move the extra two across from the print line."),
                (PRITI, "Oh, will you now?"),
                (OWEN, "I will, yes."),
                NEXT,
            ],
            [0],
        ),
        (  # must not: a "will you" that asks for work is still a request
            [
                (OWEN, "Nell, will you send the cutdowns over now?"),
                (NELL, "Yes, will do."),
                NEXT,
            ],
            [1],
        ),
    ],
)
def test_will_you_now_echoes_a_promise(turns: list[tuple[str, str]], expected: list[int]) -> None:
    items = call_items(turns)
    assert [i[3] for i in items] == expected, items
    assert all("will you" not in i[1].lower() for i in items), items


@pytest.mark.parametrize(
    ("turns", "task"),
    [
        (
            [
                (NELL, "I'll send the revised schedule tomorrow."),
                (PRITI, "Should we keep this slot next week for a check-in? Thursday?"),
                (NELL, "Thursday works."),
                (PRITI, "Thursday at ten, then. I'll send the invite."),
                NEXT,
            ],
            "send the invite for the check-in",
        ),
        (  # must not: no session said, the invite stays as said
            [
                (NELL, "I'll send the revised schedule tomorrow."),
                (PRITI, "Thanks. Let me check in with Owen first. I'll send the invite."),
                NEXT,
            ],
            "send the invite",
        ),
    ],
)
def test_an_invite_is_for_the_hyphened_session(turns: list[tuple[str, str]], task: str) -> None:
    tasks = [i[1] for i in call_items(turns)]
    assert task in tasks, tasks


SESSION_PUT = (
    NELL,
    "And can we do a session with the new moderators before the launch? Like a walk-through of the escalation "
    "process. Priti, you'd ideally be on it.",
)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # must: one item, where the day is settled, of both
            [
                SESSION_PUT,
                (PRITI, "Yes, happy to. When?"),
                (NELL, "Tuesday? Monday's mad for me but Tuesday afternoon I'm free."),
                (PRITI, "Monday is a bank holiday, Nell."),
                (NELL, "Oh no. Right. Thursday then. Thursday afternoon, say three?"),
                (PRITI, "Thursday at three, yep, I'll be there."),
                NEXT,
            ],
            [(5, "2026-03-05")],
        ),
        (  # must not: a session already dated keeps its day, "I'll be there" to another thing is its own item
            [
                (NELL, "Could we walk the venue together on Friday, Priti?"),
                (PRITI, "Yes, Friday works."),
                (OWEN, "And the press check at the printers is next Tuesday."),
                (PRITI, "Next Tuesday, I'll be there."),
                NEXT,
            ],
            [(1, "2026-03-06"), (3, "2026-03-10")],
        ),
    ],
)
def test_ill_be_there_times_the_session_taken(turns: list[tuple[str, str]], expected: list[tuple[int, str]]) -> None:
    items = call_items(turns)
    assert [(i[3], i[2]) for i in items] == expected, items
    assert all("be there" not in i[1] for i in items), items
