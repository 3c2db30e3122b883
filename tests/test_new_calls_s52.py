"""Defects found in session 52 by drafting new calls as a new user would: each test failed before its fix. The calls
open with ``support.OPENING`` on Wednesday 4 March 2026."""

from __future__ import annotations

from support import opened_agreements

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"  # agency, agency, client, client


def test_an_option_taken_with_lets_go_is_stated_as_taken() -> None:
    """ "Should we do print or digital?" "Let's go digital.": the option taken, not the question's two, is what was
    agreed; the same when the option is a participle ("Let's go seated.") or a frequency ("Let's go monthly then.")."""
    for option, said in (
        ("print or digital", "digital"),
        ("seated or standing", "seated"),
        ("weekly or monthly", "monthly then"),
    ):
        agreements = opened_agreements(
            [(PRITI, f"Should we do {option}?"), (NELL, f"Let's go {said}."), (PRITI, "Agreed.")]
        )
        assert agreements == [f"We go {said.split()[0]}."], said
    agreements = opened_agreements([(PRITI, "Can we lock in the seated layout?"), (NELL, "Yes, let's go seated.")])
    assert agreements == ["We go seated."]


def test_going_somewhere_is_no_option_taken() -> None:
    """Must not give: "Let's go through it." or "Let's go quickly." chooses nothing."""
    for said in ("Let's go through it.", "Let's go quickly then."):
        assert opened_agreements([(PRITI, "Where are we on the deck?"), (NELL, said)]) == [], said
