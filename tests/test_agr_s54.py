"""Session 54, agreements (branch agr54): how people settle things.

* "Shall we keep the Leeds date?" "Yes.": what stays as it is, asked by one side and granted by the other with a bare
  yes, is settled as much as a change (``settled.change_granted``); not "keep an eye on", "keep you posted". The
  client's own people may settle it between them (the client deciding); agency colleagues may not.
* "Okay, so the Leeds date stays, and we shift Bristol to the 20th?" "Yes, that's it.": a summing-up question whose
  clauses each state a course, confirmed by the other side, is the summary (``readback.plan_confirmed``); not work
  ("So you'll send it Friday?") nor a fact checked ("So the deck arrives on Friday?", "So the venue is booked?").
* "Can I ask that we keep the influencer spend whole?" "Yes, we'll ring-fence it.": the change asked under a verb of
  asking, granted with a yes that says how it stands, is settled, and the agreement scorer keeps it as it keeps a
  change taken (``settled.change_granted``, ``agreement_scorer.STATED``); not a yes that takes on work ("Yes, we'll
  send it over.") or leaves it open ("Yes, we'll look at it.").
* "If I haven't got it by Friday, go without the quote." "Okay, deal.": a course set on a condition by one side and
  taken with "Deal."/"Agreed." by the other is a deal taken (``deals.condition_dealt``), which the agreement scorer
  keeps however long the call (it dropped it where the turns around it scored low); not news asked for ("If it
  slips, let me know."), nor work asked ("If you can, send the deck by Friday.").
* "I think we go with Leeds and Bristol and drop Glasgow." "Makes sense.": a decision put as what "we" do, taken by
  another speaker, is settled as put ("We go with Leeds and Bristol and drop Glasgow.", ``settled.course_put``),
  and the scorer keeps it (it vetoed the weak acceptance); not a proposal nobody takes up, what happened, or a
  decision taken back later ("Actually, scrap that, keep Glasgow."). Where more than our course leads up to "we"
  ("So launch stays on 8 March, and we keep a week of slack."), the whole decision is put, not its last clause.
* "One is the open plan, two is the enclosed booth." "Go with two.": the choice is stated with the option its number
  labels ("We go with two, the enclosed booth."), not "We go with two is." (``settled.name_choice`` took "is" for a
  thing counted).
* "We could swap it, it's the same money. Or we could split it fifty-fifty." "Fine, do that. Split it.": the option
  the bare order names by its verb is what was decided ("We split it fifty-fifty.", ``settled.terse_answer``), not
  the first option put.
* "Let's do teal." "Actually, no, orange. …" "Fair point. Orange, then.": the final pick is stated by its name ("We
  go with orange."), not "We go with Actually, no, orange." (``settled.option_named`` took what the parser ran into
  the noun chunk); a question ("Orange then?") or a goodbye ("See you then.") settles nothing, nor does the next item
  of the agenda ("Stock then. That's me."). (A pick without its comma, "Orange then.", is left: a cue row for it
  changes the agreement scorer's features, which then added "Stock then." on natural d04; it needs a retrain.)

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from pipeline.extract.deals import DEALT_ROWS
from pipeline.extract.pattern_rows import PatternRow
from tests.support import opened_agreements_at as agreements

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"
CLASH = "Leeds is pencilled for the 12th and Bristol for the 14th, but the Bristol venue has a clash that day."


def test_keeping_a_date_asked_and_granted_is_settled() -> None:
    found = agreements([(NELL, CLASH), (NELL, "Shall we keep the Leeds date?"), (OWEN, "Yes."), (NELL, "Great.")])
    assert [turn for turn, _ in found] == [2], found
    assert "keep the leeds date" in found[0][1].lower(), found


def test_keeping_an_eye_or_someone_posted_is_no_decision() -> None:
    for asked in ("Should we keep an eye on the Leeds numbers?", "Can we keep you posted on the Leeds venue?"):
        found = agreements([(NELL, CLASH), (NELL, asked), (OWEN, "Yes."), (NELL, "Great.")])
        assert found == [], (asked, found)


BRISTOL = [
    (NELL, "Bristol could go to the 20th, or we push it into January."),
    (OWEN, "January's too late for the dealers."),
]


def test_a_summed_up_plan_confirmed_is_the_agreement() -> None:
    found = agreements(
        [
            *BRISTOL,
            (NELL, "Okay, so the Leeds date stays, and we shift Bristol to the 20th?"),
            (OWEN, "Yes, that's it."),
            (NELL, "Great."),
        ]
    )
    assert [turn for turn, _ in found] == [3], found
    assert found[0][1].startswith("The Leeds date stays, and we shift Bristol to the 20th"), found


def test_a_fact_or_work_checked_with_so_is_no_agreement() -> None:
    for asked in (
        "So the floor plans arrive on the 20th?",
        "So you'll send the floor plans on the 20th?",
        "So the Bristol venue is booked for the 20th?",
    ):
        found = agreements([*BRISTOL, (NELL, asked), (OWEN, "Yes, that's it."), (NELL, "Great.")])
        assert found == [], (asked, found)


BUDGET = (NELL, "On budget, the total came in at two hundred and eighty thousand.")


def test_a_change_asked_for_and_granted_saying_how_is_settled() -> None:
    found = agreements(
        [
            BUDGET,
            (OWEN, "Can I ask that we keep the influencer spend whole?"),
            (NELL, "Yes, we'll ring-fence it."),
            (OWEN, "Thanks."),
        ]
    )
    assert [turn for turn, _ in found] == [2], found
    assert "influencer spend" in found[0][1], found


def test_a_yes_that_takes_on_work_or_leaves_it_open_grants_nothing() -> None:
    for reply in ("Yes, we'll send it over.", "Yes, we'll look at it."):
        found = agreements(
            [BUDGET, (OWEN, "Can I ask that we keep the influencer spend whole?"), (NELL, reply), (OWEN, "Thanks.")]
        )
        assert found == [], (reply, found)


PAPER = (THEO, "The printer's asking about the paper stock as well.")


def test_a_course_set_on_a_condition_and_taken_as_a_deal_is_settled() -> None:
    found = agreements(
        [
            PAPER,
            (PRITI, "If I haven't got it by Friday, go without the quote."),
            (NELL, "Okay, deal."),
            (THEO, "The stand build starts on Monday."),
        ]
    )
    assert [turn for turn, _ in found] == [2], found
    assert "go without the quote" in found[0][1], found


def test_news_or_work_asked_on_a_condition_is_no_deal() -> None:
    for asked, reply in (
        ("If it slips past Friday, let me know.", "Okay, deal."),
        ("If you can, send the deck by Friday.", "Agreed."),
        ("If I haven't got it by Friday, go without the quote.", "Okay."),
    ):
        found = agreements([PAPER, (PRITI, asked), (NELL, reply), (THEO, "The stand build starts on Monday.")])
        assert found == [], (asked, reply, found)


@pytest.mark.parametrize(("row", "sentence"), [(r, s) for r in DEALT_ROWS for s in r.examples])
def test_dealt_row_matches_its_examples(row: PatternRow, sentence: str) -> None:
    assert row.pattern.match(sentence), (row.label, sentence)


@pytest.mark.parametrize(("row", "sentence"), [(r, s) for r in DEALT_ROWS for s in r.not_examples])
def test_dealt_row_misses_its_not_examples(row: PatternRow, sentence: str) -> None:
    assert not row.pattern.match(sentence), (row.label, sentence)


CITIES = [
    (NELL, "We've got three cities costed: Leeds, Bristol and Glasgow."),
    (PRITI, "Glasgow is the expensive one, isn't it?"),
    (NELL, "By about twenty percent, yes."),
]


def test_a_decision_put_as_ours_and_taken_is_settled_as_put() -> None:
    for taker in (PRITI, NELL):
        found = agreements(
            [
                *CITIES,
                (OWEN, "I think we go with Leeds and Bristol and drop Glasgow."),
                (taker, "Makes sense."),
                (THEO, "Great."),
            ]
        )
        assert [turn for turn, _ in found] == [4], (taker, found)
        assert found[0][1].startswith("We go with Leeds and Bristol and drop Glasgow"), found


def test_a_course_not_taken_up_or_past_or_taken_back_is_no_agreement() -> None:
    for said, reply in (
        ("I think we go with Leeds and Bristol and drop Glasgow.", "Hmm, let me think about that."),
        ("We dropped Glasgow last year.", "Makes sense."),
    ):
        found = agreements([*CITIES, (OWEN, said), (NELL, reply), (THEO, "Great.")])
        assert found == [], (said, found)
    found = agreements(
        [
            *CITIES,
            (OWEN, "I think we go with Leeds and Bristol and drop Glasgow."),
            (PRITI, "Makes sense."),
            (NELL, "The Glasgow dealers did ask for it, though."),
            (OWEN, "Hmm. Actually, scrap that, keep Glasgow. The dealers there are our biggest."),
            (PRITI, "Fair enough."),
        ]
    )
    assert 4 not in [turn for turn, _ in found], found


def test_a_number_chosen_is_stated_with_the_option_it_labels() -> None:
    found = agreements(
        [
            (NELL, "For the stand, we've got two designs. One is the open plan, two is the enclosed booth."),
            (OWEN, "Go with two."),
            (THEO, "Great."),
        ]
    )
    assert found == [(1, "We go with two, the enclosed booth.")], found


def test_a_number_said_of_no_option_or_thing_stays_as_said() -> None:
    found = agreements(
        [(NELL, "Two is what we quoted for, three is a stretch."), (OWEN, "Go with two."), (THEO, "Ok.")]
    )
    assert found == [(1, "We go with two.")], found


def test_a_course_put_after_another_term_is_stated_whole() -> None:
    found = agreements(
        [
            (NELL, "The launch is on 8 March at the moment."),
            (OWEN, "Then I'd rather not move it."),
            (NELL, "So launch stays on 8 March, and we keep a week of slack in the media plan."),
            (OWEN, "That works for us."),
            (THEO, "Great."),
        ]
    )
    assert found == [(3, "Launch stays on 8 March, and we keep a week of slack in the media plan.")], found


OPTIONS = [
    (PRITI, "Can we swap the radio slot for podcasts?"),
    (NELL, "We could swap it, it's the same money. Or we could split it fifty-fifty."),
]


def test_a_pointing_decision_takes_the_option_its_order_names() -> None:
    found = agreements([*OPTIONS, (PRITI, "Fine, do that. Split it."), (THEO, "Great.")])
    assert found == [(2, "We split it fifty-fifty.")], found


def test_an_order_naming_no_option_picks_none_by_its_verb() -> None:
    found = agreements([*OPTIONS, (PRITI, "Fine, do that. Send me the numbers."), (THEO, "Great.")])
    assert all(not text.startswith("We split") for _, text in found), found


COLOURS = [
    (THEO, "And the hero colour: we mocked it up in teal and in orange."),
    (PRITI, "Let's do teal."),
    (OWEN, "Actually, no, orange. Teal's what the competitor uses."),
]


def test_the_final_pick_after_a_reversal_is_the_agreement() -> None:
    found = agreements([*COLOURS, (PRITI, "Fair point. Orange, then."), (NELL, "Great.")])
    assert found == [(3, "We go with orange.")], found


def test_a_pick_asked_or_a_goodbye_with_then_settles_nothing() -> None:
    found = agreements([*COLOURS, (PRITI, "Orange then?"), (NELL, "See you then.")])
    assert found == [], found


def test_the_next_item_of_the_agenda_with_then_is_no_pick() -> None:
    found = agreements(
        [
            (NELL, "We need stock for the bar, the glassware and the staff."),
            (OWEN, "The staff are sorted. The glassware comes with the venue."),
            (NELL, "Perfect. The team's on site from two that day anyway."),
            (THEO, "Stock then. That's me."),
            (NELL, "Yes please."),
        ]
    )
    assert found == [], found


def test_the_clients_own_people_may_settle_a_change_between_them() -> None:
    found = agreements([(NELL, CLASH), (OWEN, "Shall we keep the Leeds date?"), (PRITI, "Yes."), (NELL, "Great.")])
    assert [turn for turn, _ in found] == [2], found
    assert "keep the leeds date" in found[0][1].lower(), found


def test_agency_colleagues_settle_nothing_between_them() -> None:
    found = agreements([(OWEN, CLASH), (NELL, "Shall we keep the Leeds date?"), (THEO, "Yes."), (OWEN, "Right.")])
    assert found == [], found
