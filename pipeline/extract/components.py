"""spaCy components: the dependency-aware commitment clause finder.

``debrief_clauses`` runs after the parser and the cue SpanRuler (``doc.spans["cues"]``). It matches the
commitment frames of ``models/commitment_frames.jsonl`` (DependencyMatcher patterns: a future or modal verb
with its subject) and stores one ``Clause`` per match in ``doc._.clauses`` with the flags the dialogue
layer needs: negation, ``if``-clause, question (subject-auxiliary inversion), hypothetical modal, and
whether a distractor cue ("I'll be honest", "share my screen") covers the verb. Examples::

    "I'll send the revised plan by Friday."        -> FUTURE, subject I, task "send the revised plan"
    "We won't need the drone unit."                 -> FUTURE, negated
    "If it goes missing I'll drive up there."       -> FUTURE, conditional
    "Could you send us the brand guidelines?"       -> POSSIBLE, subject you, question
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, get_args

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token

from pipeline.errors import ConfigError
from pipeline.extract.date_words import DAY_NAMES
from pipeline.extract.task_dates import puts_question
from pipeline.extract.task_sent import DEPARTMENTS
from pipeline.extract.tasks import task_text

SubjectKind = Literal["SELF", "WE", "YOU", "JOINT", "PAIR", "ANY", "ORG_SELF", "ORG_OTHER", "NAME", "OTHER"]
"""Who a clause's subject is: the speaker (I), the speaker's side (we; our team, "they" for our people), the
listener (you), the two of them (you and I), a pair addressed ("you two"), anyone, the other side's team, a named
attendee, or something else."""
ClauseLabel = Literal["FUTURE", "ABILITY", "LET_ME", "POSSIBLE", "PROGRESSIVE", "ASSIGN", "OFFER"]
"""The frame kinds of ``models/commitment_frames.jsonl``: will / going to, can, let me, could / might, am doing,
X is to / X will (assigning), shall I."""
CLAUSE_LABELS: tuple[ClauseLabel, ...] = get_args(ClauseLabel)

SUBJECT_WORDS: dict[str, SubjectKind] = {
    "i": "SELF",
    "me": "SELF",
    "we": "WE",
    "us": "WE",
    "you": "YOU",
    "someone": "ANY",
    "somebody": "ANY",
    "anyone": "ANY",
    "anybody": "ANY",
}
ORG_NOUNS = {"team", "studio", "side", "department", "people", "lot", "retoucher", "agency", "colleagues", "office"}


@dataclass
class Clause:
    """One future/modal predicate with its subject, as found by a commitment frame."""

    rule: str
    label: ClauseLabel
    verb: Token
    subj: Token | None
    subj_kind: SubjectKind
    negated: bool = False
    conditional: bool = False
    question: bool = False
    hypothetical: bool = False
    distractor: str | None = None
    task: str = ""
    names: list[str] = field(default_factory=list)

    @property
    def sent(self) -> Span:
        return self.verb.sent


def register_extensions() -> None:
    """Register the ``Doc._`` extensions once per process."""
    if not Doc.has_extension("clauses"):
        Doc.set_extension("clauses", default=None)


def subject_kind(subj: Token | None) -> SubjectKind:
    """The ``SubjectKind`` of a subject token."""
    if subj is None:
        return "OTHER"
    low = subj.lower_
    conj_words = {t.lower_ for t in subj.conjuncts}
    if low in ("you", "i", "me") and conj_words & {"you", "i", "me"} - {low}:
        return "JOINT"
    if conj_words & {"i", "me", "myself"} and subj.pos_ != "PROPN":  # "my producer and I will…": the speaker's
        return "SELF"
    nxt = subj.doc[subj.i + 1].lower_ if subj.i + 1 < len(subj.doc) else ""
    if low == "you" and (nxt in ("two", "both") or any(t.lower_ in ("two", "both") for t in subj.children)):
        return "PAIR"
    if low == "you" and any(t.pos_ == "PROPN" for t in subj.conjuncts):  # "could you and Gareth do that together?"
        return "PAIR"
    sent = subj.sent
    if low in ("you", "i", "me") and _you_and_i(sent):
        return "JOINT"
    if low == "they":
        before = subj.doc[: subj.i]
        if any(t.lower_ in ("our", "my") and t.head.lemma_ in ORG_NOUNS for t in before):
            return "ORG_SELF"
    if low in SUBJECT_WORDS:
        return SUBJECT_WORDS[low]
    # "our properties team": the parser may hang "our" on the compound before the noun
    poss = {t.lower_ for t in subj.children if t.dep_ == "poss"} | {
        g.lower_ for t in subj.children if t.dep_ == "compound" for g in t.children if g.dep_ == "poss"
    }
    if subj.lemma_ in ORG_NOUNS and any(t.dep_ == "poss" and t.pos_ == "PROPN" for t in subj.children):
        return "ORG_SELF"
    if (
        subj.lower_ in ORG_NOUNS
        or subj.lemma_ in ORG_NOUNS
        or subj.lower_ in DEPARTMENTS
        or any(t.lower_ == "team" for t in subj.subtree)
    ):
        if poss & {"our", "my"}:
            return "ORG_SELF"
        if poss & {"your"}:
            return "ORG_OTHER"
        if any(t.lower_ == "the" for t in subj.children) and subj.lower_ in ("team", "studio"):
            return "ORG_SELF"
    if subj.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in subj.subtree):
        return "NAME"
    return "OTHER"


def _negated(verb: Token, aux: Token | None) -> bool:
    heads = [verb] + ([aux, aux.head] if aux is not None else [])  # "What I can't do is …": the "do" is negated
    for tok in heads:
        if any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in tok.children):
            return True
    head = verb.head
    # "I don't think I'll make it" negates the clause after it; "I'll square it with them, they won't mind" does not
    if verb.dep_ in ("ccomp", "xcomp") and head.i < verb.i:
        if head.dep_ == "acomp" and head.lower_ in DOUBTED:  # "I'm not sure we can turn that round this week"
            return any(c.dep_ == "neg" for c in head.head.children)
        return any(c.dep_ == "neg" for c in head.children)
    return False


DOUBTED = {"sure", "certain", "confident", "convinced"}  # "I'm not sure we can …": no more than a doubt


def _conditional(verb: Token, courtesy: Iterable[Span] = ()) -> bool:
    """True when the verb governs an ``if``/``unless`` clause or sits inside one, or its sentence opens with
    "otherwise"; a courtesy condition ("if that helps", "if it's useful": a COURTESY cue) leaves an offer as it
    is."""
    courtesy = list(courtesy)
    for c in verb.children:
        if any(s.start <= c.i < s.end for s in courtesy):
            continue
        marked = any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        asked = puts_question(c)  # "I'll check if the hall is free": the question checked, no condition
        if c.dep_ == "advcl" and marked and not prerequisite(c) and not chased_unless_heard(c) and not asked:
            return True
        if c.dep_ == "prep" and c.lower_ in ("if", "unless"):
            return True  # "I'll release it if June's good", which the parser reads as "if" taking "June's good"
    tok = verb
    while tok.head.i != tok.i:  # spaCy makes a new Token object on each access: compare indices
        if tok.dep_ in ("advcl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in tok.children
        ):
            return True
        tok = tok.head
    sent = verb.sent
    first = [t for t in sent if not t.is_punct][:1]
    if first and first[0].lower_ == "otherwise" and verb.i > first[0].i:
        return True  # "Otherwise we'll have forty people telling us on the day.": what happens if not
    if first and first[0].lower_ == "without" and verb.i > first[0].i and not _without_fail(first[0]):
        return True  # "Without it we'll slip the press release.": what happens if the thing does not come
    return bool(
        first
        and first[0].lower_ in ("if", "unless")
        and verb.i > first[0].i
        and not any(s.start == first[0].i for s in courtesy)
        and not (first[0].lower_ == "if" and first[0].head.head.i == verb.i and prerequisite(first[0].head))
    )


def _without_fail(prep: Token) -> bool:
    """ "Without fail, I'll send it Friday", "without delay": a manner, no condition."""
    return any(t.lower_ in ("fail", "doubt", "delay", "question") for t in prep.subtree)


CHASING = frozenset({"chase", "nudge", "follow", "ring", "call", "email", "ping", "check", "push"})


def chased_unless_heard(cond: Token) -> bool:
    """ "I'll chase them tomorrow if nothing lands", "I'll nudge her if we haven't heard by Friday": a chase that
    stands unless the thing comes first, the promise made; not "I'll call them if they want" (a chance)."""
    subj = next((t for t in cond.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    negated = any(t.dep_ == "neg" for t in cond.children) or (subj is not None and subj.lower_ in ("nothing", "nobody"))
    return cond.head.lemma_ in CHASING and negated


# an "if" that names what the work waits for, not a chance it may not happen: what the speaker's side receives,
# what the listener sends, what someone else confirms or signs off (the condition's subject kind -> its verbs)
PREREQUISITES: dict[str, frozenset[str]] = {
    "SELF": frozenset({"get", "receive"}),  # "If I get the five names Friday, I can have a call sheet to you"
    "WE": frozenset({"get", "receive"}),
    # "If you send me their contact, I'll give them the specs", "If you confirm the list by Tuesday, we can have …"
    "YOU": frozenset({"send", "give", "forward", "get", "confirm", "approve", "sign"}),
    "NAME": frozenset({"confirm", "send", "sign", "approve"}),  # "If Ruth confirms the products Wednesday, I'll …"
    "ORG_OTHER": frozenset({"confirm", "send", "sign", "approve"}),
}
CHANCES = {"chance", "time", "minute", "moment", "sec", "second", "opportunity"}  # "if I get a chance"


def prerequisite(cond: Token) -> bool:
    """The ``if``-clause headed by ``cond`` names an input the promised work waits for ("If I get Kwame's rates on
    the twenty-ninth, I can do the flowchart for Monday week"), not a contingency ("if it goes missing", "if I get a
    chance", "if they say yes"): the promise stands."""
    subj = next((t for t in cond.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    done = any(t.dep_ == "aux" and t.lemma_ == "have" for t in cond.children)  # "if we've got them": a state
    main = [t for t in cond.head.children if t.dep_ in ("nsubj", "aux")]
    promised = any(t.lower_ in ("i", "will", "'ll") for t in main)  # "I'll …", "I can …", not "we can still …"
    # "…, we can have contracts out by the 4th": the side's work, dated, for the listener's part done
    promised = promised or (any(t.lower_ == "we" for t in main) and _dated_by(cond.head))
    if (
        subj is None
        or done
        or not promised
        or cond.lemma_.lower() not in PREREQUISITES.get(subject_kind(subj), frozenset())
    ):
        return False
    objs = [t for t in cond.children if t.dep_ in ("dobj", "dative")]
    return bool(objs) and not any(o.lemma_.lower() in CHANCES for o in objs)


BEFORE = ("before", "until", "till")


def _dated_by(verb: Token) -> bool:
    """The work is said with a deadline of its own ("have contracts out by the 4th")."""
    return any(
        p.dep_ == "prep" and p.lower_ == "by" and any(o.ent_type_ == "DATE" for o in p.subtree)
        for t in (verb, *verb.children)
        for p in t.children
    )


def _purpose(verb: Token) -> bool:
    """ "…send over the animatic so I can show Alistair": a purpose clause says why, it promises nothing."""
    modal = [t for t in verb.children if t.dep_ == "aux" and t.lower_ in ("can", "could", "ca")]
    subj = [t for t in verb.children if t.dep_ == "nsubj"]
    # "so I can log them", not the question "so can we get the costs?"
    able = bool(modal and subj and subj[0].i < modal[0].i)
    if verb.dep_ not in ("advcl", "ccomp", "conj") and not (verb.dep_ == "ROOT" and able):
        return False  # "By Friday, if that's okay, so I can log them.": parsed as the root, still a purpose
    first = _comes_first(verb)
    if modal and first:
        # "I'll need it in writing before I can do anything", and said as a sentence of its own after what is
        # needed ("I'll need the breakdown. Before I can put my name to it."): what must come first, no offer
        return True
    marks = [m for m in verb.children if m.lower_ in ("so", "that") and m.dep_ in ("mark", "advmod") and m.i < verb.i]
    start = subj[0].left_edge.i if subj else verb.left_edge.i
    lead = verb.doc[start - 1] if start > verb.sent.start else None
    if modal and lead is not None and lead.lower_ == "so" and lead.head.i != verb.i:
        # "getting a steer so Dan Webb's team can push on", "Half eleven even, so I can read it": "so" hung on
        # another word by the parser
        marks.append(lead)
    # "Could we get a weekly report? So I can show my boss.": "so I can" opening the sentence after a question says
    # what the thing asked is for; so it does where the parser opened a sentence the speaker did not end ("Can she
    # get me a draft by the 14th so I can look before it goes in?")
    before = verb.doc[verb.sent.start - 1] if verb.sent.start > 0 else None
    asked = before is not None and (before.text == "?" or not before.is_punct)
    if asked and modal and any(m.i == verb.sent.start for m in marks):
        return True
    # "So I'll confirm the booking" opens its sentence, and "…, so, I'll set it up" sets "so" apart: a conclusion
    return any(
        m.i > verb.sent.start
        and verb.doc[m.i - 1].text not in (".", "!", "?", "\u2014")
        and not _set_apart(m)
        and not _what_follows(m, verb, modal)
        for m in marks
    )


def _comes_first(verb: Token) -> bool:
    """The verb's clause says what must come first: "before I can sign", "until we can", "once I can get in", "as
    soon as I can get into the building" (with the modal, a condition, not an offer)."""
    return verb.dep_ in ("advcl", "ccomp", "ROOT") and any(
        m.dep_ == "mark"
        and (m.lower_ in BEFORE or m.lower_ == "once" or (m.lower_ == "as" and verb.head.lower_ == "soon"))
        for m in verb.children
    )


WILL = ("'ll", "will", "shall")


def _what_follows(mark: Token, verb: Token, modal: list[Token]) -> bool:
    """ "I'm on shift that weekend, so I'll cover comments on the thirteenth.": "so" after a comma and before "I'll"
    says what the speaker will do as a result, not why ("send it over so I can check it" keeps its purpose)."""
    willed = any(t.dep_ == "aux" and t.lower_ in WILL for t in verb.children)
    return mark.lower_ == "so" and verb.doc[mark.i - 1].text == "," and willed and not modal


def _set_apart(tok: Token) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in (",", "\u2014", "-")


# hedges that withdraw the promise of their own and the next sentence ("I'll try for Friday. No promises.", "Worst
# case, I'll drive it up myself."), and the pause before an act done while the others watch ("I'll put it on
# screen... now.", "hold on, it's... there.")
SENTENCE_HEDGES = {"no_promises", "contingency", "in_meeting_by_end", "in_meeting_live"}
# asking is promised even when the answer is not: "I'll raise it with finance, no promises on what they'll say", "I'll
# check with ops. No promises." (not "I'll have it done by Friday. No promises.")
ASKING = {"ask", "check", "raise", "query", "chase", "enquire", "inquire"}
# "What I can do instead is a one-pager for the board": the offer is the thing named after "is" (its clause's verb is
# "do"), worded "do a one-pager for the board"
THING_FRAMES = {"what_i_can_do_is_a_thing"}
# an offer put as what would help ("Would it help if I …?") or asked whether it suits ("If we …, does that work?")
IF_OFFERS = {"would_it_help_if_i", "if_i_does_that_work", "if_i_is_that_okay"}
# "Why don't I ring the printers?": an offer whose "n't" asks, it negates nothing
ASKED_NOT = {"why_dont_i"}
BE_FRAMES = {"delivered_to_you"}  # "it'll be with you tomorrow": the one "be" that is work (``clause_kinds``)
# "Will send it over tonight.", "Sure, will chase them today.": the speaker's "I" left unsaid, the "will" opening it
UNSAID_SELF = {"will_unsaid_subject"}
SENTENCE_OPENERS = frozenset("yes yeah yep yup sure okay ok fine no problem great cool lovely perfect and".split())
# verbs that only say the next one must or will be done ("we'll have to live with that", "I'll need to think about
# it", "we'll try to keep an eye on it"): a distractor on that next verb is one on the clause
LEAD_VERBS = {"have", "need", "try", "want"}
# "see if …" waits to see ("I'll see if the weather holds"), but asked of the listener it is a check to make
CHECKS_ASKED = {"see"}


def _asked_of_listener(verb: Token) -> bool:
    """ "Can you see …?", "Could you see …": the verb's subject is "you" after a modal that opens the question."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    aux = next((c for c in verb.children if c.dep_ == "aux"), None)
    return (
        subj is not None
        and subj.lower_ == "you"
        and aux is not None
        and aux.lower_ in ("can", "could", "would", "will")
        and aux.i < subj.i
    )


def _question(sent: Span, aux: Token | None, subj: Token | None, verb: Token, label: ClauseLabel) -> bool:
    """The clause's sentence ends with "?", unless a promise in plain word order comes first and a question of its
    own follows after a comma (a dash in the turn, ``asr.normalise``): "I'll get the samples pulled — what sizes do
    you need?", "I'll set up a meeting for the first week of April — in person, ideally?" promise the work and ask
    about it; "Can you send the deck, by Friday?" and "Do you think I'll need one, or not?" still ask."""
    if not sent.text.rstrip().endswith("?"):
        return False
    plain = (
        label == "FUTURE"
        and subj is not None
        and aux is not None
        and subject_kind(subj) in ("SELF", "WE")
        and subj.i < aux.i <= verb.i
        and not any(t.pos_ in ("VERB", "AUX") for t in sent if t.i < subj.i)
    )
    comma = next((t for t in sent if t.i > verb.i and t.text == ","), None)
    if not plain or comma is None:
        return True
    # what follows the comma: a question of its own, not a tag ("…, yeah?", "…, won't we?")
    asked = [t for t in sent if t.i > comma.i and not t.is_punct]
    return len(asked) < 2 or (len(asked) == 2 and asked[0].pos_ == "AUX" and asked[1].pos_ == "PRON")


def _subject_unsaid(verb: Token, aux: Token) -> bool:
    """ "Will send it over tonight.", "Yep, will do it now.": a statement whose "will" opens it after no more than a
    reply word, and whose verb has no subject; not "Will you send it?" nor "… and will include the shots" (whose
    subject is the first verb's)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or verb.sent.text.rstrip().endswith("?"):
        return False
    if verb.lemma_ == "do" and not any(c.dep_ == "dobj" for c in verb.children):
        return False  # "Will do.": a yes to what was asked, taken up as such
    if any(t.pos_ != "ADV" for t in verb.doc[aux.i + 1 : verb.i]):
        return False  # "Will, enjoy the stairs.": a name said to someone
    return all(t.is_punct or t.lower_ in SENTENCE_OPENERS for t in verb.doc[verb.sent.start : aux.i])


def _let_kind(subj: Token | None) -> SubjectKind:
    """ "Let me pull it together" is the speaker's; "let us go away and rework it" is the side's, a "we" ("We'll get a
    revised costing over by Friday" then delivers it: GUIDELINES §2.3, "we'll" is owned by the organisation)."""
    return "WE" if subj is not None and subj.lower_ == "us" else "SELF"


class ClauseFinder:
    """Finds commitment clauses with the DependencyMatcher frames and flags their modality."""

    def __init__(self, nlp: Language, name: str, cue_key: str) -> None:
        self.name = name
        self.cue_key = cue_key
        self.matcher = DependencyMatcher(nlp.vocab, validate=True)
        self.labels: dict[str, ClauseLabel] = {}

    def add_frames(self, frames: Iterable[dict]) -> None:
        """Add DependencyMatcher frames: ``{"id": rule name, "label": a ClauseLabel, "pattern": [...]}``."""
        for frame in frames:
            label = frame["label"]
            if label not in CLAUSE_LABELS:
                raise ConfigError(f"commitment frame {frame['id']!r}: label {label!r} is not one of {CLAUSE_LABELS}")
            self.matcher.add(frame["id"], [frame["pattern"]])
            self.labels[frame["id"]] = label

    def __call__(self, doc: Doc) -> Doc:
        clauses: dict[int, Clause] = {}
        distractors = [s for s in doc.spans.get(self.cue_key, []) if s.label_ in ("DISTRACTOR", "DEFER")]
        courtesy = [s for s in doc.spans.get(self.cue_key, []) if s.label_ == "COURTESY"]
        for match_id, token_ids in self.matcher(doc):
            rule = doc.vocab.strings[match_id]
            pattern = self._node_names(rule)
            nodes = {pattern[k]: doc[i] for k, i in enumerate(token_ids)}
            verb = nodes["verb"]
            subj = nodes.get("subj")
            aux = nodes.get("aux")
            if verb.i in clauses and _priority(clauses[verb.i].label) >= _priority(self.labels[rule]):
                if not _closer_subject(clauses[verb.i], subj, self.labels[rule]):
                    continue
                del clauses[verb.i]  # "Thursday's WIP, since you're out, I'll move it": the subject next to the verb
            label = self.labels[rule]
            if (
                (verb.lemma_ == "be" and rule not in BE_FRAMES)
                or _passive_feeling(verb, subj)
                or (_free_relative(verb) and rule not in THING_FRAMES)
                or _describes_a_thing(verb, label)
                or _reported(verb)
                or _side_by_side(verb, subj)
                or _purpose(verb)
                or (rule == "going_to" and any(c.lower_ in ("was", "were") for c in nodes["go"].children))
                or (rule in UNSAID_SELF and (aux is None or not _subject_unsaid(verb, aux)))
            ):
                continue  # "I'll be honest", "we were going to suggest": no task
            hit = _distractor(distractors, verb, aux)
            clause = Clause(
                rule=rule,
                label=label,
                verb=verb,
                subj=subj,
                subj_kind=_let_kind(subj)
                if label == "LET_ME"
                else "SELF"
                if label == "OFFER" or rule in UNSAID_SELF
                else subject_kind(subj),
                negated=_negated(verb, aux) and rule not in ASKED_NOT,
                conditional=_conditional(verb, courtesy),
                question=_question(verb.sent, aux if aux is not None else nodes.get("go"), subj, verb, label),
                hypothetical=label == "POSSIBLE"
                and aux is not None
                and aux.lower_ in ("would", "'d", "might", "could"),
                distractor=hit.id_ if hit is not None else None,
            )
            if rule in IF_OFFERS:
                clause.conditional = False  # "Would it help if I sent you the deck?": the "if" is the offer itself
            if clause.subj_kind in ("NAME", "YOU", "SELF") and _you_and_i_before(verb):
                clause.subj_kind = "JOINT"
            clause.task = task_text(verb, subj) if "thing" not in nodes else _thing_offered(nodes["thing"])
            if rule in IF_OFFERS and clause.task.startswith(verb.text):  # "if I sent you the deck": send it
                clause.task = verb.lemma_ + clause.task[len(verb.text) :]
            if hit is not None and hit.id_ == "need_not_commit" and clause.subj_kind == "ORG_SELF":
                clause = _needed_of_own_team(clause, distractors)
            clauses[clause.verb.i] = clause
            # "I'll draft it and send it over": a second verb joined by "and"/"then"; "I'll leave you to it, thanks
            # everyone" joins nothing (the parser's conj without a conjunction)
            joined = any(t.dep_ == "cc" and t.i > verb.i for t in verb.children)
            for conj in verb.conjuncts:
                if (
                    conj.i > verb.i
                    and joined
                    and conj.i not in clauses
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
                ):
                    extra = Clause(**{**clause.__dict__, "verb": conj, "names": []})
                    extra.task = task_text(conj, None)
                    hit2 = _distractor(distractors, conj, None)
                    extra.distractor = hit2.id_ if hit2 is not None else None
                    extra.negated = extra.negated or _negated(conj, None)
                    clauses[conj.i] = extra
        doc._.clauses = [clauses[i] for i in sorted(clauses)]
        return doc

    def _node_names(self, rule: str) -> list[str]:
        _, patterns = self.matcher.get(rule)
        return [node["RIGHT_ID"] for node in patterns[0]]


def _distractor(spans: list[Span], verb: Token, aux: Token | None) -> Span | None:
    """A distractor or deferral cue that covers the verb (or its auxiliary) or hangs off it, or covers the verb a
    ``LEAD_VERBS`` verb leads to ("have to wait and see")."""
    led = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if verb.lemma_ in LEAD_VERBS and led is not None and not any(c.dep_ == "dobj" for c in verb.children):
        hit = _distractor(spans, led, None)
        if hit is not None:
            return hit
    for s in spans:
        # a hedge said next ("I'll check with ops. No promises."), not a fallback said next, which leaves the
        # promise before it ("I'll get the cut to you Thursday. If not, Friday at the latest.")
        next_hedge = s.sent.start == verb.sent.end and s.id_ != "contingency"
        if s.id_ in SENTENCE_HEDGES and (s.sent == verb.sent or next_hedge):
            if s.id_ == "no_promises" and (verb.lemma_ in ASKING or _promises_what(s)):
                continue
            return s
        if s.id_ == "on_screen_check":
            if _shown_in_call(s, verb):
                return s  # "I'm going to share the site plan. Can everyone see the map?": the call's own screen
            continue
        if s.id_.startswith("in_meeting") and after_the_call(verb):
            continue  # "I'll share the deck after the call", "I'll play the edits to the director tomorrow"
        if s.id_.startswith("in_meeting") and s.start <= verb.i < s.end and captured_for(verb):
            continue  # "I'll screenshot the settings for you": a thing made and handed over after the call
        if s.id_ == "vague_intention" and s[0].lemma_ in CHECKS_ASKED and _asked_of_listener(verb):
            continue  # "Can you see if the venue is free?": a check asked for, not a wait-and-see
        if s.start <= verb.i < s.end or (aux is not None and s.start <= aux.i < s.end and verb.i <= s.end + 1):
            return s
        # ("have a look at the contract while we talk": the clause of when hung on the verb)
        hung = ("prep", "dobj", "advmod", "advcl") if s[0].lower_ == "while" else ("prep", "dobj", "advmod")
        if len(s) > 1 and s.root.head.i == verb.i and s.root.i != verb.i and s.root.dep_ in hung:
            return s
    return None


# what is put on the screen for the others to see ("share the site plan", "pull up the layout", "bring the map up")
SHOWN = frozenset({"share", "show", "pull", "bring", "put", "open", "present"})
IN_THE_CALL = frozenset({"you", "everyone", "everybody", "all", "screen", "us"})  # "share it with you all"


def _shown_in_call(check: Span, verb: Token) -> bool:
    """ "I'm going to share the site plan. Is that, can everyone see the map?", "I'll share the running order, hang
    on. Is that coming through?": the speaker asks straight after whether the others see it, so the showing is the
    call's own, not work to do; not "I'll share the cut with Tom. Can you see my notes here?" (handed to someone),
    nor a showing put after the call ("I'll share it tomorrow")."""
    if verb.lemma_ not in SHOWN or check.start <= verb.i or after_the_call(verb):
        return False
    handed = [o for p in verb.subtree if p.dep_ == "prep" and p.lower_ in ("with", "to") for o in p.children]
    if any(o.dep_ == "pobj" and o.lower_ not in IN_THE_CALL for o in handed):
        return False  # handed to someone not on the call ("with Tom", "to the finance team")
    return check.sent == verb.sent or 0 <= check.start - verb.sent.end <= 4


def _promises_what(s: Span) -> bool:
    """ "No promises on the number", "no guarantees about the price": what comes of the work is not promised, the
    work is ("I'll put a change request together. No promises on the number, it might be chunky.")."""
    doc = s.doc
    return s.end + 1 < len(doc) and doc[s.end].lower_ in ("on", "about") and doc[s.end + 1].is_alpha


CALL_WORDS = {"call", "meeting", "session", "chat", "this"}  # "after the call", "straight after this"
LATER_WORDS = {"later", "afterwards", "offline", "tomorrow", "tonight"}


# captures the call makes ("let me screenshot that") unless made for someone: "I'll screenshot them for you"
HANDED_CAPTURES = frozenset({"screenshot"})
HANDED_TO = frozenset({"you", "him", "her", "them", "us"})
RIGHT_NOW = frozenset({"just", "quickly", "now"})


def captured_for(verb: Token) -> bool:
    """ "I'll screenshot them for you", "I'll screenshot the settings for her": a capture made for someone, a thing
    handed over after the call; not "I'll just screenshot that" nor "I'll screenshot that" (the call's own)."""
    if verb.lemma_ not in HANDED_CAPTURES or any(c.lower_ in RIGHT_NOW for c in verb.children):
        return False
    things = [t for t in verb.children if t.dep_ == "dobj"]  # "for you" hangs on the verb or on the thing
    return any(
        c.dep_ in ("prep", "dative") and c.lower_ in ("for", "to") and any(o.lower_ in HANDED_TO for o in c.children)
        for h in [verb, *things]
        for c in h.children
    )


def after_the_call(verb: Token) -> bool:
    """The verb's own phrase puts it after the meeting: "after the call", "later", "tomorrow", "on Thursday". Then
    sharing, playing or walking through is work to do, not the meeting's own running ("I'll share my screen")."""
    for c in verb.children:
        if c.dep_ not in ("prep", "npadvmod", "advmod", "tmod"):
            continue
        words = list(c.subtree)
        if c.lower_ == "after" and any(o.dep_ == "pobj" and o.lemma_.lower() in CALL_WORDS for o in c.children):
            return True
        if any(w.lower_ in LATER_WORDS or w.lower_ in DAY_NAMES for w in words):
            return True
    return False


def _needed_of_own_team(clause: Clause, distractors: list[Span]) -> Clause:
    """ "Our legal team will need to go through it", "our finance people will need to set you up": what one's own
    side says its department will need to do is that department's work (GUIDELINES §2.2, "our team will…"), where
    "I'll need the logos from you" or "you'll need to sign it" asks the other side. The clause becomes the verb
    "need" leads to; one that leads to nothing ("our team will need a week"), or what a team will want to do ("our
    data team will want to slice it by region": what the data is for), stays a distractor."""
    led = next((c for c in clause.verb.children if c.dep_ == "xcomp" and c.i > clause.verb.i), None)
    if led is None or led.pos_ != "VERB" or clause.verb.lemma_ == "want":
        return clause
    hit = _distractor([s for s in distractors if s.id_ != "need_not_commit"], led, None)
    found = Clause(**{**clause.__dict__, "verb": led, "distractor": hit.id_ if hit is not None else None})
    found.task = task_text(led, clause.subj)
    return found


def _closer_subject(found: Clause, subj: Token | None, label: ClauseLabel) -> bool:
    """Two subjects for one verb (a topic put first, then the real subject): the one nearer the verb wins."""
    old = found.subj
    return label == found.label and subj is not None and old is not None and old.i < subj.i < found.verb.i


def _passive_feeling(verb: Token, subj: Token | None) -> bool:
    """ "We'll be gutted", "I'll be pleased": a passive with I/we as subject reports a feeling, not a task."""
    return subj is not None and subj.lower_ in ("i", "we") and any(c.dep_ == "auxpass" for c in verb.children)


def _you_and_i_before(verb: Token) -> bool:
    """'Nadia, you and I should walk the venue': the parse may make the vocative the subject."""
    return _you_and_i(verb.doc[max(verb.sent.start, verb.i - 5) : verb.i])


def _you_and_i(span: Span) -> bool:
    """ "you and I", "me and you" in ``span``; not an object and the next clause's subject ("send it to me and
    I'll forward it")."""
    return any(
        a.lower_ in ("you", "i", "me")
        and b.lower_ == "and"
        and c.lower_ in ("you", "i", "me")
        and a.lower_ != c.lower_
        and not (a.dep_ in ("pobj", "dobj", "dative") and c.dep_ == "nsubj" and c.head != a.head)
        for a, b, c in zip(span, span[1:], span[2:], strict=False)
    )


def _reported(verb: Token) -> bool:
    """Reported speech: 'She said "I'll come back for the harvest"', 'he said he'd send it'."""
    before = verb.doc[verb.sent.start : verb.i].text
    if before.count('"') % 2 == 1 or before.count("“") > before.count("”"):
        return True
    head = verb.head
    return verb.dep_ == "ccomp" and head.lemma_ in ("say", "tell", "mention", "promise") and head.tag_ == "VBD"


THIRD_PARTIES = {"they", "he", "she"}
# what makes "have" a delivery or a thing done ("have the copy to you", "have it with you", "have the designs done")
HAD_MARKS = {"to", "over", "across", "round", "back", "ready", "done", "by"}


def _side_by_side(verb: Token, subj: Token | None) -> bool:
    """ "They'll have a family with a burnt kitchen and we'll have a man in a suit.": our "have" set beside a third
    party's in one sentence says how things would look, it delivers nothing; not when either "have" delivers or
    finishes a thing, or the sentence has a day ("They'll have the designs done by Friday and we'll have the copy
    to you on Monday")."""
    if verb.lemma_ != "have" or subj is None or subj.lower_ not in ("i", "we"):
        return False
    pair = [t for t in (verb.head, *verb.conjuncts) if t is not verb and t.lemma_ == "have"]
    theirs = [
        t
        for t in pair
        if any(c.dep_ == "nsubj" and c.lower_ in THIRD_PARTIES for c in t.children)
        and any(c.dep_ == "aux" and c.lemma_ == "will" for c in t.children)
    ]
    if not theirs:
        return False
    sent = verb.sent
    dated = any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in DAY_NAMES for t in sent)
    marked = any(
        _had_mark(w)
        for h in (verb, *theirs)
        for c in h.children
        if c.dep_ not in ("nsubj", "aux", "cc", "conj", "punct")
        for w in c.subtree
    )
    return not dated and not marked


def _had_mark(w: Token) -> bool:
    """A word that makes "have" a delivery or a thing done: "to you", "over", "ready", "done" (not "a burnt
    kitchen", a participle that describes), "with you"/"with Priti"."""
    with_someone = w.lower_ == "with" and any(c.dep_ == "pobj" and c.pos_ in ("PRON", "PROPN") for c in w.children)
    return (w.lower_ in HAD_MARKS and w.dep_ != "aux") or (w.tag_ == "VBN" and w.dep_ != "amod") or with_someone


def _thing_offered(thing: Token) -> str:
    """ "do" and the thing named after "is", without what follows it in a new sentence or clause."""
    words = [t for t in thing.subtree if not (t.dep_ in ("relcl", "advcl") and t.i > thing.i)]
    kept = [t for t in words if not any(a.dep_ in ("relcl", "advcl") and a.i > thing.i for a in t.ancestors)]
    while kept and (kept[-1].is_punct or kept[-1].dep_ == "cc"):  # "…, key messages and" the parser left hanging
        kept.pop()
    return "do " + "".join(t.text_with_ws for t in kept).strip()


def _free_relative(verb: Token) -> bool:
    """ "That's what I can get through the committee": the clause describes, it does not commit."""
    doc = verb.doc  # "I'll tell you what, I'll send it": a "what" set off by a comma ends the clause before
    return any(
        c.lower_ == "what"
        and c.dep_ in ("dobj", "nsubj", "attr")
        and not (c.i + 1 < len(doc) and doc[c.i + 1].is_punct)
        for c in verb.children
    )


def _describes_a_thing(verb: Token, label: ClauseLabel) -> bool:
    """ "It's an argument I can take upstairs", "something I could circulate", "four thousand I can find": a modal
    inside a relative clause says what a thing is good for, it commits to nothing ("the deck I'll send" still does)."""
    return label in ("ABILITY", "POSSIBLE") and verb.dep_ == "relcl" and not _after_vocative(verb)


def _after_vocative(verb: Token) -> bool:
    """ "Owen, when can you get us the numbers?": the parser hangs the question on the name as a relative clause; a
    name set off by a comma before a question is the one asked, not a thing described."""
    head = verb.head
    doc = verb.doc
    return head.pos_ == "PROPN" and head.i + 1 < verb.i and doc[head.i + 1].text == "," and "?" in verb.sent.text


def _priority(label: ClauseLabel) -> int:
    return {"FUTURE": 5, "ASSIGN": 4, "LET_ME": 4, "OFFER": 4, "ABILITY": 3, "POSSIBLE": 1}.get(label, 0)


@Language.factory(
    "debrief_clauses",
    default_config={"cue_key": "cues"},
    requires=["token.dep", "token.pos", "token.lemma"],
    assigns=["doc._.clauses"],
)
def make_clause_finder(nlp: Language, name: str, cue_key: str) -> ClauseFinder:
    register_extensions()
    return ClauseFinder(nlp, name, cue_key)
