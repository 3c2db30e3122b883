"""Which dropped files are one meeting: a Teams/Zoom transcript and the recording of the same call.

A transcript and a recording pair when they share a stem (``call.vtt`` + ``call.m4a``) or when the sidecar of
either names the other (``recording: Zoom 0001.m4a`` in ``Weekly call.meeting.yaml`` beside ``Weekly call.vtt``).
A pair is drafted once, from the transcript's words and speakers, with no transcription; the recording is kept for
playback on the review page. Every other file stands alone (a recording is then transcribed).

Zoom's cloud recording names one call's files itself: ``GMT20261110-140203_Recording.m4a`` (the audio),
``…_Recording_1920x1080.mp4`` (the video, and ``_gallery_…`` views), ``…_Recording.transcript.vtt`` (the transcript,
with speakers) and ``…_Recording.cc.vtt`` (its closed captions). They are one meeting: drafted from the transcript
(else the audio), played from the audio (else the video); the other copies go with it, not drafted again.
Zoom's recording on the computer puts each call in a folder of its own, named by its local start and topic
(``2026-11-10 14.02.03 Kestrel weekly sync``), holding ``audio<id>.m4a``, ``video<id>.mp4``, ``playback<id>.m3u``
(a playlist), each participant's own track when asked for (``audioSarahChen<id>.m4a``) and the chat (``chat.txt``):
one meeting, drafted from the audio. Google Meet's recording and transcript differ only in their last word
(``Kestrel WIP - 2026/11/10 14:02 GMT - Recording.mp4``, ``… - Transcript.docx``): a pair. A call's chat
(``chat.txt``, ``meeting_saved_chat.txt``, the cloud's ``GMT…_RecordingnewChat.txt``) is what was typed, not said:
it goes with its call, never drafted. Teams names a recording by the meeting's subject and start
(``Kestrel WIP-20261110_140203-Meeting Recording.mp4``) and a transcript downloaded from the meeting's Recap by the
subject alone (``Kestrel WIP.vtt``, ``.docx``): a pair.

``pair`` is pure (names in, groups out); ``declared_partners`` reads the sidecars it needs, and ``for_inputs``
looks beside the files given to ``debrief process`` for their partners.

    >>> [g.names for g in pair([Path("a.m4a"), Path("a.vtt"), Path("b.m4a")])]
    [('a.vtt', 'a.m4a'), ('b.m4a',)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import DebriefError
from pipeline.settings import AUDIO_SUFFIXES, TRANSCRIPT_SUFFIXES
from pipeline.transcripts import RECORDING_NAME_RE

COMPANIONS = (".meeting.yaml", ".meeting.yml", ".meeting.json", ".segments.json", ".error.txt")
# Zoom's name for a cloud recording's files (the call's start in UTC), and what it adds for each copy of the call:
# its transcripts' own endings, a video's view and size
ZOOM_CALL = r"GMT(?P<start>\d{8}-\d{6})_Recording"
ZOOM_TRANSCRIPTS = (".transcript", ".cc")
ZOOM_CALL_RE = re.compile(
    rf"^(?P<call>{ZOOM_CALL})(?P<copy>{'|'.join(map(re.escape, ZOOM_TRANSCRIPTS))}|_[A-Za-z_]*\d+x\d+|newChat)?$"
)
# Zoom's recording on the computer: the files of one call share its number; the folder names the call
ZOOM_LOCAL_RE = re.compile(r"^(?P<kind>audio|video|playback)(?P<who>(?:[^\W\d_][\w'’.-]*?)?)(?P<id>\d{5,})$")
ZOOM_FOLDER_RE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{2}\.\d{2}\.\d{2}) (?P<topic>.+?)(?: (?P<meeting>\d{9,11}))?$"
)
ZOOM_CHATS = ("chat.txt", "meeting_saved_chat.txt")
ZOOM_TRACKS_FOLDER = "Audio Record"  # each participant's own track, in newer versions
# Google Meet names a call's recording and its transcript the same but for the end: "Kestrel WIP - 2026/11/10 14:02
# GMT - Recording" and "… - Transcript" (older: "Kestrel WIP (2026-11-10 at 14:02 GMT-8)" and "… - Transcript")
MEET_COPY_RE = re.compile(r"^(?P<call>.+?)\s*[-–—]\s*(?:Recording|Transcript)$", re.IGNORECASE)


@dataclass(frozen=True)
class MeetingFiles:
    """One meeting's files: where its words come from, and the recording kept for playback when that is another."""

    words: Path
    recording: Path | None = None
    others: tuple[Path, ...] = ()  # further copies of the same call (Zoom's captions, its video): not drafted

    @property
    def files(self) -> tuple[Path, ...]:
        return (self.words, *((self.recording,) if self.recording else ()), *self.others)

    def relocated(self, targets: Sequence[Path]) -> MeetingFiles:
        """The same meeting with its files (in the order of ``files``) at ``targets``."""
        recording = targets[1] if self.recording else None
        return MeetingFiles(targets[0], recording, tuple(targets[2 if self.recording else 1 :]))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.files)


