"""Session 50, task wording (branch words57).

* A task names an attendee by first name, as the account executive writes it ("make sure Owen gets a copy of each
  one", "draft the one-pager alongside Theo's plan"), not by the full name the parser's copy carries
  (``owners.first_names``, applied to the drafted items only: owners stay full names). The full name stays when two
  attendees share a first name, or when the first name would read as another word ("Will", a month).

The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and
Owen Lacey client, Wednesday 4 March 2026; tests.support.PEOPLE for a "Will")."""

from __future__ import annotations

import datetime as dt

from pipeline.schemas import Attendee
from tests.support import CALL, call_items, extract_turns

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def test_a_task_names_the_attendee_by_first_name() -> None:
    items = call_items(
        [
            (OWEN, "Last season the booking confirmations reached us weeks after we'd paid."),
            (NELL, "Sorry about that. Theo, can you make sure Owen gets a copy of each one as it comes in?"),
            (THEO, "Yes, leave that with me."),
            (PRITI, "Right, the stockist list next."),
        ]
    )
    assert [(owner, task) for owner, task, _, _ in items] == [(THEO, "make sure Owen gets a copy of each one")]


def test_a_possessive_and_two_names_keep_the_first_names_only() -> None:
    items = call_items(
        [
            (PRITI, "Could we get access to the analytics account before the workshop?"),
            (OWEN, "That's me. I'll add Nell and Theo this afternoon."),
            (NELL, "Great. And I'll write the summary alongside Theo's revised plan, so Monday."),
            (PRITI, "Right, the stockist list next."),
        ]
    )
    tasks = [task for _, task, _, _ in items]
    assert "add Nell and Theo" in tasks
    assert any("Theo's" in task for task in tasks)
    assert not any("Theo Marsh" in task or "Nell Garside" in task for task in tasks)
    assert all(owner in (OWEN, NELL) for owner, _, _, _ in items)  # owners stay full names


def test_a_shared_first_name_keeps_the_full_name() -> None:
    team = [
        Attendee(name="Nell Garside", side="agency"),
        Attendee(name="Theo Marsh", side="agency"),
        Attendee(name="Theo Quist", side="client"),
        Attendee(name="Priti Anand", side="client"),
    ]
    found = extract_turns(
        [
            ("Priti Anand", "Nell, could you send Theo the revised plan by Friday?"),
            ("Nell Garside", "Will do."),
            ("Priti Anand", "Right, the stockist list next."),
        ],
        team,
        dt.date(2026, 3, 4),
        step=10.0,
    ).action_items
    assert [a.task for a in found] == ["send Theo Marsh the revised plan"]  # which Theo the parser read, in full


def test_a_first_name_that_reads_as_another_word_keeps_the_full_name() -> None:
    from pipeline.extract.owners import first_names

    team = [Attendee(name="May Rowan", side="client"), Attendee(name="Will Ferris", side="client")]
    assert first_names("send May Rowan and Will Ferris the deck", team) == "send May Rowan and Will Ferris the deck"
    assert first_names("book Owen Lacey's diary", CALL) == "book Owen's diary"
