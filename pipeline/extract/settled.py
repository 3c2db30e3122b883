"""The text of an agreement as the report states it, a sentence the client could sign: for one reached by a reply,
the proposal that was taken up, put as a statement ("Could we go fortnightly?" … "Fine." -> "We go fortnightly."),
or the reply itself when it names what was settled ("One thirty works for us."); discourse out ("Scrap that,",
"No,", an echoed "B.", a trailing ", yes"), and a decision given as an order stated in the first person plural
("Go with two." -> "We go with two.", "We go with option two." when the talk was of options). The rewrites are
data: ``models/statements/agreement_statements.jsonl`` (regex, replacement and example pairs that the tests check).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import srsly
from spacy.tokens import Doc, Span, Token

from pipeline.errors import ConfigError
from pipeline.extract.clause_kinds import decides
from pipeline.extract.components import Clause
from pipeline.extract.concessions import TAKEN
from pipeline.extract.steps import POINTERS
from pipeline.extract.turns import Turn, answered_by

STATEMENTS_FILE = Path("statements") / "agreement_statements.jsonl"
Rules = tuple[tuple[str, re.Pattern[str], str], ...]


@lru_cache(maxsize=4)
def load_statement_rules(models_dir: Path) -> Rules:
    """(id, regex, replacement) rows of ``models/statements/agreement_statements.jsonl``, applied in order."""
    path = Path(models_dir) / STATEMENTS_FILE
    try:
        return tuple((r["id"], re.compile(r["pattern"], re.IGNORECASE), r["replace"]) for r in srsly.read_jsonl(path))
    except (OSError, KeyError, re.error, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read the agreement statement rules ({exc})") from exc


def rewrite(sentence: str, rules: Rules) -> str:
    """A proposal sentence as a statement: lead-ins and modals out, a question put as a statement."""
    text = " ".join(sentence.split())
    for _, pattern, replace in rules:
        text = pattern.sub(replace, text)
    text = text.strip()
    return text[:1].upper() + text[1:] if text else sentence


def we_decide(doc: Doc) -> str:
    """A decision given as an order, stated by those who took it: a first sentence whose root opens it as a
    base-form verb with no subject ("Drop the macro." -> "We drop the macro."); anything else as it is ("Show me
    the thinking." is asked of the listener)."""
    text = doc.text.strip()
    sents = list(doc.sents)
    if not sents or not text:
        return text
    head = sents[0][0]
    if len(sents[0]) > 1 and sents[0][1].lower_ in ("me", "us"):
        return text  # "Show me the thinking.", "Let me check.": said to the listener, not what the side does
    verb = head.tag_ == "VB" or (head.tag_ in ("NN", "NNP") and any(c.dep_ == "dobj" for c in head.children))
    if head.dep_ != "ROOT" or not verb or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return text
    return f"We {text[:1].lower()}{text[1:]}"


# "go with two" names a choice by its number or letter alone; "option"/"route" said nearby says of what
BARE_CHOICE = re.compile(
    r"\b(go with|go for|pick|choose|stick with)\s+(?:the\s+)?(one|two|three|four|five|[a-e])\b(?!\s*[\w-])", re.I
)


def name_choice(text: str, nearby: str) -> str:
    """ "We go with two." -> "We go with option two." when "option" (or "route") was said in ``nearby``."""
    kind = next((w for w in ("option", "route") if re.search(rf"\b{w}s?\b", nearby, re.I)), None)
    if kind is None:
        return BARE_CHOICE.sub(lambda m: _counted(m, nearby), text)

    def named(m: re.Match[str]) -> str:
        which = m.group(2).upper() if len(m.group(2)) == 1 else m.group(2).lower()
        return f"{m.group(1)} {kind} {which}"

    return BARE_CHOICE.sub(named, text)


# words ending in "s" that count nothing after a number ("two is the enclosed booth", "two has a door")
NOT_COUNTED = frozenset("is was has does goes says seems looks works means needs comes gets makes takes plus".split())


def _counted(m: re.Match[str], nearby: str) -> str:
    """ "go with two" -> "go with two, the enclosed booth" when the number was said as the label of an option nearby
    ("One is the open plan, two is the enclosed booth."); "go with two cut-downs" when the number was said of a
    thing nearby ("Are we still doing two cut-downs?"), the latest such thing; as said otherwise."""
    label = re.escape(m.group(2))
    put = re.findall(rf"\b{label}\s+is\s+((?:the|an?)\s+[^.,;!?]{{2,40}}?)\s*(?=[.,;!?]|$)", nearby, re.I)
    if put and len(m.group(2)) > 1:
        return f"{m.group(1)} {m.group(2).lower()}, {put[-1]}"
    said = [w for w in re.findall(rf"\b{label}\s+([a-z][\w-]*s)\b", nearby, re.I) if w.lower() not in NOT_COUNTED]
    return f"{m.group(1)} {m.group(2).lower()} {said[-1]}" if said and len(m.group(2)) > 1 else m.group(0)


# a pick said as a word or two ("Bar it is.", "Regional it is.", "Lisbon, then."): the option it names
# (with a condition after it: "The warehouse it is, as long as the capacity works.")
BARE_PICK = re.compile(
    r"^(?P<pick>[a-z][\w'-]*(?: [a-z][\w'-]*)?)(?: it is|,? then)?"
    r"(?:, (?P<cond>(?:as long as|so long as|provided|providing|assuming|if|subject to|pending) [^.!?]+))?[.!]?$",
    re.I,
)
PICKS = {
    "x_it_is",
    "x_then",
    "option_picked",
    "decision_is",
}  # the rules that find such a pick ("Kraft. Final answer.")
DETERMINERS = {"the", "a", "an", "this", "that", "our", "your", "their", "its"}


def bare_pick(text: str, rule: str) -> tuple[re.Match[str] | None, list[str]]:
    """A pick said bare by one of the ``PICKS`` rules ("Bar it is.", "Lisbon, then.") and its words without their
    determiners; (None, []) for any other statement."""
    pick = BARE_PICK.match(text.strip()) if rule in PICKS else None
    return pick, [w for w in pick.group("pick").lower().split() if w not in DETERMINERS] if pick else []


def option_named(text: str, rule: str, before: list[Turn]) -> str:
    """ "Bar it is." -> "We go with the tasting bar." when a turn before named the option more fully ("a speaking
    slot or a tasting bar"), "Lisbon, then." -> "We go with Lisbon."; its longest name there, the latest of those; a day
    or a figure, or a pick no turn before names, as it is."""
    pick, words = bare_pick(text, rule)
    if pick is None or not words:
        return text
    names = [
        (chunk[0].lower_ in DETERMINERS, [t for t in chunk if t.lower_ not in DETERMINERS])
        for turn in reversed(before)
        for chunk in map(_without_or, turn.doc.noun_chunks)
        if all(w in [t.lower_ for t in chunk] for w in words) and chunk.root.pos_ != "PRON"
    ]
    names = [
        (d, n) for d, n in names if len(n) >= len(words) and not any(t.like_num or t.ent_type_ in DATED for t in n)
    ]
    if names:
        det, name = max(names, key=lambda dn: len(dn[1]))  # the latest of the longest
        said = "".join(t.text_with_ws for t in name).strip()  # "the kids' drawings", not "kids ' drawings"
        cond = f" ({pick.group('cond')})" if pick.group("cond") else ""  # "(as long as the capacity works)"
        return f"We go with {'the ' if det else ''}{said}{cond}."  # "a tasting bar" -> "the tasting bar"
    return text


DATED = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"}  # a figure or a day is stated as said
RECAP_WORDS = 12  # words at most of a recap's sentence that states a pick


def recap_stated(text: str, rule: str, recaps: list[Turn]) -> str:
    """ "Nineteenth it is." as a later recap states it ("So just to recap. … Launch moves to the nineteenth."): a
    pick still said bare (a day, a figure) reads as the first short recap sentence that names it with a verb of its
    own; not one whose subject is a person (work: "Theo's sending the shortlist today"), nor a question. As it is
    when no recap names it."""
    pick, words = bare_pick(text, rule)
    for sent in (s for turn in recaps for s in turn.doc.sents) if words else ():
        said = [t for t in sent if not t.is_punct]
        if sent.text.rstrip().endswith("?") or len(said) > RECAP_WORDS or sent.root.pos_ not in ("VERB", "AUX"):
            continue
        subj = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or subj[0].pos_ == "PRON" or subj[0].ent_type_ == "PERSON":
            continue
        if all(w in [t.lower_ for t in said] for w in words):
            stated = sent.text.strip()
            return stated[:1].upper() + stated[1:]
    return text


def _without_or(chunk: Span) -> Span:
    """A noun chunk without the "Or" or adverb that opens it ("Or a composed track" -> "a composed track", "rather
    the Glasshouse" -> "the Glasshouse"), nor what the parser ran into it up to a comma ("Actually, no, orange" ->
    "orange")."""
    stops = [t.i - chunk.start for t in chunk if t.text in (",", ";", "\u2014") and t.i < chunk.root.i]
    if stops:
        chunk = chunk[stops[-1] + 1 :]
    lead = 0  # "Or a composed track", "rather the Glasshouse": the conjunction or adverb ahead of the name
    while lead < len(chunk) - 1 and (chunk[lead].dep_ == "cc" or chunk[lead].pos_ == "ADV"):
        lead += 1
    return chunk[lead:]


def settled_text(prop: Turn, accept: Span) -> str:
    """What a reply settled: its own sentence when that names something before or after the acceptance ("Three's
    fine.", "Fine, as long as …") or the acceptance names what it takes ("we'll take the three-week flight"), else
    the proposing sentence of the other speaker's turn."""
    sent = accept.doc[accept.end - 1].sent
    if accept.id_ == "we_take" and any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in accept):
        return sent.text.strip()  # "Okay, we'll take the three-week flight.": the choice itself
    # "I'm comfortable with that line.": the noun "that" points with names nothing of its own
    pointed = {t.i for t in sent if t.pos_ == "NOUN" and any(accept.start <= c.i < accept.end for c in t.children)}
    around = [t for t in sent if not (t.is_punct or accept.start <= t.i < accept.end or t.i in pointed)]
    if points_back(around, put := proposing_sentence(prop)):  # "Agreed, swap them.": the proposal names what
        return put
    if not _judged(sent) and any(
        t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "VERB") and t.lower_ not in REPLY_WORDS for t in around
    ):
        return sent.text.strip()
    put = proposing_sentence(prop)
    return _terms_said_back(sent, put) or put


