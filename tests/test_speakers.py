"""Diarization pieces: clustering and the speaker count, word alignment and segment splitting, naming rules."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from pipeline.schemas import Attendee, Segment, Transcript, Word
from pipeline.speakers import Diarization, align, attach_speakers, cluster, mentions, naming
from pipeline.speakers.der import der

ATTENDEES = [
    Attendee(name="Sarah Mitchell", side="agency", role="Account Director"),
    Attendee(name="Tom Baker", side="agency", role="Creative Director"),
    Attendee(name="David Hughes", side="client", role="Marketing Manager"),
]


def voices(counts: list[int], spread: float = 0.15, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Unit vectors around one random centre per speaker; (vectors, true labels)."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((len(counts), 32))
    rows, labels = [], []
    for k, n in enumerate(counts):
        rows.append(centres[k] / np.linalg.norm(centres[k]) + spread * rng.standard_normal((n, 32)) / np.sqrt(32))
        labels += [k] * n
    x = np.concatenate(rows)
    return x / np.linalg.norm(x, axis=1, keepdims=True), np.array(labels)


def same_partition(a: np.ndarray, b: np.ndarray) -> bool:
    return all((a[i] == a[j]) == (b[i] == b[j]) for i in range(len(a)) for j in range(len(a)))


# --- clustering ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("counts", [[20, 5], [10, 10, 10], [30, 4, 12, 8]])
def test_kmeans_recovers_speakers_when_count_is_known(counts: list[int]) -> None:
    x, truth = voices(counts)
    labels, centres = cluster.spherical_kmeans(x, np.ones(len(x)), len(counts))
    assert same_partition(labels, truth)
    np.testing.assert_allclose(np.linalg.norm(centres, axis=1), 1.0)


@pytest.mark.parametrize(("counts", "hint", "expected"), [
    ([15, 15, 15], None, 3),  # the silhouette finds three voices
    ([40], None, 1),  # one voice: no split is convincing
    ([15, 15, 15], 3, 3),
    ([15, 15, 15], 2, 3),  # a voice the attendee list forgot still gets its own speaker
    ([15, 15], 3, 2),  # someone on the list who never spoke: the third "speaker" would get almost nothing
])  # fmt: skip
def test_speaker_count_with_and_without_the_attendee_hint(counts: list[int], hint: int | None, expected: int) -> None:
    x, _ = voices(counts, spread=0.1)
    labels, centres = cluster.choose(x, np.ones(len(x)), hint)
    assert len(centres) == expected
    assert len(np.unique(labels)) == expected


def test_silhouette_is_high_for_separate_voices_and_zero_for_one_group() -> None:
    x, truth = voices([10, 10])
    assert cluster.silhouette(x, truth, np.ones(len(x))) > 0.5
    assert cluster.silhouette(x, np.zeros(len(x), dtype=int), np.ones(len(x))) == 0.0


# --- alignment ----------------------------------------------------------------------------------------------------
def words(spec: list[tuple[str, float]], gap: float = 0.1) -> list[Word]:
    out, t = [], 0.0
    for text, length in spec:
        out.append(Word(start=t, end=t + length, text=text))
        t += length + gap
    return out


def test_windows_are_spread_over_each_sentence() -> None:
    spans = [(0.0, 8.0), (9.0, 9.5), (9.6, 12.0)]
    win = align.plan_windows(spans, duration=12.5, spacing=align.SPACING)
    assert all(e - s == pytest.approx(align.WINDOW) for s, e in zip(win.starts, win.ends, strict=True))
    # 8 s: one window per 3.2 s (three), the first at its start and the last ending with it
    assert win.starts[:3].tolist() == pytest.approx([0.0, 3.2, 6.4])
    assert win.starts[3] == pytest.approx(9.25 - align.WINDOW / 2)  # a short sentence: one window centred on it
    assert win.starts[4] == pytest.approx(10.8 - align.WINDOW / 2)  # 2.4 s: one window, centred
    assert len(win) == 5  # about half of the speech is heard, not all of it


def test_a_recording_with_little_speech_is_heard_densely() -> None:
    short = align.plan_windows([(0.0, 8.0)], duration=8.0)  # 8 s of speech: a window every 1.6 s
    assert short.starts.tolist() == pytest.approx([0.0, 1.6, 3.2, 4.8, 6.4])
    long_meeting = [(10.0 * i, 10.0 * i + 8.0) for i in range(100)]  # 800 s of speech: every 3.2 s at most
    assert len(align.plan_windows(long_meeting, duration=1000.0)) == 300


def test_a_window_never_reaches_past_the_recording() -> None:
    win = align.plan_windows([(0.0, 0.3), (4.6, 5.0)], duration=5.0)
    assert win.starts.tolist() == pytest.approx([0.0, 5.0 - align.WINDOW])


def test_the_mel_spectrogram_fed_in_pieces_equals_the_whole() -> None:
    from pipeline.speakers.encoder import MelStream, mel_spectrogram, normalize_volume

    rng = np.random.default_rng(3)
    wav = (0.01 * rng.standard_normal(16_000 * 3)).astype(np.float32)  # quiet: the volume is raised
    stream = MelStream()
    for piece in np.split(wav, [150, 161, 20_000, 20_001]):  # pieces not on the 160-sample hop
        stream.feed(piece)
    whole = mel_spectrogram(normalize_volume(wav))
    np.testing.assert_allclose(stream.finish(), whole, rtol=1e-5, atol=1e-6 * float(whole.max()))


def test_viterbi_changes_speaker_at_a_sentence_end_not_mid_sentence() -> None:
    # word scores: speaker 0 for 4 words then speaker 1, with one noisy word mid-sentence
    scores = np.array([[1, 0], [1, 0], [0, 0.3], [1, 0], [0, 1], [0, 1]], dtype=float) * 5
    costs = np.array([0, 3.0, 3.0, 3.0, 0.1, 3.0])  # a sentence ends after word 3
    assert align.viterbi(scores, costs).tolist() == [0, 0, 0, 0, 1, 1]


def test_split_segments_cuts_where_the_speaker_changes() -> None:
    ws = words([("Thanks.", 0.3), ("Sure,", 0.3), ("I'll", 0.2), ("send", 0.2), ("it.", 0.2)])
    seg = Segment(index=0, start=0.0, end=ws[-1].end, text="Thanks. Sure, I'll send it.", words=ws)
    out = align.split_segments([seg], ["Speaker 1", "Speaker 2", "Speaker 2", "Speaker 2", "Speaker 2"])
    assert [(s.index, s.speaker, s.text) for s in out] == [(0, "Speaker 1", "Thanks."),
                                                            (1, "Speaker 2", "Sure, I'll send it.")]  # fmt: skip
    assert all(w.speaker == s.speaker for s in out for w in s.words)
    assert out[1].start == ws[1].start and out[1].end == ws[-1].end


def test_attach_speakers_names_clusters_and_labels_every_word() -> None:
    script = [("Hi, it's Sarah from Lanternfish.", 0), ("Morning Sarah, David here.", 1),
              ("David, can you send the brief by Friday?", 0), ("Yes, I'll send it over.", 1)]  # fmt: skip
    segs, labels, t = [], [], 0.0
    for i, (text, who) in enumerate(script):
        ws = [Word(start=t + 0.3 * j, end=t + 0.3 * j + 0.25, text=tok) for j, tok in enumerate(text.split())]
        segs.append(Segment(index=i, start=ws[0].start, end=ws[-1].end, text=text, words=ws))
        labels += [who] * len(ws)
        t = ws[-1].end + 0.6
    tr = Transcript(source_kind="audio", segments=segs)
    out = attach_speakers(tr, Diarization(np.array(labels), 2), ATTENDEES)
    assert [s.speaker for s in out.segments] == ["Sarah Mitchell", "David Hughes", "Sarah Mitchell", "David Hughes"]
    assert all(w.speaker == s.speaker for s in out.segments for w in s.words)


# --- naming -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "who"), [
    ("Hi, it's Sarah.", "Sarah Mitchell"),
    ("Hello everyone, I'm Tom, from the creative team.", "Tom Baker"),
    ("Tom from the creative team here.", "Tom Baker"),
    ("David here, sorry I'm late.", "David Hughes"),
    ("Morning Sarah, Tom Baker, from the creative team.", "Tom Baker"),
    ("My name's David Hughes, I look after marketing.", "David Hughes"),
    ("Morning all, this is Sarah Mitchell.", "Sarah Mitchell"),
    # not introductions
    ("It's Sarah's deck we're looking at.", None),
    ("I'm sure Tom will send it.", None),
    ("I'm going to ask David.", None),
    ("I think it's fine.", None),
])  # fmt: skip
def test_introductions(text: str, who: str | None) -> None:
    hit = naming.introduced(text, ATTENDEES)
    assert (ATTENDEES[hit].name if hit is not None else None) == who


@pytest.mark.parametrize(("text", "who"), [
    ("Hi all, I'm the creative director on this.", "Tom Baker"),
    ("I'm your marketing manager.", "David Hughes"),
    ("I'm the director.", None),  # two attendees are directors: not certain
    ("No, I'm the guy from creative, apologies in advance.", "Tom Baker"),  # the department the role names
    ("I'm from the creative team, by the way.", "Tom Baker"),
    ("I'm in marketing, so this lands on my desk.", "David Hughes"),
    ("Sorry, I'm in the car park.", None),  # a place, not a department
    ("I'm from Bristol originally.", None),
    ("I'm in the creative review all afternoon.", None),
])  # fmt: skip
def test_roles_claimed(text: str, who: str | None) -> None:
    hit = naming.role_claimed(text, ATTENDEES)
    assert (ATTENDEES[hit].name if hit is not None else None) == who


@pytest.mark.parametrize(("text", "name", "direction"), [
    ("Thanks, Tom.", "Tom", "previous"),
    ("Same to you, Tom.", "Tom", "previous"),
    ("And you, Tom? What do you think?", "Tom", "next"),
    ("Morning, Sarah.", "Sarah", "previous"),
    ("Great, thanks David, that's helpful.", "David", "previous"),
    ("Tom, can you send the files?", "Tom", "next"),
    ("Home today, the office is shut. Hi, Max.", "Max", "next"),  # a greeting after other words greets the next
    ("Hamid, lovely. Joy, could you send us the partner list?", "Hamid", "previous"),
    ("Hamid, lovely, Joy, could you send us the partner list?", "Joy", "next"),  # a request follows the name
    ("Hi Summer, are you dialling in from home?", "Summer", "next"),
    ("And that works for you, David?", "David", "next"),
    ("Tom sent the files yesterday.", "Tom", None),
    ("I'll check with David and come back.", "David", None),
    ("And Tom. The printers will need the final files from you.", "Tom", "next"),  # "And, Tom, ..." heard unpunctuated
    ("Done. So, um, Sarah, over to you.", "Sarah", "next"),
    ("I spoke to Sarah and Tom. Both agreed.", "Tom", None),
])  # fmt: skip
def test_address(text: str, name: str, direction: str | None) -> None:
    start = text.index(name)
    assert naming.addressed(text, start, start + len(name)) == direction


def test_short_names_colleagues_use_but_not_everyday_words() -> None:
    assert {"Liz", "Beth", "Eliza"} <= mentions.short_names("Elizabeth")
    assert {"Nat", "Nathan"} <= mentions.short_names("Nathaniel")
    assert "Art" not in mentions.short_names("Arthur") and "Max" not in mentions.short_names("Maxine")
    people = [Attendee(name="Elizabeth Marlow"), Attendee(name="Nathaniel Abernethy"), Attendee(name="Nathan Cole")]
    hits = mentions.mentions("Liz, the second payment. Thanks, Nat. And Nathan?", people)
    # "Nat" could be Nathaniel or Nathan: nobody; "Nathan" is Nathan Cole's own first name
    assert [people[h[0]].name for h in hits] == ["Elizabeth Marlow", "Nathan Cole"]


def test_names_need_clear_evidence() -> None:
    t = naming.Turn
    # a single "Thanks, Tom" is not enough to call the previous speaker Tom
    assert naming.name_speakers_from_turns([t(0, "We could move the shoot."), t(1, "Thanks, Tom.")], 2, ATTENDEES) == {}
    # answering when called on, twice, is
    turns = [t(0, "Tom, can you take the shoot?"), t(1, "Yes, will do."), t(0, "And the edit, Tom?"), t(1, "Sure.")]
    assert naming.name_speakers_from_turns(turns, 2, ATTENDEES) == {1: "Tom Baker"}


def test_conflicting_evidence_leaves_speakers_unnamed() -> None:
    t = naming.Turn
    turns = [t(0, "Hi, it's Sarah."), t(1, "Hi, it's Sarah here too.")]
    assert naming.name_speakers_from_turns(turns, 2, ATTENDEES) == {}


def test_last_speaker_is_named_by_elimination_only_when_counts_agree() -> None:
    t = naming.Turn
    two = [Attendee(name="Sarah Mitchell"), Attendee(name="David Hughes")]
    turns = [t(0, "Hi, it's Sarah."), t(1, "Morning.")]
    assert naming.name_speakers_from_turns(turns, 2, two) == {0: "Sarah Mitchell", 1: "David Hughes"}
    assert naming.name_speakers_from_turns(turns, 2, ATTENDEES) == {0: "Sarah Mitchell"}  # three on the list


def test_called_on_by_name_and_answering_names_the_one_who_answers() -> None:
    t = naming.Turn
    asked = t(0, "One location is fine. Tom, can you send me the casting shortlist?")
    assert naming.name_speakers_from_turns([asked, t(1, "Sure, I'll do that.")], 2, ATTENDEES) == {1: "Tom Baker"}
    # called on but not answered ("Tom, can you ...?" and someone else carries on): not enough on its own
    assert naming.name_speakers_from_turns([asked, t(1, "The budget is fixed anyway.")], 2, ATTENDEES) == {}
    # called on with no question, and taking it on at once ("Sure, ...", "Of course.", "Leave that with me.")
    needed = t(0, "And Tom, the printers will need the final artwork files for the file.")
    for reply in ("Sure, I'll get them over by Monday.", "Of course.", "Yes, leave that with me."):
        assert naming.score_names([needed, t(1, reply)], 2, ATTENDEES)[1, 1] >= naming.MIN_SCORE
    assert (
        naming.score_names([needed, t(1, "Okay. The budget is fixed anyway.")], 2, ATTENDEES)[1, 1] < naming.MIN_SCORE
    )
    # a name in a statement is not a question put to the next speaker
    told = t(0, "Thanks, Tom. We'll look at it.")
    assert naming.name_speakers_from_turns([t(1, "Here it is."), told, t(1, "Sure, I'll do that.")], 2, ATTENDEES) == {}


def test_a_greeting_that_opens_the_meeting_is_answered_by_the_next_speaker() -> None:
    t = naming.Turn
    turns = [
        t(0, "Morning David, thanks for making the time. I hope you had a chance to look at the boards."),
        t(1, "I did, and I prefer the farm."),
        t(2, "It's the stronger idea."),
        t(1, "Tom, can you send me the shortlist by Wednesday?"),
        t(2, "Sure, I'll do that."),
    ]
    # Tom answered when called on; David was greeted first and answered; Sarah is the one voice left
    assert naming.name_speakers_from_turns(turns, 3, ATTENDEES) == {
        2: "Tom Baker", 1: "David Hughes", 0: "Sarah Mitchell"
    }  # fmt: skip


def test_one_speakers_sentences_become_one_turn() -> None:
    ws = words([("Great.", 0.3), ("I'll", 0.2), ("send", 0.2), ("it.", 0.2), ("Thanks.", 0.3), ("Bye.", 0.3)])
    segs = [
        Segment(index=0, start=ws[0].start, end=ws[0].end, text="Great.", speaker="A", words=ws[:1]),
        Segment(index=1, start=ws[1].start, end=ws[3].end, text="I'll send it.", speaker="A", words=ws[1:4]),
        Segment(index=2, start=ws[4].start, end=ws[4].end, text="Thanks.", speaker="B", words=ws[4:5]),
        Segment(index=3, start=ws[5].start + 5, end=ws[5].end + 5, text="Bye.", speaker="B", words=ws[5:]),
    ]
    out = align.join_turns(segs)
    assert [(s.index, s.speaker, s.text) for s in out] == [
        (0, "A", "Great. I'll send it."), (1, "B", "Thanks."), (2, "B", "Bye.")  # a long pause: a new turn
    ]  # fmt: skip
    assert out[0].words == ws[:4] and out[0].start == ws[0].start and out[0].end == ws[3].end


# --- speakers in the extraction and the report --------------------------------------------------------------------
def _audio_actions(turns: list[tuple[str, str]]) -> list[tuple[str | None, str]]:
    from tests.support import extract_turns

    found = extract_turns(turns, ATTENDEES, dt.date(2026, 11, 10), "audio", step=5.0)
    return [(a.owner if isinstance(a.owner, str) or a.owner is None else "+".join(a.owner), a.task)
            for a in found.action_items]  # fmt: skip


def test_an_unnamed_voice_answering_a_request_to_a_named_person_gives_it_to_that_person() -> None:
    got = _audio_actions([
        ("David Hughes", "One location is fine. Tom, can you send me the casting shortlist next Wednesday?"),
        ("Speaker 3", "Sure, I'll do that."),
    ])  # fmt: skip
    assert [owner for owner, _ in got] == ["Tom Baker"], got


def test_an_unnamed_voices_own_promise_stays_with_that_voice_for_the_ae_to_name() -> None:
    got = _audio_actions(
        [("Speaker 2", "I'll send the revised storyboards over on Friday."), ("Sarah Mitchell", "Great.")]
    )
    assert [owner for owner, _ in got] == ["Speaker 2"], got


def test_an_unnamed_voice_is_on_the_side_of_the_attendees_nobody_was_named_as() -> None:
    said = [
        ("Sarah Mitchell", "Where are we on the stockists?"),
        ("Tom Baker", "The artwork is done."),
        ("Speaker 3", "Our sales team will send the stockist list by Friday."),
    ]
    # Sarah and Tom (the agency) are named: the voice left can only be David's side, the client
    assert [owner for owner, _ in _audio_actions(said)] == ["client"]
    # with Tom unnamed too, the voices left may be either side: no side is given to them
    said[1] = ("Speaker 2", "The artwork is done.")
    assert "client" not in [owner for owner, _ in _audio_actions(said)]


def test_unnamed_sides_needs_one_side_left_and_no_more_voices_than_its_attendees() -> None:
    from pipeline.extract.owners import unnamed_sides
    from pipeline.schemas import Meeting

    meeting = Meeting(meeting_id="t", title="t", date=dt.date(2026, 11, 10), attendees=ATTENDEES,
                      source_name="t.m4a", source_kind="audio", content_sha256="0")  # fmt: skip
    assert unnamed_sides(["Sarah Mitchell", "Speaker 2", "Tom Baker"], meeting) == {"Speaker 2": "client"}
    assert unnamed_sides(["Sarah Mitchell", "Speaker 2", "Speaker 3"], meeting) == {}  # Tom or David
    assert unnamed_sides(["Sarah Mitchell", "Tom Baker", "Speaker 2", "Speaker 3"], meeting) == {}  # two for one
    assert unnamed_sides(["Sarah Mitchell", "Tom Baker", "David Hughes"], meeting) == {}


def test_unnamed_voices_are_not_reported_as_attendees() -> None:
    from pipeline.draft import without_unnamed_voices
    from pipeline.schemas import Meeting

    listed = [*ATTENDEES, Attendee(name="Speaker 3"), Attendee(name="Priya Shah")]
    meeting = Meeting(meeting_id="t", title="t", date=dt.date(2026, 11, 10), attendees=listed,
                      source_name="t.m4a", source_kind="audio", content_sha256="0")  # fmt: skip
    names = [a.name for a in without_unnamed_voices(meeting).attendees]
    assert names == ["Sarah Mitchell", "Tom Baker", "David Hughes", "Priya Shah"]


# --- DER ----------------------------------------------------------------------------------------------------------
def test_der_counts_miss_false_alarm_and_confusion_outside_the_collar() -> None:
    ref = [("A", 0.0, 10.0), ("B", 10.0, 20.0)]
    assert der(ref, [("x", 0.0, 10.0), ("y", 10.0, 20.0)]) == pytest.approx(0.0)
    assert der(ref, [("x", 0.0, 20.0)]) == pytest.approx(9.75 / 19.25, abs=0.01)  # B confused, collars left out
    assert der(ref, [("x", 0.0, 10.0)]) == pytest.approx(9.75 / 19.25, abs=0.01)  # B missed
    assert der(ref, [("x", 0.0, 10.2), ("y", 10.2, 20.0)], collar=0.25) == pytest.approx(0.0)


def test_the_voices_heard_during_transcription_are_handed_over_once_for_that_file_only(tmp_path) -> None:
    import os

    from pipeline import speakers

    rec, other = tmp_path / "call.m4a", tmp_path / "other.m4a"
    rec.write_bytes(b"a recording")
    other.write_bytes(b"another")
    feed = speakers.listener(rec)
    feed(np.zeros(16_000, dtype=np.float32))
    feed(np.ones(8_000, dtype=np.float32) * 0.1)
    mel = speakers.heard(rec)
    assert mel is not None and mel.shape == (1 + 24_000 // 160, 40)
    assert speakers.heard(rec) is None  # handed over once
    speakers.listener(rec)(np.zeros(16_000, dtype=np.float32))
    assert speakers.heard(other) is None  # another file's transcription: decode again
    speakers.listener(rec)(np.zeros(16_000, dtype=np.float32))
    os.utime(rec, ns=(0, 0))  # the file changed since it was transcribed
    assert speakers.heard(rec) is None


def test_a_month_or_a_question_word_is_no_mention_of_an_attendee() -> None:
    people = [Attendee(name="June Archer"), Attendee(name="Will Porter"), Attendee(name="May Lin")]
    for text in ("The shoot moved from June to July.", "We wrapped in June.", "Launch is June 14th.",
                 "Will you send it over?", "May I ask a question?"):  # fmt: skip
        assert mentions.mentions(text, people) == [], text
    for text, who in (("June, can you take that?", "June Archer"), ("Thanks, Will.", "Will Porter"),
                      ("May, you're on mute.", "May Lin")):  # fmt: skip
        assert [people[h[0]].name for h in mentions.mentions(text, people)] == [who]


def test_a_possessive_mention_counts_against_the_speaker_but_calls_no_one() -> None:
    hits = mentions.mentions("Sarah's fine with the scope, and Tom's on it.", ATTENDEES, possessive=True)
    assert [ATTENDEES[h[0]].name for h in hits] == ["Sarah Mitchell", "Tom Baker"]
    assert mentions.mentions("Sarah's fine with the scope.", ATTENDEES) == []
    t = naming.Turn
    score = naming.score_names([t(0, "Sarah's fine with the scope."), t(1, "Sure, I'll do that.")], 2, ATTENDEES)
    assert score[0, 0] < 0 and score[1].tolist() == [0.0, 0.0, 0.0]


@pytest.mark.parametrize("text", [
    "Two things today. Tom's here for the creative side.",
    "Tom is joining us for this one.",
    "I've got Tom with me.",
    "Tom's going to walk you through the routes.",
    "Right, Tom will kick us off.",
    "Tom's going to show you the three routes.",
])  # fmt: skip
def test_someone_presented_by_another_who_greets_next_is_named(text: str) -> None:
    t = naming.Turn
    score = naming.score_names([t(0, text), t(1, "Morning all.")], 2, ATTENDEES)
    assert score[1, 1] >= naming.MIN_SCORE
    # the next voice carrying on without a greeting is weaker evidence, and the same voice carrying on is none
    assert naming.score_names([t(0, text), t(1, "So, the budget.")], 2, ATTENDEES)[1, 1] < naming.MIN_SCORE
    assert naming.score_names([t(0, text), t(0, "Morning all.")], 1, ATTENDEES)[0, 1] < 0


def test_voices_are_named_by_elimination_when_every_other_pairing_contradicts_the_meeting() -> None:
    t = naming.Turn
    four = [*ATTENDEES, Attendee(name="Priya Nair", side="client")]
    turns = [
        t(0, "Hi David, hi Priya, thanks for coming in. Tom's here for the creative side."),
        t(1, "Morning all."),
        t(2, "Shall we start? Priya's keen to see the routes."),
        t(3, "Yes, go on."),
    ]
    # voice 0 greets David and Priya and presents Tom: Sarah; voice 2 talks about Priya: David; voice 3 is Priya
    assert naming.name_speakers_from_turns(turns, 4, four) == {
        1: "Tom Baker", 0: "Sarah Mitchell", 2: "David Hughes", 3: "Priya Nair"
    }  # fmt: skip
    # with someone on the list who never speaks (fewer voices than attendees), elimination is no evidence
    assert naming.name_speakers_from_turns(turns[:2], 2, four) == {1: "Tom Baker"}
    # when two pairings are both possible, the voices they disagree on stay unnamed
    turns[2] = t(2, "Shall we start? I'm keen to see the routes.")
    assert naming.name_speakers_from_turns(turns, 4, four) == {1: "Tom Baker", 0: "Sarah Mitchell"}


def test_a_voice_that_greeted_someone_is_not_them_when_one_thanks_is_all_that_says_so() -> None:
    t = naming.Turn
    four = [*ATTENDEES, Attendee(name="Priya Nair", side="client")]
    turns = [
        t(0, "Hi David, hi Priya. Thanks for making time for this."),
        t(1, "Of course. Shall we start?"),
        t(2, "Tom here. Yes, let's."),
        t(0, "I'll send a short recap by end of day."),
        t(2, "Thanks, Priya."),  # said to the room at the end (Priya's last words were lost): not to voice 0
        t(3, "Bye now."),
    ]
    # voice 0 greeted David and Priya: one "Thanks, Priya" after it spoke does not make it Priya, so with Tom
    # introduced and as many voices as attendees, voice 0 is Sarah; voices 1 and 3 stay open (David or Priya)
    assert naming.name_speakers_from_turns(turns, 4, four) == {2: "Tom Baker", 0: "Sarah Mitchell"}
    # without the greeting, the same thanks leaves voice 0 possibly Priya: it stays unnamed
    turns[0] = t(0, "Thanks for making time for this.")
    assert naming.name_speakers_from_turns(turns, 4, four) == {2: "Tom Baker"}


def test_a_reply_that_only_answers_the_last_speaker_names_them() -> None:
    t = naming.Turn
    wish = t(0, "Great, have a lovely weekend.")
    score = naming.score_names([wish, t(1, "You too, David. Thanks, Tom.")], 2, ATTENDEES)
    assert score[0, 2] >= naming.MIN_SCORE and score[0, 1] < naming.MIN_SCORE
    # a plain thanks is weaker: someone may be thanked for something said earlier
    assert naming.score_names([wish, t(1, "Thanks, David.")], 2, ATTENDEES)[0, 2] < naming.MIN_SCORE


def test_only_a_name_plainly_said_to_or_about_someone_rules_a_voice_out() -> None:
    t = naming.Turn
    people = [Attendee(name="Sarah Mitchell"), Attendee(name="Tom Baker"), Attendee(name="Nathaniel Abernethy")]
    turns = [t(0, "Morning, Tom."), t(1, "Morning. It was Sarah and I, in the end."), t(2, "Nat, over to you.")]
    _, said = naming.evidence(turns, 3, people)
    assert said[0, 1]  # greeted Tom: voice 0 is not Tom
    assert said[1, 0]  # "It was Sarah and I": about Sarah, in full and capitalised (session 22; was not counted)
    turns = [t(0, "Morning, Tom."), t(1, "Morning. It was sarah and I, in the end."), t(2, "Nat, over to you.")]
    assert not naming.evidence(turns, 3, people)[1][1, 0]  # in lower case it may be a misheard word
    assert not said[2, 2]  # "Nat": a clipping of Nathaniel, not his name in full
    # "Hi Tom ... Sarah's on leave" from voice 0 rules it out as Tom and Sarah: with three voices, it is Nathaniel
    turns = [t(0, "Hi Tom. Sarah's on leave, so it's us."), t(1, "Fine by me."), t(2, "Same.")]
    assert naming.name_speakers_from_turns(turns, 3, people) == {0: "Nathaniel Abernethy"}


def test_the_voices_answering_a_greeting_of_two_names_are_those_two() -> None:
    """ "Hi, Penny. Hi, Yusuf." answered first by two other voices: they are Penny and Yusuf in some order, so
    neither is Bill; "Yusuf's happy" then tells them apart, and the rest follows by elimination (the misheard "Bill's
    here", heard as "We'll see", names nobody)."""
    t = naming.Turn
    people = [Attendee(name=n) for n in ("Seun Adeyemi", "Bill Tran", "Penny Marsh", "Yusuf Demir")]
    turns = [
        t(0, "Hi, Penny. Hi, Yusuf. Thanks for coming in. Can I get anyone a coffee?"),
        t(1, "Ha, I'm fine, thanks. I've had three already."),
        t(2, "I'm good, thanks. Shall we get into it?"),
        t(0, "Yes, let's. We'll see for the production bit."),
        t(3, "Morning all."),
        t(2, "Okay, look, Yusuf's happy with the scope change, so I'll take eight back to the CFO."),
        t(0, "Great. Bill's estimate comes next week."),
    ]
    named = {0: "Seun Adeyemi", 1: "Yusuf Demir", 2: "Penny Marsh", 3: "Bill Tran"}
    assert naming.name_speakers_from_turns(turns, 4, people) == named
    # the first reply is no answer to the greeting: the voices are not tied to the two names, Bill stays unnamed
    turns[1] = t(1, "So, the budget.")
    assert "Bill Tran" not in naming.name_speakers_from_turns(turns, 4, people).values()


def test_a_voice_torn_between_two_names_holds_up_no_other_voice() -> None:
    t = naming.Turn
    five = [*ATTENDEES, Attendee(name="Jo Rivers"), Attendee(name="Ana Costa")]
    turns = [
        t(0, "Sarah, can you send the deck?"),  # voice 1 answers a call to Sarah...
        t(1, "Yes, I'll send it tonight."),
        t(0, "Jo, can you book the studio?"),  # ... and, misheard by the diarization, one to Jo as well
        t(1, "Sure, I'll book it."),
        t(0, "Tom, can you chase the printers?"),  # voice 2 is plainly Tom
        t(2, "Yes, I'll chase them today."),
    ]
    assert naming.name_speakers_from_turns(turns, 3, five) == {2: "Tom Baker"}
