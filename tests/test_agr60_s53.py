"""Session 53, agreements (branch agr60).

* A terse choice that names its term ("Half nine, then.") is no bare acceptance for the agreement scorer
  (``agreement_scorer.NAMING``): it may settle a time put two turns before, after a word from the other side's
  colleague ("Could we open at half nine?" "The hall is fine with half nine." "Half nine, then.").

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

from tests.support import opened_agreements_at as agreements

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


def test_a_terse_choice_that_names_its_term_settles_what_was_put_before() -> None:
    found = agreements(
        [
            (NELL, "Doors were at nine, but the stage needs an hour to rig. Could we open at half nine?"),
            (THEO, "The hall is fine with half nine, we have it from seven."),
            (PRITI, "Half nine, then."),
            (NELL, "Lovely, I'll change the invite."),
        ]
    )
    assert [turn for turn, _ in found] == [2], found
    assert "half nine" in found[0][1].lower(), found
