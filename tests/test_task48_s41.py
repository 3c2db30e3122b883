"""Session 41, task wording from another turn or clause (branch task48).

An empty "it" ("it'd help to have the footfall report", "it would be great to get the floor plan", "it's worth
checking the venue contract") stands for the clause after it, not for a thing named before: its sentence names the
thing a later "that"/"it" stands for, and is no longer passed over as one that only carries an earlier thing on
("It's ready to send." still does). Where a person is ("I'm at our trade show", "I'm in the studio all week") is not
a thing worked on: "I'll do it" after it stands for what was asked. The dialogues are written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4 March
2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (
            [
                (
                    PRITI,
                    "Honestly, it'd help to have the store footfall report before we decide. Can you send that over?",
                ),
                (THEO, "Sure, I'll send it over tomorrow."),
            ],
            "the store footfall report",
        ),
        (
            [
                (OWEN, "It would be great to get the revised floor plan before the site visit."),
                (NELL, "Leave it with me, I'll get it to you by Friday."),
            ],
            "the revised floor plan",
        ),
        (
            [
                (
                    PRITI,
                    "It's worth checking the venue contract for a cancellation clause. Theo, could you look into that?",
                ),
                (THEO, "Yep, will do. I'll look into it today."),
            ],
            "the venue contract",
        ),
    ],
)
def test_an_empty_it_names_the_thing_after_it(turns: list[tuple[str, str]], said: str) -> None:
    assert any(said in task for task in call_tasks(turns)), call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        # "it" said of the thing is still carried on from the sentence before
        (
            [
                (OWEN, "The banner artwork is finished. It's ready to send."),
                (NELL, "Great, I'll send it to the printers today."),
            ],
            "the finished banner artwork",
        ),
    ],
)
def test_it_said_of_the_thing_still_carries_it_on(turns: list[tuple[str, str]], said: str) -> None:
    assert any(said in task for task in call_tasks(turns)), call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "said", "not_said"),
    [
        (
            [
                (PRITI, "Which means, Owen, we really need the signed supplier form from you. Is Friday doable?"),
                (
                    OWEN,
                    "Friday... I'm at our trade show all week, so can we say Tuesday? I'll do it before I go.",
                ),
            ],
            "supplier form",
            "trade show",
        ),
        (
            [
                (NELL, "So we need the tasting menu signed off by the caterer."),
                (PRITI, "I'm in the studio all week, but leave it with me. I'll get it done by Thursday."),
            ],
            "tasting menu",
            "studio",
        ),
    ],
)
def test_where_someone_is_is_not_the_thing(turns: list[tuple[str, str]], said: str, not_said: str) -> None:
    tasks = call_tasks(turns)
    assert any(said in task for task in tasks), tasks
    assert not any(not_said in task for task in tasks), tasks


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        # asking after the thing: "where are we with" names it
        (
            [
                (PRITI, "Where are we with the landing page?"),
                (THEO, "Nearly there. I'll have it live by Friday."),
            ],
            "the landing page",
        ),
    ],
)
def test_where_are_we_with_still_names_the_thing(turns: list[tuple[str, str]], said: str) -> None:
    assert any(said in task for task in call_tasks(turns)), call_tasks(turns)
