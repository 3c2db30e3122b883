"""Transcripts as people download them: Otter's .txt and Teams' "Download as .docx" put the speaker's name and the time
on a line of their own above the words; Word's Transcribe puts the time first. Found by trying the product as a new
user would: an Otter .txt was read as one turn with no speaker (every owner lost), and a Teams .docx was refused."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from pipeline import ingest, transcripts
from pipeline.errors import InputFileError
from pipeline.settings import Settings
from pipeline.watch import watch

OTTER = """Priya Shah  0:02
Morning Dan. Where are we with the store signage?

Dan Okoro  0:09
Proofs came back yesterday. I'll send the final artwork to the printer by Thursday.

Priya Shah  0:17
Great. And the window vinyls?

Dan Okoro  0:21
Still waiting on sizes. I'll chase the landlord today.

Transcribed by https://otter.ai
"""

# Teams' Word download: the meeting's title (its recording's name), date and length, then each speaker's name and
# time with a line break before what they said
TEAMS_HEADING = [
    "Halden Cycles launch check-in-20261110_140203-Meeting Recording",
    "November 10, 2026, 2:02PM",
    "12m 40s",
]
TEAMS_TURNS = [
    ("Maya Lindqvist", "0:03", "Hi both. Shall we start with the launch film?"),
    ("Joel Banner", "0:10", "Sure. The grade is done. I'll send the final cut over by Friday."),
    ("Maya Lindqvist", "0:19", "Lovely. Could you also book the voiceover session for next week?"),
    ("Joel Banner", "0:26", "Yes, I'll do that tomorrow."),
]


def teams_docx(path: Path, heading: list[str] = TEAMS_HEADING, turns: list[tuple[str, str, str]] = TEAMS_TURNS) -> Path:
    document = docx.Document()
    for line in heading:
        document.add_paragraph(line)
    document.add_paragraph("Maya Lindqvist started transcription")
    for name, time, text in turns:
        paragraph = document.add_paragraph(f"{name}   {time}")
        paragraph.add_run().add_break()
        paragraph.add_run(text)
    document.save(str(path))
    return path


def test_an_otter_export_keeps_its_speakers_and_times() -> None:
    segments = transcripts.parse_plain(OTTER)
    assert [(s.speaker, s.start) for s in segments] == [
        ("Priya Shah", 2.0),
        ("Dan Okoro", 9.0),
        ("Priya Shah", 17.0),
        ("Dan Okoro", 21.0),
    ]
    assert segments[-1].text == "Still waiting on sizes. I'll chase the landlord today."  # the service's line left out


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("Sarah Chen  0:03", ("Sarah Chen", 3.0)),
        ("[Sarah Chen] 00:01:23", ("Sarah Chen", 83.0)),
        ("00:00:03 Speaker 1", ("Speaker 1", 3.0)),  # Word's Transcribe
        ("Ana de Souza\t1:02:03", ("Ana de Souza", 3723.0)),
        ("Élodie Brun   0:07", ("Élodie Brun", 7.0)),
        ("Let's meet at 10:30", None),
        ("See you at 9:30", None),
        ("Book it for the 14th at 10:00", None),
    ],
)
def test_a_line_naming_the_speaker_and_the_time(line: str, head: tuple[str, float] | None) -> None:
    assert transcripts.name_and_time(line) == head


def test_a_said_time_inside_speaker_text_lines_stays_said() -> None:
    """In a ``Speaker: text`` transcript a line "Fine 10:30" carries on the turn; it names nobody."""
    segments = transcripts.parse_plain("Ann: When shall we meet?\nBen: Thursday works.\nFine 10:30\nAnn: Great.\n")
    assert [(s.speaker, s.text) for s in segments] == [
        ("Ann", "When shall we meet?"),
        ("Ben", "Thursday works. Fine 10:30"),
        ("Ann", "Great."),
    ]


def test_word_transcribe_puts_the_time_first() -> None:
    text = "00:00:01 Speaker 1\nShall we go?\n00:00:04 Speaker 2\nYes.\n00:00:06 Speaker 1\nGood.\n"
    assert [(s.speaker, s.text) for s in transcripts.parse_plain(text)] == [
        ("Speaker 1", "Shall we go?"),
        ("Speaker 2", "Yes."),
        ("Speaker 1", "Good."),
    ]


def test_a_teams_word_download_is_read_with_its_title_and_date(tmp_path: Path) -> None:
    transcript, meta = ingest.read_transcript_file(teams_docx(tmp_path / "check-in.docx"))
    assert transcript.source_kind == "docx"
    assert [s.speaker for s in transcript.segments] == ["Maya Lindqvist", "Joel Banner"] * 2
    assert transcript.segments[1].text == "Sure. The grade is done. I'll send the final cut over by Friday."
    assert meta is not None and (meta.title, meta.date) == ("Halden Cycles launch check-in", dt.date(2026, 11, 10))


@pytest.mark.parametrize(
    ("heading", "title", "date"),
    [
        (["Weekly status", "10 November 2026 14:00", "32m 5s"], "Weekly status", dt.date(2026, 11, 10)),
        (["Transcript", "2026-11-10"], None, dt.date(2026, 11, 10)),
        (["Weekly status"], "Weekly status", None),
        (["Weekly status (Q4)", "Nov 10, 2026 at 2:02 PM"], "Weekly status (Q4)", dt.date(2026, 11, 10)),
    ],
)
def test_the_heading_gives_title_and_date(heading: list[str], title: str | None, date: dt.date | None) -> None:
    meta = transcripts.heading_meta(heading)
    assert meta is not None and (meta.title, meta.date) == (title, date)


def test_word_documents_that_are_not_transcripts_are_refused_with_the_reason(tmp_path: Path) -> None:
    memo = docx.Document()
    for line in ("Minutes", "Client: Kestrel", "Date: 10 November", "We went through the plan."):
        memo.add_paragraph(line)
    memo.save(str(tmp_path / "memo.docx"))
    (tmp_path / "old.docx").write_bytes(b"\xd0\xcf\x11\xe0 an old binary .doc renamed")
    own = docx.Document()
    own.core_properties.author = "debrief"
    own.save(str(tmp_path / "report.docx"))
    reasons = {
        "memo.docx": "this Word document is not a transcript",
        "old.docx": "not a Word document (an old .doc, or a damaged download?)",
        "report.docx": "this is a document debrief wrote",
    }
    for name, reason in reasons.items():
        with pytest.raises(InputFileError, match=reason.replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")):
            ingest.read_transcript_file(tmp_path / name)


@pytest.mark.slow
def test_debrief_process_drafts_a_teams_docx_and_an_otter_txt(tmp_path: Path) -> None:
    """As a user runs it: owners from the speakers, dates from the document's own date."""
    import os

    teams = teams_docx(tmp_path / "check-in.docx")
    otter = tmp_path / "signage.txt"
    otter.write_text(OTTER, encoding="utf-8")
    (tmp_path / "signage.meeting.yaml").write_text("date: 2026-11-10\nclient: Brightwell\n", encoding="utf-8")
    env = {**os.environ, "DEBRIEF_HOME": str(tmp_path / "home"), "HF_HUB_OFFLINE": "1"}
    env.pop("PREFECT_API_URL", None)
    cmd = [sys.executable, "-m", "pipeline.cli", "process", str(teams), str(otter), "--out", str(tmp_path / "out")]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    drafted = json.loads((tmp_path / "out" / "check-in.json").read_text(encoding="utf-8"))
    assert drafted["meeting"]["title"] == "Halden Cycles launch check-in"
    items = {(i["owner"], i["task"].split(" of ")[0], i["due"]) for i in drafted["action_items"]}
    assert items == {
        ("Joel Banner", "send the final cut", "2026-11-13"),
        ("Joel Banner", "book the voiceover session", "2026-11-11"),
    }
    drafted = json.loads((tmp_path / "out" / "signage.json").read_text(encoding="utf-8"))
    owners = {i["owner"] for i in drafted["action_items"]}
    assert owners == {"Dan Okoro"}, drafted["action_items"]


