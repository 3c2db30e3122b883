"""An agreement reads as a term the client could sign, not as the talk that settled it: "So we're agreed the launch
stays on the first of December." is written "The launch stays on the first of December." (found by drafting a Teams
download: the summary read "We agreed that We're agreed the launch stays …")."""

from __future__ import annotations

import pytest

from pipeline.extract.agreements import statement
from tests.support import call


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("So we're agreed the launch stays on the first of December.", "The launch stays on the first of December."),
        ("We're all agreed that option B is the one.", "Option B is the one."),
        ("Agreed, then: the shoot moves to Tuesday.", "The shoot moves to Tuesday."),
        ("It's agreed: no TV.", "No TV."),
        ("We've agreed the fee stays at twelve.", "The fee stays at twelve."),
        # the agreeing is the term, or nothing is left without it: kept as said
        ("Agreed.", "Agreed."),
        ("We agree.", "We agree."),
        ("We agree to disagree on the colour.", "We agree to disagree on the colour."),
        ("Agreed on the budget of fifty.", "Agreed on the budget of fifty."),
        ("We agreed yesterday the budget was fifty.", "We agreed yesterday the budget was fifty."),
        ("We've agreed internally that the launch moves.", "We've agreed internally that the launch moves."),
    ],
)
def test_the_agreeing_words_before_the_term_are_left_out(said: str, written: str) -> None:
    assert statement(said) == written


def test_a_recap_of_what_was_agreed_reads_as_the_term() -> None:
    found = call(
        [
            ("Nell Garside", "Can we keep the launch on the first of December, or does it need to move?"),
            ("Owen Lacey", "It stays. So we're agreed the launch stays on the first of December."),
            ("Nell Garside", "Agreed."),
        ]
    )
    assert [a.text for a in found.agreements] == ["The launch stays on the first of December."]
