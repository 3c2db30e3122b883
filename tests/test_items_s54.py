"""Action items an AE keeps (session 54, issue 10: "not every I'll is an item"), each a way people talk, in dialogues
written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a
Wednesday, 2026-03-04):

* "I'll pencil in a call for Tuesday": the date said of the thing put in the diary is the item's date, and the thing
  stays in the task ("pencil in a call"), not only the verb.
* "Can you release the hold?" "Sure." … "Actually, don't release it yet.": work called off by the one who asked goes.
* "We'll keep it held until you hear from the board": a booking kept standing is the side's item, not a decision.
* "I can ask her. No promises.": asking put forward, an item once taken up; "I'll ask her. No promises." still is.
* "Tuesday we'll send the storyboards, Thursday the animatic", "the deck Tuesday and the budget Thursday": two items.
* "When's the build?" "I'm hoping Thursday.", or a day after "Totally different thing: …": no date for the item before.
* "Can you share them with Kofi too?" after "I'll send the deck and the budget": "them" is both, not a plural between.
* "Theo will check the crop …" … Theo: "Let me check with the retoucher about …": other work, the assignment stands.
* "I'll check them the same day": the day just said; "the same day as the recce" is no date.
* "I'll try, but I can't promise anything.": a bare try, no request taken on.
"""

from __future__ import annotations

import pytest

from tests.support import CALL, NEXT, call, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def items(turns: list[tuple[str, str]]) -> list[tuple[str | list[str] | None, str, str | None, int | None]]:
    return call_items([*turns, NEXT])


# --- a session put in the diary with its day ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "task", "due"),
    [
        ("I'll pencil in a call for Tuesday to go through the run of show.", "pencil in a call", "2026-03-10"),
        ("I'll pencil in a review for Wednesday.", "pencil in a review", "2026-03-11"),
        ("I'll slot in a catch-up for next week.", "slot in a catch-up", "2026-03-13"),
    ],
)
def test_a_session_pencilled_in_for_a_day_is_an_item_due_that_day(said: str, task: str, due: str) -> None:
    got = items([(NELL, said)])
    assert len(got) == 1 and got[0][0] == NELL and got[0][1].startswith(task) and got[0][2] == due, got


@pytest.mark.parametrize(
    ("said", "task"),
    [
        # the date of the whole phrase goes with it: "in time for Friday" is when, not a thing
        ("Sure, I'll send the revised deck in time for Friday.", "send the revised deck"),
        ("I'll put it in the board pack for Thursday.", "put it in the board pack"),
    ],
)
def test_a_date_phrase_that_is_no_thing_still_leaves_the_task(said: str, task: str) -> None:
    got = items([(NELL, said)])
    assert len(got) == 1 and got[0][1].startswith(task) and "Friday" not in got[0][1], got


# --- a request called off a few turns later -------------------------------------------------------------------

HOLD = [
    (PRITI, "Can you release the hold on the Foundry for the second date?"),
    (NELL, "Sure, I'll release it today."),
    (OWEN, "Hmm, wait. We might still need that date if the board moves the offsite."),
]
PHOTOGRAPHER = [
    (OWEN, "Nell, could you book the photographer for the Friday shoot?"),
    (NELL, "Yes, I'll book her this afternoon."),
    (PRITI, "Hang on, the Friday shoot might move."),
]


@pytest.mark.parametrize(
    "turns",
    [
        [*HOLD, (PRITI, "Actually, don't release it yet. Not until the board has confirmed.")],
        [*HOLD, (PRITI, "Sorry, don't release the hold just now, please.")],
        [*PHOTOGRAPHER, (OWEN, "True. Forget the photographer for now, let's wait until the date is fixed.")],
    ],
)
def test_work_called_off_by_the_one_who_asked_is_no_item(turns: list[tuple[str, str]]) -> None:
    got = items([*turns, (NELL, "Okay, no problem.")])
    assert got == [], got


@pytest.mark.parametrize(
    "said",
    [
        "Don't send it to the whole team, just me.",  # how it is done
        "And don't forget to send the budget too.",  # a reminder
        "Don't send it before the embargo, though.",
    ],
)
def test_a_change_or_reminder_after_a_request_keeps_the_item(said: str) -> None:
    got = items([(PRITI, "Can you send the deck over?"), (NELL, "Sure, I'll send it tonight."), (PRITI, said)])
    assert [(o, k) for o, t, _, k in got if "deck" in t] == [(NELL, 1)], got


def test_the_owner_putting_it_off_is_not_calling_it_off_by_the_other_side() -> None:
    got = items([(NELL, "I'll release the hold on the Foundry today."), (PRITI, "Great."), (NELL, "Right.")])
    assert [(o, k) for o, _, _, k in got] == [(NELL, 0)], got


