"""Choices read back, approvals given with a change and decisions stated after a bare "I agree."
(``pipeline/extract/readback.py``, ``approvals.py``, ``verdicts.py``): dialogues written for these tests, each
form with sentences that must and must not read as the decision, and the statement the report gives."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import analyse
from pipeline.extract.approvals import LEANS_BACK
from pipeline.extract.readback import choice_read_back, terms_asked
from pipeline.extract.verdicts import opens_accepting, stated_after
from pipeline.schemas import Segment, Transcript
from pipeline.settings import Settings
from tests.support import LUCY, MODELS, NADIA, OWEN, PEOPLE, WILL, extract_turns, header

DAY = dt.date(2026, 3, 4)
# the talk around an exchange, so that it sits mid-call as in a real meeting
BEFORE = [
    (NADIA, "Morning both, thanks for making the time."),
    (LUCY, "No problem, good to see you."),
    (OWEN, "I'll keep an eye on the chat."),
    (WILL, "Sorry, my camera is playing up."),
    (NADIA, "No worries, we can hear you fine."),
    (LUCY, "Right, where do you want to start?"),
    (NADIA, "Let's pick up where we left off last week."),
    (WILL, "Sounds sensible."),
]
AFTER = [
    (NADIA, "Great. Moving on to the next thing on the list."),
    (LUCY, "Yes, the retail side."),
    (OWEN, "The stores have had the toolkit for a fortnight now."),
    (WILL, "They seem to like it."),
    (NADIA, "Good to hear."),
    (LUCY, "Anything else from you?"),
]


def _turns(lines: list[tuple[str, str]]) -> list:
    segments = [Segment(index=k, text=text, speaker=who, start=float(k)) for k, (who, text) in enumerate(lines)]
    return analyse(Transcript(source_kind="gold-json", segments=segments), header(PEOPLE, DAY), Settings(MODELS))


def agreed(lines: list[tuple[str, str]]) -> list[tuple[int, str]]:
    ex = extract_turns(BEFORE + lines + AFTER, PEOPLE, DAY, "gold-json", step=10.0)
    return [(a.turn - len(BEFORE), a.text) for a in ex.agreements]


READ_BACK = [
    (
        [
            (NADIA, "The rooftop is four and a half, and the covered terrace would be another eight hundred."),
            (LUCY, "Let's take both."),
            (NADIA, "So rooftop plus the covered terrace, four and a half plus eight hundred."),
        ],
        "So rooftop plus the covered terrace, four and a half plus eight hundred.",
    ),
    (
        [
            (NADIA, "We could do the photographer for one day or two."),
            (LUCY, "Two days. We need the lifestyle shots as well."),
            (NADIA, "So two days with the photographer, lifestyle shots on day two."),
        ],
        "So two days with the photographer, lifestyle shots on day two.",
    ),
    (
        [
            (OWEN, "We can offer the gold package or the silver package with the extra sampling."),
            (WILL, "Silver with the sampling, please."),
            (OWEN, "Great, so silver package plus the extra sampling."),
        ],
        "Great, so silver package plus the extra sampling.",
    ),
    (
        [
            (NADIA, "Do you want the launch event in London or Manchester?"),
            (LUCY, "Manchester."),
            (NADIA, "Manchester, lovely. So Manchester on the twelfth, a hundred and fifty guests."),
        ],
        "So Manchester on the twelfth, a hundred and fifty guests.",
    ),
]
NOT_READ_BACK = [
    # nothing was put to choose from, and nothing chosen
    [
        (OWEN, "So the plan had us on air from the twenty-third of March."),
        (LUCY, "It is tight."),
        (OWEN, "The station can hold the package. So on air from the thirtieth instead."),
    ],
    # a report, with a verb, not the choice read back
    [
        (NADIA, "We could run the press day at the farm or in town."),
        (LUCY, "The farm."),
        (NADIA, "So, the press day at the farm, we've costed it properly now."),
    ],
    # a question back
    [
        (NADIA, "We could do the photographer for one day or two."),
        (LUCY, "Two days."),
        (NADIA, "So two days with the photographer?"),
    ],
    # read back by the one who chose
    [
        (NADIA, "We could do the photographer for one day or two."),
        (LUCY, "Two days. So two days with the photographer, lifestyle shots on day two."),
    ],
]


@pytest.mark.parametrize(("lines", "said"), READ_BACK)
def test_a_choice_read_back_is_the_decision(lines: list[tuple[str, str]], said: str) -> None:
    assert choice_read_back(_turns(lines), len(lines) - 1) == said


@pytest.mark.parametrize("lines", NOT_READ_BACK)
def test_a_report_question_or_own_summary_is_not_a_read_back(lines: list[tuple[str, str]]) -> None:
    assert choice_read_back(_turns(lines), len(lines) - 1) == ""


def test_the_read_back_is_stated() -> None:
    assert agreed(READ_BACK[0][0]) == [(2, "Rooftop plus the covered terrace, four and a half plus eight hundred.")]


LEANING = [
    "Otherwise it's approved.",
    "Apart from that, approved.",
    "Other than that, it's signed off.",
    "With that change, it's signed off.",
    "Bar that, good to go.",
]
NOT_LEANING = ["That's approved.", "It's approved otherwise we'd be late.", "Approved, go ahead.", "With thanks."]


@pytest.mark.parametrize("sentence", LEANING)
def test_an_approval_that_leans_on_a_change(sentence: str) -> None:
    assert LEANS_BACK.match(sentence)


@pytest.mark.parametrize("sentence", NOT_LEANING)
def test_an_approval_that_stands_alone(sentence: str) -> None:
    assert not LEANS_BACK.match(sentence)


@pytest.mark.parametrize(
    ("lines", "stated"),
    [
        (
            [
                (NADIA, "Here's the headline: guaranteed savings on every bill."),
                (LUCY, "Compliance didn't like 'guaranteed'. Can we go with 'fixed' instead? Otherwise it's approved."),
            ],
            "Approved, with one change: we go with 'fixed' instead.",
        ),
        (
            [
                (NADIA, "That's the final cut of the thirty-second spot."),
                (LUCY, "Lovely. Can we lose the last shot of the van? Otherwise it's signed off."),
            ],
            "Approved, with one change: we lose the last shot of the van.",
        ),
        (
            [(NADIA, "And here's the press release."), (LUCY, "Approved, but take out the line about market leader.")],
            "Approved, with one change: take out the line about market leader.",
        ),
        ([(NADIA, "And here's the press release."), (LUCY, "That's approved.")], "That's approved."),
    ],
)
def test_an_approval_with_a_change_states_the_change(lines: list[tuple[str, str]], stated: str) -> None:
    assert agreed(lines) == [(1, stated)]


AGREE_THEN_STATE = [
    (NADIA, "For the welcome drinks we've got the classic, the spritz and the negroni."),
    (LUCY, "The negroni, I'd drop, it's too heavy."),
    (NADIA, "We could just do the classic and the spritz, then."),
    (LUCY, "I agree. Classic and the spritz, lose the negroni."),
    (WILL, "Fine by me."),
]


@pytest.mark.parametrize(
    ("opening", "opens"),
    [
        ("I agree. Classic and the spritz.", True),
        ("Fair enough. Two weeks, then.", True),
        ("Makes sense. Keep the radio.", True),
        ("I agree with Will on the budget. Keep the radio.", False),
        ("Agreeing the budget is next. Keep the radio.", False),
    ],
)
def test_a_first_sentence_that_only_agrees_opens_an_acceptance(opening: str, opens: bool) -> None:
    turn = _turns([(LUCY, opening)])[0]
    assert (opens_accepting(turn) is not None) == opens


def test_a_decision_stated_after_i_agree_is_the_agreement() -> None:
    turns = _turns(AGREE_THEN_STATE)
    opened = opens_accepting(turns[3])
    assert opened is not None
    assert stated_after(turns, 3, opened) == "Classic and the spritz, lose the negroni."
    # not the turn before the proposal ("The negroni, I'd drop, it's too heavy.") taken up by "Fine by me."
    assert agreed(AGREE_THEN_STATE) == [(3, "Classic and the spritz; we drop the negroni.")]


@pytest.mark.parametrize(
    ("said", "states"),
    [
        ("Classic and the spritz, lose the negroni.", True),
        ("The classic only, cut the spritz and the negroni.", True),
        ("Classic and the spritz, keep the negroni as well.", True),
        ("I'd lose the negroni.", False),  # a view, with an "I"
        ("Classic and the spritz, we'll have to lose the negroni.", False),  # a consequence, not an order
    ],
)
def test_an_order_to_keep_or_drop_states_the_decision(said: str, states: bool) -> None:
    lines = [*AGREE_THEN_STATE[:3], (LUCY, f"I agree. {said}")]
    turns = _turns(lines)
    opened = opens_accepting(turns[3])
    assert opened is not None
    assert (stated_after(turns, 3, opened) == said) == states


def test_a_later_choice_said_as_the_earlier_is_talked_down_replaces_it() -> None:
    lines = [
        (NADIA, "Shall we go with the blue for the banner?"),
        (LUCY, "Yes, go with blue."),
        (NADIA, "Actually, the blue clashes with the logo."),
        (LUCY, "Then go with green."),
    ]
    assert agreed(lines) == [(3, "We go with green.")]


def test_choices_on_different_things_both_stand() -> None:
    lines = [
        (LUCY, "Let's go with the canal route for the walk."),
        (NADIA, "Lovely."),
        (LUCY, "And let's go with the gold package for the hampers."),
    ]
    assert [turn for turn, _ in agreed(lines)] == [0, 2]


def test_agreeing_how_to_run_the_call_settles_nothing() -> None:
    assert agreed([(NADIA, "Shall we start with the WIP?"), (LUCY, "Sounds good.")]) == []


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (
            [(NADIA, "Here's the final key visual."), (LUCY, "Approved, but can you make the logo a touch bigger?")],
            [(1, "Approved, with one change: make the logo a touch bigger.")],
        ),
        # a question whether it is approved is not an approval
        ([(NADIA, "The plan needs sign-off from finance."), (LUCY, "Is it approved, or do we wait for finance?")], []),
    ],
)
def test_an_approval_that_asks_for_a_change_is_given(
    lines: list[tuple[str, str]], found: list[tuple[int, str]]
) -> None:
    assert agreed(lines) == found


@pytest.mark.parametrize(
    ("asked", "terms"),
    [
        ("Can you do a thousand if we book three days?", True),
        ("Could you come down to nine thousand a month?", True),
        ("Would you take ten percent off if we sign for the year?", True),
        ("Can you send the deck by Friday?", False),  # work asked for, with a date
        ("Can you print two hundred?", False),  # a quantity of work, no terms
        ("Can you do the photography as well?", False),  # no figure
    ],
)
def test_a_figure_asked_of_the_other_side_is_a_counter_offer(asked: str, terms: bool) -> None:
    assert terms_asked(_turns([(LUCY, asked)])[0]) == terms


def test_a_counter_offer_taken_settles_the_terms() -> None:
    lines = [
        (NADIA, "Our day rate for the shoot is twelve hundred."),
        (LUCY, "Can you do a thousand if we book three days?"),
        (NADIA, "A thousand for three days works for us."),
    ]
    assert agreed(lines) == [(2, "A thousand for three days works for us.")]
    assert agreed([(LUCY, "Can you send the deck by Friday?"), (NADIA, "Friday works for us.")]) == []
