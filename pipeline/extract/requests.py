"""Requests the clause frames miss: "Any chance of getting them weekly?", "Who's drafting those?", "Someone needs
to send the embargo note", and joint sessions put with a cue ("You and me, an hour?").

``missed_request`` reads one turn's sentences that gave no item or request yet ("I'll send the brief today. Marcus,
can you get the printer quote to us?" holds both); the commitment walk (``commitments.py``) keeps what it returns
open until it is taken up or declined. A joint cue counts only in a turn that gave nothing: after an acceptance it
mostly restates the session just agreed ("Much quicker. Thursday? You and me, an hour?").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from pipeline.extract.components import Clause
from pipeline.extract.dates import DueMatch
from pipeline.extract.items import (
    SESSION_WORDS,
    Item,
    Pending,
    clause_due,
    concrete,
    not_own_work,
    question_asked,
)
from pipeline.extract.tasks import task_text
from pipeline.extract.turns import Turn
from pipeline.extract.wording_rules import YOU_ALL, pronoun_task, vague

JOIN_VERBS = {"come", "join"}
# what may come before a flat ask in its sentence: "And someone has to …", "Okay, so someone's got to …"
OPENERS = frozenset({"and", "also", "oh", "plus", "then", "so", "but", "okay", "ok", "right", "look", "well", "now"})
# a request cue said flat, not as a question: "Someone needs to …", "Someone should …", "Someone has to …",
# "Someone's got to …"
FLAT_ASKS = ("need", "should", "has to", "got to")


def preference(c: Clause) -> bool:
    """ "Would you rather have a dashboard?", "would you prefer a printed copy?": what the listener would like
    asked, a choice and no work put to them."""
    return c.verb.lemma_ == "prefer" or any(
        t.dep_ == "advmod" and t.lower_ in ("rather", "sooner") for t in c.verb.children
    )


def asks_who(c: Clause) -> bool:
    """ "Who would you replace them with?", "Who would you send it to?": a question of which person, put as what
    the listener would do; it asks to be told, it puts no work to them."""
    first = c.verb.doc[c.verb.sent.start]
    return first.lower_ in ("who", "whom") and first.dep_ not in ("nsubj", "nsubjpass") and first in c.verb.subtree


def _asks_what(span: Span) -> bool:
    """ "What would you take out?", "Which would you rather keep?": the listener's view asked, what or which being
    the thing of the verb asked with; not "Could you tell me what you'd cut?" (the telling is asked)."""
    you = next((t for t in span if t.lower_ == "you"), None)
    if you is None:
        return False
    return any(
        c.lower_ in ("what", "which") and c.dep_ in ("dobj", "attr", "nsubj") and c.i < you.i for c in you.head.children
    )


def missed_request(
    turn: Turn, used: set[int], made: bool, dates_last: Callable[[Clause], bool], offered: bool = False
) -> Pending | None:
    """The request or joint session ``turn`` puts with a cue outside the sentences in ``used`` (its addressees
    left for the caller to fill), or None. ``made``: the turn already gave an item or request; ``dates_last``:
    the clause only asks a new date for the work on the table ("Could you do Monday instead?"); ``offered``: the
    turn before offered or promised work to the speaker."""
    req = [s for s in turn.cues("REQUEST") if s.sent.start not in used]
    joint_cue = turn.cues("JOINT") if not made else []
    if not (req or joint_cue):
        return None
    # "Sorry, can you hear me? Just on the sponsors, Priti, I'll need the logos.": the request after the aside
    req = [s for s in req if not _aside(turn, s)] or req
    span = (req or joint_cue)[0]
    if _aside(turn, span) or _asks_what(span):
        return None
    if span.id_ == "request_any_chance" and span[-1].text == "?" and turn.dues:
        return None  # "The pack closes Friday, and I'd want it in. Any chance?": a day asked for the work on the table
    asked = span.sent.text if span.sent.text.rstrip().endswith("?") else question_asked(turn, span)
    if not (asked or _flat_ask(span) or span.id_ == "request_need_yours"):
        return None  # (the need said of the listener's thing asks for it: "we'd like the guest list from you")
    # the work asked is said within the question, not in a sentence after it ("… together? I think it'd land
    # better"), also when the parser ended the question early
    end = span.sent.start_char + len(asked) if asked is not None else len(turn.doc.text)
    follow = [c for c in turn.clauses if c.verb.i >= span.start and c.verb.idx < end]
    if follow and (dates_last(follow[0]) or preference(follow[0]) or asks_who(follow[0])):
        return None
    if not follow and span.id_ == "request_tag_question" and not any(t.pos_ == "VERB" for t in span.sent):
        return None  # "You're in London that week, right?" checks a fact, it asks for nothing
    if span.id_ == "request_tag_question" and _wish_checked(span):
        return None  # "You'll want our ticketing data too, right?": what the listener wants, the speaker's to give
    if not follow and span.id_ == "request_tag_question" and _fact_checked(span):
        return None  # "That still leaves us time before the launch, yeah?": a fact checked, nothing asked
    if not follow and span.id_ == "request_tag_question" and any(a.sent == span.sent for a in turn.cues("AGREE")):
        return None  # "So we go for the curved case, yes?": a decision checked, no work asked
    # "Would it be possible to get the raw files?" (not a need of the listener's thing, "we want the list from you,
    # with the top twenty flagged": the list)
    asked_to = _asked_to(span) or _tagged(span) if not follow and span.id_ != "request_need_yours" else None
    if not follow and asked_to is None and _echoed_will(span, offered):
        return None
    topic = _topic(span) if not follow and asked_to is None else None
    asked_to = _asked_with(span) if topic else asked_to  # "The menu copy, could you and I go through the tone?"
    imperative = task_text(asked_to, None) if asked_to else None
    imperative = f"{imperative} on {topic}" if imperative and topic and not _names(imperative, span) else imperative
    task = follow[0].task if follow else said_as_task(imperative) if imperative else (asked or span.sent.text)
    if span.id_ == "request_need_yours":
        task = _needed_thing(span) or task  # "On the invites, we'd like the guest list from you": the list
    if not follow and not asked_to and any(t.lower_ in ("that", "this") for t in span):
        task = _need_before(span) or ""  # "I need the June numbers. Is that doable?"; no need said: nothing asked
        if not task:
            return None
    if not follow and not asked_to and span.id_ == "request_any_chance" and span[-1].lower_ == "of":
        thing = task_text(span[-1], None).split(" ", 1)[-1]  # "Any chance of the June numbers by Friday?"
        session = any(t.lemma_.lower() in SESSION_WORDS for t in span[-1].subtree if t.pos_ == "NOUN")
        task = ("hold " if session else "send ") + thing  # "Any chance of a quick call tomorrow?": a session
    if vague(task) and not pronoun_task(task):  # "…, so they can plan": the need said before it
        said = [c.task for c in turn.clauses if not vague(c.task) and c.verb.i < span.start]
        task = said[-1] if said else (span.sent.text if not vague(span.sent.text) else task)
    due = clause_due(turn, follow[0]) if follow else None
    if joint_cue and joint_cue[0].id_ == "joint_are_you_free":  # "Are you free to join on Thursday?": the session
        task = _free_for(joint_cue[0]) or task
    if joint_cue and joint_cue[0].id_ == "joint_want_a_session":  # "Do you want a quick catch-up before …?"
        cue = joint_cue[0]
        task = "hold " + cue.doc[next(t.i for t in cue if t.lower_ in ("a", "an")) : cue.end].text
    together = joint_cue and (
        joint_cue[0].id_ in ("joint_are_you_free", "joint_want_a_session")
        or any(t.lower_ in ("i", "me", "together") for t in joint_cue[0])
    )
    # "Why don't you come along?": the one asked joins the asker's session, a joint item once taken up
    joins = span.id_ == "request_why_dont_you" and span[-1].head.lemma_ in JOIN_VERBS
    if together or joins:
        when = due or (concrete(turn.dues) if joins and turn.dues else None)  # "the fitting's on Friday. Why don't…"
        return Pending("joint", turn.index, turn.speaker, [], task, "joint_cue_joint", when)
    if not req:
        return None
    about_thing = not follow or follow[0].subj_kind == "OTHER"  # "Any chance it could go through?"
    when = due or concrete(not_own_work(turn, span.start))
    return Pending("request", turn.index, turn.speaker, [], task, span.id_, when, about_thing=about_thing)


def _flat_ask(span: Span) -> bool:
    """A request cue said flat asks for work ("Someone has to chase the printers."), not a guess at what someone
    did ("Someone has to have left it open.", "Someone's got to have seen it.")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.lower_ in ("have", "'ve"):
        return False
    said = span.text.lower()
    if any(w in said for w in ("has to", "got to")):  # the ask opens its sentence, not a reason given inside one
        before = span.doc[span.sent.start : span.start]  # ("It's not just the widget — someone has to staff it")
        return all(t.text == "," or t.lower_ in OPENERS for t in before)
    return any(w in said for w in FLAT_ASKS)


