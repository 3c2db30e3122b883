"""Defects found in session 44 by drafting new calls as a new user would (/tmp/nu44): each test failed before its
fix. The calls open with ``support.OPENING`` on Wednesday 4 March 2026."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import CALL_DATE, opened_call, opened_items

from pipeline import ingest
from pipeline.documents.summary import agreement_clause
from pipeline.draft import named_labels, sided_by_speech
from pipeline.extract.dates import find_due_dates
from pipeline.settings import Settings

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"  # agency, agency, client, client

LOCATOR = [
    (OWEN, "One more thing. The pharmacy list on the locator is out of date. Sarah in my team has the new one."),
    (THEO, "Could you ask her to send it over? I'll get the developers to update the locator once we have it."),
    (OWEN, "I will do."),
]


@pytest.mark.parametrize(
    "said", ["I'll write this up and circulate it this afternoon.", "I'll type this up and share it after lunch."]
)
def test_this_written_up_at_the_end_is_the_call(said: str) -> None:
    """ "write this up" at the end of a call is the call's notes, not the last thing named ("write up the locator")."""
    items = opened_items([*LOCATOR, (NELL, f"Brilliant. {said}")])
    assert items[-1][:2] == (NELL, "write up the notes (contact report)")


def test_a_condition_is_cut_whole_not_half_a_thing() -> None:
    """A task too long to keep its condition loses the condition, not the end of the thing waited for ("update the
    locator once we have the pharmacy")."""
    items = opened_items(LOCATOR)
    assert (THEO, "get the developers to update the locator", None) in items


@pytest.mark.parametrize(
    "said", ["I'll put something in for the twenty-third.", "I'll pop something in the diary for the twenty-third."]
)
def test_something_put_in_for_a_day_is_the_invite_and_the_next_meeting(said: str) -> None:
    """ "put something in for the twenty-third" after a session is put is a diary invite (not "put the van livery
    in"), and the day it names is the next meeting's (not a fortnight on from the "in a fortnight" asked)."""
    found = opened_call(
        [
            (PRITI, "Last thing, the van. I don't want the old livery on it."),
            (NELL, "No, we'll rewrap it in the new pack design."),
            (PRITI, "Perfect. Can we catch up again in a fortnight?"),
            (NELL, f"Yes, {said}"),
            (OWEN, "Thanks all."),
        ]
    )
    assert found.next_meeting == "Monday 23 March 2026"
    invite = found.action_items[-1]
    assert (invite.task, invite.due) == ("send a diary invite", None)


def test_an_invite_sent_for_a_day_sets_the_next_meeting() -> None:
    found = opened_call(
        [
            (PRITI, "Can we catch up again in a fortnight?"),
            (NELL, "Yes, I'll send an invite for the twenty-third."),
            (OWEN, "Thanks all."),
        ]
    )
    assert found.next_meeting == "Monday 23 March 2026"


def test_something_put_in_a_document_is_no_invite() -> None:
    items = opened_items([(PRITI, "The deck is thin on pricing."), (NELL, "I'll put something in the deck about it.")])
    assert not any("invite" in task for _, task, _ in items)


def test_a_question_word_stays_where_it_was_said() -> None:
    """ "a note on what the letter needs to say": the parser hung "what" on "say", and the task put it after
    "needs"."""
    items = opened_items(
        [
            (NELL, "Could you get us a letter of intent before then?"),
            (PRITI, "Let me speak to our finance director and come back to you early next week."),
            (NELL, "Great. And I'll send over a short note on what the letter needs to say, so it's easy for him."),
        ]
    )
    assert (NELL, "send over a short note on what the letter needs to say", None) in items


def test_what_a_thing_is_not_names_no_one() -> None:
    """ "It's not a festival, but …" / "I'll find out from their buyer": "their" is not the festival's."""
    items = opened_items(
        [
            (OWEN, "Our biggest account wants us at their opening in June. It's not a festival, but it matters to me."),
            (NELL, "Sure. Do you have a date for that yet?"),
            (OWEN, "Not confirmed. I'll find out from their buyer this week and let you know."),
        ]
    )
    assert items[0][0] == OWEN and "festival" not in items[0][1]


FONTS = [
    (PRITI, "I think so. I'll check with the copywriters and confirm by Friday."),
    (NELL, "Perfect. One more thing, we still haven't had the brand fonts from your design team."),
    (PRITI, "Sorry, that's my fault. I'll chase them today."),
]


def test_a_chase_after_a_thing_still_not_had_is_work_of_its_own() -> None:
    """ "I'll chase them today" after "we still haven't had the brand fonts" is new work, not the speaker's "check
    with the copywriters" of two turns before re-dated to today (and not worded as it)."""
    items = opened_items(FONTS)
    assert (PRITI, "check with the copywriters and confirm", "2026-03-06") in items
    assert (PRITI, "chase the design team", "2026-03-04") in items