@pytest.mark.slow
def test_a_teams_docx_dropped_in_the_watched_folder_is_drafted(settings: Settings) -> None:
    teams_docx(settings.inbox / "check-in.docx")
    outcomes = watch(None, settings, once=True, settle=0.2, interval=0.05, preload=False, echo=lambda _line: None)
    assert [o.status for o in outcomes] == ["done"]
    assert (settings.processed / "check-in.docx").exists()
    assert [p.name for p in settings.reports.glob("*.json")] == ["check-in.json"]


def test_a_google_meet_transcript_saved_as_a_document(tmp_path: Path) -> None:
    """Google Meet: the title with its date and "- Transcript", the attendees, a time every five minutes, then
    ``Speaker: text`` lines; a time on its own is not said by anyone."""
    document = docx.Document()
    lines = [
        "Orchard launch sync (2026-11-10 14:02 GMT) - Transcript",
        "Attendees",
        "Maya Lindqvist, Joel Banner, Ines Ortega",
        "Transcript",
        "00:00:00",
        "Maya Lindqvist: Shall we start with the film?",
        "Joel Banner: Yes. I'll send the final cut by Friday.",
        "00:05:00",
        "Maya Lindqvist: Great, thanks.",
    ]
    for line in lines:
        document.add_paragraph(line)
    document.save(str(tmp_path / "sync.docx"))
    transcript, meta = ingest.read_transcript_file(tmp_path / "sync.docx")
    assert [(s.speaker, s.text) for s in transcript.segments] == [
        ("Maya Lindqvist", "Shall we start with the film?"),
        ("Joel Banner", "Yes. I'll send the final cut by Friday."),
        ("Maya Lindqvist", "Great, thanks."),
    ]
    assert meta is not None and (meta.title, meta.date) == ("Orchard launch sync", dt.date(2026, 11, 10))
    assert [a.name for a in meta.attendees] == ["Maya Lindqvist", "Joel Banner", "Ines Ortega"]


