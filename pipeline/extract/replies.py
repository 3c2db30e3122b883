"""Tasks of replies that point back: the work comes from what the reply answers, not from its own words.

    "We need to hold Anja for the second week of October." / "Put me down for that. I'll call her Monday."
                                                                  -> "hold Anja" (what was needed, not how)
    "Can you send over the animatic, as an actual file?" / "Yep, on it. You'll have it this afternoon."
                                                                  -> "send the animatic as an actual file"
    "So, the statement." … "Put the numbers in." / "I'll draft it on that basis."
                                                                  -> "draft the statement on that basis"
    "It'd be useful for you and me to sit down on the Castle integration." / "Yeah. Next Monday?"
                                                                  -> "hold a working session on the Castle integration"

Also: "someone" or a bare number for what was said to be needed ("book someone" -> "book a videographer"), the
topic a turn opens with ("Radio Vale at five. We need someone senior." / "Then it's me." -> "do Radio Vale"),
and "I'll hold the day" said with the acceptance of a session is not an item of its own.

Runs after the wording (``pipeline/extract/wording.py``, which names an invite's meeting and writes acronyms
out), on each item's task as worded and as said; the rules are data (``models/wording/replies.jsonl``; its INVITE
rows give the meetings an invitation can be for).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import srsly
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from pipeline.errors import ConfigError
from pipeline.extract.antecedents import LOOKBACK, NON_REFERRING, WEAK_NOUNS
from pipeline.extract.clause_kinds import SESSION_OBJECTS
from pipeline.extract.going import OBJECT_PRONOUNS, PARTICLES, going_to_it
from pipeline.extract.items import Item
from pipeline.extract.offers import content_words, yours_instead
from pipeline.extract.proposals import asked_or_needed
from pipeline.extract.turns import Turn
from pipeline.extract.wording import Wording
from pipeline.extract.wording_rules import MAX_WORDS, time_slot

ANSWERED_TURNS = 2  # how far back a reply's request or need may be
DIARY_TURNS = 2  # how far back the offer or session taken up that an invite or a held date is for may be
DOCUMENT_REACH = 8  # turns back a document a writing verb's "it" may be named in ("So, the statement." …)
PERSONS = {"her", "him"}
DATED = {"DATE", "TIME", "ORDINAL", "CARDINAL"}
NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty"}
SOMEONE = {"someone", "somebody", "anyone", "anybody"}
SESSION_VERBS = {"do", "hold", "have", "run", "book", "go", "meet", "review", "agree"}
PLACES = {"in", "at", "into", "from", "inside", "outside"}
SENSING = {"understand", "know", "feel", "see", "hear", "appreciate", "realise", "realize", "imagine"}


@dataclass(frozen=True)
class ReplyRules:
    own_it: tuple[re.Pattern[str], ...]  # "put me down for that", "mine": taking on what was asked or needed
    events: frozenset[str]  # what an invitation is to ("session", "review")
    working: tuple[tuple[re.Pattern[str], str], ...]  # "sit down on X" -> "hold a working session on X"
    written: frozenset[str]  # verbs done to a document ("draft", "sign")
    documents: frozenset[str]  # documents ("statement", "deck")
    diary: tuple[re.Pattern[str], ...] = ()  # "hold the day": keeping a date free for a session agreed with it
    contact: tuple[re.Pattern[str], ...] = ()  # "ring them": getting in touch, the purpose said before
    purposes: frozenset[str] = frozenset()  # what a call is for ("check", "confirm", "ask")
    ask_of: tuple[re.Pattern[str], ...] = ()  # "ask facilities": going to whoever has what was asked for
    session_invite: tuple[re.Pattern[str], ...] = ()  # "send a recurring invite": for the session just offered
    ask_about: tuple[re.Pattern[str], ...] = ()  # "ask the CFO", "check with legal": putting a question to someone
    tell_decided: tuple[re.Pattern[str], ...] = ()  # "let the crew know": passing on what was decided
    decided_leads: tuple[re.Pattern[str], ...] = ()  # "Then", "We're agreed,": how a decision opens, not what it is
    find_time: tuple[re.Pattern[str], ...] = ()  # "find a slot": a time for what was asked, which is the work

    def owns_it(self, sentence: str, wording: Wording) -> bool:
        """The sentence only takes on what was said before it ("Yeah, put me down for that.")."""
        text = wording.rules.strip_lead(sentence.strip())
        return any(p.match(text) for p in self.own_it)


@lru_cache(maxsize=8)
def load_reply_rules(path: Path) -> ReplyRules:
    """``models/wording/replies.jsonl``: OWN_IT, INVITE, WORKING_SESSION, WRITTEN, DIARY, CONTACT, ASK_OF,
    ASK_ABOUT, SESSION_INVITE, TELL_DECIDED, FIND_TIME (models/README.md)."""
    own_it: list[re.Pattern[str]] = []
    events: set[str] = set()
    working: list[tuple[re.Pattern[str], str]] = []
    written: set[str] = set()
    documents: set[str] = set()
    diary: list[re.Pattern[str]] = []
    session_invite: list[re.Pattern[str]] = []
    contact: list[re.Pattern[str]] = []
    purposes: set[str] = set()
    ask_of: list[re.Pattern[str]] = []
    ask_about: list[re.Pattern[str]] = []
    tell_decided: list[re.Pattern[str]] = []
    decided_leads: list[re.Pattern[str]] = []
    find_time: list[re.Pattern[str]] = []
    for row in srsly.read_jsonl(path):
        if row["label"] == "OWN_IT":
            own_it.append(re.compile(row["pattern"], re.IGNORECASE))
        elif row["label"] == "INVITE":
            events.update(row["words"])
        elif row["label"] == "WORKING_SESSION":
            working.append((re.compile(row["pattern"], re.IGNORECASE), row["replace"]))
        elif row["label"] == "WRITTEN":
            written.update(row["words"])
            documents.update(row["nouns"])
        elif row["label"] == "DIARY":
            diary.append(re.compile(row["pattern"], re.IGNORECASE))
        elif row["label"] == "SESSION_INVITE":
            session_invite.append(re.compile(row["pattern"], re.IGNORECASE))
        elif row["label"] == "CONTACT":
            contact.append(re.compile(row["pattern"], re.IGNORECASE))
            purposes.update(row["words"])
        elif row["label"] == "ASK_OF":
            ask_of.append(re.compile(row["pattern"], re.IGNORECASE))
        elif row["label"] == "ASK_ABOUT":
            ask_about.append(re.compile(row["pattern"], re.IGNORECASE))
        elif row["label"] == "TELL_DECIDED":
            tell_decided.append(re.compile(row["pattern"], re.IGNORECASE))
            decided_leads.append(re.compile(row["leads"], re.IGNORECASE))
        elif row["label"] == "FIND_TIME":
            find_time.append(re.compile(row["pattern"], re.IGNORECASE))
        else:
            raise ConfigError(f"{path}: unknown reply rule label {row['label']!r}")
    return ReplyRules(
        tuple(own_it),
        frozenset(events),
        tuple(working),
        frozenset(written),
        frozenset(documents),
        tuple(diary),
        tuple(contact),
        frozenset(purposes),
        tuple(ask_of),
        tuple(session_invite),
        tuple(ask_about),
        tuple(tell_decided),
        tuple(decided_leads),
        tuple(find_time),
    )


def complete(items: list[Item], said: list[str], turns: list[Turn], wording: Wording, rules: ReplyRules) -> list[Item]:
    """Each item's task completed from what its turn answers (``said``: each task as the walk gave it); an item
    that only keeps the date of a session agreed in the same turn ("Yes, let's. I'll hold the day.") goes."""
    # "Will do. I'll also send her the shot list.": the yes took the request on; the rest is work of its own
    took_on = {(o.turn, o.speaker) for o in items if o.accepted}
    for item, raw in zip(items, said, strict=True):
        if not 0 <= item.turn < len(turns):
            continue
        answered = not item.accepted and (item.turn, item.speaker) in took_on
        taken = (
            (None if answered else _taken_on(item, raw, turns, wording, rules))
            or _purpose(item, raw, turns, wording, rules)
            or _asked_of(item, turns, wording, rules)
            or going_to_it(item, turns, wording)
        )
        if taken:
            item.task = taken
        written = _written(item, raw, turns, wording, rules)
        if written:
            item.task = written
        for pattern, replace in rules.working:
            if isinstance(item.owner, list) and pattern.match(item.task):
                item.task = wording.rules.tidy(pattern.sub(replace, item.task, count=1))
        item.task = _who_or_how_many(item.task, item.turn, turns, wording)
        about = _about(item, turns, wording, rules)
        if about:
            item.task = about
    timed = [i for i in items if _times_the_session(i, items, rules)]
    return [
        i
        for i in items
        if i not in timed
        and not _keeps_the_date(i, items, rules)
        and not _part_of_joint(i, items)
        and not _brought_along(i, turns)
    ]


def _times_the_session(item: Item, items: list[Item], rules: ReplyRules) -> bool:
    """ "I can set up a session with them." "Yes please." "Great, I'll get something in the diaries in the next two
    weeks.": the time its owner puts a session of their own, still undated, of a turn or two before in the diary
    is that session's date, not an item of its own (the session takes the date; returns whether it did)."""
    if item.due is None or item.due.due is None or not any(p.match(item.task) for p in rules.diary):
        return False
    mine = [
        o
        for o in items
        if o is not item
        and 0 < item.turn - o.turn <= DIARY_TURNS
        and (o.owner == item.owner or (isinstance(o.owner, list) and item.owner in o.owner))
        and (o.due is None or o.due.due is None)
        and set(o.task.lower().split()) & SESSION_OBJECTS
    ]
    if not mine:
        return False
    mine[-1].due = item.due
    return True