def test_a_we_can_counter_proposal_is_what_the_reply_settles() -> None:
    """The objector's "That works for me." settles the agency's answer to the objection, not the first suggestion."""
    turns = [
        (NELL, "We'd suggest only moving the posts from the last two years and redirecting the rest."),
        (OWEN, "I'm nervous about search. Some of the older posts still bring in traffic."),
        (THEO, "Fair. We can pull the traffic data and keep anything with a hundred visits a month, whatever its age."),
        (OWEN, "That works for me."),
    ]
    assert [a.text for a in opened_call(turns).agreements] == [
        "We pull the traffic data and keep anything with a hundred visits a month, whatever its age."
    ]


def test_them_for_two_things_named_together_is_both() -> None:
    items = opened_items(
        [
            (PRITI, "We don't want case studies and white papers lumped together. Can they be separate sections?"),
            (THEO, "Easily. I'll split them in the sitemap."),
        ]
    )
    assert items[0][:2] == (THEO, "split case studies and white papers in the sitemap")


def test_two_firms_and_a_title_naming_one_give_the_client_and_the_agency(tmp_path: Path) -> None:
    """No sidecar, no "DATE CLIENT - title" file name: the title names one of the attendees' two firms, the client."""
    path = tmp_path / "Marlow Insurance awards dinner planning.txt"
    path.write_text(
        "Marlow Insurance - Broker Awards Dinner - planning call\nDate: 3 March 2027\n"
        "Present: Jo Harding (Fettle Events, Event Director), Helen Price (Marlow Insurance, Head of Partnerships)\n\n"
        "JO HARDING: Thanks Helen. Shall we start with the venue?\nHELEN PRICE: Yes please.\n",
        encoding="utf-8",
    )
    transcript, embedded = ingest.read_transcript_file(path)
    meeting = ingest.build_meeting(path, transcript, "0" * 64, embedded)
    assert (meeting.client, meeting.agency) == ("Marlow Insurance", "Fettle Events")
    assert [(a.name, a.side) for a in meeting.attendees] == [("Jo Harding", "agency"), ("Helen Price", "client")]


def test_do_it_after_a_saving_put_is_the_decision() -> None:
    turns = [
        (PRITI, "Budget. We're at one eighty and I need to get it under one seventy."),
        (THEO, "If we use the venue's house lighting instead of a full rig we save about twelve thousand."),
        (PRITI, "Do it."),
    ]
    assert [a.text for a in opened_call(turns).agreements] == [
        "We use the venue's house lighting instead of a full rig."
    ]


def test_her_is_the_presenter_chosen_by_role() -> None:
    """ "a sports presenter and a news anchor" / "Let's go for the news anchor." / "I'll check her availability":
    the anchor (a role word), not the presenter named first."""
    items = opened_items(
        [
            (NELL, "We've got two other options, a sports presenter and a news anchor."),
            (PRITI, "Let's go for the news anchor. Safer pair of hands."),
            (NELL, "Great, I'll check her availability and get a quote."),
        ]
    )
    assert items[0][:2] == (NELL, "check the news anchor's availability and get a quote")


@pytest.mark.parametrize(
    ("said", "clause"),
    [
        ("Only the posts from the last two years move.", "that only the posts from the last two years move"),
        ("If they accept fifty percent, we sign.", "that if they accept fifty percent"),
    ],
)
def test_a_summary_clause_does_not_open_on_a_capital_mid_sentence(said: str, clause: str) -> None:
    assert agreement_clause(said) == clause


OTTER_UNNAMED = """\
Speaker 1  0:00
Morning Grace, thanks for making the time. Shall we go through the first cut?

Speaker 2  0:05
Morning Ellie. Yes, I watched it twice. The music feels a bit sad. Can we try something more upbeat?

Speaker 1  0:14
Sure. I'll send over three alternative tracks by Thursday.
"""


def test_a_transcript_of_speaker_labels_is_named_from_the_call(tmp_path: Path) -> None:
    """Otter's "Speaker 1" / "Speaker 2" (nobody named the voices): named from the call as a recording's voices are
    ("Morning Grace" / "Morning Ellie"), so the item is Ellie's, not "Speaker 1"'s."""
    path = tmp_path / "recruitment film first cut.txt"
    path.write_text(OTTER_UNNAMED, encoding="utf-8")
    (tmp_path / "recruitment film first cut.meeting.yaml").write_text(
        "date: 2027-09-01\nclient: Northway Trust\nattendees:\n"
        "  - {name: Ellie Shaw, side: agency, role: Producer}\n"
        "  - {name: Grace Obi, side: client, role: Head of Recruitment}\n",
        encoding="utf-8",
    )
    transcript, _ = ingest.read_transcript_file(path)
    named = named_labels(transcript, ingest.read_metadata(path).merged(), Settings())
    assert [s.speaker for s in named.segments] == ["Ellie Shaw", "Grace Obi", "Ellie Shaw"]


COMMENTS = [
    (PRITI, "And the music feels a bit sad. Can we try something more upbeat?"),
    (NELL, "Sure. I'll send over three alternative tracks by Thursday."),
    (OWEN, "When do you need our final comments on the edit?"),
    (NELL, "Ideally by the twelfth, so we can lock picture the following Monday."),
    (OWEN, "Fine, we'll get them to you by then."),
]