def test_a_text_transcript_under_a_heading(tmp_path: Path) -> None:
    """The same heading in a .txt: the title and date are read from it, and it is not a turn nobody said."""
    path = tmp_path / "sync.txt"
    path.write_text(
        "Orchard launch sync - Transcript\n10 November 2026\n\nMaya Lindqvist: Shall we start?\n"
        "Joel Banner: Yes. I'll send the final cut by Friday.\nMaya Lindqvist: Great.\n",
        encoding="utf-8",
    )
    transcript, meta = ingest.read_transcript_file(path)
    assert [s.speaker for s in transcript.segments] == ["Maya Lindqvist", "Joel Banner", "Maya Lindqvist"]
    assert meta is not None and (meta.title, meta.date) == ("Orchard launch sync", dt.date(2026, 11, 10))


@pytest.mark.parametrize(
    "form",
    ["{name} ({time}):", "{name}: ({time})", "{name}   {time}", "[{name}] {time}"],
)
def test_each_way_of_writing_the_name_and_time_above_the_words(form: str) -> None:
    text = "\n".join(
        f"{form.format(name=name, time=time)}\n{said}\n"
        for name, time, said in (
            ("Sarah Chen", "00:00:03", "Shall we start?"),
            ("Tom Reid", "00:00:08", "Yes: I'll send it Friday."),
            ("Sarah Chen", "00:00:12", "Great."),
        )
    )
    assert [(s.speaker, s.start, s.text) for s in transcripts.parse_plain(text)] == [
        ("Sarah Chen", 3.0, "Shall we start?"),
        ("Tom Reid", 8.0, "Yes: I'll send it Friday."),
        ("Sarah Chen", 12.0, "Great."),
    ]


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Tom Reid (Guest)", "Tom Reid"),
        ("Ana Souza (she/her)", "Ana Souza"),
        ("Sam Lee [Kestrel]", "Sam Lee"),
        ("Chen, Sarah", "Sarah Chen"),  # a company directory's Last, First
        ("Reid, Tom (UK - London)", "Tom Reid"),
        ("Speaker 1", "Speaker 1"),
        ("Dr. Amy Wu", "Dr. Amy Wu"),
        ("(Guest)", "(Guest)"),
        ("Marketing, Kestrel Cider and Co, Ltd", "Marketing, Kestrel Cider and Co, Ltd"),
    ],
)
def test_the_person_in_a_display_name(label: str, name: str) -> None:
    assert transcripts.display_name(label) == name


DISPLAY_NAMES = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Chen, Sarah>Morning Tom. Where are we on the media plan?</v>

00:00:05.000 --> 00:00:09.000
<v Tom Reid (Guest)>Nearly there. I'll send the revised plan by Friday.</v>

