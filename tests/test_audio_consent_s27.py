"""A one-word consent Whisper runs into the choice it consents to ("Fine, keynote first, panel after the break." for
"Fine. Keynote first, panel after the break.") ends its sentence there, as typed. tests.support.CALL: Nell Garside
and Theo Marsh agency, Priti Anand and Owen Lacey client."""

from __future__ import annotations

import pytest

from pipeline.extract.asr import normalise
from tests.support import CALL
from tests.support import extract_spoken as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("spoken", "read"),
    [
        (
            "Fine, keynote first, panel after the break, assuming she's free at all.",
            "Fine. Keynote first, panel after the break, assuming she's free at all.",
        ),
        ("Ok, four eighty for year one, website in year two.", "Ok. Four eighty for year one, website in year two."),
        # a clause with its own subject, an order, a qualifier or a short pick keeps the comma
        ("Yeah, I'll do that.", "Yeah, I'll do that."),
        ("Fine, move to fortnightly.", "Fine, move to fortnightly."),
        ("Fine, but only if it stays under budget.", "Fine, but only if it stays under budget."),
        ("Okay, so what about radio?", "Okay, so what about radio?"),
        ("Yes, route two.", "Yes, route two."),
        ("Great, thanks everyone for joining.", "Great, thanks everyone for joining."),
    ],
)
def test_a_one_word_consent_run_into_a_choice_ends_its_sentence(spoken: str, read: str) -> None:
    assert normalise(spoken) == read


def test_the_choice_after_a_one_word_consent_is_agreed_from_a_recording() -> None:
    turns = [
        (THEO, "Then the keynote goes straight after the welcome, and the panel moves to after the break."),
        (PRITI, "Fine, keynote first, panel after the break, assuming she's free at all."),
    ]
    assert [a.start for a in run(turns).agreements] == [10.0]