WISHES = {"want", "need", "like", "love", "prefer"}
# what people are asked to come to, besides the sessions held together: "the fitting", "the focus groups"
EVENT_WORDS = SESSION_WORDS | {"shoot", "fitting", "rehearsal", "tasting", "launch", "group", "screening", "dinner",
                               "lunch", "presentation", "pitch", "party", "event", "check", "test", "trial", "show",
                               "conference", "recording", "edit", "reception", "opening", "preview"}  # fmt: skip


def _free_for(span: Span) -> str | None:
    """The session a "are you free / would you be available …" question asks the listener to: "Are you free to
    join us for the shoot?" -> "attend the shoot", "The fitting's on Friday. Are you free to come?" -> "attend the
    fitting", "Are you free for a call on Friday?" -> "hold a call", "Are you free to walk the store with me?" ->
    "walk the store"; None when the turn names no session."""
    last = span[-2] if len(span) > 1 and span[-2].lower_ == "come" else span[-1]  # "to come ?", "to come to"
    if last.lower_ in ("for", "on"):
        held = next((o for o in last.children if o.dep_ == "pobj" and o.lemma_.lower() in EVENT_WORDS), None)
        if held is not None:
            return f"hold {_named(held)}"
        # "Just the menu tasting, when are you free for that?": the session said before the pointer
        if not any(o.dep_ == "pobj" and o.lower_ in ("that", "it", "this") for o in last.children):
            return None
        said = [t for t in span.doc[: span.start] if t.pos_ == "NOUN" and t.lemma_.lower() in EVENT_WORDS]
        return f"attend {_named(said[-1], 'the')}" if said else None
    if last.lemma_ not in JOIN_VERBS:  # "walk the store with me": what is done together, without "with me"
        return WITH_US.sub("", task_text(last, None)) if last.pos_ == "VERB" else None
    if any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in last.children):
        return None  # "Are you free to join the rehearsal?": the clause says it
    went = [o for p in last.subtree if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    named = [o for o in went if o.lemma_.lower() in EVENT_WORDS]
    if not named:  # said before the question in the same turn: "We're doing the tasting on Thursday."
        named = [
            t
            for t in span.doc[: span.sent.start]
            if t.pos_ == "NOUN" and t.lemma_.lower() in EVENT_WORDS and t.dep_ in ("nsubj", "dobj", "pobj", "attr")
        ][-1:]
    if named:
        return f"attend {_named(named[0], 'the')}"
    place = next((o for o in went if o.head.lower_ == "to" and o.pos_ == "NOUN"), None)
    return f"visit {_named(place, 'the')}" if place is not None else None  # "to come to the studio"


WITH_US = re.compile(r"\s+with\s+(?:me|us)\b", re.IGNORECASE)


def _named(noun: Token, article: str = "") -> str:
    """The noun with its modifiers before it ("a quick call", "the tasting session"), "the" put in for ``article``
    when it has none of its own."""
    words = [t for t in noun.subtree if t.i <= noun.i]
    words = words[next((n for n, t in enumerate(words) if t.dep_ not in ("advmod", "punct", "cc")), 0) :]  # "Just the…"
    text = " ".join(t.lower_ if t.dep_ == "det" else t.text for t in words)
    has = words[0].dep_ == "det" or words[0].tag_ == "PRP$"
    return text if has or not article else f"{article} {text}"


def _wish_checked(span: Span) -> bool:
    """A tag question that checks what the listener wants or needs, a thing ("You'll want the web analytics as
    well, right?"): an offer of the speaker's, no work asked of the listener; not "You'll need to sign it, right?"."""
    return any(
        t.lemma_.lower() in WISHES
        and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in t.children)
        and any(c.dep_ == "dobj" for c in t.children)
        and not any(c.dep_ == "xcomp" for c in t.children)
        for t in span.sent
    )