00:00:10.000 --> 00:00:13.000
<v Ana Souza (she/her)>And I'll send the brand guidelines to Sarah today.</v>
"""


def test_display_names_meet_the_attendees_they_are(tmp_path: Path) -> None:
    """Teams and Zoom label a voice with its display name; the report names the attendee, once."""
    from pipeline.extract import extract

    path = tmp_path / "call.vtt"
    path.write_text(DISPLAY_NAMES, encoding="utf-8")
    (tmp_path / "call.meeting.yaml").write_text(
        "date: 2026-11-10\nclient: Kestrel Cider\nattendees:\n  - {name: Sarah Chen, side: agency}\n"
        "  - {name: Tom Reid, side: client}\n  - {name: Ana Souza, side: client}\n",
        encoding="utf-8",
    )
    transcript, meta = ingest.read_transcript_file(path)
    meeting = ingest.build_meeting(path, transcript, ingest.sha256_file(path), meta)
    assert [a.name for a in meeting.attendees] == ["Sarah Chen", "Tom Reid", "Ana Souza"]
    settings = Settings(models_dir=Path(__file__).resolve().parents[1] / "models")
    owners = [i.owner for i in extract(transcript, meeting, settings).action_items]
    assert owners == ["Tom Reid", "Ana Souza"]


def test_attendees_given_by_first_name_take_the_speakers_full_names(tmp_path: Path) -> None:
    """A quick sidecar lists "Sarah" and "Tom"; the transcript's voices are Sarah Chen and Tom Reid: each is one
    attendee, with the sidecar's side. Two attendees of one first name are left as written."""
    path = tmp_path / "call.vtt"
    path.write_text(DISPLAY_NAMES, encoding="utf-8")
    sidecar = tmp_path / "call.meeting.yaml"
    sidecar.write_text(
        "date: 2026-11-10\nattendees:\n  - {name: Sarah, side: agency}\n  - {name: Tom, side: client}\n",
        encoding="utf-8",
    )
    transcript, meta = ingest.read_transcript_file(path)
    meeting = ingest.build_meeting(path, transcript, ingest.sha256_file(path), meta)
    assert [(a.name, a.side) for a in meeting.attendees] == [
        ("Sarah Chen", "agency"),
        ("Tom Reid", "client"),
        ("Ana Souza", None),
    ]
    sidecar.write_text(
        "date: 2026-11-10\nattendees:\n  - {name: Tom, side: client}\n  - {name: Tom, side: agency}\n",
        encoding="utf-8",
    )
    meeting = ingest.build_meeting(path, transcript, ingest.sha256_file(path), meta)
    assert [a.name for a in meeting.attendees] == ["Tom", "Tom", "Sarah Chen", "Tom Reid", "Ana Souza"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_transcript_with_its_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    """Notepad's "Unicode" and Windows PowerShell's ">" write UTF-16 with a byte-order mark."""
    path = tmp_path / "call.txt"
    text = "Zoë Hart: Shall we go with the café shot?\nTom Reid: Yes. I'll book it today.\n"
    path.write_bytes((text if encoding == "utf-16" else "\ufeff" + text).encode(encoding))  # "utf-16" writes the mark
    transcript, _ = ingest.read_transcript_file(path)
    assert [(s.speaker, s.text) for s in transcript.segments] == [
        ("Zoë Hart", "Shall we go with the café shot?"),
        ("Tom Reid", "Yes. I'll book it today."),
    ]


@pytest.mark.parametrize(
    ("title", "client"),
    [
        ("Kestrel Cider weekly status", "Kestrel Cider"),
        ("WIP - kestrel cider", "Kestrel Cider"),
        ("Kestrel Cider Co launch", "Kestrel Cider Co"),  # the longest name the title holds
        ("Kestrels and cider", None),
        ("Weekly status", None),
        ("Halden shoot catch-up", "Halden Cycles"),  # the name as people shorten it (session 37)
        ("WIP - Halden", "Halden Cycles"),
        ("Kestrel WIP", None),  # two known clients start so
        ("halden shoot", None),  # not written as a name
        ("Blue sky session", None),  # a word that opens many names
    ],
)
def test_the_known_client_a_title_names(title: str, client: str | None) -> None:
    known = ["Halden Cycles", "Kestrel Cider", "Kestrel Cider Co", "Blue Harbour"]
    assert ingest.client_named(title, known) == client


def test_a_transcript_without_a_sidecar_takes_the_known_client_its_title_names(
    settings: Settings, tmp_path: Path
) -> None:
    """A Teams download has no client; when the workspace already drafted that client's meetings and the title
    names them, the report is theirs."""
    from pipeline.draft import draft_meeting

    first = tmp_path / "kickoff.txt"
    first.write_text(OTTER, encoding="utf-8")
    (tmp_path / "kickoff.meeting.yaml").write_text("date: 2026-11-03\nclient: Halden Cycles\n", encoding="utf-8")
    draft_meeting(first, tmp_path / "out", settings)
    named = draft_meeting(teams_docx(tmp_path / "Halden Cycles check-in.docx"), tmp_path / "out", settings)
    assert named.record.meeting.client == "Halden Cycles"
    unnamed = teams_docx(tmp_path / "check-in.docx", heading=["Launch check-in", "November 10, 2026, 2:02PM"])
    assert draft_meeting(unnamed, tmp_path / "out", settings).record.meeting.client is None
