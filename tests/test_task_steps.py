"""A task's whole verb phrase (pipeline/extract/tasks.py, task_dates.py): a second step joined to the first is
kept when both fit, a deadline said without "by" in the middle of the phrase goes, and a cut never ends inside a
noun phrase. Each dialogue is written for these tests, in several of the ways people say the same thing; each has
a task the draft must give (exactly, or as part of a task) and words no task may have."""

from __future__ import annotations

import pytest

from tests.test_extract_wording import tasks

# (case, dialogue, a task that must be given, words that must not be in any task)
CASES = [
    # a second step with a thing of its own, joined by "and", is part of the same commitment
    (
        "second_step_with_its_own_thing",
        [
            ("Nadia Brooks", "The extra shoot day changes the numbers."),
            ("Owen Price", "I'll update the schedule and send a new quote for the extra shoot day."),
        ],
        "update the schedule and send a new quote for the extra shoot day",
        [],
    ),
    (
        "second_step_said_as_a_verb_and_preposition",
        [
            ("Nadia Brooks", "The banners came back the wrong colour."),
            ("Owen Price", "I'll take it up with the printer and ask for a reprint."),
        ],
        "and ask for a reprint",
        [],
    ),
    # a verb that only gets in touch keeps what is put to them: the question, or the next step said with "and"
    (
        "getting_in_touch_to_find_out",
        [
            ("Nadia Brooks", "Are we under the festival's licence, or do we need our own?"),
            ("Owen Price", "I'll speak to both organisers and find out whether we need a licence for either."),
        ],
        "speak to both organisers and find out whether we need a licence",
        [],
    ),
    (
        "getting_in_touch_with_the_question_after_an_aside",
        [
            ("Nadia Brooks", "Do we need an easy-read version as well?"),
            ("Lucy Tam", "I'll check with Aled, our accessibility lead, whether we need an easy-read version."),
        ],
        "check with Aled whether we need an easy-read version",
        ["of"],
    ),
    (
        "getting_in_touch_then_reporting_back_is_not_the_work",
        [
            ("Nadia Brooks", "Has the venue confirmed the room yet?"),
            ("Owen Price", "Not yet. I'll check with our lawyers and tell you on Thursday."),
        ],
        "check with the lawyers",
        ["tell", "you"],
    ),
    (
        "getting_in_touch_instead_of_another_way",
        [
            ("Nadia Brooks", "The editor still hasn't replied to the invite."),
            ("Owen Price", "I'll ring the editor today rather than send another email."),
        ],
        "ring the editor",
        ["email"],
    ),
    (
        "second_step_after_a_named_person",
        [
            ("Nadia Brooks", "The venue still hasn't confirmed the room."),
            ("Lucy Tam", "I'll call Priya at the venue and chase the room booking."),
        ],
        "call Priya at the venue and chase the room booking",
        [],
    ),
    (
        "second_step_after_a_person_named_with_their_team",
        [
            ("Nadia Brooks", "The overnight stock feed failed again."),
            ("Owen Price", "I'll speak to Marcus in ecommerce tech myself this week and get a firm date from him."),
        ],
        "speak to Marcus in ecommerce tech and get a firm date",
        ["myself", "week"],
    ),
    (
        "second_step_after_a_person_named_with_their_department",
        [
            ("Nadia Brooks", "Nobody knows how many came to the stand."),
            ("Lucy Tam", "I'll talk to Priya in events myself and get the visitor numbers."),
        ],
        "talk to Priya in events and get the visitor numbers",
        ["myself"],
    ),
    (
        "second_step_passing_the_work_on",
        [
            ("Nadia Brooks", "The creator's post is missing the ad label."),
            ("Lucy Tam", "I'll get on to Kim straight after this and get her to fix the label."),
        ],
        "contact Kim and get her to fix the",
        ["straight", "after"],
    ),
    (
        "the_other_way_is_not_a_second_step",
        [
            ("Nadia Brooks", "The trade editor still hasn't replied."),
            ("Owen Price", "I'll phone the trade editor rather than send another chaser."),
        ],
        "phone the trade editor",
        ["chaser", "than"],
    ),
    (
        "instead_of_is_not_a_second_step_either",
        [
            ("Nadia Brooks", "The courier lost the last parcel."),
            ("Lucy Tam", "I'll drive the samples over myself instead of using the courier."),
        ],
        "drive the samples over",
        ["courier", "myself"],
    ),
    (
        "a_second_step_that_only_says_when_is_no_step",
        [
            ("Nadia Brooks", "Are the sizes right for every store?"),
            ("Owen Price", "I'll check the sizes against the store list and confirm by Thursday."),
        ],
        "check the sizes against the store list",
        ["confirm", "Thursday"],
    ),
    (
        "a_question_put_keeps_its_answer_coming_back",  # session 31: the answer brought back is the work's end
        [
            ("Nadia Brooks", "Is the photographer free that week?"),
            ("Lucy Tam", "I'll ask the photographer's agent and get back to you."),
        ],
        "ask the photographer's agent and get back",
        ["you"],
    ),
    (
        "second_step_after_getting_someone_else_to_do_the_first",
        [
            ("Nadia Brooks", "The pack shot on the landing page is the old bottle."),
            ("Owen Price", "I'll get the studio to replace it and send you a new proof."),
        ],
        "and send a new proof",
        [],
    ),
    (
        "second_step_getting_the_listener_a_thing",
        [
            ("Nadia Brooks", "We still don't have the print costs."),
            ("Lucy Tam", "I'll chase the printer and get you the costs back on Friday."),
        ],
        "chase the printer and send",
        ["Friday", "get", "back"],
    ),
    (
        "second_step_after_a_light_verb",
        [
            ("Nadia Brooks", "Three of us are going to the Glasgow store visit."),
            ("Owen Price", "I'll sort the hotel and send you the booking details."),
        ],
        "book the hotel and send",
        [],
    ),
    # who does it, said again, is not part of the task
    (
        "myself_after_the_person",
        [
            ("Nadia Brooks", "The supplier keeps missing our calls."),
            ("Owen Price", "I'll ring their account manager myself tomorrow."),
        ],
        "ring the supplier's account manager",
        ["myself", "tomorrow"],
    ),
    (
        "a_word_with_someone_is_speaking_to_them",
        [
            ("Nadia Brooks", "The caterer keeps changing the menu."),
            ("Lucy Tam", "I'll have a quiet word with the caterer myself."),
        ],
        "speak to the caterer",
        ["word", "myself"],
    ),
    (
        "getting_the_listener_a_thing_is_sending_it",
        [
            ("Nadia Brooks", "Have you got the footfall numbers?"),
            ("Owen Price", "I'll get you the footfall numbers tomorrow."),
        ],
        "send the footfall numbers",
        ["tomorrow", "get"],
    ),
    (
        "getting_the_listener_a_made_thing_is_sending_it",
        [
            ("Nadia Brooks", "The board want to hold the new packs."),
            ("Owen Price", "We'll get you printed samples of both packs by Friday the 20th."),
        ],
        "send printed samples of both",
        ["you", "Friday", "20th"],
    ),
    # a deadline said without "by" inside the phrase goes, the rest of the phrase stays
    (
        "end_of_the_month_inside_the_phrase",
        [
            ("Nadia Brooks", "What do the volunteers need before the day?"),
            ("Owen Price", "I'll get the welcome packs out end of the month, with the maps and the rota."),
        ],
        "send the welcome packs with the maps and the rota",
        ["end", "month"],
    ),
    (
        "a_list_after_the_date_is_kept_whole",
        [
            ("Nadia Brooks", "What do the new starters get before day one?"),
            ("Lucy Tam", "I'll get the welcome letters out first thing Monday, with the site map and the door codes."),
        ],
        "send the welcome letters with the site map and the door codes",
        ["first", "Monday"],
    ),
    (
        "what_hangs_on_the_date_goes_with_it",
        [
            ("Nadia Brooks", "Are we on for the Harrogate show or not?"),
            ("Owen Price", "I'll confirm the stand with the show team by the twenty-first, one way or the other."),
        ],
        "confirm the stand with the show team",
        ["twenty-first", "way"],
    ),
    (
        "this_afternoon_after_the_particle",
        [
            ("Nadia Brooks", "Could we have the notes from today?"),
            ("Lucy Tam", "Yes, I'll get the contact report over this afternoon."),
        ],
        "send the contact report",
        ["afternoon", "over"],
    ),
    (
        "later_today_after_a_particle_read_as_a_preposition",
        [
            ("Nadia Brooks", "Thanks, that's everything from us."),
            ("Owen Price", "Great. I'll get the contact report over later today."),
        ],
        "send the contact report",
        ["later", "today"],
    ),
    (
        "close_of_play_between_the_thing_and_its_extra",
        [
            ("Nadia Brooks", "The press list needs the new names."),
            ("Owen Price", "I'll send the press list round close of play with the new names in."),
        ],
        "send the press list",
        ["close", "play"],
    ),
    (
        "a_lead_in_before_the_day_goes_with_it",
        [
            ("Nadia Brooks", "When will the tickets be booked?"),
            ("Owen Price", "I'll book the train tickets by, say, the ninth."),
        ],
        "book the train tickets",
        ["say", "ninth", "by"],
    ),
    (
        "a_date_that_names_the_thing_stays",
        [
            ("Nadia Brooks", "Nobody had the minutes from Tuesday's call."),
            ("Lucy Tam", "I'll send the Tuesday call notes round again."),
        ],
        "send the Tuesday call notes",
        [],
    ),
    (
        "a_date_that_is_where_the_thing_moves_stays",
        [
            ("Nadia Brooks", "The launch can't be on the 12th any more."),
            ("Owen Price", "I'll get the PR team to move the launch to the 19th."),
        ],
        "move the launch to the 19th",
        [],
    ),
]


