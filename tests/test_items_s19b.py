"""Which turns give an action item, on the ninth round of held-out calls: a promise to hand over one report is not
the delivery of another report promised a few turns before ("we'll start the survey report" … "I'll send the
contact report round tomorrow": two items). Dialogues written for these tests (tests.support.CALL: Nell Garside
and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support import CALL, extract_turns

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
DAY = dt.date(2026, 3, 4)  # a Wednesday


def items(turns: list[tuple[str, str]]) -> list[tuple[str | list[str] | None, str, str | None]]:
    found = extract_turns(turns, CALL, DAY, step=10.0).action_items
    return [(a.owner, a.task, a.due.isoformat() if a.due else None) for a in found]


@pytest.mark.parametrize(
    ("first", "then", "count"),
    [
        # another report: a second item (a recap's "we'll" item only when it reaches the listener: test_items31_s30)
        ("Right, quick recap. Theo's on the banner copy, and we'll start your monthly survey report.",
         "And I'll send the contact report round tomorrow.", 2),
        ("I'll start the monthly survey report this week.", "And I'll send the contact report round tomorrow.", 2),
        # the same report handed over: one item
        ("I'll start the monthly survey report this week.", "And I'll send the report over on Friday.", 1),
        ("I'll write the press release.", "And I'll send the draft release over on Friday.", 1),
        ("I'll write the release.", "And I'll send the press release over on Friday.", 1),
    ],
)  # fmt: skip
def test_handing_over_another_thing_of_the_same_kind_is_a_new_item(first: str, then: str, count: int) -> None:
    got = items([(NELL, first), (PRITI, "Sounds good."), (NELL, then)])
    assert len(got) == count, got
    if count == 2:
        assert got[1][0] == NELL and "contact report" in got[1][1] and got[1][2] == "2026-03-05", got