def kind(path: Path) -> str | None:
    """'transcript', 'recording', or None for anything else (a sidecar, turn timings, a PDF)."""
    name = path.name.lower()
    if name.endswith(COMPANIONS):
        return None
    suffix = path.suffix.lower()
    return "recording" if suffix in AUDIO_SUFFIXES else "transcript" if suffix in TRANSCRIPT_SUFFIXES else None


def call_stem(path: Path) -> str:
    """The name of the call a file is of: its stem, without what Zoom adds for each copy of one call."""
    if zoom := ZOOM_CALL_RE.match(path.stem):
        return zoom["call"]
    if local := ZOOM_LOCAL_RE.match(path.stem):
        return f"zoom {local['id']}"
    if teams := RECORDING_NAME_RE.match(path.stem):
        return teams["title"]
    meet = MEET_COPY_RE.match(path.stem)
    return meet["call"] if meet else path.stem


def zoom_call(stem: str) -> bool:
    """Whether ``call_stem`` named a Zoom call, whose further copies go with the file it is drafted from."""
    return bool(ZOOM_CALL_RE.match(stem)) or stem.startswith("zoom ")


def is_chat(path: Path) -> bool:
    """A Zoom call's chat, by the name Zoom gives it."""
    return path.name.lower() in ZOOM_CHATS or (path.suffix.lower() == ".txt" and path.stem.endswith("newChat"))


def what_copy(path: Path) -> str:
    """What a further file of a call is, as the user is told it is not drafted."""
    if is_chat(path):
        return "the call's chat"
    local = ZOOM_LOCAL_RE.match(path.stem)
    if local and local["kind"] == "playback":
        return "Zoom's playlist of the call"
    return "one participant's own track" if local and local["who"] else "another copy of the call"


def is_zoom_folder(folder: Path) -> bool:
    """A folder of Zoom's recording on the computer: its name and a recording of the call in it."""
    return bool(ZOOM_FOLDER_RE.match(folder.name)) and any(
        (m := ZOOM_LOCAL_RE.match(p.stem)) and m["kind"] != "playback" and kind(p) == "recording"
        for p in folder.iterdir()
    )


def _rank(path: Path) -> tuple[bool, int, bool, str]:
    """Which of several same-stem candidates is the partner: the whole call before one participant's own track,
    then by the order of the suffix lists, then a transcript before closed captions, then by name."""
    suffix = path.suffix.lower()
    order = TRANSCRIPT_SUFFIXES if kind(path) == "transcript" else AUDIO_SUFFIXES
    own_track = bool((local := ZOOM_LOCAL_RE.match(path.stem)) and local["who"])  # one participant's voice only
    return (own_track, order.index(suffix) if suffix in order else len(order), path.stem.endswith(".cc"), path.name)


