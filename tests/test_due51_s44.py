"""Due dates and owners (session 44, branch due51). Dialogues written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04; ``NEXT`` closes each
call).

* The end of this call said as an event ("as soon as we're off the call", "once I'm off here", "when we hang up")
  is the meeting's day, like "straight after this call" (GUIDELINES §5); not someone else's call ("once they're off
  the call"). "by week's end" is the end of the week (``dates``).
* A day the owner puts as a question before promising the work on an event of their own ("… can we say Tuesday the
  seventeenth? I'll do it before I head off.") is the item's due, not the event (``carried_dues._put_first``); not a
  date asked about a fact ("Is the launch still on the 20th?").
* A recap's verb is not the thing of an earlier item worded with two verbs: "we send the round-up tomorrow" does not
  re-date "finish and send that" (``recaps._modifiers``); "e-invite by the 18th" still dates "design the e-invite".
* An hour said bare after an invite ("I'll send an invite round, ten o'clock at the venue?") is the session's, not
  when the invite goes (``carried_dues._for_session``); "by five", "in half an hour" still date it.
* A request followed by the asker's own work on the thing asked for ("Can you send me the scripts today? I'll
  review them.", "Theo, send me the scripts today and I'll have them back to you in two weeks.") stays asked: the
  reply that takes it on owns it, with its date (``items.takes_back``, ``requests.addressed_imperative``); "I'll do
  it" / "I'll sort it" still takes it back.
"""

from __future__ import annotations

import pytest

from pipeline.extract.dates import find_due_dates
from tests.support import CALL, CALL_DATE, NEXT, call

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def items(turns: list[tuple[str, str]]) -> list[tuple[str | list[str] | None, int | None, str | None]]:
    """(owner, turn, ISO due) of each item of the call, closed by ``NEXT``."""
    found = call([*turns, NEXT]).action_items
    return sorted(((a.owner, a.turn, a.due.isoformat() if a.due else None) for a in found), key=lambda r: r[1] or 0)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("I'll send it over as soon as we're off the call.", ("as soon as we're off the call", "2026-03-04")),
        ("I'll email the printer once I'm off here.", ("once I'm off here", "2026-03-04")),
        ("We'll get the revised budget to you when we hang up.", ("when we hang up", "2026-03-04")),
        ("I'll ping it across the moment we're off this call.", ("the moment we're off this call", "2026-03-04")),
        ("Leave it with me, I'll do it as soon as we're off.", ("as soon as we're off", "2026-03-04")),
        ("I'll have the cost sheet with you by week's end.", ("by week's end", "2026-03-06")),
    ],
)
def test_the_end_of_this_call_and_weeks_end(said: str, expected: tuple[str, str]) -> None:
    got = [(d.text, d.due.isoformat() if d.due else None) for d in find_due_dates(said, CALL_DATE)]
    assert got == [expected], got


@pytest.mark.parametrize(
    "said",
    [
        "I'll call the venue once they're off the call with the council.",
        "I'll send the photos when we're off site.",
        "I'll get off the call and send it.",
    ],
)
def test_not_the_end_of_this_call(said: str) -> None:
    assert all(d.due is None for d in find_due_dates(said, CALL_DATE)), find_due_dates(said, CALL_DATE)


def test_a_day_put_as_a_question_before_an_event_dates_the_promise() -> None:
    turns = [
        (NELL, "So, Owen, we really need the final stockist list from you. Is the end of next week doable?"),
        (
            OWEN,
            "The end of next week... I'm at a trade show Wednesday to Friday next week, so can we say Tuesday the "
            "seventeenth? I'll do it before I head off.",
        ),
        (NELL, "Even better, thanks."),
    ]
    assert (OWEN, 1, "2026-03-17") in items(turns), items(turns)


@pytest.mark.parametrize(
    "said",
    [
        "Could we make it Friday? I'll send it once legal have been through it.",
        "How about Monday? I'll get it over as soon as the figures are in.",
    ],
)
def test_a_day_put_before_a_promise_on_an_event(said: str) -> None:
    got = items([(NELL, "Theo, when could we have the revised plan?"), (THEO, said)])
    assert [r for r in got if r[0] == THEO and r[2] is not None], got


def test_a_date_asked_about_a_fact_is_not_the_promises() -> None:
    got = items([(OWEN, "Is the launch still on the 20th? I'll send the assets once I hear back from the printers.")])
    assert (OWEN, 0, None) in got, got


def test_a_recap_verb_does_not_re_date_an_item_worded_with_two_verbs() -> None:
    turns = [
        (PRITI, "That wording's fine by us. Go with that."),
        (THEO, "Okay. I'll turn that round in the next half hour and send it to you and Owen."),
        (OWEN, "Great, thanks."),
        (NELL, "So to recap: Priti checks the prices this afternoon, and we send the round-up tomorrow evening."),
    ]
    got = items(turns)
    assert (THEO, 1, "2026-03-04") in got, got


@pytest.mark.parametrize(
    ("asked", "reply", "due"),
    [
        ("Theo, can you send me the scripts today? I'll review them.", "Will do.", "2026-03-04"),
        (
            "Thanks. Theo, send me the scripts today and I'll have them back to you in two weeks.",
            "Will do, straight after this.",
            "2026-03-04",
        ),
        ("Theo, could you send me the running order by Friday? I'll check it with the venue.", "Sure.", "2026-03-06"),
    ],
)
def test_a_request_stays_asked_beside_the_askers_work_on_it(asked: str, reply: str, due: str) -> None:
    got = items([(PRITI, asked), (THEO, reply)])
    assert (THEO, 1, due) in got, got
    assert [r for r in got if r[0] == PRITI and r[1] == 0], got  # the asker's own work on it stays theirs


@pytest.mark.parametrize(
    "asked",
    [
        "Theo, can you ring the printers? Actually, no, I'll do it.",
        "Theo, could you chase the caterers? No, I'll sort it.",
    ],
)
def test_a_request_taken_back_stays_the_askers(asked: str) -> None:
    got = items([(PRITI, asked), (THEO, "Okay.")])
    assert not [r for r in got if r[0] == THEO], got


def test_a_recap_that_names_the_thing_still_dates_it() -> None:
    turns = [
        (PRITI, "We need the e-invite design from you. When could we have it?"),
        (THEO, "I'll design the e-invite. When do you need it?"),
        (PRITI, "By the 18th? That gives me time to get it signed off."),
        (THEO, "The 18th is fine."),
        (NELL, "Quick recap: venue, coaches; e-invite by the 18th; site visit on the 24th."),
    ]
    got = items(turns)
    assert (THEO, 1, "2026-03-18") in got, got


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("The twentieth works for me. I'll send an invite round, ten o'clock at the venue?", None),
        ("The twentieth works for me. I'll send an invite round, 10am at the venue.", None),
        ("The twentieth works for me. I'll send an invite round by five.", "2026-03-04"),
        ("The twentieth works for me. I'll send an invite round in half an hour.", "2026-03-04"),
    ],
)
def test_an_hour_said_bare_after_an_invite_is_the_sessions(said: str, due: str | None) -> None:
    got = items([(NELL, "Shall we do the site visit on the twentieth, Owen?"), (OWEN, said), (NELL, "Perfect.")])
    invites = [r for r in got if r[0] == OWEN and r[1] == 1]
    assert invites and invites[-1][2] == due, got