# what makes a bringing a delivery: where it goes, to whom, or the thing asked for ("bring them up", "bring you two
# routes", "bring back the plan", "bring it to the shoot")
BRING_TO = {"to", "back", "round", "along", "across", "down", "in", "into", "you", "us", "me", "him", "her", "with",
            "for"}  # fmt: skip
BRING_ASKED = 3  # turns back a bringing may have been asked for


def _brought_along(item: Item, turns: list[Turn]) -> bool:
    """What someone brings along to a session or a visit already settled, still worded as the bringing once the
    session's own work was not found (``going.going_to_it``): "Sure, come along to the one on the twelfth." "I'll be
    there. I'll bring comfortable shoes."; "Come whenever. Yeah, let's do it." "Amazing. I'll bring a camera, just
    stills." is no item of its own. Still an item: a bringing that says where or to whom ("I'll bring them up
    myself", "I'll bring the samples to the shoot", "bring you two routes", "bring back the plan"), one asked for a
    turn or three before ("Can you bring the samples?" "Sure, I'll bring them."), or after any other question or
    work asked or needed ("Can someone do the product bit?" "I'll do it. I'll bring both blends."), and one said
    with a day ("The 12th works. Yes, let's. I'll bring the floor plans.": the session's stand-in, dated)."""
    words = [w.lower().strip(",.?!") for w in item.task.split()]
    if words[:1] != ["bring"] or item.requester is not None or len(words) < 2:
        return False
    if set(words[1:]) & (BRING_TO | OBJECT_PRONOUNS | PARTICLES) or turns[item.turn].dues:
        return False
    for k in range(item.turn - 1, max(-1, item.turn - BRING_ASKED - 1), -1):
        if turns[k].speaker == turns[item.turn].speaker:
            continue
        if asked_or_needed(turns[k]) is not None or "?" in turns[k].text:
            return False  # "Can someone do the product bit?" "I'll do it. I'll bring both blends.": work asked
    return True


