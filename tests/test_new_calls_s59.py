"""Defects found drafting calls of our own as a new user would (session 59): "Let's go with the stations then." "Agreed,
stations." "Okay, stations it is." drafted the one choice twice (a choice confirmed two turns on by another speaker
was a second agreement; only the next turn's confirmation was folded in); "Can we see the mock-ups on an actual can?"
"Yeah, leave it with me." drafted the asker's "see the mock-ups …" as the agency's task, where the report writes
"send the mock-ups …" (as it already did for "Can we get …?"); "Matt or gloss?" "Gloss it is." was no agreement (an
"X it is" answering a question was read as an answer, not a choice, even when X was one of its options); "Can we do
goody bags?" "We could, budget's tight though. Maybe a tote with the voucher in?" "Let's do that." was stated "We
could, budget's tight." (the bare "we could" taken for the proposal); an offer ("I could build dark-mode versions.")
put off and given the go-ahead long after ("Okay, dark mode. … Then yes, go ahead.") was not taken up (the go-ahead's
"dark mode" did not match "dark-mode", nor was a topic named in the speaker's turn before another's answer read), and
the date said next went to the owner's item said before the go-ahead; "Right, that's the plan then. The swirl leads
on windows, …" and "Okay, then that's what we do. …" were no agreement; "Can you guarantee …?" "Honestly, no. … We
can get you closer, but I can't promise that." drafted "guarantee a ranking"."""

from __future__ import annotations

import pytest
from support import opened_agreements_at, opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"

OPTIONS = [
    (NELL, "On sampling we've got two options, the six city stations or three big festivals."),
    (PRITI, "What's the cost difference?"),
    (NELL, "Festivals are about twelve grand more."),
]


@pytest.mark.parametrize(
    ("chosen", "confirmed"),
    [
        ((PRITI, "Let's go with the stations then."), [(OWEN, "Agreed, stations."), (NELL, "Okay, stations it is.")]),
        ((PRITI, "Yeah, let's go with the stations, I think. Owen?"), [(OWEN, "Stations."), (NELL, "Stations it is.")]),
        ((PRITI, "Stations it is."), [(OWEN, "Yep."), (NELL, "Great, let's go with the stations.")]),
    ],
)
def test_a_choice_confirmed_two_turns_on_is_one_agreement(
    chosen: tuple[str, str], confirmed: list[tuple[str, str]]
) -> None:
    found = opened_agreements_at([*OPTIONS, chosen, *confirmed])
    assert len(found) == 1 and "stations" in found[0][1].lower(), found
    assert found[0][0] == len(OPTIONS) + len(confirmed)  # where the choice is final


def test_another_choice_two_turns_on_stays_a_second_agreement() -> None:
    turns = [
        *OPTIONS,
        (PRITI, "Let's go with the stations then."),
        (NELL, "And for the cans, matt or gloss?"),
        (OWEN, "Gloss it is."),
    ]
    found = opened_agreements_at(turns)
    assert [t for t, _ in found] == [3, 5], found


@pytest.mark.parametrize(
    ("asked", "reply", "task"),
    [
        ("Can we see the mock-ups on an actual can?", "Yeah, leave it with me.", "send the mock-ups on an actual can"),
        ("Could I see the risk assessment before the shoot?", "Sure, leave that with me.", "send the risk assessment"),
    ],
)
def test_a_thing_asked_to_be_seen_is_sent(asked: str, reply: str, task: str) -> None:
    tasks = [t for _, t, _ in opened_items([(PRITI, asked), (THEO, reply)])]
    assert any(t.startswith(task) for t in tasks), tasks


@pytest.mark.parametrize(
    ("asked", "reply", "kept"),
    [
        ("Can we go and see the venue on Friday?", "Sure, I'll see the venue with you.", "see the venue"),
        ("Can I see Maeve before the shoot?", "Sure, I'll set that up.", "set up"),
    ],
)
def test_seeing_that_is_not_a_thing_sent_stays(asked: str, reply: str, kept: str) -> None:
    tasks = [t for _, t, _ in opened_items([(PRITI, asked), (THEO, reply)])]
    assert tasks and not any(t.startswith("send") for t in tasks), tasks


@pytest.mark.parametrize(
    ("question", "answer", "agreed"),
    [
        ("And for the cans, matt or gloss?", "Gloss it is.", True),
        ("Do we want the launch in Leeds or Manchester?", "Manchester it is.", True),
        ("Are we still on for the shoot on Friday?", "It is.", False),
        ("Morning or afternoon for the call?", "Afternoon it is.", False),  # the call's hour, no decision
    ],
)
def test_an_option_the_question_put_taken_with_x_it_is(question: str, answer: str, agreed: bool) -> None:
    found = opened_agreements_at([(NELL, question), (PRITI, answer)])
    assert bool(found) == agreed, found
    if agreed:
        assert found[0][0] == 1 and answer.split()[0].lower() in found[0][1].lower(), found


