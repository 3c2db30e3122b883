"""Session 50, agreements (branch agr57).

* A bare "Yes, go." (or "Yeah, go!") said in reply to a cost or change put to the speaker settles it, as "Yes, go
  on." does (a ``go_on_then`` row of ``models/agreements.jsonl``): "Could we add a teaser cut? It's a day in the edit,
  about nine hundred." … "Is that okay?" "Yes, go.". Not "go" that goes on to say where ("Yes, go to the next
  slide.").
* A pick is no answer to a question of fact that opens on a lead-in ("Sorry, was the voiceover Thursday or Friday?"
  "Thursday. Mine's Thursday."): the question's verb is read after "sorry", "so", "and", "oh" and the like
  (``settling._after_lead_ins``), as it is when the question opens on it. A choice asked after a lead-in ("Sorry, do
  you want the matt stock or the gloss stock?" "Gloss.") is still picked.
* A reply that says both options back ("…it's one or the other." "One or the other.") picks neither.
* A bare acceptance of the time the speaker has just asked for ("We'd like to bring the full plan back to you." "Yes,
  please. When?" "Give us two weeks." "Fine. Two weeks.") takes the work's time, no decision
  (``AgreementTracker.timed``, barred to the scorer too), even when the time is a span the deadlines do not read. An
  acceptance of a proposal with no question of when between them still settles it.

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from tests.support import opened_agreements_at as agreements

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


GO_SAID = [
    [
        (OWEN, "Could we add a short teaser cut for the website? Fifteen seconds or so."),
        (THEO, "We can. It's another day in the edit, about nine hundred."),
        (OWEN, "Worth it, I think. Priti, is that okay?"),
        (PRITI, "It's your budget, not mine. Yes, go."),
    ],
    [
        (NELL, "We'd suggest a second photographer for the evening, about eight hundred extra."),
        (PRITI, "Yeah, go!"),
    ],
]


@pytest.mark.parametrize("turns", GO_SAID)
def test_a_bare_yes_go_settles_what_was_put(turns: list[tuple[str, str]]) -> None:
    found = agreements(turns)
    assert [turn for turn, _ in found] == [len(turns) - 1], found


def test_go_to_somewhere_settles_nothing() -> None:
    turns = [
        (NELL, "We'd suggest a second photographer for the evening, about eight hundred extra."),
        (PRITI, "Let me think about it. Yes, go to the next slide."),
    ]
    assert agreements(turns) == []


NO_PICK = [
    [
        (THEO, "And the voiceover session is booked, yours is the Thursday."),
        (OWEN, "Sorry, was the voiceover Thursday or Friday?"),
        (PRITI, "Thursday. Mine's Thursday."),
    ],
    [
        (THEO, "Ha. Understood. We can have the heavy stock or the foil, it's one or the other."),
        (PRITI, "One or the other. Nell, when do I see the final cover?"),
    ],
]


@pytest.mark.parametrize("turns", NO_PICK)
def test_a_fact_said_back_or_both_options_said_back_pick_nothing(turns: list[tuple[str, str]]) -> None:
    assert agreements(turns) == []


PICKED_AFTER_LEAD_IN = [
    [(NELL, "Sorry, do you want the matt stock or the gloss stock?"), (PRITI, "Gloss. It looks richer.")],
    [(NELL, "So, the launch film: do we want the long edit or the short one?"), (PRITI, "Short one.")],
]


@pytest.mark.parametrize("turns", PICKED_AFTER_LEAD_IN)
def test_a_choice_asked_after_a_lead_in_is_still_picked(turns: list[tuple[str, str]]) -> None:
    assert [turn for turn, _ in agreements(turns)] == [1]


TIME_TAKEN = [
    [
        (NELL, "We'd like to bring the full stockist plan back to you properly."),
        (PRITI, "Yes, please. When?"),
        (NELL, "Give us two weeks."),
        (PRITI, "Fine. Two weeks."),
    ],
    [
        (THEO, "We'd like to come back to you with a proper plan for the trade press."),
        (OWEN, "Lovely. When?"),
        (THEO, "Give us a fortnight."),
        (OWEN, "Fine."),
    ],
]


@pytest.mark.parametrize("turns", TIME_TAKEN)
def test_a_time_asked_for_and_taken_is_no_decision(turns: list[tuple[str, str]]) -> None:
    assert agreements(turns) == []


def test_a_proposal_taken_without_a_time_asked_still_settles() -> None:
    turns = [
        (NELL, "We'd suggest moving the launch event to the Thursday, so the press can make it."),
        (PRITI, "Fine. That works for us."),
    ]
    assert [turn for turn, _ in agreements(turns)] == [1]
