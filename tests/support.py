"""What the tests share that is not a fixture: the paths of the bundled samples and rules, a free port, the
sample transcript in variants with their own content hash, and the extractor run on a dialogue. (Fixtures are in
``conftest.py``.)"""

from __future__ import annotations

import datetime as dt
import json
import socket
from pathlib import Path

from pipeline.extract import extract
from pipeline.schemas import Attendee, Extraction, Meeting, Segment, Transcript
from pipeline.settings import REPO_ROOT, Settings

SHARED = REPO_ROOT.parent / "shared"
SAMPLES = REPO_ROOT / "samples"
MODELS = REPO_ROOT / "models"
VTT = SAMPLES / "pennant-social-review.vtt"


# the four people of the extraction tests' dialogues: two at the agency, two at the client
PEOPLE = [
    Attendee(name="Nadia Brooks", side="agency"),
    Attendee(name="Owen Price", side="agency"),
    Attendee(name="Lucy Tam", side="client"),
    Attendee(name="Will Ferris", side="client"),
]
NADIA, OWEN, LUCY, WILL = (p.name for p in PEOPLE)
# the four on the calls of the item tests (test_extract_not_items.py, test_extract_sessions.py), a Wednesday
CALL = [
    Attendee(name="Nell Garside", side="agency"),
    Attendee(name="Theo Marsh", side="agency"),
    Attendee(name="Priti Anand", side="client"),
    Attendee(name="Owen Lacey", side="client"),
]
CALL_DATE = dt.date(2026, 3, 4)
NEXT = ("Owen Lacey", "Right, the radio copy next.")


# the same four with roles, for the learned scorers (seniority is one of their features), and the day of their calls
ROLES = [
    Attendee(name=NADIA, side="agency", role="Account Director"),
    Attendee(name=OWEN, side="agency", role="Designer"),
    Attendee(name=LUCY, side="client", role="Marketing Director"),
    Attendee(name=WILL, side="client", role="Brand Manager"),
]
ROLES_DAY = dt.date(2026, 3, 10)


def header(attendees: list[Attendee], date: dt.date, kind: str = "gold-json", **meeting: str) -> Meeting:
    """The meeting header of a dialogue the tests draft ("t", from a source of ``kind``)."""
    return Meeting(
        meeting_id="t",
        title="t",
        date=date,
        attendees=attendees,
        source_name=f"t.{kind}",
        source_kind=kind,
        content_sha256="0",
        **meeting,
    )


