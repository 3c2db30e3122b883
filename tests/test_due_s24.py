"""Due dates (session 24). A commitment said in two clauses of one turn, the first kept in the draft and the second,
dated one doubted by the action scorer ("We'll redo the figures on that basis. I'll send you the new tracker
tomorrow."), keeps the date. A recap's day does not replace a deadline the item set on an event of its own ("Once
we've got the store list we'll get them printed", GUIDELINES §5: null), nor does a day said for another step of the
work in the same turn replace one set before an event ("They'll do it before it goes to print, I'll flag it today").
"Could we have it sooner? Like Tuesday?" only asks a time, and the owner's "Let's say Wednesday? I'd rather give you
a final one." puts a new date and then its reason, which "Wednesday's fine." settles; a date put after new work was
taken up since the item is the new work's. "Twenty-fifth works." after "What about the twenty-fifth of May?" is the 25th
of May, not the next 25th.
Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, a Wednesday, 2026-03-04)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.action_scorer import _date_kept
from pipeline.schemas import ActionItem
from tests.support import CALL, extract_turns

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
DAY = dt.date(2026, 3, 4)  # a Wednesday


def _item(quote: str, task: str, due: dt.date | None, speaker: str = THEO) -> ActionItem:
    said = "tomorrow" if due else None
    return ActionItem(quote=quote, rule="self", confidence=0.9, task=task, owner=speaker, speaker=speaker, turn=8,
                      due=due, due_text=said)  # fmt: skip


REWORK = "Fair enough. We'll rework the counts on that basis."
SEND = "I'll send you the corrected dashboard tomorrow."


def test_a_doubted_second_clause_leaves_its_date_to_the_kept_one() -> None:
    """ "We'll rework the counts on that basis. I'll send you the corrected dashboard tomorrow.": one commitment; when
    the scorer keeps the first clause and doubts the second, the kept item is due tomorrow."""
    tomorrow = dt.date(2026, 3, 5)
    kept = _item(REWORK, "rework the counts", None)
    _date_kept(_item(SEND, "send the corrected dashboard", tomorrow), [kept], [kept])
    assert kept.due == tomorrow and kept.due_text == "tomorrow"


def test_no_date_is_left_where_it_is_not_clear_whose_it_is() -> None:
    tomorrow = dt.date(2026, 3, 5)
    other = _item(REWORK, "rework the counts", None, speaker=NELL)
    _date_kept(_item(SEND, "send the corrected dashboard", tomorrow), [other], [other])
    assert other.due is None  # another speaker's item
    two = [_item(REWORK, "rework the counts", None), _item(REWORK, "check the door sensors", None)]
    _date_kept(_item(SEND, "send the corrected dashboard", tomorrow), two, two)
    assert two[0].due is None and two[1].due is None  # which of the two is not clear
    dated = [_item(REWORK, "rework the counts", None), _item(REWORK, "check the sensors", dt.date(2026, 3, 6))]
    _date_kept(_item(SEND, "send the corrected dashboard", tomorrow), dated[:1], dated)
    assert dated[0].due is None  # the turn dated its items itself
    undated = _item(REWORK, "rework the counts", None)
    _date_kept(_item(SEND, "send the corrected dashboard", None), [undated], [undated])
    assert undated.due is None


@pytest.mark.parametrize(
    ("own", "due"),
    [
        ("Once we've got the store list we'll get the window posters printed.", None),
        ("We'll get the window posters printed by the twentieth.", "2026-03-20"),
        ("We'll get the window posters printed.", "2026-03-20"),
    ],
)
def test_a_recap_day_does_not_replace_a_deadline_on_an_event(own: str, due: str | None) -> None:
    turns = [
        (PRITI, "The window posters, where are we?"),
        (THEO, "Artwork's signed off. " + own),
        (PRITI, "Great, Owen has the store list."),
        (OWEN, "I'll send it over today."),
        (
            NELL,
            "Lovely. So, to recap: Owen sends the store list today, and we print the window posters by the twentieth.",
        ),
        (PRITI, "Perfect, thanks all."),
    ]
    got = [a for a in extract_turns(turns, CALL, DAY, step=10.0).action_items if "posters" in a.task]
    assert len(got) == 1 and (got[0].due.isoformat() if got[0].due else None) == due, got


CHECK = "Our compliance team will need to check those. "


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("They'll do it before the mailer goes to print, I'll flag it to them today.", None),
        # "once" only says when the work can start: the day the answer comes is its deadline
        ("They'll do it once the copy's final, I'll have an answer for you Friday.", "2026-03-06"),
        ("I'll flag it to them today.", "2026-03-04"),
    ],
)
def test_a_day_for_another_step_does_not_replace_a_deadline_before_an_event(said: str, due: str | None) -> None:
    turns = [
        (NELL, "The mailer has two customer quotes on the back."),
        (OWEN, CHECK + said),
        (NELL, "Thanks Owen."),
        (THEO, "Next, the windows."),
    ]
    got = extract_turns(turns, CALL, DAY, step=10.0).action_items
    assert len(got) == 1 and (got[0].due.isoformat() if got[0].due else None) == due, got


def _rollout(ask: str, reply: str) -> list[tuple[int | None, str, str | None]]:
    turns = [
        (PRITI, "So the launch moves to the twentieth."),
        (THEO, "Okay. That changes things, so I'll send you a new store rollout plan by the end of next week."),
        (PRITI, ask),
        (THEO, reply),
        (PRITI, "Wednesday's fine."),
        (OWEN, "Right, the radio copy next."),
    ]
    got = extract_turns(turns, CALL, DAY, step=10.0).action_items
    return [(a.turn, a.task, a.due.isoformat() if a.due else None) for a in got]


@pytest.mark.parametrize(
    ("ask", "reply", "due"),
    [
        ("Could we have it sooner? Like Tuesday?",
         "Tuesday's a stretch with the fitting. Let's say Wednesday? I'd rather give you a version that's final.",
         "2026-03-11"),
        ("Could we have it sooner? Like Tuesday?", "Tuesday's a stretch with the fitting. Let's say Wednesday?",
         "2026-03-11"),
        ("Is that the plan for all the stores?", "All forty, yes.", "2026-03-13"),
    ],
)  # fmt: skip
def test_a_date_the_owner_puts_back_and_the_client_takes(ask: str, reply: str, due: str) -> None:
    got = _rollout(ask, reply)
    assert got == [(1, "send a new store rollout plan", due)], got


def test_a_date_put_for_new_work_taken_up_since_is_not_the_items() -> None:
    turns = [
        (PRITI, "So the launch moves to the twentieth."),
        (THEO, "Okay. I'll pull the store data into one pack for you. End of next week?"),
        (PRITI, "Great."),
        (THEO, "And Owen, you and I should sit down with a couple of store managers too. An hour or so?"),
        (OWEN, "Go on then. When were you thinking?"),
        (THEO, "Next Tuesday? I can come up to Leeds."),
        (OWEN, "Next Tuesday's fine. I'll grab two of them."),
        (PRITI, "Right, the radio copy next."),
    ]
    got = {
        a.task: a.due.isoformat() if a.due else None for a in extract_turns(turns, CALL, DAY, step=10.0).action_items
    }
    assert got.get("pull the store data into one pack") == "2026-03-13", got


@pytest.mark.parametrize(
    ("put", "due"),
    [
        ("The twelfth is no good, it's the board. What about the twenty-fifth of May?", "2026-05-25"),
        ("The twelfth is no good, it's the board. What about the twenty-fifth?", "2026-03-25"),
        ("The twelfth is no good. What about the twenty-fourth of May?", "2026-03-25"),  # another day
    ],
)
def test_a_day_said_alone_is_of_the_month_named_for_it(put: str, due: str) -> None:
    turns = [
        (NELL, "We'd like one planning day with all the agencies in the room."),
        (PRITI, put),
        (NELL, "Twenty-fifth works. And I'll host it at ours, if that helps."),
        (PRITI, "Lovely, yes."),
        (OWEN, "Right, the radio copy next."),
    ]
    got = [a for a in extract_turns(turns, CALL, DAY, step=10.0).action_items if a.turn == 2]
    assert len(got) == 1 and got[0].due is not None and got[0].due.isoformat() == due, got


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("I'll reissue the plan by, um, Monday? No, Monday's the bank holiday. Tuesday.", "2026-03-10"),
        ("I'll reissue the plan by Monday. Oh, Monday's out for me. Tuesday.", "2026-03-10"),
        ("I'll reissue the plan by Monday. Monday's the deadline for the print.", "2026-03-09"),  # no other day put
    ],
)
def test_a_day_objected_to_and_one_said_alone_after_it(said: str, due: str) -> None:
    found = extract_turns([(PRITI, "Can we have the plan back?"), (NELL, said)], CALL, DAY, step=10.0).action_items
    assert [a.due.isoformat() if a.due else None for a in found] == [due], found
