"""Small multi-turn dialogues: who owns what, at which turn, by when; and what must not be annotated."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.schemas import Extraction
from tests.support import PEOPLE, extract_turns

MEETING_DATE = dt.date(2026, 3, 4)  # a Wednesday


def run(turns: list[tuple[str, str]], kind: str = "gold-json") -> Extraction:
    return extract_turns(turns, PEOPLE, MEETING_DATE, kind, step=10.0)


def actions(turns, kind: str = "gold-json"):
    return [(a.turn, a.owner, a.due.isoformat() if a.due else None) for a in run(turns, kind).action_items]


def test_request_becomes_item_at_acceptance_owned_by_acceptor() -> None:
    got = actions(
        [
            ("Nadia Brooks", "Lucy, could you send us the updated store list?"),
            ("Lucy Tam", "Sure, I'll get that over to you tomorrow."),
            ("Nadia Brooks", "Perfect."),
        ]
    )
    assert got == [(1, "Lucy Tam", "2026-03-05")]


@pytest.mark.parametrize(
    ("reply", "want"),
    [
        ("I can.", [(1, "Will Ferris", None)]),
        ("We will. Friday?", [(1, "Will Ferris", "2026-03-06")]),
        ("I can, but Lucy, it's better coming from you.", []),
    ],
)
def test_an_elliptical_i_can_takes_the_request_on(reply: str, want: list) -> None:
    """ "I can." answers "can you …?" as a yes does; "I can, but …" that hands it to someone else does not."""
    assert (
        actions(
            [("Nadia Brooks", "Will, can you check with legal whether the claims are okay?"), ("Will Ferris", reply)]
        )
        == want
    )


def test_a_requests_date_countered_then_settled_is_one_item_at_the_settled_date() -> None:
    """ "Friday's tight. Could you live with Monday?" keeps the request open while the date is settled."""
    got = actions(
        [
            ("Nadia Brooks", "Can you get me the June performance numbers by Friday?"),
            ("Owen Price", "Friday's tight with the launch. Could you live with Monday?"),
            ("Nadia Brooks", "Monday morning, first thing."),
            ("Owen Price", "Deal. Monday first thing."),
        ]
    )
    assert got == [(3, "Owen Price", "2026-03-09")]


def test_deadline_a_turn_later_is_attached() -> None:
    got = actions(
        [
            ("Owen Price", "I'll also pull together a quick competitor scan."),
            ("Lucy Tam", "Oh, lovely. When can we expect that?"),
            ("Owen Price", "Um... Friday? Yeah, let's say Friday."),
            ("Lucy Tam", "Great."),
        ]
    )
    assert got == [(0, "Owen Price", "2026-03-06")]


@pytest.mark.parametrize(
    "counter",
    [
        "Could I have them by Monday actually? Finance want to see them before the board.",
        "Can we get those by Monday, do you think? The board sits on Tuesday.",
        "Could you do Monday instead?",
    ],
)
def test_the_other_side_asks_for_an_earlier_date_and_the_owner_agrees(counter: str) -> None:
    """The item is re-dated to the date asked for; asking to have the work is not an item of the asker's, and
    agreeing the date is not an agreement of the meeting."""
    found = run(
        [
            ("Nadia Brooks", "So we need the shelf strips mocked up. Owen?"),
            ("Owen Price", "Mine. I'll mock up the shelf strips and send them to Lucy. Probably Wednesday."),
            ("Lucy Tam", counter),
            ("Owen Price", "Monday. Yeah, fine, Monday."),
            ("Lucy Tam", "Thanks."),
        ]
    )
    assert [(a.turn, a.owner, a.due.isoformat() if a.due else None) for a in found.action_items] == [
        (1, "Owen Price", "2026-03-09")
    ]
    assert found.agreements == []
    run_on = run(  # Whisper runs the reply on: the date is in a sentence of its own, said after the agreement
        [
            ("Owen Price", "Could we do the kick-off on the fourteenth of January?"),
            (
                "Lucy Tam",
                "Okay, that works for us, the new store opens on the first of April, so we'll build round it.",
            ),
        ]
    )
    assert [a.turn for a in run_on.agreements] == [1]


def test_a_date_accepted_just_before_i_will_do_that_is_its_deadline() -> None:
    got = actions(
        [
            ("Lucy Tam", "Could you pull together a one-pager on the loyalty scheme for the buyers?"),
            ("Owen Price", "When would you need it?"),
            ("Lucy Tam", "Before they meet, so, um, the twelfth?"),
            ("Owen Price", "The twelfth's fine. I'll do that."),
        ]
    )
    assert got == [(3, "Owen Price", "2026-03-12")]
    said_in_passing = actions(
        [
            ("Lucy Tam", "The buyers moved their meeting to Friday, annoyingly."),
            ("Owen Price", "Right. Friday's when they told us. I'll do the one-pager."),
        ]
    )
    assert [due for _, _, due in said_in_passing] == [None]


def test_declined_request_is_not_an_item() -> None:
    got = actions(
        [
            ("Will Ferris", "Owen, could you re-cut the idents before Friday?"),
            ("Owen Price", "Not this week, sorry, they've already been through clearance."),
            ("Will Ferris", "Okay, fair."),
        ]
    )
    assert got == []


def test_rejected_proposal_is_neither_item_nor_agreement() -> None:
    ex = run(
        [
            ("Owen Price", "One idea: we could send a gifting box to fifty creators."),
            ("Will Ferris", "No, let's not do that. Not this year."),
            ("Owen Price", "Fair enough."),
        ]
    )
    assert ex.action_items == [] and ex.agreements == []


def test_joint_item_owned_by_both_at_last_acceptance() -> None:
    got = actions(
        [
            ("Lucy Tam", "Nadia, you and I should walk the venue together before we sign."),
            ("Nadia Brooks", "Yes, definitely. Next Tuesday?"),
            ("Lucy Tam", "Next Tuesday works."),
        ]
    )
    assert got == [(1, ["Lucy Tam", "Nadia Brooks"], "2026-03-10")]


@pytest.mark.parametrize(
    ("speaker", "text", "owner"),
    [
        ("Nadia Brooks", "Our studio will turn the banners round by the 14th.", "agency"),
        ("Lucy Tam", "Our IT team will set you up with access by the end of the week.", "client"),
        ("Owen Price", "The retouching? Leave it with us, you'll have it Monday.", "agency"),
        ("Lucy Tam", "That one's mine. I'll chase the printer today.", "Lucy Tam"),
    ],
)
def test_organisation_and_idiomatic_owners(speaker: str, text: str, owner: str) -> None:
    got = actions([(speaker, text), ("Will Ferris", "Great, thanks.")])
    assert [o for _, o, _ in got] == [owner]


def test_recap_is_not_annotated_again_but_a_new_promise_is() -> None:
    got = actions(
        [
            ("Owen Price", "I'll send the revised media plan by Friday."),
            ("Lucy Tam", "Perfect."),
            (
                "Nadia Brooks",
                "Okay, quick recap: Owen's sending the revised media plan Friday. "
                "And I'll send the contact report round tomorrow morning.",
            ),
        ]
    )
    assert got == [(0, "Owen Price", "2026-03-06"), (2, "Nadia Brooks", "2026-03-05")]


@pytest.mark.parametrize(
    "text",
    [
        "I'll just share my screen so we're all looking at the same thing.",
        "I'll be honest, I prefer the second route.",
        "If the budget allowed, we could do sampling at the shows.",
        "We won't need a separate version for Ireland.",
        "Priya sent the brief over on Friday.",
        "Let me just mark that down.",
        "Let me think about that one.",
        "Good question. Let me get back to you on that.",
        "I'll do the intro, then hand over to Owen for the numbers.",
        "Honestly, they'll be delighted with the new date.",
        "Twenty days? I think we can live with twenty.",
    ],
)
def test_distractors_are_not_items(text: str) -> None:
    assert actions([("Nadia Brooks", text), ("Lucy Tam", "Okay.")]) == []


def test_name_that_is_a_word_is_resolved_from_the_parse() -> None:
    got = actions(
        [
            ("Owen Price", "So on your side, Will will pull the sell-in data together."),
            ("Will Ferris", "Yep, I'll have it with you next Wednesday."),
        ]
    )
    assert got == [(1, "Will Ferris", "2026-03-11")]


def test_agreement_at_acceptance_of_a_proposal() -> None:
    ex = run(
        [
            ("Nadia Brooks", "I'd suggest we move the launch to the 20th."),
            ("Lucy Tam", "Okay, that works for us."),
        ]
    )
    assert [a.turn for a in ex.agreements] == [1]


def test_asr_text_without_speakers_uses_segments_and_quote() -> None:
    ex = run(
        [
            ("", "um so i'll i'll send the the revised plan over by friday"),
            ("", "great thanks"),
        ],
        kind="audio",
    )
    assert len(ex.action_items) == 1
    item = ex.action_items[0]
    assert item.turn is None and item.segment == 0 and item.due == dt.date(2026, 3, 6)
    assert item.quote.startswith("um so i'll i'll send")
    assert 0.0 <= item.confidence <= 1.0 and item.rule


def items(turns, kind: str = "gold-json"):
    ex = run(turns, kind)
    return [(a.segment if kind == "audio" else a.turn, a.owner, a.task, a.due.isoformat() if a.due else None)
            for a in ex.action_items]  # fmt: skip


@pytest.mark.parametrize(
    ("ask", "reply", "owner", "task", "due"),
    [
        # the addressee named in the request owns the acceptance; task and deadline come from the request
        ("Owen, can you send me the casting shortlist next Wednesday?", "Sure, I'll do that.", "Owen Price",
         "send the casting shortlist", "2026-03-11"),
        ("Can you send me the casting shortlist by Friday, Lucy?", "Yes, I'll get that over.", "Lucy Tam",
         "send the casting shortlist", "2026-03-06"),
        # Whisper writes "Sure, will do." as "Sure, we'll do."
        ("Lucy, could you get the legal team to check the claims by next Monday?", "Sure, we'll do.", "Lucy Tam",
         "get the legal team to check the claims", "2026-03-09"),
        # nobody addressed, or a name that is not the addressee: no owner rather than a guess
        ("Can you send me the casting shortlist by Friday?", "Sure, I'll do that.", None,
         "send the casting shortlist", "2026-03-06"),
        ("Can you send Owen the casting shortlist by Friday?", "Sure, I'll do that.", None,
         "send Owen the casting shortlist", "2026-03-06"),
    ],
)  # fmt: skip
def test_speakerless_acceptance_inherits_the_request(ask: str, reply: str, owner, task: str, due: str) -> None:
    assert items([("", ask), ("", reply)], kind="audio") == [(1, owner, task, due)]


def test_speakerless_acceptance_does_not_take_a_later_deadline() -> None:
    got = items(
        [
            ("", "Owen, can you send me the casting shortlist next Wednesday?"),
            ("", "Sure, I'll do that."),
            ("", "Our studio will have the cutdowns finished in two weeks."),
        ],
        kind="audio",
    )
    assert got == [
        (1, "Owen Price", "send the casting shortlist", "2026-03-11"),
        (2, None, "finish the cutdowns", "2026-03-18"),
    ]


@pytest.mark.parametrize(
    ("kind", "speaker", "owners"),
    [("audio", "", [None, None]), ("gold-json", "Nadia Brooks", ["agency", "Nadia Brooks"])],
)
def test_coordinated_commitments_with_their_own_subjects_are_two_items(kind: str, speaker: str, owners) -> None:
    text = (
        "Perfect, our team will have the voice over recorded in two weeks, "
        "and I'll send the contact report round tomorrow."
    )
    got = items([("Lucy Tam", "Thanks, all."), (speaker, text)], kind=kind)
    assert got == [
        (1, owners[0], "have the voice over recorded", "2026-03-18"),
        (1, owners[1], "send the contact report", "2026-03-05"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On our side, our legal team will check the label claims by the end of the month.",
        "We'll put together a proper timing plan by the end of next week.",
        "I'll send the revised media plan by Friday.",
    ],
)
def test_speakerless_organisation_and_i_get_no_owner(text: str) -> None:
    got = items([("", "Okay, next point."), ("", text)], kind="audio")
    assert len(got) == 1 and got[0][0] == 1 and got[0][1] is None


def test_acceptance_and_its_delivery_promise_are_one_item() -> None:
    got = items(
        [
            ("Nadia Brooks", "Lucy, can you get the compliance team to check the scripts?"),
            ("Lucy Tam", "Sure, will do. You'll have their comments by next Monday."),
        ]
    )
    assert got == [(1, "Lucy Tam", "get the compliance team to check the scripts", "2026-03-09")]


def test_speakerless_deadline_in_the_answer_to_when() -> None:
    got = items(
        [
            ("", "I'll find out what the agents want for perpetuity."),
            ("", "When will you know?"),
            ("", "Probably next Wednesday, they're slow this time of year."),
            ("", "The launch is on the 20th."),
        ],
        kind="audio",
    )
    assert got == [(0, None, "find out what the agents want for perpetuity", "2026-03-11")]


def test_speakerless_request_by_name_without_comma() -> None:
    got = items([("", "Will can you recast it on the one location basis?"), ("", "Yes, will do.")], kind="audio")
    assert got == [(1, "Will Ferris", "recast it on the one location basis", None)]


@pytest.mark.parametrize(("kind", "speaker"), [("audio", ""), ("gold-json", "Lucy Tam")])
def test_deadline_of_one_coordinated_commitment_is_not_lent_to_the_other(kind: str, speaker: str) -> None:
    text = "From our side, I'll send you the guest list next Friday, and our facilities team will sort out the passes."
    got = items([("Nadia Brooks", "Thanks."), (speaker, text)], kind=kind)
    assert [(task, due) for _, _, task, due in got] == [
        ("send the guest list", "2026-03-13"),
        ("sort out the passes", None),
    ]


@pytest.mark.parametrize(
    ("spoken", "recorded"),
    [
        ("Okay, let's go with option B.", "Let's go with option B."),
        (
            "Thanks, and the budget for the shoot is confirmed at $48,000.",
            "The budget for the shoot is confirmed at $48,000.",
        ),
        ("Right, so the decision is the podcast is out.", "The decision is the podcast is out."),
        ("um yeah so we're agreed the launch moves", "The launch moves"),
        # nothing is left without the opener, or the first word is content: kept as spoken
        ("Yes. Agreed.", "Yes. Agreed."),
        ("Agreed.", "Agreed."),
        ("Goodness, that is approved", "Goodness, that is approved"),
        ("Sounds good.", "Sounds good."),
    ],
)
def test_agreement_text_drops_the_conversational_opener(spoken: str, recorded: str) -> None:
    from pipeline.extract.agreements import statement

    assert statement(spoken) == recorded


def agreements(turns, kind: str = "audio"):
    ex = run(turns, kind)
    return [(a.segment if kind == "audio" else a.turn, a.text) for a in ex.agreements]


@pytest.mark.parametrize(
    ("reply", "text"),
    [
        ("Yes, let's go with the 20th, Owen.", "We go with the 20th."),  # was "…, Owen Price."
        ("Lucy, so we're agreed, the launch moves to the 20th.", "The launch moves to the 20th."),
    ],
)
def test_agreement_text_drops_a_vocative_name(reply: str, text: str) -> None:
    """The report states the decision, not whom the speaker was looking at (issue 10: no vocative names)."""
    turns = [("Owen Price", "Should we move the launch to the 20th?"), ("Nadia Brooks", reply)]
    assert agreements(turns, "gold-json") == [(1, text)]


@pytest.mark.parametrize(
    ("sentences", "segment", "text"),
    [
        # without speakers an acceptance that opens its sentence answers the proposal before it
        (["I'd suggest we move the launch to the 20th.", "Okay, that works for us."], 1,
         "We move the launch to the 20th."),  # stated: the proposal taken up, not the two quotes
        (["Could we do the kick-off on January 13th?", "Fine by us."], 1,
         "We do the kick-off on January 13th."),
        # the proposer goes on for a sentence or two before the answer
        (["We'd like to propose moving the paid social off LinkedIn and into Meta.",
          "The cost per lead on LinkedIn has been four times higher.", "Okay, that works for us."], 2,
         "Moving the paid social off LinkedIn and into Meta."),
        # a ratifying question and its one-word answer
        (["So we're agreed, the launch moves to the 20th?", "Agreed."], 1,
         "The launch moves to the 20th."),  # stated, not asked
        # Whisper runs a refusal and the decision into one sentence: the "no" is not the decision's
        (["No, I'd rather cap it at 350, so we're agreed, capped at 350 guests."], 0,
         "I'd rather cap it at 350, so we're agreed, capped at 350 guests."),
        # "I think I can live with that" opens the reply too
        (["Could we meet at forty-five days?", "I think I can live with forty-five for you."], 1,
         "I think I can live with forty-five for you."),  # the reply names what it settles
        # Whisper splits "Fine, go ahead." into "Fine." and "Go ahead."
        (["Should we pause the bundle ads?", "Yes.", "Fine.", "Go ahead."], 3,
         "We pause the bundle ads. Go ahead."),
        (["The travel marketing awards.", "Oh, fine.", "Go ahead."], 2, "The travel marketing awards. Go ahead."),
        # a long run-on sentence is recorded as the stretch around the cue; Whisper hears "agreed" as "agree"
        (["Because it goes through your finance system more easily, yes, so we're agree, the underspend gets credited "
          "on the January invoice, great, I'll send the credit note by Friday so finance have it on file."], 0,
         "We're agree, the underspend gets credited on the January invoice"),
        (["That's what I can get through the committee, if it goes well we roll it into a full year, okay, three "
          "months it is, we're in."], 0, "Three months it is, we're in."),
    ],
)  # fmt: skip
def test_speakerless_agreements(sentences: list[str], segment: int, text: str) -> None:
    assert agreements([("", s) for s in sentences]) == [(segment, text)]


@pytest.mark.parametrize(
    "sentences",
    [
        # the acceptance does not open its sentence
        ["I'd suggest we move the launch to the 20th.", "I'm not sure that works for us."],
        # an answer to a deadline request is not an agreement
        ["Can you send the deck over by Friday?", "Okay, that works for us."],
        # too far from the proposal, and the proposal was already answered
        ["I'd suggest we move the launch to the 20th.", "Sounds good.", "Let me check the budget.",
         "Okay, that works for us."],
        ["I'd suggest we move the launch to the 20th.", "Let me check the budget.", "The numbers are tight.",
         "We need the venue too.", "Okay, that works for us."],
        # nothing is settled while it is still conditional
        ["The budget isn't approved until the board meets."],
        ["My team can post it as soon as the statement is approved."],
        # "Go ahead." as leave to speak
        ["Can I ask a quick question?", "Yes.", "Go ahead."],
        ["The numbers came in this morning.", "Go ahead."],
    ],
)  # fmt: skip
def test_speakerless_non_agreements(sentences: list[str]) -> None:
    got = agreements([("", s) for s in sentences])
    assert all("works for us" not in text and "Go ahead" not in text for _, text in got), got
    if len(sentences) == 1:
        assert got == []


def test_speakerless_decisions_in_a_row_are_two_agreements() -> None:
    got = agreements([("", "Fine, highball it is."), ("", "And samples are ten mil, max, per person, ten mil it is.")])
    assert [segment for segment, _ in got] == [0, 1]
    # the same decision said twice is one
    got = agreements([("", "Let's go with the Roundhouse."), ("", "Great, so we're agreed, the Roundhouse.")])
    assert len(got) == 1


def test_same_speaker_acceptance_is_still_not_an_agreement() -> None:
    turns = [("Nadia Brooks", "I'd suggest we move the launch to the 20th."), ("Nadia Brooks", "That works for us.")]
    assert agreements(turns, kind="gold-json") == []


def test_every_subject_kind_has_a_clause_rule() -> None:
    from typing import get_args

    from pipeline.extract.clause_kinds import BY_KIND
    from pipeline.extract.components import SubjectKind

    assert set(BY_KIND) == set(get_args(SubjectKind))


def test_the_rule_name_says_how_an_item_came_about() -> None:
    """Accepted at a reply: ``+accept``; assigned in the closing part and left standing: ``+closing``."""
    filler = [("Lucy Tam", "The stores are busy this month."), ("Nadia Brooks", "They always are in March.")] * 2
    accepted = run(
        [("Nadia Brooks", "Lucy, could you send us the updated store list?"), ("Lucy Tam", "Sure, will do.")] + filler
    )
    assert [a.rule.endswith("+accept") for a in accepted.action_items] == [True]
    closing = run(filler + [("Lucy Tam", "Great."), ("Nadia Brooks", "So, Owen Price to send the brand files.")])
    assert [(a.owner, a.rule) for a in closing.action_items] == [("Owen Price", "name_to_verb+closing")]


# -- not every "I'll" is an item (issue 10): talk about the call, jokes, hedges, purposes --------------------------
def test_talk_about_the_call_itself_gives_no_item() -> None:
    got = actions(
        [
            ("Owen Price", "Morning all. We'll give it a minute for people to join."),
            ("Will Ferris", "Sorry, building work next door, so I'll go on mute when I'm not talking."),
            ("Owen Price", "Okay, I'll share the tracker. Can everyone see it?"),
            ("Nadia Brooks", "I'll play the two cuts back to back, they're rough."),
            ("Lucy Tam", "Yeah. I'll just say it. The numbers were bad this month."),
            ("Nadia Brooks", "Ha, I'll try not to break anything this time."),
            ("Lucy Tam", "I said can you send over the cut, so I can show the board."),
        ]
    )
    assert got == []


def test_asides_and_handovers_on_the_call_give_no_item() -> None:
    got = actions(
        [
            ("Owen Price", "Sorry, I'll just grab a water, one sec."),
            ("Lucy Tam", "What about the regional split?"),
            ("Owen Price", "I'll come to that in a minute. I'll go through the headline figures now."),
            ("Will Ferris", "And the stockists?"),
            ("Nadia Brooks", "I'll let Owen answer that one. I'll jump in if he misses anything."),
            ("Lucy Tam", "It sold out in a day last year."),
            ("Owen Price", "Ha, I'll take your word for it. Good point though, I'll bear that in mind."),
            ("Nadia Brooks", "Okay, I'll tell you what, I'll send the stockist list round after this."),
        ]
    )
    assert got == [(7, "Nadia Brooks", "2026-03-04")]  # "after this" (the call): the meeting's day, GUIDELINES §5


def test_a_hedged_promise_is_no_item_but_a_courtesy_condition_keeps_the_offer() -> None:
    got = actions(
        [
            ("Owen Price", "I'll try and get the venue shortlist to you by Friday. No promises."),
            ("Lucy Tam", "Okay."),
            ("Nadia Brooks", "I can pull the footfall numbers per store if that's useful."),
            ("Lucy Tam", "Oh, yes please."),
            ("Owen Price", "If the budget comes through, I'll book the second studio."),
        ]
    )
    assert got == [(2, "Nadia Brooks", None)]


def test_terms_feelings_agenda_and_deferrals_are_no_items() -> None:
    got = actions(
        [
            ("Lucy Tam", "Owen's going to take the results, and then I'll do the admin bits, invoices and so on."),
            ("Owen Price", "Could we go to thirty days on payment?"),
            ("Lucy Tam", "Thirty. Hmm. I think I can live with thirty for you. Thirty days."),
            ("Will Ferris", "Any chance of the guide in Polish as well?"),
            ("Nadia Brooks", "Let me check and get back to you on that, I doubt she's free before the 20th."),
            ("Lucy Tam", "And could you lot look at podcasts while you're at it?"),
            ("Owen Price", "Let me have a think and come back to you. Podcasts are a different game."),
            ("Nadia Brooks", "I'll tell the crew tomorrow. They'll be thrilled about the extra shoot day."),
        ]
    )
    assert got == [(7, "Nadia Brooks", "2026-03-05")]


def test_a_commitment_after_a_topic_a_team_of_ours_and_a_request_taken_back() -> None:
    ex = run(
        [
            ("Lucy Tam", "Thirty days, then. I can live with thirty."),
            ("Owen Price", "Thanks."),
            ("Lucy Tam", "Oh, and procurement have marked up the contract. I'll send that over tomorrow."),
            ("Will Ferris", "And parking on the day — our facilities team will sort the permits."),
            ("Lucy Tam", "Owen, can you email the venue list to— actually, no, I'll do it, it has to come from us."),
        ]
    )
    got = [(a.turn, a.owner, a.task) for a in ex.action_items]
    assert [g[:2] for g in got] == [(2, "Lucy Tam"), (3, "client"), (4, "Lucy Tam")], got
    assert "permits" in got[1][2] and "venue list" in got[2][2], got  # "that" at t2: task wording's (antecedents)


# -- agreements the way people settle things (issue 10) --------------------------------------------------------
def agreed_turns(turns) -> list[int]:
    return [a.turn for a in run(turns).agreements]


def test_terse_decision_after_options_and_a_counter_offer_accepted() -> None:
    assert agreed_turns(
        [
            ("Nadia Brooks", "So it's really the canal route against the rooftop one?"),
            ("Lucy Tam", "Canal. Go with the canal."),
            ("Owen Price", "Great. Then the generator: it's nineteen hundred and it wasn't in the quote."),
            ("Will Ferris", "Can you absorb that?"),
            ("Owen Price", "Not all of it, honestly. We could go halves."),
            ("Lucy Tam", "Halves. Fine, split it."),
        ]
    ) == [1, 5]


def test_reply_to_a_proposal_is_the_agreement_and_a_time_for_a_call_is_not() -> None:
    assert agreed_turns(
        [
            ("Nadia Brooks", "On the statement, I'd lead with the apology, then what's changing, then the new desk."),
            ("Lucy Tam", "Yes. Apology first. Absolutely."),
            ("Owen Price", "And when shall we talk it through? Next Tuesday?"),
            ("Will Ferris", "Next Tuesday's fine."),
            ("Owen Price", "I can do twelve thousand for the extra stores. Not fifteen."),
            ("Lucy Tam", "Twelve works for us."),
        ]
    ) == [1, 5]


def test_a_point_conceded_is_not_agreed_and_a_reply_taken_back_does_not_undo_a_decision() -> None:
    assert agreed_turns(
        [
            ("Lucy Tam", "Honestly, I'd say the first route felt a bit safe."),
            ("Nadia Brooks", "That's fair. But the testing said otherwise, so we'd keep it in."),
            ("Owen Price", "On sampling, we could do two markets instead of four."),
            ("Lucy Tam", "Fine, do that."),
            ("Will Ferris", "Owen, can you chase the council on the permits?"),
            ("Owen Price", "Yeah, I can, actually, no, Nadia knows them. Nadia, can you take it?"),
            ("Nadia Brooks", "Sure, I'll take it."),
        ]
    ) == [3]


def test_settled_with_a_sigh_a_role_taken_an_option_named_and_a_last_concession() -> None:
    ex = run(
        [
            ("Owen Price", "The two extra screens come to nine thousand five hundred on top of the budget."),
            ("Lucy Tam", "[sighs] If it's nine-five, it's nine-five. The screens earn it."),
            ("Nadia Brooks", "For the press call, I think you're the right person, Will. You know the product."),
            ("Will Ferris", "Hmm. Yes. Fine."),
            ("Owen Price", "We've got Porto or Lisbon for the offsite; Lisbon has the better flights."),
            ("Lucy Tam", "Yeah. Lisbon, then. I'm not flying via Madrid again."),
            ("Nadia Brooks", "Thanks. Radio, then. We've got the two thirty-second scripts to play you."),
            ("Lucy Tam", "We need someone from the board for the trade interview. Either you, Will, or Sam."),
            ("Owen Price", "Sam's away all month."),
            ("Will Ferris", "Then it's me."),
            ("Owen Price", "We'd need two more weeks for the edit, so the twentieth."),
            ("Lucy Tam", "Okay. The twentieth. But that's it, no more slipping."),
        ]
    )
    got = [(a.turn, a.text) for a in ex.agreements]
    assert [g[0] for g in got] == [1, 3, 5, 9, 11], got
    assert got[0][1].startswith("Nine-five it is."), got


def test_a_proposal_about_the_call_itself_settles_nothing() -> None:
    assert agreed_turns(
        [
            ("Owen Price", "Shall we make a start? I know you've got a hard stop."),
            ("Lucy Tam", "Yeah, fine."),
            ("Nadia Brooks", "Shall we go through the WIP first?"),
            ("Will Ferris", "Sounds good."),
            ("Owen Price", "Shall we move the tasting to the Thursday?"),
            ("Lucy Tam", "Okay. Fine."),
        ]
    ) == [5]


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            [
                ("Nadia Brooks", "I'll send the revised storyboard by Friday."),
                ("Will Ferris", "Great. Same time next week to go through it?"),
                ("Nadia Brooks", "Perfect, see you then."),
            ],
            "Wednesday 11 March 2026",
        ),
        (
            [
                ("Owen Price", "So shall we pencil something in? Let's catch up Thursday at two."),
                (
                    "Will Ferris",
                    "Actually Thursday's tricky. Can we do Friday instead? Let's regroup on Friday at 10am.",
                ),
                ("Owen Price", "Friday works."),
            ],
            "Friday 6 March 2026 at 10am",
        ),
        ([("Owen Price", "I'll catch up with the printer on Friday. Let's speak soon.")], None),
        (
            [
                ("Nadia Brooks", "Right, that's everything. Same time next month?"),
                ("Will Ferris", "Same time next month. Thanks both."),
            ],
            "Wednesday 1 April 2026",
        ),
    ],
)
def test_next_meeting_said_in_the_meeting(turns, expected) -> None:
    assert run(turns).next_meeting == expected


@pytest.mark.parametrize(
    "said",
    [
        "Can I just flag, the board's on the twenty-sixth and Will's presenting the results.",  # asks leave
        "I'll message him now.",  # done during the call
        "Sorry, you're breaking up, I'm going to drop. Speak Monday.",  # leaving the call
    ],
)
def test_talk_during_the_call_is_no_item(said: str) -> None:
    assert actions([("Owen Price", said), ("Lucy Tam", "Thanks, Owen.")]) == []


def test_leave_asked_for_a_promise_gives_the_item_not_an_agreement() -> None:
    found = run(
        [
            ("Owen Price", "And I'll post the tasting invite in the staff group once the memo's out, is that okay?"),
            ("Lucy Tam", "Yes. Do that."),
        ]
    )
    assert [(a.turn, a.owner) for a in found.action_items] == [(0, "Owen Price")]
    assert found.agreements == []
    proposal = run([("Owen Price", "Could we go with the blue route, is that okay?"), ("Lucy Tam", "Yes. Do that.")])
    assert [a.turn for a in proposal.agreements] == [1]  # a proposal agreed is still an agreement


def test_the_next_meeting_agreed_is_an_agreement_and_a_deadline_agreed_is_not() -> None:
    """Setting the next meeting is something the meeting settles (GUIDELINES: a session proposed and accepted);
    agreeing an item's deadline belongs to that item."""
    found = run(
        [
            ("Lucy Tam", "That's everything from me. Same time in two weeks?"),
            ("Owen Price", "Wednesday the eighteenth, hmm, that's our offsite. Could we say Thursday the nineteenth?"),
            ("Lucy Tam", "Thursday the nineteenth works. Eleven o'clock."),
            ("Owen Price", "Great. And I'll send the shelf strips over on Friday."),
            ("Lucy Tam", "Could you do Thursday?"),
            ("Owen Price", "Thursday. Fine."),
        ]
    )
    assert [(a.turn, a.text) for a in found.agreements] == [(2, "Next meeting: Thursday 19 March 2026.")]
    assert found.next_meeting == "Thursday 19 March 2026"
    assert [(a.turn, a.due.isoformat() if a.due else None) for a in found.action_items] == [(3, "2026-03-05")]
    check_in = run(
        [
            ("Nadia Brooks", "And let's have a quick check-in on Monday at nine, to see where we are."),
            ("Will Ferris", "Monday at nine. Fine."),
        ]
    )
    assert [a.turn for a in check_in.agreements] == [1]
    item_first = run(
        [
            ("Owen Price", "And I'll send the contact report round tomorrow morning."),
            ("Lucy Tam", "Perfect. Same time in two weeks?"),
            ("Owen Price", "Shall we say Friday the twentieth?"),
            ("Lucy Tam", "Friday the twentieth works."),
        ]
    )
    assert [a.due.isoformat() if a.due else None for a in item_first.action_items] == ["2026-03-05"]  # not the 20th


