"""Replies that point back (pipeline/extract/replies.py, models/wording/replies.jsonl): the task comes from what
the reply answers, a request, a need or a proposal said before it, not from the reply's own filler verb. Each
dialogue is written for these tests; each rule row's examples and non-examples are checked as well."""

from __future__ import annotations

import json
import re

import pytest

from pipeline.extract.replies import load_reply_rules
from tests.support import MODELS
from tests.test_extract_wording import tasks

REPLIES = MODELS / "wording" / "replies.jsonl"

# (case, dialogue, a task that must be given, words that must not be in any task)
CASES = [
    (
        "put_me_down_takes_the_need_not_the_phone_call",
        [
            ("Nadia Brooks", "Last thing. We need to book Marco for the March reshoot before another agency gets him."),
            ("Owen Price", "Put me down for that. I'll ring him first thing tomorrow."),
        ],
        "book Marco",
        ["ring", "him"],
    ),
    (
        "on_it_takes_the_request_as_said_in_full",
        [
            (
                "Lucy Tam",
                "Sorry, you froze. I said can you send over the cutdowns, as separate files, so I can share them on.",
            ),
            ("Owen Price", "Yep, on it. You'll have them by lunch."),
        ],
        "send over the cutdowns as separate files",
        ["have"],
    ),
    (
        "an_owning_reply_that_names_its_own_work_keeps_it",
        [
            ("Nadia Brooks", "We need to confirm the stand size with the organisers."),
            ("Owen Price", "Leave it with me. I'll call the organisers tomorrow."),
        ],
        "call the organisers",
        [],
    ),
    (
        "an_invite_says_what_it_is_for",
        [
            ("Nadia Brooks", "I'd suggest a planning workshop on Friday morning, informal, just the four of us."),
            ("Lucy Tam", "Friday works. Can you send an invite round?"),
            ("Nadia Brooks", "Sure, will do."),
        ],
        "send an invite for the planning workshop",
        ["Friday", "informal"],
    ),
    (
        "a_moved_invite_says_which_meeting",
        [
            ("Nadia Brooks", "The budget review is on Monday, but Will is away. Could we move it to Wednesday?"),
            ("Lucy Tam", "Wednesday's fine."),
            ("Nadia Brooks", "Great. I'll move the invite."),
        ],
        "move the invite for the budget review",
        ["Monday"],
    ),
    (
        "an_invite_for_a_call_offered_just_before",
        [
            ("Owen Price", "I can do a quick prep call with you beforehand, say ten minutes?"),
            ("Lucy Tam", "Yes please."),
            ("Owen Price", "I'll send an invite."),
        ],
        "send an invite for the prep call",
        [],
    ),
    (
        "draft_it_is_the_document_talked_about",
        [
            ("Owen Price", "Right, the press release."),
            ("Lucy Tam", "Open with the new store. People need to understand the pressure the high street is under."),
            ("Owen Price", "Okay. I'll draft it on that basis tonight."),
        ],
        "draft the press release on that basis",
        ["pressure", "store"],
    ),
    (
        "redraft_it_keeps_a_thing_that_can_be_written",
        [
            ("Lucy Tam", "The deck went out on Monday. I think the brand toolkit is a bit thin though."),
            ("Owen Price", "Agreed. I'll redraft it tonight."),
        ],
        "redraft the brand toolkit",
        ["deck"],
    ),
    (
        "sign_it_keeps_a_document_already_named",
        [
            ("Lucy Tam", "The brief is nearly done. Our legal team will send over the NDA today."),
            ("Owen Price", "We'll sign it and send it straight back."),
        ],
        "sign and send the NDA",
        ["brief"],
    ),
    (
        "sitting_down_on_something_is_a_working_session",
        [
            ("Owen Price", "Lucy, it'd be really useful for you and me to sit down on the loyalty data properly."),
            ("Lucy Tam", "Yeah. Thursday?"),
        ],
        "hold a working session on the loyalty data",
        ["sit"],
    ),
    (
        "an_acronym_is_said_as_it_was_in_full",
        [
            ("Nadia Brooks", "For the pop-up we need a traffic management plan for the high street."),
            ("Owen Price", "The TMP is mine. I've written loads of them."),
        ],
        "traffic management plan",
        ["TMP"],
    ),
    (
        "an_acronym_is_not_a_date_and_a_thing",
        [
            ("Lucy Tam", "Did you see the Tuesday video? The TV spot is the bigger worry."),
            ("Owen Price", "I'll fix the TV spot tonight."),
        ],
        "fix the TV spot",
        ["Tuesday"],
    ),
    (
        "an_acronym_never_said_in_full_stays",
        [("Lucy Tam", "Our finance team will book the QBR this week.")],
        "book the QBR",
        [],
    ),
    (
        "someone_needed_for_a_topic_does_the_topic",
        [
            ("Nadia Brooks", "Right. The breakfast show on Friday. We need someone senior, ideally from the board."),
            ("Will Ferris", "Nobody else is around, I'm afraid."),
            ("Lucy Tam", "Then it's me. I'll do it."),
        ],
        "do the breakfast show",
        ["someone", "senior"],
    ),
    (
        "a_session_named_first_is_what_two_people_agree_to_do",
        [
            ("Owen Price", "Tasting, Lucy, we'd love to walk you through the menu first. Shall we go together?"),
            ("Lucy Tam", "Yes, let's. When?"),
        ],
        "do the tasting together",
        [],
    ),
    (
        "a_joint_ask_the_parser_splits_and_the_day_kept_free",
        [
            ("Lucy Tam", "Right. Owen, could you and I run the workshop together? It'd land better with both of us."),
            ("Owen Price", "Yeah, I'd love to. I'll hold the day."),
        ],
        "run the workshop together",
        ["hold", "day", "land"],
    ),
    (
        "a_joint_ask_is_not_the_sentence_after_it",
        [
            (
                "Lucy Tam",
                "The trustees meet on the 9th. Owen, could you and I present the findings together? "
                "They'd take it better from you.",
            ),
            ("Owen Price", "Happy to. I'll put it in the diary."),
        ],
        "present the findings together",
        ["take", "diary"],
    ),
    (
        "someone_is_who_was_needed",
        [
            ("Nadia Brooks", "And we still need a caterer for the launch."),
            ("Lucy Tam", "Can you get someone booked by Friday?"),
            ("Nadia Brooks", "Sure, will do."),
        ],
        "book a caterer for the launch",
        ["someone"],
    ),
    (
        "a_number_is_how_many_of_what_was_needed",
        [
            ("Lucy Tam", "For the pilot we need twelve shoppers, a real mix of ages."),
            ("Nadia Brooks", "I can get you twelve. When do you need them?"),
        ],
        "get twelve shoppers for the pilot",
        ["you"],
    ),
    (
        "a_topic_first_does_not_replace_a_joint_task_with_its_own_object",
        [
            ("Owen Price", "Workshop, Lucy. Shall we draft the agenda together before Friday?"),
            ("Lucy Tam", "Yes, let's. Thursday?"),
        ],
        "draft the agenda",
        ["workshop"],
    ),
    (
        "a_draft_promised_in_answer_is_a_draft_of_what_was_asked",
        [
            ("Lucy Tam", "We should put out a short apology on the website today."),
            ("Nadia Brooks", "Agreed. Owen, can you draft it?"),
            ("Owen Price", "On it. I'll have a draft with you by three."),
        ],
        "draft a short apology",
        ["send"],
    ),
    (
        "an_answer_promised_for_a_request_is_the_request",
        [
            ("Lucy Tam", "Owen, can you check the venue capacity with the fire officer?"),
            ("Owen Price", "Yep, I'll have an answer to you by Friday."),
        ],
        "check the venue capacity with the fire officer",
        ["answer"],
    ),
    (
        "a_call_to_someone_pointed_at_is_for_the_check_said_before",
        [
            ("Owen Price", "We'd need to check with the printers that they can turn round five hundred copies."),
            ("Lucy Tam", "Check today, Owen."),
            ("Owen Price", "Yep. I'll ring them this afternoon."),
        ],
        "check with the printers",
        ["ring", "copies"],
    ),
    (
        "a_call_with_no_purpose_said_before_stays_a_call",
        [
            ("Lucy Tam", "The framers still haven't confirmed the delivery slot."),
            ("Owen Price", "I'll ring them this afternoon."),
        ],
        "ring",
        ["check"],
    ),
    (
        "the_asked_verb_said_again_with_only_where_keeps_the_request",
        [
            ("Lucy Tam", "Who's running the workshops? My volunteers are mostly students."),
            ("Nadia Brooks", "Lucy, can you ask the volunteers who'd be free on the Saturday?"),
            ("Lucy Tam", "Yeah, I'll ask at the volunteer briefing Thursday. Fingers crossed it stays dry."),
        ],
        "ask the volunteers who'd be free",
        ["briefing"],
    ),
    (
        "a_request_put_as_willing_is_the_work_itself",
        [
            ("Lucy Tam", "Last thing, the regulator. Professor Lang has been quoted saying the trial is rushed."),
            ("Nadia Brooks", "Owen, would you be willing to speak to her yourself? Before the results go out?"),
            ("Owen Price", "Yeah. I've met her once. I'll call her at ten."),
        ],
        "Professor Lang",
        ["willing", "yourself", "her"],
    ),
]