# what a reply calls the proposal it takes ("Agreed, that's a sensible fallback."): a judgement, naming nothing
JUDGED = frozenset("idea plan fallback call shout compromise approach option solution move way".split())


def _judged(sent: Span) -> bool:
    """ "Agreed, that's a sensible fallback.", "Yes, that's a good idea.": the reply only judges what was put ("that"
    and a word for a proposal), so the proposal states what was settled."""
    root = sent.root
    subj = [c for c in root.children if c.dep_ == "nsubj"]
    attr = [c for c in root.children if c.dep_ == "attr"]
    return (
        root.lemma_ == "be"
        and len(subj) == 1
        and subj[0].lower_ in ("that", "this", "it")
        and len(attr) == 1
        and attr[0].lemma_.lower() in JUDGED
        and not any(c.dep_ == "prep" for c in attr[0].children)
    )


def _terms_said_back(sent: Span, put: str) -> str:
    """The sentence after a bare acceptance that says the terms of the proposal ``put`` back in the replier's words
    ("…can you keep the plan to generic terms only?" "Yeah, that's fine. Generic only, we'll take brand out."): what
    the report states, not the question; "" when it names nothing of the proposal, asks, or takes on the speaker's
    own work ("That's fine. I'll send the plan Friday.")."""
    after = next((x for x in sent.doc.sents if x.start == sent.end), None)
    if after is None or after.text.rstrip().endswith("?"):
        return ""
    if any(t.lower_ == "i" and t.dep_ == "nsubj" for t in after):
        return ""
    # a course said back ("we'll take brand out"), not a verbless echo ("Fine by me. No wobblers.": the proposal
    # states it whole) nor one of its own put ("That works for us. We'd adjust the media …")
    if not any(t.pos_ == "VERB" for t in after) or any(t.lower_ in ("'d", "would", "could", "might") for t in after):
        return ""
    put_words = {w.lower().strip(".,?!") for w in put.split()}
    things = {t.lower_ for t in after if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and not t.is_stop}
    return after.text.strip() if things & put_words else ""


