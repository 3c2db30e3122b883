"""Sessions people agree to hold together, and work said twice in one turn: one item each, at the right turn.

A session taken with a willing "go on then" / "I'd love that" that asks when is settled where its time is taken;
a firm "Yes, let's. When?" has taken it already. The travel and set-up said while it is being timed belong to the
session. A task for a pair stands where the second of them takes it. A turn that promises work and then hands the
same thing over ("… we'll have a draft with you by Friday"), or vouches for it ("I'll make sure of it"), is one item.

The dialogues are written for these tests, in the way account teams talk on client calls.
"""

from __future__ import annotations

import pytest

from tests.support import CALL, CALL_DATE, NEXT, extract_turns, item_rows


def items(turns: list[tuple[str, str]]) -> list[tuple[int | None, object]]:
    return [(turn, owner) for turn, owner, _ in item_rows(turns, CALL, CALL_DATE)]


BOTH = ["Nell Garside", "Priti Anand"]


@pytest.mark.parametrize(
    ("willing", "timing", "taken"),
    [
        (
            "Go on then. When were you thinking?",
            "Tuesday week? I can come over to the Leeds office.",
            "Tuesday week's fine.",
        ),
        ("Oh, yeah, I'd love that. When?", "What about Friday? I'll drive up.", "Friday works. Let's do it."),
        ("Yes, that would be fun, actually. What day?", "Monday the ninth?", "Yep, Monday the ninth, I'm free."),
        ("Yeah, go on then. When suits you?", "Thursday morning? I'll book a room.", "Thursday's good."),
        (
            "Mm, maybe. When are you up?",
            "I'm in Leeds next Wednesday anyway, so I could do the afternoon?",
            "Wednesday afternoon's fine. Let's do it.",
        ),
    ],
)
def test_a_willing_yes_that_asks_when_is_an_item_where_the_time_is_taken(willing: str, timing: str, taken: str) -> None:
    got = items(
        [
            ("Nell Garside", "Priti, you and I should sit down with a couple of your store managers before we write."),
            ("Priti Anand", willing),
            ("Nell Garside", timing),
            ("Priti Anand", taken),
            NEXT,
        ]
    )
    assert got == [(3, BOTH)]


@pytest.mark.parametrize("firm", ["Yes, let's. When?", "Definitely. When?", "Absolutely, yes. When were you thinking?"])
def test_a_firm_yes_that_asks_when_has_taken_the_session(firm: str) -> None:
    got = items(
        [
            ("Nell Garside", "Priti, shall we go and see the pop-up together before it opens?"),
            ("Priti Anand", firm),
            ("Nell Garside", "Thursday the twelfth?"),
            ("Priti Anand", "The twelfth works."),
            NEXT,
        ]
    )
    assert got == [(1, BOTH)]


def test_a_willing_yes_nobody_times_stands_where_it_was_said() -> None:
    got = items(
        [
            ("Nell Garside", "Priti, you and I should sit down with a couple of your store managers before we write."),
            ("Priti Anand", "Go on then. When were you thinking?"),
            ("Owen Lacey", "Sorry, can I jump in on the radio copy before I lose you?"),
            ("Theo Marsh", "Of course, go ahead."),
            ("Owen Lacey", "The legal line is too long for thirty seconds."),
            ("Theo Marsh", "Agreed, it needs cutting."),
        ]
    )
    assert [(t, o) for t, o in got if isinstance(o, list)] == [(1, BOTH)]


def test_a_request_to_come_along_with_the_speaker_is_a_session_of_both() -> None:
    got = items(
        [
            ("Nell Garside", "Priti, would you be up for coming down to the warehouse with me?"),
            ("Priti Anand", "Oh, yes, I'd like that. When?"),
            ("Nell Garside", "Monday the ninth?"),
            ("Priti Anand", "Monday the ninth is fine."),
            NEXT,
        ]
    )
    assert got == [(3, BOTH)]
    asked = ("Priti Anand", "Nell, could you check the media figures with me before Friday?")
    shared = items([asked, ("Nell Garside", "Sure."), NEXT])
    assert shared == [(1, "Nell Garside")]


