"""Session 42, task wording from another turn or clause (branch task49).

A time said by the event it follows or comes before ("After the board meeting on the ninth.", "Before the site visit,
though.", "not until the grade on Tuesday") names when, not what: "I'll send it to you after that" stands for the
thing asked about, not for the board meeting. "She's after the sales data" (wants it) and "look after the guests" are
not times.

A sentence that opens on what "it" is ("So it'd be over-eighteens only, …") and goes on to work the speaker wants
done ("… and honestly I'd want your legal team to check the targeting settings") does not only carry a thing named
before it on: "can you get that in front of legal?" stands for the targeting settings, not for a noun of the turn
before. The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti
Anand and Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "said", "not_said"),
    [
        (
            [
                (
                    THEO,
                    "Priti, before you go, the price list for the stockists. When's it final?",
                ),
                (
                    PRITI,
                    "After the board meeting on the ninth. I'll send it to you after that.",
                ),
            ],
            "the price list",
            "board meeting",
        ),
        (
            [
                (OWEN, "Have you got the floor plan for the pop-up?"),
                (
                    NELL,
                    "Not yet, the landlord's still measuring. Before the site visit, though. I'll send it then.",
                ),
            ],
            "the floor plan",
            "site visit",
        ),
        (
            [
                (PRITI, "Could you share the new pack photography with us?"),
                (
                    THEO,
                    "Not until the retouch on Monday. I'll share it straight after that.",
                ),
            ],
            "pack photography",
            "retouch",
        ),
    ],
)
def test_a_time_said_by_an_event_is_not_the_thing(turns: list[tuple[str, str]], said: str, not_said: str) -> None:
    tasks = call_tasks(turns)
    assert any(said in task for task in tasks), tasks
    assert not any(not_said in task for task in tasks), tasks


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        # "after" of wanting names the thing wanted
        (
            [
                (NELL, "Owen, Theo's after your store sales data."),
                (OWEN, "Right. I'll send it over tomorrow."),
            ],
            "store sales data",
        ),
    ],
)
def test_after_of_wanting_still_names_the_thing(turns: list[tuple[str, str]], said: str) -> None:
    assert any(said in task for task in call_tasks(turns)), call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "said", "not_said"),
    [
        (
            [
                (
                    PRITI,
                    "And the age gating on the paid social. The regulator is strict on alcohol.",
                ),
                (
                    THEO,
                    "Yes, so it'd be over-eighteens only, and honestly I'd want your legal team to check the "
                    "targeting settings before launch.",
                ),
                (PRITI, "Owen, can you get that in front of legal?"),
                (
                    OWEN,
                    "Yep, will do. I'll get it to them once Theo shares the settings.",
                ),
            ],
            "targeting settings",
            "regulator",
        ),
        (
            [
                (OWEN, "What about the loyalty mailer? The printer said Tuesday."),
                (
                    NELL,
                    "It'd be the spring version, and we need your team to approve the member offer copy first.",
                ),
                (OWEN, "Priti, can you get that signed off this week?"),
                (PRITI, "Sure, I'll get it signed off by Friday."),
            ],
            "member offer copy",
            "printer",
        ),
        (
            [
                (
                    PRITI,
                    "Then the student offer on the app. Our regulator is fussy about anything aimed at young people.",
                ),
                (
                    THEO,
                    "Right, so it'd be twenty-one-plus targeting, with the campus postcodes left out as well to be "
                    "safe, and we'd need your compliance team to check the audience settings before launch.",
                ),
                (PRITI, "Owen, can you get that in front of compliance?"),
                (OWEN, "Yes, I'll get it to them as soon as Theo sends the settings."),
            ],
            "audience settings",
            "campus",
        ),
    ],
)
def test_work_wanted_after_what_it_is_names_a_new_thing(turns: list[tuple[str, str]], said: str, not_said: str) -> None:
    tasks = call_tasks(turns)
    assert any(said in task for task in tasks), tasks
    assert not any(not_said in task for task in tasks), tasks


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        # a sentence that only says where the thing is still carries it on
        (
            [
                (PRITI, "We still need the signed estimate."),
                (
                    THEO,
                    "It's with our finance director, and she wants the usage terms checked first.",
                ),
                (OWEN, "I'll chase it tomorrow."),
            ],
            "signed estimate",
        ),
        (
            [
                (PRITI, "Where's the store launch film?"),
                (
                    THEO,
                    "It's ready to go, and I'd like to get it out before the weekend.",
                ),
                (PRITI, "Great. Owen, can you share it with the regional managers?"),
                (OWEN, "Yes, I'll share it with them today."),
            ],
            "store launch film",
        ),
    ],
)
def test_it_said_of_the_thing_still_carries_it_on(turns: list[tuple[str, str]], said: str) -> None:
    assert any(said in task for task in call_tasks(turns)), call_tasks(turns)