def _part_of_joint(item: Item, items: list[Item]) -> bool:
    """ "Yes, I can do the morning." said with the acceptance of a session of both: the speaker's share of that
    session, worded as it (``going.going_to_it``) or left as the time it takes (``time_slot``), is not an item of
    its own."""
    return not isinstance(item.owner, list) and any(
        isinstance(o.owner, list)
        and item.owner in o.owner
        and o.turn == item.turn
        and (o.task == item.task or time_slot(item.task))
        for o in items
    )


def _keeps_the_date(item: Item, items: list[Item], rules: ReplyRules) -> bool:
    """ "hold the day", "put it in the diary": said with the acceptance of a session in the same turn, or unasked a
    turn or two after the speaker's session was taken up ("Shall we say the twenty-sixth?" "Twenty-sixth works. I'll
    block out the afternoon."). "I'll send a recurring invite", unasked, a turn or two after the speaker's own offer
    to set the session up was taken up ("Shall I set up a weekly check-in?" "Please."); a session of both keeps its
    invite as an item ("Thursday afternoon, yep. I'll send a Teams invite."), as does an invite asked for ("Send me
    something." "I'll send an invite.")."""
    before = [o for o in items if o.accepted and 0 < item.turn - o.turn <= DIARY_TURNS and not item.accepted]
    if any(p.match(item.task) for p in rules.diary):
        with_it = [o for o in items if o is not item and o.turn == item.turn and o.accepted]
        mine = [o for o in before if o.owner == item.owner or (isinstance(o.owner, list) and item.owner in o.owner)]
        return bool(with_it or mine)
    return any(p.match(item.task) for p in rules.session_invite) and any(o.owner == item.owner for o in before)