# the verbs of a course "we" take, said as the decision itself ("I think we go with Leeds and drop Glasgow.")
COURSE_VERBS = frozenset("go stick drop cut keep swap switch shift move lock hold scrap lose split".split())
COURSE_OPENERS = frozenset("so okay ok right well honestly then and look yeah yes".split())
THINKING = frozenset({"think", "reckon", "feel", "say", "suppose"})  # "I think we go with …": the speaker's opener
GOING_WITH = frozenset({"with", "for", "ahead"})  # "we go with/for …", "we go ahead": a choice; not "we go to Leeds"


def course_put(turn: Turn) -> str:
    """The decision a turn puts as what "we" do, in the present or with "should" ("I think we go with Leeds and
    Bristol and drop Glasgow.", "Honestly, we should just drop Glasgow."): from "we" on, stated ("We go with Leeds
    and Bristol and drop Glasgow."); "" when it puts none. Not options ("we could drop it"), a question, a
    condition ("if we drop Glasgow, …"), a negation, or what happened ("we dropped it last year")."""
    for sent in turn.doc.sents:
        if sent.text.rstrip().endswith("?") or any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in sent):
            continue
        for verb in sent:
            kids = list(verb.children)
            subj = next((c for c in kids if c.dep_ == "nsubj"), None)
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in COURSE_VERBS or subj is None or subj.lower_ != "we":
                continue
            modals = [c for c in kids if c.dep_ == "aux" and c.tag_ == "MD"]
            if any(c.dep_ == "neg" for c in kids) or not (
                (verb.tag_ == "VBP" and not modals) or (modals and all(m.lower_ == "should" for m in modals))
            ):
                continue
            if verb.lemma_.lower() == "go" and not any(c.lower_ in GOING_WITH for c in kids):
                continue
            # what leads up to "we" is an opener ("I think", "Honestly,", "So"); else the sentence says more than our
            # course ("So launch stays on 8 March, and we keep a week of slack."), and all of it is put
            lead = [t for t in sent.doc[sent.start : subj.i] if not (t.is_punct or t.lower_ in COURSE_OPENERS)]
            start = subj.i if all(t.lemma_.lower() in THINKING or t.lower_ == "i" for t in lead) else sent.start
            while start < subj.i and (sent.doc[start].is_punct or sent.doc[start].lower_ in COURSE_OPENERS):
                start += 1
            words = [t for t in sent.doc[start : sent.end] if t not in modals and t.lower_ != "just"]
            while words and words[-1].is_punct:
                words.pop()
            said = "".join(t.text_with_ws for t in words).strip()
            return f"{said[:1].upper()}{said[1:]}." if said else ""
    return ""


