"""Defects found in session 52 by drafting new calls as a new user would: each test failed before its fix. The calls
open with ``support.OPENING`` on Wednesday 4 March 2026."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from support import opened_agreements, opened_items

WORDING = Path(__file__).resolve().parents[1] / "models" / "wording" / "task_wording.jsonl"

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"  # agency, agency, client, client


def test_an_option_taken_with_lets_go_is_stated_as_taken() -> None:
    """ "Should we do print or digital?" "Let's go digital.": the option taken, not the question's two, is what was
    agreed; the same when the option is a participle ("Let's go seated.") or a frequency ("Let's go monthly then.")."""
    for option, said in (
        ("print or digital", "digital"),
        ("seated or standing", "seated"),
        ("weekly or monthly", "monthly then"),
    ):
        agreements = opened_agreements(
            [(PRITI, f"Should we do {option}?"), (NELL, f"Let's go {said}."), (PRITI, "Agreed.")]
        )
        assert agreements == [f"We go {said.split()[0]}."], said
    agreements = opened_agreements([(PRITI, "Can we lock in the seated layout?"), (NELL, "Yes, let's go seated.")])
    assert agreements == ["We go seated."]


def test_going_somewhere_is_no_option_taken() -> None:
    """Must not give: "Let's go through it." or "Let's go quickly." chooses nothing."""
    for said in ("Let's go through it.", "Let's go quickly then."):
        assert opened_agreements([(PRITI, "Where are we on the deck?"), (NELL, said)]) == [], said


def test_a_thing_had_to_someone_is_the_work_said_in_full() -> None:
    """ "Can you show me the reach we lose?" "Of course. We'll have a revised split with the reach numbers to you
    Monday.": the reply says the work in full, a thing that reaches the client, and the report sends it."""
    items = opened_items(
        [
            (OWEN, "Can you show me the reach we lose?"),
            (NELL, "Of course. We'll have a revised split with the reach numbers to you Monday."),
        ]
    )
    assert items == [("agency", "send a revised split with the reach numbers", "2026-03-09")]


def test_a_thing_said_again_to_someone_keeps_the_request() -> None:
    """Must not give: a reply that only points at the thing ("I'll get it to you Monday") says no work of its own;
    the request's words stay."""
    items = opened_items([(OWEN, "Can you send me the media plan?"), (NELL, "Sure, I'll get it to you Monday.")])
    assert items == [(NELL, "send the media plan", "2026-03-09")]


def test_how_long_a_thing_runs_is_part_of_what_is_checked() -> None:
    """ "Can someone check the usage rights run for twelve months, not six?": how long they run is what is checked,
    not a deadline; the parser's reading of "six" as the thing checked does not cut the clause off."""
    items = opened_items(
        [
            (PRITI, "Oh, and can someone check the usage rights run for twelve months, not six?"),
            (THEO, "I'll check that with the talent agent."),
        ]
    )
    assert [(o, t.split(" not ")[0], d) for o, t, d in items] == [
        (THEO, "check the usage rights run for twelve months", None)
    ]


def test_a_deadline_span_still_goes_from_the_task() -> None:
    """Must not give: "in the next two weeks" is when the work is due, not part of it."""
    items = opened_items([(PRITI, "Can you get the edit done in the next two weeks?"), (NELL, "Yes, I'll do that.")])
    assert items == [(NELL, "finish the edit", "2026-03-18")]


def _chased_rows() -> list[dict]:
    rows = (json.loads(x) for x in WORDING.read_text().splitlines() if x.strip())
    return [r for r in rows if r["label"] == "CHASED"]


@pytest.mark.parametrize("row", _chased_rows(), ids=lambda r: r["id"])
def test_chased_rule_examples(row: dict) -> None:
    pattern = re.compile(row["pattern"], re.IGNORECASE)
    for said, written in row["examples"]:
        assert pattern.sub(row["replace"], said, count=1) == written
    for said in row["not_examples"]:
        assert pattern.sub(row["replace"], said, count=1) == said