def test_a_question_of_when_about_the_askers_own_work_leaves_the_item_dated() -> None:
    """ "When do you need our final comments?" asks of the client's own work: the answer's days do not re-date the
    tracks promised by Thursday."""
    assert (NELL, "send over three alternative tracks", "2026-03-05") in opened_items(COMMENTS)


def test_by_then_is_the_by_day_of_the_answer_before() -> None:
    """ "Ideally by the twelfth, so we can lock picture the following Monday." / "… by then": the twelfth."""
    items = opened_items(COMMENTS)
    assert ("client", "send the final comments on the edit", "2026-03-12") in items


def test_a_possessive_is_no_pair_for_them() -> None:
    items = opened_items(
        [
            (PRITI, "We want an extra large for the men's and a small for the women's."),
            (NELL, "Fine. I'll have them couriered to your studio before the shoot."),
        ]
    )
    assert not any("men and a small" in task for _, task, _ in items)


def test_a_typed_transcript_with_turn_times_has_a_duration(tmp_path: Path) -> None:
    """The batch table showed "-" for a .txt whose turns are timed: the call lasted at least to the last turn."""
    path = tmp_path / "first cut.txt"
    path.write_text(OTTER_UNNAMED, encoding="utf-8")
    transcript, _ = ingest.read_transcript_file(path)
    assert transcript.duration == 14.0


def test_her_named_with_her_role_is_her_name() -> None:
    """ "with Morag, the master distiller" / "I can film it with her": Morag, not "the master distiller"."""
    items = opened_items(
        [
            (NELL, "And then the big one. A live Q and A with Morag, the master distiller, on launch day."),
            (PRITI, "Pre-record it, I think."),
            (THEO, "I can film it with her on the 10th."),
        ]
    )
    assert any(task.endswith("with Morag") for _, task, _ in items)


SIDELESS = [
    ("Ravi Menon", "Thanks for making time. We wanted to walk you through the media plan for the flu campaign and get "
     "a steer on the budget split, so we can book by the end of the month."),
    ("Claire Donnelly", "Thanks Ravi. I've had a quick look. My main question is why so much of our budget is going "
     "into TV, our board will ask me that."),
    ("Ravi Menon", "Fair question. Your audience are still heavy linear viewers, so TV does the reach. We'll send all "
     "the scripts to you for sign-off before we book anything, and we'll share the final plan with your team."),
    ("Claire Donnelly", "Okay, I'm comfortable with the reach argument. Let me take it to our finance director and our "
     "board, and I'll come back to you early next week with our answer."),
]  # fmt: skip
SIDELESS_VTT = "WEBVTT\n\n" + "\n".join(
    f"{k}\n00:00:{10 * k:02d}.000 --> 00:00:{10 * k + 9:02d}.000\n<v {who}>{said}</v>\n"
    for k, (who, said) in enumerate(SIDELESS, 1)
)


def test_attendees_with_no_side_take_the_side_their_words_make_sure(tmp_path: Path) -> None:
    """A Teams .vtt with no sidecar: every attendee was "Side not set", and "We'll send all the scripts …" had no
    owner. The side model (sure only past 0.8) sides each speaker from what they say."""
    path = tmp_path / "flu plan.vtt"
    path.write_text(SIDELESS_VTT, encoding="utf-8")
    transcript, embedded = ingest.read_transcript_file(path)
    meeting = sided_by_speech(ingest.build_meeting(path, transcript, "0" * 64, embedded), transcript, Settings())
    assert {a.name: a.side for a in meeting.attendees} == {"Ravi Menon": "agency", "Claire Donnelly": "client"}


def test_a_question_of_when_about_drafts_of_the_item_still_dates_it() -> None:
    """ "When could you have drafts?" asks of the item's own work (not the asker's "our comments"): the answer dates
    it."""
    items = opened_items(
        [
            (NELL, "I could put together a short welcome series for anyone who's signed up but not started yet."),
            (PRITI, "Yes. God, yes."),
            (OWEN, "When could you have drafts, Nell, realistically?"),
            (NELL, "Drafts... Thursday? Let's say Thursday."),
        ]
    )
    assert items[0][0] == NELL and items[0][2] == "2026-03-05"


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("I'll have it done within the fortnight.", "2026-03-18"),
        ("I'll send it after lunch.", "2026-03-04"),
        ("I'll get it to you by the last day of the month.", "2026-03-31"),
    ],
)
def test_ways_of_giving_a_date_a_helper_found_unread(said: str, due: str) -> None:
    """Forms the due51 helper listed as not parsed ("within the fortnight", "after lunch", "the last day of the
    month"); "within the month" and "Wednesday fortnight" said on a Wednesday stay as they were."""
    assert [d.due.isoformat() for d in find_due_dates(said, CALL_DATE, "following_week") if d.due] == [due]


def test_after_lunch_after_a_day_said_is_that_days() -> None:
    """ "Thursday. I'll come over after lunch.": Thursday's afternoon, not today (a read set's case in m44h)."""
    found = find_due_dates("Yeah, fine. Thursday. I'll come over after lunch.", CALL_DATE, "following_week")
    assert [d.due.isoformat() for d in found if d.due] == ["2026-03-05"]