DELIVERED = re.compile(r"^have (?:a|an) (?:[\w-]+ ){0,2}?[\w-]+ (?:with|to|over to|across to) (?:you|us)$", re.I)


def _taken_on(item: Item, raw: str, turns: list[Turn], wording: Wording, rules: ReplyRules) -> str | None:
    """A reply that opens by taking something on ("Put me down for that.", "Yep, on it.") and then says how or
    when with a pronoun ("I'll call her Monday", "You'll have it this afternoon") or a draft of what was asked
    ("Can you draft it?" / "On it. I'll have a draft with you by two.", "Can you re-cost it?" / "I'll have a
    revised estimate to you Thursday", said with or without the opener): the work is the request or
    need it answers, said a turn or two before by someone else, when that names a person the reply only points
    at, or the same thing said more fully."""
    turn = turns[item.turn]
    first = next(iter(turn.doc.sents), None)
    delivered = bool(DELIVERED.match(wording.rules.trim(raw)))  # "Yep, I'll have a revised estimate to you"
    said = wording.rules.tidy(wording.rules.trim(raw))
    contact = any(p.match(said) for p in rules.contact)  # "I'll chase him"
    timed = any(p.match(said) for p in rules.find_time)  # "I'll find a slot after lunch": a time for what was asked
    if first is None or not (delivered or contact or timed or rules.owns_it(first.text.rstrip(".!"), wording)):
        return None
    words = [w.lower() for w in raw.split()[1:]]
    draft = words[:2] in (["a", w] for w in wording.rules.version_of)  # "I'll have a draft with you by two"
    if not (draft or delivered or timed) and not any(w in OBJECT_PRONOUNS for w in words):
        return None
    for k in range(item.turn - 1, max(-1, item.turn - ANSWERED_TURNS - 1), -1):
        if turns[k].speaker is None or turns[k].speaker == turn.speaker:
            continue
        asked = asked_or_needed(turns[k])
        if asked is None:
            continue
        if yours_instead(turns[k]) and wording.rules.refers_to_action(asked):
            return None  # "Shall I chase them, or would you rather do it?" "I'll do it.": the offer names the work
        worded = wording.task(asked, k, item.speaker)
        mine, theirs = content_words(item.task), content_words(worded)
        if delivered or contact or timed or any(w in PERSONS for w in words):
            return worded  # "I'll have an answer to you Friday": what was asked is the work; "call her": "book Marco"
        if (mine & theirs) - {item.task.split()[0].lower()} and theirs - mine:
            return worded  # "send the cutdowns" for "… the cutdowns as separate files"
        return None
    return None


