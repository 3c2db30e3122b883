"""Dates from session 30's read sets. Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo
Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

A reply that takes work on and asks which day ("Yes, of course. Which Thursday?", "Yeah, definitely. When are you
up in Leeds?") is a question of when (the WHEN cues ``when_which_day`` and ``when_are_you_free``): the day the
other side puts back is the item's, even when a reason follows it ("The nineteenth? That gives you a week after
the reprint."), and not a day said in the request as a habit ("They meet on Thursday mornings").

A session taken up with a vague time and a day asked in the same turn ("Love that. Let's do it once the guides are
done. How about Thursday the nineteenth?") is on that day once the other of the two takes it.

Work the item's turn says is done "there" after a day said in a sentence before it ("The board meet on Friday at
their leadership call. I'll get their sign-off there.") takes that day, as "then" does.

Work asked for at an event ("Can someone do the product bit at the training?") whose day was said just before ("the
training day's next Wednesday") and taken on in the reply is due on the event's day."""

from __future__ import annotations

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")


def test_the_day_put_back_after_which_thursday_dates_the_item() -> None:
    turns = [
        (PRITI, "Our access panel meets on Thursday mornings. Theo, would you come and present the layouts to them?"),
        (THEO, "Yes, of course. Which Thursday?"),
        (PRITI, "The nineteenth? That gives you a week after the reprint."),
        (THEO, "The nineteenth's good."),
        NEXT,
    ]
    dues = {due for owner, _, due, _ in call_items(turns) if owner == THEO}
    assert dues == {"2026-03-19"}, call_items(turns)


def test_the_day_said_after_when_are_you_up_dates_the_session() -> None:
    turns = [
        (NELL, "Could we also do a site visit together before the install? You and me, Priti."),
        (PRITI, "Yeah, definitely. When are you up in Leeds?"),
        (NELL, "I'm in the north office on the twelfth. March twelfth. Could we do the morning?"),
        (PRITI, "March twelfth, morning, perfect."),
        NEXT,
    ]
    joint = [due for owner, _, due, _ in call_items(turns) if isinstance(owner, list)]
    assert joint == ["2026-03-12"], call_items(turns)


def test_a_day_put_back_with_a_reason_but_unasked_does_not_redate() -> None:
    turns = [
        (PRITI, "Theo, could you send the layouts over?"),
        (THEO, "Yes, of course. I'll get them to you by Friday."),
        (PRITI, "The nineteenth? We need a week after the reprint anyway."),
        (OWEN, "Right, the radio copy next."),
    ]
    dues = {due for owner, _, due, _ in call_items(turns) if owner == THEO}
    assert dues == {"2026-03-06"}, call_items(turns)


def test_a_day_asked_in_the_turn_that_takes_a_session_dates_it_once_the_other_takes_it() -> None:
    """ "If you and I ran it together …" "Love that. Let's do it once the guides are done. How about Thursday the
    nineteenth?" "The nineteenth... yeah, I'm free then. Let's do it.": the session is on the 19th
    (``session_owners._day_settled`` reads the taking turn's own question too)."""
    turns = [
        (OWEN, "If you and I ran the franchisee webinar together, Nell, it'd land better with them."),
        (NELL, "Love that. Let's do it once the guides are done. How about Thursday the nineteenth?"),
        (OWEN, "The nineteenth... yeah, I'm free the nineteenth. Let's do it."),
        (PRITI, "Great. Now, the radio copy."),
    ]
    joint = [due for owner, _, due, _ in call_items(turns) if isinstance(owner, list)]
    assert joint == ["2026-03-19"], call_items(turns)


def test_a_day_asked_in_the_taking_turn_that_the_other_turns_down_does_not_date_it() -> None:
    turns = [
        (OWEN, "If you and I ran the franchisee webinar together, Nell, it'd land better with them."),
        (NELL, "Love that. Let's do it once the guides are done. How about Thursday the nineteenth?"),
        (OWEN, "The nineteenth I can't, I'm away that week."),
        (PRITI, "Great. Now, the radio copy."),
    ]
    joint = [due for owner, _, due, _ in call_items(turns) if isinstance(owner, list)]
    assert "2026-03-19" not in joint, call_items(turns)


def test_work_done_there_takes_the_day_of_the_event_said_before_it_in_the_turn() -> None:
    """ "Friday's good. The board meet on Friday at their leadership call. I'll get their sign-off there.": the
    sign-off is got at the call, on Friday (``carried_dues._said_before`` reads "there" as it reads "then")."""
    turns = [
        (NELL, "I'll rewrite the ending and get the revised script over to you by Friday."),
        (PRITI, "Friday's good. The board meet on Friday at their leadership call. I'll get their sign-off there."),
        (OWEN, "Great. Now, the radio copy."),
    ]
    dues = {due for owner, _, due, _ in call_items(turns) if owner == PRITI}
    assert dues == {"2026-03-06"}, call_items(turns)


def test_there_after_a_day_of_other_work_does_not_take_that_day() -> None:
    turns = [
        (PRITI, "I'll send the revised deck to the board on Friday. And I'll get their sign-off there."),
        (OWEN, "Great. Now, the radio copy."),
    ]
    signoff = [due for owner, task, due, _ in call_items(turns) if owner == PRITI and "sign-off" in task]
    assert signoff in ([], [None]), call_items(turns)


def test_work_asked_for_at_an_event_dated_just_before_is_due_on_its_day() -> None:
    """ "The training day's next Wednesday, at our studio." "Can someone from your side do the product bit at the
    training?" "I'll do it.": the product session is on the training day (``carried_dues._at_the_event``)."""
    turns = [
        (PRITI, "We've got twelve ambassadors booked, and the training day's next Wednesday at our studio."),
        (OWEN, "Can someone from your side do the product bit at the training? They always get the range wrong."),
        (THEO, "I'll do it. I'll bring the new samples so they can taste the difference."),
        (PRITI, "Great. Now, the radio copy."),
    ]
    dues = {due for owner, _, due, _ in call_items(turns) if owner == THEO}
    assert dues == {"2026-03-11"}, call_items(turns)


def test_work_asked_for_somewhere_else_than_the_event_is_not_given_its_day() -> None:
    turns = [
        (PRITI, "We've got twelve ambassadors booked, and the training day's next Wednesday at our studio."),
        (OWEN, "Can someone from your side look at the sampling kit at the warehouse? It's a mess."),
        (THEO, "I'll do it. I'll sort the boxes out."),
        (PRITI, "Great. Now, the radio copy."),
    ]
    dues = {due for owner, _, due, _ in call_items(turns) if owner == THEO}
    assert "2026-03-11" not in dues, call_items(turns)
