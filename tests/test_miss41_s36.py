"""Action items a new user found missed (session 36). Dialogues written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

"Someone has to chase the printers." / "Someone's got to chase them." asks for a taker as "someone needs to" does
(``request_someone`` in ``models/requests.jsonl``): taken on ("That's me.", "Mine.", "I'll do it.") it is the
taker's item. Not taken on ("They're always late, aren't they.") it is nobody's; and a guess at what someone did
("Someone has to have left it open.") asks nothing, nor a reason given inside a sentence ("It's more than the
form, someone has to answer the replies.").
"""

from __future__ import annotations

import pytest

from tests.support import CALL, NEXT, opened_call

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def items(turns: list[tuple[str, str]]) -> list[tuple[str | list[str] | None, str, int | None]]:
    return [(a.owner, a.task, a.turn) for a in opened_call(turns).action_items]


@pytest.mark.parametrize(
    "turns",
    [
        [(PRITI, "Someone has to chase the printers."), (THEO, "They're always late, aren't they."), NEXT],
        [(OWEN, "Someone's got to chase the printers, honestly."), (PRITI, "I know, it's a pain."), NEXT],
        [(PRITI, "Someone has to have left the door open."), (THEO, "Probably, yes."), NEXT],
        [
            (OWEN, "Not by Monday, no. It's more than the form, someone has to answer the replies."),
            (NELL, "Yeah, okay. Fair."),
            NEXT,
        ],
        [(OWEN, "Someone's got to have seen the email by now."), (NELL, "Yes, surely."), NEXT],
    ],
)
def test_someone_has_to_not_taken_on_is_nobodys(turns: list[tuple[str, str]]) -> None:
    assert items(turns) == [], opened_call(turns).action_items


@pytest.mark.parametrize(
    ("turns", "owner", "task"),
    [
        ([(PRITI, "Someone has to chase the printers."), (THEO, "That's me."), NEXT], THEO, "chase the printers"),
        ([(OWEN, "Okay, so somebody has to book the van."), (NELL, "Mine."), NEXT], NELL, "book the van"),
        (
            [(PRITI, "Someone's got to ring the venue about parking."), (THEO, "I'll do it."), NEXT],
            THEO,
            "ring the venue",
        ),
        ([(OWEN, "Someone has to be at the venue by eight."), (NELL, "That's me."), NEXT], NELL, "be at the venue"),
    ],
)
def test_someone_has_to_taken_on_is_the_takers(turns: list[tuple[str, str]], owner: str, task: str) -> None:
    found = items(turns)
    assert [(o, n) for o, t, n in found if t.startswith(task)] == [(owner, 3)], found


# "Tom, sorry, Theo, send the deck over.": a flat order whose name is put right at once is put to the name meant
# (``addressed_imperative``'s ``_put_right``; the name taken back is not addressed, ``TAKEN_BACK``). An apology that
# leads into a question, or into steering the call, asks for no work; nor does a name put right in a remark.
@pytest.mark.parametrize(
    "turns",
    [
        [(PRITI, "Tom, sorry, Theo, take us through it."), (THEO, "Sure. So, page one."), NEXT],
        [(PRITI, "Sorry, Theo, what was the date again?"), (THEO, "The ninth."), NEXT],
        [(PRITI, "Nell, sorry, Theo, the deck looked great."), (THEO, "Thanks."), NEXT],
        [(PRITI, "Sorry, Theo, the deck is fine as it is."), (THEO, "Great."), NEXT],
    ],
)
def test_a_name_put_right_that_asks_no_work_gives_nothing(turns: list[tuple[str, str]]) -> None:
    assert items(turns) == [], opened_call(turns).action_items


@pytest.mark.parametrize(
    ("turns", "owner", "task"),
    [
        ([(PRITI, "Tom, sorry, Theo, send the deck over."), (THEO, "Yep."), NEXT], THEO, "send the deck"),
        (
            [(OWEN, "Nell, sorry, Theo, chase the printers today."), (THEO, "Will do."), NEXT],
            THEO,
            "chase the printers",
        ),
        ([(PRITI, "Sorry, Nell, book the van for Friday."), (NELL, "Sure."), NEXT], NELL, "book the van"),
    ],
)
def test_an_order_with_the_name_put_right_is_the_named_ones(
    turns: list[tuple[str, str]], owner: str, task: str
) -> None:
    found = items(turns)
    assert [(o, n) for o, t, n in found if t.startswith(task)] == [(owner, 3)], found
