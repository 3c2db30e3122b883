"""Defects found drafting calls of our own as a new user would (session 56): "Priti has that. I'll get her to send
it over tomorrow." worded "get her to send Priti" (the one who has the thing taken for the thing, and "her" left
as it was); "the final list from your side" worded "the final list from the side"; "And the logo files?" passed
over for "them" ("files" read as a verb); "I'll ring them this afternoon and get a provisional hold on the 18th
and 19th" dated the 18th, the day held, not this afternoon."""

from __future__ import annotations

import pytest
from support import opened_agreements, opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"

LIST_ASKED = (NELL, "The design's done. I just need the final list from your side, the one with the regional managers.")


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("Marisol has that. I'll get her to send it over tomorrow.", "get Marisol to send the final list"),
        ("Marisol has it. I'll ask her to send it over tomorrow.", "ask Marisol to send the final list"),
        ("Marisol has that. I'll get procurement to send it over tomorrow.", "get procurement to send the final list"),
    ],
)
def test_the_one_who_has_the_thing_is_not_the_thing(said: str, task: str) -> None:
    assert opened_items([LIST_ASKED, (PRITI, said)]) == [(PRITI, task, "2026-03-05")]


def test_whose_side_a_thing_comes_from_is_not_worded() -> None:
    items = opened_items([LIST_ASKED, (PRITI, "Yes. I'll send it over tomorrow.")])
    assert items == [(PRITI, "send the final list", "2026-03-05")]


def test_a_thing_asked_alone_is_what_them_points_to() -> None:
    turns = [
        (NELL, "We've got the copy deck from you, thanks."),
        (NELL, "And the logo files?"),
        (PRITI, "Marisol has those. I'll ask her to send them today."),
    ]
    assert opened_items(turns) == [(PRITI, "ask Marisol to send the logo files", "2026-03-04")]


@pytest.mark.parametrize(
    ("said", "task", "due"),
    [
        (
            "I'll ring them this afternoon and get a provisional hold on the 18th and 19th.",
            "ring the venue and get a provisional hold",
            "2026-03-04",
        ),
        ("I'll put a hold on the 18th and 19th.", "put a hold", "2026-03-18"),
        ("I'll book the room for the 14th today.", "book the room", "2026-03-04"),
        ("I'll tell the crew to hold the 27th today.", "tell the crew to hold the 27th", "2026-03-04"),
        ("I'll get the rate card over to you by Friday.", "send the rate card", "2026-03-06"),
    ],
)
def test_a_day_held_is_not_the_deadline_when_another_day_is_said(said: str, task: str, due: str) -> None:
    turns = [(PRITI, "Let's go with the venue by the river."), (NELL, said)]
    assert opened_items(turns) == [(NELL, task, due)]


def test_it_after_a_thing_the_parser_took_for_the_verb_is_that_thing() -> None:
    turns = [
        (NELL, "Legal want 'from' in front of the price and a terms line at the end."),
        (PRITI, "Fine, we can live with that."),
        (THEO, "I'll update script two and recirculate it to everyone."),
    ]
    items = opened_items(turns)
    assert [task for _, task, _ in items] == ["update script two and recirculate it to everyone"]


@pytest.mark.parametrize(
    ("said", "stated"),
    [
        ("Great, Tuesdays it is. I'll set up the template this week so it's ready.", "Tuesdays it is."),
        ("Okay, Tuesdays it is.", "Tuesdays it is."),
    ],
)
def test_a_term_named_with_it_is_is_stated_without_the_work_after_it(said: str, stated: str) -> None:
    turns = [(PRITI, "Can we have the weekly reports on Mondays?"), (NELL, "Mondays are tricky. Could we do Tuesdays?"),
             (PRITI, "Tuesdays is fine."), (NELL, said)]  # fmt: skip
    assert stated in opened_agreements(turns)


PUT = (PRITI, "And if they won't move, we drop audio and put the money into YouTube instead.")