@pytest.mark.parametrize(
    ("turns", "text"),
    [
        # an order is stated by those who decided; a bare number is named an option only when options were put
        (
            [
                (
                    "Lucy Tam",
                    "There are two options for the stand. Option one is the island, option two is the corner.",
                ),
                ("Nadia Brooks", "Two. Go with two."),
            ],
            "We go with option two.",
        ),
        (
            [("Lucy Tam", "The corner unit is cheaper, the island is bigger."), ("Nadia Brooks", "Two. Go with two.")],
            "We go with two.",
        ),
        # discourse out: "scrap that", the opener
        (
            [
                ("Lucy Tam", "Should we keep the teaser?"),
                ("Nadia Brooks", "Okay, scrap that, let's go with the longer edit."),
            ],
            "We go with the longer edit.",
        ),
        # "do that" only points: the turn's own sentence says what was settled
        (
            [
                ("Lucy Tam", "We'd keep the poster but drop the leaflets."),
                ("Nadia Brooks", "Fine. Do that. Nothing goes out on paper before June."),
            ],
            "Nothing goes out on paper before June.",
        ),
        # "lock that in" takes the figure said just before it
        (
            [
                ("Lucy Tam", "Three shoot days gets us to about ninety."),
                ("Nadia Brooks", "Fine. Ninety. Let's lock that in."),
            ],
            "We lock ninety in.",
        ),
    ],
)
def test_agreement_text_reads_as_a_statement_the_client_could_sign(turns, text: str) -> None:
    assert agreements(turns, "gold-json") == [(1, text)]


