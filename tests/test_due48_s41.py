"""Due dates settled over turns (session 41). Dialogues written for these tests (tests.support.CALL: Nell Garside
and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04; ``NEXT`` closes each call).

* A turn that opens another point ("And the casting notes, Monday?") puts its date for that point, not for the
  item just settled (``deadlines.other_point``).
* The question of when an item is ready, with a reason of the asker's own, is no new work that blocks the asker's
  counter-offer after the owner's day (``deadlines._asks_when_of``).
* Of two days put ("next Thursday or Friday"), the one a reply picks by its weekday is that day as put, next
  week's; the day turned down is not the one taken (``due_spans.one_of_put``, ``turned_down``).
* A later day put back as the owner's question ("Friday's tough. Could I do Monday?") keeps the request open until
  the asker gives it ("Monday's fine."); a bare "Friday's a stretch. Monday?" or a flat "I could do Monday." was
  tried as the same (``more_time_asked``) and not kept: the older never-read group rose by one.
* The asker holding to the day they asked after the owner's hedge ("I'll try, but it might be Monday." "No, I
  really need it Friday.") dates the item (``deadlines._insisted``).
* A span counted from each time something happens ("after each tasting, within two days") is a deadline that
  recurs: no one date (``dates._each_time``).

Tried and not kept (due47's rules together took group B 282 -> 284; each measured alone on B): a recap's "we
send the round-up" not naming "update that and send it" (the verb joined to a task's first left out of its object words:
B 282 -> 283), and work named by a pronoun taking the day the speaker put as a question just before it or said
back to the question that asked it ("could we say Tuesday the seventeenth? I'll do it before I fly.", "By the
twentieth, yes. I'll do it on Sunday.": B 282 -> 283). "What do you need it by?" answered by the one asked (a
WHEN cue and a late_dues party) was not brought back: it raised B last session.
"""

from __future__ import annotations

import pytest

from pipeline.extract.dates import find_due_dates
from tests.support import CALL, CALL_DATE, due_at
from tests.support import call_dues as dues

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("asked", "due"),
    [
        ("And the casting notes, Monday?", "2026-03-06"),  # another point: its own date
        ("And the shot list, could we say Thursday instead?", "2026-03-05"),  # the item's own thing, a new date
    ],
)
def test_a_new_point_does_not_redate_the_item(asked: str, due: str) -> None:
    turns = [
        (PRITI, "Could you send the shot list across by Friday?"),
        (THEO, "Yes. Friday."),
        (PRITI, asked),
        (THEO, "Fine."),
    ]
    assert due_at(turns, 1) == due


def test_the_asker_counter_after_a_when_with_a_reason() -> None:
    turns = [
        (PRITI, "Right, move the radio money into digital then. All of it."),
        (THEO, "Okay. I'll redo the budget split on that basis and update the forecast."),
        (PRITI, "When could I see that? I've got the finance committee on the 19th and I'd like to bring it."),
        (THEO, "Hmm, next Wednesday?"),
        (PRITI, "Could it be Monday? That gives me the weekend to read it."),
        (THEO, "Monday's tight, but fine. Monday."),
    ]
    assert due_at(turns, 1) == "2026-03-09"


@pytest.mark.parametrize(
    ("put", "picked", "due"),
    [
        ("next Thursday or Friday", "Friday's no good for me, sadly. Thursday, let's do Thursday.", "2026-03-12"),
        ("Thursday or Friday", "Friday's no good for me, sadly. Thursday, let's do Thursday.", "2026-03-05"),
    ],
)
def test_the_day_picked_of_two_put(put: str, picked: str, due: str) -> None:
    turns = [
        (NELL, "The bakery can host a tasting for us."),
        (PRITI, "Oh, lovely."),
        (NELL, f"I'd suggest you and me, Priti. They can do {put}, mid-morning."),
        (PRITI, picked),
    ]
    assert due_at(turns, 3) == due


@pytest.mark.parametrize(
    ("reply", "due"),
    [
        ("No, I really need it Friday.", "2026-03-06"),  # held to: the day asked
        ("Sorry, it has to be Friday.", "2026-03-06"),
        ("Monday's fine.", "2026-03-09"),  # the hedged day taken
        ("Okay, thanks.", "2026-03-09"),
    ],
)
def test_the_asker_holds_to_the_day_asked(reply: str, due: str) -> None:
    turns = [
        (PRITI, "Could you send the shot list across by Friday?"),
        (THEO, "I'll try, but it might be Monday."),
        (PRITI, reply),
    ]
    assert due_at(turns, 1) == due


def test_another_speaker_needing_a_day_does_not_redate() -> None:
    turns = [
        (PRITI, "Could you send the shot list across by Friday?"),
        (THEO, "I'll try, but it might be Monday."),
        (OWEN, "I need it Friday for the board, Priti, but Monday's fine for the crew."),
    ]
    assert due_at(turns, 1) == "2026-03-09"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("I'll send you a short note after each tasting, within two days.", None),
        ("After every store visit we'll send a report within a day.", None),
        ("We'll send a recap within 48 hours of every workshop.", None),
        ("Each time a post goes up, we reply within the hour.", None),
        ("I'll send the report within two days.", "2026-03-06"),  # no event that recurs
        ("I'll send a copy of every invoice in two weeks.", "2026-03-18"),  # "every" of the thing, not the time
        ("I'll send every invoice within two days. After each stop, fine.", "2026-03-06"),  # another sentence
    ],
)
def test_a_span_after_each_event_is_no_date(text: str, due: str | None) -> None:
    spans = [d for d in find_due_dates(text, CALL_DATE) if d.text.lower().startswith(("within", "in "))]
    assert [d.due.isoformat() if d.due else None for d in spans] == [due]


def test_a_recurring_report_has_no_due() -> None:
    turns = [
        (PRITI, "How will we hear how the tastings went?"),
        (NELL, "I'll send you a short note after each tasting, within two days."),
    ]
    assert due_at(turns, 1) is None


@pytest.mark.parametrize(
    ("counter", "found"),
    [
        ("Friday's tough. Could I do Monday?", [(1, "2026-03-09")]),
    ],
)
def test_a_later_day_put_back_and_given(counter: str, found: list[tuple[int, str]]) -> None:
    turns = [
        (PRITI, "Can you get the venue floor plan across by Friday?"),
        (THEO, counter),
        (PRITI, "Monday's fine."),
    ]
    assert dues(turns) == found


def test_a_later_day_put_back_and_refused_is_no_item() -> None:
    turns = [
        (PRITI, "Can you get the venue floor plan across by Friday?"),
        (THEO, "Friday's a stretch. Monday?"),
        (PRITI, "No, sorry, it needs to be Friday."),
    ]
    assert dues(turns) == []
