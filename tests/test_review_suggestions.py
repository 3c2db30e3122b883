"""Suggestions (pipeline/extract/suggest.py): a long, loose meeting the rules find little in gets the ranker's
next-best turns as ``suggested_*``; they are not items of the report until the AE accepts one ("Possibly also" on
the meeting page), which moves it into the items as accepted, audited. The meeting is written for this test."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from pipeline.store import Review, store_for
from tests.test_review_browser import ARGS, CHROMIUM, server  # noqa: F401  (fixture)

PEOPLE = ["Ana Ruiz", "Ben Okoro", "Cleo Marsh", "Dan Pike"]
TALK = [
    "I was looking at the remote controls people have at home and most of them are far too busy.",
    "Yeah, there are buttons nobody ever presses.",
    "Mm, the teletext button, for a start.",
    "Right, and the ones for the video recorder.",
    "What about the colour, do we have a feeling for that yet?",
    "Something bright maybe, so you can find it down the sofa.",
    "I don't know, bright can look cheap.",
    "The survey said younger people want it to look fancy.",
    "Fancy and simple at the same time, that's the trick.",
    "Okay.",
    "So the case could be curved, like a pebble.",
    "Curved is nice in the hand, I think.",
    "It makes the battery harder to fit though.",
    "We could put the battery at the back, under a clip.",
    "Hmm, yeah.",
    "And speech recognition, is that even in the budget?",
    "It costs about three euros a unit from what I found.",
    "That's a lot when the whole thing has to sell for twenty-five.",
]
DECIDED = [
    "So we go for the curved case with the battery at the back, yes?",
    "Then we stick with a single colour and the company logo on the bottom.",
    "You're going to work on the button layout for the next meeting.",
    "And you'll look into what a rubber case costs before next time.",
]


def long_meeting(folder: Path) -> Path:
    """A 150-turn design meeting in the gold JSON format: small talk with a few decisions and tasks near the end."""
    talk = itertools.cycle(TALK)
    turns = [{"speaker": PEOPLE[k % 4], "text": next(talk)} for k in range(140)]
    for k, text in enumerate(DECIDED):
        turns.insert(100 + 9 * k, {"speaker": PEOPLE[0], "text": text})
        turns.insert(101 + 9 * k, {"speaker": PEOPLE[(k % 3) + 1], "text": "Yeah, fine, let's do that."})
    meeting = {
        "meeting_id": "remote-design-2",
        "title": "Remote control design, second meeting",
        "client": "Real Reaction",
        "agency": "Design Team",
        "meeting_date": "2026-03-04",
        "attendees": [{"name": n, "org": "agency"} for n in PEOPLE],
        "turns": turns,
    }
    path = folder / "remote-design-2.json"
    path.write_text(json.dumps(meeting))
    return path


def drafted(settings):
    from pipeline.draft import draft_meeting

    return draft_meeting(long_meeting(settings.inbox), settings.reports, settings).record


def test_a_loose_long_meeting_gets_suggestions_apart_from_its_items(settings) -> None:
    record = drafted(settings)
    assert record.suggested_action_items and record.suggested_agreements
    assert len(record.action_items) + len(record.suggested_action_items) <= 12
    assert len(record.agreements) + len(record.suggested_agreements) <= 12
    item_turns = {a.turn for a in record.action_items}
    assert not item_turns & {s.turn for s in record.suggested_action_items}
    assert all(s.status == "proposed" and s.task for s in record.suggested_action_items)
    report = (settings.reports / "remote-design-2.md").read_text()
    only_suggested = [
        s.task for s in record.suggested_action_items if s.task not in {a.task for a in record.action_items}
    ]
    assert not any(task in report for task in only_suggested)


def test_a_short_meeting_has_no_suggestions(settings) -> None:
    from pipeline.draft import draft_meeting

    path = settings.inbox / "short.json"
    meeting = json.loads(long_meeting(settings.inbox).read_text())
    meeting["meeting_id"], meeting["turns"] = "short", meeting["turns"][95:125]
    path.write_text(json.dumps(meeting))
    record = draft_meeting(path, settings.reports, settings).record
    assert record.suggested_action_items == [] and record.suggested_agreements == []


def test_accepting_a_suggestion_moves_it_into_the_items_audited(settings) -> None:
    record = drafted(settings)
    store = store_for(settings)
    first = record.suggested_action_items[0]
    n = len(record.action_items)
    at = Review(store).accept_suggestion("remote-design-2", "action", 0, "Ana Ruiz")
    after = store.get("remote-design-2").to_record()
    assert at == n and after.action_items[n].task == first.task and after.action_items[n].status == "accepted"
    assert len(after.suggested_action_items) == len(record.suggested_action_items) - 1
    [row] = [r for r in store.audit("remote-design-2") if r.action == "accept_suggestion"]
    assert row.who == "Ana Ruiz" and row.before is None and row.after["task"] == first.task


@pytest.mark.slow
@pytest.mark.browser
def test_accept_a_suggestion_in_a_real_browser(settings, server) -> None:  # noqa: F811
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    record = drafted(settings)
    n, first = len(record.action_items), record.suggested_action_items[0]
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        page.set_default_timeout(15_000)
        page.goto(f"{server}/meetings/remote-design-2")
        page.wait_for_selector("#suggestions")
        assert "Possibly also" in page.locator("#suggestions h2").inner_text()
        assert first.task in page.locator("#suggestion-action-0").inner_text()
        page.locator("#suggestion-action-0 button.accept-suggestion").click()
        page.wait_for_selector(f"#action-{n}.accepted")
        assert first.task in page.locator(f"#action-{n}").inner_html()
        browser.close()
    after = store_for(settings).get("remote-design-2").to_record()
    assert after.action_items[n].status == "accepted" and after.action_items[n].task == first.task
