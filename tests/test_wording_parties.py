"""Whom "them"/"her"/"his" stands for in a task (pipeline/extract/parties.py): a person or a body of people named just
before, never a thing, and the pronoun kept when nothing is sure. Dialogues written for these tests, several ways of
saying each; and "it"/"those"/"that" straight after a task's verb (pipeline/extract/antecedents.py after_task_verb,
work_said.py), and "both" for the two things named together before it (antecedents.py named_pair)."""

from __future__ import annotations

import pytest

from pipeline.extract.parties import owned_by
from pipeline.extract.wording_rules import load_rules
from tests.support import MODELS
from tests.test_extract_wording import tasks

# (case, dialogue, a task that must be given, words that must not be in any task)
CASES = [
    (
        "ring_them_the_body_named_the_turn_before",
        [
            ("Nadia Brooks", "The final route has to come from the council, and they've gone very quiet."),
            ("Owen Price", "Leave it with me, I'll ring them tomorrow."),
        ],
        "ring the council",
        ["them"],
    ),
    (
        "phone_them_plural_role_named_before",
        [
            ("Lucy Tam", "The installers still haven't sent a start date for the stand build."),
            ("Owen Price", "I'll phone them this afternoon."),
        ],
        "phone the installers",
        ["them"],
    ),
    (
        "go_back_to_them_an_organisation_by_name",
        [
            ("Nadia Brooks", "Where did we get to with Tesco on the gondola end fee?"),
            ("Owen Price", "Tesco came in at fifty, but I reckon there's room."),
            ("Nadia Brooks", "Aim for forty."),
            ("Owen Price", "I'll go back to them on Monday with forty."),
        ],
        "go back to Tesco",
        ["them"],
    ),
    (
        "put_it_to_them_the_name_said_in_the_same_turn",
        [
            ("Nadia Brooks", "Is the new rate card going to fly?"),
            ("Owen Price", "I think the Gazette will push back, but I'll put the offer to them on Thursday."),
        ],
        "put the offer to the Gazette",
        ["them"],
    ),
    (
        "ask_her_a_person_by_role_in_the_same_turn",
        [
            ("Nadia Brooks", "We need the ground plan with the power points marked."),
            ("Lucy Tam", "I've got their site manager's number. I'll ask her for the plan today."),
        ],
        "ask the site manager",
        ["her"],
    ),
    (
        "speak_to_him_a_role_named_the_turn_before",
        [
            ("Owen Price", "The hotel's events coordinator still hasn't held the terrace for us."),
            ("Lucy Tam", "I'll speak to him first thing tomorrow."),
        ],
        "speak to the hotel's events coordinator",
        ["him"],
    ),
    (
        "his_sign_off_a_first_name_said_before",
        [("Nadia Brooks", "I need to run the new budget past Richard first. I'll get his sign-off by Friday.")],
        "get Richard's sign-off",
        ["his"],
    ),
    (
        "their_press_office_an_organisation_named_before",
        [
            ("Lucy Tam", "The Chronicle ran a great piece last spring."),
            ("Owen Price", "I'll email their features desk this week."),
        ],
        "email the Chronicle's features desk",
        ["their"],
    ),
    (
        "a_thing_them_is_not_a_party",
        [
            ("Nadia Brooks", "Can you send over the proofs?"),
            ("Owen Price", "Yes, I'll email them over tonight."),
        ],
        "the proofs",
        ["them"],
    ),
    (
        "their_of_things_stays",
        [
            ("Nadia Brooks", "The council said the banners came back the wrong size."),
            ("Owen Price", "I'll resize the banners and fix their margins by Friday."),
        ],
        "fix their margins",
        ["council's"],
    ),
    (
        "the_task_names_them_itself",
        [
            ("Nadia Brooks", "The coach firm still hasn't confirmed the pick-up times."),
            ("Owen Price", "I'll phone the coach firm and check the times with them."),
        ],
        "check the times with them",
        [],
    ),
    (
        "two_bodies_in_the_nearest_turn_leave_the_pronoun",
        [
            ("Nadia Brooks", "The venue and the caterer both want the final headcount."),
            ("Owen Price", "I'll ring them on Monday."),
        ],
        "ring them",
        ["venue", "caterer"],
    ),
]