def test_a_task_for_a_pair_stands_where_the_second_takes_it() -> None:
    got = items(
        [
            ("Owen Lacey", "Nell and Priti, I think you two should meet the printers and go through the proofs."),
            ("Priti Anand", "Happy to. I've got a list of gripes for them anyway."),
            ("Nell Garside", "Next Monday? I'll ask their account manager."),
            ("Priti Anand", "Monday's good."),
            NEXT,
        ]
    )
    assert got == [(2, BOTH)]


@pytest.mark.parametrize(
    "said",
    [
        "Our studio will redraw the map with the new stockists. We'll have the map with you by Friday.",
        "Our finance team will fix the invoice before month end. I'll make sure of it.",
        "I'll write up the brief for the shoot. You'll have the brief by Friday.",
    ],
)
def test_work_handed_over_or_vouched_for_in_the_same_turn_is_one_item(said: str) -> None:
    assert len(items([NEXT, ("Theo Marsh", said), NEXT])) == 1


@pytest.mark.parametrize(
    "said",
    [
        "I'll redraw the map with the new stockists. And I'll send the invoice by Friday.",
        "Our studio will redraw the map. I'll make sure the copy is signed off too.",
    ],
)
def test_two_pieces_of_work_in_one_turn_stay_two_items(said: str) -> None:
    assert len(items([NEXT, ("Theo Marsh", said), NEXT])) == 2


@pytest.mark.parametrize(
    ("put", "reply"),
    [
        ("Priti, I'd love to go round the depot with you before we brief the crew.", "Count me in."),
        ("Priti, I want to sit down with you and go through the survey answers.", "Happy to, yes."),
        ("Priti, do you want to come to the print run with me?", "Love to."),
        ("Priti, fancy a trip to the bakery?", "Go on then."),
        ("Priti, you should come to the tasting, the chef would like to meet you.", "Yes, let's both go."),
        ("Why don't you come down to the studio with me, Priti?", "I'm free that week. Let's do it."),
    ],
)
def test_a_session_put_as_a_wish_or_an_invitation_is_of_both_once_taken(put: str, reply: str) -> None:
    got = items([("Nell Garside", put), ("Priti Anand", reply), NEXT])
    assert got == [(1, BOTH)]


@pytest.mark.parametrize(
    ("put", "reply"),
    [
        ("Priti, I'd love to go round the depot with you next week.", "I can't, sorry, I'm away all week."),
        ("Priti, if we had time we could visit the depot.", "Maybe one day."),
        ("Priti, fancy coming along to the shoot?", "Anyway, about the budget, the figures are still with finance."),
    ],
)
def test_a_session_declined_wished_for_or_passed_over_is_no_item_of_both(put: str, reply: str) -> None:
    got = items([("Nell Garside", put), ("Priti Anand", reply), NEXT])
    assert [o for _, o in got if isinstance(o, list)] == []


def test_a_time_put_back_without_a_yes_is_settled_where_the_proposer_takes_it() -> None:
    got = items(
        [
            ("Nell Garside", "Priti, I'd like to run a tasting session with you for the store staff."),
            ("Priti Anand", "Thursday any good? I'm out Monday to Wednesday."),
            ("Nell Garside", "Thursday's great."),
            NEXT,
        ]
    )
    assert got == [(2, BOTH)]


def test_a_bare_when_and_a_wish_are_settled_where_the_time_is_taken() -> None:
    asked = [
        ("Nell Garside", "Priti, I'd really like to walk the new stores with you."),
        ("Priti Anand", "Ha, fair enough. When were you thinking?"),
        ("Nell Garside", "Friday morning?"),
        ("Priti Anand", "Friday morning works."),
        NEXT,
    ]
    assert items(asked) == [(3, BOTH)]
    wished = [
        ("Nell Garside", "Priti, do you want to come out to the farm with me?"),
        ("Priti Anand", "Oh, I'd love that."),
        ("Nell Garside", "What about the ninth?"),
        ("Priti Anand", "The ninth. Yeah, go on then."),
        NEXT,
    ]
    assert items(wished) == [(3, BOTH)]