def _fact_checked(span: Span) -> bool:
    """A tag question whose sentence is said of "that", "it", "this" or "there" ("That leaves us time, right?", "It
    gives them a week, yeah?") or of what was so ("And we agreed no giveaways over twenty pounds, right?"): a fact
    checked, no work asked of the listener (not "You'll send it, yeah?")."""
    root = span.sent.root
    if root.pos_ not in ("VERB", "AUX"):  # "…, right?": the parser may make the tag the root, the statement its ccomp
        root = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), root)
    past = root.tag_ == "VBD" and not any(c.dep_ == "aux" for c in root.children)
    return root.pos_ in ("VERB", "AUX") and (
        past or any(c.dep_ in ("nsubj", "expl") and c.lower_ in ("that", "it", "this", "there") for c in root.children)
    )


def _aside(turn: Turn, span: Span) -> bool:
    """A distractor in the cue's sentence ("can you hear me?", "I'll be honest"): it asks for no work."""
    return any(
        s.label_ == "DISTRACTOR" and s.id_ != "need_not_commit" and s.sent == span.sent
        for s in turn.doc.spans.get("cues", [])
    )


WITH_SPEAKER = {"i", "me", "we"}
TOPIC_OPENERS = {"the", "our", "your", "that", "this", "those", "these", "their"}
TOPIC_WORDS = 8  # a topic put first is a short noun phrase ("The menu copy for the app, could you …?")


