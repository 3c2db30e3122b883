"""Which dropped files are one meeting: a Teams/Zoom transcript and the recording of the same call.

A transcript and a recording pair when they share a stem (``call.vtt`` + ``call.m4a``) or when the sidecar of
either names the other (``recording: Zoom 0001.m4a`` in ``Weekly call.meeting.yaml`` beside ``Weekly call.vtt``).
A pair is drafted once, from the transcript's words and speakers, with no transcription; the recording is kept for
playback on the review page. Every other file stands alone (a recording is then transcribed).

Zoom's cloud recording names one call's files itself: ``GMT20261110-140203_Recording.m4a`` (the audio),
``…_Recording_1920x1080.mp4`` (the video, and ``_gallery_…`` views), ``…_Recording.transcript.vtt`` (the transcript,
with speakers) and ``…_Recording.cc.vtt`` (its closed captions). They are one meeting: drafted from the transcript
(else the audio), played from the audio (else the video); the other copies go with it, not drafted again.

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

COMPANIONS = (".meeting.yaml", ".meeting.yml", ".meeting.json", ".segments.json", ".error.txt")
# Zoom's name for a cloud recording's files (the call's start in UTC), and what it adds for each copy of the call:
# its transcripts' own endings, a video's view and size
ZOOM_CALL = r"GMT(?P<start>\d{8}-\d{6})_Recording"
ZOOM_TRANSCRIPTS = (".transcript", ".cc")
ZOOM_CALL_RE = re.compile(
    rf"^(?P<call>{ZOOM_CALL})(?P<copy>{'|'.join(map(re.escape, ZOOM_TRANSCRIPTS))}|_[A-Za-z_]*\d+x\d+)?$"
)


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
    zoom = ZOOM_CALL_RE.match(path.stem)
    return zoom["call"] if zoom else path.stem


def _rank(path: Path) -> tuple[int, bool, str]:
    """Which of several same-stem candidates is the partner: by the order of the suffix lists, then a transcript
    before closed captions, then by name."""
    suffix = path.suffix.lower()
    order = TRANSCRIPT_SUFFIXES if kind(path) == "transcript" else AUDIO_SUFFIXES
    return (order.index(suffix) if suffix in order else len(order), path.stem.endswith(".cc"), path.name)


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
        if p not in partner and kind(p) is not None:
            stems.setdefault((p.parent, call_stem(p)), []).append(p)
    copies: dict[Path, tuple[Path, ...]] = {}  # the file a Zoom call is drafted from -> its other copies
    for (_folder, stem), group in stems.items():
        transcripts = sorted((p for p in group if kind(p) == "transcript"), key=_rank)
        recordings = sorted((p for p in group if kind(p) == "recording"), key=_rank)
        if transcripts and recordings:
            partner[transcripts[0]], partner[recordings[0]] = recordings[0], transcripts[0]
        if ZOOM_CALL_RE.match(stem) and len(group) > 1 + bool(transcripts and recordings):
            chosen = [*transcripts[:1], *recordings[:1]]
            copies[chosen[0]] = tuple(p for p in [*transcripts, *recordings] if p not in chosen)
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


def for_inputs(files: Sequence[Path]) -> list[MeetingFiles]:
    """The meetings of the files given to ``debrief process``: each with its partner, whether given too or lying
    beside it. A meeting given twice (both of its files) is drafted once. Paths that do not exist stay as given,
    alone, for the caller to report."""
    given = [f.expanduser().resolve() if f.exists() else f for f in files]
    beside: list[Path] = []
    for folder in dict.fromkeys(f.parent for f in given if f.is_file()):
        beside += sorted(p for p in folder.iterdir() if p.is_file() and kind(p) is not None and p not in given)
    wanted = set(given)
    return [m for m in group([*given, *beside]) if wanted & set(m.files)]