def test_work_is_due_when_it_is_sent() -> None:
    """ "… over the weekend and send it first thing Monday": the date after the delivery of the same thing."""
    got = actions(
        [
            (
                "Nadia Brooks",
                "I'll pull together a summary of the press coverage over the weekend and send it first thing Monday.",
            ),
            ("Lucy Tam", "Perfect."),
        ]
    )
    assert got == [(0, "Nadia Brooks", "2026-03-09")]


def test_asked_to_let_someone_know_by_a_date_is_a_request() -> None:
    got = actions(
        [
            ("Lucy Tam", "How many passes will your crew need for the stand?"),
            ("Owen Price", "Six, maybe seven. I'd have to check the rota."),
            ("Lucy Tam", "Can you let me know by Friday? I have to book them."),
            ("Owen Price", "Yep, will do."),
            ("Lucy Tam", "Great. And let me know if the numbers change."),
        ]
    )
    assert got == [(3, "Owen Price", "2026-03-06")]


def test_a_new_promise_about_a_thing_just_named_is_its_own_item() -> None:
    """ "Send me the draft … and I'll turn it round in an hour": "it" is the draft, not the call promised before."""
    got = actions(
        [
            ("Nadia Brooks", "Lucy, could you ring the venue manager before the flyer goes out?"),
            ("Lucy Tam", "Yes. I know him. I'll call him at two."),
            ("Nadia Brooks", "Great."),
            ("Lucy Tam", "Oh, and send the flyer copy over when it's done and I'll turn it round within the hour."),
        ]
    )
    assert got == [(1, "Lucy Tam", "2026-03-04"), (3, "Lucy Tam", "2026-03-04")]


