"""Defects found in session 53 by drafting new calls as a new user would: each test failed before its fix. The calls
open with ``support.OPENING`` on Wednesday 4 March 2026."""

from __future__ import annotations

from support import opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"  # agency, agency, client, client


def test_a_reason_said_after_the_task_leaves_no_so_hanging() -> None:
    """ "Could you pull together the travel costs for all three so Priti can compare?": the reason goes with its
    "so", which the parser may hang on the task; a follow-on "include accommodation in that" is put in those costs."""
    items = opened_items(
        [
            (NELL, "Theo, could you pull together the travel costs for all three so Priti can compare?"),
            (THEO, "Sure, I'll have that with you by Thursday."),
            (OWEN, "And can you include accommodation in that?"),
            (THEO, "Yep, will do."),
        ]
    )
    assert items[0] == (THEO, "pull together the travel costs for all three", "2026-03-05")
    assert items[1][:2] == (THEO, "include accommodation in the travel costs for all three")


def test_a_thing_kept_in_a_state_is_the_whole_task() -> None:
    """ "We'll keep it held until Friday.", "I'll leave it pencilled in until we know numbers.": the thing and the
    state it stays in, the thing taken from what was asked about; not "keep" alone (which read as "keep it up")."""
    items = opened_items(
        [
            (PRITI, "And the hotel block?"),
            (THEO, "I'll leave it pencilled in until we know numbers."),
            (PRITI, "And the Glasgow venue?"),
            (NELL, "I'll keep it held until Friday."),
        ]
    )
    assert items == [
        (THEO, "leave the hotel block pencilled in until we know numbers", None),
        (NELL, "keep the Glasgow venue held", "2026-03-06"),
    ]


def test_keep_it_going_is_no_task() -> None:
    """Must not give: "keep it going", "keep it up" and a bare "keep it." say no work."""
    for said in ("I'll keep it going.", "We'll keep it up.", "Fine, I'll keep it."):
        assert opened_items([(PRITI, "The social numbers look great."), (NELL, said)]) == [], said
