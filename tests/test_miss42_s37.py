"""Action items a new user found missed (session 37). Dialogues written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

A need said flat ("We need to redo the captions before Friday.", "The captions need redoing.") is taken on by a
reply made only of the words that take something on (OWN_IT: "On it.", "Will do.", "Leave it with me.",
``proposals.need_stated``): the replier's item, the need's work and date. A plain yes ("Sure.", "Yeah.") agrees
that it is needed and takes nothing on, nor does a reply from the one who said it.

A request met with a hesitation ("Hmm.") by the one asked and pressed by the asker ("We really need them for the
audit.") stays open: "Fine, I'll do it." a turn later takes it on. One the asker lets go of ("Never mind, the radio
copy next.") is not, nor one where the pause is a third person's aside ("Rude.").

"And the recording too, please." after the listener's own item ("I'll circulate the deck after the call.") asks for
the same done to a second thing: "Will do." takes it on ("circulate the recording"); not answered, it is nobody's,
and "the recording too" said as an answer to a question asks nothing.

"I'll send the deck tonight. And the budget by Friday.": a sentence after the speaker's own item that names only a
further thing and its deadline is that work done to it, a second item (``items.elided_delivery``); not a question,
a thing with a verb of its own, or a date that says when something happens ("And the launch on Friday."). A second
thing promised with its own deadline in the reply that takes a request on ("Sure. I'll get you the top-line numbers
today, and the full plan on Friday.") is a second item, as it is said unasked (``items.second_object``).

"Can you see if the venue is free on the 12th?" asks for a check ("check whether the venue is free on the 12th"),
taken on by "Sure."; "I'll see if the weather holds" and "Let's see if it sells" stay vague intentions.
"""

from __future__ import annotations

import pytest

from tests.support import CALL, NEXT, opened_call

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def items(turns: list[tuple[str, str]]) -> list[tuple[str | list[str] | None, str, int | None]]:
    return [(a.owner, a.task, a.turn) for a in opened_call(turns).action_items]


def dated(turns: list[tuple[str, str]]) -> list[tuple[str | list[str] | None, str, str | None]]:
    return [(a.owner, a.task, a.due.isoformat() if a.due else None) for a in opened_call(turns).action_items]


# -- 1. a need said flat, taken on in OWN_IT words ------------------------------------------------------------
@pytest.mark.parametrize(
    "turns",
    [
        [(PRITI, "We need to redo the captions before Friday."), (THEO, "Sure."), NEXT],
        [(PRITI, "The captions need redoing before Friday."), (THEO, "Yeah."), NEXT],
        [(PRITI, "We need to redo the captions before Friday."), (THEO, "Yeah, I know. It's a shame."), NEXT],
        [(PRITI, "We need to redo the captions before Friday."), (PRITI, "On it."), NEXT],
        [(PRITI, "Do we need to redo the captions?"), (THEO, "On it."), NEXT],
        [(PRITI, "We don't need to redo the captions."), (THEO, "Happy to hear it."), NEXT],
        [(PRITI, "We needed to redo the captions last time."), (THEO, "Mine were fine."), NEXT],
    ],
)
def test_a_need_not_taken_on_is_nobodys(turns: list[tuple[str, str]]) -> None:
    assert items(turns) == [], opened_call(turns).action_items


@pytest.mark.parametrize(
    ("turns", "owner"),
    [
        ([(PRITI, "We need to redo the captions before Friday."), (THEO, "On it."), NEXT], THEO),
        ([(PRITI, "The captions need redoing before Friday."), (THEO, "On it."), NEXT], THEO),
        ([(PRITI, "We need to redo the captions before Friday."), (NELL, "Will do."), NEXT], NELL),
        ([(OWEN, "The captions need redoing before Friday."), (NELL, "Yep, leave that with us."), NEXT], "agency"),
    ],
)
def test_a_need_taken_on_in_own_it_words_is_the_repliers(turns: list[tuple[str, str]], owner: str) -> None:
    assert dated(turns) == [(owner, "redo the captions", "2026-03-06")], opened_call(turns).action_items


# -- 2. a request accepted late, after a hesitation and the asker pressing it -----------------------------------
@pytest.mark.parametrize(
    "turns",
    [
        [
            (PRITI, "Could you send the invoices over?"),
            (THEO, "Hmm."),
            (PRITI, "Never mind, I'll ask accounts. The radio copy next."),
            (THEO, "Fine, the radio copy."),
            NEXT,
        ],
        [
            (PRITI, "Could you send the invoices over?"),
            (THEO, "Hmm."),
            (PRITI, "We really need them for the audit."),
            (THEO, "Sorry, I can't, they're with finance."),
            NEXT,
        ],
        [
            (PRITI, "Could you send the invoices over?"),
            (THEO, "Hmm."),
            (PRITI, "We really need them for the audit."),
            (OWEN, "Right."),
            (NELL, "Okay."),
            (THEO, "Yes."),
            NEXT,
        ],
    ],
)
def test_a_request_let_go_or_declined_after_a_pause_is_nobodys(turns: list[tuple[str, str]]) -> None:
    assert [i for i in items(turns) if "invoice" in i[1]] == [], opened_call(turns).action_items


def test_a_third_persons_aside_is_no_pause_of_the_one_asked() -> None:
    turns = [
        (THEO, "I'll redraw the logo after the holiday."),
        (OWEN, "Cool. Send it to me directly, yeah?"),
        (PRITI, "Rude."),
        (OWEN, "You know what I mean."),
        (NELL, "Right, colour next."),
        (THEO, "Yeah."),
        NEXT,
    ]
    assert [i for i in items(turns) if i[2] != 2] == [], opened_call(turns).action_items