def _asked_with(span: Span) -> Token | None:
    """The work a request of the listener and the speaker together puts after its cue when the parser hung it on
    the words before ("could you and I go through the tone together?": "go", a conjunct with "I" for subject)."""
    return next(
        (
            t
            for t in span.sent
            if t.i >= span.end
            and t.pos_ == "VERB"
            and t.dep_ == "conj"
            and any(c.dep_ == "nsubj" and c.lower_ in WITH_SPEAKER for c in t.children)
        ),
        None,
    )


def _echoed_will(span: Span, offered: bool) -> bool:
    """ "Oh, will you now?", "Will you, now?": a "will you now" with no verb of its own echoes a promise just made
    (mock surprise), it asks for nothing; so does a bare "Would you?" / "Could you?" answering an offer or a promise
    of the turn before (``offered``: "I can ring the printer." "Could you? That'd be brilliant."), which takes it up.
    Not with a name before it ("Theo, could you?"), which puts the work just said to Theo; a name after it calls the
    one who offered ("Do you want me to book the interpreter?" "Yes. Can you, Amara?")."""
    said_after = [t for t in span.sent if t.i >= span.end and not t.is_punct]
    after = [t.lower_ for t in said_after]
    before = [t for t in span.sent if t.i < span.start and not t.is_punct]
    if any(t.pos_ == "VERB" for t in span.sent) or not all(t.pos_ == "INTJ" for t in before):
        return False
    if span[0].lower_ == "will":
        return after == ["now"]
    return offered and all(t.pos_ == "PROPN" for t in said_after)


def _topic(span: Span) -> str | None:
    """The topic a sentence puts first, before a request's cue ("The menu copy for the app, could you and I go
    through the tone together?" -> "the menu copy for the app"): a short noun phrase opening the sentence, set off
    by a comma just before the cue; else None."""
    sent = span.sent
    comma = span.start - 1
    if comma <= sent.start or span.doc[comma].text != ",":
        return None
    topic = span.doc[sent.start : comma]
    words = [t.lower_ for t in topic]
    if words[0] not in TOPIC_OPENERS or len(words) > TOPIC_WORDS or any(t.pos_ in ("PRON", "AUX") for t in topic[1:]):
        return None
    return " ".join(words)


def _names(task: str, span: Span) -> bool:
    """The work names the topic put first again ("The deck, could you and I go through the deck?")."""
    topic = span.doc[span.sent.start : span.start - 1]
    return bool({t.lower_ for t in topic if t.pos_ in ("NOUN", "PROPN", "VERB")} & set(task.lower().split()))


NEED_VERBS = {"need", "want", "require"}


def said_as_task(imperative: str) -> str:
    """An imperative said to open a sentence, as a task reads: "Send me his email" -> "send me his email"."""
    return imperative[:1].lower() + imperative[1:]


def _asked_to(span: Span) -> Token | None:
    """The work a polite request puts after its cue when no commitment clause was found there: "Would it be possible
    to get the raw files?", "Would you mind checking the spec?", "Any chance of getting them weekly?"; or the cue's
    own last word ("you were going to send the calendar?")."""
    return next(
        (t for t in span.sent if t.i >= span.end - 1 and t.pos_ == "VERB" and t.dep_ in ("xcomp", "pcomp", "ccomp")),
        None,
    )


def _needed_thing(span: Span) -> str | None:
    """What a need of the listener's thing asks for ("we'd like the guest list from you by the 12th" -> "need the
    guest list"), worded as the need the wording says as "send …"."""
    verb = next((t for t in span if t.lemma_ in NEED_VERBS | {"like"} and t.pos_ == "VERB"), None)
    said = FROM_YOU.sub("", task_text(verb, None)).split(" ", 1) if verb is not None else []
    return f"need {said[1]}" if len(said) == 2 else None