def _purpose(item: Item, raw: str, turns: list[Turn], wording: Wording, rules: ReplyRules) -> str | None:
    """ "I'll ring them this afternoon" (getting in touch with someone only pointed at) after a turn or two that
    say what for ("We'd need to check with the printers they can do five hundred by Monday."): that work."""
    said = wording.rules.tidy(wording.rules.trim(raw))
    if not any(p.match(said) for p in rules.contact):
        return None
    for k in range(item.turn - 1, max(-1, item.turn - ANSWERED_TURNS - 1), -1):
        for c in reversed(turns[k].clauses):
            if turns[k].speaker == item.speaker and c.subj_kind == "SELF":
                continue  # "I'll check with the writers." … "I'll chase them today.": work of its own, not what for
            words = wording.rules.trim(c.task).split()  # "need to check with …": "check with …"
            if len(words) > 2 and words[0].lower() in rules.purposes and not c.negated:
                return wording.task(" ".join(words), k, item.speaker)
    return None


HOLD_OF = ["hold", "of"]


def _asked_of(item: Item, turns: list[Turn], wording: Wording, rules: ReplyRules) -> str | None:
    """ "I'll ask facilities" (whom only) answering a request a turn or two before ("Could you dig out the new
    measurements?"): asking them for what was asked, "ask facilities for the new measurements"; "I'll call the prop
    house" after "Can we get the dressing brought forward?": "call the prop house about the dressing brought
    forward"; with nothing asked for, what the question just put to the speaker or their own words before were
    about ("Would you commit to a retainer?" / "I'll have to ask our CFO." -> "ask the CFO about a retainer")."""
    brought = ANSWER_BACK.search(item.task)  # "check with the MD and come back": the question, then its answer
    asked_of = item.task[: brought.start()] if brought is not None else item.task
    m = next((m for m in (p.match(asked_of) for p in rules.ask_of) if m), None)
    if m is None:
        return None
    if brought is not None:
        about = wording.asked_about(asked_of, item.turn) if any(p.match(asked_of) for p in rules.ask_about) else None
        return about + item.task[brought.start() :] if about is not None else None
    speaker = turns[item.turn].speaker
    for k in range(item.turn - 1, max(-1, item.turn - ANSWERED_TURNS - 1), -1):
        if turns[k].speaker is None or turns[k].speaker == speaker:
            continue
        asked = asked_or_needed(turns[k])
        if asked is None:
            continue
        asked = re.sub(r"\s+(?:for|to)\s+(?:us|me|you)\b", "", asked)  # for whom it was asked: the reply's "for"
        words = wording.task(asked, k, item.speaker).split()
        thing = words[2:] if len(words) > 2 and words[1].lower() in PARTICLES else words[1:]
        if [w.lower() for w in thing[:2]] == HOLD_OF:
            thing = thing[2:]  # "get hold of the floor plan": the floor plan
        if len(thing) < 2 or m.group(1).lower() in " ".join(words).lower() or thing[0].lower() in OBJECT_PRONOUNS:
            break  # "ask facilities" to "ask facilities": nothing more; "it" not resolved: nothing to add
        joined = "for" if item.task.split()[0].lower() == "ask" else "about"
        if thing[0].lower() in ("if", "whether"):  # "check if she can do the 20th": the question, put to them
            joined, thing = "whether", thing[1:]
        return wording.rules.tidy(f"{item.task} {joined} {' '.join(thing)}")
    if not any(p.match(item.task) for p in rules.ask_about):
        return None  # "ring the venue": getting in touch, not a question put
    # nothing asked for: what the question put to the speaker, or their own words before, were about
    return wording.asked_about(item.task, item.turn)


# "… and come back", "… and get back to you", "… and come back to Priti" (the listener named): the answer brought back
ANSWER_BACK = re.compile(r"(?i:\s+and\s+(?:come|get|report)\s+back)(?:\s+to\s+(?:(?i:you|us)|[A-Z][\w'-]*))?$")


