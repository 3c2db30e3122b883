"""A meeting sidecar as an AE writes it without reading the manual, found by trying the product as a new user would:
"date: 10 Nov 2026", attendees as plain names or grouped by side, "Date:" with a capital were each refused, so the
meeting was not drafted at all. What can be read one way only is read; what is ambiguous is refused saying why."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline import ingest
from pipeline.errors import InputFileError
from pipeline.schemas import Attendee


def sidecar(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "call.meeting.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "written",
    ["2026-11-10", "10 Nov 2026", "10 November 2026", "November 10, 2026", "Tuesday 10 November 2026", "Nov 10th 2026",
     "25/11/2026", "11/25/2026", "10.11.2026"],
)  # fmt: skip
def test_a_date_that_reads_one_way_only_is_read(tmp_path: Path, written: str) -> None:
    day = dt.date(2026, 11, 25) if "25" in written else dt.date(2026, 11, 10)
    if written == "10.11.2026":  # day first, as written with dots across Europe
        day = dt.date(2026, 11, 10)
    assert ingest.read_sidecar(sidecar(tmp_path, f"date: {written}\n")).date == day


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("10/11/2026", "could be 10 November 2026 or October 11, 2026; write 2026-11-10 or 2026-10-11"),
        ("Nov 10", "is not a date; use YYYY-MM-DD"),  # which year?
        ("31 Nov 2026", "is not a date"),
    ],
)
def test_a_date_that_reads_two_ways_or_none_is_refused_saying_why(tmp_path: Path, written: str, reason: str) -> None:
    with pytest.raises(InputFileError, match=reason):
        ingest.read_sidecar(sidecar(tmp_path, f"date: {written}\n"))


def test_attendees_as_plain_names(tmp_path: Path) -> None:
    meta = ingest.read_sidecar(sidecar(tmp_path, "attendees: [Sarah Chen, David Hughes]\n"))
    assert meta.attendees == [Attendee(name="Sarah Chen"), Attendee(name="David Hughes")]


def test_attendees_grouped_by_side(tmp_path: Path) -> None:
    text = "attendees:\n  agency: [Sarah Chen, {name: Tom Baker, role: Creative Director}]\n  client: [David Hughes]\n"
    meta = ingest.read_sidecar(sidecar(tmp_path, text))
    assert meta.attendees == [
        Attendee(name="Sarah Chen", side="agency"),
        Attendee(name="Tom Baker", side="agency", role="Creative Director"),
        Attendee(name="David Hughes", side="client"),
    ]


def test_field_names_as_people_write_them(tmp_path: Path) -> None:
    meta = ingest.read_sidecar(sidecar(tmp_path, "Date: 2026-11-10\nClient: Kestrel Cider\nNext meeting: Tue 17 Nov\n"))
    assert (meta.date, meta.client, meta.next_meeting) == (dt.date(2026, 11, 10), "Kestrel Cider", "Tue 17 Nov")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("clent: Kestrel\n", "clent: unknown field"),  # a misspelt field is still named
        ("attendees:\n  partners: [Sarah Chen]\n", "attendees: input should be a valid list"),  # no such side
        ("date: 2026-11-10\nDate: 2026-11-11\n", "Date: unknown field"),  # said twice: not guessed
    ],
)
def test_what_cannot_be_read_is_still_refused(tmp_path: Path, text: str, reason: str) -> None:
    with pytest.raises(InputFileError, match=reason):
        ingest.read_sidecar(sidecar(tmp_path, text))


def test_a_weekday_that_is_not_the_dates_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="11 November 2026 is a Wednesday"):
        ingest.read_sidecar(sidecar(tmp_path, "date: Tuesday 11 November 2026\n"))