def test_a_pronoun_with_a_new_date_still_redates_the_item_before() -> None:
    got = actions(
        [
            ("Owen Price", "I'll send the cost sheet tomorrow."),
            ("Lucy Tam", "Could it be sooner? Finance meet on Thursday morning."),
            ("Owen Price", "Then I'll get it to you by half one today."),
        ]
    )
    assert got == [(0, "Owen Price", "2026-03-04")]


def test_a_position_taken_back_and_replaced_is_the_decision() -> None:
    """ "Scrap what I said. We …": the new position is decided, even when the old one was never recorded."""
    ex = run(
        [
            ("Will Ferris", "My feeling is we just keep quiet about the recall and let it blow over."),
            ("Nadia Brooks", "That's one option, if nobody else picks it up."),
            ("Lucy Tam", "The trade press already have it, I'm afraid. They rang this morning."),
            ("Will Ferris", "Right. Okay, scrap what I said. We go public with the recall today."),
            ("Nadia Brooks", "Good call."),
        ]
    )
    assert [(a.turn, a.text) for a in ex.agreements] == [(3, "We go public with the recall today.")]
    assert agreed_turns([("Will Ferris", "Hang on, scrap that. If we go public, we'd need a statement?")]) == []


def test_a_plan_put_with_then_we_and_a_short_yes_is_agreed() -> None:
    got = agreed_turns(
        [
            ("Will Ferris", "I can't do the radio interview this week."),
            ("Nadia Brooks", "Understood. Then we put the quote in your name, and Owen handles the producer."),
            ("Will Ferris", "Fine. Yes."),
        ]
    )
    assert got == [2]


