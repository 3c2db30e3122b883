"""Which turns give an action item (session 19): joint sessions put in ways the walk did not read as one. "It'd be
worth the two of us going through the store list", "it might be worth us doing a walk-through", "why don't we do a
walk-through with you?", a wish said after the listener's name ("And Priti, I'd love to do a session with you"),
and a session whose day is refused only to put another ("Next Monday? I'm away this Monday."). Dialogues written
for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a
Wednesday, 2026-03-04)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def rows(turns: list[tuple[str, str]]) -> list[tuple[int | None, object, str | None]]:
    found = call(turns).action_items
    return [(a.turn, a.owner, a.due.isoformat() if a.due else None) for a in found]


def both(*names: str) -> set[str]:
    return set(names)


@pytest.mark.parametrize(
    "put",
    [
        "Owen, it'd be worth the two of us going through the store list properly. A few calls are tricky.",
        "Owen, it might be worth us doing a proper walk-through of the store list.",
        "Owen, why don't we do a walk-through of the store list with you?",
        "And Owen, for the store list, I'd love to do a proper session with you on it. An hour maybe?",
    ],
)
def test_a_session_put_as_worth_doing_or_wished_is_joint_once_taken(put: str) -> None:
    got = rows(
        [
            (OWEN, "The retailer targeting is a bit of a mess."),
            (NELL, put),
            (OWEN, "Yes, let's do that. Friday morning?"),
            (NELL, "Friday morning works."),
        ]
    )
    assert len(got) == 1, got
    turn, owner, due = got[0]
    assert turn in (1, 2) and isinstance(owner, list) and set(owner) == both(NELL, OWEN) and due == "2026-03-06", got


@pytest.mark.parametrize(
    "put",
    [
        "Honestly, it'd be worth us pulling the numbers again before anyone decides.",  # the side's work, no session
        "Why don't we move the launch back a week?",  # a proposal, no session with the listener
        "It might be worth us doing a proper walk-through if the budget ever comes back.",  # if: not put
    ],
)
def test_worth_us_or_why_dont_we_without_a_session_is_no_joint_item(put: str) -> None:
    got = rows([(OWEN, "The retailer targeting is a bit of a mess."), (NELL, put), (OWEN, "Hmm, maybe.")])
    assert not any(isinstance(owner, list) for _, owner, _ in got), got


def test_another_day_put_for_a_session_is_no_refusal() -> None:
    got = rows(
        [
            (PRITI, "The dish in the film has to be one we actually sell."),
            (NELL, "Yes, you and I should sit down with your chefs. They're in on Mondays."),
            (PRITI, "Next Monday? I'm away this Monday."),
            (NELL, "Next Monday, fine."),
        ]
    )
    assert len(got) == 1 and set(got[0][1]) == both(NELL, PRITI) and got[0][2] == "2026-03-09", got  # type: ignore[arg-type]


def test_a_session_refused_with_no_other_day_is_no_item() -> None:
    got = rows(
        [
            (PRITI, "The dish in the film has to be one we actually sell."),
            (NELL, "Yes, you and I should sit down with your chefs on Monday."),
            (PRITI, "I'm away this Monday, sorry. Let's leave it with the chefs."),
        ]
    )
    assert not any(isinstance(owner, list) for _, owner, _ in got), got


# talk about the meeting itself, an alternative threatened, words quoted: no item (GUIDELINES §4)
@pytest.mark.parametrize(
    "lines",
    [
        [(PRITI, "I have to drop at half past, sorry."), (NELL, "No problem, we'll do your bits first. So, the plan.")],
        [
            (PRITI, "Have you got the storyboard?"),
            (NELL, "Yes, I'll just pull it up... can you see that?"),
            (PRITI, "Yes, got it."),
        ],
        [(PRITI, "Have you got the storyboard?"), (NELL, "Yep, I'll just share it. Is that coming through?")],
        [
            (PRITI, "Can Theo make the twelfth?"),
            (NELL, "Let me check Theo's diary and come back to you before we finish."),
        ],
        [(PRITI, "Who's free on the twelfth?"), (NELL, "I'll look it up and tell you before the end of the call.")],
        [(PRITI, "The board said the plan felt like 'we'll sort it out later'. They want detail."), (NELL, "Fair.")],
    ],
)
def test_the_meeting_itself_and_quoted_words_give_no_item(lines: list[tuple[str, str]]) -> None:
    assert rows(lines) == []


@pytest.mark.parametrize(
    ("said", "n"),
    [
        ("Yes, I'll chase them. I'll have them by Friday or I'll start ringing round.", 1),  # the alternative: none
        ("Yes, I'll chase them by Friday.", 1),
    ],
)
def test_a_promise_put_after_or_is_no_item(said: str, n: int) -> None:
    got = rows([(PRITI, "Can you chase the printer for the proofs?"), (NELL, said)])
    assert len(got) == n and all(owner == NELL for _, owner, _ in got), got


@pytest.mark.parametrize(
    ("reply", "taken"),
    [
        ("That'd be great. Yes please.", True),
        ("No, honestly, I'll keep it short.", False),
    ],
)
def test_we_could_if_that_helps_is_the_sides_offer(reply: str, taken: bool) -> None:
    got = rows(
        [
            (PRITI, "I'm presenting to the exec board soon."),
            (NELL, "Then we could put a couple of summary slides into your deck as well, if that helps."),
            (PRITI, reply),
        ]
    )
    assert [(turn, owner) for turn, owner, _ in got if owner == "agency"] == ([(1, "agency")] if taken else []), got


def test_we_could_without_a_courtesy_is_a_proposal_not_an_offer() -> None:
    got = rows([(PRITI, "The budget's tight."), (NELL, "We could cut the radio altogether."), (PRITI, "Yes please.")])
    assert got == [], got


def test_that_pointing_at_a_thing_named_in_the_same_turn_is_not_the_colleagues_item() -> None:
    got = rows(
        [
            (NELL, "It'd also help to have logins to the analytics before the kickoff."),
            (
                OWEN,
                "That has to go through IT, but I'll get them to set you both up with access by the end of the month.",
            ),
            (PRITI, "And you'll need the full brand book, not the public one. I'll send that across early next week."),
            (NELL, "Perfect."),
        ]
    )
    assert [(turn, owner) for turn, owner, _ in got] == [(1, OWEN), (2, PRITI)], got


def test_a_colleague_taking_on_the_item_with_that_is_still_handed_over() -> None:
    got = rows(
        [
            (PRITI, "Can someone send us the media schedule?"),
            (THEO, "We'll get the schedule over to you."),
            (NELL, "Yeah, I'll send that across tomorrow."),
        ]
    )
    assert [(turn, owner) for turn, owner, _ in got] == [(2, NELL)], got


@pytest.mark.parametrize(
    ("put", "reply", "n"),
    [
        ("Priti, I'll need the final sponsor list and all the logos for the badges.", "Yes, of course.", 1),
        ("Sorry, can you hear me? On the badges, Priti, I'll need the final sponsor list.", "Yes, of course.", 1),
        ("Sorry, can you hear me now?", "Yes, of course.", 0),  # a check of the line asks for no work
        ("I'll need a week on the badges, to be honest.", "Yes, of course.", 0),  # no one asked, nothing to send
    ],
)
def test_i_will_need_said_to_a_named_listener_is_a_request(put: str, reply: str, n: int) -> None:
    got = rows([(THEO, put), (PRITI, reply), (OWEN, "Sorry I'm late, what did I miss?")])
    assert [(turn, owner) for turn, owner, _ in got] == [(1, PRITI)] * n, got


def test_a_yes_after_the_difficulty_takes_the_request_on_the_day_after_it() -> None:
    got = rows(
        [
            (NELL, "Owen, could you test it end to end once it's on staging?"),
            (OWEN, "Mm. I've got an audit on Thursday, but yes, I'll give it a go on Friday."),
            (NELL, "Great."),
        ]
    )
    assert got == [(1, OWEN, "2026-03-06")], got


@pytest.mark.parametrize(
    ("said", "n"),
    [
        ("Fair. I'll leave that, then.", 0),  # dropped, not done
        ("Okay, I'll leave those for now.", 0),
        ("Fair. Leave it with me, then.", 1),
    ],
)
def test_leaving_it_then_drops_the_work(said: str, n: int) -> None:
    got = rows(
        [
            (PRITI, "Could you set up logins for the dealers as well?"),
            (NELL, "Honestly, most of them already have one from the old portal."),
            (PRITI, said),
        ]
    )
    assert len([r for r in got if r[0] == 2]) == n, got