@pytest.mark.parametrize(("case", "dialogue", "expected", "absent"), CASES, ids=[c[0] for c in CASES])
def test_reply_takes_the_task_it_answers(case: str, dialogue, expected: str, absent: list[str]) -> None:
    got = tasks(dialogue)
    assert any(expected in t for t in got), got
    for word in absent:
        assert not any(f" {word} " in f" {t} " for t in got), (word, got)


def _rows(*labels: str) -> list[dict]:
    return [r for r in (json.loads(x) for x in REPLIES.read_text().splitlines() if x.strip()) if r["label"] in labels]


@pytest.mark.parametrize(
    "row",
    _rows("OWN_IT", "INVITE", "DIARY", "CONTACT", "SESSION_INVITE", "ASK_ABOUT", "FIND_TIME"),
    ids=lambda r: r["id"],
)
def test_pattern_rows_match_their_examples_only(row: dict) -> None:
    pattern = re.compile(row["pattern"], re.IGNORECASE)
    assert row["examples"] and row["not_examples"]
    for text in row["examples"]:
        assert pattern.match(text), text
    for text in row["not_examples"]:
        assert not pattern.match(text), text


@pytest.mark.parametrize("row", _rows("WORKING_SESSION"), ids=lambda r: r["id"])
def test_working_session_rows_rewrite_their_examples_only(row: dict) -> None:
    pattern = re.compile(row["pattern"], re.IGNORECASE)
    assert row["examples"] and row["not_examples"]
    for text, expected in row["examples"]:
        assert pattern.sub(row["replace"], text, count=1) == expected, text
    for text in row["not_examples"]:
        assert not pattern.match(text), text


