""" "Me and Theo will draft it", "my producer and I will draft it": the speaker takes the work on with someone, and it
is the speaker's item (with the attendee named, theirs too). Before, "me and Theo" gave the speaker alone and "our
intern and I will draft the letter" gave nothing."""

from __future__ import annotations

import pytest

from tests.support import call_items

ASKED = ("Priti Anand", "Can someone draft the customer letter?")


@pytest.mark.parametrize(
    ("said", "owner"),
    [
        ("Me and Theo will draft the letter by Friday.", ["Nell Garside", "Theo Marsh"]),
        ("Perfect. Theo and I will draft the letter by Friday.", ["Nell Garside", "Theo Marsh"]),
        ("My producer and I will draft the letter by Friday.", "Nell Garside"),
        ("Our designer and I will draft it by Friday.", "Nell Garside"),
        ("Our intern and I will draft the letter by Friday.", "Nell Garside"),
        ("I will draft it by Friday.", "Nell Garside"),
    ],
)
def test_the_speaker_takes_it_on_with_someone(said: str, owner: str | list[str]) -> None:
    assert call_items([ASKED, ("Nell Garside", said)]) == [(owner, "draft the customer letter", "2026-03-06", 1)]


def test_work_done_is_no_item() -> None:
    assert call_items([ASKED, ("Nell Garside", "My producer and I drafted it on Friday.")]) == []