def points_back(words: list[Token], put: str) -> bool:
    """The words of a reply beside its acceptance are an order whose only object is a pointer, with the verb of the
    proposal ``put`` ("I'd swap the hero shot and the lifestyle shot." "Agreed, swap them."): they name nothing the
    proposal does not; not a verb that stands for any work ("let's do that"), which may take up something else."""
    objects = [t for t in words if t.dep_ in ("dobj", "obj")]
    named = [t for t in words if t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") and t.lower_ not in REPLY_WORDS]
    if not objects or named or not all(t.lower_ in POINTERS for t in objects):
        return False
    verbs = {t.head.lemma_.lower() for t in objects} - {"do", "have", "get", "make", "take"}
    return bool(verbs) and any(re.search(rf"\b{re.escape(v)}\w*", put, re.IGNORECASE) for v in verbs)


REPLY_WORDS = frozenset("yeah yep yup yes okay ok fine good great sure lovely perfect brilliant cool happy works work "
                        "honestly really totally absolutely makes sense sounds".split())  # fmt: skip


TERMS = frozenset({"MONEY", "PERCENT", "QUANTITY"})  # figures a settled term names


# a course put with "let's" that another speaker's "Agreed." settles ("Let's keep the rest of the budget for the summer
# push."); not the call's own course ("Let's move on", "Let's keep going"), read by ``runs_the_call``
LETS_COURSE = re.compile(
    r"(?:^|[.!?]\s+)(?:\w+,\s+)*let['’]s\s+(?:just\s+)?(?:(?:keep|hold|save|leave|drop|cut|move|push|stick|swap|switch|split"
    r"|use|shift|bring|park|spend|put)\s+(?!on\b|going\b|it\s+there\b)\w+"
    r"|(?:give|hand)\s+(?:it|that|this|them)\s+(?:over\s+)?to\s+\w+)",  # "Let's give it to him.": whose it is
    re.IGNORECASE,
)


def proposing_sentence(prop: Turn) -> str:
    """The sentence of a turn that puts the proposal: the one with a proposal or decision cue, a "we could…"
    clause or a course put with "let's", else its last question, else its first sentence naming a figure, else its
    first sentence of three words or more."""
    marked = {s.sent.start for s in prop.cues("PROPOSAL") + prop.cues("AGREE") if not _modal_alone(s)}
    marked |= {c.sent.start for c in prop.clauses if c.label == "POSSIBLE" and c.subj_kind in ("WE", "SELF")}
    marked |= {c.sent.start for c in prop.clauses if changes_the_work(c)}
    sents = list(prop.doc.sents)
    # "The stock won't be in until the 4th. Let's push the launch to the 9th then.": the course put, not the reason
    marked |= {s.start for s in sents if LETS_COURSE.search(s.text)}
    chosen = [s for s in sents if s.start in marked]
    asked = [s for s in sents if s.text.rstrip().endswith("?")]
    full = [s for s in sents if sum(1 for t in s if not t.is_punct) >= 3]
    if chosen or asked:
        said = (chosen or asked)[-1]
        after = next((s for s in sents if s.start == said.end), None)
        plan = after is not None and not said.text.rstrip().endswith("?") and _then_we(after)
        return f"{said.text.strip()} {after.text.strip()}" if plan and after is not None else said.text.strip()
    put = [c for s in sents if (c := if_we(s))]
    if put:  # "I think it's the format. If we cut them as short reels they'd do better." -> "We cut them as …"
        return put[-1]
    # "We've had the contract back. The cancellation terms are better, fifty percent up to sixty days out.": the terms
    terms = [s for s in full if any(e.label_ in TERMS for e in s.ents)]
    return (terms or full or sents)[0].text.strip() if sents else prop.text


def _modal_alone(cue: Span) -> bool:
    """ "We could, budget's tight though.": "we could" with no verb after it says yes to what was asked, it puts
    nothing of its own."""
    after = cue.doc[cue.end] if cue.end < len(cue.doc) else None
    return cue[-1].lower_ in ("could", "can") and (after is None or after.is_punct)


def _then_we(sent: Span) -> bool:
    """What follows on from the proposal, on a condition ("If it's still ahead next Friday, we shift twenty percent
    across."): a sentence opening "if"/"once" whose main clause is ours."""
    root = sent.root
    opens = sent[0].lower_ in ("if", "once") and sent[0].dep_ == "mark"
    return opens and any(c.dep_ == "nsubj" and c.lower_ == "we" for c in root.children) and root.tag_ != "MD"


# what "we can" does to the work itself, not more work: a part changed, cut or replaced, or what it says
CHANGING_VERBS = frozenset(
    "drop cut remove lose change swap switch replace reword rephrase rename soften say keep".split()
    + "move shift delay postpone".split()  # "We can move them to the following week.": a date changed
)
KEPT_PEOPLE = frozenset("you us them everyone everybody".split())  # "We can keep you posted.": news, no change
CHANGING_PARTICLES = {
    "take": frozenset({"out", "off"}),
    "tone": frozenset({"down"}),
    "leave": frozenset({"out"}),
    "push": frozenset({"back"}),  # "We can push them back a week.": a date changed
    "bring": frozenset({"forward"}),
}


def changes_the_work(c: Clause) -> bool:
    """ "We can take that out.", "We can just say 'a number of products'.", "We can do two bartenders and one
    lifestyle.": "we" able to change what is delivered or said, which the other side may take up as a proposal; not
    "We can send it tomorrow." (work offered), "We can do that." or "We can do Thursday." (a request or a day taken),
    nor asked ("Can we change it?", a proposal cue of its own), negated or on a condition."""
    verb = c.verb
    lemma = verb.lemma_.lower()
    particles = {t.lower_ for t in verb.children if t.dep_ in ("prt", "advmod")}
    return (
        c.label == "ABILITY"
        and c.subj_kind == "WE"
        and not (c.question or c.negated or c.conditional)
        and (
            (lemma in CHANGING_VERBS and (lemma != "keep" or _keeps_a_thing(verb)))
            or bool(particles & CHANGING_PARTICLES.get(lemma, frozenset()))
            or (lemma == "do" and any(_a_package(t) for t in verb.children))
        )
    )


def change_taken(turns: list[Turn], k: int) -> str:
    """ "We can cut it down to fifteen seconds." "Yes, please.": a change to the work the other speaker has just put
    (``changes_the_work``), taken with a "please" (``concessions.TAKEN``), is settled, stated as put; "" otherwise."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if not answered_by(prev, turn) or not any(TAKEN.search(s.text) for s in list(turn.doc.sents)[:2]):
        return ""
    changes = [c for c in prev.clauses if changes_the_work(c)]
    return changes[-1].sent.text.strip() if changes else ""


def _keeps_a_thing(verb: Token) -> bool:
    """ "We can keep anything with a hundred visits a month", "keep it to two pages"; not "keep you posted"."""
    return any(t.dep_ == "dobj" and t.lower_ not in KEPT_PEOPLE for t in verb.children)


def _a_package(t: Token) -> bool:
    """The object of "we can do …" when it is a thing offered ("two bartenders and one lifestyle", "a smaller
    run"), not a pronoun or a day."""
    return t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME")


# "If we're honest", "If we had another two hundred K": a state or a means wished for, no course of action
STATES = frozenset({"be", "have", "get", "can", "could", "need", "want"})


def if_we(sent: Span) -> str:
    """A proposal put as what would follow if we did it ("If we cut them as short reels I reckon they'd do a lot
    better.", "If we ran a shuttle from the station, people would come."): the condition, as a statement ("We cut
    them as short reels."); "" when the sentence puts none."""
    mark = next((t for t in sent if t.lower_ == "if" and t.dep_ == "mark"), None)
    if mark is None or mark.i != sent.start:
        return ""
    verb = mark.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ != "we" or subj.i != mark.i + 1 or verb.tag_ == "VBG" or verb.lemma_ in STATES:
        return ""
    end = verb.i + 1
    for t in sent.doc[verb.i + 1 : sent.end]:
        # the consequence starts at a comma or a subject of its own finite verb ("… it breathes", "… they'd do")
        finite = t.head.tag_ in ("VBZ", "VBP", "VBD") or any(c.dep_ == "aux" for c in t.head.children)
        if (t.is_punct and not _joins_words(t)) or (t.dep_ == "nsubj" and t.head.i != verb.i and finite):
            break
        end = t.i + 1
    if end - subj.i <= 2:
        return ""
    # "If we moved it …" -> "We move it …": what is settled, in the present
    words = [verb.lemma_ if t.i == verb.i and verb.tag_ == "VBD" else t.text for t in sent.doc[verb.i : end]]
    spaced = [w + t.whitespace_ for w, t in zip(words, sent.doc[verb.i : end], strict=True)]
    return f"We {''.join(spaced).strip()}."


def _joins_words(t: Token) -> bool:
    """ "four-week", "follow-up": a hyphen inside a word, with no space either side, which ends no clause."""
    return t.text in ("-", "–") and 0 < t.i < len(t.doc) - 1 and not t.doc[t.i - 1].whitespace_ and not t.whitespace_


def _the_one_named(sent: Span) -> str:
    """The choice "That's the one." points at, when the next sentence of the turn names it without a verb ("That's
    the one. Wet road for the forty-eights."): that sentence; "" otherwise."""
    if sent.end >= len(sent.doc):
        return ""
    after = sent.doc[sent.end].sent
    if any(t.pos_ in ("VERB", "AUX") for t in after) or after.text.rstrip().endswith("?"):
        return ""
    if not any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in after):
        return ""
    return after.text.strip()


def _named_before(sent: Span) -> str:
    """ "Fine. Two twenty. Let's lock that in." -> "Let's lock two twenty in.": a pointer ("that", "this") put for
    the short verbless fragment said just before it in the turn; "" when there is none."""
    pointer = next((t for t in sent if t.lower_ in ("that", "this") and (t.dep_ == "dobj" or _gone_with(t))), None)
    if pointer is None or sent.root.lemma_ == "do" or sent.start == 0:
        return ""
    before = sent.doc[sent.start - 1].sent
    words = [t for t in before if not t.is_punct]
    # "Gifting guide.": a verb read in the fragment only as part of its noun
    if not 0 < len(words) <= 4 or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "compound" for t in before):
        return ""
    if not any(t.pos_ in ("NUM", "NOUN", "PROPN") for t in words):
        return ""
    if pointer.dep_ == "pobj" and any(t.pos_ == "INTJ" or t.lower_ in ("'s", "is") for t in words):
        return ""  # "Yeah, sixty's fine. Let's go with that.": an assent, not the option named
    fragment = before.text.strip().rstrip(".!?,").strip()
    fragment = fragment[:1].lower() + fragment[1:] if words[0].pos_ != "PROPN" else fragment
    if before.root.pos_ == "NOUN" and not any(c.dep_ in ("det", "nummod", "poss") for c in before.root.children):
        fragment = f"the {fragment}"  # "Gifting guide. Let's go with that." -> "… go with the gifting guide"
    tail = sent.doc[pointer.i + 1 : sent.end]
    gap = "" if not len(tail) or tail[0].is_punct else " "
    return f"{sent.doc[sent.start : pointer.i].text} {fragment}{gap}{tail.text}".strip()


