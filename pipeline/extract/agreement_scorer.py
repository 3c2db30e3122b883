"""A learned second opinion on agreements: a logistic scorer over every turn, trained on annotated meetings.

The agreement rules (``agreements.py``) were written while reading meetings, and they fit what was read: on 13
meetings nobody had read they found half the agreements, and half of what they found was wrong (F1 0.53). How a
client settles things varies more than a table of phrases can follow ("Then it's illustration throughout.",
"Thirty. Fine.", "Four thousand I can find."), but what such turns share can be weighed: who speaks (the client,
someone senior), how the turn opens (an affirmation), whether it restates the terms just put (the words of the
turns before), numbers and dates, the cue spans the rules already mark, the words of the turn and of the turn it
answers. A logistic model over those features gives each turn a probability that the meeting settles something
there. The rules keep the final say on what the agreement states; the scorer only decides where there is one:

* a rule's agreement stays when it is a ratifying cue ("so we're agreed", "let's go with") or the scorer gives its
  turn or a neighbour at least ``keep`` (it vetoes the weaker firings on talk that settles nothing);
* a turn the rules passed over becomes an agreement when the scorer gives it at least ``add``, more than both
  neighbours, no agreement is kept from three turns before it to the turn after (a decision confirmed again is
  one; but a weak rule agreement two or three turns before that the scorer is less sure of gives way to it, the
  meeting's ratification: "Agreed." to a preference, then "Then launch moves to the 19th. Done."), and it answers
  another speaker's turn that neither holds an item (accepting someone's promise or date is part of that item) nor
  is about the call itself; and it is not about the call itself, not undone by a reversal
  in it or the three turns after ("Thirty-five, fine, if that includes the edit." … "Then no."), not a session
  taken up (an item of both), not work asked of someone ("Send the deck to me first, please."), and not a bare
  acceptance when what it answers put nothing to decide ("Agreed." to an opinion).

Weights, thresholds and what they were trained on are data in ``models/agreement_scorer.json``, written by
``debrief train-agreements FOLDER... --out models/agreement_scorer.json`` from folders of
meetings in the gold format of ``FORMAT.md``. The weights read the cue spans of ``models/*.jsonl``: retrain after
changing them. Turns with no speaker (a recording drafted without speakers) are left to the rules: who answers
whom is most of the signal.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from spacy.tokens import Span, Token

from pipeline.errors import ConfigError
from pipeline.extract.agreements import CHOOSING, CONFIRM_REACH, IT_IS, Found, own_promises, reverses, runs_the_call
from pipeline.extract.echoes import sum_said_back
from pipeline.extract.settled import TERMS, points_back, proposing_sentence  # TERMS: a figure stated settles terms
from pipeline.extract.turns import CueLabel, Turn
from pipeline.schemas import Meeting
from pipeline.settings import Settings

MODEL_FILE = "agreement_scorer.json"
RULE = "learned_agreement"
AFFIRM = {
    "yes", "yeah", "yep", "okay", "ok", "fine", "right", "great", "good", "agreed", "perfect", "sure", "lovely",
    "deal", "done", "absolutely", "brilliant", "then", "sold", "excellent", "cool", "alright", "happy", "definitely",
    "sounds",
}  # fmt: skip
SENIOR = re.compile(r"director|head|chief|ceo|cmo|founder|lead|owner|partner|vp|manager", re.IGNORECASE)
FILLER = set("okay yeah yes um uh just really then well oh right".split())
LABELS: tuple[CueLabel, ...] = (
    "AGREE", "AGREE_ACCEPT", "PROPOSAL", "DECLINE", "DEFER", "REQUEST", "OFFER", "DECISION_CUE", "DECISION_HEDGE",
    "DECISION_HINT", "REVERSE", "ACCEPT", "WITHDRAW", "DISTRACTOR", "COURTESY", "ACTION_HINT", "JOINT", "SELF_IDIOM",
)  # fmt: skip
PREV_LABELS: tuple[CueLabel, ...] = ("PROPOSAL", "AGREE", "REQUEST", "OFFER", "DECISION_HINT", "DECISION_CUE")
THATS = re.compile(
    r"\bthat(?:'s| is) (?:fine|fair|good|great|decided|agreed|approved|settled|it|done|perfect|lovely|sensible|"
    r"reasonable)\b"
)
PLEASE = re.compile(r"\bplease\b", re.IGNORECASE)  # "Send the deck to me first, please.": asked for, not settled
HEDGE = re.compile(r"\b(?:maybe|might|could|perhaps|not sure|think about|sleep on|come back to)\b")
WE_FUTURE = re.compile(r"\bwe(?:'ll| will|'re going| are going)\b")
I_FUTURE = re.compile(r"\bi(?:'ll| will)\b")
STRONG_KEEP = 0.04  # a ratifying cue's agreement stays unless the scorer gives it and both neighbours less
# a pick among the options just put ("Teal or coral?" "Coral. Sold."), or the agency's recommendation named again
# with the client's yes ("Oh, yes. Real customers."), or the client's verdict naming what the turns before discussed
# ("…too late for the catalogue." "Then it's Lisbon. I'll take the nine K out of sampling."): the rule checked what it
# answers; so does an option gone back to in place of the one a decision just took ("Let's go with the park." …
# "Actually, let's go back to the studio.", agreements.AgreementTracker._gone_back)
PICKED = {"option_picked", "choice_changed", "named_verdict", "option_affirmed", "then_verdict", "gone_back"}
# a limit the client gives holds a figure by its rule (limits.py): terms, as _states_terms; so does a read-back of
# what was settled, confirmed ("So just so I've got it, the cap is eighty-five?" "Correct."); and a condition of the
# client's own sign-off, taken as set ("Not until the contract's signed, please." "Understood.", settling.signoff_set);
# and terms conceded, taken with a "Yes, please." (concessions.py), or a deal offered on terms, taken (deals.py); and
# an outcome said again in answer to its read-back ("So radio stays as is, ninety?" "Radio stays."); and a course
# the other side put, taken with an order of its own ("I'd pause everything." "Yes, pause everything.",
# settling.course_taken); and a proposal's outcome said in the present after the client's acceptance ("Okay. Awards
# move to the closing session.", verdicts.outcome_restated); and a change to the work offered, taken with a "Yes,
# please." (settled.change_taken); and an approval relayed as just come in ("They've come straight back. They're fine
# with the extra print run.", announced.relayed); and a change or what stays asked by one side, granted by the other
# with a bare yes or one saying how it stands ("Can I ask that we keep the influencer spend whole?" "Yes, we'll
# ring-fence it.", settled.change_granted); and a decision put as what "we" do, taken ("I think we go with Leeds and
# drop Glasgow." "Makes sense.", settled.course_put), or with "let's" by the other side and taken in the next turn
# ("Let's push the launch to the 9th then." "Fine by us."); and a thing named kept as it was after a change just put
# was taken back ("Actually, forget that, we'll keep the date as it was.", agreements.AgreementTracker._kept_as_it_was);
# and a limit agreed and named at once, or a course on a condition assented to ("Agreed, Friday is the cut-off.",
# "So if they won't move we go Saturday only." "Yes.", agreed_terms)
STATED = {
    "limit_given", "read_back_confirmed", "signoff_set", "concession_taken", "deal_taken", "outcome_read_back",
    "role_taken", "course_taken", "outcome_restated", "change_taken", "overruled", "relayed", "change_granted",
    "course_accepted", "kept_as_it_was", "term_agreed",
}  # fmt: skip
ANSWERED_REACH = 3  # turns back to the turn another speaker said, which this one answers
UNDONE_REACH = 3  # turns after a settling in which "then no" / "scrap that" undoes it
CONTEXT = 4  # turns back whose words a restatement repeats


def _is_content(t: Token) -> bool:
    return t.is_alpha and not t.is_stop and t.lower_ not in FILLER


def _content(turn: Turn) -> set[str]:
    return {t.lemma_.lower() for t in turn.doc if _is_content(t)}


def _has_number(turn: Turn) -> bool:
    return any(t.like_num or t.text in "£$€" for t in turn.doc)


def _numbers(turn: Turn) -> set[str]:
    return {t.lower_ for t in turn.doc if t.like_num}


def _side_is(turn: Turn, side: str) -> float:
    """1 or 0 for a turn whose side is known; a voice the recording could not name ("Speaker 3") is either side,
    so half: its words, not a guess of its side, decide."""
    if turn.side is None and turn.speaker:
        return 0.5
    return float(turn.side == side)


def turn_features(turns: list[Turn], k: int, roles: dict[str, str], content: list[set[str]]) -> dict[str, float]:
    """The scorer's features of turn ``k`` (``content``: each turn's content lemmas, ``_content``)."""
    turn = turns[k]
    words = [t for t in turn.doc if not t.is_punct]
    low = turn.text.lower()
    n = len(words)
    first = [w.lower_ for w in words[:3]]
    f: dict[str, float] = {
        "client": _side_is(turn, "client"),
        "len<=3": float(n <= 3),
        "len<=8": float(3 < n <= 8),
        "len<=20": float(8 < n <= 20),
        "len>20": float(n > 20),
        "opens_affirm": float(bool(first) and first[0] in AFFIRM),
        "affirm_in_first3": float(any(w in AFFIRM for w in first)),
        "question": float(turn.is_question()),
        "open_AGREE_ACCEPT": float(turn.opening("AGREE_ACCEPT", 5) is not None),
        "num": float(_has_number(turn)),
        "date": float(bool(turn.dues)),
        "then": float(bool(re.search(r"\bthen\b", low))),
        "lets": float("let's" in low or "let us" in low),
        "we_future": float(bool(WE_FUTURE.search(low))),
        "i_will": float(bool(I_FUTURE.search(low))),
        "neg": float(any(t.dep_ == "neg" for t in turn.doc)),
        "imperative": float(
            any(
                s.root.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in s.root.children)
                for s in turn.doc.sents
            )
        ),
        "thats_adj": float(bool(THATS.search(low))),
        "senior": float(bool(SENIOR.search(roles.get(turn.speaker or "", "")))),
        "last15": float(turn.position >= 0.85),
        "first10": float(turn.position < 0.1),
        "past": float(any(t.tag_ == "VBD" and t.dep_ == "ROOT" for t in turn.doc)),
        "hedge": float(bool(HEDGE.search(low))),
        "n_content": min(len(content[k]), 10) / 10,
    }
    for label in LABELS:
        f["cue_" + label] = float(bool(_seen_cues(turn, label)))
    f.update(reply_features(turns, k))
    f.update(exchange_features(turns, k))
    before = set().union(*content[max(0, k - CONTEXT) : k])
    f["overlap_ctx"] = len(content[k] & before) / len(content[k]) if content[k] else 0.0
    j = _answered(turns, k)
    f["prev_other"] = float(j == k - 1)
    if j is not None:
        prev = turns[j]
        f["prev_question"] = float(prev.is_question())
        for label in PREV_LABELS:
            f["prev_" + label] = float(bool(_seen_cues(prev, label)))
        f["prev_agency"] = _side_is(prev, "agency")
        f["overlap_prev"] = len(content[k] & content[j]) / len(content[k]) if content[k] else 0.0
        f["prev_num"] = float(_has_number(prev))
        for t in prev.doc:
            if t.is_alpha:
                f["pw_" + t.lemma_.lower()] = 1.0
    for w in words[:4]:
        f["w1_" + w.lower_] = 1.0
    for w in words:
        if w.is_alpha:
            f["w_" + w.lemma_.lower()] = 1.0
    return f


# cue ids added after the weights were trained: the tracker checks them (a bare "let's license" picks a course only
# when one was put with that verb, "No generator." drops only an option named before), so the features read the
# turns as the weights saw them
UNSEEN = frozenset({"lets_verb_option", "none_said", "prefer_that"})


def _seen_cues(turn: Turn, label: CueLabel) -> list[Span]:
    return [s for s in turn.cues(label) if s.id_ not in UNSEEN]


def reply_features(turns: list[Turn], k: int) -> dict[str, float]:
    """How another speaker takes turn ``k`` up: a decision is acknowledged ("Great, I'll tell the printer."), a
    proposal or a question is answered or asked about."""
    turn = turns[k]
    if k + 1 >= len(turns) or turns[k + 1].speaker == turn.speaker:
        return {}
    after = turns[k + 1]
    words = [t for t in after.doc if t.is_alpha]
    return {
        "next_affirm": float(bool(words) and words[0].lower_ in AFFIRM),
        "next_i_will": float(bool(I_FUTURE.search(after.text.lower()))),
        "next_question": float(after.is_question()),
    }


def exchange_features(turns: list[Turn], k: int) -> dict[str, float]:
    """Whether turn ``k`` states an outcome ("The launch moves to May.", "The budget stays at forty."), and
    whether the talk after it goes on bargaining (another speaker brings a new figure) or settles it a turn or
    three later (then the position taken here was not yet the decision)."""
    turn = turns[k]
    f = {
        "states_outcome": float(
            any(s.root.tag_ == "VBZ" and s.root.lemma_ not in ("be", "have") for s in turn.doc.sents)
        ),
    }
    later = [t for t in turns[k + 1 : k + 4] if t.speaker != turn.speaker]
    if later:
        f["next_counter"] = float(bool(_numbers(later[0]) - _numbers(turn)))
        f["settled_later"] = float(
            any(_seen_cues(t, "AGREE") or _seen_cues(t, "AGREE_ACCEPT") for t in turns[k + 1 : k + 4])
        )
    return f


def meeting_features(turns: list[Turn], meeting: Meeting) -> list[dict[str, float]]:
    roles = {a.name: a.role or "" for a in meeting.attendees}
    content = [_content(t) for t in turns]
    return [turn_features(turns, k, roles, content) for k in range(len(turns))]


def logistic(weights: dict[str, float], bias: float, features: list[dict[str, float]]) -> list[float]:
    """The probability a logistic model with ``weights`` and ``bias`` gives each row of ``features``."""
    logits = [bias + sum(weights.get(name, 0.0) * v for name, v in f.items()) for f in features]
    return [float(p) for p in 1.0 / (1.0 + np.exp(-np.array(logits, dtype=float)))]


@dataclass(frozen=True)
class Scorer:
    weights: dict[str, float]
    bias: float
    keep: float
    add: float

    def probabilities(self, features: list[dict[str, float]]) -> list[float]:
        return logistic(self.weights, self.bias, features)

    def revise(
        self,
        found: list[Found],
        turns: list[Turn],
        meeting: Meeting,
        barred: set[int],
        committed: set[int],
        joint: set[int],
        asked: set[int],
    ) -> list[Found]:
        """The rules' agreements the scorer keeps, and the turns it adds: none where ``barred``, nor answering a
        turn that holds an item (``committed``: "I'll post it Monday, is that okay?" "Yes. Do that.")."""
        if not turns or all(t.speaker is None for t in turns):
            return found
        p = self.probabilities(meeting_features(turns, meeting))

        def near(k: int) -> list[float]:
            return [p[j] for j in (k - 1, k, k + 1) if 0 <= j < len(p)]

        kept = [
            f
            for f in found
            if f.rule == "next_meeting_set"
            or max(near(f.turn)) >= self.keep
            or (
                f.strong
                and (
                    max(near(f.turn)) >= STRONG_KEEP
                    or f.rule in PICKED | STATED
                    or _states_terms(turns[f.turn])
                    or (f.rule == "x_it_is" and _preference_taken(turns, f.turn))
                    or (f.rule == "term_echoed" and sum_said_back(turns, f.turn))  # a counter-offer of a sum taken
                )
            )
        ]
        added: list[Found] = []
        for k in range(len(turns)):
            answered = _answered(turns, k)
            # (after an option picked, a decision on something else, "Go on then, the bowl food." … "Then the keynote
            # comes out of contingency.", is no ratification of it; nor, after a choice, the settling of another point
            # the turn answers: "Teal it is, then." … "It's a hundred and eighty mil high, the max before the
            # headlamps." "Fine, leave it at that, then.")
            before = [
                f
                for f in kept
                if k - CONFIRM_REACH <= f.turn < k - 1
                and (f.rule not in PICKED or _same_things(turns, f.turn, k))
                and (f.rule not in CHOOSING or _same_exchange(turns, f.turn, k, answered))
            ]
            # the meeting's ratification a turn or three after a weak rule agreement it is surer of ("Agreed." to a
            # preference, then "Then launch moves to the 19th. Done.") is where the decision stands
            superseded = [
                f for f in before if not f.strong and f.rule != "next_meeting_set" and max(near(f.turn)) < p[k]
            ]
            if (
                p[k] >= self.add
                and p[k] >= max(near(k))
                and k not in barred
                and not any(k - 1 <= f.turn <= k + 1 for f in kept)
                and len(superseded) == len(before)
                and answered is not None
                and answered not in committed
                and not runs_the_call(turns[answered])
                and not _in_meeting(turns[k])
                and not any(reverses(t) for t in turns[k : k + 1 + UNDONE_REACH])
                and k not in asked
                and not PLEASE.search(turns[k].text)
                and not (_bare_acceptance(turns[k]) and not _puts(turns[answered]))
                and k not in joint
            ):
                kept = [f for f in kept if f not in superseded]
                added.append(
                    Found(k, turns[k].text, RULE, round(p[k], 2), strong=False, said=_settled(turns, k, answered))
                )
        return sorted(kept + added, key=lambda f: f.turn)


def _settled(turns: list[Turn], k: int, answered: int) -> str:
    """What the reply at ``k`` settled: the proposal it answers when its first sentence only does that to a pointer
    ("Could we drop the A4s?" "Yeah, let's drop them. That should bring it down." -> "Could we drop the A4s?"),
    else ``_settled_part``."""
    first = next(iter(turns[k].doc.sents), None)
    accepting = {t.i for label in ("ACCEPT", "AGREE_ACCEPT") for s in turns[k].cues(label) for t in s}
    words = [t for t in first or [] if not t.is_punct and t.i not in accepting]
    put = proposing_sentence(turns[answered])
    return put if words and points_back(words, put) else _settled_part(turns[k])


def _settled_part(turn: Turn) -> str:
    """The turn without the sentences that take work on ("Yeah go on then, let's do the LED wall. I'll square it with
    finance." -> "Yeah go on then, let's do the LED wall."): the work is an item of its own, not what was settled;
    "" (the turn as said) when nothing else is left."""
    promised = {c.sent.start for c in own_promises(turn)}
    rest = [s for s in turn.doc.sents if s.start not in promised and any(t.is_alpha for t in s)]
    if not promised or len(rest) == len(list(turn.doc.sents)) or not any(len(s) > 3 for s in rest):
        return ""
    return " ".join(s.text.strip() for s in rest)


def _same_things(turns: list[Turn], j: int, k: int) -> bool:
    """Turns ``j`` and ``k`` name a thing in common (nouns and names), or either names none."""
    said = [{t.lemma_.lower() for t in turns[i].doc if t.pos_ in ("NOUN", "PROPN") and not t.is_stop} for i in (j, k)]
    return not (said[0] and said[1]) or bool(said[0] & said[1])


def _same_exchange(turns: list[Turn], j: int, k: int, answered: int | None) -> bool:
    """Turn ``j`` names a thing (nouns and names) that reply ``k`` or the turn it answers names, or either side names
    none: ``k`` may confirm what ``j`` settled."""

    def things(i: int) -> set[str]:
        return {t.lemma_.lower() for t in turns[i].doc if t.pos_ in ("NOUN", "PROPN") and not t.is_stop}

    said, now = things(j), things(k) | (things(answered) if answered is not None else set())
    return not (said and now) or bool(said & now)


def _states_terms(turn: Turn) -> bool:
    """A sentence with a ratifying cue names an amount ("The budget is confirmed at $48,000."): GUIDELINES' budget
    with an amount, which the scorer's veto of weak-looking ratifications leaves standing."""
    cued = {s.sent.start for s in turn.cues("AGREE") + turn.cues("AGREE_ACCEPT")}
    return any(e.label_ in TERMS and e.sent.start in cued for e in turn.doc.ents)


def _preference_taken(turns: list[Turn], k: int) -> bool:
    """ "X it is" at ``k`` takes the option the other speaker just named ("I'd rather the Glasshouse then."
    "Glasshouse it is."): a pick the rule checked against what it answers, as ``PICKED``."""
    m = IT_IS.search(turns[k].text)
    if not m or k == 0 or turns[k - 1].speaker in (None, turns[k].speaker):
        return False
    x = m.group("x").lower()
    named = {t.lower_ for t in turns[k - 1].doc if t.pos_ in ("NOUN", "PROPN", "NUM") and not t.is_stop}
    return x in named


def _in_meeting(turn: Turn) -> bool:
    """The turn is about the call itself ("Yes, start with the numbers.", "let me share my screen"); not a decision
    to be noted ("That's the tone, write that down.") nor one that holds for the time being ("No paid on the orchard
    content for now.")."""
    cues = turn.cues("DISTRACTOR")
    return any(s.id_.startswith("in_meeting") and s.id_ != "in_meeting_note" and not _for_now(s) for s in cues)


def _for_now(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ == "for" and span[0].lower_ == "now"


NAMING = frozenset({"x_then", "x_it_is"})  # cues that hold the term they settle ("Half ten, then.")


def _bare_acceptance(turn: Turn) -> bool:
    """The turn is an agreement cue and nothing of its own ("Agreed.", "Okay, let's do that."): it needs something
    put to accept."""
    cues = turn.cues("AGREE") + turn.cues("AGREE_ACCEPT")
    # "Half ten, then.", "Coral it is.": the cue names what it settles, which is the turn's own
    inside = {t.i for s in cues if s.id_ not in NAMING for t in s}
    return bool(cues) and not any(_is_content(t) and t.i not in inside for t in turn.doc)


def _puts(turn: Turn) -> bool:
    """The turn puts something to decide: a question, a proposal, or terms read back ("Right, so, holding statements,
    one hour from legal, I sign off." "Agreed.")."""
    return turn.is_question() or bool(turn.cues("PROPOSAL")) or _reads_back(turn)


READ_BACK_OPENERS = frozenset({"right", "okay", "ok", "so"})
READ_BACK_WORDS = 5  # words: "So that's fine." reads nothing back


def _reads_back(turn: Turn) -> bool:
    """The turn sums up terms, opening with "so" ("Okay, so warm, dry, plain English, no puns.")."""
    words = [t.lower_ for t in turn.doc if not t.is_punct]
    opening = words[: words.index("so") + 1] if "so" in words[:2] else []
    return bool(opening) and set(opening) <= READ_BACK_OPENERS and len(words) - len(opening) >= READ_BACK_WORDS


def _answered(turns: list[Turn], k: int) -> int | None:
    """The other speaker's turn, in reach, that turn ``k`` answers (one person agreeing with themselves settles
    nothing)."""
    return next(
        (j for j in range(k - 1, max(-1, k - 1 - ANSWERED_REACH), -1) if turns[j].speaker != turns[k].speaker), None
    )


@cache
def load_scorer(models_dir: Path) -> Scorer:
    data = read_weights(models_dir / MODEL_FILE, "debrief train-agreements")
    return Scorer(data["weights"], data["bias"], data["keep"], data["add"])


def read_weights(path: Path, command: str) -> dict:
    """A learned scorer's file, or a ConfigError that says how to make it again."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("weights"), dict):
            raise ValueError("no weights in it")
    except (OSError, ValueError) as exc:
        raise ConfigError(
            f"{path}: the learned scorer's weights cannot be read ({exc}); restore it from the repository or "
            f"retrain it with `{command}` (models/README.md)"
        ) from exc
    return data


def fit(features: list[dict[str, float]], labels: list[int], l2: float, min_count: int = 5) -> tuple[dict, float]:
    """L2-regularised logistic regression by gradient descent; a word feature needs ``min_count`` turns. The rows
    are sparse (a few dozen of thousands of names), so they are kept as (row, column, value) triples."""
    counts = Counter(name for f in features for name in f)
    names = sorted(n for n, c in counts.items() if c >= (min_count if n.startswith(("w_", "w1_", "pw_")) else 3))
    index = {n: i for i, n in enumerate(names)}
    cells = [(i, index[n], v) for i, f in enumerate(features) for n, v in f.items() if n in index and v]
    cells += [(i, len(names), 1.0) for i in range(len(features))]  # the bias
    rows, cols = (np.array([c[a] for c in cells], dtype=int) for a in (0, 1))
    vals = np.array([c[2] for c in cells], dtype=float)
    y = np.array(labels, dtype=float)
    w = np.zeros(len(names) + 1)
    penalty = np.r_[np.full(len(names), l2), 0.0] / len(y)
    for _ in range(1500):
        p = 1.0 / (1.0 + np.exp(-np.bincount(rows, weights=vals * w[cols], minlength=len(y))))
        w -= 0.5 * (np.bincount(cols, weights=vals * (p - y)[rows], minlength=len(w)) / len(y) + penalty * w)
    return {n: round(float(w[i]), 4) for n, i in index.items() if abs(w[i]) >= 1e-4}, round(float(w[-1]), 4)


def training_turns(folders: list[Path], settings: Settings) -> tuple[list[dict[str, float]], list[int], int]:
    """Features and labels (a gold agreement at the turn) of every turn of the gold meetings in ``folders``, and
    how many meetings those were."""
    from pipeline.evaluate import gold_meetings
    from pipeline.extract import analyse

    features: list[dict[str, float]] = []
    labels: list[int] = []
    meetings = 0
    for gold, transcript, meeting in gold_meetings(folders):
        turns = analyse(transcript, meeting, settings)
        agreed = {a["turn"] for a in gold["gold"].get("agreements", [])}
        features += meeting_features(turns, meeting)
        labels += [int(k in agreed) for k in range(len(turns))]
        meetings += 1
    return features, labels, meetings


def train(
    folders: list[Path], out: Path, settings: Settings, l2: float = 3.0, keep: float = 0.1, add: float = 0.4
) -> str:
    """Fit the scorer on the gold meetings in ``folders`` and write it to ``out``; returns a one-line summary."""
    from pipeline.documents.files import atomic_write

    features, labels, meetings = training_turns(folders, settings)
    if not sum(labels):
        raise ConfigError(f"no gold agreements in {', '.join(map(str, folders))} (FORMAT.md's gold format)")
    weights, bias = fit(features, labels, l2)
    model = {
        "about": "pipeline/extract/agreement_scorer.py: logistic weights over turn features; keep/add thresholds",
        "trained_on": {"folders": [f.name for f in folders], "meetings": meetings, "turns": len(labels),
                       "agreements": sum(labels)},
        "l2": l2, "keep": keep, "add": add, "bias": bias, "weights": weights,
    }  # fmt: skip
    atomic_write(out, json.dumps(model, indent=0, sort_keys=True) + "\n")
    return f"{out}: {len(weights)} weights from {meetings} meetings, {len(labels)} turns, {sum(labels)} agreements"
