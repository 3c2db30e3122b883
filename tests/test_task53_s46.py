"""Session 46, task wording from another turn (branch task53).

A proposal, a sentence giving its reason, a turn accepting it, then "I'll set that up": what was accepted is the
work proposed, so "that" is the thing of the proposal, not the subject of the reason, which only says how something
stands ("The open rates on Mondays are poor."). Without a turn accepting the proposal between, the sentence nearest
the reply comes first as before ("The budget slide is wrong." / "I'll fix that." fixes the slide). The dialogues are
written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client,
Wednesday 4 March 2026).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "said", "not_said"),
    [
        (
            [
                (PRITI, "We should move the newsletter to Thursdays. The open rates on Mondays are poor."),
                (OWEN, "Agreed, let's do that."),
                (NELL, "I'll set that up."),
            ],
            "newsletter",
            "open rates",
        ),
        (
            [
                (PRITI, "I'd like to add a feedback survey to the booking page. The reviews on the site are so thin."),
                (OWEN, "Fine by me."),
                (NELL, "Lovely, I'll set that up next week."),
            ],
            "feedback survey",
            "site",
        ),
        (
            [
                (
                    THEO,
                    "I'd put a short explainer video on the pricing page. The bounce rate on that page is really high.",
                ),
                (PRITI, "Sounds good, go ahead."),
                (THEO, "Great, I'll get that set up by Friday."),
            ],
            "explainer video",
            "bounce rate",
        ),
    ],
)
def test_work_accepted_is_the_proposal_not_the_subject_of_its_reason(
    turns: list[tuple[str, str]], said: str, not_said: str
) -> None:
    tasks = call_tasks(turns)
    assert any(said in t for t in tasks), tasks
    assert not any(not_said in t for t in tasks), tasks


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (  # no turn accepts a proposal: the problem said last is what is fixed
            [
                (PRITI, "We should send the deck to Ana. The budget slide is wrong, though."),
                (NELL, "I'll fix that today."),
            ],
            "budget slide",
        ),
        (  # a thing said to be some way, accepted, with nothing proposed before it: still that thing
            [
                (PRITI, "The exhibition stand is far too small."),
                (OWEN, "Agreed."),
                (NELL, "I'll sort that out."),
            ],
            "exhibition stand",
        ),
    ],
)
def test_a_thing_said_to_be_some_way_is_still_found(turns: list[tuple[str, str]], said: str) -> None:
    tasks = call_tasks(turns)
    assert any(said in t for t in tasks), tasks