def _gone_with(pointer: Token) -> bool:
    """ "go with that", "go for this": the option pointed at, what a choice goes with."""
    prep = pointer.head
    return pointer.dep_ == "pobj" and prep.lower_ in ("with", "for") and prep.head.lemma_ == "go"


def terse_answer(turns: list[Turn], k: int, cue: Span) -> str:
    """A terse decision that names nothing ("Do that.", "Fine, split it.") is stated by the rest of its turn when
    that says something, else by the proposal it answers when another speaker made one in the two turns before;
    otherwise "" (the decision is stated as said)."""
    sent = cue.doc[cue.end - 1].sent
    if cue.id_ == "thats_the_one" and turns[k].speaker is not None:
        if named := _the_one_named(sent):  # "That's the one. B with A's texture and a warmer green."
            return named
        sent = sent[:0]  # "That's the one." names nothing: "one" points at what was put
    bare = cue.id_ in POINTING and turns[k].speaker is not None and _only_the_cue(sent, cue)
    if bare and (ratified := _ratified_beside(sent)):  # "Yes, kraft. Final answer.": what the ratification is of
        return ratified
    if turns[k].speaker is not None and _only_the_cue(sent, cue) and (pick := _pick_after(turns, k, sent)):
        return pick  # "The printer can do the 24th or the 31st." "Yeah, do that. The 31st.": the option named after it
    if turns[k].speaker is None or cue.id_ == "do_the_option" or any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in sent):
        return ""  # "Do the exclusive.": the order names what it takes
    if cue.id_ == "x_it_is" and cue.start > sent.start and not cue.doc[cue.start - 1].is_punct:
        return ""  # "Great, Tuesdays it is.": the term named, whatever the parser makes of it
    if cue.id_ == "lets_decide" and any(t.lower_ == "go" for t in cue):
        return ""  # "Let's go digital.", "Let's go seated.": the option taken, whatever its part of speech
    if picked := _option_by_its_verb(
        turns, k, sent
    ):  # "We could. Or we split it fifty-fifty." "Fine, do that. Split it."
        return picked
    own = [s for s in cue.doc.sents if s.start != sent.start and sum(1 for t in s if not t.is_punct) >= 5]
    # "Fine. Do that. Nobody comments on the post.": "do that" only points; "The twentieth works for us. Go ahead and
    # confirm it.": the go-ahead is the work, the rest what is settled
    before = cue.id_ == "go_ahead" and any(s.start < sent.start for s in own)
    if own and (sent.root.lemma_ == "do" or before):
        # the rest of the turn states it, unless that only gives the reason ("The band was a nice-to-have."); for a
        # go-ahead, only what is said before it ("Go ahead. As long as legal have seen it." is a condition)
        stated = [s for s in own if not _a_reason(s) and not _a_caveat(s)]
        stated = [s for s in stated if s.start < sent.start] if cue.id_ == "go_ahead" else stated
        if stated:
            return " ".join(s.text.strip() for s in stated)
    elif own:  # "Let's keep it, then. But monthly.": the pointer keeps its verb
        return turns[k].text
    if named := _named_before(sent):
        return named
    if k >= 2 and _own_question_granted(turns, k):
        return proposing_sentence(turns[k - 2])
    # "We'd like to add a seventh." "What does that cost us?" "About six hundred." "Fine, go ahead.": the proposal
    # before the answer to the one who decides
    asked_on = k >= 3 and turns[k - 2].speaker == turns[k].speaker and _asks_what(turns[k - 2])
    for j in (k - 1, k - 2, k - 3) if asked_on else (k - 1, k - 2):
        if j < 0 or turns[j].speaker == turns[k].speaker:
            continue
        prev = turns[j]
        if course := suggested_course(prev):  # "The editor suggested trimming the kitchen scene." "Do that."
            return course
        if (
            prev.cues("PROPOSAL")
            # "We could go halves." / "We can cut it to fifteen seconds." "Yes, do that."
            or any(c.label in OFFERING and c.subj_kind in ("WE", "SELF") and not c.negated for c in prev.clauses)
            or any(if_we(s) for s in prev.doc.sents)  # "If we drop the band, we can hit sixty." "Do that."
            # "We'll swap them for the illustrations." "Yes, do that.": a change put as what we'll do
            or any(c.label == "FUTURE" and c.subj_kind == "WE" and decides(c) for c in prev.clauses)
        ):
            return proposing_sentence(prev)
        if asked_on and j == k - 1:
            continue  # the answer to the decider's question ("About six hundred."): the proposal is before it
        if cue.id_ in POINTING and not prev.cues("REQUEST"):
            if j == k - 1 and _only_assents(prev):
                continue  # "I'm comfortable with that. Owen?" "Let's go with that.": the course put before both
            return _summed_up(prev)
        return ""
    return ""


