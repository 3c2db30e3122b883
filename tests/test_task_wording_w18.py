"""Task wording: which clause of a turn carries the work, and what "it"/"that" stands for. "I can help with that. I'll
get X to do Y" is the getting of X to do Y; "I'll come back to you" after a negated aside reports on the work said
before the aside; "it" is never a thing the task names already ("put it on the intranet" is not "put the intranet on
the intranet"), nor the place the thing sits ("it's in my inbox. I'll approve it."). Dialogues written for these
tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client)."""

from __future__ import annotations

import pytest

from tests.support import CALL
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def tasks(turns: list[tuple[str, str]]) -> list[str]:
    return [a.task for a in run(turns).action_items]


SIGN_UPS = [
    (NELL, "Sign-ups for the supplier day are at a hundred and ten, we wanted two hundred."),
    (THEO, "Most people open the email and then forget. I'll send a reminder to the non-responders on Monday."),
]


@pytest.mark.parametrize(
    ("reply", "work", "not_work"),
    [
        ("I can help with that. I'll get our regional buyers to ring their suppliers directly.", "buyers", "help"),
        (
            "Let me talk to them first. I'll speak to the buyers tomorrow and get a list of the laggards.",
            "buyers",
            "talk",
        ),
        ("I can help out there, actually. I'll ask the category leads to chase their suppliers.", "category", "help"),
    ],
)
def test_getting_involved_then_saying_how_is_the_how(reply: str, work: str, not_work: str) -> None:
    got = tasks([*SIGN_UPS, (OWEN, reply)])
    own = [t for t in got if "reminder" not in t]
    assert len(own) == 1 and work in own[0] and not own[0].startswith(not_work), got


def test_getting_involved_alone_stays_an_item() -> None:
    got = tasks([*SIGN_UPS, (OWEN, "I'll talk to the buyers about it on Friday.")])
    assert any("buyers" in t for t in got), got


BUDGET = [
    (NELL, "So the sampling budget goes up to forty thousand?"),
    (PRITI, "Forty. Yes, fine."),
]


@pytest.mark.parametrize(
    "reply",
    [
        "I'll have to clear the sampling budget with procurement, but I don't expect pushback. I'll confirm Friday.",
        "I need to run the sampling budget past procurement, I don't foresee an issue. I'll confirm Friday.",
    ],
)
def test_confirming_reports_on_the_work_not_the_negated_aside(reply: str) -> None:
    got = tasks([*BUDGET, (PRITI, reply)])
    assert len(got) == 1 and "budget" in got[0] and "pushback" not in got[0] and "issue" not in got[0], got


@pytest.mark.parametrize(
    "asked",
    ["And once it's approved, where does it live? Just the intranet?", "Where will it go? The intranet?"],
)
def test_it_is_not_a_thing_the_task_names_already(asked: str) -> None:
    got = tasks(
        [
            (NELL, "The revised travel policy summary is signed off now."),
            (OWEN, asked),
            (PRITI, "Our comms team will put it on the intranet and pin it in the staff channel."),
        ]
    )
    assert len(got) == 1 and "intranet on the intranet" not in got[0] and "policy" in got[0], got


@pytest.mark.parametrize(
    ("reply", "place"),
    [
        ("I know, it's in my inbox. I'll approve it on Friday.", "inbox"),
        ("Sorry, yes, it's sitting in the legal tray. I'll sign it off this week.", "tray"),
        ("Right, it's on my desk. I'll countersign it tomorrow.", "desk"),
    ],
)
def test_it_is_not_the_place_the_thing_sits(reply: str, place: str) -> None:
    asked = (NELL, "Priti, the renewal for the two extra venues. We sent it across last week.")
    got = tasks([asked, (PRITI, reply)])
    assert len(got) == 1 and "renewal" in got[0] and place not in got[0], got


@pytest.mark.parametrize(
    "reply",
    [
        "I'd rather not guess in front of your finance director. I'll recalculate it without the discount weekend.",
        "Fair, and I won't guess for your CFO. I'll recalculate it without the discount weekend.",
    ],
)
def test_it_is_not_a_person_named_by_role(reply: str) -> None:
    got = tasks(
        [
            (NELL, "The uplift on the spring promotion came in at twenty-two percent."),
            (PRITI, "And what is that without the discount weekend? My boss will ask."),
            (THEO, reply),
        ]
    )
    assert len(got) == 1 and not any(w in got[0] for w in ("director", "CFO")), got


