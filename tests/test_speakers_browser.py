"""In a real browser, the AE names an unnamed speaker and the action items that speaker promised change owner.

The two-voice recording is drafted without its sidecar, so nobody can be named: its speakers are "Speaker 1" and
"Speaker 2". Renaming "Speaker 2" on the review page reruns extraction for the meeting (keeping the AE's decisions).
"""

from __future__ import annotations

import shutil

import pytest

from pipeline import speakers
from tests.speakers_support import SAMPLE
from tests.test_review_browser import browser, server  # noqa: F401  (fixtures)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(not speakers.available(), reason="the Resemblyzer wheel is not installed"),
]


def test_renaming_a_speaker_changes_the_owners(settings, server, browser) -> None:  # noqa: F811
    from pipeline.draft import draft_meeting

    shutil.copy(SAMPLE, settings.inbox / SAMPLE.name)  # no sidecar: no attendee list, no names
    diarizing = settings.model_copy(update={"diarize": True})  # speakers are opt-in (DEBRIEF_DIARIZE=1)
    record = draft_meeting(settings.inbox / SAMPLE.name, settings.reports, diarizing).record
    mid = record.meeting_id
    prices = next(i for i, a in enumerate(record.action_items) if "prices" in a.task)
    assert record.action_items[prices].owner == "Speaker 2"

    page = browser.new_page(viewport={"width": 1440, "height": 1000}, locale="en-GB")
    page.set_default_timeout(15_000)
    page.goto(f"{server}/meetings/{mid}")
    speakers_card = page.locator("#speakers")
    assert speakers_card.get_attribute("open") is not None  # unnamed speakers: the card is open
    assert "Speaker 2" in page.locator(f"#action-{prices}").inner_text()

    form = speakers_card.locator("form", has=page.locator("input[name=speaker][value='Speaker 2']"))
    form.locator("input[name=name]").fill("Tom Reid")
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    page.wait_for_selector("#speakers")

    assert page.locator(f"#action-{prices} select[name=owner]").input_value() == "Tom Reid"
    labels = page.locator("#speakers .speaker-label").all_inner_texts()
    assert sorted(labels) == ["Speaker 1", "Tom Reid"]
    assert "Tom Reid" in page.locator("#transcript").inner_text()