@pytest.mark.parametrize("said", ["Agreed, that's a sensible fallback.", "Agreed, that's the right call.", "Agreed."])
def test_a_reply_that_only_judges_the_proposal_is_stated_by_it(said: str) -> None:
    stated = opened_agreements([(NELL, "Spotify want thirty k minimum."), PUT, (NELL, said)])
    assert stated == ["If they won't move, we drop audio and put the money into YouTube instead."]


def test_a_reply_that_names_terms_of_its_own_is_stated_as_said() -> None:
    stated = opened_agreements(
        [(NELL, "Spotify want thirty k minimum."), PUT, (NELL, "Agreed, that's a sensible cap.")]
    )
    assert stated == ["That's a sensible cap."]


HEADLINE = (PRITI, "The headline might not land in Scotland, the stores there run a different week.")


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll have the copywriter work up three options.", "get the copywriter to work up three options"),
        ("I'll have Marisol write three new lines.", "get Marisol to write three new lines"),
        ("I'll have the banners printed.", "print the banners"),
        ("I'll have three new lines with you by Friday.", "send three new lines"),
    ],
)
def test_work_a_person_is_had_do_is_worded_get_them_to(said: str, task: str) -> None:
    assert [t for _, t, _ in opened_items([HEADLINE, (NELL, said)])] == [task]


@pytest.mark.parametrize("praise", ["Good spot.", "Fair point.", "Great catch, thanks."])
def test_praise_of_a_remark_is_not_what_it_stands_for(praise: str) -> None:
    turns = [
        (OWEN, "The legal line at the bottom is too small for the six sheets. We'll get flagged."),
        (NELL, f"{praise} We'll bump it up to the minimum size."),
    ]
    assert [t for _, t, _ in opened_items(turns)] == ["bump up the legal line at the bottom to the minimum size"]


def test_a_remark_named_with_more_words_is_still_a_thing() -> None:
    turns = [
        (OWEN, "The legal line is too small."),
        (NELL, "The good spot on the back page is free. We'll move it there."),
    ]
    assert "move the legal line there" not in [t for _, t, _ in opened_items(turns)]


OPTIONS_PUT = (
    NELL,
    "We'll get moving on the adaptations. Do you want to see the full set before print, or just the key ones?",
)


@pytest.mark.parametrize(
    ("said", "stated"),
    [
        (
            "Just the key ones, the forty-eight sheet and the digital six. I trust you with the rest.",
            "Just the key ones, the forty-eight sheet and the digital six.",
        ),
        ("The key ones, please.", "The key ones."),
    ],
)
def test_an_option_picked_with_which_ones_it_is_is_agreed(said: str, stated: str) -> None:
    assert stated in opened_agreements([OPTIONS_PUT, (PRITI, said)])


def test_a_pick_closed_by_a_comma_alone_is_read() -> None:
    assert opened_agreements([OPTIONS_PUT, (PRITI, "Key ones,")]) == ["Key ones,"]


RECAP = [
    (OWEN, "We'll put last year's footage back on the in-store screens."),
    (PRITI, "Once the new SOW lands, I'll raise the PO."),
    (
        NELL,
        "Quick recap. Last year's footage on the screens, I send the SOW Friday, and Priti raises the PO once it's in.",
    ),
]


def test_new_work_after_a_recap_that_names_one_of_its_words_is_kept() -> None:
    said = "And I'll send you the list of stores with screens by Friday. You asked for that last week, sorry."
    items = opened_items([*RECAP, (PRITI, said)])
    assert (PRITI, "send the list of stores with screens", "2026-03-06") in items


def test_a_reply_that_says_the_recapped_work_again_adds_nothing() -> None:
    items = opened_items([*RECAP, (PRITI, "Yes, I'll raise the PO as soon as the SOW's in.")])
    assert [task for who, task, _ in items if who == PRITI] == ["raise the purchase order (PO)"]


@pytest.mark.parametrize("lead", ["I'll have my team", "I'll get my team to"])
def test_what_the_listener_gets_from_work_just_promised_dates_it(lead: str) -> None:
    turns = [
        (PRITI, "Full refunds for anyone booked this week."),
        (NELL, f"{lead} log every refund request, so you'll have the numbers by the end of the month."),
    ]
    assert opened_items(turns) == [(NELL, "get the team to log every refund request", "2026-03-31")]