@pytest.mark.parametrize(
    "turns",
    [
        [
            (PRITI, "Could you send the invoices over?"),
            (THEO, "Hmm."),
            (PRITI, "We really need them for the audit."),
            (THEO, "Fine, I'll do it."),
            NEXT,
        ],
        [
            (PRITI, "Can you send me the invoices?"),
            (THEO, "Um."),
            (PRITI, "It's for the audit, honestly."),
            (THEO, "Okay, will do."),
            NEXT,
        ],
    ],
)
def test_a_request_pressed_after_a_pause_is_taken_on_late(turns: list[tuple[str, str]]) -> None:
    assert items(turns) == [(THEO, "send the invoices", 5)], opened_call(turns).action_items


# -- 3. a second thing asked for after the listener's own item -------------------------------------------------
@pytest.mark.parametrize(
    "turns",
    [
        [(THEO, "I'll circulate the deck after the call."), (PRITI, "Thanks. And the recording too, please."), NEXT],
        [
            (THEO, "What do you want in the pack?"),
            (PRITI, "The deck. And the recording too."),
            (THEO, "Fine."),
            NEXT,
        ],
        [(THEO, "The deck went round yesterday."), (PRITI, "And the recording too, please."), (THEO, "Sure."), NEXT],
    ],
)
def test_a_second_thing_not_asked_of_an_owner_or_not_answered_is_nobodys(turns: list[tuple[str, str]]) -> None:
    assert [i for i in items(turns) if "recording" in i[1]] == [], opened_call(turns).action_items


@pytest.mark.parametrize(
    ("turns", "task"),
    [
        (
            [
                (THEO, "I'll circulate the deck after the call."),
                (PRITI, "Thanks. And the recording too, please."),
                (THEO, "Will do."),
                NEXT,
            ],
            "circulate the recording",
        ),
        (
            [
                (NELL, "I'll send the floor plan over tonight."),
                (OWEN, "Great. And the seating chart as well, please?"),
                (NELL, "Sure."),
                NEXT,
            ],
            "send the seating chart",
        ),
    ],
)
def test_a_second_thing_asked_of_an_owner_and_taken_on_is_theirs(turns: list[tuple[str, str]], task: str) -> None:
    found = items(turns)
    owner = turns[0][0]
    assert (owner, task, 4) in found, opened_call(turns).action_items
    assert len(found) == 2, found


# -- 4. "can you see if …" asks for a check -------------------------------------------------------------------
@pytest.mark.parametrize(
    "turns",
    [
        [(THEO, "I'll see if the weather holds."), (PRITI, "Fingers crossed."), NEXT],
        [(PRITI, "Let's see if it sells first."), (THEO, "Sure."), NEXT],
        [(PRITI, "Can you see if the venue is free on the 12th?"), (THEO, "Sorry, I can't, I'm away."), NEXT],
    ],
)
def test_seeing_if_not_asked_or_declined_is_no_item(turns: list[tuple[str, str]]) -> None:
    assert items(turns) == [], opened_call(turns).action_items


@pytest.mark.parametrize(
    ("turns", "task"),
    [
        (
            [(PRITI, "Can you see if the venue is free on the 12th?"), (THEO, "Sure."), NEXT],
            "check whether the venue is free on the 12th",
        ),
        (
            [(OWEN, "Could you see if the printers can do five hundred?"), (NELL, "Yep, will do."), NEXT],
            "check whether the printers can do 500",
        ),
    ],
)
def test_asked_to_see_if_is_a_check(turns: list[tuple[str, str]], task: str) -> None:
    assert [t for _, t, _ in items(turns)] == [task], opened_call(turns).action_items


# -- 5. a second delivery said after the first: its own sentence, or in the reply to a request ----------------------
@pytest.mark.parametrize(
    "turns",
    [
        [(THEO, "I'll send the deck tonight. And the launch on Friday, of course."), (OWEN, "Great."), NEXT],
        [(THEO, "I'll send the deck tonight. And the budget? No idea yet."), (OWEN, "Great."), NEXT],
        [(THEO, "I'll send the deck tonight. And the budget is fine by Friday."), (OWEN, "Great."), NEXT],
        [
            (OWEN, "Could you send the numbers over?"),
            (NELL, "Sure. I'll send the running order and the contact report by Friday."),
            NEXT,
        ],
    ],
)
def test_one_delivery_said_once_is_one_item(turns: list[tuple[str, str]]) -> None:
    assert len(items(turns)) == 1, opened_call(turns).action_items


@pytest.mark.parametrize(
    ("turns", "second"),
    [
        (
            [(THEO, "I'll send the deck tonight. And the budget by Friday."), (OWEN, "Great."), NEXT],
            (THEO, "send the budget", "2026-03-06"),
        ),
        (
            [
                (OWEN, "When can we have the holding email?"),
                (
                    NELL,
                    "Yep. I'll have the email with you by two. And the front desk Q and A, the proper one, by Friday.",
                ),
                NEXT,
            ],
            (NELL, "send the front desk Q and A", "2026-03-06"),
        ),
        (
            [
                (OWEN, "Could you send the numbers over?"),
                (NELL, "Sure. I'll get you the top-line numbers today, and the full plan on Friday."),
                NEXT,
            ],
            (NELL, "get the full plan", "2026-03-06"),
        ),
    ],
)
def test_a_second_delivery_with_its_own_deadline_is_a_second_item(
    turns: list[tuple[str, str]], second: tuple[str, str, str]
) -> None:
    found = dated(turns)
    assert len(found) == 2 and found[1] == second, opened_call(turns).action_items
