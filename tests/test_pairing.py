"""Which dropped files are one meeting (``pipeline.pairing``): a table of folders and the meetings they hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import pairing
from pipeline.errors import InputFileError
from pipeline.ingest import read_sidecar


def names(meetings: list[pairing.MeetingFiles]) -> list[tuple[str, ...]]:
    return [m.names for m in meetings]


@pytest.mark.parametrize(
    ("files", "meetings"),
    [
        # same stem: one meeting, words from the transcript, the recording for playback
        (["call.vtt", "call.m4a"], [("call.vtt", "call.m4a")]),
        (["call.m4a", "call.vtt"], [("call.vtt", "call.m4a")]),
        (["Weekly WIP.srt", "Weekly WIP.mp4"], [("Weekly WIP.srt", "Weekly WIP.mp4")]),
        (["notes.txt", "notes.wav"], [("notes.txt", "notes.wav")]),
        # lone files stay alone
        (["call.vtt"], [("call.vtt",)]),
        (["call.m4a"], [("call.m4a",)]),
        (["a.vtt", "b.m4a"], [("a.vtt",), ("b.m4a",)]),
        # a stem is not a prefix: "call 2" is another meeting
        (["call.vtt", "call 2.m4a"], [("call.vtt",), ("call 2.m4a",)]),
        # two transcripts of one stem: the first by suffix order takes the recording, the other stands alone
        (["call.txt", "call.vtt", "call.m4a"], [("call.txt",), ("call.vtt", "call.m4a")]),
        # two recordings of one stem: the first by suffix order is the one played
        (["call.vtt", "call.mp4", "call.m4a"], [("call.vtt", "call.m4a"), ("call.mp4",)]),
        # two recordings or two transcripts never pair with each other
        (["call.m4a", "call.ogg"], [("call.m4a",), ("call.ogg",)]),
        (["call.vtt", "call.srt"], [("call.vtt",), ("call.srt",)]),
        # companions and other files are never partners
        (["call.meeting.yaml", "call.m4a"], [("call.meeting.yaml",), ("call.m4a",)]),
        (["call.segments.json", "call.m4a"], [("call.segments.json",), ("call.m4a",)]),
        (["call.pdf", "call.m4a"], [("call.pdf",), ("call.m4a",)]),
        # the same file given twice is one meeting
        (["call.vtt", "call.vtt", "call.m4a"], [("call.vtt", "call.m4a")]),
    ],
)
def test_pairs_by_stem(files: list[str], meetings: list[tuple[str, ...]]) -> None:
    assert names(pairing.pair([Path("/in") / f for f in files])) == meetings


def test_same_stem_in_two_folders_does_not_pair() -> None:
    meetings = pairing.pair([Path("/a/call.vtt"), Path("/b/call.m4a")])
    assert names(meetings) == [("call.vtt",), ("call.m4a",)]


def test_a_declared_partner_pairs_across_stems_and_wins_over_the_stem() -> None:
    teams, zoom, other = Path("/in/Teams export.vtt"), Path("/in/zoom_0.m4a"), Path("/in/Teams export.m4a")
    meetings = pairing.pair([teams, other, zoom], {teams: zoom})
    assert names(meetings) == [("Teams export.vtt", "zoom_0.m4a"), ("Teams export.m4a",)]
    # a sidecar naming a file that is not there, or one of the same kind, pairs nothing
    assert names(pairing.pair([teams], {teams: zoom})) == [("Teams export.vtt",)]
    assert names(pairing.pair([teams, Path("/in/b.vtt")], {teams: Path("/in/b.vtt")})) == [
        ("Teams export.vtt",),
        ("b.vtt",),
    ]


def test_sidecars_name_the_partner(tmp_path: Path) -> None:
    (tmp_path / "Client call.vtt").write_text("WEBVTT\n", encoding="utf-8")
    (tmp_path / "zoom_0.m4a").write_bytes(b"x")
    (tmp_path / "Client call.meeting.yaml").write_text("client: Acme\nrecording: zoom_0.m4a\n", encoding="utf-8")
    (tmp_path / "rec.ogg").write_bytes(b"x")
    (tmp_path / "rec.meeting.yaml").write_text("transcript: minutes.srt\n", encoding="utf-8")  # not there
    files = sorted(p for p in tmp_path.iterdir() if pairing.kind(p))
    assert names(pairing.group(files)) == [("Client call.vtt", "zoom_0.m4a"), ("rec.ogg",)]
    assert pairing.named_partner(tmp_path / "rec.ogg") == "minutes.srt"
    assert pairing.named_partner(tmp_path / "Client call.vtt") is None


@pytest.mark.parametrize("name", ["../elsewhere.m4a", "/etc/passwd", "sub/call.m4a", ".hidden.m4a", " "])
def test_a_sidecar_names_only_a_file_beside_it(tmp_path: Path, name: str) -> None:
    sidecar = tmp_path / "call.meeting.yaml"
    sidecar.write_text(f"recording: '{name}'\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="recording: .*file's name only"):
        read_sidecar(sidecar)


def test_for_inputs_finds_the_partner_beside_either_file_and_drafts_a_pair_once(tmp_path: Path) -> None:
    for name in ("call.vtt", "call.m4a", "other.m4a", "solo.vtt"):
        (tmp_path / name).write_bytes(b"x")
    vtt, m4a = tmp_path / "call.vtt", tmp_path / "call.m4a"
    assert names(pairing.for_inputs([vtt])) == [("call.vtt", "call.m4a")]
    assert names(pairing.for_inputs([m4a])) == [("call.vtt", "call.m4a")]
    assert names(pairing.for_inputs([m4a, vtt])) == [("call.vtt", "call.m4a")]
    both = pairing.for_inputs([tmp_path / "other.m4a", tmp_path / "solo.vtt", tmp_path / "missing.vtt"])
    assert names(both) == [("other.m4a",), ("solo.vtt",), ("missing.vtt",)]
