"""Spurious action items of session 45 (branch spur52). Dialogues written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

The same work said again a turn or two on, by its owner, was a second item:

* work taken on by an idiom that names no verb ("That's mine, the copy."), dated, then handed over by "it" ("The
  twentieth's fine." "Lovely. I'll get it to you."): ``repeats.handed_again``, the same item (it takes a day said);
* work said, then only what is done to its result, undated ("I'll get the samples pulled." … "I'll have them
  couriered to your office before the shoot."): ``repeats.had_by`` now reads it undated too, when the clause says
  what is done to the thing ("couriered"), one item.

Not the same item: a thing asked about since ("And the logos?" "I'll get them to you too."), a thing named anew
("I'll have the new brochure printed before the shoot.").
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


HANDED_AGAIN = [
    [
        (PRITI, "We still need the product copy for the stand panels."),
        (NELL, "That's mine, the copy. Is the twentieth okay?"),
        (PRITI, "The twentieth's fine."),
        (NELL, "Lovely. I'll get it to you."),
        (OWEN, "Right, the radio copy next."),
    ],
    [
        (PRITI, "Can someone send us the floor plan for the venue?"),
        (THEO, "Leave it with me. Does Friday suit you?"),
        (PRITI, "Friday's good."),
        (THEO, "Great. I'll send it over."),
        (OWEN, "Right, the radio copy next."),
    ],
]


@pytest.mark.parametrize("turns", HANDED_AGAIN)
def test_work_taken_on_then_handed_over_by_it_is_one_item(turns: list[tuple[str, str]]) -> None:
    items = call_items(turns)
    assert len(items) == 1, items
    assert items[0][0] == turns[1][0]
    assert items[0][3] == 1


HAD_UNDATED = [
    [
        (OWEN, "We'll need the sample jackets for the shoot."),
        (THEO, "I'll get the samples pulled from the warehouse. What sizes do you want?"),
        (OWEN, "Two mediums and a large."),
        (THEO, "Fine. I'll have them couriered to your office before the shoot."),
        (PRITI, "Right, the radio copy next."),
    ],
    [
        (PRITI, "The banners for the stand still need doing."),
        (NELL, "I'll get the banners reprinted with the new logo. How many do you need?"),
        (PRITI, "Four, I think."),
        (NELL, "Four. I'll have them delivered to the venue."),
        (OWEN, "Right, the radio copy next."),
    ],
]


@pytest.mark.parametrize("turns", HAD_UNDATED)
def test_work_then_what_is_done_to_its_result_undated_is_one_item(turns: list[tuple[str, str]]) -> None:
    items = call_items(turns)
    assert len(items) == 1, items
    assert (items[0][0], items[0][3]) == (turns[1][0], 1)


NOT_THE_SAME = [
    [  # a thing asked about since
        (PRITI, "We still need the product copy for the stand panels."),
        (NELL, "That's mine, the copy. Is the twentieth okay?"),
        (PRITI, "The twentieth's fine. And the logos?"),
        (NELL, "I'll get them to you too."),
        (OWEN, "Right, the radio copy next."),
    ],
    [  # a thing named anew
        (OWEN, "We'll need the sample jackets for the shoot."),
        (THEO, "I'll get the samples pulled from the warehouse."),
        (OWEN, "Great, thanks."),
        (THEO, "And I'll have the new brochure printed before the shoot."),
        (PRITI, "Right, the radio copy next."),
    ],
]


@pytest.mark.parametrize("turns", NOT_THE_SAME)
def test_other_work_said_after_an_item_stays_an_item(turns: list[tuple[str, str]]) -> None:
    assert len(call_items(turns)) == 2, call_items(turns)


# A session put to someone, half taken ("..., yes"), then put again as only going there together and taken: one item,
# the session first said, where and when the going is settled (``session_owners._gone_to``).
GONE_TO = [
    (NELL, "I'd really like to see the new displays going in at one of your stores, with you, Priti. Leeds is first?"),
    (PRITI, "Leeds is first, yes, they go in next week."),
    (NELL, "Could we go down together next Thursday?"),
    (PRITI, "Go on then. Next Thursday."),
    (OWEN, "Right, the radio copy next."),
]


def test_a_session_put_again_as_only_going_there_is_one_item() -> None:
    items = call_items(GONE_TO)
    assert len(items) == 1, items
    owner, task, due, turn = items[0]
    assert set(owner or []) == {NELL, PRITI}
    assert (due, turn) == ("2026-03-12", 3)
    assert "displays" in task


OTHER_SESSION = [  # a second session of the same two, not only going: its own item
    (NELL, "I'd really like to see the new displays going in at one of your stores, with you, Priti."),
    (PRITI, "Yes, I'd love that. Next Thursday?"),
    (NELL, "Next Thursday works."),
    (PRITI, "And could we sit down together on the budget on Friday?"),
    (NELL, "Yes, Friday's fine."),
    (OWEN, "Right, the radio copy next."),
]


def test_another_session_of_the_same_two_stays_its_own_item() -> None:
    assert len(call_items(OTHER_SESSION)) == 2, call_items(OTHER_SESSION)