def test_chasing_said_alone_chases_the_thing_awaited() -> None:
    """ "Bristol is still pending the council permit." … "I'll keep chasing and let you know as soon as it lands.":
    the task is chasing the permit, whether said "keep chasing", "I'll chase", "keep on it" or "keep pushing"."""
    for said in ("I'll keep chasing and let you know as soon as it lands.", "I'll chase.", "I'll keep on it."):
        items = opened_items(
            [
                (THEO, "Manchester is confirmed. Bristol is still pending the council permit."),
                (PRITI, "When do we hear on Bristol?"),
                (THEO, f"They said end of the month. {said}"),
            ]
        )
        assert items == [(THEO, "chase the council permit", None)], said


def test_chasing_with_nothing_awaited_is_no_item() -> None:
    """Must not give: "I'll chase." with nothing said before it that is awaited is no task an AE could write."""
    assert opened_items([(PRITI, "How was the weekend?"), (THEO, "Good thanks. I'll chase.")]) == []


def test_the_deciders_own_question_granted_is_the_decision() -> None:
    """ "If it doesn't come through, can we swap in Cardiff?" "We can. I'd need to rebook the van though." "Fine, do
    that.": the client's own question, answered that it can be done, is what is decided, not the caveat; "do that if
    needed" decides it too."""
    for said in ("Fine, do that.", "Fine, do that if needed."):
        agreements = opened_agreements(
            [
                (PRITI, "Okay. If it doesn't come through, can we swap in Cardiff?"),
                (THEO, "We can. I'd need to rebook the van though."),
                (PRITI, said),
            ]
        )
        assert agreements == ["If it doesn't come through, we swap in Cardiff."], said


def test_a_caveat_put_as_a_proposal_is_still_taken() -> None:
    """Must not give: when the answer puts a course of its own ("We could swap in Cardiff instead."), that is what the
    terse decision takes."""
    agreements = opened_agreements(
        [
            (PRITI, "What if the permit doesn't come through?"),
            (THEO, "We could swap in Cardiff instead."),
            (PRITI, "Fine, do that."),
        ]
    )
    assert agreements == ["We swap in Cardiff instead."]


def test_a_state_still_wanted_is_no_agreement() -> None:
    """ "And the pricing page, we need the RRPs confirmed.": what is still to be done, not a term confirmed; "The date
    is confirmed." still is one."""
    turns = [(NELL, "Design is done."), (NELL, "And the pricing page, we need the RRPs confirmed.")]
    assert opened_agreements(turns) == []
    agreements = opened_agreements([(PRITI, "So the launch is the ninth?"), (OWEN, "Yes. The date is confirmed.")])
    assert len(agreements) == 1


def test_work_offered_as_a_question_of_whether_it_suits_is_taken_up() -> None:
    """ "So if we get you the results deck by the seventeenth, does that work?" "Yeah, the seventeenth is perfect.":
    the offer, with its date, taken up, the one who made it its owner (as "Would it help if we …?")."""
    for offer, owner in (
        ("So if we get you the results deck by the seventeenth, does that work?", NELL),
        ("If I send the results deck over by the seventeenth, is that okay?", NELL),
    ):
        items = opened_items(
            [
                (OWEN, "The board's on the twenty-fourth, so we'd need the results deck the week before."),
                (NELL, f"Right. {offer}"),
                (OWEN, "Yeah, the seventeenth is perfect."),
            ]
        )
        assert items == [(owner, "send the results deck", "2026-03-17")], offer


def test_a_date_moved_as_a_question_is_no_offer() -> None:
    """Must not give: "If we push it to Friday, does that work?" moves a date; it offers no new work."""
    items = opened_items(
        [(OWEN, "Where are we with the edit?"), (NELL, "If we push it to Friday, does that work?"), (OWEN, "Fine.")]
    )
    assert items == []


def test_the_sides_offer_taken_on_by_one_of_it_is_one_item() -> None:
    """ "We can get a wet proof so you see the real colour." "Yes, let's do that." "I'll order it tomorrow.": the
    side's offer, taken on and dated by the one who orders it, is one item, theirs."""
    items = opened_items(
        [
            (THEO, "That's the print proof. We can get a wet proof so you see the real colour."),
            (OWEN, "Yes, let's do that."),
            (THEO, "I'll order it tomorrow, takes about a week."),
        ]
    )
    assert items == [(THEO, "get a wet proof", "2026-03-05")]


