"""Session 43, agreements (branch agr50).

* Someone of the client put by name as the one to take a role ("No, not me. I think Priti should do it, honestly."
  "Go on then. I'll do it."; "I'd rather Priti did the interviews." "Oh. Okay. Yes, happy to.") who takes it on is a
  role decision (GUIDELINES §3): rule ``role_taken`` (``settling.ROLE_ROWS``), stated with the full name ("Priti Anand
  does the interviews."). Not work asked of them ("… should send the sales data over"), nor a reply that puts it off
  or says no.

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import re

import pytest

from pipeline.extract.settling import ROLE_ROWS
from tests.support import opened_agreements_at as agreements

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


ROLE_PUT = [
    (
        [
            (NELL, "The organisers have offered us a speaking slot at the dinner. Would you want to do it, Owen?"),
            (OWEN, "God, no. Not my thing. I think Priti should do it, honestly, she knows the members."),
            (PRITI, "Go on then. I'll do it."),
            (NELL, "Great, we'll write you something short."),
        ],
        "Priti Anand does it.",
    ),
    (
        [
            (THEO, "So Priti on the demos, and Owen, you're doing the interviews?"),
            (OWEN, "Actually, I'd rather Priti did the interviews. She knows the range inside out."),
            (PRITI, "Oh. Okay. Yes, happy to."),
            (THEO, "Lovely."),
        ],
        "Priti Anand does the interviews.",
    ),
]


@pytest.mark.parametrize(("turns", "said"), ROLE_PUT)
def test_a_role_put_on_the_client_by_name_and_taken_on_is_an_agreement(turns: list[tuple[str, str]], said: str) -> None:
    assert (2, said) in agreements(turns)


ROLE_NOT_TAKEN = [
    [
        (NELL, "I think Owen should send the sales data over, he has the login."),
        (OWEN, "Sure, I'll do it."),
        (NELL, "Great."),
    ],
    [
        (NELL, "Who's doing the welcome at the launch?"),
        (OWEN, "I think Priti should do it, honestly."),
        (PRITI, "Hmm. Can we talk about that later?"),
        (NELL, "Okay."),
    ],
    [
        (NELL, "Who's doing the welcome at the launch?"),
        (OWEN, "I'd rather Priti did it. She's better on her feet than me."),
        (PRITI, "Oh no. I'd really rather not."),
        (NELL, "Okay."),
    ],
    [
        (NELL, "Who's doing the welcome at the launch?"),
        (OWEN, "I think Priti should do it."),
        (PRITI, "Okay, no, I can't, I'm away that week."),
        (NELL, "Okay."),
    ],
]


@pytest.mark.parametrize("turns", ROLE_NOT_TAKEN)
def test_work_asked_or_a_role_put_off_or_refused_settles_no_role(turns: list[tuple[str, str]]) -> None:
    assert not any(text.startswith("Priti Anand does") or "Owen Lacey" in text for _, text in agreements(turns))


@pytest.mark.parametrize("row", ROLE_ROWS)
def test_each_role_row_matches_its_examples_and_none_of_its_not_examples(
    row: tuple[str, tuple[str, ...], tuple[str, ...]],
) -> None:
    pattern, examples, not_examples = row
    name = re.escape("Priti Anand")
    assert all(re.search(pattern.format(name=name), s, re.I) for s in examples)
    assert not any(re.search(pattern.format(name=name), s, re.I) for s in not_examples)
