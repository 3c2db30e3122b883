"""Three ways people put work that the rules used to miss, each with the talk that must still give no item
(session 12): "can we get X?" asks the other side for a thing (a request, not a session of both); "if I get X, I'll
…" names what the work waits for (a promise, not a contingency); "I'll do X, Monday week?" asks only whether the date
suits (a promise, not an offer waiting for a yes). Dialogues written for these tests."""

from __future__ import annotations

import pytest

from tests.support import LUCY, NADIA, OWEN, WILL
from tests.test_extract_meetings import run


def items(turns: list[tuple[str, str]]) -> list[tuple[int, object, str, str | None]]:
    return [(a.turn, a.owner, a.task, a.due.isoformat() if a.due else None) for a in run(turns).action_items]


# -- "can we get X?": the listener's side is asked for a thing -----------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("And while we're on paid, can we get a proper mid-point report at some stage?", "Yeah, course. Monday week?"),
        ("So can we get the shortlist? Ten or twelve names, with rates?", "Go on then. Monday week?"),
        ("Owen, could we have a locked delegate list by the end of the month?", "Yep, on it. End of the month."),
        ("Can we have the allergen matrix for all four venues?", "Sure, no problem."),
    ],
)
def test_can_we_get_a_thing_is_a_request_the_reply_takes_on(asked: str, reply: str) -> None:
    got = items([(LUCY, asked), (OWEN, reply)])
    assert [(turn, owner) for turn, owner, _, _ in got] == [(1, OWEN)]


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("Could we get the wording to legal now, so at least it's in the queue?", "Yes, that would help."),
        ("Can we get the story into the supporter magazine too?", "Yes."),  # put somewhere, not received
        ("Could we get someone off the telly to introduce the acts?", "Yes."),  # someone else to do it
        ("Can we get the idents re-cut to mention free delivery?", "Yes."),
    ],
)
def test_can_we_with_a_placing_or_someone_else_doing_it_is_no_request(asked: str, reply: str) -> None:
    assert items([(LUCY, asked), (OWEN, reply)]) == []


@pytest.mark.parametrize(
    "asked", ["Could we have a quick call on Friday about it?", "Can we have a look at it together some time?"]
)
def test_can_we_have_a_session_stays_a_session_of_both(asked: str) -> None:
    assert all(isinstance(owner, list) for _, owner, _, _ in items([(LUCY, asked), (OWEN, "Sure.")]))


def test_a_request_asked_on_to_a_third_person_is_theirs() -> None:
    """ "Of course. Nadia, can you make sure …?" passes the request on: the item is Nadia's, once she takes it."""
    got = items(
        [
            (LUCY, "Last year the booking confirmations came weeks late. Can we get them before we're invoiced?"),
            (OWEN, "Of course. Nadia, can you make sure Lucy gets a copy of each one as it comes back?"),
            (NADIA, "Yep, leave that with me."),
        ]
    )
    assert [(turn, owner) for turn, owner, _, _ in got] == [(2, NADIA)]


def test_the_reply_words_the_work_a_thing_was_asked_for() -> None:
    """ "Can we get the final costs by then?" "I'll get the updated budget tracker to you …": the reply's work."""
    got = items([(LUCY, "Our finance lock is the first, so can we get the final costs by then?"),
                 (OWEN, "Yeah. I'll get the updated budget tracker to you by Friday.")])  # fmt: skip
    assert [(turn, owner) for turn, owner, _, _ in got] == [(1, OWEN)] and "budget tracker" in got[0][2]


# -- "if I get X, I'll …": what the work waits for ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("If I get Will's rates on Monday, I can do the flowchart for Friday.", "flowchart"),
        ("If I get the five names Friday, I can have a draft call sheet to you on Tuesday.", "call sheet"),
        ("If you send me their contact, I'll give them the delivery specs directly.", "delivery specs"),
        ("If Will confirms the products Wednesday, I'll send you the final cover for sign-off on Monday.", "cover"),
    ],
)
def test_a_condition_that_names_an_input_keeps_the_promise(said: str, task: str) -> None:
    got = items([(LUCY, "When could we see it?"), (OWEN, said)])
    assert [(turn, owner) for turn, owner, _, _ in got] == [(1, OWEN)] and task in got[0][2]