def test_a_counter_offer_closed_with_done_is_agreed() -> None:
    got = agreed_turns(
        [
            ("Nadia Brooks", "For the whole package we'd quoted forty-two thousand."),
            ("Will Ferris", "That's more than we'd set aside. Could you do thirty-five?"),
            ("Nadia Brooks", "We could do thirty-eight if we drop the second shoot day."),
            ("Will Ferris", "Thirty-eight without the second day. Okay, done."),
        ]
    )
    assert got == [3]


@pytest.mark.parametrize(
    ("options", "pick", "agreed"),
    [
        ("So it's either the studio shoot or on location.", "Location. It's worth the extra.", True),
        ("Last thing is the hero colour, teal or coral.", "Coral. Sold.", True),
        ("Which is cheaper, the studio or location?", "Studio. By a mile.", False),
        ("Will Lucy be doing the welcome, or Will?", "Will. Lucy hates speeches.", False),
        ("Do we want the long edit or the short one?", "The short one, please.", True),
    ],
)
def test_naming_one_of_the_options_just_put_chooses_it(options: str, pick: str, agreed: bool) -> None:
    got = agreed_turns([("Owen Price", options), ("Lucy Tam", pick), ("Owen Price", "Okay.")])
    assert got == ([1] if agreed else [])


def test_work_suggested_for_someone_stays_open_while_its_date_is_settled() -> None:
    """ "I'd suggest Owen does …. Next week." "Next week I'm away until Thursday." "Friday?" "Yeah, go on.": the
    work is taken on at the last reply, on the date put last."""
    got = actions(
        [
            ("Nadia Brooks", "I'd suggest Owen does a walk round the store with the staff. Next week, ideally."),
            ("Owen Price", "Next week I'm away until Thursday."),
            ("Nadia Brooks", "Friday?"),
            ("Owen Price", "Yeah, go on."),
        ]
    )
    assert got == [(3, "Owen Price", "2026-03-06")]


