"""Talk that promises no work, found putting calls of our own through the extractor: keeping oneself on mute,
looking out for something the other side will send, what one's own team will want to do with what it is given,
doubting one will have something by a date, and the day something was said ("everything we've said today") as a
deadline. Dialogues written for these tests (tests.support.CALL: Nell Garside
and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def items(turns: list[tuple[str, str]]) -> list[tuple[int, str]]:
    return [(a.turn, a.task) for a in call(turns).action_items if a.turn is not None]


@pytest.mark.parametrize(
    "said",
    [
        "I'll keep myself on mute when I'm not talking, the office is loud.",
        "Thanks. I'll look out for the revised version then.",
        "Lovely, we'll keep an eye out for your email.",
        "Could I get the survey tables? The full ones? Our data team will want to slice them by region.",
        "Honestly, I doubt I'll have it by then. Finance won't set it till January.",
    ],
)
def test_talk_that_promises_no_work_is_no_item(said: str) -> None:
    assert items([(NELL, "Morning. The shortlist is in your inbox."), (PRITI, said)]) == []


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll look out for a bigger venue for the launch.", "look out for a bigger venue for the launch"),
        ("Our legal team will need to go through the contract.", "go through the contract"),
        ("No doubt I'll send the figures over first thing.", "send the figures"),
    ],
)
def test_the_work_beside_them_stays(said: str, task: str) -> None:
    assert [t for _, t in items([(NELL, "Morning. The shortlist is in your inbox."), (PRITI, said)])] == [task]


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("I'll update the plan with everything we've said today and reissue it by Monday.", "2026-03-09"),
        ("I'll send the plan we agreed last week by Friday.", "2026-03-06"),
    ],
)
def test_the_day_something_was_said_is_not_the_deadline(said: str, due: str) -> None:
    found = call([(PRITI, "Can we get the plan back with the changes?"), (NELL, said)]).action_items
    assert found and found[0].due is not None and found[0].due.isoformat() == due, found