# --- a booking kept held is work, not a decision ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("No problem, we'll keep the venue held until you hear back from the board.", "keep the venue held"),
        ("It is. We'll keep the room booked till Friday.", "keep the room booked"),
        ("We'll keep the hold on the Foundry for another week.", "keep the hold on the Foundry"),
    ],
)
def test_a_booking_kept_held_is_the_sides_item(said: str, task: str) -> None:
    got = call([(PRITI, "Is the room still free on the ninth?"), (NELL, said), NEXT])
    assert [(i.owner, i.task[: len(task)]) for i in got.action_items] == [("agency", task)], got.action_items
    assert [a.turn for a in got.agreements] == [], got.agreements


@pytest.mark.parametrize("said", ["Yes. We'll keep the campaign on hold until March.", "Fine, we'll keep the red."])
def test_keeping_a_choice_or_a_pause_is_still_a_decision(said: str) -> None:
    got = call([(PRITI, "Can we pause the campaign, or change the colour?"), (OWEN, said), NEXT])
    assert got.action_items == [], got.action_items
    assert [a.turn for a in got.agreements] == [1], got.agreements


# --- "I can ask her. No promises.": asking put forward, not promised ---------------------------------------------

SOPHIE = (PRITI, "Will Sophie come to the launch, do you think?")


@pytest.mark.parametrize(
    "said",
    ["I can ask her. No promises, she's travelling a lot.", "I can ask her, but no promises."],
)
def test_an_ability_to_ask_hedged_with_no_promises_is_no_item_until_taken_up(said: str) -> None:
    assert items([SOPHIE, (NELL, said)]) == []


def test_the_hedged_ask_taken_up_is_an_item_at_the_offer() -> None:
    got = items([SOPHIE, (NELL, "I can ask her. No promises."), (PRITI, "Yes please, that would be great.")])
    assert [(o, k) for o, _, _, k in got] == [(NELL, 1)], got


@pytest.mark.parametrize(
    "said",
    [
        "I'll ask her. No promises, she's travelling a lot.",  # the asking is promised
        "I can ask her tonight.",  # no hedge
    ],
)
def test_asking_promised_or_unhedged_stays_an_item(said: str) -> None:
    got = items([SOPHIE, (NELL, said)])
    assert [(o, k) for o, _, _, k in got] == [(NELL, 1)], got


# --- "Tuesday we'll send the storyboards, Thursday the animatic": two deliveries, each on its day ---------------


@pytest.mark.parametrize(
    ("said", "owner", "want"),
    [
        (
            "Then the film. Tuesday we'll send the storyboards, Thursday the animatic.",
            "agency",
            [("send the storyboards", "2026-03-10"), ("send the animatic", "2026-03-05")],
        ),
        (
            "Thursday I'll send the copy deck, Monday the translations.",
            NELL,
            [("send the copy deck", "2026-03-05"), ("send the translations", "2026-03-09")],
        ),
    ],
)
def test_two_things_each_after_its_own_day_are_two_items(said: str, owner: str, want: list[tuple[str, str]]) -> None:
    got = items([(NELL, said)])
    assert [(t, d) for _, t, d, _ in got] == want and {o for o, _, _, _ in got} == {owner}, got


def test_a_second_day_alone_after_the_comma_is_no_second_item() -> None:
    got = items([(NELL, "Tuesday we'll send the storyboards, Thursday at the latest.")])
    assert [t for _, t, _, _ in got] == ["send the storyboards"], got


# --- a fact's day after a change of topic does not date an earlier item -------------------------------------------

SHOT_LIST = [(PRITI, "Can you also send me the shot list for the stills?"), (NELL, "Will do.")]


@pytest.mark.parametrize(
    "turns",
    [
        [
            (PRITI, "Great. Totally different thing: the trade show stand."),
            (PRITI, "When's the build?"),
            (NELL, "I'm hoping Thursday, if the contractor can get in."),
        ],
        [
            (PRITI, "Thanks. When's the build, by the way?"),
            (NELL, "I'm hoping Thursday, if the contractor can get in."),
        ],
        [(PRITI, "Great. Change of subject, the trade show stand."), (NELL, "The build's Thursday, all being well.")],
    ],
)
def test_the_day_of_another_thing_leaves_the_item_undated(turns: list[tuple[str, str]]) -> None:
    got = items([*SHOT_LIST, *turns])
    assert [(t, d, k) for _, t, d, k in got] == [("send the shot list for the stills", None, 1)], got


@pytest.mark.parametrize(
    "turns",
    [
        [(PRITI, "When could we have it?"), (NELL, "I'm hoping Thursday.")],
        [(PRITI, "Lovely."), (NELL, "Thursday, probably.")],
    ],
)
def test_the_items_own_day_said_later_still_dates_it(turns: list[tuple[str, str]]) -> None:
    got = items([*SHOT_LIST, *turns])
    assert [(d, k) for _, _, d, k in got] == [("2026-03-05", 1)], got