def test_a_suggestion_for_someone_that_they_refuse_is_no_item() -> None:
    got = actions(
        [
            ("Nadia Brooks", "I'd suggest Owen does a walk round the store next week."),
            ("Owen Price", "I'd rather not, to be honest. The regional team know it better."),
            ("Lucy Tam", "Fair enough."),
        ]
    )
    assert got == []


def test_an_offer_put_off_and_given_the_go_ahead_later_is_an_item_not_a_decision() -> None:
    ex = run(
        [
            ("Owen Price", "I could have a go at the shelf strip too. Want to see something?"),
            ("Lucy Tam", "Let me see the costs first, Owen."),
            ("Will Ferris", "Can I share the radio script quickly?"),
            ("Nadia Brooks", "Go for it."),
            ("Will Ferris", "Thanks. So this is the thirty-second version."),
            ("Lucy Tam", "And Owen, the shelf strip, yeah, go ahead and mock it up."),
            ("Owen Price", "Lovely, will do."),
        ]
    )
    assert [(a.turn, a.owner) for a in ex.action_items] == [(0, "Owen Price")]
    assert ex.agreements == []


def test_could_without_an_offer_question_is_no_offer() -> None:
    got = actions(
        [
            ("Lucy Tam", "I don't know if we could get the asparagus in time. When's the shoot?"),
            ("Owen Price", "The ninth."),
            ("Lucy Tam", "Yeah, that's early."),
        ]
    )
    assert got == []