def _pick_after(turns: list[Turn], k: int, sent: Span) -> str:
    """A bare order ("Yeah, do that.") followed in its turn by a sentence that only names a thing or a day ("The
    31st.", "The smaller one."), each word of it said by another speaker in the two turns before (the options put):
    the pick, stated "We go with the 31st."; "" when there is no such sentence ("Do that. Tomorrow's fine.", a pick
    that names what nobody put)."""
    after = next((s for s in turns[k].doc.sents if s.start == sent.end), None)
    if after is None or after.text.rstrip().endswith("?") or any(_verb_of(t) for t in after):
        return ""
    words = [t for t in after if not t.is_punct and t.lower_ not in RATIFYING_FILLER]
    if not words or len(words) > PICK_MAX or not _names_a_thing(after) and not any(t.like_num for t in words):
        return ""
    put = {t.lower_ for j in (k - 1, k - 2) if j >= 0 and turns[j].speaker != turns[k].speaker for t in turns[j].doc}
    content = [t for t in words if not t.is_stop]
    if not content or any(t.lower_ not in put for t in content):
        return ""
    said = turns[k].doc[words[0].i : words[-1].i + 1].text
    return f"We go with {said if words[0].pos_ == 'PROPN' else said[:1].lower() + said[1:]}."


PICK_MAX = 4  # words a pick said after a bare order may have ("The 31st.", "The smaller one.")


def _option_by_its_verb(turns: list[Turn], k: int, sent: Span) -> str:
    """A pointing decision followed by a bare order that names the option by its verb ("Fine, do that. Split it.")
    after another speaker put options as what "we" do ("We could, it's the same money. Or we split it fifty-fifty."):
    the option with that verb, stated ("We split it fifty-fifty."); "" when there is no such order or option."""
    orders = [
        s.root.lemma_.lower()
        for s in turns[k].doc.sents
        if s.start > sent.start
        and s.root.tag_ == "VB"
        and s.root.lemma_.lower() not in ("do", "go", "let")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in s.root.children)
    ]
    if not orders:
        return ""
    for j in (k - 1, k - 2):
        if j < 0 or turns[j].speaker in (None, turns[k].speaker):
            continue
        for option in turns[j].doc.sents:
            verb = next((t for t in option if t.lemma_.lower() == orders[0] and t.pos_ == "VERB"), None)
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
            if verb is None or subj is None or subj.lower_ != "we" or any(c.dep_ == "neg" for c in verb.children):
                continue
            modals = {c.i for c in verb.children if c.tag_ == "MD"}  # "we could split it": the option, as taken
            words = [
                t
                for t in option.doc[subj.i : option.end]
                if t.i not in modals and not (t.is_punct and t.i == option.end - 1)
            ]
            said = "".join(t.text_with_ws for t in words).strip()
            return f"W{said[1:]}." if said else ""
    return ""


OFFERING = frozenset({"POSSIBLE", "ABILITY"})  # what the side could or can do, put to the one who decides

ASKING_MODALS = frozenset({"can", "could", "should", "shall"})
GRANTED = re.compile(
    r"^(?:(?:yes|yeah|yep|sure)[,.]?\s+)?(?:we|you|I)\s+(?:can|could)(?:,\s*(?:yes|yeah))?[.!]?$", re.I
)


def _own_question_granted(turns: list[Turn], k: int) -> bool:
    """ "If it doesn't come through, can we swap in Cardiff?" "We can. I'd need to rebook the van though." "Fine, do
    that.": the decider's own "can we …?", answered that it can be done, is the course the terse decision takes, not
    the caveat said with the answer."""
    asked, answer = turns[k - 2], turns[k - 1]
    if asked.speaker != turns[k].speaker or answer.speaker in (None, turns[k].speaker):
        return False
    last = _closing_question(asked)
    if last is None:
        return False
    root = last.root
    modal = next((c for c in root.children if c.dep_ == "aux" and c.lower_ in ASKING_MODALS), None)
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.lower_ == "we"), None)
    first = next(iter(answer.doc.sents), None)
    return (
        modal is not None
        and subj is not None
        and modal.i < subj.i
        and first is not None
        and bool(GRANTED.match(first.text.strip()))
    )


