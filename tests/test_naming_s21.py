"""Naming two voices of one side apart (naming.assign): once the side model has put each voice on its side, a single
plain address ("Thanks, Owen." to the voice that just spoke) tells that voice from the other voice of its side."""

from __future__ import annotations

from pipeline.settings import REPO_ROOT
from pipeline.speakers import naming, sides
from tests.support import CALL

T = naming.Turn
AGENCY_A = (
    "So the plan for today is to take you through the two routes and the timings. We could have the revised "
    "storyboard with you by Friday, and I'll send the contact report round tomorrow morning."
)
AGENCY_B = (
    "On the media side we'd recommend holding the radio back a week, shall I put the options in a deck for your "
    "team? We can turn that round by Monday if that helps."
)
CLIENT_A = (
    "Honestly I'm happy with the second route. Our legal team will want their sign-off before it goes anywhere, "
    "and my boss will ask about the budget, so let's keep it under the cap."
)
CLIENT_B = (
    "From our side I'm happy to go with that. Our store teams will need the artwork early, and I'll need to get "
    "sign-off from our finance director, so let's not promise the extra print run yet."
)


def model() -> sides.SideModel:
    shipped = sides.load(REPO_ROOT / "models")
    assert shipped is not None
    return shipped


def test_the_voices_are_sure_of_their_sides() -> None:
    for text, agency in ((AGENCY_A, True), (AGENCY_B, True), (CLIENT_A, False), (CLIENT_B, False)):
        p = model().agency(text, CALL)
        assert p is not None and (p >= sides.SURE if agency else p <= 1 - sides.SURE)


def meeting(thanks: str) -> list[naming.Turn]:
    return [T(0, AGENCY_A), T(2, CLIENT_A), T(1, AGENCY_B), T(3, CLIENT_B), T(0, thanks), T(2, "Fine, go on.")]


def test_a_voice_thanked_by_name_is_told_from_the_other_voice_of_its_side() -> None:
    turns = meeting("Thanks, Owen, that's really useful.")
    assert naming.name_speakers_from_turns(turns, 4, CALL) == {}
    # then the other client voice is Priti, the one client name left; the two agency voices stay unnamed
    assert naming.name_speakers_from_turns(turns, 4, CALL, model()) == {3: "Owen Lacey", 2: "Priti Anand"}


def test_no_name_is_given_without_an_address() -> None:
    turns = meeting("Thanks, that's really useful.")
    assert naming.name_speakers_from_turns(turns, 4, CALL, model()) == {}


def test_a_voice_whose_side_is_not_sure_is_not_named_by_one_address() -> None:
    """Voice 3 says too little for its side to be known: "Thanks, Owen." after it could be said to anyone."""
    turns = [T(0, AGENCY_A), T(2, CLIENT_A), T(1, AGENCY_B), T(3, "Yes, fine by me."), T(0, "Thanks, Owen.")]
    turns += [T(2, CLIENT_B)]
    assert naming.name_speakers_from_turns(turns, 4, CALL, model()) == {}


def test_a_name_welcomed_with_the_room_is_not_given_to_whoever_greets_back() -> None:
    """ "Morning all, Owen, ..." greets everyone: the first to say "Morning" back may be anyone of them."""
    welcome = "Morning all, Owen, good of you to join us, we were just getting going."
    turns = [T(0, welcome), T(2, "Morning! " + CLIENT_A), T(3, "Morning."), T(1, AGENCY_B), T(3, CLIENT_B)]
    turns += [T(0, AGENCY_A)]
    assert naming.name_speakers_from_turns(turns, 4, CALL, model()) == {}


def test_a_name_called_after_the_room_is_greeted_is_still_an_address() -> None:
    call = "Morning all. Owen, could you start us off with where the stores are?"
    turns = [T(0, call), T(3, "Yes, of course. " + CLIENT_B), T(2, CLIENT_A), T(1, AGENCY_B), T(0, AGENCY_A)]
    # and the other client voice is Priti, the one client name left
    assert naming.name_speakers_from_turns(turns, 4, CALL, model()) == {3: "Owen Lacey", 2: "Priti Anand"}
