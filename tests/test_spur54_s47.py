"""Spurious action items of session 47 (branch spur54). Dialogues written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

Work said again for someone whose line dropped is the item already made (``unheard.said_again_unheard``):

* "I'll lay the headlines into the banner templates as they land." … "Sorry, you froze there, I lost the end."
  "Just, I'll put the headlines on the banners so Priti sees them in place.": one item, the first;
* "I'll write a holding line." … "Sorry, you cut out, who's doing the statement?" "Me. I'm drafting it.": one
  item, the first.

A step and what it yields, sent on in the same turn (``steps``, ``repeats.carries_on``), is one item too:

* "I'll get Dan to set up the two test accounts, and I'll send you the passwords by Friday." (someone named put to
  the work: ``steps.puts_someone_to_it``);
* "I'll need to re-record that line …. I can get the new reads over to you by Thursday." ("the new …" sent after
  undated work of the turn: ``repeats.redone_sent``).

Still two: a team put to work and another thing sent, a delivery and a new thing sent.

Still items: a reply to someone else dropping out ("She's frozen."), and work a speaker takes on for the first
time after a line drop.
"""

from __future__ import annotations

import pytest

from pipeline.extract.unheard import UNHEARD_ROWS
from tests.support import CALL, NEXT, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def test_every_unheard_row_has_sentences() -> None:
    assert all(row.examples and row.not_examples for row in UNHEARD_ROWS)


@pytest.mark.parametrize(("row", "sentence"), [(r.label, s) for r in UNHEARD_ROWS for s in r.examples])
def test_unheard_row_matches(row: str, sentence: str) -> None:
    assert next(r for r in UNHEARD_ROWS if r.label == row).pattern.search(sentence)


@pytest.mark.parametrize(("row", "sentence"), [(r.label, s) for r in UNHEARD_ROWS for s in r.not_examples])
def test_unheard_row_does_not_match(row: str, sentence: str) -> None:
    assert not next(r for r in UNHEARD_ROWS if r.label == row).pattern.search(sentence)


def test_a_promise_said_again_after_the_line_froze_is_one_item() -> None:
    turns = [
        (THEO, "And I'll lay the headlines into the banner templates as they land, so Priti sees them in place."),
        (PRITI, "Oh, that's much better than a spreadsheet."),
        (OWEN, "Sorry, you froze there, Theo, I lost the end."),
        (THEO, "Just, I'll put the headlines on the banners so Priti sees them properly."),
        (OWEN, "Got it. Lovely."),
        (PRITI, "Right, the radio copy next."),
    ]
    assert [(o, t) for o, _, _, t in call_items(turns)] == [(THEO, 0)]


def test_who_is_doing_it_asked_again_after_a_drop_is_no_second_item() -> None:
    turns = [
        (NELL, "I'll write a holding line on the recall story today, in case a paper calls."),
        (PRITI, "And it has to go past our lawyers before it goes anywhere."),
        (NELL, "Okay, great."),
        (OWEN, "Sorry, you cut out there, who's doing the statement?"),
        (NELL, "Me. I'm drafting it, then it goes to your lawyers."),
        (OWEN, "Got it, thanks."),
        (PRITI, "Right, the radio copy next."),
    ]
    assert [(o, t) for o, _, _, t in call_items(turns)] == [(NELL, 0)]


def test_a_reply_to_someone_else_dropping_out_still_takes_work_on() -> None:
    turns = [
        (NELL, "I'll send the media plan over on Friday."),
        (THEO, "Priti's frozen, I think."),
        (NELL, "I'll also book the photographer for the launch."),
        (OWEN, "Great."),
        (PRITI, "Right, the radio copy next."),
    ]
    assert [(o, t) for o, _, _, t in call_items(turns)] == [(NELL, 0), (NELL, 2)]


def test_new_work_after_a_drop_is_still_an_item() -> None:
    turns = [
        (NELL, "So the banners go live on the ninth."),
        (OWEN, "Sorry, you cut out, the ninth?"),
        (NELL, "The ninth, yes. And I'll send you the proofs by Friday."),
        (OWEN, "Great."),
        (PRITI, "Right, the radio copy next."),
    ]
    assert [(o, t) for o, _, _, t in call_items(turns)] == [(NELL, 2)]


def test_someone_put_to_work_and_what_it_yields_sent_on_is_one_item() -> None:
    turns = [
        (PRITI, "We'll need two test accounts for the booking site."),
        (THEO, "I'll get Dan to set up the two test accounts, and I'll send you the passwords by Friday."),
        (PRITI, "Perfect, thanks."),
    ]
    assert [(o, t, d) for o, _, d, t in call_items([*turns, NEXT])] == [(THEO, 1, "2026-03-06")]


def test_a_team_put_to_work_and_another_thing_sent_stay_two_items() -> None:
    turns = [
        (THEO, "I'll get our studio to set up the test accounts, and I'll send you the media plan by Friday."),
        (PRITI, "Perfect, thanks."),
    ]
    assert [(o, t) for o, _, _, t in call_items([*turns, NEXT])] == [(THEO, 0), (THEO, 0)]


def test_work_redone_and_the_new_version_sent_back_is_one_item() -> None:
    turns = [
        (PRITI, "So we swap 'cheap' for 'affordable' in the voiceover."),
        (
            NELL,
            "Okay, then I'll need to re-record that line in version one, and actually the sign-off in version two as "
            "well. I can get the new reads over to you by Thursday.",
        ),
        (PRITI, "Brilliant."),
    ]
    assert [(o, t, d) for o, _, d, t in call_items([*turns, NEXT])] == [(NELL, 1, "2026-03-05")]


def test_a_delivery_and_a_new_thing_sent_stay_two_items() -> None:
    turns = [
        (NELL, "I'll send the deck over after this. And I can get you the new price list by Thursday."),
        (PRITI, "Brilliant."),
    ]
    assert [(o, t) for o, _, _, t in call_items([*turns, NEXT])] == [(NELL, 0), (NELL, 0)]
