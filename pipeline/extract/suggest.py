"""Suggestions: for a meeting the rules found little in, the ranker's next-best turns, offered to the reviewer.

In long, loose meetings (design meetings, all-hands, a long call with few "I'll"s) the dialogue rules fire on a few
turns, and many of those are weak. There the ranker (``ranking.py``) scores every turn; the draft keeps its confident
items, the rest of the rule items and the best-ranked other turns compete for the remaining places, and the turns
without a rule item become ``suggested_action_items`` / ``suggested_agreements``: shown on the review page under
"Possibly also", kept out of the report until the AE accepts one. At most ``limit`` items plus suggestions per kind.

A meeting "finds little" when it is long (``MIN_TURNS``) and its rule items are sparse (fewer than one per
``SPARSE_TURNS`` turns); the items the action scorer doubted (``action_scorer.py``) count as rule items here, and the
ranker, not the scorer, decides which of them stay in the draft. A suggestion's task and text follow the same
wording as the items (``wording.py``), an agreement's its statement (``suggested_statement``: what opened the turn
off, its subject kept); a turn whose statement is a fragment (fewer than ``MIN_STATEMENT`` words past a task's
wrapper: "So shall we do a, well," states "do a well") is passed over for the next-best one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from pipeline.extract.agreements import statement
from pipeline.extract.ranking import action_score, decision_features, decision_score, recap_opener, shared_nouns
from pipeline.extract.turns import Turn
from pipeline.extract.wording import Wording
from pipeline.extract.wording_rules import WordingRules
from pipeline.schemas import ActionItem, Agreement, Extraction

MIN_TURNS = 120
SPARSE_TURNS = 20
LIMIT = 12
CONFIDENT = 0.9  # rule items at or above this confidence always stay in the draft (fitted on AMI 1-20)
SPACING = (0, 2)  # suggestions at least this many turns apart (actions, decisions; fitted on AMI 1-20)
MIN_STATEMENT = 4  # words a suggested agreement must have to state anything ("and then you could have" does not)

T = TypeVar("T", ActionItem, Agreement)


def finds_little(turns: Sequence[Turn], extraction: Extraction) -> bool:
    n = len(turns)
    found = len(extraction.action_items) + len(extraction.suggested_action_items) + len(extraction.agreements)
    return n >= MIN_TURNS and found * SPARSE_TURNS < n


def suggested_statement(said: str, rules: WordingRules) -> str:
    """What a suggested agreement states: the turn without what opened it (``WordingRules.strip_opening``: "Yeah.",
    a word cut off and said again) nor its conversational opener (``statement``), taken off again when one uncovers
    another ("Well, y yeah, the price stays." -> "The price stays"). A task's wrappers stay: "We have to keep it
    simple" is what was said, "Keep it simple" an order nobody gave."""
    text = statement(rules.strip_opening(said))
    return statement(rules.strip_opening(text))


def _at(x: ActionItem | Agreement) -> int | None:
    return x.turn if x.turn is not None else x.segment


def _choose(
    items: list[T],
    scores: list[tuple[float, int]],
    make: Callable[[int], T | None],
    limit: int,
    spacing: int,
    together: Callable[[int, int], bool] = lambda _k, _t: False,
) -> tuple[list[T], list[T]]:
    """Confident items stay; the rest of the places go to the best-scored turns, a rule item where the turn has one
    (kept as an item), else a suggestion made by ``make``. Turns closer than ``spacing`` are passed over unless
    ``together`` says both belong to one list of separate decisions (a recap)."""
    keep = [i for i in items if (i.confidence or 0) >= CONFIDENT][:limit]
    by_turn = {_at(i): i for i in items if i not in keep}
    taken = {_at(i) for i in keep}
    kept: list[T] = list(keep)
    suggested: list[T] = []
    for _score, k in sorted(scores, reverse=True):
        if len(kept) + len(suggested) >= limit:
            break
        if any(t is not None and abs(k - t) <= spacing and not together(k, t) for t in taken):
            continue
        rule_item = by_turn.get(k)
        if rule_item is not None:
            kept.append(rule_item)
        else:
            made = make(k)
            if made is None:
                continue
            suggested.append(made)
        taken.add(k)
    return sorted(kept, key=lambda i: _at(i) or 0), sorted(suggested, key=lambda i: _at(i) or 0)


def suggest(
    turns: list[Turn], extraction: Extraction, by_turn: bool, wording: Wording, limit: int = LIMIT
) -> Extraction:
    """The extraction with suggestions, when the meeting finds little (else unchanged)."""
    if not finds_little(turns, extraction):
        return extraction
    act_turns = {_at(i) for i in extraction.action_items + extraction.suggested_action_items}
    agr_turns = {_at(a) for a in extraction.agreements}
    shared = shared_nouns(turns)
    a_scores = [(action_score(t, t.index in act_turns), t.index) for t in turns]
    d_scores = [
        (decision_score(decision_features(turns, k, t.index in agr_turns, shared)), t.index)
        for k, t in enumerate(turns)
    ]

    def action(k: int) -> ActionItem | None:
        t = turns[k]
        clause = next((c for c in t.clauses if not c.negated and c.task), None)
        raw = clause.task if clause else t.text
        task = wording.task(raw, k, t.speaker)
        if not task.strip():
            return None
        return ActionItem(task=task, owner=t.speaker, rule="ranked_turn", confidence=0.3, **t.evidence(by_turn))

    def agreement(k: int) -> Agreement | None:
        t = turns[k]
        # a fragment counts its words past a task's wrapper too: "So shall we do a, well," states "do a well"
        if len(statement(wording.rules.strip_lead(t.text)).split()) < MIN_STATEMENT:
            return None
        text = suggested_statement(t.text, wording.rules)
        return Agreement(text=text, rule="ranked_turn", confidence=0.3, **t.evidence(by_turn))

    # the action scorer's doubtful items are rule items still: here the ranker decides which stay in the draft
    rule_actions = sorted(extraction.action_items + extraction.suggested_action_items, key=lambda i: _at(i) or 0)
    actions, sug_actions = _choose(rule_actions, a_scores, action, limit, SPACING[0])
    openers = {k: recap_opener(turns, k) for k in range(len(turns))}

    def recap_together(k: int, t: int) -> bool:
        """One recap: "So we've decided on the cork handle." and the decisions it lists after it, one a turn."""
        a, b = openers.get(k), openers.get(t)
        return (a is not None and a in (b, t)) or (b is not None and b == k)

    agreements, sug_agreements = _choose(extraction.agreements, d_scores, agreement, limit, SPACING[1], recap_together)
    return extraction.model_copy(
        update={
            "action_items": actions,
            "agreements": agreements,
            "suggested_action_items": sug_actions,
            "suggested_agreements": sug_agreements,
        }
    )