def test_a_plain_go_on_then_has_taken_the_session_before_its_deadline_is_put() -> None:
    got = items(
        [
            ("Nell Garside", "Priti, you and I could interview a few of the installers together?"),
            ("Priti Anand", "Oh, I know who'll be straight with us. Yeah, go on then."),
            ("Nell Garside", "By the end of the month?"),
            ("Priti Anand", "End of the month, fine."),
            NEXT,
        ]
    )
    assert [(t, o) for t, o in got if isinstance(o, list)] == [(1, BOTH)]


def test_doing_it_with_the_one_who_asked_is_a_session_of_both() -> None:
    got = items(
        [
            ("Nell Garside", "The form is live, but I'd like someone on your side to test it with me."),
            ("Priti Anand", "I'll do that with you. Thursday?"),
            ("Nell Garside", "Thursday's good."),
            NEXT,
        ]
    )
    assert [(t, sorted(o) if isinstance(o, list) else o) for t, o in got] == [(1, BOTH)]
    shared = items(
        [("Priti Anand", "Can we see the final cut?"), ("Nell Garside", "Sure, I'll share it with you."), NEXT]
    )
    assert shared == [(1, "Nell Garside")]


@pytest.mark.parametrize(
    ("put", "task", "due"),
    [
        ("Priti, fancy walking the site with me Thursday?", "walk the site", "2026-03-05"),
        ("Priti, I'd love to walk the new route with you on the 12th.", "walk the new route", "2026-03-12"),
        (
            "Priti, do you want to come to the tasting on Friday at the hotel?",
            "come to the tasting at the hotel",
            "2026-03-06",
        ),
    ],
)
def test_an_invitation_says_its_day_as_the_due_date_not_in_its_task(put: str, task: str, due: str) -> None:
    found = extract_turns([("Nell Garside", put), ("Priti Anand", "Love to."), NEXT], CALL, CALL_DATE, "gold-json")
    joint = [a for a in found.action_items if isinstance(a.owner, list)]
    assert [(a.task, a.due.isoformat() if a.due else None) for a in joint] == [(task, due)]


def test_a_treat_offered_beside_the_session_is_no_item() -> None:
    got = items(
        [
            ("Nell Garside", "Priti, you and I should walk the store together and pick the spot for the stand."),
            ("Priti Anand", "Go on then. When were you thinking?"),
            ("Nell Garside", "Next Wednesday? Come to ours first, we'll get some lunch in."),
            ("Priti Anand", "Next Wednesday, yes. Afternoon's better for me."),
            ("Owen Lacey", "Come and find me after, I'll buy you both a terrible coffee."),
            NEXT,
        ]
    )
    assert got == [(3, BOTH)]


def test_a_third_person_who_joins_in_so_many_words_is_an_owner_and_what_they_bring_no_item() -> None:
    got = items(
        [
            ("Priti Anand", "Why don't you come down to the depot on the 2nd and we go through it on the line?"),
            ("Nell Garside", "Love that. Yes, I'll come down, and Theo too if he can."),
            ("Theo Marsh", "I'm in. I'll bring wellies this time."),
            NEXT,
        ]
    )
    assert got == [(1, ["Priti Anand", "Nell Garside", "Theo Marsh"])]


def test_a_session_asked_of_the_listener_and_a_named_colleague_is_theirs_where_the_second_takes_it() -> None:
    turns = [
        (
            "Owen Lacey",
            "And then I want it presented at our sales conference. It's the twelfth, in Harrogate. Nell, "
            "could you and Theo do that together?",
        ),
        ("Nell Garside", "Love to."),
        ("Theo Marsh", "Yeah, fine, let's do that."),
        NEXT,
    ]
    ex = extract_turns(turns, CALL, CALL_DATE, "gold-json", step=10.0)
    assert [(a.turn, a.owner) for a in ex.action_items] == [(2, ["Nell Garside", "Theo Marsh"])]
    assert ex.action_items[0].due is not None and ex.action_items[0].due.day == 12
    assert "sales conference" in ex.action_items[0].task
    assert ex.agreements == []