@pytest.mark.parametrize(("case", "dialogue", "expected", "absent"), CASES, ids=[c[0] for c in CASES])
def test_task_steps(case: str, dialogue, expected: str, absent: list[str]) -> None:
    got = tasks(dialogue)
    assert any(expected in t for t in got), got
    for word in absent:
        assert not any(f" {word} " in f" {t} " for t in got), (word, got)


@pytest.mark.parametrize(
    "said",
    [
        "I'll put the deck together and send it round with the speaker notes and the timings for the day.",
        "Yes, we'll pull the numbers together for the quarter with the regional split and the store detail too.",
    ],
)
def test_a_cut_never_ends_inside_a_noun_phrase(said: str) -> None:
    """A task too long to say in full is cut before a phrase, never after half of one ("with the speaker")."""
    got = tasks([("Nadia Brooks", "Where are we with the review pack?"), ("Owen Price", said)])
    assert got, got
    for task in got:
        assert task.split()[-1] not in ("the", "a", "with", "and", "speaker", "regional", "store"), task


def test_a_hyphenated_word_is_one_word_and_never_cut() -> None:
    """ "in-jokes", "run-of-show": one word as written, counted once and never cut after its first part."""
    got = tasks(
        [
            ("Nadia Brooks", "The new host doesn't know the brand."),
            ("Owen Price", "I'll put together a cheat sheet on the product names and the in-jokes for her."),
        ]
    )
    assert any("the product names and the in-jokes" in t for t in got), got
    assert not any(t.endswith((" in", "-")) for t in got), got


def test_getting_the_listener_set_up_sends_nothing() -> None:
    """ "get you set up on the portal" (the parser's "you" doing "set up", with no thing of its own) is not
    "send …", unlike "get you printed samples"."""
    got = tasks(
        [
            ("Nadia Brooks", "We cannot log in to the supplier system yet."),
            ("Owen Price", "Okay. Our procurement team will get you set up on Ariba by the ninth, I'll see to it."),
        ]
    )
    assert got, got
    assert not any(t.split()[0] == "send" for t in got), got
