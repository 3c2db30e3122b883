"""Action items across turns: self-commitments, requests and their acceptance, assignments, offers, joint items.

The walk keeps a short list of open requests (``Pending``) and of items still waiting for a deadline. A request
becomes an action item at its acceptance turn, owned by whoever accepts; a declined one is dropped; an offer that
is taken up stays at the offer turn; a deadline that arrives a turn or two later ("When by?" "Tuesday?") is
attached to the item it answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.extract.components import Clause
from pipeline.extract.due import Due, nearest
from pipeline.extract.owners import joint, names_in, other_side
from pipeline.extract.turns import Turn
from pipeline.schemas import Meeting, Owner

SELF_KINDS = {"SELF"}
ORG_KINDS = {"WE", "ORG_SELF"}
DELIVER_TO_YOU = {"have", "get", "receive", "see"}
DECISION_VERBS = {"move", "go", "stick", "drop", "cut", "keep", "swap", "switch", "push", "shift", "run", "lock"}
VAGUE_OBJECTS = {"it", "that", "this", "them", "those", "one", "then", "answer", "ready", "done", "there", "in", "back"}
PENDING_TURNS = 2
DUE_LOOKAHEAD = 3


@dataclass
class Item:
    turn: int
    owner: Owner
    task: str
    rule: str
    confidence: float
    due: Due | None = None
    speaker: str | None = None
    merged: list[int] = field(default_factory=list)


@dataclass
class Pending:
    kind: str  # request | assign | offer | joint
    turn: int
    proposer: str | None
    addressees: list[str]
    task: str
    rule: str
    due: Due | None
    org: str | None = None  # the side asked when the request went to "your team"


def clause_due(turn: Turn, clause: Clause) -> Due | None:
    sent = clause.sent
    inside = [d for d in turn.dues if sent.start_char <= d.start_char < sent.end_char]
    if inside:
        return nearest(inside, clause.verb.idx)
    return None


def usable(clause: Clause) -> bool:
    return not (clause.negated or clause.conditional or clause.distractor)


def vague_task(clause: Clause) -> bool:
    words = [w.lower() for w in clause.task.split()[1:]]
    return not words or all(
        w in VAGUE_OBJECTS or w in ("an", "a", "the", "with", "you", "to", "over", "for") for w in words
    )


class CommitmentTracker:
    """Walks the turns in order and collects ``Item``s."""

    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self.items: list[Item] = []
        self.pending: list[Pending] = []
        self.awaiting_due: list[Item] = []
        self.prev_when = False

    # -- owners -----------------------------------------------------------------------------------------
    def _addressees(self, turn: Turn, clause: Clause | None = None) -> list[str]:
        names = [n for n in names_in(turn.text, self.meeting) if n != turn.speaker]
        if clause is not None and clause.subj is not None:
            subj_text = " ".join(t.text for t in clause.subj.subtree)
            names = [n for n in names if n not in subj_text] or names
        return names

    def _subject_name(self, turn: Turn, clause: Clause) -> str | None:
        if clause.subj is None:
            return None
        sub = " ".join(t.text for t in clause.subj.subtree)
        found = names_in(sub, self.meeting)
        return found[0] if found else None

    # -- the walk ---------------------------------------------------------------------------------------
    def feed(self, turn: Turn) -> None:
        created_before = len(self.items)
        consumed = self._resolve_pending(turn)
        self._new_commitments(turn, consumed)
        self._attach_late_dues(turn, created=len(self.items) > created_before)
        self.awaiting_due.extend(i for i in self.items[created_before:] if i.due is None)

    def finish(self, last_turn: int) -> list[Item]:
        self._expire(last_turn + PENDING_TURNS + 1, final=True)
        return sorted(self.items, key=lambda i: i.turn)

    def _expire(self, now: int, final: bool = False) -> None:
        keep = []
        for p in self.pending:
            if now - p.turn > PENDING_TURNS:
                if p.kind == "assign" and p.addressees and p.rule.endswith("closing"):
                    self._add(Item(p.turn, p.addressees[0], p.task, p.rule, 0.55, p.due, p.proposer))
                continue
            keep.append(p)
        self.pending = keep

    def _resolve_pending(self, turn: Turn) -> set[int]:
        """Acceptances and declines of open requests; returns the clause verbs used up by an acceptance."""
        self._expire(turn.index)
        consumed: set[int] = set()
        speaker = turn.speaker
        declined = turn.opening("DECLINE", window=5) or turn.opening("DEFER", window=5)
        accepted = turn.opening("ACCEPT", window=3) or turn.cues("SELF_IDIOM") or turn.cues("ORG_IDIOM")
        own = [c for c in turn.clauses if usable(c) and not c.question and c.subj_kind in SELF_KINDS | ORG_KINDS]
        own = [c for c in own if c.label in ("FUTURE", "ABILITY", "LET_ME")]
        for p in sorted(self.pending, key=lambda p: -p.turn):
            if speaker == p.proposer:
                continue
            if p.addressees and speaker not in p.addressees:
                continue
            if declined and not own:
                self.pending.remove(p)
                return consumed
            if not (accepted or own or (p.kind == "joint" and turn.dues)):
                continue
            self.pending.remove(p)
            clause = own[0] if own else None
            if clause is not None:
                consumed.add(clause.verb.i)
            due = (clause_due(turn, clause) if clause else None) or (turn.dues[0] if turn.dues else None) or p.due
            if p.kind == "offer":
                owner: Owner = p.proposer
                at = p.turn
            elif p.kind == "joint":
                owner, at = joint(p.proposer, speaker), turn.index
            elif clause is not None and clause.subj_kind in ORG_KINDS or turn.cues("ORG_IDIOM"):
                owner, at = turn.side, turn.index
            else:
                owner, at = speaker, turn.index
            task = p.task or (clause.task if clause else "")
            self._add(Item(at, owner, task, p.rule + "+accept", 0.8, due, speaker))
            return consumed
        return consumed

    def _new_commitments(self, turn: Turn, consumed: set[int]) -> None:
        recap = bool(turn.cues("RECAP"))
        idiom = (turn.cues("SELF_IDIOM") or turn.cues("ORG_IDIOM")) if not consumed else []
        for clause in turn.clauses:
            if clause.verb.i in consumed or not usable(clause):
                continue
            self._one_clause(turn, clause, recap)
        if idiom and not any(i.turn == turn.index for i in self.items):
            span = idiom[0]
            owner = turn.side if span.label_ == "ORG_IDIOM" else turn.speaker
            follow = [c for c in turn.clauses if c.verb.i >= span.start and usable(c)]
            task = follow[0].task if follow else span.text
            due = clause_due(turn, follow[0]) if follow else (turn.dues[0] if turn.dues else None)
            self._add(Item(turn.index, owner, task, span.id_, 0.75, due, turn.speaker))

    def _one_clause(self, turn: Turn, c: Clause, recap: bool) -> None:
        kind, label = c.subj_kind, c.label
        due = clause_due(turn, c)
        if label in ("FUTURE", "ABILITY", "LET_ME") and not c.question:
            if kind in SELF_KINDS or (kind == "YOU" and c.verb.lemma_ in DELIVER_TO_YOU and label == "FUTURE"):
                self._self_item(turn, c, turn.speaker, due, recap)
            elif kind in ORG_KINDS and label != "LET_ME":
                if kind == "WE" and c.verb.lemma_ in DECISION_VERBS:
                    return  # "we'll move the awards to the reception" is a decision, not a task
                if label == "ABILITY" and kind == "WE":
                    return  # "we can take it out of the plan" offers, it does not commit
                self._self_item(turn, c, turn.side, due, recap)
            elif kind == "NAME" and label == "FUTURE" and not recap:
                name = self._subject_name(turn, c)
                if name and name == turn.speaker:
                    self._self_item(turn, c, name, due, recap)
                elif name:
                    closing = "+closing" if turn.position >= 0.8 else ""
                    self.pending.append(
                        Pending("assign", turn.index, turn.speaker, [name], c.task, c.rule + closing, due)
                    )
            elif kind == "JOINT":
                self._joint(turn, c, due)
            return
        if c.question and kind in ("YOU", "ANY", "ORG_OTHER") and label in ("FUTURE", "ABILITY", "POSSIBLE"):
            org = other_side(turn.side) if kind == "ORG_OTHER" else None
            self.pending.append(
                Pending("request", turn.index, turn.speaker, self._addressees(turn, c), c.task, c.rule, due, org)
            )
        elif kind == "JOINT" or (c.question and kind == "WE" and label in ("POSSIBLE", "FUTURE", "ABILITY")):
            if kind == "WE" and not turn.cues("JOINT") and label != "POSSIBLE":
                return
            self._joint(turn, c, due)
        elif label == "ASSIGN" and not recap:
            name = self._subject_name(turn, c)
            if name and name != turn.speaker:
                closing = "+closing" if turn.position >= 0.8 else ""
                self.pending.append(Pending("assign", turn.index, turn.speaker, [name], c.task, c.rule + closing, due))
        elif label == "OFFER" and c.question or c.question and kind in SELF_KINDS and label in ("FUTURE", "POSSIBLE"):
            self.pending.append(Pending("offer", turn.index, turn.speaker, self._addressees(turn), c.task, c.rule, due))

    def _joint(self, turn: Turn, c: Clause, due: Due | None) -> None:
        self.pending.append(
            Pending("joint", turn.index, turn.speaker, self._addressees(turn, c), c.task, c.rule + "_joint", due)
        )

    def _self_item(self, turn: Turn, c: Clause, owner: Owner, due: Due | None, recap: bool) -> None:
        if owner is None:
            return
        recent = [i for i in self.items if turn.index - i.turn <= DUE_LOOKAHEAD and i.owner == owner]
        same_turn = [i for i in recent if i.turn == turn.index]
        if same_turn or (recent and vague_task(c)):
            target = (same_turn or recent)[-1]
            if target.due is None and due is not None:
                target.due = due
            target.merged.append(turn.index)
            return
        if recap and any(_overlap(i.task, c.task) for i in self.items):
            return
        conf = 0.85 if c.label == "FUTURE" else 0.7
        self._add(Item(turn.index, owner, c.task, c.rule, conf, due, turn.speaker))

    def _add(self, item: Item) -> None:
        self.items.append(item)

    # -- deadlines that arrive later --------------------------------------------------------------------
    def _attach_late_dues(self, turn: Turn, created: bool) -> None:
        when, self.prev_when = self.prev_when, bool(turn.cues("WHEN"))
        if created:
            self.awaiting_due = []
            return
        keep = []
        for item in self.awaiting_due:
            if turn.index - item.turn > DUE_LOOKAHEAD:
                continue
            if turn.dues and (turn.n_words <= 14 or when):
                item.due = turn.dues[0]
                continue
            keep.append(item)
        self.awaiting_due = keep


def _overlap(a: str, b: str) -> bool:
    wa = {w for w in a.lower().split() if len(w) > 3}
    wb = {w for w in b.lower().split() if len(w) > 3}
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.5
