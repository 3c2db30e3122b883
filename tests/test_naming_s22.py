"""Naming voices, second round (naming.evidence / naming.assign): a self-introduction later in a turn, a name said in
the third person ("Priti has the list") as a sign the speaker is someone else, a task taken on with "I can", a call
finished by another voice, and the chair of the meeting as the agency's account lead."""

from __future__ import annotations

import pytest

from pipeline.schemas import Attendee
from pipeline.speakers import naming
from tests.support import CALL

T = naming.Turn


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Sorry, the link kept dropping. Hi, I'm Priti, I look after the stores.", 2),
        ("Apologies, wrong room. Morning all, it's Owen, I've just got in.", 3),
        ("Sorry, the link kept dropping. I'm Priti's cover this week.", None),  # someone else's stand-in
        ("Sorry, the link kept dropping. Priti said she might be late.", None),  # about someone, no greeting
        ("Can you hear me now? Much better, hi Nell, Priti here, sorry about that.", 2),
        ("Right, that's better. Hi all, Owen here.", 3),
        ("Right, that's better. Hi all, Owen here has the figures.", None),  # Owen is in the room, not speaking
    ],
)
def test_a_greeting_and_introduction_after_a_first_sentence_is_an_introduction(text: str, who: int | None) -> None:
    assert naming.introduced(text, CALL) == who


def test_a_late_joiner_introducing_themself_after_an_apology_is_named() -> None:
    turns = [
        T(0, "Right, shall we make a start? The first thing is the window graphics."),
        T(1, "I've got the proofs here if that helps."),
        T(2, "Sorry, the link kept dropping. Hi, I'm Priti, I look after the stores."),
        T(0, "No problem at all, welcome."),
    ]
    assert naming.name_speakers_from_turns(turns, 3, CALL) == {2: "Priti Anand"}


def _meeting(aside: str) -> list[naming.Turn]:
    return [
        T(0, "Morning all, it's Nell, I'll chair today."),
        T(1, "Hi, Theo here, I'm on the media side."),
        T(2, "Morning. We've had a look at the plan and broadly we like it."),
        T(3, aside),
        T(2, "Fine, let's go with that then."),
        T(0, "Great, I'll send the report round tomorrow."),
    ]


def test_a_voice_that_speaks_of_an_attendee_in_the_third_person_is_not_them() -> None:
    """Voice 3 says "Priti has ...": it is not Priti, so of the two client names left it is Owen, and voice 2 Priti."""
    turns = _meeting("Priti has the store list, she'll send it over on Friday.")
    assert naming.name_speakers_from_turns(turns, 4, CALL) == {
        0: "Nell Garside",
        1: "Theo Marsh",
        2: "Priti Anand",
        3: "Owen Lacey",
    }


def test_without_the_name_the_client_voices_stay_unnamed() -> None:
    turns = _meeting("She has the store list, she'll send it over on Friday.")
    assert naming.name_speakers_from_turns(turns, 4, CALL) == {0: "Nell Garside", 1: "Theo Marsh"}


@pytest.mark.parametrize(
    ("reply", "named"),
    [
        ("I can, yes, I'll book the studio for the morning.", {1: "Theo Marsh"}),
        ("I can. The studio's free all day.", {1: "Theo Marsh"}),
        ("I can't, I'm afraid, I'm away that whole week.", {}),  # declined: it may be anyone's diary
        ("I cannot see why not, the studio's free.", {}),
    ],
)
def test_a_task_given_by_name_and_taken_on_with_i_can_names_the_one_who_takes_it(
    reply: str, named: dict[int, str]
) -> None:
    turns = [
        T(0, "We've moved the shoot to the Thursday, so Theo can run the casting that morning."),
        T(1, reply),
        T(2, "That works for us."),
    ]
    assert naming.name_speakers_from_turns(turns, 3, CALL) == named


