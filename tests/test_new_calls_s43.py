"""Defects found in session 43 by drafting new calls as a new user would (/tmp/nu43): each test failed before its
fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import opened_agreements as agreed
from support import opened_call, opened_items

from pipeline import ingest
from pipeline.extract.asr import normalise

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"  # agency, agency, client, client

FIRMS_CALL = """\
Attendees: Hannah Cole (Bright Signal, Account Director), Marcus Webb (Bright Signal), Fiona Grant (Strand Hotels, \
Marketing Director), Ravi Singh (Strand Hotels)

Hannah Cole: Morning both. Shall we go through the reopening plan?
Fiona Grant: Yes please.
Marcus Webb: I'll have the invite list over by Wednesday.
"""


def test_attendees_written_with_their_firm_take_its_side(tmp_path: Path) -> None:
    """The client is named by the file; the attendees by their firm in brackets. The other firm is the agency."""
    path = tmp_path / "2027-05-12 Strand Hotels - reopening PR plan.txt"
    path.write_text(FIRMS_CALL, encoding="utf-8")
    transcript, embedded = ingest.read_transcript_file(path)
    meeting = ingest.build_meeting(path, transcript, "0" * 64, embedded)
    assert [(a.name, a.side, a.role) for a in meeting.attendees] == [
        ("Hannah Cole", "agency", "Account Director"),
        ("Marcus Webb", "agency", None),
        ("Fiona Grant", "client", "Marketing Director"),
        ("Ravi Singh", "client", None),
    ]


def test_a_firm_that_is_not_the_clients_stays_unsided_when_the_agency_is_named(tmp_path: Path) -> None:
    """A third firm (the venue) is neither side when the sidecar names the agency."""
    path = tmp_path / "reopening.txt"
    path.write_text(FIRMS_CALL.replace("Ravi Singh (Strand Hotels)", "Ravi Singh (Harbour Venues, Owner)"), "utf-8")
    (tmp_path / "reopening.meeting.yaml").write_text("client: Strand Hotels\nagency: Bright Signal\n", "utf-8")
    transcript, embedded = ingest.read_transcript_file(path)
    meeting = ingest.build_meeting(path, transcript, "0" * 64, embedded)
    assert {a.name: (a.side, a.role) for a in meeting.attendees} == {
        "Hannah Cole": ("agency", "Account Director"),
        "Marcus Webb": ("agency", None),
        "Fiona Grant": ("client", "Marketing Director"),
        "Ravi Singh": (None, "Harbour Venues, Owner"),
    }


# The extraction of the same call (a PR plan for a hotel's reopening); the agency is Nell and Theo.

RELEASE = [
    (NELL, "The release is drafted, have you had a look?"),
    (PRITI, "I had a look. The headline's fine, but can we lose the bit about thread counts?"),
    (THEO, "Fair. I'll cut that and tighten the second paragraph."),
]


@pytest.mark.parametrize(
    ("said", "waited"),
    [
        ("I'll run it past legal once your new version's in.", "(once the new version is in)"),
        ("I'll run it past legal once the signed copy's back.", "(once the signed copy is back)"),
    ],
)
def test_a_nouns_s_before_a_particle_is_the_step_waited_for(said: str, waited: str) -> None:
    """ "once your new version's in": the parser read a possessive and hung "in" on the task ("run it past them in")."""
    items = opened_items([*RELEASE, (PRITI, said), (THEO, "Great.")])
    assert items[-1][0] == PRITI and items[-1][1].endswith(waited)
    assert " in (" not in items[-1][1] and " back (" not in items[-1][1]


def test_the_step_waited_for_keeps_its_particle_as_the_due() -> None:
    found = opened_call([*RELEASE, (PRITI, "I'll run it past legal once your new version's in."), (THEO, "Great.")])
    assert found.action_items[-1].due_text == "once your new version is in"


def test_a_possessive_before_a_particle_is_left_alone() -> None:
    assert normalise("The client's in-house team will check it.") == "The client's in-house team will check it."
    assert normalise("Once that's in, I'll send it.") == "Once that's in, I'll send it."


def test_a_time_written_am_keeps_the_date_after_it() -> None:
    """ "at seven a.m. on the twenty-fifth": the word after "a.m." was capitalised as a sentence's first, and the
    agreement lost its date."""
    turns = [
        (NELL, "Just the embargo. We'd suggest the release goes out at seven a.m. on the twenty-fifth."),
        (PRITI, "That makes sense. Agreed."),
    ]
    assert agreed(turns) == ["The release goes out at seven a.m. on the twenty-fifth."]
    assert normalise("Call at 3 p.m. tomorrow, e.g. after lunch.") == "Call at 3 p.m. tomorrow, e.g. after lunch."


TALKING_POINTS = [
    (NELL, "And for the night we'll write Owen some talking points."),
    (OWEN, "Talking points would be really helpful. When would I see those?"),
]


def test_when_would_i_see_those_asks_for_them_and_a_draft_on_a_date_is_of_them() -> None:
    """The client asking when they would see the talking points offered nothing ("see talking points" was theirs),
    and "a first draft on the fourteenth" lost what it was a draft of (the date read as the draft's own words)."""
    items = opened_items([*TALKING_POINTS, (NELL, "I'll send a first draft on the fourteenth."), (OWEN, "Okay.")])
    assert items[-1] == (NELL, "send a first draft of talking points", "2026-03-14")
    assert all(owner != OWEN for owner, *_ in items)


@pytest.mark.parametrize("asked", ["Will I get them by Monday?", "When would I have those?"])
def test_asking_when_the_speaker_gets_a_thing_is_no_offer(asked: str) -> None:
    items = opened_items([(NELL, "We'll put the talking points together."), (OWEN, asked), (NELL, "Sure.")])
    assert all(owner != OWEN for owner, *_ in items)


# A partner summit's weekly check-in (a Zoom .vtt with "Name: text" cues, and its sidecar).


def test_a_decision_reported_after_consulting_states_the_decision() -> None:
    turns = [
        (THEO, "Last thing, the delegate app. Eventflow is cheaper, but Gatherly does the matchmaking you liked."),
        (PRITI, "I've talked to my director and we're going with Gatherly. The matchmaking is the whole point."),
        (NELL, "Great, I'll let them know."),
    ]
    assert agreed(turns) == ["We go with Gatherly."]


def test_happy_with_reported_terms_states_the_terms() -> None:
    turns = [
        (NELL, "We've had the revised contract back from the venue. The cancellation terms are better, fifty percent "
         "up to sixty days out."),
        (PRITI, "That's much better. I'm happy with that."),
        (THEO, "Great."),
    ]  # fmt: skip
    assert agreed(turns) == ["The cancellation terms are better, fifty percent up to sixty days out."]


# A bank's sprint review (a Teams .docx: name and time over each paragraph).

COOKIES = [
    (PRITI, "And can you two sync on the cookie banner? Legal changed the categories again."),
    (THEO, "Sure, Nell and I will pick that up on Monday."),
    (PRITI, "Lovely. Last thing, the photography. We're not using the stock images of couples, they feel dated."),
    (NELL, "Fair enough. We'll swap them for the illustrations from the brand library."),
    (PRITI, "Yes, do that."),
]


def test_a_colleague_and_i_answering_leaves_no_assignment_for_the_colleague() -> None:
    """ "Nell and I will pick that up on Monday" took the request on for both, and left Nell an assignment that her
    next turn ("We'll swap them…") answered: an item for the swap, dated Monday."""
    items = opened_items(COOKIES)
    assert items == [([THEO, NELL], "sync on the cookie banner", "2026-03-09")]


def test_yes_do_that_after_a_change_we_will_make_states_the_change() -> None:
    assert agreed(COOKIES) == ["We swap them for the illustrations from the brand library."]


def test_action_for_me_is_the_speakers_item() -> None:
    turns = [
        (PRITI, "The audit needs to happen the week before go-live at the latest."),
        (NELL, "Then action for me to send the audit partner the staging login by Friday."),
        (PRITI, "Perfect."),
    ]
    assert opened_items(turns) == [(NELL, "send the audit partner the staging login", "2026-03-06")]


@pytest.mark.parametrize("put", ["Same time next sprint, so Tuesday the seventeenth?", "Same time next week, so "
                                 "Tuesday the seventeenth?"])  # fmt: skip
def test_same_time_with_a_day_named_is_that_day(put: str) -> None:
    found = opened_call([(NELL, "Great, that's everything. " + put), (PRITI, "Works for me.")])
    assert found.next_meeting is not None and found.next_meeting.startswith("Tuesday 17 March 2026")


def test_same_time_next_month_stays_a_month_on() -> None:
    """The day named beats "same time next week"; "next month" names no day (it is no deadline at the month's end)."""
    found = opened_call([(NELL, "Great, I think we're done. Same time next month?"), (PRITI, "Sounds good.")])
    assert found.next_meeting is not None and found.next_meeting.startswith("Wednesday 1 April 2026")


# A monthly social review (an Otter-style .txt: name and time over each paragraph, and a sidecar).


def test_a_second_clause_with_its_own_modal_is_not_the_tasks_words() -> None:
    """ "I'll ping her today, should have an answer by Wednesday.": the parser hung "should have an answer" on
    "ping"; the task read "ping Sarah should have an answer"."""
    turns = [
        (PRITI, "I'll need to get sign-off from Sarah on the extra shoot day though."),
        (OWEN, "When can you get that by?"),
        (PRITI, "I'll ping her today, should have an answer by Wednesday."),
        (NELL, "Great."),
    ]
    items = opened_items(turns)
    assert [(owner, due) for owner, _task, due in items] == [(PRITI, "2026-03-11")]
    assert "should" not in items[0][1] and "Sarah" in items[0][1]


@pytest.mark.parametrize(
    "offer", ["Shall I get you a quote from the printers?", "Should I get the figures from finance?"]
)
def test_shall_i_get_still_offers(offer: str) -> None:
    items = opened_items([(NELL, "The print run is the open question."), (NELL, offer), (PRITI, "Yes please.")])
    assert [owner for owner, *_ in items] == [NELL]


# A food brand's recall statement call (typed, its details lines, first names as speakers).


@pytest.mark.parametrize("asked", ["Theo, can you make that change?", "Theo, can you make those changes?"])
def test_make_that_change_is_the_change_asked_for(asked: str) -> None:
    turns = [
        (OWEN, "I've read the statement. The second line sounds defensive. Can we lead with the apology?"),
        (NELL, "Yes, we can flip those round. " + asked),
        (THEO, "On it, I'll have a revised version to you within the hour."),
        (PRITI, "Thanks."),
    ]
    assert [(owner, task) for owner, task, _due in opened_items(turns)] == [(THEO, "lead with the apology")]


def test_a_second_thing_sent_on_its_own_day_leaves_the_first_task_whole() -> None:
    """ "I'll send the invite over today, and the minutes on Friday.": the first item read "send the invite and on
    Friday" (only the second thing's words were taken out of it)."""
    items = opened_items([(NELL, "I'll send the invite over today, and the minutes on Friday."), (PRITI, "Great.")])
    assert items == [(NELL, "send the invite", "2026-03-04"), (NELL, "send the minutes", "2026-03-06")]