def test_what_the_listener_gets_said_on_its_own_is_an_item() -> None:
    turns = [(PRITI, "Full refunds for anyone booked this week."), (NELL, "You'll have the numbers by Friday.")]
    assert opened_items(turns) == [(NELL, "send the numbers", "2026-03-06")]


TIKTOK = [
    (PRITI, "I'd asked about TikTok in the brief. Could you look at a TikTok plan?"),
    (NELL, "Yeah, I could put something together."),
]


@pytest.mark.parametrize(
    "back",
    ["Actually, no, forget TikTok for now. Let's get the core campaign live first.", "Let's park it for the moment."],
)
def test_a_request_the_asker_shelves_right_after_the_yes_is_no_item(back: str) -> None:
    assert opened_items([*TIKTOK, (PRITI, back)]) == []


def test_a_request_taken_up_stays_when_something_else_is_shelved() -> None:
    items = opened_items([*TIKTOK, (PRITI, "Great. And forget the print ads, they're fine.")])
    assert [(who, task) for who, task, _ in items] == [(NELL, "look at a TikTok plan")]


@pytest.mark.parametrize(
    ("put", "said"),
    [
        ("Can you send the deck by Tuesday?", "Tuesday works."),
        ("We'll start the edit on Monday.", "Monday works for us."),
    ],
)
def test_a_day_for_work_taken_in_reply_is_no_agreement(put: str, said: str) -> None:
    assert opened_agreements([(PRITI, put), (NELL, said)]) == []


def test_a_thing_had_to_the_listener_is_sent_not_made_to_work() -> None:
    said = "I'll have the results deck to you once the posts have had a week live."
    assert [t for _, t, _ in opened_items([HEADLINE, (NELL, said)])] == ["send the results deck"]


def test_an_hour_for_work_is_today_whatever_day_was_said_before() -> None:
    turns = [
        (
            PRITI,
            "Theo, can you get the cut-down script to compliance today? I don't want them seeing it cold on Thursday.",
        ),
        (THEO, "Yep, on it. It'll be with them by three."),
    ]
    assert [due for _, _, due in opened_items(turns)] == ["2026-03-04"]


@pytest.mark.parametrize(
    "said", ["I'll send them over once legal have seen them.", "I'll send them once legal's signed them off."]
)
def test_the_legal_team_as_a_subject_is_no_word_of_the_task(said: str) -> None:
    turns = [(PRITI, "Can we see the scripts?"), (NELL, said)]
    [task] = [t for _, t, _ in opened_items(turns)]
    assert task.startswith("send the scripts") and not task.lower().endswith("once legal"), task


def test_legal_as_an_adjective_stays() -> None:
    turns = [(PRITI, "Can we add the small print?"), (NELL, "It's a legal requirement, so I'll add the line today.")]
    assert [t for _, t, _ in opened_items(turns)] == ["add the line"]


SPECS = (PRITI, "Are your creative agency doing the six-sheets, or are we?")


@pytest.mark.parametrize(
    "said",
    [
        "Ours. I'll ask them. Actually, no, you talk to them directly, it's quicker.",
        "Ours. I'll ask them. Wait, can you do it? You know them better.",
    ],
)
def test_own_work_handed_to_the_listener_in_the_same_turn_is_not_the_speakers(said: str) -> None:
    assert NELL not in [who for who, _, _ in opened_items([SPECS, (NELL, said)])]


@pytest.mark.parametrize(
    "said",
    [
        "Ours. I'll ask them. Actually, you know what, I'll email them instead.",
        "Ours. I'll send the specs tonight. Actually, can you check the sizes first?",
    ],
)
def test_own_work_stays_when_the_listener_is_asked_something_else(said: str) -> None:
    assert NELL in [who for who, _, _ in opened_items([SPECS, (NELL, said)])]