# --- "them" asked to be handed over is what the one asked promised to hand over -----------------------------------

Q1 = [
    (PRITI, "Great."),
    (OWEN, "On the budget, the Q1 numbers are still moving."),
    (PRITI, "Nell, can you share them with Owen too?"),
    (NELL, "Sure."),
]


def test_them_shared_is_both_things_the_owner_promised_to_send() -> None:
    got = items([(NELL, "I'll send the deck and the budget after this."), *Q1])
    assert len(got) == 1 and got[0][1].startswith("send the deck and the budget"), got
    assert not any("Q1" in t for _, t, _, _ in got), got


@pytest.mark.parametrize(
    "promised",
    [
        "I'll update the deck and the budget after this.",  # nothing promised to be handed over
        "I'll send the deck after this.",  # one thing: not "them"
    ],
)
def test_them_is_the_plural_named_between_when_nothing_of_the_kind_was_promised(promised: str) -> None:
    got = items([(NELL, promised), *Q1])
    assert any(t.startswith("share the Q1 numbers") for _, t, _, _ in got), got


# --- a colleague's assignment is not taken up by their later, unrelated work ----------------------------------------

CROP = (NELL, "First thing, the packshots. Theo will check the crop on the hero bottle against the new guidelines.")


def test_later_work_of_the_assignee_on_another_thing_takes_no_assignment_on() -> None:
    got = items(
        [
            CROP,
            (PRITI, "Good, the old crop cut off the logo."),
            (THEO, "Let me check with the retoucher about the skin tones on the model shot."),
        ]
    )
    assert [(o, t) for o, t, _, _ in got if "crop" in t] == [], got
    assert [(o, k) for o, t, _, k in got if "retoucher" in t] == [(THEO, 2)], got


@pytest.mark.parametrize(
    "turns",
    [
        [(THEO, "Yep, I'll do that today.")],
        [(PRITI, "Good, the old crop cut off the logo."), (THEO, "Sure, I'll check the crop this afternoon.")],
    ],
)
def test_the_assignee_taking_the_same_work_on_is_the_item(turns: list[tuple[str, str]]) -> None:
    got = items([CROP, *turns])
    assert [(o, t.startswith("check the crop")) for o, t, _, _ in got] == [(THEO, True)], got


# --- "the same day": the day just said ------------------------------------------------------------------------------

PROOFS = (PRITI, "The proofs come back from the printer on Thursday.")


@pytest.mark.parametrize(
    "turns",
    [
        [(NELL, "I'll check them the same day.")],
        [(OWEN, "Can you check them the same day?"), (NELL, "Sure.")],
    ],
)
def test_the_same_day_is_the_day_just_said(turns: list[tuple[str, str]]) -> None:
    got = items([PROOFS, *turns])
    assert [(o, t, d) for o, t, d, _ in got] == [(NELL, "check the proofs", "2026-03-05")], got


@pytest.mark.parametrize(
    "said",
    ["Okay. I'll send the call sheet the same day as the recce.", "Okay. We'll sign the PO the same day we get it."],
)
def test_the_same_day_as_an_event_is_no_date(said: str) -> None:
    got = items([(PRITI, "The shoot's on Friday."), (NELL, said)])
    assert len(got) == 1 and got[0][2] is None, got


def test_a_second_thing_joined_to_the_first_ones_day_is_its_own_item() -> None:
    got = items([(NELL, "I'll send the deck Tuesday and the budget Thursday.")])
    assert [(t, d) for _, t, d, _ in got] == [("send the deck", "2026-03-10"), ("send the budget", "2026-03-05")], got


@pytest.mark.parametrize(
    ("said", "tasks"),
    [
        ("I'll send the deck Tuesday and Thursday.", ["send the deck"]),  # a second day, no second thing
        ("I'll send the deck and the budget on Thursday.", ["send the deck and the budget"]),  # one day for both
    ],
)
def test_one_thing_or_one_day_stays_one_item(said: str, tasks: list[str]) -> None:
    assert [t for _, t, _, _ in items([(NELL, said)])] == tasks


# --- "I'll try, but I can't promise": a try disclaimed takes nothing on ------------------------------------------

QUOTE = (PRITI, "Can you get the quote to us by Friday?")


@pytest.mark.parametrize("said", ["I'll try, but I can't promise anything.", "I'll try but we can't guarantee it."])
def test_a_try_disclaimed_takes_no_request_on(said: str) -> None:
    assert items([QUOTE, (NELL, said)]) == []


@pytest.mark.parametrize(
    "said",
    [
        "I can't promise Friday, but I'll get it to you Monday.",
        "I'll try to, and I can promise you Monday at the latest.",
    ],
)
def test_a_day_promised_beside_the_disclaimer_is_still_an_item(said: str) -> None:
    got = items([QUOTE, (NELL, said)])
    assert [(o, d) for o, _, d, _ in got] == [(NELL, "2026-03-09")], got