def pair(paths: Iterable[Path], declared: Mapping[Path, Path] | None = None) -> list[MeetingFiles]:
    """Group ``paths`` into meetings, in the order of their first file.

    ``declared``: file -> the partner its sidecar names (``declared_partners``); these pair first, then a transcript
    and a recording of the same stem in the same folder (the first of each by ``TRANSCRIPT_SUFFIXES`` /
    ``AUDIO_SUFFIXES`` order when there are several). Two transcripts or two recordings never pair."""
    items = list(dict.fromkeys(paths))
    partner: dict[Path, Path] = {}
    for a, b in (declared or {}).items():
        if a in partner or b in partner or b not in items or a not in items:
            continue
        if {kind(a), kind(b)} == {"transcript", "recording"}:
            partner[a], partner[b] = b, a
    stems: dict[tuple[Path, str], list[Path]] = {}
    for p in items:
        if p not in partner and (kind(p) is not None or ZOOM_LOCAL_RE.match(p.stem)):
            folder = p.parent.parent if p.parent.name == ZOOM_TRACKS_FOLDER else p.parent  # a track is its call's
            stems.setdefault((folder, call_stem(p)), []).append(p)
    for folder, stem in list(stems):  # a recording's chat.txt goes with the one call of its folder
        calls = [key for key in stems if key[0] == folder and key[1].startswith("zoom ")]
        if f"{stem.lower()}.txt" in ZOOM_CHATS and len(calls) == 1:
            stems[calls[0]] += stems.pop((folder, stem))
    copies: dict[Path, tuple[Path, ...]] = {}  # the file a Zoom call is drafted from -> its other copies
    for (_folder, stem), group in stems.items():
        transcripts = sorted((p for p in group if kind(p) == "transcript" and not is_chat(p)), key=_rank)
        recordings = sorted((p for p in group if kind(p) == "recording"), key=_rank)
        if transcripts and recordings:
            partner[transcripts[0]], partner[recordings[0]] = recordings[0], transcripts[0]
        chosen = [*transcripts[:1], *recordings[:1]]
        if zoom_call(stem) and chosen and len(group) > len(chosen):
            ranked = [*transcripts, *recordings, *(p for p in group if p not in transcripts + recordings)]
            copies[chosen[0]] = tuple(p for p in ranked if p not in chosen)
    copy_of = {copy: first for first, more in copies.items() for copy in more}
    meetings: list[MeetingFiles] = []
    seen: set[Path] = set()
    for p in items:
        p = copy_of.get(p, p)  # a further copy of a call stands for the file the call is drafted from
        if p in seen:
            continue
        other = partner.get(p)
        words, recording = (p, other) if other is None or kind(p) == "transcript" else (other, p)
        meeting = MeetingFiles(words, recording, copies.get(words, ()))
        meetings.append(meeting)
        seen.update(meeting.files)
    return meetings


def declared_partners(paths: Iterable[Path]) -> dict[Path, Path]:
    """File -> the partner its sidecar names (``recording:`` beside a transcript, ``transcript:`` beside a
    recording). A sidecar that cannot be read names nothing here: drafting the file reports it."""
    from pipeline import ingest

    found: dict[Path, Path] = {}
    for path in paths:
        role = kind(path)
        sidecar = ingest.sidecar_for(path) if role else None
        if sidecar is None:
            continue
        try:
            meta = ingest.read_sidecar(sidecar)
        except DebriefError:
            continue
        name = meta.recording if role == "transcript" else meta.transcript
        if name:
            found[path] = path.parent / name
    return found


def group(paths: Sequence[Path]) -> list[MeetingFiles]:
    """``pair`` with the partners the files' sidecars name."""
    return pair(paths, declared_partners(paths))


def named_partner(path: Path) -> str | None:
    """The partner ``path``'s sidecar names, if it names one that is not there (for a warning)."""
    named = declared_partners([path]).get(path)
    return named.name if named is not None and not named.exists() else None


def zoom_files(folder: Path) -> list[Path]:
    """The files of a folder of Zoom's recording on the computer that go with its call (with each participant's own
    track, which newer versions put in an ``Audio Record`` folder)."""
    tracks = folder / ZOOM_TRACKS_FOLDER
    found = [*folder.iterdir(), *(tracks.iterdir() if tracks.is_dir() else [])]
    return sorted(p for p in found if p.is_file() and (kind(p) is not None or ZOOM_LOCAL_RE.match(p.stem)))


def for_inputs(files: Sequence[Path]) -> list[MeetingFiles]:
    """The meetings of the files given to ``debrief process``: each with its partner, whether given too or lying
    beside it; a folder of Zoom's recording on the computer stands for its files. A meeting given twice (both of
    its files) is drafted once. Paths that do not exist stay as given, alone, for the caller to report."""
    given = [f.expanduser().resolve() if f.exists() else f for f in files]
    given = [p for f in given for p in (zoom_files(f) if f.is_dir() and is_zoom_folder(f) else [f])]
    beside: list[Path] = []
    for folder in dict.fromkeys(f.parent for f in given if f.is_file()):
        beside += sorted(p for p in folder.iterdir() if p.is_file() and kind(p) is not None and p not in given)
    wanted = set(given)
    return [m for m in group([*given, *beside]) if wanted & set(m.files)]
