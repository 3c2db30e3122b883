"""Due dates and owners (session 43, branch due50). Dialogues written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04; ``NEXT`` closes each
call).

* A request followed in the same turn by other work of the asker's own ("Can you send me the guest list by Friday?
  I'll book the venue after that.") stays asked: the reply that takes it on owns it, with its date. Only the same
  work taken back ("Actually, I'll ring them myself.", "I'll draft the release, I know the story.") ends it
  (``items.takes_back``).
* A request without a date of its own does not take the date of the asker's own work said after it ("Can you send
  us the logo files? I'll get the studio started on Monday."), as it did not of work said before it; a need of the
  asker's ("I'll need it by Friday.") still dates it (``items.not_own_work``).
* The owner's own "When do you need it by?" / "What's your deadline?" (``models/requests.jsonl`` WHEN) answered by the
  other side with a day ("Friday, if you can.", "COB Friday.") dates the item; not a question of when about another
  thing ("And when do you need the signed contract by?"), nor one somebody else asks (``deadlines.late_dues``); a
  reply that only puts a day back as a question beside the event's week ("… so names by the sixth?") leaves the day
  to the owner. The day a reply opens on before work of its own ("Friday, if you can. Then I'll raise the purchase
  order.") dates the owner's item too (``deadlines.answered_first``).
* "by close" / "before close" said at the end of a clause is close of business, the meeting's day (``dates``);
  not "by close Friday" (Friday's), "by close friends", nor "before the close" (of a sale or a booking).
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
    ("asked", "reply"),
    [
        ("Theo, can you send me the guest list by Friday? I'll book the venue after that.", "Sure."),
        ("Can you send me the guest list by Friday? I'll book the venue once I have it.", "Yep, will do."),
        ("Can you send me the guest list by Friday? I'll book the venue after that.", "Sure, I'll send it over."),
    ],
)
def test_a_request_stays_asked_beside_the_askers_own_work(asked: str, reply: str) -> None:
    got = items([(PRITI, asked), (THEO, reply)])
    assert (THEO, 1, "2026-03-06") in got, got  # the list, Friday, Theo's
    assert [r for r in got if r[0] == PRITI] == [(PRITI, 0, None)], got  # the booking: after the list, no date


@pytest.mark.parametrize(
    "asked",
    [
        "Theo, can you ring the printers? Actually, no, I'll ring them myself.",
        "Theo, could you draft the press release? Actually, I'll draft the press release, I know the story.",
        "Theo, could you draft the press release? No, I'll do it.",
    ],
)
def test_a_request_taken_back_is_the_askers(asked: str) -> None:
    got = items([(PRITI, asked), (THEO, "Okay.")])
    assert [r[0] for r in got] == [PRITI], got


@pytest.mark.parametrize(
    ("asked", "due"),
    [
        ("Priti, can you send us the logo files? I'll get the studio started on the artwork on Monday.", None),
        ("Priti, can you send the brief over? I'll present it to the board on Friday.", None),
        ("Priti, can you send the brief over? I'll need it by Friday.", "2026-03-06"),  # a need dates what is asked
        ("Priti, can you send the brief over by Thursday? I'll present it to the board on Friday.", "2026-03-05"),
    ],
)
def test_a_request_does_not_take_the_date_of_the_askers_later_work(asked: str, due: str | None) -> None:
    got = items([(NELL, asked), (PRITI, "Yes, will do.")])
    assert [r for r in got if r[0] == PRITI] == [(PRITI, 1, due)], got


# -- the owner asks when it is needed, the other side answers with a day ------------------------------------------
@pytest.mark.parametrize(
    ("promised", "answer", "due"),
    [
        ("I'll put together a revised estimate. When do you need it by?", "Friday.", "2026-03-06"),
        ("I'll put together a revised estimate. When do you need it by?", "Friday, if you can.", "2026-03-06"),
        ("Great, so I'll redo the estimate on that basis. Priti, what do you need it by?", "COB Friday.", "2026-03-06"),
        ("I'll put together a revised estimate. What's your deadline?", "Friday, ideally.", "2026-03-06"),
        # a question of when about another thing, or an answer that gives no day
        ("I'll put together a revised estimate. And when do you need the signed contract by?", "Friday.", None),
        ("I'll put together a revised estimate. When do you need it by?", "I'm away till Monday, so no rush.", None),
    ],
)
def test_a_day_given_when_the_owner_asks_is_the_items(promised: str, answer: str, due: str | None) -> None:
    got = items([(THEO, promised), (PRITI, answer)])
    assert [r for r in got if r[0] == THEO] == [(THEO, 0, due)], got


def test_a_when_asked_by_someone_else_of_other_work_dates_nothing() -> None:
    got = items([
        (THEO, "I'll put together a revised estimate."),
        (NELL, "Owen, when do you need the invoices by?"),
        (OWEN, "Friday."),
    ])  # fmt: skip
    assert [r for r in got if r[0] == THEO] == [(THEO, 0, None)], got


@pytest.mark.parametrize(
    ("answer", "due"),
    [
        ("Friday, if you can. Then I'll raise the purchase order straight away.", "2026-03-06"),
        ("Tomorrow ideally. I'll get it signed off the same afternoon.", "2026-03-05"),
        # the reply's own work first: its date is that work's
        ("I'll raise the purchase order on Friday, so whenever suits.", None),
    ],
)
def test_a_day_given_before_work_of_the_replys_own_dates_the_owners_item(answer: str, due: str | None) -> None:
    got = items([(THEO, "I'll put together a revised estimate. When do you need it by?"), (PRITI, answer)])
    assert [r for r in got if r[0] == THEO] == [(THEO, 0, due)], got


def test_a_day_put_back_as_a_question_waits_for_the_owner() -> None:
    """The other side answers "When do you need them?" with the event's week and a day put as a question: the day is
    the owner's to take ("The sixth. Should be fine."), not the week of the event."""
    turns = [
        (PRITI, "For the second round we need ten testers, a real mix of ages."),
        (THEO, "I can get you ten. When do you need them?"),
        (PRITI, "The sessions are the week of the ninth of March, so confirmed names by the sixth?"),
    ]
    assert [r for r in items(turns) if r[0] == THEO] == [(THEO, 1, None)], items(turns)
    got = items([*turns, (THEO, "The sixth of March. Should be fine.")])
    assert [r for r in got if r[0] == THEO] == [(THEO, 1, "2026-03-06")], got


# -- "by close": close of business, today ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("I'll get the amends back to you by close.", ["2026-03-04"]),
        ("I'll have the tracker updated before close, ideally.", ["2026-03-04"]),
        ("I'll send it by close, if I can.", ["2026-03-04"]),
        ("I'll send it by close Friday.", ["2026-03-06"]),  # Friday's close
        ("We were by close friends of the brand for years.", []),
        ("It'll be by close of the campaign.", []),
        ("We need the copy in before the close.", [None]),  # the close of a sale or booking: no day
    ],
)
def test_by_close_is_close_of_business(text: str, dates: list[str | None]) -> None:
    assert [str(d.due) if d.due else None for d in find_due_dates(text, CALL_DATE)] == dates