@pytest.mark.parametrize("day", ["the 19th", "the nineteenth"])
def test_it_is_not_the_day_just_agreed(day: str) -> None:
    got = tasks(
        [
            (NELL, "We'd like to run a brand workshop with your store managers before launch."),
            (PRITI, f"Sounds good. Could we do {day}? I'm off before that."),
            (NELL, f"{day.capitalize()} it is. I'll host it at our studio."),
        ]
    )
    assert got and all("19th" not in t and "nineteenth" not in t for t in got), got


def test_a_turn_opening_on_it_after_a_yes_named_its_thing_before() -> None:
    got = tasks(
        [
            (PRITI, "The venue wants the signed hire agreement back before they release the date."),
            (
                OWEN,
                "Yes. I've had it on my desk for a week, sorry. Our lawyer wants to read the indemnity section first.",
            ),
            (NELL, "Is Friday realistic?"),
            (OWEN, "It'll have to be. I'll get it back to you signed by Friday."),
        ]
    )
    assert len(got) == 1 and "agreement" in got[0] and "indemnity" not in got[0], got


def test_it_is_not_what_someone_needs_it_for() -> None:
    got = tasks(
        [
            (THEO, "What we're really missing is the delivery schedule for the pop-up kits."),
            (PRITI, "It'll all be in the logistics tracker."),
            (THEO, "Can you get that to us today? Nell needs it for the store briefing."),
            (PRITI, "Yes, leave it with me. You'll have it this afternoon."),
        ]
    )
    assert len(got) == 1 and "schedule" in got[0] and "briefing" not in got[0], got


@pytest.mark.parametrize(
    "suggested",
    [
        "Owen, it'd be really useful to walk the flagship store before we finalise the layout.",
        "Owen, it would be good to see the flagship store before the layout is locked.",
    ],
)
def test_doing_that_takes_on_what_was_just_said_worth_doing(suggested: str) -> None:
    got = tasks(
        [
            (PRITI, "Let me check the shelf sizes with the stores first."),
            (NELL, suggested),
            (OWEN, "Next Monday? Yes, I can do that."),
        ]
    )
    own = [t for t in got if "shelf" not in t]
    assert own and "flagship store" in own[-1] and not any("shelf" in t for t in got[1:]), got


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll send the deck and the budget tracker by Friday.", "send the deck and the budget tracker"),
        ("Sure, I can pull the aerial view and the drone stills.", "pull the aerial view and the drone stills"),
    ],
)
def test_a_list_of_objects_keeps_its_and(said: str, task: str) -> None:
    got = tasks([(PRITI, "What do you need from us for the refit?"), (NELL, said)])
    assert got == [task], got


@pytest.mark.parametrize(
    ("named", "role"),
    [
        ("There's a composer in Leeds we've worked with who'd be perfect.", "composer"),
        ("We know a freelance copywriter who does exactly this tone.", "copywriter"),
    ],
)
def test_him_or_her_is_the_person_named_by_role(named: str, role: str) -> None:
    got = tasks(
        [
            (NELL, "For the sting we could license a track or have one written."),
            (PRITI, "Written. Licensing is too dear."),
            (THEO, named),
            (NELL, "I'll brief her tomorrow, then." if role == "copywriter" else "I'll brief him tomorrow, then."),
        ]
    )
    assert len(got) == 1 and role in got[0], got


@pytest.mark.parametrize("opener", ["Right", "Okay", "Next"])
def test_a_word_set_off_before_the_thing_is_not_part_of_it(opener: str) -> None:
    got = tasks(
        [
            (THEO, f"{opener}, supplier shortlist. We've narrowed it to four."),
            (PRITI, "Great, can we see the four?"),
            (THEO, "Yes, I'll circulate it tonight."),
        ]
    )
    assert len(got) == 1 and "supplier shortlist" in got[0] and opener not in got[0], got
