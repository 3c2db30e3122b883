"""Session 54, agreements (branch agr54): how people settle things.

* "Shall we keep the Leeds date?" "Yes.": what stays as it is, asked by one side and granted by the other with a bare
  yes, is settled as much as a change (``settled.change_granted``); not "keep an eye on", "keep you posted".

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

from tests.support import opened_agreements_at as agreements

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"
CLASH = "Leeds is pencilled for the 12th and Bristol for the 14th, but the Bristol venue has a clash that day."


def test_keeping_a_date_asked_and_granted_is_settled() -> None:
    found = agreements([(NELL, CLASH), (NELL, "Shall we keep the Leeds date?"), (OWEN, "Yes."), (NELL, "Great.")])
    assert [turn for turn, _ in found] == [2], found
    assert "keep the leeds date" in found[0][1].lower(), found


def test_keeping_an_eye_or_someone_posted_is_no_decision() -> None:
    for asked in ("Should we keep an eye on the Leeds numbers?", "Can we keep you posted on the Leeds venue?"):
        found = agreements([(NELL, CLASH), (NELL, asked), (OWEN, "Yes."), (NELL, "Great.")])
        assert found == [], (asked, found)