@pytest.mark.parametrize(
    "said",
    [
        "If it goes missing, I'll drive up there myself.",  # a contingency
        "If I get a chance, I'll send the deck over.",  # a hedge
        "If they say yes, I'll book it.",
        "If we've got them by Friday, we can still get the store into the same print run.",  # a consequence
        "If we get a heatwave, we can push the cold drinks story.",
    ],
)
def test_a_contingency_is_still_no_promise(said: str) -> None:
    assert items([(LUCY, "What happens next?"), (OWEN, said)]) == []


# -- "I'll do X, Monday week?": the question is the date ----------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "reply", "owner"),
    [
        ("Brilliant. I'll shortlist three chefs with rates, and send them over next Friday?", "Perfect.", OWEN),
        ("Then we'll have the revised sequence back to you by the end of the week?", "Yeah. Fine.", "agency"),
    ],
)
def test_a_promise_that_asks_about_its_date_stands(said: str, reply: str, owner: str) -> None:
    got = items([(LUCY, "That works for us."), (OWEN, said), (WILL, reply)])
    assert [(turn, o) for turn, o, _, due in got] == [(1, owner)] and got[0][3] is not None


@pytest.mark.parametrize(
    "said",
    [
        "Will you send the store list over on Friday?",  # a request
        "So what will we send them on Friday?",  # a question about the work
    ],
)
def test_questions_about_the_date_of_others_work_are_no_promise(said: str) -> None:
    got = items([(LUCY, "That works for us."), (OWEN, said), (WILL, "Hmm.")])
    assert not any(owner in (OWEN, "agency") for _, owner, _, _ in got)


# -- one piece of work said twice in a turn or just after --------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("So I'll have a quiet word with the news desk and I'll let you know where we land by Friday.", "news desk"),
        ("I'll get Kath to set up the training sessions. I'll sort the dates with her and let you know.", "Kath"),
        ("I'll chase the printers this afternoon and come back to you by Friday.", "chase the printers"),
        ("Not in this deck. But I can pull that. I'll do the split by platform and drop it in the channel.", "split"),
        ("We'll sort that. Our team will put the moderator rota together by next Thursday.", "rota"),
    ],
)
def test_a_report_back_or_a_taking_on_with_the_work_is_one_item(said: str, task: str) -> None:
    got = items([(LUCY, "And the other thing?"), (OWEN, said)])
    assert len(got) == 1 and task in got[0][2]


def test_the_report_back_gives_its_date_to_the_work() -> None:
    got = items([(LUCY, "And the desk?"), (OWEN, "I'll have a word with the news desk and let you know by Friday.")])
    assert len(got) == 1 and got[0][3] == "2026-03-06"


@pytest.mark.parametrize(
    "said",
    [
        "I'll chase the printers. I'll let Will know by Friday.",  # telling a third person is work of its own
        "I'll chase the printers, and I'll also send you the new proofs on Friday.",
    ],
)
def test_a_second_piece_of_work_stays_an_item(said: str) -> None:
    assert len(items([(LUCY, "And the printers?"), (OWEN, said)])) == 2


def test_the_invite_for_the_speakers_own_offer_just_taken_up_is_no_item_of_its_own() -> None:
    got = items(
        [
            (OWEN, "Shall I set up a quick weekly check-in, fifteen minutes, just till launch?"),
            (LUCY, "Please. Mondays, ideally."),
            (OWEN, "Cool, I'll send a recurring invite."),
            (LUCY, "Great."),
        ]
    )
    assert [(turn, owner) for turn, owner, _, _ in got] == [(0, OWEN)]


@pytest.mark.parametrize(
    "turns",
    [
        [(LUCY, "It'd be good to sit down and plan April together. Thursday week?"),
         (OWEN, "Yeah, Thursday week's fine. Send me something."), (LUCY, "I'll send an invite.")],  # asked for
        [(OWEN, "It'd be quicker to go through the copy together. Thursday afternoon? You and me?"),
         (LUCY, "Thursday afternoon, yep. I'll send a Teams invite.")],  # a session of both
    ],
)  # fmt: skip
def test_an_invite_asked_for_or_for_a_session_of_both_stays_an_item(turns: list[tuple[str, str]]) -> None:
    assert any("invite" in task for _, _, task, _ in items(turns))