@pytest.mark.parametrize(
    ("later", "due"),
    [
        ("Actually, make that Monday for the cut, the grade's running late.", "2026-03-09"),
        ("Sorry, can we move the shoot to Monday?", "2026-03-06"),  # another thing's date, asked: not the cut's
    ],
)
def test_the_owner_moves_their_own_date_a_few_turns_on(later: str, due: str) -> None:
    got = actions(
        [
            ("Owen Price", "I'll send the revised cut by Friday."),
            ("Lucy Tam", "Great."),
            ("Nadia Brooks", "And the music licence is sorted."),
            ("Owen Price", later),
        ]
    )
    assert got[0] == (0, "Owen Price", due)


def test_a_budget_settled_over_turns_is_one_agreement_and_no_item() -> None:
    ex = run(
        [
            ("Lucy Tam", "What are we thinking for paid social?"),
            ("Owen Price", "Twenty a month would do it properly."),
            ("Lucy Tam", "I can get you fifteen grand."),
            ("Owen Price", "Eighteen? Below that the targeting gets thin."),
            ("Lucy Tam", "Eighteen. Go on then."),
        ]
    )
    assert ex.action_items == []
    assert [a.turn for a in ex.agreements] == [4]


def test_an_objection_then_a_new_choice_records_the_new_choice() -> None:
    ex = run(
        [
            ("Will Ferris", "Let's go with the blue."),
            ("Nadia Brooks", "Great."),
            ("Lucy Tam", "Hang on, the blue clashes with the competitor's packs."),
            ("Will Ferris", "True. Okay, green then. Go with green."),
        ]
    )
    assert [(a.turn, a.rule) for a in ex.agreements] == [(3, "go_with_imperative")]