# whom "them"/"her" stands for named further back while the talk between keeps saying "they"/"her" of them, as a
# modifier ("the Solvair sign-off"), as a name the parser took for a person's, and as the one given something
PEOPLE_TOLD = [
    (
        "ring_them_the_body_named_turns_before_still_they",
        [
            ("Lucy Tam", "We said yes to the Harrogate food festival bars back in March."),
            ("Nadia Brooks", "And have they sent the contract?"),
            ("Lucy Tam", "Not yet, and honestly we can't afford it now."),
            ("Will Ferris", "Owen, can you let them know we're pulling out this year?"),
            ("Nadia Brooks", "It's probably better coming from you, Lucy."),
            ("Lucy Tam", "Yes, fair. I'll ring them this week."),
        ],
        "ring the Harrogate food festival",
        ["them"],
    ),
    (
        "speak_to_her_manager_a_name_said_turns_before",
        [
            ("Lucy Tam", "Zara's manager emailed. She wants an uplift for the extra reel."),
            ("Will Ferris", "How much?"),
            ("Lucy Tam", "Seven-fifty. Her reel did well."),
            ("Nadia Brooks", "We contracted her at a fee for two posts."),
            ("Will Ferris", "Agreed, no uplift."),
            ("Lucy Tam", "She stays at the contracted fee, then."),
            ("Owen Price", "Leave that with me. I'll speak to her manager, I'll be nice."),
        ],
        "speak to Zara's manager",
        ["her"],
    ),
    (
        "go_back_to_them_the_body_their_they_points_at",
        [
            ("Owen Price", "The band came back. Their quote is five thousand for three sets."),
            ("Lucy Tam", "We had four and a half in the budget."),
            ("Owen Price", "If we cut it to two sets, they'd probably come down."),
            ("Lucy Tam", "Then four and a half for two sets. If they won't do it, we go without."),
            ("Owen Price", "Understood. I'll go back to them tomorrow."),
        ],
        "go back to the band",
        ["them", "Understood"],
    ),
    (
        "chase_their_comms_team_a_name_said_as_a_modifier",
        [
            ("Lucy Tam", "And the Solvair sign-off. Nadia, could you chase their comms team directly?"),
            ("Nadia Brooks", "Yeah, go on then."),
        ],
        "chase Solvair's comms team",
        ["their", "the Solvair"],
    ),
    (
        "tell_them_a_body_said_as_a_modifier",
        [
            ("Owen Price", "Last thing, the cricket club sponsorship. They've asked again."),
            ("Lucy Tam", "Not this year."),
            ("Owen Price", "I'll tell them we'll look again in the spring."),
        ],
        "tell the cricket club",
        ["tell them"],
    ),
    (
        "go_back_to_them_the_one_named_again",
        [
            ("Owen Price", "The Courier want to run the family story, but they want it exclusive."),
            ("Lucy Tam", "Not exclusive. The Examiner have been good to us. The Courier can have it first."),
            ("Owen Price", "Fair enough. I'll go back to them today."),
        ],
        "go back to the Courier",
        ["them", "Examiner"],
    ),
    (
        "her_support_worker_a_person_by_role_who_is_not_staff",
        [
            ("Owen Price", "The resident at flat six wants to see the film before it goes anywhere."),
            ("Lucy Tam", "Then she sees it. Owen, can you take it round?"),
            ("Owen Price", "Yes, leave that with me."),
            ("Nadia Brooks", "I'll give her support worker a heads-up."),
        ],
        "the resident's support worker",
        ["her"],
    ),
    (
        "send_his_email_a_role_the_parser_made_a_modifier",
        [
            ("Lucy Tam", "And we'll need you to grant our QA guy access to staging as well."),
            ("Owen Price", "Sure. Send me his email and I'll sort it."),
            ("Lucy Tam", "Will do."),
        ],
        "the QA guy's email",
        ["his"],
    ),
    (
        "their_calendar_the_team_not_the_modifier_before_it",
        [
            ("Lucy Tam", "On the compliance sign-off, the promotions team need two weeks for anything with a rate."),
            ("Owen Price", "Oh God, yeah."),
            ("Lucy Tam", "We'd need to get the copy through with a placeholder."),
            ("Owen Price", "They do do fast-tracks. If you ask nicely."),
            ("Nadia Brooks", "Could you send me their slot calendar for July, Lucy?"),
            ("Lucy Tam", "Yes, I'll send it over tomorrow."),
        ],
        "the promotions team's slot calendar",
        ["their", "God", "compliance"],
    ),
    (
        "to_them_after_an_adjective_the_parser_ended_on",
        [
            ("Lucy Tam", "Forty, with a make-good if week one underdelivers."),
            ("Owen Price", "Forty is about where ITV break. But fine, I'll put forty with the make-good to them."),
        ],
        "to ITV",
        ["them"],
    ),
    (
        "his_sign_off_a_name_the_parser_read_as_a_clock_time",
        [
            (
                "Nadia Brooks",
                "I do need to run five twenty past Richard, but he's seen the paper. I'll get his sign-off by Friday.",
            )
        ],
        "get Richard's sign-off",
        ["his"],
    ),
    (
        "his_sign_off_past_a_season_is_no_name",
        [("Nadia Brooks", "The launch has slipped past Christmas. I'll get his sign-off by Friday.")],
        "get his sign-off",
        ["Christmas"],
    ),
    (
        "have_a_word_with_them_the_body_not_its_modifier",
        [
            ("Owen Price", "I'd like to sound out the regional BBC news desk early. They like an airport story."),
            ("Lucy Tam", "Do, yeah."),
            ("Owen Price", "So I'll have a quiet word with them by the end of next week."),
        ],
        "the regional BBC news desk",
        ["them", "BBC's"],
    ),
    (
        "tell_them_a_name_the_parser_takes_for_a_persons",
        [
            ("Lucy Tam", "Fine, pause the display."),
            ("Owen Price", "I'll brief Carrick on that, though, because they're still running it."),
            ("Lucy Tam", "No, let me tell them, it's cleaner coming from us."),
        ],
        "tell Carrick",
        ["tell them"],
    ),
    (
        "call_them_a_name_said_alone_before",
        [
            ("Nadia Brooks", "Anything else on radio, Owen?"),
            ("Owen Price", "Just Seaview. I'll call them once the date is confirmed."),
        ],
        "call Seaview",
        ["them"],
    ),
    (
        "give_them_the_one_given_something",
        [
            ("Lucy Tam", "The installers need the stand drawings before they can quote."),
            ("Owen Price", "I'll give them the drawings tomorrow."),
        ],
        "give the installers the",
        ["them"],
    ),
    (
        "get_him_booked_the_person_made_to",
        [
            ("Owen Price", "Let's use Dave Kowalski for the shoot, then."),
            ("Lucy Tam", "Fine, go ahead with Dave."),
            ("Owen Price", "Perfect. I'll get him booked in for early December."),
        ],
        "Dave",
        ["him"],
    ),
    (
        "message_you_both_the_two_who_asked",
        [
            ("Lucy Tam", "We'd heard there might be a reforecast for the second half?"),
            ("Owen Price", "There might. It goes to the board on the thirtieth."),
            ("Will Ferris", "That would change our Q4 bookings."),
            ("Owen Price", "Yes, of course. I'll message you both as soon as it's through."),
        ],
        "message Will and Lucy",
        ["you", "both"],
    ),
    (
        "message_you_the_one_who_asked",
        [
            ("Lucy Tam", "And let us know how the buyer reacts? Even just a text."),
            ("Owen Price", "Yeah, I'll message you straight after."),
        ],
        "message Lucy",
        ["you"],
    ),
    (
        "copy_you_in_the_listener",
        [
            ("Owen Price", "If you send me their contact, I'll send the specs to the printers directly."),
            ("Lucy Tam", "Will do, I'll copy you in on an email to the printers today."),
        ],
        "copy Owen in",
        ["you"],
    ),
    (
        "walk_me_through_the_one_who_asked",
        [
            ("Lucy Tam", "Owen, I'd like you to walk me through the route properly the day before."),
            ("Owen Price", "Happy to."),
        ],
        "walk Lucy through the route",
        ["me"],
    ),
]

