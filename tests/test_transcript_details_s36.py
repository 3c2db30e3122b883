"""A transcript typed or pasted by hand, found by trying the product as a new user would: it opens with the meeting's
details, one "Label: value" line each ("Date: 3 December 2026", "Client: Harbour Gin", "Attendees: Maya Brooks
(Agency, Account Director), …"), as a sidecar would give them. Before, each line was a speaker: the report listed
"Date", "Client" and "Attendees" among the attendees, had no client, and was dated by the file's modification time.
Those lines are the meeting's details now, read as a sidecar's fields (a date that reads two ways is refused the
same way), and an attendee written "Name (Side, Role)" has that side and role, in a sidecar too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

from pipeline import ingest
from pipeline.errors import InputFileError

CALL = """\
Date: 3 December 2026
Client: Harbour Gin
Attendees: Maya Brooks (Agency, Account Director), Leo Grant (Agency), Hannah Cole (Client, Brand Manager)

Maya Brooks: Morning both. Two routes for January.
Hannah Cole: Let's go with the winter warmers.
Leo Grant: Great. I'll get three scamps over to you by next Wednesday.
Hannah Cole: Perfect.
"""


def read(tmp_path: Path, text: str, name: str = "call.txt") -> tuple[list[str | None], ingest.MeetingMeta | None]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    transcript, meta = ingest.read_transcript_file(path)
    return [s.speaker for s in transcript.segments], meta


def test_the_details_a_transcript_opens_with_are_the_meetings_not_speakers(tmp_path: Path) -> None:
    speakers, meta = read(tmp_path, CALL)
    assert speakers == ["Maya Brooks", "Hannah Cole", "Leo Grant", "Hannah Cole"]
    assert meta is not None
    assert (meta.date, meta.client) == (dt.date(2026, 12, 3), "Harbour Gin")
    assert [(a.name, a.side, a.role) for a in meta.attendees] == [
        ("Maya Brooks", "agency", "Account Director"),
        ("Leo Grant", "agency", None),
        ("Hannah Cole", "client", "Brand Manager"),
    ]


def test_the_drafted_meeting_is_dated_and_its_attendees_sided(tmp_path: Path) -> None:
    path = tmp_path / "Harbour Gin Q1 planning.txt"
    path.write_text(CALL, encoding="utf-8")
    transcript, embedded = ingest.read_transcript_file(path)
    meeting = ingest.build_meeting(path, transcript, "0" * 64, embedded)
    assert (meeting.date, meeting.date_source, meeting.client) == (dt.date(2026, 12, 3), "transcript", "Harbour Gin")
    assert {a.name: a.side for a in meeting.attendees} == {
        "Maya Brooks": "agency", "Leo Grant": "agency", "Hannah Cole": "client",
    }  # fmt: skip


def test_a_title_line_and_attendees_listed_a_line_each(tmp_path: Path) -> None:
    text = (
        "Harbour Gin - Q1 planning\nDate: Thursday 3 December 2026\nTime: 10:00\nAttendees:\n- Maya Brooks (Agency)\n"
        "- Hannah Cole (Harbour Gin)\n\n" + CALL.split("\n\n", 1)[1]
    )
    speakers, meta = read(tmp_path, text)
    assert speakers == ["Maya Brooks", "Hannah Cole", "Leo Grant", "Hannah Cole"]
    assert meta is not None and (meta.title, meta.date) == ("Harbour Gin - Q1 planning", dt.date(2026, 12, 3))
    assert [(a.name, a.side) for a in meta.attendees] == [("Maya Brooks", "agency"), ("Hannah Cole", None)]


def test_a_word_document_typed_the_same_way(tmp_path: Path) -> None:
    document = docx.Document()
    for line in CALL.splitlines():
        document.add_paragraph(line)
    document.save(str(tmp_path / "call.docx"))
    transcript, meta = ingest.read_transcript_file(tmp_path / "call.docx")
    assert [s.speaker for s in transcript.segments] == ["Maya Brooks", "Hannah Cole", "Leo Grant", "Hannah Cole"]
    assert meta is not None and (meta.date, meta.client) == (dt.date(2026, 12, 3), "Harbour Gin")


def test_a_date_that_reads_two_ways_is_refused_saying_why(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="could be 3 December 2026 or March 12, 2026"):
        read(tmp_path, CALL.replace("3 December 2026", "03/12/2026"))


@pytest.mark.parametrize(
    "text",
    [
        "Client: Morning.\nAgency: Morning. I'll send the deck by Friday.\nClient: Great, thanks.\n",
        # the client speaks once, first: still said, not the client's name
        "Client: Morning all, shall we start?\nAgency: Yes. I'll send the deck by Friday.\nMaya Brooks: Great.\n"
        "Agency: And the plan Monday.\n",
    ],
)
def test_speakers_named_by_their_side_stay_speakers(tmp_path: Path, text: str) -> None:
    """A transcript whose speakers are "Client" and "Agency" is speech from its first line."""
    speakers, meta = read(tmp_path, text)
    assert speakers[:2] == ["Client", "Agency"]
    assert meta is None or meta.client is None


def test_a_sidecar_attendee_written_with_side_and_role(tmp_path: Path) -> None:
    sidecar = tmp_path / "call.meeting.yaml"
    sidecar.write_text(
        "client: Harbour Gin\nattendees:\n  - Maya Brooks (Agency, Account Director)\n  - Hannah Cole (Harbour Gin)\n"
        "  - Tom Reid (Head of Trade)\n",
        encoding="utf-8",
    )
    meta = ingest.read_sidecar(sidecar)
    assert [(a.name, a.side, a.role) for a in meta.attendees] == [
        ("Maya Brooks", "agency", "Account Director"),
        ("Hannah Cole", "client", None),
        ("Tom Reid", None, "Head of Trade"),
    ]
