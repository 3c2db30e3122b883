"""Session 52, a day said back to another question is no go-ahead for an older offer (branch due59).

"I'll pop a recurring Tuesday slot in everyone's diaries." … "Shall we do that Tuesday afternoon, before the first
weekly call?" "Go on then. Tuesday.": the answer is to the session just put, and the day in it does not name the
older offer. Before, ``offers.go_ahead_again`` took the "Tuesday" of "Go on then. Tuesday." for the offer's own word
("a recurring Tuesday slot"), took the offer as given the go-ahead again and dated it that Tuesday. The words of a
go-ahead's dates now name no work; a go-ahead that names the thing ("Nell, do the one-pager. End of next week's
fine.") still dates the offer. The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo
Marsh agency, Priti Anand and Owen Lacey client; the call is on Wednesday 4 March 2026).
"""

from __future__ import annotations

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def test_a_day_said_to_another_question_does_not_date_an_older_offer() -> None:
    items = call_items(
        [
            (PRITI, "A weekly call would suit us better than the monthly one."),
            (THEO, "Lovely. I'll pop a recurring Tuesday slot in everyone's diaries."),
            (OWEN, "Not Tuesday mornings, if you can, I've got the ops call."),
            (THEO, "Tuesday afternoons then."),
            (
                NELL,
                "Owen, something that would really help me is walking through the loyalty data with you. Just so I "
                "can see how you've been reading it. Shall we do that Tuesday afternoon, before the first weekly call?",
            ),
            (OWEN, "Go on then. Tuesday."),
        ]
    )
    slot = [i for i in items if i[0] == THEO]
    assert len(slot) == 1
    assert "slot" in slot[0][1]
    assert slot[0][2] is None


def test_a_go_ahead_that_names_the_offer_still_dates_it() -> None:
    items = call_items(
        [
            (NELL, "I can knock up a one-pager on the wet weather plan, if that helps."),
            (PRITI, "Maybe. Let's see how the forecast looks."),
            (OWEN, "The marquee people want the numbers soon."),
            (THEO, "I'll chase them about the sizes."),
            (PRITI, "Nell, do the one-pager. End of next week's fine."),
        ]
    )
    one_pager = [i for i in items if i[0] == NELL]
    assert len(one_pager) == 1
    assert one_pager[0][2] == "2026-03-13"
