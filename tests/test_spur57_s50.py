"""Spurious action items of session 50 (branch spur57). Dialogues written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

Restatements in a recap are not annotated again (GUIDELINES §2.2). Two more ways of opening one
(``models/wording/recaps.jsonl``): "Right, let me just run through it." in the closing part of the call
(RECAP_OPENER_LATE; earlier it presents a document), and the answer to "Theo, can you sum up for us?" put by
someone else (RECAP_ASKED). A recap's item of the owner of an earlier item due the very same day, on a thing talked
about before, is that item said again in other words (``recaps._same_day_again``); a thing first named in the recap
("and I'll send the contact report Friday") is new.
"""

from __future__ import annotations

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def test_let_me_run_through_it_late_in_the_call_recaps() -> None:
    turns = [
        (PRITI, "We still need the VIP costs before we sign anything."),
        (THEO, "We'll send you costed options for the VIP area by Friday."),
        (PRITI, "Lovely."),
        (OWEN, "And the lanyards are fine as they are."),
        (NELL, "Right, let me just run through it. Lanyards as they are. We'll do the VIP costs Friday."),
    ]
    assert [(o, d, t) for o, _, d, t in call_items(turns)] == [("agency", "2026-03-06", 1)]


def test_a_thing_first_named_in_the_recap_is_new() -> None:
    turns = [
        (PRITI, "We still need the VIP costs before we sign anything."),
        (THEO, "We'll send you costed options for the VIP area by Friday."),
        (PRITI, "Lovely."),
        (OWEN, "And the lanyards are fine as they are."),
        (NELL, "Right, let me just run through it. Lanyards as they are. And I'll send the contact report Friday."),
    ]
    got = [(o, d, t) for o, _, d, t in call_items(turns)]
    assert got == [("agency", "2026-03-06", 1), (NELL, "2026-03-06", 4)], got


def test_the_answer_to_can_you_sum_up_for_us_recaps() -> None:
    turns = [
        (OWEN, "Who's drafting the award entry? The deadline's tight."),
        (THEO, "I'll do the first cut of it by next Wednesday."),
        (OWEN, "Great. And we're entering two categories."),
        (PRITI, "Okay, I have to run. Theo, can you sum up for us?"),
        (THEO, "Sure. So, two categories, and I'm drafting the award entry by next Wednesday."),
    ]
    got = [(o, d, t) for o, _, d, t in call_items(turns)]
    assert got == [(THEO, "2026-03-11", 1)], got


def _away(last: str) -> list[tuple[str, str]]:
    return [
        (PRITI, "The app launch slips a week, so everything moves."),
        (THEO, "Understood, I'll move the media dates today."),
        (PRITI, "Thanks. And the radio copy is approved."),
        (OWEN, "Good, the radio's fine as it is."),
        (NELL, "Great, that's the radio done."),
        (PRITI, "And the posters are fine too."),
        (OWEN, "Yes, no changes there."),
        (PRITI, "Lovely, nothing else from us."),
        (NELL, last),
        (OWEN, "Enjoy it."),
    ]


def test_who_covers_while_the_speaker_is_away_is_no_item() -> None:
    """GUIDELINES §4: "I'm on leave the week of the 26th, so Jack's your main contact" is a fact."""
    said = "Just flagging, I'm on holiday the week of the 16th, so Theo will pick up the account from then."
    assert [(o, t) for o, _, _, t in call_items(_away(said))] == [(THEO, 1)]
    said = "I'm away next week, so Theo will cover the account."
    assert [(o, t) for o, _, _, t in call_items(_away(said))] == [(THEO, 1)]


def test_work_handed_over_while_the_speaker_is_away_is_an_item() -> None:
    said = "Just so you know, I'm on leave next week, so Theo will send you the media plan on Monday."
    got = [(o, t) for o, _, _, t in call_items(_away(said))]
    assert got == [(THEO, 1), (THEO, 8)], got


def test_thats_on_us_to_a_question_of_cost_is_no_item() -> None:
    """ "That's on us" answering who pays says there is no charge; answering work put, it takes the work on."""
    paid = [
        (PRITI, "Could you mock up the homepage in motion as well?"),
        (NELL, "We could do a rough version in a day or so."),
        (OWEN, "Would that be extra as well?"),
        (NELL, "The rough one, no, that's on us."),
        (PRITI, "Actually, let's leave motion out for the board."),
    ]
    assert [(o, t) for o, _, _, t in call_items(paid)] == []
    asked = [
        (PRITI, "The caption file for the film is still missing."),
        (OWEN, "Who's fixing the captions, then?"),
        (NELL, "Yeah, that's on us."),
        (PRITI, "Thanks."),
    ]
    assert [(o, t) for o, _, _, t in call_items(asked)] == [("agency", 2)]


def test_an_offer_the_listener_would_rather_do_without_is_no_item() -> None:
    """ "I'll send over a few photographers anyway." "Honestly, I'd rather just use our usual one.": declined."""
    turns = [
        (OWEN, "We've got our own photographer, we used her for the annual report."),
        (THEO, "Oh, then I'll send over a few other photographers' portfolios anyway, just so you have options."),
        (OWEN, "Honestly, I'd rather just use our usual one. The partners like her."),
        (THEO, "Fair enough."),
    ]
    assert [(o, t) for o, _, _, t in call_items(turns)] == []
    turns[2] = (OWEN, "Lovely, I'd rather have them by Friday though.")
    assert [(o, t) for o, _, _, t in call_items(turns)] == [(THEO, 1)]
