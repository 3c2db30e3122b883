"""A hyphenated word at the end of a task lost its second half when a date followed it, found by trying the product
as a new user would: "I'll send you the final sign-off Monday." drafted "send the final sign" (the "off" of
"sign-off" taken for a preposition left hanging once the date was cut off). The end of a hyphenated word stays."""

from __future__ import annotations

import pytest
from support import NEXT, opened_call


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll send you the final sign-off Monday.", "send the final sign-off"),
        ("I'll get you the budget sign-off Monday.", "get the budget sign-off"),
        ("I'll send over the revised mock-up Friday.", "send over the revised mock-up"),
        ("I'll chase the printer on Monday.", "chase the printer"),  # a plain task is as before
    ],
)
def test_a_hyphenated_word_keeps_its_end_before_a_date(said: str, task: str) -> None:
    (item,) = opened_call([("Theo Marsh", said), NEXT]).action_items
    assert item.task == task
