"""Turns that sound like an item but are not one more: talk about the call, a reason, a view of what is possible, a
planning figure, work already done, and work said again (a new date for it, or a colleague taking on what "we"
promised).

The dialogues are written for these tests, in the way account teams talk on client calls.
"""

from __future__ import annotations

import pytest

from tests.support import CALL, CALL_DATE, NEXT, item_rows


def items(turns: list[tuple[str, str]]) -> list[tuple[int | None, object, str | None]]:
    return item_rows(turns, CALL, CALL_DATE)


@pytest.mark.parametrize(
    "said",
    [
        "Loads to cover and only half an hour, so I'm going to go fast.",
        "I'll go quickly through the numbers, there's a lot of them.",
        "Priti's frozen again. We'll give her a sec.",
        "Could I ask about the research? Is that something we could see?",
        "Can I just add something on the timings before we move on?",
        "Theo's going to put the routes up and I'll talk over the top.",
        "I think I can get that past the board, to be fair.",
        "So we'll plan on two hundred committed for now.",
        "Let me just grab the latest version of the plan.",
        "Hang on, let me just find the right slide.",
        "Anything material, we'll share the answer with all the agencies.",
        "Whenever we get a brief like this we'll run a workshop first.",
        "Just so you know, we're seeing all four agencies, and anything material we'll share with everyone.",
        "I can do Tuesday or Wednesday for the shoot.",
        "I can manage Friday afternoon, if that suits.",
        "Otherwise we'll have forty people telling us on the day that they're vegan.",
        "Otherwise, we'll end up reprinting the lot.",
    ],
)
def test_talk_about_the_call_a_view_or_a_planning_figure_is_no_item(said: str) -> None:
    assert items([NEXT, ("Nell Garside", said), NEXT]) == []


def test_a_view_with_a_date_is_still_a_promise() -> None:
    assert items([NEXT, ("Nell Garside", "I think I can get it to you by Friday."), NEXT]) == [
        (1, "Nell Garside", "2026-03-06")
    ]


def test_a_showing_done_on_the_spot_is_no_item() -> None:
    got = items(
        [
            ("Nell Garside", "So, the two routes. Theo's going to share them."),
            ("Theo Marsh", "Sharing now. Route one first, we've been calling it Harbour."),
            ("Priti Anand", "Oh, I like that."),
            NEXT,
        ]
    )
    assert got == []


def test_why_an_offer_is_welcome_is_not_a_second_promise() -> None:
    got = items(
        [
            ("Nell Garside", "Shall I send over our case studies so you have them before the pitch?"),
            ("Priti Anand", "Please. By Monday, if that's okay, so I can log them."),
            ("Nell Garside", "Will do."),
            NEXT,
        ]
    )
    assert [(t, o) for t, o, _ in got] == [(0, "Nell Garside")]


def test_so_can_we_is_still_a_request() -> None:
    got = items(
        [
            ("Priti Anand", "Our finance cut-off is the tenth, so can we get the final costs by then?"),
            ("Nell Garside", "Yes, I'll get them to you by the ninth."),
            NEXT,
        ]
    )
    assert [(t, o) for t, o, _ in got] == [(1, "Nell Garside")]


def test_a_new_date_said_with_the_work_again_updates_the_item() -> None:
    got = items(
        [
            ("Priti Anand", "Can you find out who's speaking? We need a name for the programme."),
            ("Theo Marsh", "Leave that with me. You'll have a name by the end of next week."),
            ("Owen Lacey", "The photo shoot's on the twelfth though. We need the name before that."),
            ("Theo Marsh", "Ah. Okay, Tuesday then. I'll chase them."),
            NEXT,
        ]
    )
    assert got == [(1, "Theo Marsh", "2026-03-10")]


def test_work_we_promised_taken_on_by_the_colleague_named_is_one_item_of_theirs() -> None:
    got = items(
        [
            ("Nell Garside", "And we'll put the rest of our questions in an email, the small ones. Theo, end of day?"),
            ("Theo Marsh", "Yep, I'll get those over this afternoon."),
            NEXT,
        ]
    )
    assert [(t, o) for t, o, _ in got] == [(1, "Theo Marsh")]