# what a question asks to change in the work ("Can we push the launch back a week?", "Should we move the awards to
# after dessert?"): the changing verbs but "say" and "keep" (what is said, what stays), and lengthening or shortening
ASKED_CHANGES = (CHANGING_VERBS - {"say", "keep"}) | {"extend", "trim", "reduce"}
# what "keep" holds that is no part of the work: "Shall we keep an eye on it?", "Can we keep track of the RSVPs?"
KEPT_IDIOMS = frozenset("eye eyes track tabs touch note notes head heads minds mind".split())
# a bare yes that grants what was asked ("Yes.", "Yeah, fine.", "Sure, go for it."): nothing said beside it
PLAIN_YES = re.compile(
    r"^(?:yes|yeah|yep|sure|of course|absolutely|definitely|fine|okay|ok)"
    r"(?:[,.!]?\s+(?:yes|yeah|fine|okay|please|go for it|do it|do that|sure|absolutely|that's it))*[.!]?$",
    re.I,
)
GRANTING_MODALS = frozenset({"can", "could", "should", "shall"})
# a yes that says how the change stands, pointing back at it ("Yes, we'll ring-fence it.", "Sure, we can hold that."):
# the verb one of holding a thing as it is, or the one asked ("Can we push it back?" "Yes, we'll push it back.")
YES_WE_WILL = re.compile(
    r"^(?:yes|yeah|yep|sure|of course|absolutely|definitely|fine|okay|ok)[,.!]?\s+(?:that's fine[,.]?\s+)?"
    r"we(?:'ll|\u2019ll| will| can)\s+(?:just\s+)?(?P<verb>[a-z]+(?:-[a-z]+)?)\s+(?:it|that|them|those)\b"
    r"[^,;]{0,12}[.!]?$",
    re.I,
)
HOLDING = frozenset("keep ring-fence ringfence protect hold freeze lock leave".split())
# "Can I ask that we keep the influencer spend whole?", "Could I suggest we move it to May?": the change asked for
# under a verb of asking, said by the speaker
ASKING_FOR = frozenset({"ask", "suggest", "propose", "request"})


def change_granted(turns: list[Turn], k: int) -> str:
    """ "Can we push the launch back a week?" "Yes.", "Should we move the awards to after dessert?" "Yes, that's it.":
    the other side's "can/should we …?" that closes its turn and asks to change the work (``ASKED_CHANGES``, or a
    verb with its particle: "take out", "push back"), granted with a bare yes (``PLAIN_YES``) as the whole first
    sentence of the reply, is settled; returns the change as a statement ("We push the launch back a week."). Not a
    yes with a "but", nor a question on a condition ("If it rains, can we move it?"), nor one of the agency's own
    side (colleagues agreeing among themselves settle nothing with the client); the client's own people may settle it
    between them ("Shall we keep the Leeds date?" "Yes.": the client deciding)."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if not answered_by(prev, turn) or turn.side is None or prev.side is None or turn.is_question():
        return ""
    if prev.side == turn.side != "client":
        return ""
    first = next(iter(turn.doc.sents), None)
    if first is None or "but" in {t.lower_ for t in turn.doc}:
        return ""
    said_how = YES_WE_WILL.match(first.text.strip())
    if not PLAIN_YES.match(first.text.strip()) and said_how is None:
        return ""
    last = _closing_question(prev)
    if last is None:
        return ""
    root = last.root
    kids = list(root.children)
    modal = next((c for c in kids if c.dep_ == "aux" and c.lower_ in GRANTING_MODALS), None)
    asker = next((c for c in kids if c.dep_ == "nsubj" and c.lower_ == "i"), None)
    inner = next((c for c in kids if c.dep_ == "ccomp"), None)
    if root.lemma_.lower() in ASKING_FOR and _asked_first(modal, asker) and inner is not None:
        root, kids = inner, list(inner.children)  # "Can I ask that we keep …?": the change is what is asked for
        modal = None if any(c.dep_ == "aux" and c.lower_ in GRANTING_MODALS for c in kids) else modal
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.lower_ == "we"), None)
    if modal is None or subj is None or modal.i > subj.i or not _changing(root):
        return ""
    if any(c.dep_ == "neg" for c in kids) or any(t.dep_ == "mark" and t.lower_ == "if" for t in last):
        return ""
    if said_how is not None and said_how["verb"].lower() not in HOLDING | {root.lemma_.lower(), root.lower_}:
        return ""  # "Yes, we'll send it over.": work taken on, not the change granted
    words = [t for t in last.doc[subj.i + 1 : last.end] if not (t.is_punct and t.i == last.end - 1)]
    if words and words[-1].lower_ == "then":
        words = words[:-1]
    rest = "".join(t.text_with_ws for t in words).strip().rstrip(",")
    return f"We {rest}." if rest else ""


def _asked_first(modal: Token | None, subj: Token | None) -> bool:
    """The modal comes before its subject: a question ("Can I ask …?")."""
    return modal is not None and subj is not None and modal.i < subj.i


def _changing(verb: Token) -> bool:
    """A verb that changes the work (``ASKED_CHANGES``, or with its particle: "take out", "push back")."""
    lemma = verb.lemma_.lower()
    particles = {t.lower_ for t in verb.children if t.dep_ in ("prt", "advmod")}
    return (
        (lemma in ASKED_CHANGES and "on" not in particles)
        or bool(particles & CHANGING_PARTICLES.get(lemma, frozenset()))
        or (lemma == "keep" and _keeps_what_stands(verb))
    )


def _keeps_what_stands(verb: Token) -> bool:
    """ "Shall we keep the Leeds date?", "Can we keep the influencer spend whole?": what stays as it is, asked and
    granted, is settled as much as a change; not "keep you posted", "keep an eye on it", "keep track of them", nor a
    pronoun that names nothing ("Can we keep it?")."""
    objs = [t for t in verb.children if t.dep_ == "dobj"]
    return any(
        t.pos_ in ("NOUN", "PROPN") and t.lower_ not in KEPT_PEOPLE and t.lemma_.lower() not in KEPT_IDIOMS
        for t in objs
    )


def _asks_what(turn: Turn) -> bool:
    """The turn ends on a question of what, how much or which ("What does that cost us?"), whose answer is no
    proposal; not one that puts the term itself ("Are we saying Tuesday 9am?")."""
    last = _closing_question(turn)
    return last is not None and any(t.tag_ in ("WDT", "WP", "WRB") for t in last)


def _closing_question(turn: Turn) -> Span | None:
    """The turn's last sentence, when it asks something."""
    sents = list(turn.doc.sents)
    return sents[-1] if sents and sents[-1].text.rstrip().endswith("?") else None


