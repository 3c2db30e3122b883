"""Session 52, task wording of sessions held together (branch words59).

* "together" goes before the thing "it" stands for only with a verb it makes one piece of work with ("pull it
  together" -> "pull together the numbers"); with any other verb it says who does the work ("if you and I ran it
  together" -> "run a workshop for the store managers together", not "run together a workshop …")
  (``wording._put_together``).
* "How about you and I do …" is a request's lead-in like "why don't you and I" (LEAD_IN ``request_wrapper``).
* A reply that only keeps the time free for a session put to it ("I'll block the whole day", "I'll block it out")
  is being free then, like "I can do the morning": the session's work is the task (``going._only_going``), and
  "the day" kept is no thing to complete from "a test day on the new booking site" said before
  (``objects.TIME_KEPT``).
* "Would you be up for a coffee?" is meeting for one (DELIVERY ``up_for_a_coffee``), not "be up for a coffee".
* A day said at the end of a task, after a comma or as "next Tuesday", "early next week", "through Monday week",
  is its due, not its words (CUT ``trailing_day``); "move the review to Friday" keeps its day.
* "I'd suggest you and me" for a session just offered ("a tasting at their place in Hove") puts who goes: the work
  is attending it, where it is held (``going._who_goes``, ``objects.session_place``).

The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and
Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

from tests.support import CALL, opened_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def test_doing_it_together_keeps_together_after_the_thing() -> None:
    items = opened_items(
        [
            (PRITI, "What would really help is a proper workshop for the store managers."),
            (THEO, "If you and I ran it together, it'd land better."),
            (PRITI, "Love that. Let's do it on Thursday."),
        ]
    )
    assert [task for _, task, _ in items] == ["run a workshop for the store managers together"]


def test_pulling_it_together_still_reads_pull_together() -> None:
    items = opened_items(
        [
            (PRITI, "We need the regional sales figures for the board."),
            (THEO, "I'll pull them together by Friday."),
        ]
    )
    assert [task for _, task, _ in items] == ["pull together the regional sales figures for the board"]


def test_how_about_you_and_i_is_a_lead_in() -> None:
    items = opened_items(
        [
            (
                NELL,
                "Priti, how about you and I do a proper read-through of the scripts at our office, Friday next week?",
            ),
            (PRITI, "Friday next week... yeah, I can do the morning. Let's do it."),
        ]
    )
    assert items[0] == ([NELL, PRITI], "do a read-through of the scripts at the office", "2026-03-13")
    assert not any("how about" in task for _, task, _ in items)


def test_blocking_the_day_is_the_session_put() -> None:
    items = opened_items(
        [
            (NELL, "Priti, I'd really like you and me to do a proper test day on the new booking site. Next Tuesday?"),
            (PRITI, "Next Tuesday? Yep, I'll block the whole day."),
        ]
    )
    assert items == [([NELL, PRITI], "do a test day on the new booking site together", "2026-03-10")]


def test_up_for_a_coffee_is_meeting_for_one() -> None:
    items = opened_items(
        [
            (NELL, "Priti, would you be up for a coffee before the pitch? Just you and me."),
            (PRITI, "Yeah, go on then. When?"),
            (NELL, "Monday week? I'll come up to Leeds."),
            (PRITI, "Monday week's fine."),
        ]
    )
    assert [task for _, task, _ in items] == ["meet for a coffee before the pitch"]


def test_a_day_said_after_the_session_is_its_due_not_its_task() -> None:
    items = opened_items(
        [
            (NELL, "Priti, why don't you and I do a read-through of the scripts, Friday next week?"),
            (PRITI, "Yes, fine."),
        ]
    )
    assert items == [([NELL, PRITI], "do a read-through of the scripts", "2026-03-13")]


def test_who_goes_to_a_session_offered_is_attending_it() -> None:
    items = opened_items(
        [
            (
                THEO,
                "On the food, the caterer has done a first pass at the menu. "
                "They've offered a tasting at their place in Hove.",
            ),
            (PRITI, "Oh, now we're talking."),
            (
                THEO,
                "I'd suggest you and me, Priti, and someone from the drinks side. "
                "They can do next Tuesday or Wednesday.",
            ),
            (PRITI, "Wednesday's no good for me. Tuesday, let's do Tuesday."),
        ]
    )
    assert items == [([THEO, PRITI], "attend the tasting at the place in Hove", "2026-03-10")]