@pytest.mark.parametrize(
    ("put", "stated"),
    [
        ("We could, budget's tight though. Maybe a tote with the voucher in?", "A tote with the voucher in."),
        ("We can, it's tight though. Perhaps a tote with the voucher in?", "A tote with the voucher in."),
        ("We could hand out totes with the voucher in.", "We hand out totes with the voucher in."),
    ],
)
def test_a_bare_we_could_is_not_what_was_put(put: str, stated: str) -> None:
    """ "We could," with no verb says yes to the question; the proposal is the sentence after it, stated without
    its "Maybe"."""
    turns = [(PRITI, "Can we do goody bags this year? Last year people asked."), (NELL, put), (PRITI, "Let's do that.")]
    assert opened_agreements_at(turns) == [(2, stated)]


DARK_MODE_PUT = [
    (NELL, "Oh, and while I think of it. Our templates look muddy in dark mode. I could build dark-mode versions."),
    (OWEN, "How long would that take?"),
    (NELL, "Couple of weeks, probably after Easter."),
    (PRITI, "Let's talk about that one once we've done the rest."),
    (THEO, "The layouts for the gift guide, I'll have them to you on Thursday."),
    (PRITI, "Great. And the unsubscribe numbers?"),
    (NELL, "Up a bit, I'll pull the full report for Wednesday."),
]


@pytest.mark.parametrize(
    "go_ahead",
    [
        [(PRITI, "Okay, dark mode. Nell, yes, go ahead. After Easter is fine.")],
        [
            (PRITI, "Okay, dark mode. I've thought about it, and, Owen, what do you think?"),
            (OWEN, "I think we should. People complain about it."),
            (PRITI, "Then yes, Nell, go ahead. After Easter is fine."),
        ],
    ],
)
def test_an_offer_taken_up_long_after_is_the_offers_item(go_ahead: list[tuple[str, str]]) -> None:
    """The offer's thing named by its words ("dark mode" of "dark-mode versions") here or in the same speaker's turn
    before another's answer; the date said after the take-up is the offer's, not the item said before it."""
    found = opened_items(
        [*DARK_MODE_PUT, *go_ahead, (NELL, "Great. I'll have them ready by the eighth of April, then.")]
    )
    assert (NELL, "build dark-mode versions of the templates", "2026-04-08") in found, found
    assert (NELL, "pull the full report", "2026-03-11") in found, found  # its own Wednesday kept
    assert len(found) == 3, found


def test_a_yes_to_a_question_between_is_no_take_up_of_an_offer() -> None:
    turns = [
        *DARK_MODE_PUT,
        (PRITI, "Okay, so the campaign launches in dark mode in November."),
        (OWEN, "And the tickets still on sale October 1st?"),
        (PRITI, "Yes, agreed."),
    ]
    assert not any(task.startswith("build dark-mode") for _, task, _ in opened_items(turns))


@pytest.mark.parametrize(
    ("ratified", "stated"),
    [
        (
            "Right, that's the plan then. The swirl leads on windows, the muffin leads on the menu boards.",
            "The swirl leads on windows, the muffin leads on the menu boards.",
        ),
        (
            "Okay, then that's what we do. Swirl in the windows, muffin on the menu boards.",
            "We go with swirl in the windows, muffin on the menu boards.",
        ),
    ],
)
def test_thats_the_plan_then_ratifies_what_the_turn_states(ratified: str, stated: str) -> None:
    turns = [
        (PRITI, "Can we do both? Swirl in the windows, muffin on the menu boards?"),
        (NELL, "We can. Menu boards are close up, so the muffin's fine there."),
        (PRITI, ratified),
    ]
    assert opened_agreements_at(turns) == [(2, stated)]


@pytest.mark.parametrize(
    ("reply", "item"),
    [
        ("Honestly, no. Nobody can guarantee a ranking. We can get you closer, but I can't promise that.", False),
        ("Honestly, no. But we can get you closer, and I'll send a plan for that by Friday.", True),
    ],
)
def test_a_guarantee_refused_is_no_item(reply: str, item: bool) -> None:
    """ "Can you guarantee …?" "No. … We can get you closer, but I can't promise that.": nothing is promised (it
    was drafted "guarantee a ranking", the request's own words)."""
    found = opened_items([(PRITI, "Can you guarantee we'll be top three for garden furniture by June?"), (NELL, reply)])
    assert not any("guarantee" in task for _, task, _ in found), found
    assert bool(found) == item, found