def _only_assents(prev: Turn) -> bool:
    """The turn's last statement names nothing, it assents to what was put ("I'm comfortable with that.")."""
    sents = [s for s in prev.doc.sents if sum(1 for t in s if not t.is_punct) >= 4]
    last = sents[-1] if sents else None
    return last is not None and not last.text.rstrip().endswith("?") and not _names_a_thing(last)


SUGGESTING = frozenset({"suggest", "recommend", "propose", "advise"})


def suggested_course(turn: Turn) -> str:
    """A course someone is reported to suggest ("The editor suggested trimming the kitchen scene and holding longer
    on the product.") stated as the meeting's ("We trim the kitchen scene and hold longer on the product."); ""
    when the turn reports none."""
    for sent in turn.doc.sents:
        root = sent.root
        course = next((c for c in root.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
        if root.lemma_ not in SUGGESTING or course is None or any(c.dep_ == "neg" for c in root.children):
            continue
        steps = {course.i} | {c.i for c in course.children if c.dep_ == "conj" and c.tag_ == "VBG"}
        words = [t.lemma_ if t.i in steps else t.text for t in course.subtree if not t.is_punct]
        return f"We {' '.join(words)}."
    return ""


def _a_caveat(sent: Span) -> bool:
    """ "Yes, do that. But don't tell the minister's office.": a "but" said after a terse decision qualifies the course
    decided before it, not the course itself."""
    first = next((t for t in sent if not t.is_punct), None)
    return first is not None and first.lower_ in ("but", "though", "although")


def _a_reason(sent: Span) -> bool:
    """ "Do that. The band was a nice-to-have anyway.": what is said after a terse decision to give its reason (a
    past state, or "anyway"), not the course decided."""
    return sent.root.tag_ == "VBD" or any(t.lower_ == "anyway" for t in sent)


# ratifying cues that only point at what was just said ("That's settled then.", "Let's lock that in.", "We've
# decided."): the decision is the other speaker's statement before them
POINTING = frozenset({"decision_is", "lets_go_with"})


# words a bare ratification or the pick before it may open or close with ("Yes, kraft.", "Then that's decided.")
RATIFYING_FILLER = frozenset({"yes", "yeah", "yep", "okay", "ok", "right", "so", "fine", "then", "and", "well", "good"})


def _only_the_cue(sent: Span, cue: Span) -> bool:
    """ "Final answer.", "Decision made.", "Then that's decided.": a sentence that is the ratifying cue and nothing
    else, which names nothing of what was decided."""
    rest = [t for t in sent if not t.is_punct and not cue.start <= t.i < cue.end]
    return all(t.lower_ in RATIFYING_FILLER for t in rest)


def _ratified_beside(sent: Span) -> str:
    """What a bare ratification is of, said in its own turn: the statements before it that name something ("Yeah.
    The ISA push moves to September. Decision made."), else those after it ("Then that's the decision. A's apple
    with B's wordmark."); a pick said alone loses how it opens ("Yes, kraft." -> "kraft."); "" when the turn names
    nothing beside it ("Out. That's decided.")."""
    sents = list(sent.doc.sents)
    before = [s for s in sents if s.end <= sent.start]
    after = [s for s in sents if s.start >= sent.end]
    for side in (before, after):
        stated = [s for s in side if not s.text.rstrip().endswith("?") and _names_a_thing(s)]
        said = [_unopened(s) for s in stated]
        if len(said) == 1 and len(said[0].split()) > PICK_WORDS and not any(_verb_of(t) for t in stated[0]):
            # "The round mark with the new lettering.": the option taken, as the report states a choice
            first = next(t for t in stated[0] if said[0].startswith(t.text))
            return f"We go with {said[0] if first.pos_ == 'PROPN' else said[0][:1].lower() + said[0][1:]}"
        if said:
            return " ".join(said)
    return ""


PICK_WORDS = 2  # a pick of a word or two is named as the option it is by ``option_named`` ("kraft" -> "the kraft")


def _verb_of(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX")


def _names_a_thing(sent: Span) -> bool:
    """A sentence that names something: a noun, a name or a figure, not an interjection ("Yeah.", "Let me think.")."""
    return any(t.pos_ in ("NOUN", "PROPN", "NUM") and t.lower_ not in RATIFYING_FILLER for t in sent)


def _unopened(sent: Span) -> str:
    """ "Yes, kraft." -> "kraft.": a sentence without the fillers it opens with."""
    first = next((t for t in sent if not (t.is_punct or t.lower_ in RATIFYING_FILLER)), None)
    return sent.doc[first.i : sent.end].text.strip() if first is not None else ""


def _summed_up(prev: Turn) -> str:
    """The last sentence of ``prev`` when it states something ("So the launch moves to the 8th and the press day to
    the 6th."): four words or more, not a question; "" otherwise."""
    sents = [s for s in prev.doc.sents if sum(1 for t in s if not t.is_punct) >= 4]
    if not sents or sents[-1].text.rstrip().endswith("?"):
        return ""
    return sents[-1].text.strip()
