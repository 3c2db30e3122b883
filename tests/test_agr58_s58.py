"""Session 58, agreements (branch agr58): the way people settle things.

* "If changes come in after Friday we miss the print date." "Agreed, Friday is the cut-off.": a turn that agrees and
  names a date as the limit (``agreed_terms.cut_off_agreed``) is the limit settled, stated "Friday is the cut-off.";
  before, the date in the agreeing turn made it read as a deadline accepted, and nothing was drafted. Not the
  speaker's own delivery date ("Yes, Friday is the deadline, I'll send it then."), nor an answer to a question of when
  ("When's the deadline?" "Yes, Friday is the deadline."), nor a limit put as a question.
* "So if they won't move we go Saturday only." "Yes.": a course "we" take on a condition, said flat in the present
  and assented to (``agreed_terms.conditional_course_assented``), stated "If they won't move we go Saturday only.";
  before, nothing. Not an outcome feared ("If it rains we lose the terrace." "Yes."), nor a proposal with a modal
  ("If it rains we could move inside." "Yes."), nor a reply that says more than a yes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import CALL, written_call
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def _agreements(turns: list[tuple[str | None, str]]) -> list[tuple[int | None, str]]:
    return [(a.turn, a.text) for a in run(turns).agreements]


PRINT = (NELL, "The proofs go to the printer on Monday.")


@pytest.mark.parametrize(
    ("before", "agreed", "said"),
    [
        (
            "If changes come in after Friday we can't make the print date.",
            "Agreed, Friday is the cut-off.",
            "Friday is the cut-off.",
        ),
        (
            "Honestly, anything after Friday and the plates are already made.",
            "Agreed, Friday is the cut-off then.",
            "Friday is the cut-off.",
        ),
        (
            "The printer needs a clear week after the last changes.",
            "Yes. So the deadline for changes is the 12th.",
            "The deadline for changes is the 12th.",
        ),
    ],
)
def test_a_limit_agreed_and_named_at_once(before: str, agreed: str, said: str) -> None:
    assert _agreements([PRINT, (NELL, before), (PRITI, agreed), (NELL, "Great.")]) == [(2, said)]


@pytest.mark.parametrize(
    ("before", "reply"),
    [
        ("When's the deadline for comments?", "Yes, Friday is the deadline."),  # a question of when answered
        ("We need the comments soon.", "Yes, Friday is the deadline, I'll send them then."),  # own delivery
        ("We need the comments soon.", "Okay, is Friday the cut-off?"),  # put as a question
        ("We need the comments soon.", "Agreed, Friday works."),  # no limit named
    ],
)
def test_not_a_limit_agreed(before: str, reply: str) -> None:
    found = _agreements([PRINT, (NELL, before), (PRITI, reply), (NELL, "Great.")])
    assert not any(t == 2 and ("cut-off" in text or "deadline" in text) for t, text in found), found


VENUE = (NELL, "The venue hasn't confirmed the Sunday yet.")


@pytest.mark.parametrize(
    ("course", "reply", "said"),
    [
        ("So if they won't move we go Saturday only.", "Yes.", "If they won't move we go Saturday only."),
        ("Okay, if they say no, we drop the Sunday.", "Yes, agreed.", "If they say no, we drop the Sunday."),
        (
            "Unless they confirm by Friday, we book the hall.",
            "Fine.",
            "Unless they confirm by Friday, we book the hall.",
        ),
    ],
)
def test_a_course_on_a_condition_assented_to(course: str, reply: str, said: str) -> None:
    assert _agreements([VENUE, (PRITI, course), (NELL, reply), (PRITI, "Good.")]) == [(2, said)]


@pytest.mark.parametrize(
    ("course", "reply"),
    [
        ("So if it rains we lose the terrace.", "Yes."),  # an outcome feared, no course
        ("If it rains we could move inside.", "Yes."),  # a proposal with a modal
        ("So if they won't move we go Saturday only.", "Yes, but I'd rather ask them again first."),  # says more
        ("So if they won't move, do we go Saturday only?", "Yes."),  # a question
    ],
)
def test_not_a_course_on_a_condition_assented_to(course: str, reply: str) -> None:
    found = _agreements([VENUE, (PRITI, course), (NELL, reply), (PRITI, "Okay.")])
    assert not any(text.startswith(("If ", "Unless ")) for _, text in found), found


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (  # the launch asked of, a date put, taken in the next turn
            [
                (NELL, "When do we want to go live?"),
                (PRITI, "We were thinking Monday the 21st."),
                (NELL, "The 21st works for us."),
            ],
            "We go live on Monday the 21st.",
        ),
        (
            [
                (PRITI, "When are we thinking for the launch?"),
                (NELL, "The 15th would be a rush for the stores. We'd say the 22nd."),
                (PRITI, "The 22nd then."),
            ],
            "We launch on the 22nd.",
        ),
        (  # the launch dated, that date turned down, another settled over the turns after
            [
                (NELL, "We could launch on the 15th."),
                (PRITI, "That's too early for the stores. What about the week after?"),
                (NELL, "The 22nd works for us."),
                (PRITI, "The 22nd then."),
            ],
            "We launch on the 22nd.",
        ),
    ],
)
def test_a_launch_date_settled_over_turns(turns: list[tuple[str, str]], said: str) -> None:
    assert _agreements([*turns, (OWEN, "Great.")]) == [(len(turns) - 1, said)]


@pytest.mark.parametrize(
    "turns",
    [
        [  # the time of some work
            (PRITI, "When can you send the deck?"),
            (NELL, "We were thinking Monday the 21st."),
            (PRITI, "The 21st works for us."),
        ],
        [  # a person's start
            (PRITI, "When can you start?"),
            (NELL, "We were thinking Monday the 21st."),
            (PRITI, "The 21st works for us."),
        ],
        [  # put as a question
            (PRITI, "When are we thinking for the launch?"),
            (NELL, "We'd say the 22nd."),
            (PRITI, "The 22nd then?"),
        ],
    ],
)
def test_not_a_launch_date_settled(turns: list[tuple[str, str]]) -> None:
    found = _agreements([*turns, (OWEN, "Great.")])
    assert not any(text.startswith(("We launch", "We go live")) for _, text in found), found
    assert not any(t == len(turns) - 1 for t, _ in found), found


@pytest.mark.parametrize(
    "before",
    [
        (THEO, "Our web team will get the help page built before launch."),  # work of the turn before: not the date's
        (THEO, "Sounds good."),
    ],
)
def test_a_launch_date_checked_and_confirmed(before: tuple[str, str]) -> None:
    turns = [before, (NELL, "Great. And launch is still June 1st?"), (PRITI, "June 1st stands, yes."), (NELL, "Great.")]
    found = _agreements(turns)
    assert [t for t, _ in found] == [2] and "June 1st" in found[0][1], found


def test_a_deadline_checked_after_work_is_not_a_term() -> None:
    turns = [
        (NELL, "I'll send you the revised deck."),
        (PRITI, "Great. Still by Friday?"),
        (NELL, "Friday, yes."),
        (PRITI, "Great."),
    ]
    assert _agreements(turns) == []


STORM = [
    (OWEN, "Then we say what we know and when we'll update."),
    (PRITI, "Can we say it was the storm? There was heavy rain last night."),
    (NELL, "I'd really advise against that. If it was the pump, blaming the weather will blow up in our faces."),
]


@pytest.mark.parametrize(
    "verdict", ["Yeah. Okay, fair. No weather line.", "Hmm. Okay. No storm line.", "Yes, okay. No storm line."]
)
def test_no_x_after_taking_the_advice_is_the_decision(verdict: str) -> None:
    found = _agreements([*STORM, (PRITI, verdict), (NELL, "Great.")])
    assert [t for t, _ in found] == [3] and found[0][1] == verdict.split(". ")[-1], found


@pytest.mark.parametrize(
    "reply",
    [
        "Yeah. Okay, fair. No worries.",  # an idiom
        "Yeah. Okay, fair. No idea why they said that.",  # an idiom
        "Okay. No rain forecast for tomorrow, anyway.",  # a fact, nothing discussed named as the verdict
    ],
)
def test_not_a_no_x_verdict(reply: str) -> None:
    assert _agreements([*STORM, (PRITI, reply), (NELL, "Great.")]) == []


CHANNELS = [
    (NELL, "Indeed and the radio ads had the worst drop-off, so we'd suggest we drop both for phase two."),
    (PRITI, "Yeah, the recruiters say those ones are low quality."),
    (OWEN, "Drop it then."),
    (THEO, "Sorry, do we have it split by gender? Indeed and radio are the top channels for women."),
    (OWEN, "Really?"),
]


@pytest.mark.parametrize(
    ("kept", "said"),
    [
        ("Okay. Well then we can't drop it, can we. Okay, Indeed stays.", "Indeed stays."),
        ("Okay. Then the radio ads stay in.", "The radio ads stay in."),
        ("Right, we keep the radio ads then.", "We keep the radio ads."),
    ],
)
def test_a_thing_kept_after_a_drop_reverses_it(kept: str, said: str) -> None:
    found = _agreements([*CHANNELS, (PRITI, kept), (NELL, "I think that's the right call.")])
    assert found == [(5, said)], found


@pytest.mark.parametrize(
    "other",
    [
        "Okay. The budget stays as it is.",  # another thing kept: the drop stands
        "If the radio ads stay, we need more budget for them.",  # a condition
        "Do the radio ads stay, then?",  # a question
    ],
)
def test_the_drop_stands(other: str) -> None:
    found = _agreements([*CHANNELS, (PRITI, other), (NELL, "Hmm.")])
    assert (2, "We drop it.") in found and not any(
        t == 5 and ("Indeed" in text or "radio" in text) for t, text in found
    ), found


def test_a_recap_of_a_thing_already_kept_leaves_the_decisions() -> None:
    """The drop was already reversed where it was made ("Actually, let's keep Delphine, and cut the micros down to
    eighteen instead."): the recap's "Delphine stays" reverses nothing."""
    turns = [
        (NELL, "Honestly, the easiest thing is to drop Delphine. That's most of it in one go."),
        (OWEN, "Yes, drop the macro. That's the simplest."),
        (THEO, "The micro content performs best when it's riding on her posts."),
        (PRITI, "Okay. Actually, let's keep Delphine, and cut the micros down to eighteen instead."),
        (OWEN, "Fine by me."),
        (NELL, "So, recap: Delphine stays, micros down to eighteen."),
        (PRITI, "Yes."),
    ]
    found = _agreements(turns)
    assert [t for t, _ in found] == [3], found


def test_a_thing_kept_with_nothing_dropped_is_no_reversal() -> None:
    turns = [(NELL, "Indeed is the top channel for women."), (PRITI, "Good. Indeed stays."), (NELL, "Great.")]
    assert not any("drop" in text.lower() for _, text in _agreements(turns))


# the calls written for this session (tests/data/agr_s58/, gold format): these ways of settling in whole calls, with
# the must-nots beside them ("So if it rains we lose the terrace." "Yes, sadly.", a delivery date taken, "No worries.")
CALLS = Path(__file__).parent / "data" / "agr_s58"
SETTLED = {
    "h01-print-cutoff": [(3, "Friday is the cut-off."), (7, "If they won't move we go Saturday only.")],
    "h02-go-live": [(5, "We go live on Monday the 21st of September.")],
    "h03-channels": [(5, "The radio ads stay in.")],
    "h04-statement": [(3, "No weather line."), (5, "Launch of the new site is still June 1st.")],
}


@pytest.mark.parametrize("meeting_id", sorted(SETTLED))
def test_written_calls(meeting_id: str) -> None:
    found = written_call(CALLS / f"{meeting_id}.json").agreements
    assert [(a.turn, a.text) for a in found] == SETTLED[meeting_id]


BIKE = [
    (THEO, "Hero bike colour. I'd assumed black, because it's the launch colour."),
    (PRITI, "Black it is, then."),
    (NELL, "How many bikes do you need on the day?"),
    (THEO, "Three, ideally."),
    (PRITI, "Oh, and on colour, sorry. The black is going to disappear against that rock."),
    (THEO, "She's right, actually. It'll be a silhouette all day."),
]


@pytest.mark.parametrize(
    ("switch", "said"),
    [
        ("Okay. Let's switch. Sage green for the hero bike.", "We switch to sage green for the hero bike."),
        ("Right, let's change it. The hero bike in sage green.", "We switch to the hero bike in sage green."),
    ],
)
def test_a_switch_with_the_new_position_replaces_the_choice(switch: str, said: str) -> None:
    found = _agreements([*BIKE, (OWEN, switch), (NELL, "Sage. Much better.")])
    assert (1, "Black it is.") not in found and (6, said) in found, found


@pytest.mark.parametrize(
    "other",
    [
        "Okay. Let's switch. Can you share the location pictures?",  # no new position: a question
        "Let's switch to the talent now.",  # the topic
        "Okay. Let's switch. The helmets need to be in every shot.",  # about something no decision settled
    ],
)
def test_no_switch_of_the_choice(other: str) -> None:
    found = _agreements([*BIKE, (OWEN, other), (NELL, "Okay.")])
    assert (1, "Black it is.") in found, found


OVERRUN = [
    (NELL, "The print overrun might add some cost."),
    (PRITI, "How much are we talking?"),
    (NELL, "Maybe eight or nine percent."),
]


@pytest.mark.parametrize(
    ("approval", "said"),
    [
        ("If it's under ten percent I'm happy to approve it.", "Approved if it's under ten percent."),
        (
            "Okay. I'm happy to sign it off as long as it stays under ten percent.",
            "Approved if it stays under ten percent.",
        ),
        ("Look, if it's under ten percent, I'm fine to approve that.", "Approved if it's under ten percent."),
    ],
)
def test_a_conditional_approval_is_stated_as_approved_on_its_condition(approval: str, said: str) -> None:
    assert _agreements([*OVERRUN, (PRITI, approval), (NELL, "Thanks.")]) == [(3, said)]


@pytest.mark.parametrize(
    ("who", "said"),
    [
        (PRITI, "If it's under ten percent would you be happy to approve it?"),  # a question
        (NELL, "If it's under ten percent I'm happy to approve it."),  # the agency has no approval to give
        (PRITI, "If it's over ten percent I'm not happy to approve it."),  # a negation
    ],
)
def test_not_a_conditional_approval(who: str, said: str) -> None:
    assert not any(text.startswith("Approved if") for _, text in _agreements([*OVERRUN, (who, said), (OWEN, "Okay.")]))
