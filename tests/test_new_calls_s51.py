"""Defects found in session 51 by drafting new calls as a new user would: each test failed before its fix. The calls
open with ``support.OPENING`` on Wednesday 4 March 2026."""

from __future__ import annotations

from support import opened_agreements, opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"  # agency, agency, client, client


def test_a_past_agreement_checked_and_confirmed_is_stated() -> None:
    """ "And we agreed the budget cap stays at forty K, yes?" "Yes, forty K all in.": the term, confirmed, goes in the
    report as stated, without the "we agreed" and the tag question that check it."""
    for reply in ("Yes, forty K all in.", "Yes, that's right.", "Correct.", "Yes, that's what we agreed."):
        agreements = opened_agreements([(PRITI, "And we agreed the budget cap stays at forty K, yes?"), (NELL, reply)])
        assert agreements == ["The budget cap stays at forty K."], reply


def test_a_fact_checked_is_no_agreement() -> None:
    """Must not give: a fact checked with a tag ("And she's the only speaker, right?" "Yes.") or work checked ("And
    we said you'd send the deck Friday, right?" "Yes.") settles no term."""
    assert (
        opened_agreements([(PRITI, "And she's the only speaker on the day, right?"), (NELL, "Yes, that's right.")])
        == []
    )
    items = opened_items([(PRITI, "And we agreed you'd send the deck over Friday, right?"), (THEO, "Yes.")])
    assert items == [(THEO, "send the deck", "2026-03-06")]


def test_a_promise_with_its_i_left_unsaid_is_an_item() -> None:
    """ "Will send it over tonight.": the speaker's "I" is dropped, as people do when they answer quickly; the
    promise is theirs. Not a question ("Will it be ready?") nor a second verb of another subject's sentence."""
    items = opened_items([(PRITI, "And the deck?"), (THEO, "Nearly done. Will send it over tonight.")])
    assert items == [(THEO, "send the deck", "2026-03-04")]
    items = opened_items(
        [
            (PRITI, "What's happening with the brochure?"),
            (NELL, "The printer has the files and will deliver on Friday."),
            (PRITI, "Will it be ready for the show?"),
        ]
    )
    assert items == []


def test_what_is_made_sure_of_is_the_task() -> None:
    """ "Please don't forget the T and Cs at the bottom." "Will make sure they're on there.": the task is making sure
    of the T and Cs, not a bare "make"."""
    items = opened_items(
        [(OWEN, "And please don't forget the T and Cs at the bottom."), (THEO, "Will make sure they're on there.")]
    )
    assert items == [(THEO, "make sure the T and Cs are on there", None)]
    items = opened_items(
        [(PRITI, "Also, please make sure the legal line is in the footer."), (NELL, "Sure, I'll make sure it's in.")]
    )
    assert items == [(NELL, "make sure the legal line is in", None)]