FROM_YOU = re.compile(rf"\s+from\s+(?:{YOU_ALL}|your\s+(?:side|end|team))\b", re.IGNORECASE)


def _need_before(span: Span) -> str | None:
    """What a question pointing back asks for: the need said in the sentence or two before it ("I need the June
    numbers for my board paper. Is that possible by Friday?" -> "need the June numbers for my board paper", which
    the wording says as "send …"; "We need to book the venue. Is that doable?" -> "book the venue")."""
    doc = span.doc
    before = [s for s in doc.sents if s.end <= span.sent.start][-2:]
    for sent in reversed(before):
        for t in sent:
            if t.lemma_ not in NEED_VERBS or t.pos_ not in ("VERB", "AUX"):
                continue
            then = next((c for c in t.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if then is not None:
                return task_text(then, None)
            if any(c.dep_ == "dobj" for c in t.children):
                return task_text(t, None)
    return None


IMPERATIVES = {"request_send_me", "request_send_it"}


def imperative_request(turn: Turn) -> Pending | None:
    """ "Send me his email and I'll sort it.", "Get us the final cut.", "Yes please, send it over when it's ready.":
    an imperative that asks for something to be sent or given (a ``request_send_me`` or ``request_send_it`` cue
    opening its sentence, perhaps after a yes; not "give me a shout", nor one said under "if"), open until the
    listener takes it up ("Will do."). The task is the imperative's own."""
    for span in turn.cues("REQUEST"):
        if span.id_ not in IMPERATIVES:
            continue
        verb = next(t for t in span if t.tag_ == "VB")  # "Yes please, send it over": after the yes
        if any(c.dep_ in ("nsubj", "aux") for c in verb.children):
            continue
        if verb.dep_ in ("csubj", "nsubj"):
            continue  # "Bring the weather is punchier.": a line quoted as a subject, no request
        if any(t.lower_ in ("if", "unless") for t in span.sent):
            continue
        task = _without_vocative(task_text(verb, None), verb)
        task = said_as_task(task)  # "Send me his email" -> "send his email"
        return Pending("request", turn.index, turn.speaker, [], task, span.id_, clause_due_of(turn, span))
    return None


def _without_vocative(task: str, verb: Token) -> str:
    """ "Send me the supers, Theo.": the name after the comma is whom the order is put to (the parser hangs it on the
    thing as an apposition), not part of the task."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for app in (c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > obj.i):
            said = " ".join(t.text for t in app.subtree)
            if task.endswith(" " + said):
                return task[: -len(said) - 1]
    return task


# bare imperatives that steer the call, not work: "Sam, take us through it.", "Ben, go ahead.", "Ana, hang on."
STEERING = frozenset(
    "go come take talk walk jump kick carry keep hang hold bear wait look listen see imagine remember forget let "
    "tell say explain remind think worry trust start stop introduce mute unmute share have do mind".split()
)


# words that lead into the next point before an imperative: "And book the courier…", "Oh, and chase ops…"
LEAD_INS = frozenset({"and", "also", "oh", "plus", "then", "so"})


def _after_lead_in(sent: Span) -> Token:
    """The first word of ``sent`` after the words that lead into it ("And", "Oh, and", "Also,")."""
    return next((t for t in sent if not (t.is_punct or t.lower_ in LEAD_INS)), sent[0])


# what puts a slip of the tongue right before the name meant: "Tom, sorry, Theo, …", "Sorry, Theo, …"
CORRECTIONS = frozenset({"sorry", "oops"})


# a name said by mistake and put right at once: "Nell, sorry, Theo, …" (the first is not who is addressed)
TAKEN_BACK = rf"\s*,\s*(?:{'|'.join(sorted(CORRECTIONS))})\s*,\s*[A-Z]"
PAUSE = r"[,.?!;]"  # what sets a name spoken to off from the words beside it (a dash is a comma: ``asr.normalise``)


def called(text: str, names: list[str], led_in: bool = False) -> list[str]:
    """The ``names`` (full names, as ``owners.expand_names`` writes them into the turn's text) that ``text`` speaks
    to: set off by commas or the sentence's edge on both sides ("Tom Hart, can you …", "Can you, Tom Hart, …",
    "Can you send it, Tom Hart?"), or opening a question put to them ("Tom Hart can you …"); not a name inside the
    request ("can you send Tom Hart the deck?"), one spoken of ("Tom Hart said he'd …", "as with Tom Hart, the
    slot moved") nor one said by mistake ("Nell Garside, sorry, Theo, …"). ``led_in``: also after a word that
    leads into the next point ("And Tom Hart, …"). Read by the commitment tracker (``_vocative``) and by a late
    change of day (``late_changes``)."""
    lead = rf"(?i:(?:{'|'.join(sorted(LEAD_INS))})\s+)?" if led_in else ""
    found = []
    for name in names:
        edge = rf"(?:^|{PAUSE}\s*){lead}{re.escape(name)}\s*(?:{PAUSE}|$)"
        opening = r"^\W*" + re.escape(name) + r"\s*,?\s*(?:can|could|would|will|do) you\b"
        if re.search(re.escape(name) + TAKEN_BACK, text):
            continue  # "Nell, sorry, Theo, send the deck over.": the name said by mistake
        if re.search(edge, text) or re.search(opening, text, flags=re.IGNORECASE):
            found.append(name)
    return found


def _put_right(lead: Span) -> bool:
    """``lead``, the words before a name that opens an imperative, only puts a slip right: "sorry" or "oops", after
    at most the name said by mistake ("Tom, sorry,", "Sorry,"), set off by commas."""
    words = [t for t in lead if not t.is_punct]
    if not words or words[-1].lower_ not in CORRECTIONS or lead[-1].text != ",":
        return False
    slip = words[:-1]  # "Tom", "Nell Garside": one name, then a comma
    return (
        len(slip) <= 3
        and all(t.pos_ == "PROPN" for t in slip)
        and (not slip or lead[slip[-1].i - lead.start + 1].text == ",")
    )


def _led_in(lead: Span) -> bool:
    """``lead``, the words before a name that opens an imperative, only lead into the next point: "And Sam, …",
    "Oh, and Sam, …"."""
    return all(t.is_punct or t.lower_ in LEAD_INS for t in lead)


# telling or reminding someone not on the call is work ("Sam, tell the printers about the new date."), telling the
# call is not ("Sam, tell us about the results."); "let … know" likewise ("Sam, let the store know.")
TELLING_OFF_CALL = frozenset({"tell", "remind", "let"})


def _tells_off_call(verb: Token, attendees: list[str]) -> bool:
    """``verb`` tells someone outside the call: "tell the printers …", "let the store managers know …", not "tell us",
    "let me know", "tell Priti …" (an attendee, told there and then), "tell them" (who may be on the call) nor
    "let's"."""
    told = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if told is None or verb.lemma_.lower() not in TELLING_OFF_CALL or told.lower_ in TOLD_ON_CALL | {"'s", "them"}:
        return False
    if told.pos_ == "PROPN" and any(told.text in name.split() for name in attendees):
        return False
    rest = verb.doc[verb.i + 1 : verb.sent.end]
    return verb.lemma_.lower() != "let" or any(t.lemma_ == "know" for t in rest)


def _name_at(sent: Span, name: list[str]) -> int | None:
    """Where the words of an attendee's name stand in the sentence, or None."""
    words = [t.text for t in sent]
    return next((k for k in range(len(words)) if words[k : k + len(name)] == name), None)


def addressed_imperative(turn: Turn, vocative: str | None, attendees: list[str]) -> Pending | None:
    """ "Ben, chase ops today, please.", "Book the courier for Friday, Sam.": a bare imperative of work put to an
    attendee by name (``vocative``), open until they take it up ("Will do."); not one that steers the call ("Sam,
    take us through it."), a question, nor one said under "if". The parser often reads the verb after a name as a
    noun ("Ben, chase ops"): a word that opens the clause and takes an object is taken for the imperative. Telling
    someone off the call is work ("Ben, tell the printers …"); ``attendees`` are the names told there and then."""
    if vocative is None:
        return None
    doc, name = turn.doc, vocative.split()
    for sent in doc.sents:
        at = _name_at(sent, name)
        if at is None or sent.text.rstrip().endswith("?") or any(t.lower_ in ("if", "unless") for t in sent):
            continue
        after = sent.start + at + len(name)
        # "Ben, chase …" (the name opens the sentence, perhaps after a slip put right: "Tom, sorry, Ben, chase …")
        # or "Book the courier for Friday, Sam." (it closes it)
        opens = at == 0 or _put_right(sent[:at]) or _led_in(sent[:at])
        if opens and after + 1 < sent.end and doc[after].text == ",":
            verb = doc[after + 1]
        elif after >= sent.end - 1 and at > 0 and doc[sent.start + at - 1].text == ",":
            verb = _after_lead_in(sent)  # "And book the courier for Friday, Sam."
        else:
            continue
        nxt = doc[verb.i + 1] if verb.i + 1 < sent.end else None
        taking = nxt is not None and nxt.tag_ in ("DT", "PRP", "PRP$", "NNS", "NNP", "CD", "RP")  # "chase ops"
        steers = verb.lemma_.lower() in STEERING and not _tells_off_call(verb, attendees)
        base = verb.tag_ in ("VB", "VBP", "NN") or (verb.tag_ == "VBD" and verb.lower_ == verb.lemma_)  # "let", "put"
        if steers or not base or not taking:
            continue  # not "Check today, Craig." (nothing named to do)
        if not verb.is_lower and not verb.is_sent_start:
            continue
        stop = next(
            (t.i for t in doc[verb.i : sent.end] if t.is_punct or t.lower_ == "please" or _own_clause(t)), sent.end
        )
        task = doc[verb.i : stop].text
        if pronoun_task(task):
            continue  # "Make sure that happens, Dev.": the work is the one the answer names
        return Pending("request", turn.index, turn.speaker, [], said_as_task(task), "request_addressed",
                       clause_due_of(turn, sent))  # fmt: skip
    return None


def _own_clause(tok: Token) -> bool:
    """``tok`` opens a clause of the asker's own after the imperative: "Ben, send me the scripts today and I'll review
    them": the "and" before a subject."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.dep_ == "cc" and nxt is not None and nxt.dep_ in ("nsubj", "nsubjpass")


def _tagged(span: Span) -> Token | None:
    """The imperative a tag question asks ("Cost up a third bar for me, would you?", "Pop the deck over, could
    you?"): a verb with no subject of its own, before the tag and hung on it."""
    return next(
        (
            t
            for t in span[0].children
            if t.i < span.start
            and t.pos_ == "VERB"
            and t.dep_ in ("ccomp", "advcl", "dep")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in t.children)
        ),
        None,
    )


def clause_due_of(turn: Turn, span: Span) -> DueMatch | None:
    """A deadline said in the request's sentence."""
    return next((d for d in turn.dues if span.sent.start_char <= d.start_char < span.sent.end_char), None)


ANSWER_VERBS = {"say", "repeat", "remind", "explain", "clarify", "tell", "describe", "summarise", "summarize", "recap"}
# telling or reminding someone not on the call is work: "Can you tell customer services it's a no?" "Will do."
TOLD_ON_CALL = {"me", "us", "everyone", "everybody", "all", "what", "how", "why", "when", "where", "who", "which",
                "whether", "if", "again", "more"}  # fmt: skip
# the listener says what they know there and then: "Can you give everyone the short version?" "Yeah. So, at nine …"
TOLD_NOW = re.compile(
    r"^(?:just )?give (?:me|us|everyone|everybody|the group|the room) (?:a|an|the)\b.*"
    r"\b(?:version|rundown|overview|summary|recap|headlines?|background|context|picture|gist|lowdown)\b",
    re.IGNORECASE,
)
STANCE_TASKS = ("live with", "be open to", "be happy with", "be okay with", "be ok with")


def answered_in_call(turn: Turn, p: Pending, own: list[Clause]) -> bool:
    """A request the reply meets there and then: "Can you remind me what the budget was?" "Sure, it's forty grand.",
    "Could you say that again?" "Sure. I said June." (it asked to be told, and the reply tells); and a question of
    stance put as one ("Could you live with a smaller logo?" "Yes, that's fine.")."""
    if p.kind != "request" or own:
        return False
    words = p.task.lower().split()
    if any(s in " ".join(words) for s in STANCE_TASKS):
        return True
    if words[:1] in (["tell"], ["remind"]) and len(words) > 1 and words[1] not in TOLD_ON_CALL:
        return False  # "tell customer services …", "remind the printers …": someone not on the call
    if TOLD_NOW.match(p.task) and turn.n_words >= 12:
        return True  # "give everyone the thirty-second version" answered with the story itself
    if words[:1] in (["share"], ["show"]) and len(words) <= SHOWN_WORDS and _screen_checked(turn):
        return True  # "Ollie, can you share?" "Yep, one sec... there. Can you all see two columns?": shown on the call
    return bool(words) and words[0] in ANSWER_VERBS and turn.n_words >= 4


SHOWN_WORDS = 3  # "share", "share your screen", "show us the plan": a showing, not one handed to someone


def _screen_checked(turn: Turn) -> bool:
    """The reply asks whether the call sees what is on screen ("Can you all see two columns?")."""
    return any(s.id_ == "in_meeting_perceive" for s in turn.cues("DISTRACTOR")) and "?" in turn.text


ALSO = {"too", "also", "as well"}
MORE_REACH = 2  # how many turns back the listener's own item may be


def more_of_the_same(turn: Turn, items: list[Item]) -> Pending | None:
    """ "I'll circulate the deck after the call." "Thanks. And the recording too, please.": a thing named with "too"
    or "as well", no verb, asked ("please" or a question) of the one whose own item was said a turn or two before:
    the same work done to it ("circulate the recording"), open until they take it up. Not said to nobody's item
    ("The deck went round yesterday."), nor the thing named in an answer ("The deck. And the recording too.")."""
    if turn.speaker is None:
        return None
    own = [
        i
        for i in items
        if 0 < turn.index - i.turn <= MORE_REACH and i.speaker not in (None, turn.speaker) and i.owner == i.speaker
    ]
    if not own:
        return None
    last = own[-1]
    for sent in turn.doc.sents:
        words = [t for t in sent if not t.is_punct]
        text = " ".join(t.lower_ for t in words)
        asked = "please" in text.split() or sent.text.rstrip().endswith("?")
        if not asked or not any(f" {w}" in f" {text} " or text.endswith(w) for w in ALSO):
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in words) or sent.root.pos_ not in ("NOUN", "PROPN"):
            continue
        thing = [t for t in sent.root.subtree if t.i <= sent.root.i and t.lower_ not in ("and", "also")]
        if not thing or thing[0].dep_ != "det" and thing[0].tag_ != "PRP$":
            continue  # "the recording", "your notes": a thing named in full
        verb = last.task.split()[0] if last.task else ""
        if not verb:
            continue
        task = f"{verb} {' '.join(t.lower_ if t.dep_ == 'det' else t.text for t in thing)}"
        return Pending("request", turn.index, turn.speaker, [str(last.owner)], task, "request_more_of_the_same", None)
    return None


# the words that say where a thing asked for by name goes: "Liam, the notes round by Friday, please."
SENT_ON = frozenset({"round", "around", "over", "across", "through", "back"})
ON_A_DAY = (" on", " at", " in", "on ", "at ", "in ")  # the day a thing happens, not when it is due
THING_TAGS = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "VBN", "POS", "HYPH"})


