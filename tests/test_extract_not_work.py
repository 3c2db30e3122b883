"""What is work and what is only said about it: coping with something ("we'll have to live with that", "we'll
manage"), leaving the call for a moment ("I'll go outside"), checking the screen ("you can see the Gantt?"), and
what the listener will come by, foretold ("you'll get some odd entries"), against the promises said in the same
words ("I'll have to chase the printers", "you'll have some options by Friday"). Then a broad battery of how
account teams and clients talk on a call: hypotheticals, habits, past work, the other side's process, deferrals
and logistics give no item; taking something away, reporting back, the client's own team and the doer's "you'll
get it Friday" give one.

The dialogues are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.support import CALL, CALL_DATE, extract_turns, item_rows

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
TIGHT = (PRITI, "That's a tight turnaround for the build.")
QUEUES = (PRITI, "The bar queues were awful last time, people were waiting forty minutes.")
ASK = (PRITI, "Can we get a revised cost for the stand by Friday?")


def items(turns: list[tuple[str, str]]) -> list[tuple[int | None, object, str | None]]:
    return item_rows(turns, CALL, CALL_DATE)


def tasks(turns: list[tuple[str, str]]) -> list[str]:
    return [a.task for a in extract_turns(turns, CALL, CALL_DATE, "gold-json", step=10.0).action_items]


@pytest.mark.parametrize(
    "said",
    [
        "We'll have to live with that.",
        "We'll have to wait and see what the weather does.",
        "I'll just have to rely on the rehearsal on the day.",
        "We'll just have to make do with the old banners.",
        "We'll have to put up with the noise for a week.",
        "It's tight, but we'll manage.",
        "I'll take the heat for that with the board.",
        "Sorry, I'll go outside. One sec.",
        "Let me move somewhere quieter.",
        "I'll dial back in, the line's awful.",
        "Just to flag, you will get some creative entries.",
        "You'll get loads of complaints if the queues are that long again.",
    ],
)
def test_coping_leaving_the_call_and_what_is_foretold_are_no_item(said: str) -> None:
    assert items([TIGHT, (NELL, said)]) == []


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("I'll have to chase the printers, then.", None),
        ("I'll manage the printers myself.", None),
        ("I'll go to the venue on Tuesday.", "2026-03-10"),
        ("You'll have some options by Friday.", "2026-03-06"),
        ("You'll get the revised plan tomorrow.", "2026-03-05"),
        ("We'll need to think about it, but I'll send the floor plan tomorrow.", "2026-03-05"),
    ],
)
def test_the_same_words_about_work_are_an_item(said: str, due: str | None) -> None:
    assert items([TIGHT, (NELL, said)]) == [(1, NELL, due)]


@pytest.mark.parametrize(
    "shown",
    [
        "So, you can see the Gantt? The coloured bars?",
        "You can see the mood board there, top left?",
        "You all can see the floor plan now?",
    ],
)
def test_checking_the_screen_asks_for_nothing(shown: str) -> None:
    assert items([(NELL, shown), (PRITI, "Yep.")]) == []


def test_a_tag_question_asks_for_the_imperative_before_it() -> None:
    turns = [
        QUEUES,
        (NELL, "Agreed. For next year we'd put a third bar in."),
        (PRITI, "Yes, good. Cost up a third bar for me, would you?"),
        (NELL, "Will do."),
    ]
    assert items(turns) == [(3, NELL, None)]
    assert tasks(turns) == ["cost up a third bar"]


def test_for_me_is_left_out_of_the_task_asked() -> None:
    turns = [(PRITI, "Nell, can you dig out the footfall numbers for me by Friday?"), (NELL, "Will do.")]
    assert tasks(turns) == ["dig out the footfall numbers"]


# the battery: one statement after a neutral turn that gives no item
NOT_ITEMS = [
    "For next year we'd put a third bar in.",
    "Next time we'd probably put a third bar in, to be honest.",
    "If we do it again, we'd add a third bar and a second entrance.",
    "We could do a pop-up in Leeds if the numbers hold up.",
    "We could always look at a second site next year.",
    "We usually send the proofs over on a Friday.",
    "We normally brief the photographer a week out.",
    "Normally we'd ask for fifty percent up front.",
    "We tend to turn the report round within a day.",
    "We did the sampling in March and it went really well.",
    "We sent the revised deck over on Monday, so you should have it.",
    "We've already booked the van for the build.",
    "The caterers will need to have final numbers ten days out.",
    "They'll need to sign the release forms on the day.",
    "I'll be honest, the first route doesn't do it for me.",
    "I'll be honest with you, I didn't love the venue either.",
    "We'll see how the first week goes.",
    "We'll cross that bridge when we come to it.",
    "I'll just share my screen so you can see it.",
    "I'll hand over to Theo for the numbers.",
    "I'll have to drop off at ten, I've got another call.",
    "If we had another twenty grand, we'd add a cinema spot.",
    "I'd have done it differently, if I'm honest.",
    "We might look at radio later in the year, but not now.",
    "I'll admit the brief was thin.",
    "In an ideal world we'd have the venue for two days.",
    "We'd want to see the footfall numbers before committing to that.",
    "I'll let you get on.",
    "I'll leave that with you, then.",
    "Let me check and come back to you on that.",
]
CLIENT_NOT_ITEMS = [
    "Your lot will need to be off site by six, the council are strict on that.",
    "We always get legal to look at anything with a prize in it.",
    "Our procurement team usually takes a fortnight to raise a PO.",
]


@pytest.mark.parametrize("said", NOT_ITEMS)
def test_battery_the_agency_says_no_item(said: str) -> None:
    assert items([QUEUES, (NELL, said)]) == []


@pytest.mark.parametrize("said", CLIENT_NOT_ITEMS)
def test_battery_the_client_says_no_item(said: str) -> None:
    assert items([(NELL, "Anything else on the build?"), (PRITI, said)]) == []


def test_battery_an_offer_declined_is_no_item() -> None:
    assert items([(NELL, "Shall I send over the mood boards?"), (PRITI, "No, don't worry, we've seen them.")]) == []


# the battery: (turns, the (turn, owner) of the one item)
ITEMS = [
    ([ASK, (NELL, "I'll take that back to the team.")], (1, NELL)),
    ([ASK, (NELL, "Yes, you'll get it Friday.")], (1, NELL)),
    ([ASK, (NELL, "You'll have it by Friday.")], (1, NELL)),
    ([ASK, (NELL, "Leave it with me.")], (1, NELL)),
    ([ASK, (NELL, "Yep, will do.")], (1, NELL)),
    ([ASK, (NELL, "Consider it done.")], (1, NELL)),
    ([ASK, (NELL, "Sure, I'll get that over to you by Friday.")], (1, NELL)),
    ([ASK, (NELL, "I'll have a look at the numbers and get back to you.")], (1, NELL)),
    ([ASK, (NELL, "I'll need to check with Theo, but I'll come back to you tomorrow.")], (1, NELL)),
    ([ASK, (NELL, "Let me speak to our buyers and I'll come back to you by Wednesday.")], (1, NELL)),
    ([(NELL, "Is the copy signed off?"), (PRITI, "Not yet. I'll get legal to look at it.")], (1, PRITI)),
    (
        [
            (NELL, "Where are we on the sales data?"),
            (PRITI, "I've asked Owen's team to pull it, you'll have it Friday."),
        ],
        (1, PRITI),
    ),
    (
        [(NELL, "Are you happy with the route?"), (PRITI, "I think so. I'll run it past our MD and let you know.")],
        (1, PRITI),
    ),
    (
        [
            (NELL, "We'll need a PO before we book anything."),
            (PRITI, "I'll ask our finance team to raise it this week."),
        ],
        (1, PRITI),
    ),
    ([(NELL, "Are the T&Cs okay?"), (PRITI, "Our legal team will review them by Friday.")], (1, "client")),
    ([QUEUES, (PRITI, "I'll talk to our ops director about a third bar and let you know.")], (1, PRITI)),
    ([QUEUES, (PRITI, "Leave that one with me, I'll get our facilities team onto it.")], (1, PRITI)),
    ([QUEUES, (NELL, "We'll get the revised budget over by Thursday.")], (1, "agency")),
    ([QUEUES, (NELL, "I'll chase the venue for the floor plan.")], (1, NELL)),
    ([QUEUES, (NELL, "We'll pull together a cost for a third bar.")], (1, "agency")),
    ([QUEUES, (NELL, "I'll find out what the council charge for the road closure.")], (1, NELL)),
    ([QUEUES, (NELL, "I'll feed that back to the creatives today.")], (1, NELL)),
    ([QUEUES, (NELL, "I'll get Theo to send the contract across.")], (1, NELL)),
    ([QUEUES, (NELL, "I'll put something in the diary for next week to go through it.")], (1, NELL)),
    ([QUEUES, (NELL, "Let me dig out last year's queue figures for you.")], (1, NELL)),
    ([QUEUES, (NELL, "I'll sound out the venue about an earlier slot.")], (1, NELL)),
    ([QUEUES, (NELL, "I'll pick that up with the caterers this afternoon.")], (1, NELL)),
    ([QUEUES, (NELL, "I'll take that away and come back with options.")], (1, NELL)),
]


@pytest.mark.parametrize(("turns", "item"), ITEMS)
def test_battery_gives_one_item(turns: list[tuple[str, str]], item: tuple[int, object]) -> None:
    assert [(t, o) for t, o, _ in items(turns)] == [item]


def test_battery_a_recap_adds_no_copy() -> None:
    turns = [
        (NELL, "I'll send the revised budget on Friday."),
        (PRITI, "Great."),
        (OWEN, "Right, the radio copy next."),
        (PRITI, "Fine."),
        (NELL, "So to recap: I'm sending the budget Friday."),
        (PRITI, "Perfect."),
    ]
    assert [(t, o) for t, o, _ in items(turns)] == [(0, NELL)]


@pytest.mark.parametrize(
    ("offer", "reply", "kept"),
    [
        (
            "I'll get the lift engineer in to measure the landing.",
            "Oh, you don't need to, the landing's on the CAD.",
            False,
        ),
        (
            "I'll draft a holding statement for the press office.",
            "Don't worry about that, our comms team have one.",
            False,
        ),
        ("I'll book the van for the build.", "It's done already, I booked it yesterday.", False),
        ("I'll get the lift engineer in to measure the landing.", "Good idea, you don't want any surprises.", True),
        ("I'll draft a holding statement for the press office.", "Yes please, that would help.", True),
    ],
)
def test_work_the_other_side_waves_off_is_no_item(offer: str, reply: str, kept: bool) -> None:
    assert items([(NELL, offer), (PRITI, reply)]) == ([(0, NELL, None)] if kept else [])


def test_pulling_something_together_is_no_session() -> None:
    said = [(NELL, "I'd love to pull together a short competitor review for you."), (PRITI, "That'd be great, thanks.")]
    assert not any(isinstance(owner, list) for _, owner, _ in items(said))


@pytest.mark.parametrize(
    "reply", ["Hmm, not sure we need that.", "Not sure we need it, to be honest.", "I don't think we need that."]
)
def test_an_offer_the_other_side_is_not_sure_it_needs_is_no_item(reply: str) -> None:
    assert items([(NELL, "Shall I bring the full plan back to you next week?"), (PRITI, reply)]) == []


@pytest.mark.parametrize(
    "said",
    [
        "If it's dry, yes. If not, we'd do them in the foyer. We'll only know on the day.",
        "We'll know more once the council come back.",
        "Honestly, we won't know until the weather forecast is in.",
    ],
)
def test_what_the_speaker_will_know_and_a_fallback_are_no_item(said: str) -> None:
    assert items([(PRITI, "Can we still do drinks on the terrace before?"), (NELL, said)]) == []


@pytest.mark.parametrize(
    ("said", "task", "due"),
    [
        ("Monday works. And the contact report will be with you tomorrow.", "send the contact report", "2026-03-05"),
        ("The revised plan will be with you by Friday.", "send the revised plan", "2026-03-06"),
        ("The plan should be with you by Friday.", "send the plan", "2026-03-06"),
    ],
)
def test_a_thing_that_will_be_with_you_is_the_speakers_to_send(said: str, task: str, due: str) -> None:
    turns = [(PRITI, "When can we see the plan?"), (NELL, said)]
    assert items(turns) == [(1, NELL, due)]
    assert tasks(turns) == [task]


@pytest.mark.parametrize(
    "said",
    [
        "The crew will be with you at eight on Tuesday.",
        "Theo will be with you on the day.",
        "The invoice was with you last week, I think.",
        "They'll be with you from nine.",
        "Okay, it'll be with you by close of play.",
    ],
)
def test_people_with_you_or_a_thing_that_was_is_no_item(said: str) -> None:
    assert items([(PRITI, "How's the shoot looking?"), (NELL, said)]) == []