def write_gold(
    folder: Path,
    name: str,
    lines: list[tuple[str, str]],
    actions: tuple[int, ...] = (),
    agreements: tuple[int, ...] = (),
) -> None:
    """A meeting of ``ROLES`` in the evaluation kit's gold format, its gold items and agreements the given turns."""
    data = {
        "meeting_id": name,
        "title": name,
        "client": "Brightwater",
        "agency": "Northlight",
        "meeting_date": ROLES_DAY.isoformat(),
        "attendees": [{"name": a.name, "org": a.side, "role": a.role} for a in ROLES],
        "turns": [{"speaker": who, "text": text} for who, text in lines],
        "gold": {
            "action_items": [{"turn": k, "owner": lines[k][0], "task": lines[k][1], "due": None} for k in actions],
            "agreements": [{"turn": k, "text": lines[k][1]} for k in agreements],
        },
    }
    (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def vtt_variant(folder: Path, name: str, n: int) -> Path:
    """The sample transcript with a distinct NOTE block, so each variant has its own content hash."""
    text = VTT.read_text(encoding="utf-8").replace("WEBVTT", f"WEBVTT\n\nNOTE variant {n}", 1)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def extract_turns(
    turns: list[tuple[str | None, str]],
    attendees: list[Attendee],
    date: dt.date,
    kind: str = "gold-json",
    step: float = 1.0,
    **meeting: str,
) -> Extraction:
    """The real extractor on a meeting given as (speaker, text) turns, one every ``step`` seconds, from a source of
    ``kind``; ``meeting`` adds fields such as ``agency`` and ``client``."""
    segments = [Segment(index=k, text=text, speaker=who, start=k * step) for k, (who, text) in enumerate(turns)]
    transcript = Transcript(source_kind=kind, segments=segments)
    return extract(transcript, header(attendees, date, kind, **meeting), Settings(models_dir=MODELS))


def written_call(path: Path) -> Extraction:
    """The real extractor on a call written in the gold format (``tests/data/*/``), a turn every ten seconds."""
    gold = json.loads(path.read_text())
    people = [Attendee(name=a["name"], side=a["org"]) for a in gold["attendees"]]
    turns = [(t["speaker"], t["text"]) for t in gold["turns"]]
    date = dt.date.fromisoformat(gold["meeting_date"])
    return extract_turns(turns, people, date, step=10.0, agency=gold["agency"], client=gold["client"])


def item_rows(
    turns: list[tuple[str | None, str]], attendees: list[Attendee], date: dt.date
) -> list[tuple[int | None, object, str | None]]:
    """(turn, owner, ISO due) of each action item the real extractor finds in a dialogue, turns 10 s apart."""
    found = extract_turns(turns, attendees, date, "gold-json", step=10.0).action_items
    return [(a.turn, a.owner, a.due.isoformat() if a.due else None) for a in found]


def call(turns: list[tuple[str | None, str]]) -> Extraction:
    """The real extractor on a call of the ``CALL`` four on ``CALL_DATE``, a turn every ten seconds."""
    return extract_turns(turns, CALL, CALL_DATE, step=10.0)


# two turns on another matter that open a call, so that what a test says is not the call's first words
OPENING = [
    ("Priti Anand", "So the stockists get the new price list on Monday."),
    ("Theo Marsh", "Yes, that's all in hand."),
]


def opened_call(turns: list[tuple[str | None, str]]) -> Extraction:
    """``call`` with ``OPENING`` first: the turns given are numbered from 2."""
    return call([*OPENING, *turns])


def agreed_at(turns: list[tuple[str | None, str]]) -> list[int]:
    """The turns of the agreements in a call of the ``CALL`` four (``call``)."""
    return [a.turn for a in call(turns).agreements if a.turn is not None]


def call_items(turns: list[tuple[str | None, str]]) -> list[tuple[str | list[str] | None, str, str | None, int | None]]:
    """(owner, task, ISO due, turn) of each action item in a call of the ``CALL`` four (``call``)."""
    return [(a.owner, a.task, a.due.isoformat() if a.due else None, a.turn) for a in call(turns).action_items]


def call_dues(turns: list[tuple[str, str]]) -> list[tuple[int | None, str | None]]:
    """(turn, ISO due) of each action item of a call of the ``CALL`` four, closed by ``NEXT``."""
    found = call([*turns, NEXT]).action_items
    return [(a.turn, a.due.isoformat() if a.due else None) for a in found]


def due_at(turns: list[tuple[str, str]], turn: int) -> str | None:
    """The ISO due of the item at ``turn`` of ``call_dues`` (there must be one)."""
    got = dict(call_dues(turns))
    assert turn in got, call([*turns, NEXT]).action_items
    return got[turn]


def opened_items(turns: list[tuple[str, str]]) -> list[tuple[str | list[str] | None, str, str | None]]:
    """(owner, task, ISO due) of each action item in ``opened_call`` of ``turns``, closed by ``NEXT``."""
    found = opened_call([*turns, NEXT]).action_items
    return [(a.owner, a.task, a.due.isoformat() if a.due else None) for a in found]


def opened_agreements(turns: list[tuple[str, str]]) -> list[str]:
    """The text of each agreement in ``opened_call`` of ``turns``, closed by ``NEXT``."""
    return [a.text for a in opened_call([*turns, NEXT]).agreements]


def opened_agreements_at(turns: list[tuple[str, str]]) -> list[tuple[int, str]]:
    """(turn, text) of each agreement in ``opened_call`` of ``turns``, closed by ``NEXT``, turns counted from the
    first given."""
    found = opened_call([*turns, NEXT]).agreements
    return [(a.turn - len(OPENING), a.text) for a in found if a.turn is not None]


def call_tasks(turns: list[tuple[str, str]]) -> list[str]:
    """The task of each action item in a call of the ``CALL`` four, closed by ``NEXT`` (another topic)."""
    return [task for _, task, _, _ in call_items([*turns, NEXT])]


def extract_spoken(turns: list[tuple[str, str]]) -> Extraction:
    """A client call of ``CALL`` drafted as from a recording (turns 10 s apart, no indices), with a closing turn on
    another topic so the last reply is not the end of the call."""
    closing = (CALL[3].name, "Right, the radio copy next.")
    return extract_turns([*turns, closing], CALL, CALL_DATE, kind="audio", step=10.0)