@pytest.mark.parametrize("row", _rows("WRITTEN"), ids=lambda r: r["id"])
def test_written_rows_know_their_verbs_and_documents(row: dict) -> None:
    """Each example is a writing verb with "it" and a document it may stand for; each non-example's thing is not
    a document, so the writing verb's "it" looks further back for one."""
    assert row["examples"] and row["not_examples"]
    for said, thing in row["examples"]:
        assert said.split()[0] in row["words"] and thing.split()[-1] in row["nouns"], (said, thing)
    for said, thing in row["not_examples"]:
        assert said.split()[0] in row["words"] and thing.split()[-1] not in row["nouns"], (said, thing)


def test_every_reply_rule_is_known() -> None:
    rows = _rows(
        "OWN_IT",
        "INVITE",
        "WORKING_SESSION",
        "WRITTEN",
        "DIARY",
        "CONTACT",
        "ASK_OF",
        "SESSION_INVITE",
        "ASK_ABOUT",
        "TELL_DECIDED",
        "FIND_TIME",
    )
    assert len(rows) == len(REPLIES.read_text().strip().splitlines())
    assert len({r["id"] for r in rows}) == len(rows)
    rules = load_reply_rules(REPLIES)
    assert rules.own_it and rules.events and rules.working and rules.written and rules.documents
    assert rules.diary and rules.contact and rules.purposes and rules.session_invite and rules.ask_about
    assert rules.find_time
