"""Session 47, task wording of "let X know" after a decision (branch task54).

A ratification that is nothing but its cue ("Final answer.", "Decision made.", "Then that's the decision.") is of
what its own turn says beside it ("Yes, kraft.", "The savings push moves to October."): that is the decision, and
what a "let X know" just after passes on. A decision that names only a figure or a date passes on the sentence of
its turn that says it in full ("Then it's the 9th. Everything launches on March 9th."). The dialogues are written for
these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4
March 2026).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks, opened_agreements

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "told"),
    [
        (
            [
                (NELL, "For the carrier bags, do you want the white or the kraft?"),
                (PRITI, "Yes, kraft. Final answer."),
                (NELL, "Great, I'll let the printer know today."),
            ],
            "tell the printer we go with the kraft",
        ),
        (
            [
                (NELL, "Tote bags for the fair, cotton or jute?"),
                (OWEN, "Jute. Final answer."),
                (THEO, "Lovely. I'll let the supplier know by Friday."),
            ],
            "tell the supplier we go with jute",
        ),
        (
            [
                (NELL, "Do we move the savings push or keep it in August?"),
                (PRITI, "Yeah. The savings push moves to October. Decision made."),
                (NELL, "Okay, I'll let the media team know."),
            ],
            "tell the media team the savings push moves to October",
        ),
        (
            [
                (NELL, "So which logo do we take forward?"),
                (OWEN, "Then that's the decision. The round mark with the new lettering."),
                (THEO, "Great, I'll let the designers know this afternoon."),
            ],
            "tell the designers we go with the round mark with the new lettering",
        ),
    ],
)
def test_a_bare_ratification_passes_on_what_its_turn_decided(turns: list[tuple[str, str]], told: str) -> None:
    tasks = call_tasks(turns)
    assert told in tasks, tasks
    assert not any("answer" in t or "decision" in t.lower() or "made" in t for t in tasks), tasks


def test_a_bare_ratification_is_stated_as_what_it_ratifies() -> None:
    agreed = opened_agreements(
        [
            (NELL, "Do we move the savings push or keep it in August?"),
            (PRITI, "Yeah. The savings push moves to October. Decision made."),
        ]
    )
    assert "The savings push moves to October." in agreed, agreed
    assert "Decision made." not in agreed, agreed


# must not: a ratification that names what it decides keeps its own words; one whose turn names nothing else stays
@pytest.mark.parametrize(
    ("turns", "kept"),
    [
        (
            [
                (NELL, "Which hotel for the sales team, the Grange or the Lodge?"),
                (PRITI, "The decision is we book the Grange for both nights."),
            ],
            "The decision is we book the Grange for both nights.",
        ),
        (
            [
                (NELL, "Do we keep the pop-up stand?"),
                (PRITI, "Out. That's decided."),
            ],
            "That's decided.",
        ),
    ],
)
def test_a_ratification_naming_its_decision_or_nothing_is_as_said(turns: list[tuple[str, str]], kept: str) -> None:
    assert kept in opened_agreements(turns)


def test_a_date_alone_is_passed_on_as_its_turn_says_it_in_full() -> None:
    tasks = call_tasks(
        [
            (NELL, "The clearance can't come through before the weekend, so the 4th is gone."),
            (OWEN, "What's the earliest after that?"),
            (THEO, "Realistically, Monday the 9th."),
            (PRITI, "Then it's the 9th. Everything launches on March 9th."),
            (NELL, "March 9th. Okay."),
            (PRITI, "I'll let our chairman know today."),
        ]
    )
    assert any(t.startswith("tell the chairman") and "launches on March 9th" in t for t in tasks), tasks


def test_a_date_alone_with_nothing_said_of_it_is_not_passed_on() -> None:
    tasks = call_tasks(
        [
            (OWEN, "What's the earliest after that?"),
            (THEO, "Realistically, Monday the 9th."),
            (PRITI, "Then it's the 9th."),
            (NELL, "Great. I'll let the crew know today."),
        ]
    )
    assert not any("9th" in t for t in tasks), tasks


# must not: a sentence that only says the figure again under a condition ("If it's nine-two, it's nine-two.") says
# nothing of what is done on it, so nothing is passed on
def test_a_figure_said_again_under_a_condition_is_not_passed_on() -> None:
    tasks = call_tasks(
        [
            (THEO, "Production on the extra five venues comes to nine thousand two hundred."),
            (OWEN, "That wasn't in the budget, was it."),
            (THEO, "It wasn't, no."),
            (OWEN, "[sighs] If it's nine-two, it's nine-two. They're good venues."),
            (NELL, "Do you want me to let the venues know?"),
            (OWEN, "Yes please."),
        ]
    )
    assert not any("nine-two" in t for t in tasks), tasks
