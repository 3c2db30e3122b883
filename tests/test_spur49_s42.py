"""Spurious action items of session 42 (branch spur49). Dialogues written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

A choice stated after a preference: "Honestly, I'd rather not open. Owen opens, I'll do the product demo." or "I'd
rather drop it than risk the schedule. I can start on the beach instead." says which part the speaker takes or how
a thing is done, the agreement's to record, and took on work ("do the product demo", "start on the beach"). An
undated promise said after "I'd rather / I'd sooner / I'd prefer" earlier in the turn is no item now
(``clause_kinds.preferred``: a verb of ``PREFERRED_WAYS``, do, make, open, start, hold …); work made ("I'd rather not
guess. I'll rework the forecast."), a thing handed over ("I'll get you the exact weights") or a dated promise still is.

Finding a thing out by a deadline: "When will we know the print budget?" "I'll know the budget by mid January." gave
no item (the ``cognition_can`` distractor covers every "I'll know"); it is one, "confirm the print budget". "I'll /
we'll know" followed by "the / our / your / their / whether / which" is no longer that distractor, is worded "confirm
…" (``know_is_confirm`` in ``models/wording/task_wording.jsonl``), and is work only with a deadline ("by …", "before
…", ``clause_kinds.foreknown``): "We'll know the numbers on the day." and "We'll know more once the council come
back." stay no items.

A hedged yes with a later date: "Can you get us the revised floor plan by Friday?" "I'll do my best, but it may be
Monday." gave no item ("do my best," is the ``bare_try`` distractor). "I'll do / try my best, but …" takes the request
on now (``accept_do_my_best`` in ``models/acceptances.jsonl``), dated as the reply says; not "…, but no promises",
"…, but I can't promise anything" nor a bare "I'll do my best.".
"""

from __future__ import annotations

import pytest

from tests.support import CALL, opened_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


CHOICE_AFTER_PREFERENCE = [
    [
        (OWEN, "Who's opening the launch evening, you or Priti?"),
        (PRITI, "Honestly, I'd rather not open, I hate warming up a room. Owen opens, I'll do the product demo."),
    ],
    [
        (THEO, "The drone shot might not get permission in time."),
        (OWEN, "I'd rather drop it than risk the schedule. I can start on the beach instead. It's more honest anyway."),
    ],
    [
        (NELL, "Thirty-second spots or forties?"),
        (OWEN, "I'd rather have fewer spots that land. Okay, no thirties. We'll make them forties and keep the budget "
               "where it is."),
    ],
    [
        (OWEN, "Do you want the weekly reports as PDFs?"),
        (PRITI, "I'd much rather have a live dashboard than forty PDFs. Tuesdays and Thursdays at two. I can hold "
                "that through to launch."),
    ],
]  # fmt: skip


@pytest.mark.parametrize("turns", CHOICE_AFTER_PREFERENCE)
def test_a_choice_after_a_preference_is_no_item(turns: list[tuple[str, str]]) -> None:
    assert opened_items(turns) == []


WORK_AFTER_PREFERENCE = [
    (
        [
            (OWEN, "The weights would help the stand builder."),
            (THEO, "I'd rather give you proper numbers, not my memory. I'll get you the exact weights first thing "
                   "Monday."),
        ],
        THEO,
    ),
    (
        [
            (OWEN, "The printers need the artwork."),
            (NELL, "I'd rather the studio checks it first. I'll send the final artwork over on Friday."),
        ],
        NELL,
    ),
    (
        [
            (PRITI, "And what is the uplift without the bank holiday weekend?"),
            (THEO, "I'd rather not guess in front of your board. I'll rework the forecast without the bank holiday."),
        ],
        THEO,
    ),
    (
        [
            (PRITI, "Could you do a draft of the FAQ?"),
            (NELL, "Sure. I'd rather do it properly though. I'll write the FAQ this week."),
        ],
        NELL,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "owner"), WORK_AFTER_PREFERENCE)
def test_work_handed_over_or_dated_after_a_preference_stays(turns: list[tuple[str, str]], owner: str) -> None:
    assert [who for who, _, _ in opened_items(turns)] == [owner]


KNOWN_BY_A_DEADLINE = [
    (
        [
            (PRITI, "When will we know the print budget?"),
            (NELL, "I'll know the budget by mid January."),
        ],
        (NELL, "confirm the print budget", None),
    ),
    (
        [
            (OWEN, "How many are coming to the launch?"),
            (THEO, "I'll know the final headcount by Friday."),
        ],
        (THEO, "confirm the final headcount", "2026-03-06"),
    ),
    (
        [
            (OWEN, "Have we got the venue?"),
            (NELL, "We'll know whether the venue is free by Thursday."),
        ],
        ("agency", "confirm whether the venue is free", "2026-03-05"),
    ),
]


@pytest.mark.parametrize(("turns", "item"), KNOWN_BY_A_DEADLINE)
def test_knowing_a_thing_by_a_deadline_is_confirming_it(
    turns: list[tuple[str, str]], item: tuple[str, str, str | None]
) -> None:
    assert opened_items(turns) == [item]


KNOWN_IN_TIME = [
    [
        (OWEN, "How did the sampling go?"),
        (THEO, "We'll know the numbers on the day."),
    ],
    [
        (OWEN, "Is the council on board?"),
        (NELL, "We'll know more once the council come back."),
    ],
    [
        (OWEN, "Will the screens work outside?"),
        (PRITI, "If not, we'd do them in the foyer. We'll only know on the day."),
    ],
]


@pytest.mark.parametrize("turns", KNOWN_IN_TIME)
def test_knowing_in_time_is_no_item(turns: list[tuple[str, str]]) -> None:
    assert opened_items(turns) == []


BEST_BUT_LATER = [
    (
        [
            (OWEN, "Can you get us the revised floor plan by Friday?"),
            (THEO, "I'll do my best, but it may be Monday."),
        ],
        (THEO, "2026-03-09"),
    ),
    (
        [
            (OWEN, "Could you send the updated media plan by Wednesday?"),
            (NELL, "I'll do my best, but it might be Thursday."),
        ],
        (NELL, "2026-03-05"),
    ),
]


@pytest.mark.parametrize(("turns", "item"), BEST_BUT_LATER)
def test_doing_ones_best_with_a_later_date_takes_the_request(
    turns: list[tuple[str, str]], item: tuple[str, str]
) -> None:
    assert [(owner, due) for owner, _, due in opened_items(turns)] == [item]


BEST_AND_NO_MORE = [
    [
        (OWEN, "Can you get us the revised floor plan by Friday?"),
        (THEO, "I'll do my best, but no promises."),
    ],
    [
        (OWEN, "Can you get us the revised floor plan by Friday?"),
        (THEO, "I'll do my best."),
    ],
]


def test_doing_ones_best_without_a_promise_is_a_try() -> None:
    """ "I'll do my best, but I can't promise anything" takes the request on as "I'll try, but I can't promise
    anything" does (due49): the AE lists the work, with the day asked."""
    turns = [
        (OWEN, "Can you get us the revised floor plan by Friday?"),
        (THEO, "I'll do my best, but I can't promise anything with the studio this busy."),
    ]
    assert [(owner, due) for owner, _, due in opened_items(turns)] == [(THEO, "2026-03-06")]


@pytest.mark.parametrize("turns", BEST_AND_NO_MORE)
def test_doing_ones_best_and_no_more_takes_nothing_on(turns: list[tuple[str, str]]) -> None:
    assert opened_items(turns) == []