def _written(item: Item, raw: str, turns: list[Turn], wording: Wording, rules: ReplyRules) -> str | None:
    """ "draft it", "sign it off": a writing verb's "it" is a document. When the wording resolved it to something
    that is not one ("the pressure", "the board"), the nearest document named in the turns before."""
    words = raw.split()
    if not words or words[0].lower() not in rules.written:
        return None
    at = next((j for j, w in enumerate(words[1:5], 1) if w.lower() in ("it", "that", "this")), None)
    if at is None or (at > 1 and words[at - 1].lower() in ("on", "about", "at", "of")):
        return None  # "draft something on that": a basis, not the thing written
    if any(w.lower().strip(",.") in rules.documents or (w.isupper() and len(w) > 1) for w in item.task.split()[1:]):
        return None  # "sign the NDA": a document already
    put_in = [w for w in item.task.split() if w.lower() not in {x.lower() for x in words} | {"the", "a", "an"}]
    if not put_in or not _not_written(put_in[-1], item.turn, turns):
        return None  # "draft the toolkit": what "it" was resolved to may be written; only a place or a feeling not
    for k in range(item.turn, max(-1, item.turn - DOCUMENT_REACH - 1), -1):
        nouns = [t for t in turns[k].doc if t.pos_ == "NOUN" and t.lower_ in rules.documents and t.dep_ != "compound"]
        for noun in reversed(nouns):
            text = _named(noun, wording.names)
            if text:
                rest = words[at + 1 :]
                prt = rest[:1] if rest and rest[0].lower() in PARTICLES else []  # "sign it off" -> "sign off the …"
                said = " ".join([*words[:at], *prt, text, *rest[len(prt) :]])
                return wording.task(said, item.turn, item.speaker, resolve_action=False)
    return None


def _not_written(noun: str, at: int, turns: list[Turn]) -> bool:
    """What "it" was resolved to is no thing to write: where it was last said, a place ("I'm in the board") or
    what is felt or known ("people need to understand the pressure we're under")."""
    for k in range(at, max(-1, at - LOOKBACK - 1), -1):
        for tok in reversed(turns[k].doc):
            if tok.text.lower() == noun.lower():
                place = tok.dep_ == "pobj" and tok.head.lower_ in PLACES
                return place or (tok.dep_ == "dobj" and tok.head.lemma_ in SENSING)
    return False


def _named(noun: Token, names: set[str]) -> str | None:
    """A thing as the report names it: "the" and the words before the noun ("the revised script review"), and a
    short phrase after it that says what it is about ("the workshop on the loyalty data"), not when or where."""
    if noun.text in names or noun.ent_type_ in NON_REFERRING:
        return None
    doc, j = noun.doc, noun.i
    while j > 0 and doc[j - 1].dep_ in ("amod", "compound", "nmod") and doc[j - 1].ent_type_ not in DATED:
        j -= 1  # the words just before the noun that say which one ("revised script")
    words = [t.text for t in doc[j : noun.i + 1]]
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("on", "about", "for", "of")):
        sub = list(prep.subtree)
        if len(sub) <= 5 and not any(t.ent_type_ in DATED or t.like_num or t.is_punct for t in sub):
            words += [t.text for t in sub]
        break
    return " ".join(["the", *words])


def _who_or_how_many(task: str, at: int, turns: list[Turn], wording: Wording) -> str:
    """ "someone" or a bare number for what a turn or two before says is needed ("We still need a videographer."
    … "Can you get someone booked?" -> "book a videographer"; "For round two we need eight testers." / "I can get
    you eight." -> "get eight testers for round two")."""
    words = task.split()
    at_word = next((j for j, w in enumerate(words[1:], 1) if w.lower() in SOMEONE or w.lower() in NUMBERS), None)
    if at_word is None or (at_word + 1 < len(words) and words[at_word + 1].isalpha() and words[at_word + 1] != "for"):
        return task  # "eight tenants": the number has its noun
    said = words[at_word].lower()
    for k in range(at, max(-1, at - ANSWERED_TURNS - 1), -1):
        for tok in reversed(turns[k].doc):
            if tok.dep_ != "dobj" or tok.head.lemma_ != "need" or tok.pos_ != "NOUN":
                continue
            count = [c for c in tok.children if c.dep_ == "nummod"]
            if said in NUMBERS and not (count and count[0].lower_ == said):
                continue
            if said in SOMEONE and (count or tok.tag_ != "NN"):
                continue
            named = _named(tok, wording.names) or ""
            thing = f"{said} {named[4:]}" if said in NUMBERS else re.sub(r"^the ", "a ", named)
            why = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < tok.i]
            if why and not any(t.ent_type_ in ("DATE", "TIME") for t in why[0].subtree):
                thing += " " + " ".join(
                    t.lower_ if _capitalised(t) else t.text for t in why[0].subtree
                )  # "for round two"
            rest = [w for w in words[1:at_word] if w.lower() not in ("you", "us", "me")]
            return wording.rules.tidy(" ".join([words[0], *rest, thing, *words[at_word + 1 :]]))
    return task


