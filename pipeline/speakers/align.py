"""Voice windows over the transcript's sentences, and speaker turns aligned to its words.

Windows of 1.6 s (what the encoder was trained on) are spread over each sentence's speech. A word's voice is the
overlap-weighted mean of the windows around it (the nearest one when none covers it); a Viterbi pass over the words
then picks one speaker per word, with a switch costing more inside a sentence than at a pause or a sentence end.
``split_segments`` cuts a segment where its words change speaker, so every segment and word has exactly one speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from pipeline.schemas import Segment, Word
from pipeline.transcribe import SENTENCE_END, join_words

WINDOW = 1.6
SPACING = 3.2  # a longer sentence gets a window every this many seconds (at most)
MIN_WINDOWS = 120  # ... or more often, down to every WINDOW seconds, in a recording with little speech
REGION_GAP = 0.5  # a pause between words at least this long
SWITCH_INSIDE = 1.2  # Viterbi cost of a speaker change between two words of one sentence, no pause
SWITCH_PAUSE = 0.25  # ... after a pause of REGION_GAP or more
SWITCH_SENTENCE = 0.1  # ... at a sentence end
SHARPNESS = 10.0  # cosine similarity -> log score
TURN_GAP = 2.0  # seconds: one speaker's sentences closer than this make one turn
# Words a sentence does not stop on: a change of voice just after one, with no punctuation, is late or early by a
# word or two (the voice windows are 1.6 s long), and the words up to the next punctuation mark are the same speaker's
HANGING = frozenset("a an the my your our their its of by from into onto than and or o".split())
HANG_REACH = 4  # words after the change within which the punctuation mark must come
_MARKS = (*SENTENCE_END, ",")  # where Whisper ends a sentence or a clause
_STOPS = (*_MARKS, ";", ":")
# A request put as a question: (so, okay, …) (a name,) could/can/would/will you or we …, any chance …
_ASKS = re.compile(
    r"^(?:(?:and|so|oh|okay|ok|right|then|also|um|uh|great|perfect|lovely|well|sorry|look)[,.]?\s+)*"
    r"(?:[A-Z][\w'-]*,\s+)?(?:(?:and|so|oh|okay|then|also|um|uh)[,.]?\s+)*"
    r"(?:(?:could|can|would|will)\s+(?:you|we|someone|anyone|(?:our|your)\s+\w+)\b|any\s+chance\b)",
    re.IGNORECASE,
)
# ... that the asker corrects themself in is left as heard ("Tom, can you send it, actually, no, I'll do it.")
_TAKEN_BACK = re.compile(r"\b(?:actually|never mind|scratch that|or rather|wait)\b|\bno,", re.IGNORECASE)
# a clause after a comma that starts with one of these is a new sentence ("…, you've got the relationship"); one
# Whisper gave a capital with no mark before it ("… translated into Welsh for Let me check") may be another voice's
_NEW_CLAUSE = frozenset(
    "i i'll i'm i've i'd you've you're you'll we're we've we'll they they're they've they'll it's that's there's "
    "he's she's let".split()
)


@dataclass(frozen=True)
class Windows:
    starts: np.ndarray  # seconds
    ends: np.ndarray

    def __len__(self) -> int:
        return len(self.starts)


def plan_windows(spans: list[tuple[float, float]], duration: float, window: float = WINDOW,
                 spacing: float | None = None) -> Windows:  # fmt: skip
    """1.6 s windows over each sentence's speech: one centred on a short sentence, one per ``spacing`` seconds spread
    evenly over a longer one. The encoder is most of the time diarization takes, and a sentence needs only a few
    looks to be told apart (the words between take the nearest window), so a long meeting is heard about half; a
    short one, which costs little, is heard more densely so that its voices get enough looks to be counted right
    (``spacing`` from ``WINDOW`` to ``SPACING``, aiming at ``MIN_WINDOWS`` windows)."""
    if spacing is None:
        speech = sum(max(0.0, end - start) for start, end in spans)
        spacing = min(SPACING, max(window, speech / MIN_WINDOWS))
    starts: list[float] = []
    latest = max(0.0, duration - window)
    for start, end in spans:
        count = max(1, int(np.ceil((end - start) / spacing)))
        if end - start <= window or count == 1:
            starts.append(min(max(0.0, (start + end) / 2 - window / 2), latest))
            continue
        starts.extend(float(x) for x in np.linspace(start, end - window, count))
    s = np.array(starts, dtype=np.float64)
    return Windows(s, s + window)


def overlap_weights(windows: Windows, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """(items, windows) seconds of overlap, each row normalised; an item no window touches takes the nearest."""
    ov = np.minimum(ends[:, None], windows.ends[None, :]) - np.maximum(starts[:, None], windows.starts[None, :])
    ov = np.maximum(ov, 0.0)
    empty = ov.sum(axis=1) <= 0
    if empty.any() and len(windows):
        mids = (starts[empty] + ends[empty]) / 2
        centres = (windows.starts + windows.ends) / 2
        nearest = np.argmin(np.abs(mids[:, None] - centres[None, :]), axis=1)
        ov[np.where(empty)[0], nearest] = 1.0
    return ov / np.maximum(ov.sum(axis=1, keepdims=True), 1e-12)


def pooled(weights: np.ndarray, embeddings: np.ndarray) -> np.ndarray:
    """Unit-length weighted means of window embeddings, one per row of ``weights``."""
    mean = weights @ embeddings
    return mean / np.maximum(np.linalg.norm(mean, axis=1, keepdims=True), 1e-12)


def switch_costs(words: list[Word], sentence_end: list[bool]) -> np.ndarray:
    """Cost of a speaker change before word i (i >= 1)."""
    costs = np.full(len(words), SWITCH_INSIDE)
    for i in range(1, len(words)):
        if sentence_end[i - 1]:
            costs[i] = SWITCH_SENTENCE
        elif words[i].start - words[i - 1].end >= REGION_GAP:
            costs[i] = SWITCH_PAUSE
    return costs


def viterbi(scores: np.ndarray, costs: np.ndarray) -> np.ndarray:
    """Best label path for (words, speakers) ``scores`` with ``costs[i]`` to change speaker before word i."""
    n, k = scores.shape
    if n == 0:
        return np.zeros(0, dtype=int)
    total = scores[0].copy()
    back = np.zeros((n, k), dtype=int)
    for i in range(1, n):
        best = int(np.argmax(total))
        switch = total[best] - costs[i]
        stay = total
        back[i] = np.where(stay >= switch, np.arange(k), best)
        total = np.maximum(stay, switch) + scores[i]
    path = np.zeros(n, dtype=int)
    path[-1] = int(np.argmax(total))
    for i in range(n - 1, 0, -1):
        path[i - 1] = back[i, path[i]]
    return path


def label_words(word_vectors: np.ndarray, centres: np.ndarray, costs: np.ndarray) -> np.ndarray:
    scores = SHARPNESS * (word_vectors @ centres.T)
    return viterbi(scores, costs)


def hold_hanging(words: list[Word], labels: list[str], reach: int = HANG_REACH) -> list[str]:
    """``labels`` (one voice per word) with a change of voice inside a phrase moved to the phrase's end.

    Whisper's sentence "Our finance team will raise the PO by the first, so that's spot on." heard as one voice up
    to "the" and the next voice from "PO" is one speaker to "first,"; so is "three o" / "'clock," (a word Whisper
    gave as two). Moved only when the word before the change is one a sentence does not stop on (``HANGING``) or
    the word after is the rest of a word (it starts with an apostrophe), unpunctuated, the next punctuation mark
    comes within ``reach`` words of the same voice, and that voice speaks on after it."""
    out = list(labels)
    n = len(words)
    i = 1
    while i < n:
        if out[i] != out[i - 1]:
            before, after = words[i - 1].text.strip(), words[i].text.strip()
            hangs = not before.endswith(_STOPS) and before.lower() in HANGING
            if hangs or after.startswith("'"):
                voice, j = out[i], i
                while j < min(n, i + reach) and out[j] == voice and not words[j].text.strip().endswith(_STOPS):
                    j += 1
                if j < min(n, i + reach) and j + 1 < n and out[j] == voice == out[j + 1]:
                    out[i : j + 1] = [out[i - 1]] * (j + 1 - i)
                    i = j
        i += 1
    return out


def to_punctuation(words: list[Word], labels: list[str]) -> list[str]:
    """``labels`` with a change of voice between two words Whisper did not punctuate moved by one word to where it
    put a comma or a stop ("… before the window goes in, you've" | "gone then, Wednesday," : the reply starts at
    "you've"). Back before forward; the voice that gives the word keeps at least one word next to it."""
    out = list(labels)
    n = len(words)
    i = 1
    while i < n:
        if out[i] != out[i - 1] and not words[i - 1].text.strip().endswith(_MARKS):
            left, right = out[i - 1], out[i]
            if i >= 2 and out[i - 2] == left and words[i - 2].text.strip().endswith(_MARKS):
                out[i - 1] = right
            elif i + 1 < n and out[i + 1] == right and words[i].text.strip().endswith(_MARKS):
                out[i] = left
                i += 1
        i += 1
    return out


def _clause_after(word: Word, following: Word) -> bool:
    """A new clause starts at ``following`` after a comma."""
    return word.text.endswith(",") and following.text.lower() in _NEW_CLAUSE


def _run_in(word: Word, following: Word) -> bool:
    """A new sentence starts at ``following`` with no mark before it (capitalised, not "I"): two voices' words,
    maybe, run together ("… translated into Welsh for Let me check")."""
    capital = following.text[:1].isupper() and following.text != "I"
    return capital and following.text.lower() in _NEW_CLAUSE and not word.text.endswith(_STOPS)


def mark_questions(segment: Segment) -> Segment:
    """``segment`` (one voice) with a question mark where Whisper ended a request put as a question with a comma
    or a full stop, or ran the next sentence into it: "Rich, could you get the allocations from the warehouse,
    you've got the relationship," is asked ("… from the warehouse? you've got the relationship,"), so the answer
    after it is read as taking it on. The question ends at the first comma that a new clause follows, else at the
    sentence's end; one with a question mark already, that the asker takes back, or that runs into a new sentence
    with no mark (maybe another voice's words) is left as it is."""
    words = list(segment.words)
    changed = False
    first = 0
    for i, w in enumerate(words):
        if not (w.text.endswith(SENTENCE_END) or i == len(words) - 1):
            continue
        span, first = range(first, i + 1), i + 1
        text = join_words([words[k] for k in span])
        if "?" in text or not _ASKS.match(text) or _TAKEN_BACK.search(text):
            continue
        if any(_run_in(words[k], words[k + 1]) for k in span[:-1]):
            continue
        end = next((k for k in span[1:-1] if _clause_after(words[k], words[k + 1])), span[-1])
        said = words[end].text.rstrip(".,!;:")
        words[end] = words[end].model_copy(update={"text": said + "?"})
        changed = True
    if not changed:
        return segment
    return segment.model_copy(update={"words": words, "text": join_words(words)})


def split_segments(segments: list[Segment], labels: list[str]) -> list[Segment]:
    """Segments with one speaker each, cut where the speaker of consecutive words changes; words carry theirs.

    ``labels`` has one speaker per word, over the segments' words in order."""
    out: list[Segment] = []
    k = 0
    for seg in segments:
        runs: list[list[Word]] = []
        for w in seg.words:
            word = w.model_copy(update={"speaker": labels[k]})
            k += 1
            if runs and runs[-1][-1].speaker == word.speaker:
                runs[-1].append(word)
            else:
                runs.append([word])
        if not runs:
            out.append(seg.model_copy(update={"index": len(out)}))
            continue
        for run in runs:
            text = seg.text if len(runs) == 1 else join_words(run)
            out.append(Segment(index=len(out), start=run[0].start, end=run[-1].end, text=text,
                               speaker=run[0].speaker, words=run))  # fmt: skip
    return out


def join_turns(segments: list[Segment], max_gap: float = TURN_GAP) -> list[Segment]:
    """Consecutive sentences of one speaker joined into one turn, as a Teams or Zoom transcript gives them.

    The extraction reads a request and its answer as turns of two people ("Tom, can you ...?" / "Sure, I'll do
    that."); left one sentence per segment, a speaker's second sentence looks like a reply and a real reply falls
    outside the turns it looks back over. A pause of ``max_gap`` seconds or more still starts a new turn."""
    out: list[Segment] = []
    for seg in segments:
        last = out[-1] if out else None
        if (
            last is not None
            and seg.speaker is not None
            and seg.speaker == last.speaker
            and last.end is not None
            and seg.start is not None
            and seg.start - last.end < max_gap
        ):
            out[-1] = last.model_copy(
                update={"end": seg.end, "text": f"{last.text} {seg.text}", "words": [*last.words, *seg.words]}
            )
        else:
            out.append(seg.model_copy(update={"index": len(out)}))
    return out
