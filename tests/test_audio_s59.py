"""Review leftovers of session 58 (session 59): places that read with a copy of their own what another module owns.
"The venue list, I'll look into that." took "look into that" for another's work said turns before, where "do
that" (the wording module's own narrower list of pointing tasks) was read as the thing named first; now the
``DO_IT`` rows of ``models/wording/task_wording.jsonl`` say which tasks point back."""

from __future__ import annotations

import pytest
from support import opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"

# a call where another's work ("get their approval") was said just before the client takes on the thing she names
BEFORE = [
    (NELL, "I'll survey the windows. I'll do Kensington on Thursday, before the store opens."),
    (PRITI, "Lovely. We open at ten, so you'll have the place to yourself."),
    (OWEN, "Priti, for the plinths we need the hero product list. I'll send you our template this afternoon."),
    (NELL, "And the landlord in Manchester, that's on me. I'll get their approval by the end of the month."),
]


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("The venue list, I'll look into that.", "look into the venue list"),
        ("The venue list, I'll look into that. You'll have it by the 11th.", "look into the venue list"),
        ("The shortlist, yeah, I'll look into that.", "look into the shortlist"),
        ("The product list, I'll do that. You'll have it by the 11th.", "do the hero product list"),
    ],
)
def test_a_pointing_task_after_a_thing_named_first_is_that_thing(said: str, task: str) -> None:
    assert [t for who, t, _ in opened_items([*BEFORE, (PRITI, said)]) if who == PRITI] == [task]


@pytest.mark.parametrize(
    "said",
    ["The budget, I'll be honest, that's tight.", "The budget, honestly, I'd look into that again."],
)
def test_a_thing_named_first_with_no_task_taken_on_is_no_item(said: str) -> None:
    assert [t for who, t, _ in opened_items([*BEFORE, (PRITI, said)]) if who == PRITI] == []