def _about(item: Item, turns: list[Turn], wording: Wording, rules: ReplyRules) -> str | None:
    """The topic a turn opens with ("Radio Vale at five.", "Site visit — …") is the work when what was asked
    only says who is needed ("We need someone senior." / "Then it's me. I'll do it." -> "do Radio Vale"), or
    what a session proposed with it is ("Site visit — shall we go up together?" -> "do the site visit
    together")."""
    first = item.task.split()[0].lower() if item.task.split() else ""
    joint = isinstance(item.owner, list)
    if first not in SOMEONE and not (joint and first not in SESSION_VERBS):
        return None
    for k in range(item.turn - 1, max(-1, item.turn - ANSWERED_TURNS - 1), -1):
        if turns[k].speaker == turns[item.turn].speaker or (item.requester and turns[k].speaker != item.requester):
            continue
        topic = _topic(turns[k], wording.names)
        if topic is None:
            continue
        if first in SOMEONE:
            return wording.rules.tidy(f"do {topic[0]}")
        said = item.task.lower().split()
        if topic[1].lemma_.lower() in rules.events and (topic[1].lower_ in said or "you" in said):
            # "take you up there to walk it [the site visit]": the proposal is the session itself, not work
            return wording.rules.tidy(f"do {topic[0] if topic[0].split()[0] == 'the' else 'the ' + topic[0]} together")
        return None
    return None


def _topic(turn: Turn, names: set[str]) -> tuple[str, Token] | None:
    """The thing a turn opens by naming, without a verb: a sentence of its own ("Ha. Right. Radio Vale at five.",
    "Last thing, the winter shoot.") or words set off before the rest ("Site visit, Kate, we'd love…"); the
    phrase (up to a preposition) and its noun."""
    for sent in turn.doc.sents:
        words = [t for t in sent if not t.is_space]
        commas = [i for i, t in enumerate(words) if t.text in (",", "—", "–", ":")]
        if not any(_verb(t) for t in words):
            part = words[commas[-1] + 1 :] if commas else words  # "Last thing, the winter shoot": the last part
        elif commas and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM") for t in words[: commas[0]]):
            part = words[: commas[0]]  # "Site visit, Kate, we'd love to take you up there"
        else:
            return None  # the turn says something before it names anything
        part = [t for t in part if not t.is_punct]
        part = part[: next((i for i, t in enumerate(part) if t.pos_ == "ADP"), len(part))]
        nouns = [t for t in part if t.pos_ in ("NOUN", "PROPN") and t.text not in names and t.lower_ not in WEAK_NOUNS]
        if nouns and len(part) <= 5:
            said = [t.lower_ if _capitalised(t) else t.text for t in part if t.text not in names]
            return " ".join(said), nouns[-1]
    return None


def _capitalised(tok: Token) -> bool:
    """A common word written with a capital only because it starts the sentence ("Site visit", "Tasting")."""
    return tok.i == tok.sent.start and not tok.ent_type_ and not tok.is_upper and tok.text[1:].islower()


def _verb(tok: Token) -> bool:
    """A verb, or a word the parser tags as one ("Doctor Adeyemi's on leave")."""
    return tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBZ", "VBP", "VBD", "MD") or tok.lower_ == "'s"