# the pronoun stays: a thing got done, "you" given something (to whoever asked), an exclamation is no name
STAYS = [
    (
        "get_them_printed_things_not_people",
        [
            ("Lucy Tam", "The printers have the banner files now."),
            ("Owen Price", "Great, I'll get them printed by Friday."),
        ],
        "print",
        ["the printers printed"],
    ),
    (
        "email_you_the_deck_the_deck_is_sent",
        [
            ("Lucy Tam", "Can we see the deck before Friday?"),
            ("Owen Price", "Sure, I'll email you the deck tonight."),
        ],
        "the deck",
        ["Lucy"],
    ),
    (
        "oh_god_is_not_whom_them_stands_for",
        [
            ("Lucy Tam", "Oh, God. The venue have moved the load-in again."),
            ("Owen Price", "I'll ring them tomorrow."),
        ],
        "ring the venue",
        ["God"],
    ),
    (
        "two_bodies_named_and_neither_again_stays",
        [
            ("Lucy Tam", "How did the press go?"),
            ("Owen Price", "The Examiner loved it and the Courier want an interview."),
            ("Owen Price", "I'll go back to them today."),
        ],
        "go back to them",
        ["Examiner", "Courier"],
    ),
]

# a task's verb and the pronoun straight after it, whatever the parser made of so short a text, and the work that
# "sort that" takes on when the sentence before says what someone needs to do
THINGS = [
    (
        "book_those_a_fragment_names_them",
        [
            ("Nadia Brooks", "Next thing. Catering. Sandwich platters from the deli on Mill Lane."),
            ("Owen Price", "I'll book those, we've got a contact there. Done by Friday."),
        ],
        "platters from the deli on Mill Lane",
        ["those"],
    ),
    (
        "clear_it_the_thing_said_earlier_in_the_turn",
        [
            (
                "Nadia Brooks",
                "The script has to go through our legal team. Bill's revising it by Wednesday, so our legal team "
                "will clear it and get it back to you by Friday.",
            )
        ],
        "clear the script",
        ["it"],
    ),
    (
        "book_that_asked_and_accepted",
        [
            ("Nadia Brooks", "Before the crew go on site, everyone needs the site safety induction."),
            ("Lucy Tam", "Can you book that for the crew, Nadia?"),
            ("Nadia Brooks", "Yes, leave it with me."),
        ],
        "book the site safety induction for the crew",
        ["that"],
    ),
    (
        "sort_that_the_work_someone_needs_to_do",
        [
            (
                "Nadia Brooks",
                "Also, our finance team will need to set you up on the new supplier portal. They'll sort that before "
                "the first invoice goes in.",
            )
        ],
        "up on the new supplier portal",
        ["that"],
    ),
    (
        "both_the_two_things_named_together_in_the_turn",
        [
            (
                "Nadia Brooks",
                "The festival's deadline for the risk assessment and method statement is the 24th. I'll have drafts "
                "of both done Thursday.",
            )
        ],
        "the risk assessment and method statement",
        ["both"],
    ),
    (
        "both_the_two_things_named_the_turn_before",
        [
            ("Lucy Tam", "We still need the floor plan and the power schedule from the venue."),
            ("Owen Price", "I'll chase both tomorrow."),
        ],
        "chase the floor plan and the power schedule",
        ["both"],
    ),
    (
        "both_before_a_noun_is_not_the_things",
        [
            ("Lucy Tam", "We still need the floor plan and the power schedule from the venue."),
            ("Owen Price", "I'll ring both organisers tomorrow."),
        ],
        "both organisers",
        ["schedule"],
    ),
    (
        "both_with_nothing_named_together_stays",
        [
            ("Lucy Tam", "Option A is bold. Option B is safer."),
            ("Owen Price", "I'll put both into one slide this afternoon."),
        ],
        "put both into one slide",
        [],
    ),
    (
        "deal_with_that_the_work_said_the_turn_before",
        [
            ("Lucy Tam", "Heads up, procurement will need to add you to the approved vendor list."),
            ("Nadia Brooks", "Right, I'll deal with that before the contract goes out."),
        ],
        "to the approved vendor list",
        ["that"],
    ),
]


