"""Action items found or not (read sets tune10-tune17): an offer put to nobody by name, put off by the one who
answers it and taken up turns later, is one item at the offer's turn (GUIDELINES 2.1, offer taken up), not a new
request at the take-up and a second item at its "Will do". Dialogues written for these tests (tests.support.CALL:
Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

from tests.support import CALL
from tests.support import call_items as items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def test_an_offer_put_off_and_taken_up_later_is_one_item_at_the_offer() -> None:
    got = items(
        [
            (THEO, "The crew filmed plenty of interviews we never cut in. I could get those over to your comms team."),
            (OWEN, "Hmm, let me check the talent releases first, they may only cover the final edit."),
            (NELL, "Sure. Moving on, the stand build is on track for the fourteenth."),
            (PRITI, "Good. And the lanyards are ordered."),
            (OWEN, "I've just checked the releases, they cover all the footage."),
            (NELL, "Great news."),
            (OWEN, "So Theo, yes please, send those interviews over to the comms team."),
            (THEO, "Will do. I'll get our editor to pull them on Monday."),
            (PRITI, "Lovely. Next, the badges."),
        ]
    )
    assert [(owner, turn) for owner, _, _, turn in got] == [(THEO, 0)], got
    assert got[0][2] is not None, got  # the Monday said at the "Will do" dates the offer


def test_an_offer_put_off_and_never_taken_up_stays_out() -> None:
    got = items(
        [
            (THEO, "The crew filmed plenty of interviews we never cut in. I could get those over to your comms team."),
            (OWEN, "Hmm, let me check the talent releases first, they may only cover the final edit."),
            (NELL, "Sure. Moving on, the stand build is on track for the fourteenth."),
            (PRITI, "Good. And the lanyards are ordered."),
            (OWEN, "Right, the badges next. Are we printing names on both sides?"),
            (NELL, "Both sides, yes."),
        ]
    )
    assert got == [], got


def test_a_go_ahead_for_other_work_is_still_asked() -> None:
    got = items(
        [
            (THEO, "The crew filmed plenty of interviews we never cut in. I could get those over to your comms team."),
            (OWEN, "Hmm, let me check the talent releases first, they may only cover the final edit."),
            (NELL, "Sure. Moving on, the stand build is on track for the fourteenth."),
            (OWEN, "Nell, send me the stand drawings, please."),
            (NELL, "Will do."),
            (PRITI, "Next, the badges."),
        ]
    )
    assert [(owner, turn) for owner, _, _, turn in got] == [(NELL, 4)], got


def test_acts_of_the_call_itself_are_no_items() -> None:
    got = items(
        [
            (NELL, "Right, let's start. Theo, can you give us the quick version?"),
            (THEO, "Sure. The stand's built, the screens arrive Monday. Can you see my screen? I'll put the map up."),
            (PRITI, "Yes. And could we add a fourth screen by the door?"),
            (NELL, "I'll stop you there, the fourth screen is out of budget."),
            (OWEN, "Fair. Let's move on to the badges."),
        ]
    )
    assert got == [], got


def test_work_said_in_the_same_words_stays_work() -> None:
    got = items(
        [
            (PRITI, "Could you get the route map printed for the volunteers?"),
            (THEO, "Sure, I'll get the map printed and up on the wall by Friday."),
            (OWEN, "Lovely. Next, the badges."),
        ]
    )
    assert [(owner, turn) for owner, _, _, turn in got] == [(THEO, 1)], got


def test_that_would_be_fine_takes_up_the_sides_offer() -> None:
    got = items(
        [
            (PRITI, "We can't afford a stills photographer on the day."),
            (THEO, "We can pull still frames from the video for you, though. The camera's sharp enough."),
            (OWEN, "That'd be fine for the newsletter."),
            (NELL, "Great. Next, the badges."),
        ]
    )
    assert [(owner, turn) for owner, _, _, turn in got] == [("agency", 1)], got
