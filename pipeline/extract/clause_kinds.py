"""What one usable commitment clause makes, by the kind of its subject: one function a ``SubjectKind``, looked up
in ``BY_KIND``. Each reads the clause's label (``ClauseLabel``) and whether it is a question, and calls the walk's
operations (``CommitmentTracker.self_item``, ``request``, ``offer``, ``assign``, ``joint``, ``propose_joint``)::

    "I'll send the deck."             SELF   -> the speaker's item          "Shall I send it?"   SELF -> an offer
    "Our studio will turn it round."  ORG_SELF -> the side's item           "We'll move the awards." WE -> nothing
    "Could you send the guidelines?"  YOU    -> a request                   "Tom will send it."  NAME -> an assignment
    "You and I could walk the venue." JOINT  -> a joint session, once the other one answers
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.extract.antecedents import WEAK_NOUNS
from pipeline.extract.components import IF_OFFERS, THING_FRAMES, Clause, SubjectKind
from pipeline.extract.dates import DueMatch
from pipeline.extract.held import kept_held
from pipeline.extract.items import (
    BELIEF_VERBS,
    POINTING,
    VAGUE_WORDS,
    Item,
    clause_due,
    further,
    has_object,
    party,
    pronoun_object,
    usable,
    vague_task,
)
from pipeline.extract.owners import joint
from pipeline.extract.recaps import same_task
from pipeline.extract.requests import EVENT_WORDS, asks_who, clause_due_of, preference
from pipeline.extract.steps import SENT_VERBS
from pipeline.extract.tasks import ANSWERING, task_text
from pipeline.extract.turns import Turn
from pipeline.schemas import Owner

if TYPE_CHECKING:
    from pipeline.extract.commitments import CommitmentTracker

PROMISE_LABELS = ("FUTURE", "ABILITY", "LET_ME")
DELIVER_TO_YOU = {"have", "get", "receive", "see"}
# "you'll get some odd entries", "you'll see loads of complaints": what the listener will come by, foretold, not
# something handed over (unless a date says when: "you'll have some options by Friday")
# who may "be with you" on the day: people, not a thing sent ("the crew will be with you at eight")
PEOPLE = {"crew", "team", "photographer", "driver", "courier", "engineer", "fitter", "rep", "guy", "lady", "person",
          "installer", "technician", "chef", "host", "presenter", "manager"}  # fmt: skip
FORETOLD = {"some", "any", "loads", "lots", "plenty", "more", "much", "many", "all", "a lot", "a few", "a bit", "no"}
DELIVER_WE = {"get", "send", "give", "have", "share", "turn", "deliver", "provide", "circulate", "pull"}
BLAME_IDIOMS = {"thats_on_me", "thats_on_us"}  # "that's on me" commits only when something was asked
ATTEND_IDIOMS = {"ill_be_there"}  # "I'll be there." commits only to a session just put
# "Mine.", "Me.", "That's one for me.", "I've got it.": an answer that takes on only work just asked for or said to be
# needed ("Who's booking the studio?"), not a thing had or wanted ("Who's got the deck?", "Who wants the veggie one?")
ANSWER_IDIOMS = {"mine_answer", "ive_got_it"}
SELF_CORRECTION = {"actually", "wait", "scratch"}  # "can you send it— actually, no, I'll do it"
DECISION_VERBS = {"move", "go", "stick", "drop", "cut", "keep", "swap", "switch", "push", "shift", "run", "lock",
                  "retire", "scrap", "ditch", "shelve", "approve"}  # fmt: skip


# a question after "I could …" that puts it as an offer
OFFERING = re.compile(
    r"\b(?:(?:do |would )?you want (?:me to|to see)|want (?:me to|to see)|shall i|would (?:that|it) help|"
    r"(?:is|would) (?:that|it) (?:be )?useful)\b[^.!]*\?",
    re.IGNORECASE,
)


WILL = {"will", "'ll", "wo"}
# "Happy to …", "I'm glad to …", "I'd be happy to …": work put forward, not yet taken on
GLAD_FRAMES = {"happy_to", "i_am_happy_to", "i_would_be_happy_to"}


def dated_promise(turn: Turn, c: Clause) -> bool:
    """ "I'll shortlist three chefs with rates, and send them over Monday week?", "we'll have the revised sequence
    back to you by the end of the week?": a statement ("I'll", "we'll", the subject first) whose question mark only
    asks whether the date it puts suits; a promise, not an offer waiting for a yes. "Will you …?", "Shall I …?" and
    "I'll do what?" stay questions."""
    if not (c.question and c.label == "FUTURE" and c.subj is not None and c.subj_kind in ("SELF", "WE", "ORG_SELF")):
        return False
    will = [t for t in c.verb.children if t.dep_ == "aux" and t.lower_ in WILL]
    if not will or will[0].i < c.subj.i or any(t.tag_ in ("WDT", "WP", "WRB") for t in c.sent):
        return False
    return any(d.due is not None and c.verb.idx < d.start_char < c.sent.end_char for d in turn.dues)


HABITUAL = {"usually", "normally", "typically", "generally", "always", "often", "sometimes", "tend"}
# a standing rule put first: "anything material, we'll share with everyone", "whenever we get a brief like this,
# we'll …" ("whenever you're ready, I'll send it" is this piece of work)
STANDING = re.compile(
    r"(?:^\W*|[,;]\s*|\b(?:and|so|but)\s+)(?:anything|any\s*time|every\s+time|whenever\s+(?:we|they|there|it))\b",
    re.IGNORECASE,
)


def promises(c: Clause) -> bool:
    """A statement that commits ("I'll…", "we can…", "let me…"), not a question, nor what is usually done ("we'll
    normally send a first cut a week after the shoot"), nor a standing rule ("anything urgent, we'll call")."""
    habitual = any(t.dep_ == "advmod" and t.lower_ in HABITUAL for t in c.verb.children)
    lead = c.verb.doc[c.sent.start : c.verb.i].text
    standing = bool(STANDING.search(lead)) and not any(t.ent_type_ in ("DATE", "TIME") for t in c.sent)
    return c.label in PROMISE_LABELS and not c.question and not habitual and not standing


AVAILABLE_VERBS = {"do", "make", "manage"}
DAY_ENTITIES = ("DATE", "TIME")


def availability(c: Clause) -> bool:
    """ "I can do Tuesday", "we could make the twelfth", "I can manage Friday afternoon": the object is a day or a
    time, so the speaker says when they are free, not what they will do."""
    objects = [t for t in c.verb.children if t.dep_ in ("dobj", "npadvmod")]
    days = [o for o in objects if o.ent_type_ in DAY_ENTITIES]
    things = [o for o in objects if o.dep_ == "dobj" and o.ent_type_ not in DAY_ENTITIES]
    return c.verb.lemma_ in AVAILABLE_VERBS and bool(days) and not things


def on_the_spot(c: Clause, due: DueMatch | None) -> bool:
    """ "Let me just find the slide", "let me just check the other slots": done now, in the call; "let me just check
    with finance and come back to you" (or with a date) is work."""
    just = any(t.dep_ == "advmod" and t.lower_ in ("just", "quickly") for t in c.verb.children)
    back = any(t.lower_ == "back" for t in c.sent)
    return c.label == "LET_ME" and just and due is None and not back


def i_clause(t: CommitmentTracker, turn: Turn, c: Clause, due: DueMatch | None, recap: bool) -> None:
    """I'll / I can / let me: the speaker's item. "Shall I…?", "I'll…?", "could I…?": an offer. "Can I just flag,
    …" (a question said without its question mark) promises nothing."""
    if promises(c) and _modal_first(c):
        if _offers(c):
            t.offer(turn, c, due)
    elif promises(c) and chooses(c) and due is None:
        return  # "I'll go with route two", "I'll sign that off": a choice or an approval, the agreement's to record
    elif promises(c) and preferred(turn, c, due):
        return  # "I'd rather not open. Megan opens, I'll do the reveal.": the part the speaker chose
    elif promises(c) and foreknown(c, due):
        return  # "I'll know the results on the day": what the speaker comes to know, no work
    elif promises(c) and on_the_spot(c, due):
        return
    elif promises(c) and availability(c):
        return  # "I can do Tuesday or Wednesday for the shoot": when the speaker is free, the date is settled later
    elif promises(c) and believed(c) and due is None:
        return  # "I think I can get that past finance": a view of what is possible, the promise comes after
    elif promises(c) and benefit_of_asking(turn, c):
        return  # "Could you send me their calendar? Then I can work back from it.": why it is asked, no promise
    elif promises(c) and hedged_ability(turn, c):
        t.offer(turn, c, due)  # "I can ask the regional manager. No promises.": an item once taken up ("Yes please")
    elif promises(c) and forecast(c) and not deadline(due) and c.verb.lemma_ not in SENT_VERBS:
        # "I'll be checking their Strava", "I'll be editing the teaser on Monday": what the speaker will be busy
        # with, not work taken on; "I'll be sending it over on Friday", "I'll be doing the draft by Friday" are
        return
    elif promises(c):
        asked = taken_over(turn, c)
        if asked is not None:
            c.task = asked.task  # "Tom, can you send the contracts— actually, no, I'll do it.": what was asked
        t.self_item(turn, c, turn.speaker, due, recap)
    elif (eta := revised_eta(turn, c)) is not None and not recap:
        c.task, day = eta  # "I was hoping to get it to you Friday but realistically it'll be Tuesday."
        t.self_item(turn, c, turn.speaker, day, recap)
    elif c.label == "ASSIGN":
        assigned(t, turn, c, due, recap)
    elif c.question and _offers(c):
        t.offer(turn, c, due)  # "Shall I…?", "I could knock up a 3D, if that helps?", "I can send it, if useful?"
    elif c.label == "POSSIBLE" and not c.conditional and not c.negated and OFFERING.search(turn.text[c.verb.idx :]):
        t.offer(turn, c, due)  # "I could have a go at the design. Want to see something?"
    elif could_offer(c) and not availability(c):
        t.offer(turn, c, due)  # "I could put together a shortlist of two or three.": an item once it is taken up
    elif (c.rule in THING_FRAMES or (c.rule in GLAD_FRAMES and not (_iffy(c) or _role_put(c)))) and not (
        c.question or c.negated or c.conditional or c.distractor
    ):
        # "What I can do instead is a one-pager for the board.", "Happy to pull the regional figures together.": an
        # item once it is taken up ("Yes please.")
        t.offer(turn, c, due)


def hedged_ability(turn: Turn, c: Clause) -> bool:
    """ "I can ask her. No promises.", "I can ask the regional manager, but no promises": what the speaker is able to
    do, hedged in its sentence or the next, puts the asking forward and promises nothing ("I'll ask the organisers.
    No promises." still promises the asking; a request answered so is taken on in ``_resolve_pending``)."""
    if c.label != "ABILITY" or not any(a.dep_ == "aux" and a.lower_ in ("can", "could") for a in c.verb.children):
        return False
    return any(s.id_ == "no_promises" and c.sent.start <= s.start < c.sent.end + 8 for s in turn.cues("DISTRACTOR"))


MEANT = frozenset({"hoping", "aiming", "planning", "meaning", "intending", "wanting"})  # the parser's "hop" of "hoping"
NOW_BE = re.compile(
    r"\b(?:it|that|they)(?:'ll|\s+will|'s\s+going\s+to|\s+is\s+going\s+to|'re\s+going\s+to)\s+be\b", re.I
)


def revised_eta(turn: Turn, c: Clause) -> tuple[str, DueMatch] | None:
    """ "I was hoping to get it to you Friday but realistically it'll be Tuesday": the work the speaker meant to
    deliver, on the day it will now be (said after "but"); not "I was hoping to go Friday" with no day put after."""
    verb = c.verb
    if verb.lower_ not in MEANT or not any(a.dep_ == "aux" and a.lower_ in ("was", "were") for a in verb.children):
        return None
    work = next((x for x in verb.children if x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX")), None)
    but = next((t for t in c.sent if t.lower_ == "but" and t.i > verb.i), None)
    if work is None or but is None or not NOW_BE.search(c.sent.doc[but.i : c.sent.end].text):
        return None
    day = next((d for d in turn.dues if but.idx <= d.start_char < c.sent.end_char and d.due is not None), None)
    return (task_text(work, None), day) if day is not None else None


# what "I could …" says that offers no work: "I could live with that", "I could see it working", "I could go either way"
NOT_OFFERED = frozenset(
    "see live imagine say be go argue understand think believe guess tell ask hear feel swear wait sleep eat cry kill "
    "murder scream weep kiss hug use".split()
)


# a role put forward, not work: "I'd be glad to run the account myself for the first quarter." ("Yes, let's have
# that." decides who runs it: an agreement, GUIDELINES' role decision)
ROLE_TAKING_VERBS = frozenset({"run", "lead", "head", "manage", "own", "front"})
ROLE_NOUNS = frozenset({"account", "team", "relationship", "business", "brand", "client"})


def _role_put(c: Clause) -> bool:
    """ "I'd be glad to run the account myself": the speaker puts themself forward for a role (a
    ``ROLE_TAKING_VERBS`` verb with a ``ROLE_NOUNS`` object), no piece of work."""
    return c.verb.lemma_ in ROLE_TAKING_VERBS and any(
        t.dep_ == "dobj" and t.lemma_.lower() in ROLE_NOUNS for t in c.verb.children
    )


def _iffy(c: Clause) -> bool:
    """ "If so, I'm happy to call this phase done.": an "if" anywhere in the sentence of a "happy to" (the parse
    hangs it on "am", out of the verb's reach)."""
    return any(t.lower_ in ("if", "unless") for t in c.sent)


def could_offer(c: Clause) -> bool:
    """ "I could put together a shortlist", "I could set you up with access": work the speaker puts forward, which
    the other side may take up ("Yes please"); not a question, an "if", a view ("I could live with that")."""
    could = any(a.dep_ == "aux" and a.lower_ == "could" for a in c.verb.children)
    does = any(t.dep_ in ("dobj", "prt", "dative", "xcomp") for t in c.verb.children)
    return (
        c.label == "POSSIBLE"
        and c.subj_kind == "SELF"
        and could
        and does
        and not (c.question or c.conditional or c.negated or c.distractor)
        and c.verb.lemma_ not in NOT_OFFERED
    )


def offered_outright(turn: Turn, c: Clause) -> bool:
    """ "We can run an exit survey", "we can give them screenshots": work done to a thing, which the other side can
    take up; not "we can go either way", "we can chat about it another day", "we can do Tuesday", "we can mount it"
    (what the other side raised), "we can push the lighter beers warmer" (a change to the work, which the meeting
    decides), "we can do three weeks at 42, or four at 50" (options put for a choice), nor what is offered only to
    be taken on at once (``left_open``)."""
    things = [t for t in c.verb.children if t.dep_ == "dobj" and t.pos_ != "PRON"]
    changes = c.verb.lemma_ in DECISION_VERBS - {"run"}  # "we can drop the long cut": a decision, not work offered
    options = any(t.lower_ == "or" for t in c.verb.subtree)  # "the three weeks at 42, or four at 50": to choose
    plain = not (c.negated or c.conditional or availability(c) or options)
    return bool(things) and not changes and plain and left_open(turn, c)


def left_open(turn: Turn, c: Clause) -> bool:
    """The offer is the speaker's last word on the work, left for the listener to take up: not a consequence of
    what was just asked ("Could we do the six-sheets? Then we can geo-target the follow-up."), nor one the turn
    goes on to take on itself or hand to a colleague ("We can run a brand-lift study. I'll set that up.", "We can
    share the benchmarks. Tobias, that's yours?")."""
    lead = " ".join(t.lower_ for t in turn.doc[c.sent.start : c.verb.i] if not t.is_punct)
    if any(re.search(rf"\b{w}\b", lead) for w in CONSEQUENCE_WORDS):
        return False
    later = turn.doc[c.sent.end :]
    return not any(o.verb.i >= c.sent.end for o in turn.clauses) and not any(t.ent_type_ == "PERSON" for t in later)


def believed(c: Clause) -> bool:
    """ "I think I can get that past finance", "I reckon we could squeeze it in": what the speaker thinks can be
    done, an ability under a verb of belief."""
    head = c.verb.head
    return c.label == "ABILITY" and c.verb.dep_ == "ccomp" and head.lemma_ in BELIEF_VERBS and head.i < c.verb.i


CONSEQUENCE_WORDS = ("then", "that way", "so")


def benefit_of_asking(turn: Turn, c: Clause) -> bool:
    """An "I can" after the speaker's own request in the turn, put as what the request makes possible ("Then I can
    …", "That way I can …", "… so I can …"): the asker's reason, not work promised."""
    if c.label != "ABILITY":
        return False
    lead = " ".join(t.lower_ for t in turn.doc[c.sent.start : c.verb.i] if not t.is_punct)
    if not any(re.search(rf"\b{w}\b", lead) for w in CONSEQUENCE_WORDS):
        return False
    asked = [s for s in turn.cues("REQUEST") if s.start < c.sent.start]
    return bool(asked) or any(o.subj_kind == "YOU" and o.question and o.verb.i < c.verb.i for o in turn.clauses)


def taken_over(turn: Turn, c: Clause) -> Clause | None:
    """The request the speaker starts, breaks off and takes on in one breath ("Tom, can you send the contracts
    out to— actually, no, I'll do it."): a "do it" after a self-correction stands for what was being asked."""
    if not vague_task(c):
        return None
    asked = [o for o in turn.clauses if o.subj_kind == "YOU" and o.verb.i < c.verb.i and not vague_task(o)]
    if not asked:
        return None
    between = {t.lower_ for t in turn.doc[asked[-1].verb.i : c.verb.i]}
    return asked[-1] if between & SELF_CORRECTION else None


def chooses(c: Clause) -> bool:
    """ "I'll go with whatever you think", "I'll go for option B", "I'll sign that off", "I'll approve it": the
    speaker picks or approves, in the meeting (with a deadline, "I'll sign it off before two", it is work). Going
    somewhere with a thing ("I'll go back to them with the revised spec", "I'll go round with a laptop") takes it
    there: work, not a choice."""
    preps = {t.lower_ for t in c.verb.children if t.dep_ == "prep"}
    going = any(t.lower_ in GOING_WAYS and t.dep_ in ("advmod", "prt") for t in c.verb.children)
    picks = c.verb.lemma_ == "go" and bool(preps & {"with", "for"}) and not going
    return picks or signs_off(c) or c.verb.lemma_ == "approve" or whose_used(c)


GOING_WAYS = {"back", "over", "round", "around", "out", "up", "down", "across"}  # "go back to them with the spec"


WHOSE = {"yours", "ours", "theirs", "mine"}


def whose_used(c: Clause) -> bool:
    """ "We'll use yours.", "I'll take ours.": whose one is used (the agency's photographer or the client's own), a
    choice between the sides, not work."""
    return c.verb.lemma_ in ("use", "take") and any(t.dep_ == "dobj" and t.lower_ in WHOSE for t in c.verb.children)


# the speaker's preference between ways of doing a thing: "I'd rather", "I'd much rather not", "I'd prefer"
PREFERS = re.compile(r"\b(?:i|we)(?:'d|\s+would)\s+(?:much\s+|really\s+|just\s+)?(?:rather|sooner|prefer)\b", re.I)
# the verbs that state the part taken or the way it goes ("I'll do the reveal", "I can open on the ground", "we'll make
# it a forty", "I can hold that through to launch"), not work made ("I'll recalculate it without the discount weekend")
PREFERRED_WAYS = {"do", "make", "open", "start", "close", "hold", "keep", "front", "lead"}


def preferred(turn: Turn, c: Clause, due: DueMatch | None) -> bool:
    """ "Honestly, I'd rather not open. Megan opens, I'll do the reveal.", "I'd rather lose it than gamble on it. I can
    open on the ground.", "I'd rather fewer spots. We'll make it a forty.": after a preference said earlier in the
    turn, an undated promise states the choice made (which part the speaker takes, how it is done), the agreement's
    to record, not work taken on (``PREFERRED_WAYS``); work made ("I'd rather not guess. I'll recalculate it."), a
    thing handed over ("I'd rather give you proper numbers. I'll get you the exact weight.") or a dated promise is
    work."""
    if due is not None and due.due is not None:
        return False
    if c.verb.lemma_ not in PREFERRED_WAYS or any(w.lower_ in LISTENER for w in c.verb.subtree):
        return False
    return PREFERS.search(turn.doc.text[: c.verb.idx]) is not None


def foreknown(c: Clause, due: DueMatch | None) -> bool:
    """ "We'll know the numbers on the day": what the speaker will come to know, foretold; "I'll know the budget by
    mid January" (a deadline) is finding it out, work (worded "confirm the budget")."""
    return c.verb.lemma_ == "know" and not deadline(due)


def signs_off(c: Clause) -> bool:
    """ "sign that off", "sign off the budget": an approval."""
    return c.verb.lemma_ == "sign" and any(t.dep_ == "prt" and t.lower_ == "off" for t in c.verb.children)


# verbs that hold the work within bounds: "keep the plan to generic terms", "limit it to two pages", "cap it at fifty"
RESTRICTING = frozenset({"keep", "limit", "restrict", "cap"})


def restricts(c: Clause) -> bool:
    """ "Can you keep the plan to generic terms only?", "could you limit it to two pages?": the bounds of the work
    asked, a term the other side settles (GUIDELINES §3), not work of its own; not "keep me posted", "keep an eye on
    it"."""
    return c.verb.lemma_.lower() in RESTRICTING and any(
        t.dep_ == "prep" and t.lower_ in ("to", "at") and any(o.dep_ == "pobj" for o in t.children)
        for t in c.verb.children
    )


def takes_out(c: Clause) -> bool:
    """ "we'll take brand out", "we'll take the logo off": a thing dropped from the work, a decision like "we'll drop
    it"."""
    return c.verb.lemma_.lower() == "take" and any(
        t.dep_ in ("prt", "advmod") and t.lower_ in ("out", "off") for t in c.verb.children
    )


def decides(c: Clause) -> bool:
    """ "We'll move the awards", "we'll retire the others", "we'll sign that off": a decision put as what we'll do
    (a sign-off with a deadline is work: see ``we_clause``)."""
    planned = c.verb.lemma_ == "plan" and any(t.dep_ == "prep" and t.lower_ == "on" for t in c.verb.children)
    if goes_back_for(c):
        return False  # "we'll go back to the caterer for a canape-only menu": asking someone, not deciding
    if kept_held(c.verb):
        return False  # "we'll keep it held until you hear from the board": a booking kept standing, work
    # "plan on 300"; "we'll take brand out"
    return c.verb.lemma_ in DECISION_VERBS or signs_off(c) or planned or whose_used(c) or spends(c) or takes_out(c)


# where money goes: "we'll put that money into the creator posts", "we'll spend the budget on search"
SPENDING = frozenset({"put", "spend", "reallocate", "redirect", "divert", "channel", "plough", "pour", "invest"})
MONEY = frozenset({"money", "budget", "spend", "fund", "funds", "cash", "saving", "savings", "fee", "contingency"})


def spends(c: Clause) -> bool:
    """ "We'll put that money into the creator posts instead.": how a budget is split, a decision, not work."""
    money = any(t.dep_ == "dobj" and t.lemma_.lower() in MONEY for t in c.verb.children)
    where = any(t.dep_ in ("prep", "dative") and t.lower_ in ("into", "on", "to", "towards") for t in c.verb.children)
    return c.verb.lemma_ in SPENDING and money and where


NOT_ASKED_FOR = frozenset({"now", "time", "moment", "today", "sure", "good", "ever"})


def goes_back_for(c: Clause) -> bool:
    """ "go back to the caterer for a canape-only menu", "go back to the printer with the proofs": going back to
    someone for or with a thing; "go back to the original date (for now)" reverts to it."""
    kids = list(c.verb.children)
    backs = [t for t in kids if t.lower_ == "back"]
    if c.verb.lemma_ != "go" or not backs:
        return False
    to_someone = any(t.dep_ == "prep" and t.lower_ == "to" for t in kids + [g for b in backs for g in b.children])
    return to_someone and any(
        t.dep_ == "prep"
        and t.lower_ in ("for", "with")
        and any(o.dep_ == "pobj" and o.lower_ not in NOT_ASKED_FOR for o in t.children)
        for t in kids
    )


DEADLINE_WORDS = ("by ", "before ", "within ")


def deadline(due: DueMatch | None) -> bool:
    """ "by Friday", "within the week": a date work is done by (not "we'll move it to Friday", where it goes)."""
    return due is not None and due.text.lower().startswith(DEADLINE_WORDS)


LISTENER = {"you", "your", "yours"}


def listed_in_recap(t: CommitmentTracker, turn: Turn, c: Clause) -> bool:
    """The side's work in a turn that recaps the call ("Okay, so to recap. … Poppy the permit this week, we'll do
    travel, …", "Right, quick recap. … And we'll start the sentiment report."): the list of who does what, work taken
    on earlier said again, not new work; unless it reaches the listener ("Let me wrap up. … We'll keep monitoring
    overnight and send you a coverage round-up first thing tomorrow.")."""
    return turn.index in t.recaps and not any(w.lower_ in LISTENER for w in c.verb.subtree)


def forecast(c: Clause) -> bool:
    """ "We'll be launching …": a future progressive tells how things will run, it takes nothing on."""
    return c.verb.tag_ == "VBG" and any(t.dep_ == "aux" and t.lemma_ == "be" for t in c.verb.children)


def we_clause(t: CommitmentTracker, turn: Turn, c: Clause, due: DueMatch | None, recap: bool) -> None:
    """We'll: the side's item, unless it decides ("we'll move the awards…") or offers ("we can take it out").
    "Could we…?" to the listener: a joint session, as is "we could" with a joint cue ("together")."""
    if promises(c) and forecast(c):
        return  # "We'll be launching on the fourth", "we'll be inviting three agencies": the plan as it stands
    if promises(c) and listed_in_recap(t, turn, c):
        return  # "So, to recap. … Poppy the permit this week, we'll do travel, …": the side's work said again
    if promises(c) and preferred(turn, c, due):
        return  # "I'd rather fewer spots that work. We'll make it a forty.": the choice, not the side's work
    if promises(c) and foreknown(c, due):
        return  # "We'll know the numbers on the day": foretold, no work
    if promises(c):
        if c.label == "FUTURE" and not (decides(c) and not ((signs_off(c) or deadline(due)) and due is not None)):
            t.self_item(turn, c, turn.side, due, recap)
        elif c.label == "ABILITY" and c.verb.lemma_ in DELIVER_WE and due is not None and due.due is not None:
            t.self_item(turn, c, turn.side, due, recap)  # "We can get you the top-line numbers today"
        elif c.label == "ABILITY" and not recap and (turn.cues("COURTESY") or offered_outright(turn, c)):
            # "We can give them screenshots, if that helps.", "We can run an exit survey in twenty sites." "Yes,
            # please.": the side's offer, an item once the other side takes it up (GUIDELINES §2.2)
            t.offer(turn, c, due, owner=turn.side)
    elif (eta := revised_eta(turn, c)) is not None and not recap:
        c.task, day = eta  # "We were aiming for Friday with the cut-downs, but it'll be more like Monday."
        t.self_item(turn, c, turn.side, day, recap)
    elif c.label == "POSSIBLE" and not c.question:
        if turn.cues("JOINT"):
            t.joint(turn, c, due, "JOINT")
        elif not recap and turn.cues("COURTESY") and any(a.lower_ == "could" for a in auxes(c)):
            t.offer(turn, c, due, owner=turn.side)  # "We could add two summary slides, if that helps."
    elif asks_for(c) and not turn.cues("WHEN") and not turn.cues("JOINT"):
        t.request(turn, c, due, thing=True)  # "Can we get a mid-point report?": the listener's side delivers
    elif c.question and c.label in ("POSSIBLE", "ABILITY") and back_to_you(c) and not recap:
        t.offer(turn, c, due, owner=turn.side)  # "Can we come back to you with some options?": the side's offer
    elif c.question and c.label in ("POSSIBLE", "FUTURE") and work_offered(c) and not (recap or turn.cues("JOINT")):
        t.offer(turn, c, due, owner=turn.side)  # "Shall we pull the footfall numbers?": the side's offer
    elif c.question and c.label in ("POSSIBLE", "FUTURE", "ABILITY") and not turn.cues("WHEN"):
        t.propose_joint(turn, c, due)
    elif c.label == "ASSIGN":
        assigned(t, turn, c, due, recap)


# work a side offers to make or hand over when it asks "shall we …?" ("shall we pull the numbers?", "should we send
# you the breakdown?"); meeting, going and deciding ("shall we meet Tuesday?", "shall we go with B?") are joint
OFFERED_WORK = frozenset({"send", "share", "pull", "circulate", "draft", "mock", "prepare", "forward", "cost", "write"})
# what is pulled together, not taken down ("pull the numbers", not "pull the ads")
PULLED = frozenset({"number", "figure", "data", "stat", "report", "list", "result", "breakdown"})


def work_offered(c: Clause) -> bool:
    """ "Shall we pull the footfall numbers for all three?", "Should we send you the breakdown?": a "shall"/"should"
    question offering work the speaker's side makes or hands over, with the thing said."""
    asked = any(a.lower_ in ("shall", "should") for a in auxes(c))
    things = [t for t in c.verb.children if t.dep_ == "dobj"]
    if c.verb.lemma_ == "pull":  # "pull the numbers", "pull a deck together"; not "pull the ads" (taken down)
        pulled = any(t.dep_ == "prt" for t in c.verb.children) or any(t.lemma_ in PULLED for t in things)
        return asked and pulled
    return asked and bool(things) and c.verb.lemma_ in OFFERED_WORK


def back_to_you(c: Clause) -> bool:
    """ "Can we come back to you with some options?", "could we get back to you on that?": the speaker's side
    answering the listener later, which only the side does."""
    back = any(t.lower_ == "back" for t in c.verb.children)
    to_you = any(
        t.lower_ == "you" and t.dep_ == "pobj" and t.head.lower_ == "to" for t in c.verb.subtree if t.i > c.verb.i
    )
    return c.verb.lemma_ in ANSWERING and back and to_you


# what both sides would have together: "could we have a call?", "can we get a date in the diary?" is a session
SESSION_OBJECTS = {"call", "meeting", "chat", "session", "catch", "word", "look", "slot", "date", "time", "minute",
                   "walk", "visit", "workshop", "conversation", "debrief", "diary", "room", "sit"}  # fmt: skip


PLACING = {"to", "into", "onto", "on", "in"}
# things of telling whose "on" names their topic, not where they go: "a read on the split", "an update on numbers"
TOLD_ON = frozenset({"read", "update", "view", "steer", "feedback", "answer", "thought", "sense", "decision",
                     "recommendation", "opinion", "position", "note", "summary", "breakdown"})  # fmt: skip


def auxes(c: Clause) -> list[Token]:
    return [t for t in c.verb.children if t.dep_ == "aux"]


def asks_for(c: Clause) -> bool:
    """ "Can we get a proper mid-point report?", "could we have a locked list by the end of the month?", "can we see
    some options?": the speaker's side asks the listener for a thing, a request; not a session of both ("could we
    have a quick call?"), nor having someone else do it ("can we get the idents re-cut?")."""
    asked = _modal_first(c) or _chance_asked(c)
    if not (c.question and c.label in ("ABILITY", "POSSIBLE") and c.verb.lemma_ in DELIVER_TO_YOU and asked):
        return False
    objs = [t for t in c.verb.children if t.dep_ == "dobj"]
    # "can we get those by Monday?": the work on the table, asked sooner (``deadlines``)
    if not objs or objs[0].lemma_.lower() in SESSION_OBJECTS or objs[0].pos_ == "PRON":
        return False
    after = [t for t in c.verb.children if t.i > c.verb.i]
    done_by = any(  # "get someone to …", "get someone off the telly to introduce the acts"
        t.dep_ in ("xcomp", "ccomp", "oprd") or (t.dep_ == "advcl" and any(a.lower_ == "to" for a in t.children))
        for t in after
    )
    done_to = any(t.dep_ == "acl" and t.pos_ == "VERB" for t in objs[0].children)  # "get the idents re-cut"
    # "could we get the wording to them now?", "can we get the story into the magazine?": put somewhere, not received
    placed = any(
        t.dep_ == "prep" and t.lower_ in PLACING and not any(o.lower_ in ("us", "me") for o in t.children)
        for t in (*c.verb.children, *objs[0].children)
        if not (t.lower_ == "on" and t.head.i == objs[0].i and objs[0].lemma_.lower() in TOLD_ON)
    )
    return not (done_by or done_to or placed)


def our_team_clause(t: CommitmentTracker, turn: Turn, c: Clause, due: DueMatch | None, recap: bool) -> None:
    """ "Our studio will turn it round", "our team are updating it this week" (with a date): the side's item."""
    if c.label == "PROGRESSIVE":
        if due is not None and not c.question and not recap:
            t.self_item(turn, c, turn.side, due, recap, 0.6)
    elif promises(c):
        t.self_item(turn, c, turn.side, due, recap)
    elif c.label == "ASSIGN":
        assigned(t, turn, c, due, recap)


def you_clause(t: CommitmentTracker, turn: Turn, c: Clause, due: DueMatch | None, recap: bool) -> None:
    """ "You'll have it by Monday": the speaker (or their side) delivers. "Can you…?": a request."""
    if promises(c):
        if listener_gets(c, due is not None):
            owner = turn.side if turn.cues("ORG_IDIOM") else turn.speaker
            t.self_item(turn, c, owner, due, recap)
    else:
        other_party_clause(t, turn, c, due, recap)


def listener_gets(c: Clause, dated: bool) -> bool:
    """ "You'll have the costing by Friday", "you'll get the notes tonight": a thing the speaker hands the listener
    (not "you'll have seen the email", nor "you'll get loads of complaints" with no date that says when, nor "you'll
    have the place to yourself")."""
    perfect = c.verb.tag_ == "VBN"  # "You'll have seen the email": what the listener has already done
    foretold = not dated and _foretold(c)
    # "you'll have the place to yourself": the listener has it alone, nothing is handed over
    alone = any(t.lower_ in ("yourself", "yourselves") and t.head.lower_ == "to" for t in c.verb.subtree)
    return (
        promises(c)
        and c.label == "FUTURE"
        and c.verb.lemma_ in DELIVER_TO_YOU
        and has_object(c)
        and not perfect
        and not foretold
        and not alone
    )


def _thing(subj: Token) -> bool:
    """A thing named ("the contact report") or pointed to ("it", "that": the thing asked about, or the work just
    said, which ``self_item`` finds an item already), not people ("the crew")."""
    return subj.lemma_ not in PEOPLE and (subj.pos_ != "PRON" or subj.lower_ in THING_PRONOUNS)


OWN_REACH = 3  # turns back to the speaker's own item that "it'll be with you …" is the delivery of


def _dates_own(t: CommitmentTracker, turn: Turn, due: DueMatch | None) -> bool:
    """ "It'll be with you by close of play" said of the speaker's own item of the last few turns: the item's
    delivery (its date, when it had none), no item of its own."""
    own = [i for i in t.items if i.owner == turn.speaker and 0 <= turn.index - i.turn <= OWN_REACH]
    if not own:
        return False
    if due is not None and due.due is not None and (own[-1].due is None or own[-1].due.due is None):
        own[-1].due = due
    own[-1].merged.append(turn.index)
    return True


def _thing_asked_after(turns: list[Turn], turn: Turn) -> bool:
    """The turn before, by another speaker, asks after a thing that is sent ("The content calendar. Where are we
    with that?"), not an event ("How's the shoot looking?"), for "it'll be with you Tuesday" to send."""
    prev = turns[turn.index - 1] if 0 < turn.index <= len(turns) else None
    if prev is None or prev.speaker == turn.speaker or not prev.is_question():
        return False
    nouns = [w for w in prev.doc if w.pos_ == "NOUN" and w.dep_ not in ("npadvmod", "compound")]
    return any(w.lemma_.lower() not in EVENT_WORDS | WEAK_NOUNS for w in nouns)


THING_PRONOUNS = frozenset({"it", "that", "this", "those", "these"})  # not "they": the crew, the florists


def _foretold(c: Clause) -> bool:
    """The listener's object is an amount, not a thing ("some creative entries", "loads of calls", "a lot of
    questions")."""
    obj = next((t for t in c.verb.children if t.dep_ == "dobj"), None)
    if obj is None:
        return False
    words = " ".join(t.lower_ for t in obj.subtree if t.i <= obj.i)
    head = obj.lower_ if obj.i == min(t.i for t in obj.subtree) else words.split(" of ")[0]
    return any(head == q or head.startswith(q + " ") for q in FORETOLD)


def other_party_clause(t: CommitmentTracker, turn: Turn, c: Clause, due: DueMatch | None, recap: bool) -> None:
    """ "Could you…?", "can anyone…?", "will your team…?": a request, open until it is taken up or declined; not
    "would you rather have a dashboard?", "would you prefer a printed copy?", which ask what the listener likes."""
    asked = c.question and c.label in ("FUTURE", "ABILITY", "POSSIBLE")
    if asked and not preference(c) and not asks_who(c) and not restricts(c):
        t.request(turn, c, due)
    elif c.label == "ASSIGN":
        assigned(t, turn, c, due, recap)


# taking over for someone who is away, said with the going away: who covers, a fact (GUIDELINES §4: "I'm on leave the
# week of the 26th, so Jack's your main contact"), not work; "so Theo will send you the plan Monday" is work
COVER_WORK = ("cover", "look after", "pick up", "pick it up", "pick things up", "take over", "step in", "stand in",
              "fill in", "hold the fort", "keep an eye on", "mind")  # fmt: skip
SPEAKER_AWAY = re.compile(
    r"\b(?:i'm|i\s+am|i'll\s+be|i\s+will\s+be)\s+(?:\w+\s+){0,2}?(?:on\s+(?:holiday|leave|annual\s+leave|"
    r"paternity\s+leave|maternity\s+leave)|off|away|out(?:\s+of\s+(?:the\s+)?office)?)\b",
    re.IGNORECASE,
)


def covers_while_away(turn: Turn, c: Clause) -> bool:
    """ "Just flagging, I'm on holiday the week of the 30th, so Rory will pick up the hub from then.": the speaker's
    going away, then who covers for them in the same sentence; a fact, not work asked of Rory."""
    before = turn.doc.text[c.sent.start_char : c.verb.idx]
    task = c.task.lower()
    return SPEAKER_AWAY.search(before) is not None and any(task == w or task.startswith(w + " ") for w in COVER_WORK)


def name_clause(t: CommitmentTracker, turn: Turn, c: Clause, due: DueMatch | None, recap: bool) -> None:
    """ "Tom will send it": Tom's item when Tom says so, else an assignment open until Tom answers."""
    if promises(c):
        name = t.subject_name(c) if c.label == "FUTURE" and not recap else None
        with_me = c.subj is not None and any(w.lower_ in ("i", "me", "myself") for w in c.subj.conjuncts)
        if name and name == turn.speaker:
            t.self_item(turn, c, name, due, recap)
        elif name and with_me and turn.speaker is not None:  # "So Lotte and I will get the plan to you": both theirs
            t.self_item(turn, c, joint(name, turn.speaker), due, recap)
        elif name and not covers_while_away(turn, c):
            t.assign(turn, c, name, due)
    elif c.label == "ASSIGN":
        assigned(t, turn, c, due, recap)


def pair_clause(t: CommitmentTracker, turn: Turn, c: Clause, due: DueMatch | None, recap: bool) -> None:
    """ "You and I could walk the venue", "you two should meet": a joint item once the other one answers."""
    if c.label == "PROGRESSIVE":
        return
    if promises(c) or c.question or c.label == "POSSIBLE":
        t.joint(turn, c, due, c.subj_kind)
    elif c.label == "ASSIGN":
        assigned(t, turn, c, due, recap)


def other_clause(t: CommitmentTracker, turn: Turn, c: Clause, due: DueMatch | None, recap: bool) -> None:
    """Any other subject ("the deck will…") commits nobody; only an assignment frame names someone, and a thing
    that "will be with you" is the speaker's to send."""
    if c.label == "ASSIGN":
        assigned(t, turn, c, due, recap)
    elif c.rule == "delivered_to_you" and promises(c) and c.subj is not None and _thing(c.subj):
        if c.subj.pos_ == "PRON" and (_dates_own(t, turn, due) or not _thing_asked_after(t.turns, turn)):
            return  # "Shall I send the schedule round?" "Please." "Okay, it'll be with you by close of play."
        thing = [w.text if w.pos_ == "PROPN" else w.lower_ for w in c.subj.subtree]
        c.task = "send " + " ".join(thing)  # "the report will be with you tomorrow"
        t.self_item(turn, c, turn.speaker, due, recap)


def assigned(t: CommitmentTracker, turn: Turn, c: Clause, due: DueMatch | None, recap: bool) -> None:
    """ "Let's have Drew set that up", "Victor to pull together the report", "I'd like Owen to walk me through it"
    (not in a recap); "I'd like you to send the deck over" asks the listener, a request."""
    if c.subj_kind == "YOU" and not recap:
        t.request(turn, c, due)
        return
    name = None if recap else t.subject_name(c)
    if name and name != turn.speaker:
        t.assign(turn, c, name, due)


ClauseRule = Callable[["CommitmentTracker", Turn, Clause, DueMatch | None, bool], None]
BY_KIND: dict[SubjectKind, ClauseRule] = {
    "SELF": i_clause,
    "WE": we_clause,
    "ORG_SELF": our_team_clause,
    "YOU": you_clause,
    "ANY": other_party_clause,
    "ORG_OTHER": other_party_clause,
    "NAME": name_clause,
    "JOINT": pair_clause,
    "PAIR": pair_clause,
    "OTHER": other_clause,
}


def _offers(c: Clause) -> bool:
    """An "I" question that offers, not one that asks leave ("Can I ask…?") or asks to be given something ("Could I
    have them by Monday?", "Can I get the final files?"; not "could I get the team to…")."""
    if c.label not in ("OFFER", "FUTURE", "POSSIBLE") and (c.label != "ABILITY" or _inverted(c)):
        return False
    if c.rule in IF_OFFERS:
        return True  # "Would it help if I sent you the cut-downs?"
    if c.verb.lemma_ == "ask" and _inverted(c) and any(t.lower_ == "you" for t in c.verb.children):
        return False  # "Could I ask you to send it over?": a request put politely
    causative = any(t.dep_ in ("xcomp", "ccomp") for t in c.verb.children)
    return not (c.verb.lemma_ in DELIVER_TO_YOU and (_inverted(c) or _asked(c)) and not causative)


def _asked(c: Clause) -> bool:
    """ "When would I see those?", "Will I get them by Monday?": "will"/"would" before the subject asks when the
    speaker is given it ("Shall I get you a quote?", "Should I get the figures?" offer)."""
    before = c.subj.doc[c.subj.i - 1] if c.subj is not None and c.subj.i > 0 else None
    return before is not None and before.lower_ in ("will", "would") and before.head.i == c.verb.i


# what puts "we could have …" as a question asked of the listener: "(Is there) any chance we could have the drafts?"
CHANCE_ASKED = re.compile(
    r"\b(?:any\s+chance|is\s+it\s+possible|do\s+you\s+think|would\s+it\s+be\s+possible)\s*(?:that\s+)?$", re.I
)


def _chance_asked(c: Clause) -> bool:
    """ "Is there any chance we could have the first drafts?": the modal after the subject, the asking before it."""
    if c.subj is None or c.subj.i + 1 >= len(c.subj.doc) or c.subj.doc[c.subj.i + 1].lower_ not in ("could", "can"):
        return False
    return CHANCE_ASKED.search(c.subj.doc[c.subj.sent.start : c.subj.i].text) is not None


def _modal_first(c: Clause) -> bool:
    """ "Can I…", "could I…": the modal before the subject, as in a question."""
    return c.subj is not None and c.subj.i > 0 and c.subj.doc[c.subj.i - 1].lower_ in ("can", "ca", "could", "may")


def _inverted(c: Clause) -> bool:
    """ "Can I ask…?": the modal before the subject asks leave, it offers nothing; nor does a purpose put as a
    question ("Just so I can work out where the desks go?"). A "so" that opens the sentence opens the offer ("So I can
    play you something next Thursday?")."""
    if c.verb.dep_ != "ROOT" or any(
        t.lower_ in ("that", "because") or (t.lower_ == "so" and t.i != c.verb.sent.start) for t in c.verb.children
    ):
        return True
    return _modal_first(c)


# a question of who pays ("Would that be extra?", "Do we pay for the rough?"): "that's on us" answers it, no work
COST_WORDS = frozenset({"extra", "cost", "costs", "charge", "charged", "chargeable", "pay", "paying", "paid", "free",
                        "invoice", "invoiced", "bill", "billed", "fee", "fees", "price", "priced"})  # fmt: skip


def cost_asked(before: Turn | None, turn: Turn) -> bool:
    """The turn before, by someone else, asks what something costs or who pays for it: "Would that be extra as
    well?" "The rough one, no, that's on us." is no charge, not work taken on."""
    if before is None or before.speaker == turn.speaker:
        return False
    asked = [s for s in before.doc.sents if s.text.rstrip().endswith("?")]
    return any(t.lower_ in COST_WORDS for s in asked for t in s)


def idiom_item(
    turn: Turn, span: Span, asked: bool, dated_before: bool, work_asked: bool = False, paid: bool = False
) -> Item | None:
    """The item a commitment idiom makes ("leave it with me", "that one's mine", "we're on it"), its task from the
    clause after it. "That's on me" commits only when something was asked ("Yeah, that's on me. Well, it's on the
    supplier." owns a delay), "I'll be there" only to a session just put (asked, or its time said the turn before),
    "Mine." / "I've got it." only to work just asked for (``work_asked``: "Who's booking the studio?", not "Who's got
    the deck?")."""
    owner = _idiom_owner(turn, span)
    follow = [c for c in turn.clauses if c.verb.i >= span.start and usable(c)]
    if span.id_ in BLAME_IDIOMS and (paid or (not follow and not asked)):
        return None  # "that's on us" to "Would that be extra?" (``paid``): who pays
    if span.id_ in ATTEND_IDIOMS and not (asked or dated_before):
        return None
    if span.id_ in ANSWER_IDIOMS and not work_asked:
        return None
    work = idiom_work(span)
    task = task_text(work, None) if work is not None else follow[0].task if follow else span.text
    said = clause_due_of(turn, span) if work is not None else None  # "… Action on me to redo it by Friday."
    due = (clause_due(turn, follow[0]) if follow and work is None else said) or (turn.dues[0] if turn.dues else None)
    return Item(turn.index, owner, task, span.id_, 0.75, due, turn.speaker)


def later_idiom(turn: Turn, span: Span, items: list[Item]) -> Item | None:
    """An idiom with its own work in a turn whose earlier sentence already made ``items`` (this speaker's, this
    turn's): new work is an item of its own ("I'll send the deck tonight. And action on me to redo the timeline by
    Friday."); the same work pointed back to ("I'll take the script to Howard. He signs off anything external.
    Action on me to get it signed off by the 29th.") dates the last of them when it has no date. Returns the new
    item, if any."""
    work = idiom_work(span)
    if work is None or not items:
        return None
    due = clause_due_of(turn, span)
    if any(t.lower_ in POINTING and t.dep_ in ("dobj", "nsubj", "nsubjpass") for t in work.subtree):
        target = items[-1]
        if due is not None and due.due is not None and (target.due is None or target.due.due is None):
            target.due = due
        return None
    return Item(turn.index, _idiom_owner(turn, span), task_text(work, None), span.id_, 0.75, due, turn.speaker)


def _idiom_owner(turn: Turn, span: Span) -> Owner:
    """Who an idiom commits: the speaker's side for "leave it with us", else the speaker."""
    return turn.side if span.label_ == "ORG_IDIOM" else turn.speaker


def idiom_work(span: Span) -> Token | None:
    """The verb of the infinitive right after an idiom of taking something on, which names the work itself: "action
    on me to redo the timeline", "leave it with me to chase the printers", "that's on me to sort out" (the idiom
    alone, "Action on me.", takes on what was asked or said before)."""
    doc = span.doc
    at = span.end
    while at < len(doc) and doc[at].pos_ == "ADV":
        at += 1  # "leave it with me then to …"
    if at + 1 >= len(doc) or doc[at].lower_ != "to" or doc[at].dep_ != "aux":
        return None
    verb = doc[at].head
    return verb if verb.i > at and verb.pos_ == "VERB" and verb.sent.start == span.sent.start else None


def turn_idiom_work(turn: Turn) -> str | None:
    """The work an idiom of the turn names with an infinitive after it (``idiom_work``), as a task."""
    for span in turn.cues("SELF_IDIOM") + turn.cues("ORG_IDIOM"):
        verb = idiom_work(span)
        if verb is not None:
            return task_text(verb, None)
    return None


def idiom_verbs(turn: Turn) -> frozenset[int]:
    """The verbs that say the work after the turn's idioms ("leave it with me to work out how we'll ship it")."""
    idioms = turn.cues("SELF_IDIOM") + turn.cues("ORG_IDIOM")
    return frozenset(v.i for v in map(idiom_work, idioms) if v is not None)


TAKING_ON = {"take", "do", "handle", "own", "grab", "have", "pick", "get", "sort", "pull"}  # "I can get you that"


# verbs that only say the speaker will get involved ("I can help with that", "let me talk to her first", "I'll have
# a look at it"): said with nothing but whom or "it", the work is what the turn says next
GETTING_INVOLVED = {"help", "assist", "talk", "speak", "chat", "look"}
INVOLVED_WORDS = {"her", "him", "them", "first", "out", "at", "into", "about", "properly"}


def taking_on(c: Clause) -> bool:
    """ "I'll take that one", "I'll do that", "we'll handle it", "I can get you that", "we'll sort that": the speaker
    accepts the work, saying none of it; "I can help with that", "let me talk to her first": the speaker will get
    involved, saying neither how nor in what."""
    if c.verb.lemma_ in TAKING_ON and vague_task(c):
        return True
    said = [w.lower().strip(".,!?") for w in c.task.split()[1:]]
    return c.verb.lemma_ in GETTING_INVOLVED and all(w in VAGUE_WORDS or w in INVOLVED_WORDS for w in said)


def said_how(first: Clause | None, own: list[Clause]) -> Clause | None:
    """The speaker's explicit commitment after a taking-on ("I'll take that one. I'll speak to Marcus myself."):
    a later clause of the same subject that names the work."""
    if first is None or not taking_on(first):
        return None
    later = [c for c in own if c.verb.i > first.verb.i and party(c.subj_kind) == party(first.subj_kind)]
    later = [c for c in later if not further(c)]  # "we'll sort that. Our team will put the rota together": one side
    return next((c for c in later if not vague_task(c) and not pronoun_object(c)), None)


def superseded(made: list[tuple[Clause, list[Item]]], idiom: Span | None) -> list[Item]:
    """Items of a turn (``made``: each clause with the items it gave) that another says the work of: a taking-on
    ("I'll take that one.") before the explicit commitment (one item, worded from the work); a clause that says
    only when or "it" after an idiom with its work ("Action on me to get it signed off. I'll aim for Friday.")."""
    clauses = [c for c, _ in made]
    gone = [i for c, items in made if said_how(c, clauses) is not None for i in items]
    if idiom is not None and idiom_work(idiom) is not None:
        gone += [i for c, items in made if vague_task(c) or pronoun_object(c) for i in items]
    return gone + reported_back(made)


BACK_VERBS = {"come", "get", "report", "circle", "revert"}  # "come back to you", "report back"
# a task as the clause gave it that tells the listener ("let you know where we land", "let by our next catch-up" once
# the filler "you know" is out, "come back to you on it"); "let Ruth know" tells a third person, work of its own
REPORT_BACK_TASK = re.compile(
    r"^(?:let(?: you| us)?(?: know)?(?= (?:by|where|how|what|when|if|whether)\b|$)|(?:come|get|report|circle) back\b|"
    r"revert\b)",
    re.IGNORECASE,
)


def reports_back(c: Clause) -> bool:
    """ "I'll let you know where we land", "I'll come back to you by Friday": telling the listener how the work went,
    not work of its own."""
    if c.verb.lemma_ == "let":  # "let you know", "let us know"; "let Will know" tells a third person
        after = c.verb.doc[c.verb.i + 1] if c.verb.i + 1 < len(c.verb.doc) else None
        return after is None or after.is_punct or after.lower_ in ("you", "us", "know", "by")
    back = any(t.lower_ == "back" and t.dep_ in ("prt", "advmod") for t in c.verb.children)
    return c.verb.lemma_ in BACK_VERBS and back and not any(t.dep_ == "dobj" for t in c.verb.children)


def reported_back(made: list[tuple[Clause, list[Item]]]) -> list[Item]:
    """ "So I'll have a quiet word with them and I'll let you know where we land by the end of next week": the
    report back on work the same speaker (or side) took on earlier in the turn is that work's; its date goes to it."""
    gone: list[Item] = []
    for k, (c, items) in enumerate(made):
        earlier = [i for d, its in made[:k] if party(d.subj_kind) == party(c.subj_kind) for i in its]
        if not (earlier and items and (reports_back(c) or all(REPORT_BACK_TASK.match(i.task) for i in items))):
            continue
        dated = next((i.due for i in items if i.due is not None and i.due.due is not None), None)
        if dated is not None and (earlier[-1].due is None or earlier[-1].due.due is None):
            earlier[-1].due = dated
        gone += items
    return gone


def said_again(item: Item, c: Clause) -> bool:
    """The clause promises the item's work again: the same verb on the same thing ("book the studio")."""
    verb = item.task.split()[0].lower() if item.task else ""
    return verb in (c.verb.lemma_.lower(), c.verb.lower_) and same_task(item.task, c.task)
