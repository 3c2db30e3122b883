"""Terse verdicts the client gives once options or a proposal are on the table: an order with its acceptance ("Fine,
move to fortnightly."), a "No X, then." that drops what was talked of, a "Then let's cap it…" drawn from what was
said, "I'm happy with it." to work shown, and a bare phrase naming the option taken ("Yes, option three.", "The
hybrid one, then. Done."). Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh
agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def agreed(turns: list[tuple[str, str]]) -> list[tuple[int | None, str]]:
    return [(a.turn, a.text) for a in run(turns).agreements]


CADENCE = [
    (THEO, "The status calls are weekly at the moment. We think fortnightly would free up an hour for everyone."),
    (PRITI, "Would we miss anything?"),
    (THEO, "Not really, and the tracker is live if anything comes up in between."),
]


@pytest.mark.parametrize(
    ("reply", "settled"),
    [
        ("I won't fight for the weekly slot. Fine, move to fortnightly.", True),
        ("Okay, switch to fortnightly.", True),
        ("Okay, move to the next point, the radio copy.", False),  # steering the call, nothing put to move to
    ],
)
def test_an_order_to_change_over_said_with_its_acceptance_settles(reply: str, settled: bool) -> None:
    got = agreed([*CADENCE, (PRITI, reply)])
    assert bool([g for g in got if g[0] == 3]) == settled, got


DRONE = [
    (OWEN, "Could we get drone shots of the site?"),
    (NELL, "We could, but it needs a licensed pilot and a permit, so another four thousand or so."),
]


@pytest.mark.parametrize(
    ("reply", "settled"),
    [
        ("Not at that price. No drone, then. Ground cameras only.", True),
        ("No problem, then. I'll ask again next quarter.", False),  # nothing talked of is dropped
    ],
)
def test_no_x_then_drops_what_was_talked_of(reply: str, settled: bool) -> None:
    got = agreed([*DRONE, (PRITI, reply)])
    assert bool([g for g in got if g[0] == 2]) == settled, got
    if settled:
        assert "drone" in got[-1][1].lower(), got


def test_then_lets_draws_a_decision_from_what_was_said() -> None:
    got = agreed(
        [
            (NELL, "The hall takes two hundred standing, but with the bar in it's nearer one eighty."),
            (OWEN, "We usually get about two hundred replies, though some never turn up."),
            (PRITI, "Then let's limit the guest list so we end up near one eighty. Better full than half empty."),
        ]
    )
    assert [g[0] for g in got] == [2] and "guest list" in got[0][1], got


def test_then_lets_move_on_decides_nothing() -> None:
    got = agreed(
        [
            (NELL, "That's the venue covered, I think."),
            (PRITI, "Then let's move on to the catering."),
        ]
    )
    assert got == [], got


SHOWN = [
    (THEO, "So the winter post reads 'Wrap up, we've got the heating on.' With the opening hours on every one."),
    (PRITI, "It's a bit cheeky."),
    (OWEN, "People like a bit of cheek from us, honestly."),
]


def test_happy_with_it_to_work_shown_approves_it() -> None:
    got = agreed([*SHOWN, (PRITI, "Fair point. Okay, I'm happy with it. Go ahead.")])
    assert [g[0] for g in got] == [3], got


def test_happy_with_it_to_a_date_offered_is_no_agreement() -> None:
    got = agreed([(THEO, "I'll send the winter posts over on Friday."), (PRITI, "I'm happy with it.")])
    assert got == [], got


LOOKS = [(THEO, "We've mocked up three looks for the banner: the harbour map, the skyline, or the pier at night.")]


@pytest.mark.parametrize(
    ("turns", "named"),
    [
        ([*LOOKS, (PRITI, "Ooh. Yes. The skyline, with the pier's colours. Done.")], "skyline"),
        (
            [
                (NELL, "We'd like to run with option three for the mailer. Owen, are you all right with that?"),
                (OWEN, "I'll cope. Yes, option three."),
            ],
            "option three",
        ),
        ([*LOOKS, (OWEN, "The pier was lovely."), (PRITI, "Go on then, the pier. But keep it under budget.")], "pier"),
    ],
)
def test_the_client_naming_an_option_put_takes_it(turns: list[tuple[str, str]], named: str) -> None:
    got = agreed(turns)
    assert [g[0] for g in got] == [len(turns) - 1] and named in got[0][1].lower(), got
    assert got[0][1].startswith("We go with"), got


@pytest.mark.parametrize(
    "turns",
    [
        [
            (THEO, "We could bring the big screens or the small ones. How many would you want?"),
            (PRITI, "Two, with a spare."),
        ],  # an answer to a question of how many
        [
            *LOOKS,
            (OWEN, "The pier was lovely."),
            (NELL, "It was a cold night, that one."),
            (PRITI, "Yes, the skyline. Who shot that one?"),
        ],  # talked over, not taken
        [(NELL, "Shall I send Owen the drafts or you?"), (PRITI, "Owen, please.")],  # a person, not an option
        [(NELL, "The skyline tested well last year."), (PRITI, "Yes, the skyline.")],  # nothing put to take
    ],
)
def test_a_bare_phrase_that_takes_no_option_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreed(turns) == [], agreed(turns)


def test_the_same_option_taken_again_with_a_change_is_where_it_is_settled() -> None:
    got = agreed(
        [
            (THEO, "Three routes for the poster. One is the map, two is the skyline, three is the pier at night."),
            (PRITI, "Three. It's three."),
            (NELL, "My one worry with three is the logo gets lost at that size."),
            (PRITI, "Could you make the logo bigger?"),
            (NELL, "Yes, I can. I'll rework it and send it over on Friday."),
            (PRITI, "Lovely. So, three, with a bigger logo."),
        ]
    )
    assert [g[0] for g in got] == [5] and "three" in got[0][1], got


def test_an_interruption_about_something_else_leaves_the_decision() -> None:
    got = agreed(
        [
            *CADENCE,
            (PRITI, "Fine, switch to fortnightly."),
            (NELL, "Great. I'll update the invites today."),
            (THEO, "And the newsletter goes out on Tuesday the tenth."),
            (PRITI, "Sorry, hang on. The tenth is our stocktake, nobody will read it."),
        ]
    )
    assert [g[0] for g in got] == [3], got


def test_naming_the_option_another_client_just_took_seconds_it() -> None:
    got = agreed(
        [
            *LOOKS,
            (OWEN, "I had a soft spot for the map, but you're right. Let's do the skyline."),
            (PRITI, "Yeah. Skyline."),
        ]
    )
    assert 2 not in [g[0] for g in got], got


@pytest.mark.parametrize(
    ("said", "agreed_here"),
    [
        ("Right, that's the agenda. Nell, go ahead and share.", False),  # the call run, nothing decided
        ("That's fine. Go ahead and book it.", True),
    ],
)
def test_go_ahead_and_share_runs_the_call(said: str, agreed_here: bool) -> None:
    got = agreed([(NELL, "We'd hold the hall for the fourteenth if you're happy."), (PRITI, said)])
    assert bool(got) == agreed_here, got


def test_what_stays_and_goes_said_after_an_acceptance_is_the_decision() -> None:
    turns = [
        (PRITI, "Her video has a rival's logo in the background. I'd rather we dropped her."),
        (THEO, "She rang this morning. She'll recut it with our kit, at her own expense."),
        (PRITI, "Her own expense?"),
        (THEO, "Yes. And she'd pull the original as soon as the new cut is live."),
        (PRITI, "Fine. She stays, she recuts it, the original comes off. But I want to see the new cut first."),
    ]
    got = agreed(turns)
    assert [g[0] for g in got] == [4] and "original" in got[0][1], got


def test_the_call_run_before_what_is_stated_leaves_nothing_stated() -> None:
    turns = [
        (THEO, "She rang this morning. She'd recut it and pull the original once the new cut is live."),
        (PRITI, "Okay. I want to go back over the timings. The original comes off Friday."),
    ]
    assert agreed(turns) == [], agreed(turns)


SURVEY = [
    (NELL, "And when do we close the survey? I'd suggest the twentieth. That gives us time to clean the data."),
    (OWEN, "The twentieth works for me. Priti?"),
]


@pytest.mark.parametrize(
    ("turns", "at"),
    [
        ([*SURVEY, (PRITI, "Yeah, close it on the twentieth. Late replies by arrangement.")], [2]),
        ([(THEO, "I can send the draft on Friday."), (PRITI, "Yeah, send it on Friday.")], []),  # the offer taken
        ([(THEO, "Shall I send the draft on Friday?"), (PRITI, "Yeah, send it on Friday.")], []),
    ],
)
def test_an_order_an_acceptance_opens_states_the_decision(turns: list[tuple[str, str]], at: list[int]) -> None:
    assert [g[0] for g in agreed(turns)] == at, agreed(turns)


def test_a_later_decision_that_drops_what_an_earlier_one_took_replaces_it() -> None:
    turns = [
        (THEO, "For spring we'd lead with one venue and build all the content round it."),
        (PRITI, "Love that. Which venue?"),
        (THEO, "We were thinking the boathouse. It's the most photogenic."),
        (PRITI, "Yes, the boathouse. Let's do that."),
        (OWEN, "Sorry to spoil it. The boathouse is shut for repairs until June."),
        (PRITI, "Oh. That's no good."),
        (NELL, "What about the old mill? It's free all spring."),
        (OWEN, "The mill is the one we most need to fill, actually."),
        (PRITI, "Okay, the mill is the venue for spring. Boathouse is out."),
    ]
    got = agreed(turns)
    assert [g[0] for g in got] == [8], got


def test_dropping_what_was_already_dropped_keeps_the_earlier_decision_s_turn() -> None:
    turns = [
        (THEO, "We could drop the radio and put the money into podcasts."),
        (PRITI, "Yes, drop the radio. Let's do that."),
        (NELL, "And the podcast list comes over on Friday."),
        (OWEN, "Fine."),
        (NELL, "Next, the posters. Three sites or four?"),
        (PRITI, "Three. Radio is out, so money's tight."),
    ]
    got = agreed(turns)
    assert 1 in [g[0] for g in got], got


def test_a_decision_on_something_else_just_after_a_pick_is_its_own() -> None:
    turns = [
        (NELL, "The printer has quoted two papers: the standard silk, or the textured linen. Linen is a bit more."),
        (OWEN, "Linen feels much more like us, honestly."),
        (PRITI, "Go on then, the linen. But the whole job has to stay under twelve thousand."),
        (
            NELL,
            "That's tight. With linen we're at eleven eight before the photographer, so he'd need to come out of "
            "contingency.",
        ),
        (PRITI, "Then the photographer comes out of contingency. Twelve thousand, all in, and that's the ceiling."),
    ]
    got = agreed(turns)
    assert [g[0] for g in got] == [2, 4], got


@pytest.mark.parametrize(
    ("said", "settled"),
    [
        ("And just so we're all clear, the price stays off the posters. Not only the big sites, all of them.", True),
        ("So we're clear, the price stays off every poster.", True),
        ("Is that clear enough on the posters?", False),
    ],
)
def test_so_were_clear_fixes_a_term(said: str, settled: bool) -> None:
    turns = [
        (THEO, "Legal want the price checked before it goes anywhere near a headline."),
        (OWEN, "I'll send them the price sheet today."),
        (PRITI, said),
    ]
    assert (2 in [g[0] for g in agreed(turns)]) == settled, agreed(turns)


def test_a_new_date_set_after_the_old_one_is_objected_to_is_decided() -> None:
    turns = [
        (NELL, "We'd pencilled the launch email for Tuesday the tenth."),
        (PRITI, "Tuesday the tenth is fine."),
        (OWEN, "Sorry, hang on. The tenth is when the website's down for maintenance. We can't send that day."),
        (PRITI, "Oh. When is it back?"),
        (OWEN, "Wednesday, but I'd trust Thursday more."),
        (PRITI, "Thursday the twelfth, then. No point mailing people to a broken site."),
    ]
    assert [g[0] for g in agreed(turns)] == [5], agreed(turns)


def test_a_new_deadline_after_the_asked_one_is_refused_is_no_decision() -> None:
    turns = [
        (THEO, "Can you send the signed contract back by Monday the ninth?"),
        (PRITI, "I can't do Monday, I'm in Leeds all day."),
        (THEO, "Tuesday the tenth, then."),
    ]
    assert agreed(turns) == [], agreed(turns)


@pytest.mark.parametrize(
    ("said", "settled"),
    [
        ("Then I'd like Theo as our day-to-day contact. Not someone we only see at reviews.", True),
        ("I'd like Theo to send us the deck as soon as it's ready.", False),  # work asked, no role
        ("If he's free, I'd like Theo as our speaker.", False),  # on a condition
    ],
)
def test_the_client_naming_who_takes_a_role_decides_it(said: str, settled: bool) -> None:
    turns = [
        (PRITI, "We weren't sure who'd actually run this week to week."),
        (NELL, "Fair. The plan was me on the account and Theo on planning, but we didn't say it clearly."),
        (PRITI, said),
    ]
    assert (2 in [g[0] for g in agreed(turns)]) == settled, agreed(turns)


def test_the_speakers_own_explicit_ratification_is_where_the_decision_stands() -> None:
    turns = [
        (OWEN, "Compliance won't let us run the loan ads on Chatterbox this quarter, I'm afraid."),
        (PRITI, "Okay. So Chatterbox is out. Where does that money go, Theo? It was twenty, I think."),
        (THEO, "I'd put the twenty into podcasts. Same listeners, and you approved podcasts last year."),
        (PRITI, "Then the decision is no Chatterbox, and the twenty goes into podcasts."),
    ]
    assert [g[0] for g in agreed(turns)] == [3], agreed(turns)
