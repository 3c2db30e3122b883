"""Session 59, agreements (branch agr59): the way people settle things.

* "About ninety-five." "Ninety-five. Okay. I can stand behind ninety-five.": "can stand behind" / "can get behind"
  takes the terms just put, like "can live with" (``works_for_us``, and ``terms_accepted`` so no work is read into
  it); before, it was drafted as an action item "stand behind ninety-five" and no agreement. Not "I can't get behind
  that.", nor "We could get behind on the edit…" (behind schedule).
* "I think we should move the webinar into the spring." "Yes, let's do it that way.": "let's do it that way / your
  way" takes the course just put like "let's do that" (``lets_do_that``), also between two speakers of the client;
  before, nothing. Not the order of the call ("Shall we go through the webinar first and then the print?": a new
  ``in_meeting_running`` row, "go/talk through/about … first"), nor "Let's not do it that way then.".
* "The printer can do the 24th or the 31st." "Yeah, do that. The 31st.": a bare order followed by a sentence that
  only names one of the options just put (``settled.terse_answer``, ``_pick_after``) is stated as the pick, "We go
  with the 31st."; before, "We do that.". Not a pick that names what nobody put ("The 28th."), nor a question.
* "If we go to a four-week burst rather than six, …, we get it to two-twenty-five." "That works for us.": the course
  put with "if we" (``settled.if_we``) ran to the first punctuation, so the hyphen of "four-week" cut it to "We go to
  a four."; a hyphen inside a word ends no clause now. A dash between spaces still does.
* "And how long? I'd say ninety seconds max." "Ninety seconds. Yes.": a measure said back (``echoes.term_echoed``)
  was refused because the turn that put it asks "how long" (a question of when, for work); a question the speaker
  answers with the proposal in the same turn, of a measure that is no time, is the question the term settles. Not a
  time for work ("How long will the edit take? I'd say two weeks." "Two weeks. Yes."), nor a measure asked back.
* "…I can stand behind ninety-five." "And how long? I'd say ninety seconds max." "Ninety seconds. Yes.": a term
  settled two turns after another was read as ratifying it when the two shared a figure word, and "ninety-five"
  shared "ninety" with "ninety seconds" (``AgreementTracker._things_at``); a word said with hyphens is one thing
  now. The same figure ratified is still one agreement.
* "I think we should move the webinar into the spring. We'll get better speakers." "Yes, let's do it that way.": "we'll
  get better speakers" is what the course brings, no work (``reaction_not_work`` row: will get better/bigger/… +
  noun); before, a client item "get better speakers" that also kept the course from being agreed. Not "I'll get
  more samples from the warehouse.".
* "Drop the radio." … "So without radio that's forty. Could you do forty?" "Forty, no radio. Done.": the same drop
  said again a turn or three on, in the terms settled last, is one decision, settled there; before, both were drafted.
  Not a later decision that drops something else ("Forty, no TikTok. Done.").
* "Eight feels right." … "So, eight, fortnightly. Are we happy with that as the shape?" "Yes. Agreed.": terms put to
  the room for a yes up to seven turns after a weaker acceptance of them ratify it there (``_ratifies``, for
  ``agreed_question+reply``); before, both were drafted. Not a question on another thing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import CALL, written_call
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)

RUN_SIZE = [
    (NELL, "What's the smallest mailing that still gives us a proper read on the new lists?"),
    (THEO, "Honestly? About ninety-five thousand. Below that the test cells get too small."),
]


@pytest.mark.parametrize(
    "taken",
    [
        "Ninety-five. Okay. I can stand behind ninety-five.",
        "Okay. I can get behind ninety-five thousand.",
        "Fine, I could probably stand behind that.",
    ],
)
def test_terms_stood_behind_are_taken(taken: str) -> None:
    found = run([*RUN_SIZE, (PRITI, taken), (NELL, "Great, thanks.")])
    assert [a.turn for a in found.agreements] == [2], found.agreements
    assert not any(a.turn == 2 for a in found.action_items), found.action_items


@pytest.mark.parametrize(
    "reply",
    [
        "Hmm. I can't get behind that, it's too many.",
        "We could get behind on the edit if the lists are late.",
    ],
)
def test_not_terms_stood_behind(reply: str) -> None:
    found = run([*RUN_SIZE, (PRITI, reply), (NELL, "Okay.")])
    assert not any(a.turn == 2 for a in found.agreements), found.agreements


@pytest.mark.parametrize(
    ("put", "taken"),
    [
        ((PRITI, "I think we should move the webinar into the spring."), "Yes, let's do it that way."),
        ((NELL, "We could move the webinar into the spring."), "Fine, let's do it your way then."),
        ((NELL, "I think we should move the webinar into the spring."), "Okay. Let's do it that way."),
    ],
)
def test_the_way_put_is_taken(put: tuple[str, str], taken: str) -> None:
    found = run([put, (OWEN, taken), (THEO, "Okay, noted.")]).agreements
    assert [(a.turn, a.text) for a in found] == [(1, "We move the webinar into the spring.")], found


@pytest.mark.parametrize(
    ("put", "reply"),
    [
        ("Shall we go through the WIP first and then the budget?", "Yes, let's do it that way."),  # the call itself
        ("Shall we go through the webinar first and then the print?", "Yes, let's do it that way."),  # its order
        ("We could print the menus in-house, but it would look cheap.", "Let's not do it that way then."),
    ],
)
def test_not_the_way_put_taken(put: str, reply: str) -> None:
    assert not run([(NELL, put), (PRITI, reply), (THEO, "Okay.")]).agreements


OPTIONS = (NELL, "The printer can do the 24th or the 31st, and the screen can be the big one or the smaller one.")


@pytest.mark.parametrize(
    ("order", "said"),
    [
        ("Yeah, do that. The 31st.", "We go with the 31st."),
        ("Okay, do that. The smaller one.", "We go with the smaller one."),
    ],
)
def test_a_bare_order_then_the_pick(order: str, said: str) -> None:
    found = run([OPTIONS, (PRITI, order), (THEO, "Great.")]).agreements
    assert [(a.turn, a.text) for a in found] == [(1, said)], found


@pytest.mark.parametrize("order", ["Yeah, do that. The 28th.", "Yeah, do that. The 31st?"])
def test_no_pick_after_a_bare_order(order: str) -> None:
    found = run([OPTIONS, (PRITI, order), (THEO, "Great.")]).agreements
    assert not any(a.text.startswith("We go with") for a in found), found


@pytest.mark.parametrize(
    ("put", "said"),
    [
        (
            "If we go to a four-week burst rather than six, weighted to the first fortnight, we get it to two-twenty.",
            "We go to a four-week burst rather than six.",
        ),
        ("If we move the follow-up mailing to March, the budget works.", "We move the follow-up mailing to March."),
        ("If we drop the band - honestly - we hit sixty.", "We drop the band."),  # a dash between spaces ends it
    ],
)
def test_a_course_put_with_if_we_keeps_its_hyphened_words(put: str, said: str) -> None:
    found = run([(NELL, put), (PRITI, "That works for us."), (THEO, "Great.")]).agreements
    assert [(a.turn, a.text) for a in found] == [(1, said)], found


FILM = (NELL, "The CEO film will be shot at the depot.")


@pytest.mark.parametrize(
    ("put", "echo"),
    [
        ("And how long? I'd say ninety seconds max.", "Ninety seconds. Yes."),
        ("How long should it run? I'd go for two minutes, tops.", "Two minutes. Fine."),
    ],
)
def test_a_measure_asked_and_put_is_taken(put: str, echo: str) -> None:
    found = run([FILM, (THEO, put), (PRITI, echo), (OWEN, "We'll need him for half a day.")]).agreements
    assert [a.turn for a in found] == [2], found


@pytest.mark.parametrize(
    ("put", "echo"),
    [
        ("How long will the edit take? I'd say two weeks.", "Two weeks. Yes."),  # a time for work
        ("And how long? I'd say ninety seconds max.", "Ninety seconds? Hmm."),  # asked back
    ],
)
def test_no_measure_taken(put: str, echo: str) -> None:
    found = run([FILM, (THEO, put), (PRITI, echo), (OWEN, "Okay.")]).agreements
    assert not any(a.turn == 2 for a in found), found


def test_two_terms_that_share_part_of_a_hyphened_figure() -> None:
    turns = [
        *RUN_SIZE,
        (PRITI, "Ninety-five. Okay. I can stand behind ninety-five."),
        (THEO, "Great. And the thank-you film. How long? I'd say ninety seconds max."),
        (OWEN, "Ninety seconds. Yes."),
        (NELL, "Lovely."),
    ]
    assert [a.turn for a in run(turns).agreements] == [2, 4]


def test_the_same_figure_ratified_is_one_agreement() -> None:
    turns = [
        *RUN_SIZE,
        (PRITI, "Ninety-five. Okay. I can stand behind ninety-five."),
        (OWEN, "Yes, ninety-five thousand. Agreed."),
        (NELL, "Lovely."),
    ]
    assert len(run(turns).agreements) == 1, run(turns).agreements


def test_an_outcome_is_no_work_and_the_course_is_agreed() -> None:
    put = (PRITI, "I think we should move the webinar into the spring. We'll get better speakers.")
    found = run([put, (OWEN, "Yes, let's do it that way."), (THEO, "Okay, noted.")])
    assert not found.action_items, found.action_items
    assert [a.turn for a in found.agreements] == [1], found.agreements


def test_more_of_a_thing_got_is_still_work() -> None:
    found = run([(NELL, "We're short on samples."), (THEO, "I'll get more samples from the warehouse today.")])
    assert [a.turn for a in found.action_items] == [1], found.action_items


MEDIA = [
    (THEO, "So the fifty splits into Meta at twenty, YouTube at twenty and ten for radio."),
    (PRITI, "Drop the radio. Nobody we want listens to it."),
    (NELL, "To be fair, the drive-time slots are cheap, but yeah."),
]


def test_a_drop_said_again_in_the_terms_is_one_decision() -> None:
    turns = [
        *MEDIA,
        (THEO, "Okay, so without radio that's forty. Could you do forty?"),
        (OWEN, "Forty, no radio. Done."),
    ]
    found = run([*turns, (NELL, "Great.")]).agreements
    assert [a.turn for a in found] == [4], found


def test_a_later_drop_of_something_else_leaves_the_first() -> None:
    turns = [*MEDIA, (THEO, "And the TikTok boost? That's another five."), (OWEN, "Forty, no TikTok. Done.")]
    found = run([*turns, (NELL, "Great.")]).agreements
    assert [a.turn for a in found] == [1, 4], found


SERIES = [
    (NELL, "We're proposing eight episodes, each following one researcher, released fortnightly."),
    (PRITI, "Eight feels right. Any more and we run out of people who can talk."),
    (THEO, "Ha."),
    (OWEN, "She's joking. Mostly."),
]


def test_terms_put_for_a_yes_ratify_an_earlier_liking() -> None:
    ask = (NELL, "So, eight, fortnightly. Are we happy with that as the shape?")
    found = run([*SERIES, ask, (OWEN, "Yes. Agreed."), (THEO, "Great.")]).agreements
    assert [a.turn for a in found] == [5], found


def test_a_question_on_another_thing_leaves_the_liking() -> None:
    ask = (NELL, "And the title. Are we happy with Made at Larkfield?")
    found = run([*SERIES, ask, (OWEN, "Yes. Agreed."), (THEO, "Great.")]).agreements
    assert [a.turn for a in found] == [1, 5], found


# the calls written for this session (tests/data/agr_s59/, gold format): these ways of settling in whole calls, with
# the must-nots beside them (the order of the call, "We could get behind on the edit…", "let's not do it that way")
CALLS = Path(__file__).parent / "data" / "agr_s59"
SETTLED = {
    "s01-mailing-volume": [4, 6],
    "s02-webinar": [3, 5],
}


@pytest.mark.parametrize("meeting_id", sorted(SETTLED))
def test_written_calls(meeting_id: str) -> None:
    found = written_call(CALLS / f"{meeting_id}.json").agreements
    assert [a.turn for a in found] == SETTLED[meeting_id], found


@pytest.mark.xfail(strict=True, reason="lead, not fixed in s59: the learned scorer vetoes the rules' agreement")
def test_written_call_burst() -> None:
    # "If we go to a four-week burst rather than six, …, we get it to two-twenty." "That works for us.": the rules
    # state it ("We go to a four-week burst rather than six."), the scorer drops it and adds the refusal at turn 6
    found = written_call(CALLS / "s03-burst.json").agreements
    assert [a.turn for a in found] == [3], found