ALL = CASES + PEOPLE_TOLD + STAYS + THINGS


@pytest.mark.parametrize(("case", "dialogue", "expected", "absent"), ALL, ids=[c[0] for c in ALL])
def test_party_wording(case: str, dialogue, expected: str, absent: list[str]) -> None:
    got = tasks(dialogue)
    assert any(expected in t for t in got), got
    for word in absent:
        assert not any(f" {word} " in f" {t} " for t in got), (word, got)


def test_the_people_rows_load() -> None:
    rules = load_rules(MODELS / "wording" / "task_wording.jsonl")
    assert {"ring", "ask"} <= rules.addressed
    assert "manager" in rules.roles
    assert "council" in rules.bodies


@pytest.mark.parametrize(
    ("who", "owned"),
    [("Richard", "Richard's"), ("the buyers", "the buyers'"), ("Sainsbury's", "Sainsbury's"), ("the CFO", "the CFO's")],
)
def test_owned_by(who: str, owned: str) -> None:
    assert owned_by(who) == owned


def test_sort_that_is_not_what_the_speaker_wants_to_see() -> None:
    """ "I need to see the plan" / "I'll sort that": what the speaker wants is not the work taken on."""
    got = tasks(
        [("Nadia Brooks", "I need to see the full plan before Friday."), ("Owen Price", "Sure, I'll sort that.")]
    )
    assert not any(t.startswith("see ") for t in got), got


def test_the_person_put_on_the_work_is_not_the_work() -> None:
    """ "I'll get Priya on it": Priya is who does it; "it" is the invitation (was "get Priya on Priya")."""
    from tests.test_extract_meetings import items

    said = [
        ("Nadia Brooks", "Then there's the press night invitation. It has to go out before Christmas."),
        ("Owen Price", "I'll get Priya on it today."),
    ]
    assert [task for _, _, task, _ in items(said)] == ["get Priya on the press night invitation"]