def test_a_teams_own_work_stays_the_teams() -> None:
    """ "Our studio will retouch the pack shots." … "I'll chase it Friday.": the studio's work stays with the side
    (not taken on by the one who chases it), and the chase is no second item."""
    items = opened_items(
        [
            (NELL, "Our studio will retouch the pack shots."),
            (PRITI, "Great."),
            (NELL, "I'll chase it Friday."),
        ]
    )
    assert [o for o, _, _ in items] == ["agency"]


def test_a_check_said_with_if_is_an_item() -> None:
    """ "I'll check if the hall is free." / "I'll ask the photographer if she's free.": the "if" puts the question
    checked, not a condition on the promise; the day asked about is no deadline for the check."""
    items = opened_items(
        [
            (PRITI, "Is the hall free on the ninth?"),
            (THEO, "Not sure. I'll check if the hall is free."),
            (OWEN, "And the photographer?"),
            (NELL, "I'll ask the photographer if she's free."),
        ]
    )
    assert items == [
        (THEO, "check if the hall is free", None),
        (NELL, "ask the photographer if she's free", None),
    ]


def test_a_fallback_day_said_after_a_promise_leaves_it() -> None:
    """ "I'll get the cut to you Thursday. If not, Friday at the latest.": the fallback says a later day, the promise
    stands; a fallback said in the promise's own sentence is still a hedge ("If not, we'd do them in the foyer.")."""
    items = opened_items(
        [(PRITI, "And the cut?"), (THEO, "I'll get the cut to you Thursday. If not, Friday at the latest.")]
    )
    assert items == [(THEO, "send the cut", "2026-03-05")]
    items = opened_items([(PRITI, "And the photos?"), (THEO, "If it's dry, yes. If not, we'd do them in the foyer.")])
    assert items == []


def test_work_actioned_on_a_pointer_is_what_is_sent() -> None:
    """ "Also the toolkit link has expired." "I'll action that now, you'll have a new link by lunchtime.": "action" is
    the verb it is here, and the item is what is sent, not "do that and send …"."""
    items = opened_items(
        [
            (PRITI, "Thanks. Also the toolkit link has expired."),
            (THEO, "I'll action that now, you'll have a new link by lunchtime."),
        ]
    )
    assert items == [(THEO, "send a new toolkit link", "2026-03-04")]


def test_getting_on_to_someone_is_contacting_them() -> None:
    """ "Leave it with me, I'll get on to our accounts team today.": an AE writes "contact"."""
    items = opened_items(
        [
            (OWEN, "The invoice for January still hasn't been paid."),
            (NELL, "Sorry about that. Leave it with me, I'll get on to our accounts team today."),
        ]
    )
    assert items == [(NELL, "contact the accounts team", "2026-03-04")]


def test_thanks_for_spotting_it_names_no_thing() -> None:
    """ "The second slide still has the old price on it." "Good catch. I'll fix it today.": "Good catch." thanks the
    speaker; "it" is the old price, not "the good catch"."""
    items = opened_items(
        [(PRITI, "The second slide still has the old price on it."), (NELL, "Good catch. I'll fix it today.")]
    )
    assert items == [(NELL, "fix the old price", "2026-03-04")]


def test_a_thing_proposed_for_a_piece_of_work_is_what_goes_in() -> None:
    """ "Should we put the Leeds case study in the pitch deck?" "Good shout. I'll add it.": "it" is the case study,
    put in the deck, not the deck itself."""
    items = opened_items(
        [(PRITI, "Should we put the Leeds case study in the pitch deck?"), (NELL, "Good shout. I'll add it.")]
    )
    assert items == [(NELL, "add the Leeds case study to the pitch deck", None)]


def test_a_settled_state_told_on_is_no_agreement_of_its_own() -> None:
    """ "And I'll let the stockists know the date's confirmed.": the message of an item, not a term settled here."""
    turns = [
        (PRITI, "So the launch stays where it is."),
        (THEO, "And I'll let the stockists know the date's confirmed."),
    ]
    assert [a for a in opened_agreements(turns) if "stockists" in a] == []
