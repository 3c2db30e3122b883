"""Session 40, task wording from the item's own sentence (branch words47).

"Sort" is a light verb: what an AE writes for it depends on what is sorted. Access, logins and accounts are set
up, a fault (a pixel, a broken link) is fixed, a licence or permit is arranged, someone's diary gets time booked in
it (the travel and the people hired were already booked: ``sort_the_travel``, ``sort_the_hire``). Work said as
"do a draft X" is drafting X. The dialogues are written for these tests (tests.support.CALL: Nell Garside and
Theo Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "said", "not_said"),
    [
        (
            [
                (PRITI, "I still can't get into the analytics account."),
                (NELL, "Sorry about that. I'll sort your access today."),
            ],
            "set up the access",
            "sort the access",
        ),
        (
            [
                (OWEN, "The conversion pixel is firing twice on the basket page."),
                (THEO, "Our dev team will sort the pixel by Friday."),
            ],
            "fix the conversion pixel",
            "sort the conversion pixel",
        ),
        (
            [
                (PRITI, "Do we need anything from the council for the late opening?"),
                (NELL, "Our events team will sort the late licence, they deal with the council all the time."),
            ],
            "arrange the late licence",
            "sort the late licence",
        ),
        (
            [
                (NELL, "Could Owen do the tenth for the filming?"),
                (PRITI, "The tenth is good. I'll sort Owen's diary, he never looks at his calendar."),
            ],
            "book time in Owen's diary",
            "sort Owen's diary",
        ),
        (
            [
                (OWEN, "What happens if the product recall goes public before we're ready?"),
                (THEO, "I'll do a draft holding statement tonight, just in case."),
            ],
            "draft a holding statement",
            "do a draft holding statement",
        ),
    ],
)
def test_the_work_an_ae_writes(turns: list[tuple[str, str]], said: str, not_said: str) -> None:
    tasks = call_tasks(turns)
    assert said in tasks and not_said not in tasks, tasks


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        # sorting what is not access, a fault, a licence or a diary stays as said
        (
            [
                (PRITI, "The seating plan is a mess."),
                (NELL, "I'll sort the seating plan tomorrow."),
            ],
            "sort the seating plan",
        ),
        # the travel is still booked
        (
            [
                (OWEN, "How are the crew getting up there?"),
                (THEO, "I'll sort the trains for the crew this week."),
            ],
            "book the trains for the crew",
        ),
    ],
)
def test_other_work_stays(turns: list[tuple[str, str]], said: str) -> None:
    assert said in call_tasks(turns), call_tasks(turns)