@pytest.mark.parametrize(
    ("reply", "agreed"),
    [("Sixteenth then. Fine.", True), ("Sixteenth? Hmm, let me check with the store.", False)],
)
def test_a_date_settled_for_something_being_moved_is_agreed(reply: str, agreed: bool) -> None:
    got = agreed_turns(
        [
            ("Lucy Tam", "Can we move the launch to the ninth?"),
            ("Nadia Brooks", "The ninth is tight, the sixteenth is safer."),
            ("Lucy Tam", reply),
        ]
    )
    assert got == ([2] if agreed else [])


@pytest.mark.parametrize(
    ("question", "reply", "agreed"),
    [
        ("Are we okay to go live Monday then?", "Yes, go live Monday.", True),
        ("Can we book the radio spots now?", "Yeah, book them. The rates won't last.", True),
        ("Shall we start with the numbers?", "Yes, start with the numbers.", False),  # the call's own running order
        ("Hi, thanks for making time. Shall we go through the WIP?", "Yes, go for it. I've a hard stop.", False),
        ("Can you book the radio spots?", "Yes, will do.", False),  # a request taken up: an item
    ],
)
def test_a_we_question_answered_yes_with_its_own_verb_is_settled(question: str, reply: str, agreed: bool) -> None:
    got = agreed_turns([("Nadia Brooks", question), ("Will Ferris", reply), ("Nadia Brooks", "Brilliant.")])
    assert got == ([1] if agreed else [])