def addressed_thing(turn: Turn, vocative: str | None) -> Pending | None:
    """ "Liam, the notes round by end of day, please.", "The cost sheet by Friday, Nell?": a thing asked of an
    attendee by name with no verb, only its deadline ("please" or a question), open until they take it up ("Will
    do."): the thing sent ("send the notes round"). Not a session ("Nell, a call on Friday?"), nor a thing on a day
    ("And the board presentation on the 20th, Nell?": when it happens), nor a sentence with a verb of its own, nor one
    with no deadline ("Nell, the deck?" asks where it is)."""
    if vocative is None:
        return None
    doc, name = turn.doc, vocative.split()
    for sent in doc.sents:
        at = _name_at(sent, name)
        if at is None or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in sent):
            continue
        asked = sent.text.rstrip().endswith("?") or any(t.lower_ == "please" for t in sent)
        due = clause_due_of(turn, sent)
        if not asked or due is None or due.due is None:
            continue
        if turn.text[: due.start_char].rstrip().lower().endswith(ON_A_DAY) or due.text.lower().startswith(ON_A_DAY):
            continue  # "And the board presentation on the 20th, Nell?": when a thing happens, no deadline
        after = sent.start + at + len(name)
        lead = [t for t in sent[:at] if not (t.is_punct or t.lower_ in LEAD_INS)]
        if not lead and after < sent.end and doc[after].text == ",":
            start = after + 1  # "And Liam, the notes …"
        elif at > 0 and doc[sent.start + at - 1].text == "," and after >= sent.end - 1:
            start = _after_lead_in(sent).i  # "The cost sheet by Friday, Nell?"
        else:
            continue
        stop = next((t.i for t in doc[start : sent.end] if t.idx >= due.start_char or t.is_punct), sent.end)
        thing = list(doc[start:stop])
        on = thing.pop() if thing and thing[-1].lower_ in SENT_ON else None
        if not thing or not all(t.tag_ in THING_TAGS for t in thing) or thing[-1].pos_ not in ("NOUN", "PROPN"):
            continue
        if any(t.lemma_.lower() in SESSION_WORDS for t in thing):
            continue  # "Nell, a quick call on Friday?": a session put, not a thing sent
        said = " ".join(t.lower_ if t.pos_ == "DET" else t.text for t in thing)
        task = f"send {said} {on.lower_}" if on is not None else f"send {said}"
        return Pending("request", turn.index, turn.speaker, [], task, "request_addressed", due)
    return None
