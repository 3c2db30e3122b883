"""Selection for long meetings (hundreds of dialogue acts or Whisper segments): score every turn, keep the best.

In long design or project meetings the rules fire on many turns, and most real action items are agreed near
the end. Every turn gets an action score and a decision score from its cues (``ACTION_HINT``/``DECISION_HINT``
in ``models/meeting_cues.jsonl``, plus the commitment and agreement cues), its commitment clauses, whether the
dialogue rules already made an item of it, who speaks (the chair), and where it falls in the meeting; the best
``limit`` of each are kept (decisions at least ``spacing[1]`` turns apart; an action may span adjacent dialogue
acts, since AMI splits one utterance into several).
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.extract.turns import Turn
from pipeline.schemas import ActionItem, Agreement, Extraction

LONG_MEETING = 150
ACTION_WEIGHTS = {
    "future_clause": 0.5,
    "hint": 2.0,
    "rule_item": 0.5,
    "chair": 3.0,
    "closing": 5.0,
    "short": -1.5,
}
DECISION_WEIGHTS = {
    "agree": 1.5,
    "hint": 0.8,
    "we_modal": 0.7,
    "rule_item": 0.5,
    "chair": 0.0,
    "late": 0.6,
    "short": -1.5,
}
CHAIR_WORDS = ("PM", "project manager", "chair")


def _is_chair(turn: Turn) -> bool:
    return bool(turn.speaker) and any(w.lower() in (turn.speaker or "").lower() for w in CHAIR_WORDS)


def action_score(turn: Turn, has_item: bool, w: dict[str, float] = ACTION_WEIGHTS) -> float:
    clauses = [c for c in turn.clauses if not c.negated and c.label in ("FUTURE", "ABILITY", "LET_ME", "POSSIBLE")]
    score = w["future_clause"] * min(len(clauses), 2)
    score += w["hint"] * min(len(turn.cues("ACTION_HINT")), 3)
    score += w["rule_item"] * has_item + w["chair"] * _is_chair(turn)
    score += w["closing"] * max(0.0, (turn.position - 0.7) / 0.3)
    score += w["short"] * (turn.n_words < 5)
    return score


def decision_score(turn: Turn, has_item: bool, w: dict[str, float] = DECISION_WEIGHTS) -> float:
    score = w["agree"] * bool(turn.cues("AGREE") or turn.cues("AGREE_ACCEPT"))
    score += w["hint"] * min(len(turn.cues("DECISION_HINT")), 3)
    score += w["we_modal"] * any(c.subj_kind in ("WE", "JOINT") and not c.negated for c in turn.clauses)
    score += w["rule_item"] * has_item + w["chair"] * _is_chair(turn)
    score += w["late"] * turn.position
    score += w["short"] * (turn.n_words < 5)
    return score


def _pick(scores: list[tuple[float, int]], limit: int, spacing: int) -> list[int]:
    chosen: list[int] = []
    for _, k in sorted(scores, reverse=True):
        if len(chosen) >= limit:
            break
        if all(abs(k - c) > spacing for c in chosen):
            chosen.append(k)
    return sorted(chosen)


def rank_long_meeting(
    turns: list[Turn],
    extraction: Extraction,
    by_turn: bool,
    limit: int = 14,
    spacing: tuple[int, int] = (0, 2),
    scorers: tuple[Callable[..., float], Callable[..., float]] = (action_score, decision_score),
) -> Extraction:
    """At most ``limit`` action items and agreements, the best-scored turns of the meeting."""
    act_at = {(i.turn if i.turn is not None else i.segment): i for i in extraction.action_items}
    agr_at = {(a.turn if a.turn is not None else a.segment): a for a in extraction.agreements}
    a_scores = [(scorers[0](t, t.index in act_at), t.index) for t in turns]
    d_scores = [(scorers[1](t, t.index in agr_at), t.index) for t in turns]
    actions = []
    for k in _pick(a_scores, limit, spacing[0]):
        item = act_at.get(k)
        if item is None:
            t = turns[k]
            clause = next((c for c in t.clauses if not c.negated), None)
            item = ActionItem(
                task=clause.task if clause else t.text[:80],
                owner=t.speaker,
                quote=t.quote,
                turn=k if by_turn else None,
                segment=None if by_turn else k,
                start=t.start,
                speaker=t.speaker,
                rule="ranked_turn",
                confidence=0.3,
            )
        actions.append(item)
    agreements = []
    for k in _pick(d_scores, limit, spacing[1]):
        agr = agr_at.get(k)
        if agr is None:
            t = turns[k]
            agr = Agreement(
                text=t.text[:160],
                quote=t.quote,
                turn=k if by_turn else None,
                segment=None if by_turn else k,
                start=t.start,
                speaker=t.speaker,
                rule="ranked_turn",
                confidence=0.3,
            )
        agreements.append(agr)
    return Extraction(action_items=actions, agreements=agreements, extractor=extraction.extractor)
