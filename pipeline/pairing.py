"""Which dropped files are one meeting: a Teams/Zoom transcript and the recording of the same call.

A transcript and a recording pair when they share a stem (``call.vtt`` + ``call.m4a``) or when the sidecar of
either names the other (``recording: Zoom 0001.m4a`` in ``Weekly call.meeting.yaml`` beside ``Weekly call.vtt``).
A pair is drafted once, from the transcript's words and speakers, with no transcription; the recording is kept for
playback on the review page. Every other file stands alone (a recording is then transcribed).

``pair`` is pure (names in, groups out); ``declared_partners`` reads the sidecars it needs, and ``for_inputs``
looks beside the files given to ``debrief process`` for their partners.

    >>> [g.names for g in pair([Path("a.m4a"), Path("a.vtt"), Path("b.m4a")])]
    [('a.vtt', 'a.m4a'), ('b.m4a',)]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import DebriefError
from pipeline.settings import AUDIO_SUFFIXES, TRANSCRIPT_SUFFIXES

COMPANIONS = (".meeting.yaml", ".meeting.yml", ".meeting.json", ".segments.json", ".error.txt")


@dataclass(frozen=True)
class MeetingFiles:
    """One meeting's files: where its words come from, and the recording kept for playback when that is another."""

    words: Path
    recording: Path | None = None

    @property
    def files(self) -> tuple[Path, ...]:
        return (self.words,) if self.recording is None else (self.words, self.recording)

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


def _rank(path: Path) -> tuple[int, str]:
    """Which of several same-stem candidates is the partner: by the order of the suffix lists, then by name."""
    suffix = path.suffix.lower()
    order = TRANSCRIPT_SUFFIXES if kind(path) == "transcript" else AUDIO_SUFFIXES
    return (order.index(suffix) if suffix in order else len(order), path.name)


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
            stems.setdefault((p.parent, p.stem), []).append(p)
    for group in stems.values():
        transcripts = sorted((p for p in group if kind(p) == "transcript"), key=_rank)
        recordings = sorted((p for p in group if kind(p) == "recording"), key=_rank)
        if transcripts and recordings:
            partner[transcripts[0]], partner[recordings[0]] = recordings[0], transcripts[0]
    meetings, seen = [], set()
    for p in items:
        if p in seen:
            continue
        other = partner.get(p)
        if other is None:
            meetings.append(MeetingFiles(p))
            seen.add(p)
            continue
        words, recording = (p, other) if kind(p) == "transcript" else (other, p)
        meetings.append(MeetingFiles(words, recording))
        seen.update((p, other))
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