@pytest.mark.parametrize(
    ("call", "rest", "named"),
    [
        ("Owen, would you mind", "taking us through where the rollout has got to?", {3: "Owen Lacey"}),
        ("Owen, could you", "give us the store numbers first?", {3: "Owen Lacey"}),
        # two sentences, each whole: the voice after the call is the one called, and it does not answer
        ("Owen, would you mind.", "Taking us through it is the next thing.", {}),
    ],
)
def test_a_call_finished_by_another_voice_is_answered_by_the_voice_after(
    call: str, rest: str, named: dict[int, str]
) -> None:
    """The voices cut one sentence in two: the one called by name answers after the second half."""
    turns = [
        T(0, "Right, that's the creative done, so shall we move on to the stores? " + call),
        T(1, rest),
        T(3, "Sure, happy to. We're at forty stores now and the rest follow in May."),
        T(2, "That's good to hear."),
    ]
    assert naming.name_speakers_from_turns(turns, 4, CALL) == named


ROLES = {"Nell Garside": "Account Director", "Theo Marsh": "Creative Director", "Priti Anand": "Head of Retail"}
PEOPLE = [a.model_copy(update={"role": ROLES.get(a.name, "Marketing Manager")}) for a in CALL]
OPENING = "Morning both, thanks for making the time. Shall we start with the window graphics?"
CLIENT = "We've looked at them and the stores like the bolder version, but the price panel needs to be bigger."
AGENCY = "That's easy enough, we can rework the panel and keep the type size the same across the range."
RECAP = "Lovely. So, a quick recap: the panel gets bigger, the layouts come back Friday, and I'll send notes round."


def _chaired(opening: str = OPENING, recap: str = RECAP, closer: int = 0) -> list[naming.Turn]:
    return [
        T(0, opening),
        T(2, CLIENT),
        T(1, AGENCY),
        T(3, "Fine by me, as long as it's in before the print slot."),
        T(2, "And we'll need the Welsh versions too."),
        T(1, "Noted, we'll add those."),
        T(closer, recap),
        T(3, "Perfect, thanks all."),
    ]


@pytest.mark.parametrize(
    ("turns", "people", "named"),
    [
        (_chaired(), PEOPLE, {0: "Nell Garside"}),
        # the recap is given by another voice than the one that opened: no chair
        (_chaired(closer=1), PEOPLE, {}),
        # two account directors: which one chairs is not known
        (
            _chaired(),
            [p.model_copy(update={"role": "Account Director"}) if p.side == "agency" else p for p in PEOPLE],
            {},
        ),
        # no account role on the agency side
        (_chaired(), [p.model_copy(update={"role": "Strategist"}) if p.side == "agency" else p for p in PEOPLE], {}),
        # the opening voice sums up early on, not at the end
        (_chaired()[:2] + [T(0, RECAP)] + _chaired()[2:6] + [T(1, "Great, speak next week.")], PEOPLE, {}),
    ],
)
def test_the_voice_that_opens_and_recaps_the_meeting_is_the_account_lead(
    turns: list[naming.Turn], people: list[Attendee], named: dict[int, str]
) -> None:
    assert naming.name_speakers_from_turns(turns, 4, people) == named


def test_the_chair_is_not_named_against_an_address_to_someone_else() -> None:
    turns = _chaired()
    turns[1] = T(2, "Thanks, Theo. " + CLIENT)  # the opening voice is thanked as Theo
    assert naming.name_speakers_from_turns(turns, 4, PEOPLE) == {}


def _roles(nell: str, theo: str) -> list[Attendee]:
    return [
        p.model_copy(update={"role": {"Nell Garside": nell, "Theo Marsh": theo}.get(p.name, p.role)}) for p in PEOPLE
    ]


@pytest.mark.parametrize(
    ("nell", "theo", "named"),
    [
        ("Account Manager", "Creative Director", {0: "Nell Garside"}),  # the creative director leaves the chair
        ("Senior Account Executive", "Designer", {0: "Nell Garside"}),
        ("Account Manager", "Business Director", {}),  # either may chair
        ("Account Supervisor", "Client Partner", {}),
        ("Account Director", "Managing Partner", {0: "Nell Garside"}),  # an account director chairs for the agency
    ],
)
def test_an_account_manager_chairs_unless_a_business_director_is_there(
    nell: str, theo: str, named: dict[int, str]
) -> None:
    assert naming.name_speakers_from_turns(_chaired(), 4, _roles(nell, theo)) == named