DECIDED_TURNS = 3  # how far back the decision a "let X know" passes on may be
CLAUSE_ENDS = re.compile(r"\s*(?:[,;:]|\s-\s|\s—\s).*$")


def tell_decided(items: list[Item], decided: list[tuple[int, str, Doc, Doc]], rules: ReplyRules) -> list[Item]:
    """ "Let X know" with nothing said of what, a turn or few after a decision (``decided``: each
    agreement's turn, text as the report words it, its parse and the parse of the turn it was said in), passes that
    decision on: "Okay. Hold the fifth." / "Great. I'll let the crew know today." -> "tell the crew we hold the
    fifth"; the decision's first clause when the whole would make the task too long, the task as it was when even
    that would, or when the decision names only a figure or a date ("Eleven-four it is.", "Then it's the 11th."): a
    task leaves dates out, and a figure alone does not say of what; unless its turn says it again in full ("Then it's
    the 11th. Everything goes live on January 11th."), which is what is passed on."""
    for item in items:
        task, bracket, rest = item.task.partition(" (")
        m = next((m for m in (p.match(task) for p in rules.tell_decided) if m), None)
        said = [(t, doc, whole) for k, t, doc, whole in decided if item.turn - DECIDED_TURNS <= k <= item.turn]
        if m is None or not said:
            continue
        text, doc, whole = said[-1]
        text = text if _names_more(doc) else _said_in_full(doc, whole)
        if not text:
            continue
        who = " ".join(g for g in m.groups() if g).replace("  ", " ").strip()
        what = _decision(text, rules)
        if not what:
            continue
        if len(who.split()) + len(what.split()) + 1 > MAX_WORDS:
            what = CLAUSE_ENDS.sub("", what)
        if len(who.split()) + len(what.split()) + 1 > MAX_WORDS + 1:
            continue
        item.task = f"tell {who} {what}" + (f" ({rest}" if bracket else "")
    return items


FIGURES = DATED | {"MONEY", "PERCENT", "QUANTITY"}  # what a decision naming only a figure or a date names


def _said_in_full(doc: Doc, whole: Doc) -> str:
    """The sentence of the decision's turn (``whole``) that says again the figure or date a decision names alone
    (``doc``), with what is done on it: "Everything goes live on January 11th." beside "Then it's the 11th."; ""
    when there is none ("If it's eleven-four, it's eleven-four." says nothing more of it)."""
    figures = {t.lower_ for t in doc if t.like_num or t.ent_type_ in FIGURES}
    for sent in whole.sents:
        if sent.text.rstrip().endswith("?") or not _says_what_is_done(sent):
            continue
        if figures & {t.lower_ for t in sent if t.like_num or t.ent_type_ in FIGURES}:
            return sent.text.strip()
    return ""


def _says_what_is_done(sent: Span) -> bool:
    """A statement of what is done ("Everything goes live on January 11th."): its main verb one of doing, not "be",
    "have" or "do", and no condition ("If it's eleven-four, it's eleven-four.")."""
    root = sent.root
    return (
        root.pos_ == "VERB"
        and root.lemma_ not in ("be", "have", "do")
        and not any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in sent)
    )


def _names_more(doc: Doc) -> bool:
    """The decision names something besides a figure or a date: a noun, name, adjective or verb of its own (not
    "be", "have" or "do")."""
    return any(
        t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")
        and not t.like_num
        and t.ent_type_ not in FIGURES
        and t.lemma_ not in ("be", "have", "do")
        for t in doc
    )


def _decision(text: str, rules: ReplyRules) -> str:
    """ "we hold the fifth" of "Then, we hold the fifth.": the decision without how it opens or its full stop, its
    first word in lower case unless a name."""
    text = text.strip().rstrip(".!?").strip()
    for lead in rules.decided_leads:
        text = lead.sub("", text)
    first = text.split(" ", 1)[0] if text else ""
    if first.split("'")[0].lower() in STOP_WORDS and not first.startswith("I"):  # "We'll", not "I'm"
        text = first.lower() + text[len(first) :]
    return text