def test_a_colleague_answering_about_something_else_leaves_the_item_with_the_side() -> None:
    got = items(
        [
            ("Nell Garside", "We'll put the rest of our questions in an email. Theo, anything from you?"),
            ("Theo Marsh", "Just one. I'll book the studio for the voiceover."),
            NEXT,
        ]
    )
    assert sorted((t, str(o)) for t, o, _ in got) == [(0, "agency"), (1, "Theo Marsh")]


@pytest.mark.parametrize(
    "said",
    [
        "Let me just check with finance and come back to you on the fee.",
        "Let me just confirm the slot with the venue by Friday.",
        "Anything else from the list, I'll email over by Friday.",
        "Whenever you're ready, I'll send the deck over.",
        "Whatever you decide, I'll send the revised plan on Friday.",
        "I can do the voiceover on Tuesday.",
    ],
)
def test_work_with_a_date_or_a_report_back_is_still_an_item(said: str) -> None:
    assert [o for _, o, _ in items([NEXT, ("Nell Garside", said), NEXT])] == ["Nell Garside"]


N, T, P = "Nell Garside", "Theo Marsh", "Priti Anand"


@pytest.mark.parametrize(
    "dialogue",
    [
        # the same speaker says the work again a turn or three on: the thing handed over, or the same verb on "it"
        [
            (P, "Can you send the revised plan?"),
            (N, "Sure."),
            (P, "Thanks."),
            (N, "So I'll get the plan over by Friday."),
        ],
        [(N, "I'll draft the press release."), (N, "And then I'll send the draft to you for comments.")],
        [
            (N, "Do you want us to book the photographer?"),
            (P, "Yes, please do."),
            (N, "Great, we'll book her this week."),
        ],
        # a colleague takes on what the side or another colleague promised
        [(N, "We'll get the toolkit over to you."), (T, "Yeah, I'll send it across tomorrow.")],
        [
            (P, "Can someone send the deck round?"),
            (N, "I'll do it."),
            (T, "Actually, I can do it, I've got the latest."),
        ],
    ],
)
def test_work_said_again_or_taken_on_is_one_item(dialogue: list[tuple[str, str]]) -> None:
    assert len(items([NEXT, *dialogue, NEXT])) == 1


@pytest.mark.parametrize(
    "dialogue",
    [
        [(N, "I'll send the deck today."), (P, "Great."), (N, "And I'll send the research summary on Friday.")],
        [(N, "We'll get the deck over."), (T, "And I'll send the budget tracker.")],
        [(N, "I'll send the deck."), (T, "I'll check it before it goes.")],
        [(N, "Theo, can you send the deck?"), (T, "Sure, I'll send it tonight."), (N, "And I'll send the invoice.")],
        # "it" / "them" after a question about another thing answers that question
        [(N, "I'll draft the release by Friday."), (P, "Thanks. And the launch list?"), (N, "I'll send that Monday.")],
        [
            (P, "Can you send the cutdowns?"),
            (N, "Sure, tomorrow."),
            (P, "And the stills?"),
            (N, "I'll send them Friday."),
        ],
    ],
)
def test_other_work_stays_a_second_item(dialogue: list[tuple[str, str]]) -> None:
    assert len(items([NEXT, *dialogue, NEXT])) == 2


def test_an_offer_turned_down_by_a_listener_who_will_do_it_is_their_item_only() -> None:
    got = items(
        [
            NEXT,
            (N, "Is that something your side would do, or do you want us to find a specialist?"),
            (P, "No, no, our legal team will run the search. Give them two weeks."),
            NEXT,
        ]
    )
    assert [(t, o) for t, o, _ in got] == [(2, "client")]


def test_the_request_before_otherwise_is_taken_and_the_consequence_is_not() -> None:
    got = items(
        [
            (
                "Priti Anand",
                "Can you email the people who've already registered? Otherwise we'll have forty people "
                "telling us on the day.",
            ),
            ("Nell Garside", "Yep, I'll send that tomorrow once the form's live."),
            NEXT,
        ]
    )
    assert got == [(1, "Nell Garside", "2026-03-05")]
