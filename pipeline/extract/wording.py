"""Task wording an AE can keep: the verb phrase of a commitment, with "it"/"that" resolved and the talk taken out.

The commitment walk gives a task straight from the committing clause ("dig it out", "have it with you", "get that
over"). Here it becomes the report's wording:

    "Is there any sell-in data from the pilot stores?" / "I'll dig it out."     -> "dig out the sell-in data"
    "So the proposal needs revising. I'll get that to you by Tuesday."          -> "send the proposal"
    "I'll just quickly send the deck over to you, Tom."                          -> "send the deck"
    "But seriously, someone needs to chase it properly."  (a request's sentence) -> "chase <what it is>"

Steps: take the verb phrase out of a whole sentence; replace a pronoun object by the noun phrase it points back to
(earlier in the turn, else the last few turns); delivery idioms become "send X" ("get X over to you", "have X with
you", "you'll have X"); fillers, hedges, vocatives and the listener as destination go; "us" becomes the speaker's
organisation; at most ``MAX_WORDS`` words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.extract.antecedents import (
    DIARY_HOLD,
    INDEFINITE,
    LOOKBACK,
    PRONOUNS,
    antecedent,
    article_lowered,
    chunk_text,
    is_pronoun,
    named_pair,
    own_side,
    part_of,
    pressed_for,
    put_in,
    stands_for_pair,
)
from pipeline.extract.asked import hedge, taken_up
from pipeline.extract.checked import checked_whether
from pipeline.extract.components import Clause
from pipeline.extract.date_words import DAY_WORD
from pipeline.extract.dates import find_due_dates
from pipeline.extract.delivery import asked_to_have, sent_on
from pipeline.extract.done_to import done_to, made_sure
from pipeline.extract.objects import complete
from pipeline.extract.offers import CONTACTING
from pipeline.extract.owners import side_of
from pipeline.extract.parties import chased, held_by, party_pronoun, pressed, told_object, worded_party
from pipeline.extract.proposals import how_it_looks, planned, wants_someone
from pipeline.extract.sessions import ASSEMBLED
from pipeline.extract.task_conditions import kept_condition
from pipeline.extract.task_cut import STEPS_WORDS
from pipeline.extract.task_dates import (
    DATE_PREPS,
    SPAN_DAY,
    _dated_aside,
    _is_date_phrase,
    _is_date_word,
    in_question,
    lasting,
)
from pipeline.extract.task_sent import DEPARTMENTS, FLICKED, PARTY_NOUNS, PRESSING_WHOM, pressed_party
from pipeline.extract.tasks import ANSWERING, ASKED_MARKS, ASKING, joined_contractions, task_text
from pipeline.extract.turns import Turn
from pipeline.extract.wording_rules import (
    BRACKETED,
    YOU_ALL,
    WordingRules,
    no_object,
    pronoun_task,
    time_slot,
    vague,
)
from pipeline.extract.work_said import done_to_before, introduced_to, needed_in, needed_work
from pipeline.schemas import Meeting

# an order said without what it is for ("I'll place the order today", "I'll get the order in")
BARE_ORDER = re.compile(r"^(?:place|put in|get in|raise|put|get) the order(?: in)?$", re.IGNORECASE)
# a bare verb and the event it waits for, too long for the brackets a condition is given when it is cut
WAITING = re.compile(r"^(\w+)\s+((?:once|when|as soon as|after)\s.+)$", re.IGNORECASE)
HAVE_DONE = re.compile(r"\b(?:have|has)\s+(?:you|we|anyone|anybody|someone|somebody)\b", re.IGNORECASE)  # asked
DELIVERY_PARTICLES = {"over", "across", "round", "around", "through", "back", "out", "off"}
HABITUAL = frozenset({"usually", "normally", "always", "typically", "generally"})
FORWARDED = re.compile(r"^forward\s+(?=\S)", re.IGNORECASE)
WORTH_TURNS = 2  # how far back the one asking "will you do that?" may have said the work was worth doing
# a task (or an agreement's statement) is parsed for its words and grammar only: the turns' cue ruler and clause
# finder are not needed
TASK_PARSE_SKIPS = ("debrief_cues", "debrief_clauses")
# "everything goes through you", "run it past you": the listener as the one work passes by, named in the report
VIA_LISTENER = {"through", "past", "via", "by"}
LISTENER_AS_OBJECT = {"intro", "introduce", "connect", "set", "put", "brief", "walk", "take", "show"}
INTRODUCING = {
    "intro",
    "introduce",
    "connect",
}  # "I'll introduce you over email": the one asking, when no side is named
# "as soon as you hear", "once you've heard", "when you get it": a clause of when the task is done
CLAUSE_OPENERS = {"when", "once", "as", "if", "until", "till", "after", "before", "whenever", "unless"}
SAME_VERB_BACK = 2  # turns back a verb said again alone may have been said with its thing
MET_WITH = {"see", "meet", "visit"}  # "I'm seeing their buyer Thursday, so I'll ask then": whom the asking is put to
FREE_FOR = re.compile(r"\b(?:free|available|around)\s+for\s+(?:a|an|the)\b", re.IGNORECASE)
# "what I've got", "whatever we have": what the speaker holds of a thing asked for
HELD_SAID = re.compile(r"\b(?:what|whatever)\s+(?:I|we)(?=\s*'ve\b|\s+have\b|\s+got\b)", re.IGNORECASE)


# a number that counts the things just named ("I'll get three scamps over" / "include a cutdown in there")
PERIODS = {"days", "weeks", "months", "years", "hours", "minutes"}  # "six months of records": how much, not which
COUNTED = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several"}
# a noun phrase's first word, capitalised only because a sentence starts with it ("Two coaches for the airport")
OPENING_WORDS = {"the", "a", "an", "two", "three", "four", "five", "six", "some", "both", "those", "these", "every"}


def _done_yet(sent: Span) -> bool:
    """ "Did you speak to procurement about the PO?": work of the listener's side, asked whether it is done yet
    ("Not yet, I'll do it this afternoon" takes it on)."""
    return any(
        t.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ in ("did", "have", "has") for c in t.children)
        and any(c.dep_ == "nsubj" and c.lower_ in ("you", "we") for c in t.children)
        and any(c.dep_ == "prep" for c in t.children)
        for t in sent
    )


class Wording:
    """Rewrites the tasks of one meeting's items; ``nlp`` parses the task to find its pronouns."""

    def __init__(self, nlp: Language, meeting: Meeting, turns: list[Turn], rules: WordingRules) -> None:
        self.nlp = nlp
        self.meeting = meeting
        self.turns = turns
        self.rules = rules
        self.names = {part for a in meeting.attendees for part in a.name.split()}
        self._parsed: dict[str, Doc] = {}

    def tasks(self, items: Sequence[tuple[str, int, str | None]]) -> list[str]:
        """The report's wording of each ``(task, turn, speaker)``; the texts are parsed in one batch (``nlp.pipe``),
        which costs a fraction of parsing them one by one."""
        said = [self._said_again(self._text(task), at) for task, at, _ in items]
        texts = list(dict.fromkeys(t for t in (self._text(x) for x in [*(t for t, _, _ in items), *said] if x) if t))
        self._parsed.update(zip(texts, self.nlp.pipe(texts, disable=TASK_PARSE_SKIPS), strict=True))
        return [self.task(task, at, speaker) for task, at, speaker in items]

    def _text(self, task: str) -> str:
        return self.rules.trim(self.drop_names(self.rules.trim(task)))

    def _parse(self, text: str) -> Doc:
        if text not in self._parsed:
            self._parsed[text] = self.nlp(text, disable=TASK_PARSE_SKIPS)
        return self._parsed[text]

    def task(self, task: str, at: int, speaker: str | None = None, resolve_action: bool = True) -> str:
        """The report's wording of ``task``, an item said at turn ``at`` (by ``speaker``), its object complete:
        abbreviations in full, what it is of and for, an invite's session and "someone" named
        (``pipeline/extract/objects.py``). ``resolve_action`` False: "do that" is left as said."""
        worded = self._task(task, at, speaker, resolve_action)
        sent = sent_on(worded, self.turns[at].text) if 0 <= at < len(self.turns) else worded
        sent = asked_to_have(sent, [t.text for t in self.turns[max(0, at - 2) : at + 1]])  # "can we get the shortlist?"
        worded = worded if vague(sent) else sent  # "I'll dig the form out … I'll send it over tomorrow"
        text = complete(worded, self.turns, at, self.rules, self.names)
        text = self.rules.tidy(text) if text != worded else worded
        text = kept_condition(text)  # "check the 'twice as fast' claim", no "(before anything goes live)"
        text = self._condition_named(text, at)  # "build the targeting (once it lands)": once the postcode file lands
        text = self._count_said(text, at)  # "a couple of RPO names" … "I'll send you two or three": two or three
        return self.rules.review(self._text(task), text) if side_of(speaker, self.meeting) == "client" else text

    def _task(self, task: str, at: int, speaker: str | None = None, resolve_action: bool = True) -> str:
        if FORWARDED.match(task):  # "forward it to the client": the tagger reads "forward" first as an adverb
            as_sent = self._task(FORWARDED.sub("send ", task, count=1), at, speaker, resolve_action)
            return re.sub(r"^send ", "forward ", as_sent, count=1)
        if BARE_ORDER.match(task) and 0 < at <= len(self.turns):  # "I'll place the order today.": for what was
            ref = antecedent(self.turns, at - 1, None, self.names, self._skip(at - 1), None, self.rules.agents)
            if ref:  # chosen just before ("Okay, fine. Our own cups, eight thousand. Go.")
                return self.rules.tidy(f"place the order for {_the(ref)}")
        spoken = self._text(task)
        seen = self._one_seen(spoken, at) if resolve_action else None
        if seen:  # "I'm seeing their buyer Thursday, so I'll ask then": the asking is put to them
            return self._task(f"ask {seen}", at, speaker, resolve_action=False)
        checked = checked_whether(spoken, self.turns, at) if resolve_action else spoken
        if checked != spoken:  # "Is the venue free on the ninth?" "I'll check." -> "check whether the venue is …"
            return checked
        text = self.rules.point_held(spoken)  # "send what I have" -> "send it": the thing asked for (``_held_at``)
        holding = self._held_at(at) if text != spoken else None
        chasing = self.rules.chase_on(text)  # "keep chasing" -> "chase it": the thing awaited
        whom = self._asked_for(at) if resolve_action and chasing != text else None
        if whom:  # "We've asked the organisers for a supply. No answer yet." "Can you keep chasing?": them
            return self._task(f"{chasing.split()[0]} {whom}", at, speaker, resolve_action=False)
        text = chasing
        waits = BRACKETED.match(text)
        if waits and resolve_action and self._points(waits.group(1)):
            # "do that (once the statement's approved)": what "that" is, then the condition
            resolved = self._task(waits.group(1), at, speaker)
            return resolved if resolved.endswith(")") else self.rules.tidy(f"{resolved} {waits.group(2)}")
        whom = self._called(text, at) if resolve_action else None
        if whom:  # "I chased her twice last week. I'll try calling tomorrow." -> "call the keynote's agent"
            return self._task(f"{text} {whom}", at, speaker, resolve_action=False)
        if len(text.split()) <= 1:  # "We need the banners resized. Any chance?" / "I'll try."
            work = needed_work(self.turns, at, None, self.rules.needing, self.names)
            work = work or (done_to_before(self.turns, at, text.lower(), self.names) if text else None)
            if work:  # "Theo can get the samples ordered." / "I'll order." -> "order the samples"
                return self.rules.tidy(work)
        if waits and len(waits.group(1).split()) == 1:  # "I'll order as soon as the files land."
            work = done_to_before(self.turns, at, waits.group(1).lower(), self.names)
            if work:
                return self.rules.tidy(f"{work} {waits.group(2)}")
        late = WAITING.match(text) if not waits else None  # "I'll confirm once Priti's looked at the data."
        work = done_to_before(self.turns, at, late.group(1).lower(), self.names) if late else None
        if late and work:
            return self.rules.tidy(f"{work} ({late.group(2)})")
        if not text:
            return task
        put_on = PUT_ON_IT.match(self.rules.tidy(text)) if resolve_action else None
        if put_on:  # "Our software lot can build it. I'll get them on it." -> "get the software lot to build …"
            work = self._put_on(put_on.group(1), at, speaker)
            if work:
                return work
        if any(p.match(text) for p in self.rules.owned):  # "The TENs are mine." -> "handle the TENs"
            thing = self._owned_thing(at)
            if thing:
                return self.rules.tidy(f"handle {thing}")
        if resolve_action and any(p.match(self.rules.tidy(text)) for p in self.rules.report_back):
            said = self._said_before(at)  # "Action on me to confirm the budget. I'll come back to you by Friday."
            if said:
                return self._task(said, at, speaker, resolve_action=False)
        if any(p.match(self.rules.tidy(text)) for p in self.rules.intro):
            whom = introduced_to(self.turns, at, self.rules.meet, self.names)  # "worth you meeting the buyers"
            org = self._listener_org(speaker) or self._listener(at, speaker)  # the other side, else who was told
            if whom and org:
                return self.rules.tidy(f"introduce {org} to {whom}")
        booked = self._booking_of(text, at) if resolve_action else None
        if booked:  # "Let's go ahead and book the six-sheets." / "I'll get the booking in." -> "book the six-sheets"
            return booked
        again = self._said_again(text, at) if resolve_action else None
        if again:  # "Could you reissue them?" / "Yes, we'll reissue the September invoices."
            return self._task(again, at, speaker, resolve_action=False)
        doc = self._parse(text)
        added = self._put_in(text, doc, at) if resolve_action else None
        if added:  # "The deck needs the new pricing." / "I'll add it in there." -> "add the new pricing to the deck"
            return added
        taken, _, then = text.partition(" and ")  # "pick that up and fold it into the AV spec": the next step
        pron = next((t for t in doc if is_pronoun(t)), None)
        k, before = self._locate(doc, pron, at) if pron is not None else (at, None)
        # "The product list, yeah, I'll do that.": the thing named first, taken on as "leave that with me" takes it
        said_pron = self.turns[k].doc[before] if before is not None and 0 <= k < len(self.turns) else None
        pointing = self.rules.refers_to_action(self.rules.tidy(taken))  # "do that", "look into that" (``DO_IT``)
        fronted = pointing and said_pron is not None and _topic_fronted(said_pron)
        if resolve_action and (fronted or any(p.match(self.rules.tidy(taken)) for p in self.rules.take_on)):
            work = needed_work(self.turns, k, before, self.rules.needing, self.names)
            if work:  # "The banners need resizing." / "I'll pick those up." -> "resize the banners"
                both = f"{work} and {then}"
                work = both if then and len(both.split()) <= STEPS_WORDS else work  # "you" as the report says it
                return self._task(work, at, speaker, resolve_action=False)
        if resolve_action and self.rules.refers_to_action(self.rules.tidy(text)) and not fronted:
            earlier = self._earlier_action(doc, at)
            if earlier is not None:  # "I could cut it to fifteen seconds." / "Yes please, do that."
                return self._task(earlier[0], earlier[1], speaker, resolve_action=False)
        out: list[str] = []
        moved = _talk(doc)
        version, of = self._version_of(doc, at)
        if any(put_in(t) for t in doc):
            version = -1  # "add a poster version in there": a version that goes in the thing, not one of it
        for t in doc:
            if t.i in moved:
                continue
            if t.i == version:
                out.extend([t.text, of])
                continue
            kind = party_pronoun(t, self.rules.addressed)
            k, before = self._locate(doc, t, at) if kind is None and t.lower_ == "them" else (-1, None)
            # "I'll chase them", "I'll push them for Wednesday" (as said): the dev team just named, else the invoices
            if kind is None and (chased(t) or (k >= 0 and before is not None and pressed(self.turns[k].doc[before]))):
                chaser = worded_party(self.turns, k, before, self.names, t, "group", self.rules)
                kind = "group" if chaser != t.text else None
            if kind:  # "ring them" -> "ring the council", "get his sign-off" -> "get Richard's sign-off"
                k, before = self._locate(doc, t, at)
                out.append(worded_party(self.turns, k, before, self.names, t, kind, self.rules))
                held = held_by(self.turns[k].doc, before, out[-1], self.names) if chased(t) and k >= 0 else None
                if held is None and chased(t) and k > 0:  # "Has the printer come back on the paper stock?" "No, I'll
                    held = held_by(self.turns[k - 1].doc, None, out[-1], self.names)  # chase them."
                if held and not any(c.lower_ == "for" for c in doc[t.i + 1 :]):
                    out.append(f"for {held}")  # "The proofs are with the printers, so I'll chase them"
            elif stands_for_pair(t) and t.i > 0:  # "have drafts of both done": the two things named together
                k, before = self._locate(doc, t, at)
                pair = named_pair(self.turns, k, before, self.names) if k >= 0 else None
                if pair is None:
                    out.append(t.text)
                    continue
                if any(c.dep_ == "det" for c in t.children) and out:
                    out.pop()  # "those two" -> "the strawberry and the vanilla"
                prt = [c for c in t.head.children if c.dep_ == "prt" and c.i == t.i + 1]
                if prt:  # "price both up" -> "price up the lanyards and the tote bags"
                    out.append(prt[0].text)
                    moved.add(prt[0].i)
                out.append(pair)
            elif (put_in(t) or pressed_for(t) is not None) and t.i > 0:
                out.append(self._container(doc, t, at) or t.text)  # "in there" -> "in the scamps"
            elif is_pronoun(t) and t.i > 0 and _same_thing(t):
                out.append(t.text)  # "redo the drawings and fold them into the spec": "them" is the drawings
            elif t.i > 0 and not hedge(t) and ((is_pronoun(t) and not _all_of(t)) or _all_of_things(t)):
                k, before = holding if holding is not None and t.lower_ == "it" else self._locate(doc, t, at)
                plural = t.lower_ in ("them", "those", "these", "ones", "they")
                head_only = t.lower_ in ("one", "ones") and any(c.dep_ in ("det", "amod") for c in t.children)
                head_only = head_only or part_of(t)  # "two of them": "two of the practices", not "of thirty practices"
                skip = self._skip(k) | _own_subject(self.turns[k].doc, before) if k >= 0 else set()
                if k >= 0 and t.head.lemma_ == "do":  # "IT won't give agency logins. I'll do it myself": not logins
                    skip |= _denied_things(self.turns[k].doc)
                if holding is not None and (k, before) == holding:
                    skip |= set(range(before or 0))  # what the speaker has of the thing another asked for
                own = _named_beside(doc, t)  # "put it on the intranet": "it" is not the intranet
                own |= self.rules.roles if t.lower_ in ("it", "this", "that") else frozenset()  # nor "the CFO"
                own |= the_doing(t)  # "get that translated" after "translation isn't included": not "translation"
                one = t.lower_ == "one" and not head_only  # "I'll get one": a single thing, counted
                ref = (
                    antecedent(self.turns, k, before, self.names, skip, plural, self.rules.agents, head_only, own, one)
                    if k >= 0
                    else None
                )
                if not head_only:  # what was asked turns before, or the same thing said more fully there
                    asked = taken_up(self.turns, k, before, doc, t, ref, self.names, plural, self.rules.agents)
                    ref = ref if asked and _names_again(asked, own) else asked
                if self._diary_hold(t, ref or ""):  # "put something in for the 23rd"
                    return self.rules.tidy(DIARY_HOLD.sub("send a diary invite", doc[t.head.i :].text, count=1))
                listing = _all_of(t)  # here only when the things just named are meant (``_all_of_things``)
                if ref is not None and listing:
                    ref = listed_with(self.turns, k, ref)
                if ref is None or (listing and not LISTED.search(ref)):
                    out.append(t.text)  # "send all of that" after one thing named: the talk itself
                    continue
                if listing:  # "send all of that" -> "send the docs and the safety sheet"
                    while out and out[-1].lower() in ("all", "of"):
                        out.pop()
                ref = _not_from(ref, speaker)
                if part_of(t) and " and " in ref and [w.lower() for w in out[-2:]] in (["each", "of"], ["all", "of"]):
                    del out[-2:]  # "options for each of those" -> "options for Manchester, Leeds and Bristol"
                prt = [c for c in t.head.children if (c.dep_ == "prt" or _put_together(c)) and c.i == t.i + 1]
                if prt:  # "dig it out" -> "dig out the floor plan", "pull something together"
                    sent = t.head.lemma_ in GIVING and prt[0].lower_ in FLICKED  # "send them over": "send the T&Cs"
                    out.extend([] if sent else [prt[0].text])
                    moved.add(prt[0].i)
                out.append(_in_task(ref))
                number, *named = ref.lower().split()
                if plural and number in COUNTED and named and named[0] not in PERIODS:
                    out.insert(len(out) - 1, "the")  # "waiting on two quotes. I'll send them": the two named
                if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("all", "both"):
                    moved.add(t.i + 1)  # "register them all": the things named, not "the names all"
                if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("'s", "'re") and doc[t.i + 1].lemma_ == "be":
                    out.append("are" if plural else "is")  # "make sure they're on there": "the T&Cs are"
                    moved.add(t.i + 1)
                if part_of(t) and ref.split()[0].lower() not in ("the", "a", "an") and not ref[0].isupper():
                    out.insert(len(out) - 1, "the")
            elif t.lower_ == "you" and t.dep_ == "pobj" and (t.head.lower_ in VIA_LISTENER or _back_to(t.head)):
                out.append(self._told(doc, t, at, speaker) or t.text)  # "goes through you first" -> "through Priti"
            elif t.lower_ == "you" and self._with_listener(t) and self._listener(at, speaker):
                out.append(self._listener(at, speaker) or "")  # "a prep call with you" -> "with Farah"
            elif told_object(t, self.rules.addressed):  # "let you know" -> "let Tom know", "message you both"
                out.append(self._told(doc, t, at, speaker) or t.text)
                if t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "both":
                    moved.add(t.i + 1)
            elif t.lower_ == "you" and self._owner_in_clause(doc, t, at, speaker):
                out.append("they")  # "let me know as soon as you hear", asked of the owner: "as soon as they hear"
            elif t.lower_ in ("you", "me") and _dative(t):
                continue  # "send you the case study", "send me the deck": to whoever asked, as the report says
            elif t.lower_ == "me" and t.head.lower_ == "to" and t.head.head.lemma_ in GIVING and out[-1:] == ["to"]:
                out.pop()  # "send it to me": the same
            elif t.lower_ == "you" and t.dep_ == "dobj" and t.head.lemma_ in LISTENER_AS_OBJECT:
                org = self._listener_org(speaker)  # "intro you to the buyers" said to the agency
                listener = self._listener(at, speaker) if t.head.lemma_ in INTRODUCING else None  # whom they answer
                out.append(org or listener or t.text)
                if (org or listener) and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("both", "all", "two"):
                    moved.add(t.i + 1)  # "introduce you both to our chair": the side named, not "Foxglove both"
            elif t.lower_ == "us" and t.head.lower_ == "between":
                moved.add(t.i)  # "six interviews between us": the two owners, not a destination
                if out and out[-1].lower() == "between":
                    out.pop()
            elif t.lower_ == "us" and t.dep_ in ("dative", "pobj"):
                k, _ = self._locate(doc, t, at)
                who = self.turns[k].speaker if 0 <= k < len(self.turns) else speaker
                org = self._org_of(who) if who else None
                if org:
                    out.append(org)
                elif t.dep_ == "pobj":
                    out.append(t.text)
            elif t.lower_ in ("your", "our", "my"):
                out.append("the")
            elif t.i == 0 and t.tag_ in ("VBN", "VBD") and t.pos_ == "VERB" and HAVE_DONE.search(task):
                out.append(t.lemma_)  # "have you sent the floor plan?" / "I'll do it today" -> "send the floor plan"
            elif t.i == 0 and t.tag_ == "VBG":  # "drafting the FAQs" -> "draft the FAQs"
                prefix, _, word = t.text.rpartition("-")  # "re-sending" -> "re-send", read as the verb it is
                out.append(f"{prefix}-{self._parse(f'we are {word}')[2].lemma_}" if prefix and word else t.lemma_)
            else:
                out.append(t.text)
        joined = joined_contractions(" ".join(out)).replace(" - ", "-")
        joined = joined.replace("( ", "(").replace(" )", ")")
        joined = made_sure(doc, done_to(doc, joined, self.rules.done_to, self._parse))
        joined = re.sub(r"\bthe the\b", "the", joined)
        result = self.rules.tidy(self.rules.cut(joined))  # "email them right after this": cut once named
        return result if result and not (vague(result) and not vague(task)) else task

    def _called(self, verb: str, at: int) -> str | None:
        """Whom a call said without them goes to ("I chased her twice. I'll try calling tomorrow."): the one this
        turn, or the one before it, last contacted or waited to hear from ("we haven't heard from the agent")."""
        if verb.lower() not in CALL_VERBS or not 0 <= at < len(self.turns):
            return None
        for turn in (self.turns[at], self.turns[at - 1] if at > 0 else None):
            said = [] if turn is None else [t for t in turn.doc if _contacted(t)]
            if said:
                return (
                    said[-1].text
                    if said[-1].pos_ == "PRON"
                    else _the(said[-1].doc[said[-1].left_edge.i : said[-1].i + 1].text)
                )
        return None

    def _asked_for(self, at: int) -> str | None:
        """The ones this turn, or one of the two before it, asked for something ("We've asked the organisers for a
        dedicated supply." "Can you keep chasing?"), whom chasing said bare presses."""
        for turn in self.turns[max(0, at - ASKED_FOR_TURNS) : at + 1][::-1]:
            said = [t for t in turn.doc if _asked_for_something(t)]
            if said:
                return _the(said[-1].doc[said[-1].left_edge.i : said[-1].i + 1].text)
        return None

    def _diary_hold(self, pron: Token, ref: str) -> bool:
        """ "put something in (the diary) for the twenty-third" when no session was named for "something": a diary
        invite ("Can we catch up in a fortnight?" / "I'll put something in for the 23rd"), not the last thing said."""
        held = pron.lower_ in INDEFINITE and DIARY_HOLD.match(pron.doc[pron.head.i :].text) is not None
        return held and not set(ref.lower().split()) & self.rules.invited_to

    def _put_in(self, text: str, doc: Doc, at: int) -> str | None:
        """ "add it in there", "put them in": the thing the sentence just before says a piece of work lacks, put in
        that work ("The deck needs the new pricing." -> "add the new pricing to the deck"); None if it says none."""
        said = self.rules.tidy(text)
        for pattern, to in self.rules.put_in:
            m = pattern.match(said)
            if m is None:
                continue
            pron = next((t for t in doc if is_pronoun(t)), None)
            k, before = self._locate(doc, pron, at) if pron is not None else (at, None)
            found = needed_in(self.turns, k, before, self.rules.lacking, self.names)
            if found:
                verb = m.group(1).lower()
                return self.rules.tidy(f"{verb} {found[0]} {dict(to).get(verb, 'in')} {found[1]}")
        return None

    def _points(self, text: str) -> bool:
        """A task that only points at the work ("do that", "pick it up", "come back to you")."""
        said = self.rules.tidy(text)
        pointing = [*self.rules.take_on, *self.rules.report_back, *self.rules.intro]
        return self.rules.refers_to_action(said) or any(p.match(said) for p in pointing)

    def asked_about(self, task: str, at: int) -> str | None:
        """ "ask the CFO", "check with legal" said of nothing: what they are asked about, as the speaker's own words
        before it or the question just put to the speaker named it ("Would you commit to a retainer?" / "I'll have to
        ask our CFO." -> "ask the CFO about a retainer"); a thing talked about further back is not guessed."""
        if not 0 <= at < len(self.turns) or not task.split():
            return None
        doc = self._parse(task)
        whom = doc[-1]
        people = self.rules.roles | self.rules.bodies
        named = whom.text in self.names or whom.pos_ == "PROPN"
        if not (named or whom.lower_ in people or whom.lemma_.lower() in people):
            return None  # "ask a favour", "check with the plan": not someone asked
        said = self.turns[at].doc
        verb = next((t for t in said if t.lemma_.lower() == doc[0].lemma_.lower() and t.pos_ == "VERB"), None)
        if verb is None:
            return None
        avoid = self.rules.roles | self.rules.bodies | frozenset(w.lower() for w in task.split())
        ref = antecedent(self.turns, at, verb.i, self.names, self._skip(at), None, self.rules.agents, avoid=avoid)
        if ref is None or ref.split()[-1].lower() in avoid or any(w in self.names for w in ref.split()):
            return None
        asked = at > 0 and self.turns[at - 1].speaker != self.turns[at].speaker and "?" in self.turns[at - 1].text
        heard = [said.text[: verb.idx], self.turns[at - 1].text if asked else ""]
        if not any(ref.lower() in h.lower() for h in heard):
            return None  # talked about further back: not what the question to them is
        if any(re.search(rf"\b(?:in|at)\s+{re.escape(ref)}", h, re.IGNORECASE) for h in heard):
            return None  # "he's in a field": where someone is, not what they are asked about
        ref = article_lowered(ref)
        return self.rules.tidy(f"{task} about {ref}")

    def _booking_of(self, text: str, at: int) -> str | None:
        """ "get the booking in", "put the order in", "make the reservation": the work a turn just before (or this
        one) named with its verb and thing ("book the six-sheets"); None if none did."""
        m = BOOKING_OF.match(self.rules.tidy(text))
        if m is None:
            return None
        verb = NOMINAL_WORK[m.group(1).lower()]
        for k in range(at, max(-1, at - BOOKING_TURNS - 1), -1):
            for said in self.turns[k].doc if 0 <= k < len(self.turns) else []:
                thing = next((t for t in said.children if t.dep_ == "dobj" and t.pos_ in NOUNS), None)
                if said.pos_ == "VERB" and said.lemma_ == verb and thing is not None:
                    named = chunk_text(thing, self.names)
                    return f"{verb} {named}" if named else None
        return None

    def _one_seen(self, text: str, at: int) -> str | None:
        """Whom a bare "ask" is put to: the one its turn says the speaker will see ("I'm seeing their buyer on
        Thursday, so I'll ask then")."""
        if text.strip().lower() != "ask" or not 0 <= at < len(self.turns):
            return None
        met = [c.verb for c in self.turns[at].clauses if c.verb.lemma_ in MET_WITH]
        person = next((o for v in met for o in v.children if o.dep_ == "dobj" and o.pos_ != "PRON"), None)
        return " ".join(t.text for t in person.subtree) if person is not None else None

    def _said_again(self, text: str, at: int) -> str | None:
        """A task with a pronoun for its object ("reissue them", from a request) that its own turn ``at`` says again
        with the thing named ("we'll reissue the September invoices"), or a request its answer says again more
        fully (the same verb and thing, more words): the task as said there. A verb alone
        ("think", of "When do you think?") takes the commitment its turn makes ("I'll have it with you")."""
        words = text.split()
        if not words or not 0 <= at < len(self.turns):
            return None
        clauses = [c for c in self.turns[at].clauses if c.task and c.task != text]
        if len(words) == 1:  # a verb alone; "I can do the afternoon" only says when its speaker can be there, so
            # the same verb said with its thing just before goes first ("we'd do a store walk" … "Shall we just do …?")
            said = [c.task for c in clauses if pronoun_task(c.task) or not vague(c.task)]
            slots = [t for t in said if time_slot(t)]
            work = next((t for t in said if t not in slots), None)
            return work or (self._verb_said_before(words[0], at) if slots else None) or next(iter(slots), None)
        verb = words[0].lower()
        named = [c.task for c in clauses if c.task.split()[0].lower() == verb]
        named = [t for t in named if not pronoun_task(t) and not vague(t) and not no_object(t)]
        if pronoun_task(text.split(" and ")[0]):  # not "chase finance and get it reissued": the step after's "it"
            return next(iter(named), None)
        said = [w.lower() for w in words[:3]]  # "put a note out internally" / "… put a note out in the bulletin"
        fuller = (t for t in named if len(t.split()) > len(words) and t.lower().split()[:3] == said)
        return next((t for t in fuller if not _within(words, t.split())), None)  # not its own clause run on

    def _verb_said_before(self, verb: str, at: int) -> str | None:
        """ "You and I said we'd do a store walk. Shall we just do next Thursday?": a verb alone, said again with no
        object, takes the thing the same verb was said with just before (in the turn before ``at`` or the one before
        that), when its own turn names nothing."""
        for k in range(at - 1, max(-1, at - SAME_VERB_BACK - 1), -1):
            verbs = [
                t
                for t in self.turns[k].doc
                if t.pos_ in ("VERB", "AUX")
                and t.lower_ == verb
                and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in t.children)
            ]
            said = [task_text(t, None) for t in verbs]
            said = [w for w in said if not (vague(w) or time_slot(w) or no_object(w))]
            if said:
                return said[-1]
        return None

    def _earlier_action(self, doc: Doc, at: int) -> tuple[str, int] | None:
        """The action "do that" stands for: the task of the last clause said before it (in the turn where "that"
        was said, else the turns before) that names an action of its own."""
        pron = next((t for t in doc if t.lower_ in PRONOUNS), None)
        k, before = self._locate(doc, pron, at) if pron is not None else (at, None)
        request: tuple[str, int] | None = None  # "Can you look into that?": its "that" if nothing says more
        for j in range(k, max(-1, k - LOOKBACK - 1), -1):
            found = [
                c
                for c in self.turns[j].clauses
                if not (j == k and (before is None or c.verb.i >= before))
                and self._names_action(c, request is None)
                and not self._promised_by_another(c, j, k)
            ]
            wish = planned(self.turns[k], before) if j == k and not found and before is not None else None
            if wish:  # "I need to get the CFO to sign it off, I'll do that by Friday"
                return wish, k
            acts = [c for c in found if not c.question or not self._pointing_request(c)]
            if acts:  # the main verb of the last sentence, not its "and …" verb
                last = [c for c in acts if c.sent == acts[-1].sent]
                return next((c for c in last if c.verb.dep_ != "conj"), last[0]).task, j
            if found and request is None:
                request = found[-1].task, j
            elif request is not None:
                # an action said more than a turn before the request is not what it asks for, unless the one asking
                # said it was worth doing ("It's worth re-sending the guidance." … "Will you do that?")
                return self._worth_doing(request[1]) or request
            elif j == k - 1 and not found and self._question(j, self.turns[k].speaker):
                return self._question(j, self.turns[k].speaker)  # "Are you free for a site visit?" / "I can do that."
            elif j == k - 1 and not found and self._suggested(j, self.turns[k].speaker):
                return self._suggested(j, self.turns[k].speaker)  # "It'd be good to walk the venue." / "I can do that."
            elif j == k - 1 and not found and request is None and wants_someone(self.turns[j].doc):
                return (
                    None  # "They want someone on the breakfast show." / "I'll do it.": the show, not work said before
                )
        return request or self._asked(k)

    def _suggested(self, j: int, speaker: str | None) -> tuple[str, int] | None:
        """Work turn ``j`` (said by someone other than ``speaker``) says would be worth doing or is wanted ("it'd be
        good to get you down to the venue"), which "I can do that" in answer takes on."""
        if not 0 <= j < len(self.turns) or (speaker is not None and self.turns[j].speaker == speaker):
            return None
        work = planned(self.turns[j])
        return (work, j) if work else None

    def _put_on(self, who: str, at: int, speaker: str | None) -> str | None:
        """ "Our software lot can build it … I'll get them on it": whom the speaker puts on it does what the turn
        or the two before said they can or will do ("get the software lot to build the demo dashboard"); "them" is
        the ones said to do it, a name stays as said."""
        for j in range(at, max(-1, at - PUT_ON_TURNS - 1), -1):
            said = [c for c in self.turns[j].clauses if _done_by_others(c) and not (j == at and _puts_on(c))]
            if j == at:  # said before the putting on
                put = next((c.verb.i for c in self.turns[j].clauses if _puts_on(c)), len(self.turns[j].doc))
                said = [c for c in said if c.verb.i < put]
            if said:
                c = said[-1]
                work = self._task(c.task, j, speaker, resolve_action=False)
                agent = " ".join(t.text for t in c.subj.subtree) if c.subj is not None else who
                agent = re.sub(r"^(?:our|their|your|my|the)\b", "the", agent, flags=re.IGNORECASE)
                named = who.lower() not in ("them", "him", "her")
                return self.rules.tidy(f"get {who if named else agent} to {work}") if work else None
        return None

    def _worth_doing(self, k: int) -> tuple[str, int] | None:
        """Work the one asking at turn ``k`` said in their last turn, a turn or two before, was worth doing or wanted
        done ("I think it's worth re-sending the guidance to all twelve." / "Nobody reads page six." / "Hamish, will
        you do that?"), with no action said in between."""
        speaker = self.turns[k].speaker if 0 <= k < len(self.turns) else None
        for j in range(k - 1, max(-1, k - WORTH_TURNS - 1), -1):
            if any(self._names_action(c, False) for c in self.turns[j].clauses):
                return None
            if self.turns[j].speaker == speaker:
                work = planned(self.turns[j])
                return (work, j) if work else None
        return None

    def _version_of(self, doc: Doc, at: int) -> tuple[int, str]:
        """ "You'll have a draft Wednesday" said of the reactive Q&A: the object's token and "of the reactive Q&A"
        (what it is a draft of, as "it" would be resolved); (-1, "") when the object says it already ("the draft",
        "a draft of the release") or nothing earlier names it."""
        obj = next((t for t in doc if t.dep_ == "dobj" and t.lower_ in self.rules.version_of), None)
        if obj is None:
            return -1, ""
        spans = (
            obj.sent.char_span(m.start_char, m.end_char, "expand") for m in find_due_dates(obj.sent.text, SPAN_DAY)
        )
        dated = {t.i for span in spans if span is not None for t in span}  # "a draft on the fourteenth"
        if any(c.dep_ == "prep" and not _to_listener(c) and c.i not in dated for c in obj.children):
            return -1, ""  # "a draft of the release" says what it is, "a draft with you" does not
        if any(c.dep_ == "mark" and c.lower_ in ASKED_MARKS for c in obj.head.children):
            return -1, ""  # "check with Aled whether we need an easy-read version": a version asked about
        if any(t.pos_ in ("NOUN", "PROPN") and not (_is_date_word(t) or t.i in dated) for t in doc[obj.i + 1 :]):
            return -1, ""  # "a draft for the board", not "a draft on the fourteenth"
        said_how = any(c.dep_ == "amod" for c in obj.children)  # "the final version": of the thing just named
        said_how = said_how and obj.lower_ in self.rules.described  # "the revised storyboard": a thing of its own
        if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in obj.children) and not said_how:
            return -1, ""  # "the draft", "my draft": the one already talked about
        k, before = self._locate(doc, obj, at)
        if k < 0:
            return -1, ""
        ref = antecedent(self.turns, k, before, self.names, self._skip(k) | {before or 0}, None, self.rules.agents)
        if ref is None or ref.split()[-1].lower() == obj.lower_ or not self.rules.version_of_kind(obj.text, ref):
            return -1, ""  # "the final cut" after "the stockists get the new price list": no film to be a cut of
        return obj.i, "of " + article_lowered(ref)

    def _said_before(self, at: int) -> str | None:
        """What "I'll come back to you" reports back on: the last verb with an object said before it in the turn
        ("Action on me to confirm the media budget with finance"), not one said as not so ("… with finance, but I
        don't see an issue. I'll confirm Friday.")."""
        if not 0 <= at < len(self.turns):
            return None
        doc = self.turns[at].doc
        back = next((t for t in doc if t.lemma_ in ("come", "get", "circle", "report", "let") and t.i > 0), None)
        verbs = [
            t
            for t in doc
            if t.pos_ == "VERB"
            and (back is None or t.i < back.i)
            and (any(c.dep_ == "dobj" for c in t.children) or _inquires(t))
            and not any(c.dep_ == "neg" for c in t.children)
        ]
        return task_text(verbs[-1], None) if verbs else None

    def _owned_thing(self, at: int) -> str | None:
        """What a turn says is the speaker's ("The venue contract is mine."): the subject of "… is mine"."""
        if not 0 <= at < len(self.turns):
            return None
        for tok in self.turns[at].doc:
            if tok.lower_ in ("mine", "ours", "me", "us") and tok.head.lemma_ == "be":
                subj = [c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
                thing = chunk_text(subj[0], self.names) if subj else None
                if thing:
                    return re.sub(r"^(The|A|An)\b", lambda m: m.group(1).lower(), thing)
        return None

    def _asked(self, k: int) -> tuple[str, int] | None:
        """The question a reply answers, when no clause says the action ("Who's updating those?" / "That's
        mine."): the last question of the turn or two before."""
        speaker = self.turns[k].speaker if 0 <= k < len(self.turns) else None
        for j in range(k - 1, max(-1, k - 3), -1):
            found = self._question(j, speaker)
            if found:
                return found
        return None

    def _question(self, j: int, speaker: str | None) -> tuple[str, int] | None:
        """The last question of turn ``j`` (said by someone other than ``speaker``) that asks for something done:
        a verb with an object ("Who's updating those?") or a session ("Are you free for a site visit?")."""
        if not 0 <= j < len(self.turns) or (speaker is not None and self.turns[j].speaker == speaker):
            return None
        asked = [
            s
            for s in self.turns[j].doc.sents
            if s.text.rstrip().endswith("?")
            and (any(t.dep_ == "dobj" and t.head.pos_ == "VERB" for t in s) or FREE_FOR.search(s.text) or _done_yet(s))
        ]
        if not asked:
            return None
        # "Doesn't your in-house designer usually do the end frames?" / "We'll do that ourselves.": who does the work
        # is asked, the work is the verb's ("do the end frames"), not the question said again
        verb = next((t for t in asked[-1] if t.dep_ == "dobj" and t.head.pos_ == "VERB"), None)
        verb = verb.head if verb is not None else None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if verb is not None and subj is not None and subj.lower_ not in ("you", "we", "i") and subj.pos_ != "PRON":
            doer = any(c.dep_ == "neg" or c.lower_ in HABITUAL for c in verb.children)  # "Doesn't she usually …"
            if asked[-1][0].pos_ == "AUX" and asked[-1][0].lemma_ == "do" and doer:
                return task_text(verb, subj), j
        return asked[-1].text, j

    def _pointing_request(self, c: Clause) -> bool:
        """ "Can you present it?", "would you do it?": a request whose object is a pronoun."""
        return c.question and any(w.lower() in PRONOUNS for w in c.task.split()[1:])

    def _promised_by_another(self, c: Clause, j: int, k: int) -> bool:
        """A clause of an earlier turn in which another speaker took the work on themselves ("I'll send you the
        link tomorrow." / "And we'll do it, we'll get it done Monday."): theirs to do, not what this "it" does."""
        said_by, saying = self.turns[j].speaker, self.turns[k].speaker
        mine = c.subj_kind in ("SELF", "WE", "ORG_SELF") and c.label in ("FUTURE", "PROGRESSIVE", "LET_ME")
        mine = mine and not c.question and not c.conditional  # not "We could look at a shuttle bus": an offer
        return j < k and mine and said_by is not None and saying is not None and said_by != saying

    def _names_action(self, c: Clause, requests: bool = True) -> bool:
        """A clause "do that" can stand for: one with a task of its own ("cut it to fifteen seconds"), or a request
        whose "it" is resolved where it was said ("Sky, would you do it?", "can you present it?")."""
        if not c.task or _said_as_not(c.verb):
            return False  # "IT won't give agency logins. I'll do it myself": not what is done
        if c.verb.tag_ in ("VBN", "VBD") and any(a.dep_ == "aux" and a.lemma_ == "have" for a in c.verb.children):
            return False  # "Our system's changed since last year": what has happened, no work
        if how_it_looks(c.verb):
            return False  # "It might look like we're buying the result": how a thing would seem, no work
        if requests and self._pointing_request(c):
            return True
        return not vague(c.task) and not self.rules.refers_to_action(self.rules.tidy(c.task))

    def drop_names(self, text: str, between: str = " ") -> str:
        """Vocatives out: "Tom, send it over" / "send it over, Tom" -> "send it over"; "One is fine, Tom." ->
        "One is fine."; one between commas leaves ``between`` (", " keeps a statement's pause: "Sorry, Hope, the
        competition stays in." -> "Sorry, the competition stays in.")."""
        spoken = text
        for a in self.meeting.attendees:
            parts = a.name.split()
            for name in dict.fromkeys([a.name, " ".join(parts[:-1]), parts[0] if parts else a.name]):
                if not name:
                    continue
                said = re.escape(name)
                text = re.sub(rf"\s*,\s*{said}\s*,\s*", between, text)
                text = re.sub(rf"^{said}\s*,\s*|,\s*{said}\s*(?=[.!?]*$)", "", text).strip()
        return text if re.search(r"\w", text) else spoken  # "Hattie." answering "who leads?" is the content

    def _container(self, doc: Doc, pron: Token, at: int) -> str | None:
        """What "in there" / "in it" puts a thing in, or what "chase X for that" presses for: the thing named before,
        not one the task names itself ("include a social cutdown in there" after "I'll get three scamps over to you"
        -> "the scamps"; "chase the venue for it" is not "for the venue")."""
        k, before = self._locate(doc, pron, at)
        if k < 0:
            return None
        own = _named_beside(doc, pron) | (pressed_for(pron) or frozenset())
        skip = self._skip(k) | _own_subject(self.turns[k].doc, before)
        if before is not None:  # the clause's own words are what is put in, or whom it presses
            sent = self.turns[k].doc[before].sent
            skip |= set(range(sent.start, before)) - _topic(sent)
        ref = antecedent(self.turns, k, before, self.names, skip, None, self.rules.agents, avoid=own)
        if ref is None or _names_again(ref, own) or any(w.lower() in own for w in ref.split()):
            return None
        return _the(ref)

    def _locate(self, doc: Doc, pron: Token, at: int) -> tuple[int, int | None]:
        """The turn a task's pronoun was said in, and its token there: the task's words up to the pronoun are
        looked for in turn ``at`` and the turns before it (a request's task is said before it is accepted)."""
        words = [t.text for t in doc[max(0, pron.i - 3) : pron.i + 1] if not t.is_punct]
        pattern = r"\b" + r"\W+(?:\w+\W+){0,2}?".join(re.escape(w) for w in words) + r"\b"
        # said before its verb: "That I can send you." for "send that"
        fronted = rf"\b{re.escape(pron.text)}(?=\W+(?:\w+\W+){{1,3}}?{re.escape(pron.head.text)}\b)"
        for k in range(at, max(-1, at - LOOKBACK - 1), -1):
            m = re.search(pattern, self.turns[k].text, flags=re.IGNORECASE)
            end = m.end() if m else None
            if m is None and pron.head.i < pron.i:
                m = re.search(fronted, self.turns[k].text, flags=re.IGNORECASE)
                end = m.end() if m else None
            if end is not None:
                span = self.turns[k].doc.char_span(end - len(pron.text), end, alignment_mode="expand")
                return k, (span.start if span is not None else None)
        if 0 <= at < len(self.turns):
            return at, self._pronoun_position(self.turns[at])
        return -1, None

    def _pronoun_position(self, turn: Turn) -> int | None:
        """The first pronoun object of a commitment clause in the turn: the antecedent is before it."""
        for c in turn.clauses:
            for t in c.verb.subtree:
                if is_pronoun(t) and t.i > c.verb.i:
                    return t.i
        return None

    def _held_at(self, at: int) -> tuple[int, int] | None:
        """Where "what I have" ("I'll send what I've got") was said: turn ``at`` or one of the turns before it, and
        the token of its "what". What the speaker holds is of the thing asked for before that turn, not of a thing
        the turn itself names ("I've got most of it, I'm waiting on two of the regional leads")."""
        for k in range(at, max(-1, at - LOOKBACK - 1), -1):
            m = HELD_SAID.search(self.turns[k].text)
            span = self.turns[k].doc.char_span(m.start(), m.end(), alignment_mode="expand") if m else None
            if span is not None:
                return k, span.start
        return None

    def _condition_named(self, text: str, at: int) -> str:
        """The thing a bracketed condition waits for, named where the turn says it by a pronoun that is not the
        task's own thing: "I can get you the postcode file." … "I'll build the targeting once it lands." -> "build
        the targeting (once the postcode file lands)"; not "send the cut (once it lands)" (the cut itself), nor a
        condition whose pronoun points to nothing named before."""
        said = WAITED_PRONOUN.match(text)
        if said is None or not 0 <= at < len(self.turns):
            return text
        doc = self.turns[at].doc
        word = said.group(2).lower()
        pron = next(
            (
                t
                for t in doc
                if t.lower_ == word
                and t.dep_ in ("nsubj", "nsubjpass")
                and any(c.dep_ == "mark" and c.lower_ in WAITING_MARKS for c in t.head.children)
            ),
            None,
        )
        if pron is None:
            return text
        task = self._parse(said.group(1))
        own = frozenset(t.lower_ for t in task if t.pos_ in ("NOUN", "PROPN"))
        plural = word in ("they", "those", "these")
        ref = antecedent(self.turns, at, pron.i, self.names, self._skip(at), plural, self.rules.agents, avoid=own)
        if not ref or ref.startswith("\0") or len(ref.split()) > CONDITION_THING_WORDS:
            return text
        task_words = {_stem(t.lower_) for t in task if t.is_alpha and not t.is_stop}
        if {_stem(w.lower()) for w in re.findall(r"[\w-]+", ref)} & task_words:
            return text  # "review the three options (once they land)", "re-pitch the regional titles": their own
        if self._doer(ref, at):
            return text  # "Estates have to measure up first." … "once they come in": who does it, not the thing
        named = f"{said.group(1)}{_the(ref)}{said.group(3)}"
        return named if len(named.split()) <= CONDITION_TASK_WORDS else text

    def _count_said(self, text: str, at: int) -> str:
        """How many the reply promises, put for the vague quantity of the request it takes up: "Could you send me a
        couple of RPO names?" "I'll send you two or three by Thursday." -> "send two or three RPO names"; "a few
        venue options" … "I'll get you three by Friday" -> "three venue options"."""
        vague_said = VAGUE_QUANTITY.search(text)
        if vague_said is None or not 0 <= at < len(self.turns):
            return text
        counts = [
            t
            for c in self.turns[at].clauses
            for t in c.verb.children
            if t.pos_ == "NUM"
            and t.dep_ in ("dobj", "npadvmod")
            and t.ent_type_ not in ("TIME", "MONEY", "PERCENT")
            and (t.ent_type_ != "DATE" or t.dep_ == "dobj")  # "send four or five tomorrow" (read as one date)
            and all(k.dep_ in ("cc", "conj") for k in t.children)
        ]
        if len(counts) != 1:
            return text
        count = " ".join(w.text for w in counts[0].subtree)
        if count.split()[0].lower() in text.lower().split():
            return text
        return text[: vague_said.start()] + count + text[vague_said.end() :]

    def _doer(self, ref: str, at: int) -> bool:
        """The thing found was said, in one of the turns before, bare as the subject of something it does
        ("Estates have to measure up first", "Legal are on it"): a team, not a thing that comes in ("We'd want the
        sales data to size it" has its article)."""
        head = ref.split()[-1].lower()
        return any(
            t.lower_ == head
            and t.dep_ == "nsubj"
            and t.head.lemma_ != "be"
            and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in t.children)
            for turn in self.turns[max(0, at - 3) : at + 1]
            for t in turn.doc
        )

    def _skip(self, k: int) -> set[int]:
        """Tokens that are not what "it" means: the subjects of the turn's commitments ("our studio")."""
        if not 0 <= k < len(self.turns):
            return set()
        return {t.i for c in self.turns[k].clauses if c.subj is not None for t in c.subj.subtree}

    def _with_listener(self, you: Token) -> bool:
        """ "a call with you", "sit down with you": time spent with the listener, not a destination."""
        if you.dep_ != "pobj" or you.head.lower_ != "with":
            return False
        head = you.head.head
        objects = [c for c in head.children if c.dep_ == "dobj"]
        return any(w.lemma_.lower() in self.rules.session or w.lower_ in self.rules.session for w in [head, *objects])

    def _listener(self, at: int, speaker: str | None, count: int = 1) -> str | None:
        """The first name of whom ``speaker`` answers at turn ``at``: the last one else to speak before it; ``count``
        2, the last two ("you both": "Natalie and Priyanka"), None unless two spoke."""
        heard: list[str] = []
        for k in range(min(at, len(self.turns)) - 1, max(-1, at - 4), -1):
            who = self.turns[k].speaker
            if who and who != speaker and who.split()[0] not in heard:
                heard.append(who.split()[0])
            if len(heard) == count:
                return " and ".join(heard)
        return None

    def _owner_in_clause(self, doc: Doc, you: Token, at: int, speaker: str | None) -> bool:
        """ "you" as the subject of a task's "when"/"once"/"if" clause, said by another to ``speaker``, the owner
        ("Can you let me know as soon as you hear?"): the owner, whom the report calls "they" ("you" and "they" take
        the same verb)."""
        opened = any(c.dep_ in ("mark", "advmod") and c.lower_ in CLAUSE_OPENERS for c in you.head.children)
        if you.dep_ not in ("nsubj", "nsubjpass") or not (opened or any(a.dep_ == "advcl" for a in you.ancestors)):
            return False
        k, _ = self._locate(doc, you, at)
        said_by = self.turns[k].speaker if 0 <= k < len(self.turns) else None
        return speaker is not None and said_by is not None and said_by != speaker

    def _told(self, doc: Doc, who: Token, at: int, speaker: str | None) -> str | None:
        """Whom "let you/me/us know", "message you (both)", "walk me through it" tells, named as the report names
        people: "you" is whom the turn where it was said answers (the last two for "you both"), "me" its speaker,
        "us" the speaker's organisation."""
        k, at_word = self._locate(doc, who, at)
        said_by = self.turns[k].speaker if 0 <= k < len(self.turns) else speaker
        if who.lower_ == "you":
            said = self.turns[k].doc if 0 <= k < len(self.turns) else doc
            after = (at_word if at_word is not None else -2) + 1
            both = 0 < after < len(said) and said[after].lower_ == "both"
            return self._listener(k, said_by, 2 if both else 1) or self._listener_org(said_by)
        if who.lower_ == "me":
            return said_by.split()[0] if said_by else None
        return self._org_of(said_by) if said_by else None

    def _listener_org(self, speaker: str | None) -> str | None:
        """The organisation of the other side from ``speaker`` ("you" said by the client is the agency)."""
        who = self.meeting.attendee(speaker) if speaker else None
        if who is None or who.side is None:
            return None
        org = self.meeting.client if who.side == "agency" else self.meeting.agency
        return org.split()[0] if org else None

    def _org_of(self, speaker: str) -> str | None:
        """The speaker's organisation, by its first word ("Harbourside Pet Co." -> "Harbourside")."""
        who = self.meeting.attendee(speaker)
        if who is None or who.side is None:
            return None
        org = self.meeting.agency if who.side == "agency" else self.meeting.client
        return org.split()[0] if org else None


# the work a noun names, taken on with a light verb ("I'll get the booking in", "I'll put the order through")
NOMINAL_WORK = {"booking": "book", "order": "order", "reservation": "reserve"}
BOOKING_OF = re.compile(
    r"^(?:get|put|make|do|place|sort)\s+the\s+(booking|order|reservation)(?:\s+(?:in|through))?$", re.I
)
BOOKING_TURNS = 2  # how far back the work may have been named
PUT_ON_IT = re.compile(r"^(?:get|put)\s+(them|him|her|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+on\s+(?:it|that|this)$")
PUT_ON_TURNS = 2  # how far back what they can do may be said ("Our print team can do that." / "I'll get them on it.")
OTHERS_SAID = {"i", "we", "you", "it", "that", "this", "there", "they", "he", "she"}


# a call or a message, which may be said without whom it goes to (asking or talking to someone names them)
CALL_VERBS = CONTACTING - {"ask", "talk", "speak"}
HEARD_FROM = frozenset({"hear", "heard"})
CONTACTED = frozenset({"her", "him", "them"})
ANSWERING_VERBS = frozenset({"confirm", "reply", "respond", "answer", "come", "get", "sign", "return"})


def _contacted(tok: Token) -> bool:
    """One contacted ("chased her", "emailed the agent") or not yet heard from ("haven't heard from the agent")."""
    head = tok.head
    if tok.pos_ == "PRON":
        return tok.lower_ in CONTACTED and tok.dep_ == "dobj" and head.lemma_ in CALL_VERBS
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("dobj", "pobj", "nsubj"):
        return False
    if tok.dep_ == "nsubj":  # "the printer still hasn't confirmed": the one who has not answered
        return head.lemma_ in ANSWERING_VERBS and any(c.dep_ == "neg" for c in head.children)
    if tok.dep_ == "dobj":
        return head.lemma_ in CALL_VERBS
    return head.lower_ == "from" and head.head.lemma_ in HEARD_FROM


ASKED_FOR_TURNS = 2  # turns back to the one who was asked for something, which "keep chasing" presses


def _asked_for_something(tok: Token) -> bool:
    """One asked for something ("asked the organisers for a supply"): a body or person, the object of "ask"."""
    head = tok.head
    return (
        tok.dep_ == "dobj"
        and tok.pos_ in ("NOUN", "PROPN")
        and head.lemma_ == "ask"
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children)
    )


def _done_by_others(c: Clause) -> bool:
    """ "Our software lot can build it", "the studio will do the resize": work said of others by who they are."""
    subj = c.subj
    return (
        subj is not None
        and subj.lower_ not in OTHERS_SAID
        and subj.pos_ in ("NOUN", "PROPN")
        and not (c.negated or c.question)
    )


def _puts_on(c: Clause) -> bool:
    """ "get them on it": the clause that puts someone on the work."""
    return c.verb.lemma_ in ("get", "put") and any(
        p.dep_ == "prep" and p.lower_ == "on" and any(g.lower_ in ("it", "that", "this") for g in p.children)
        for p in c.verb.subtree
    )


def _within(words: list[str], longer: list[str]) -> bool:
    """Every word of ``words`` in ``longer``, in order: the same clause said with more, not another wording."""
    rest = iter(w.lower() for w in longer)
    return all(w.lower() in rest for w in words)


NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")


def _talk(doc: Doc) -> set[int]:
    """Tokens of a task that are talk, not the task: a deadline phrase ("in the next two weeks"), a spoken
    approximation ("what, six interviews"), and a who-does-what aside after the object ("a competitor review what
    the big brands are doing"), not the question a verb of asking puts ("check with finance what we can say") nor a
    date it asks about ("find out whether the venue is free on the 12th")."""
    out: set[int] = set()
    for t in doc:
        dated = t.dep_ in ("prep", "agent") and t.lower_ in DATE_PREPS and t.i > 0 and not in_question(t)
        dated = dated and not lasting(t)  # "check the rights run for twelve months": how long, no deadline
        if dated and ((_is_date_phrase(t) and not _dated_aside(t)) or _day_of_month(t)):
            out.update(x.i for x in t.subtree)
        elif t.lower_ in ("what", "like", "say") and t.i + 1 < len(doc) and doc[t.i + 1].like_num and t.i > 0:
            out.add(t.i)
        elif t.lower_ == "what" and t.i >= 2 and doc[t.i - 1].tag_ in NOUN_TAGS and doc[0].lemma_ not in ASKING:
            out.update(range(t.i, len(doc)))
            break
        elif own_side(t):
            out.update(x.i for x in t.subtree)
    return out


def _in_task(ref: str) -> str:
    """A thing named at the start of a sentence as a task says it: "The revised deck" -> "the revised deck"."""
    return ref[0].lower() + ref[1:] if ref.split()[0].lower() in OPENING_WORDS else ref


# a quantity a request leaves open, which the reply may count: "a couple of", "a few", "some", "one or two"
VAGUE_QUANTITY = re.compile(r"\b(?:a couple of|a few|some|several|a handful of|a number of|one or two)(?= \w)", re.I)
# a condition in brackets that says by a pronoun what it waits for: "(once it lands)", "(when they come in)"
WAITED_PRONOUN = re.compile(r"^(.+\((?:once|when|after|as soon as) )(it|that|this|they|those|these)(\b[^()]*\))$", re.I)
WAITING_MARKS = frozenset({"once", "when", "after", "as"})
CONDITION_THING_WORDS = 4  # "the postcode file": a thing short enough to say in the brackets
CONDITION_TASK_WORDS = 14  # the task with its condition, kept about as long as a task may be


def _stem(word: str) -> str:
    """ "regionals" and "regional", "options" and "option": one word for the thing, said once or of many."""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _the(ref: str) -> str:
    """A thing just named, as a task names it again: "three scamps" -> "the scamps" ("in the scamps")."""
    first, _, rest = ref.partition(" ")
    if rest and (first.lower() in ("a", "an", "some") or first.lower() in COUNTED):
        return f"the {rest}"
    return _in_task(ref)


def _topic(sent: Span) -> set[int]:
    """The thing a sentence opens on before a comma, then says what to do with ("And the press release, can you put
    the new quote in it?"): its words, which the parser may have taken for a subject."""
    first = next((t for t in sent if not (t.is_punct or t.dep_ in ("cc", "intj") or t.lower_ in TOPIC_OPENERS)), None)
    if first is None or first.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM"):
        return set()
    head = first if first.pos_ in ("NOUN", "PROPN") else first.head
    words = list(head.subtree)
    if head.pos_ not in ("NOUN", "PROPN") or words[0].i != first.i or words[-1].i + 1 >= sent.end:
        return set()
    return {t.i for t in words} if sent.doc[words[-1].i + 1].text == "," else set()


TOPIC_OPENERS = frozenset({"so", "and", "okay", "ok", "right", "oh", "also", "now"})


def _own_subject(doc: Doc, at: int | None) -> set[int]:
    """The subject of the verb the pronoun at token ``at`` is the object of ("make sure compliance sign it off"):
    who does it to the thing, never the thing."""
    if at is None or not 0 <= at < len(doc):
        return set()
    verb = doc[at].head
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if subj:
        return {t.i for t in subj[-1].subtree}  # the nearest: "Thursday's WIP, … I'll move it" is "I"
    # "get accounts to pay it", "ask the printers to reprint them": whom the work is passed to
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):  # the parser's other reading of "get X to …"
        return set(range(verb.head.left_edge.i, verb.head.i + 1))
    if verb.dep_ in ("xcomp", "ccomp", "advcl"):
        told = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
        return {t.i for t in told[-1].subtree} if told else set()
    return set()


def _all_of(pron: Token) -> bool:
    """ "write all this up", "write it all up", "all of that", "write up and send this": the talk itself, not a thing
    named before."""
    doc = pron.doc
    before = [t.lower_ for t in doc[max(0, pron.i - 2) : pron.i]]
    after = doc[pron.i + 1].lower_ if pron.i + 1 < len(doc) else ""
    written = pron.lower_ in ("this", "that") and WRITTEN_UP.match(doc[: pron.i].text) is not None
    written = written or (pron.lower_ == "this" and after == "up" and pron.head.lemma_ in ("write", "type"))
    return pron.lower_ in ("this", "that", "it") and (
        "all" in before[-1:] or before == ["all", "of"] or after == "all" or written
    )


# a thing found for "all of that" that lists things ("the docs and the safety sheet", "the pages, the FAQs")
LISTED = re.compile(r"\w,\s+\w|\s+and\s+\w")
LIST_WORDS = 14  # a list said longer than this is talk, not things named
# "write all of that up", "note all of that down": the talk itself, whatever was named before it
SUMMED_UP = {"write", "type", "note", "wrap", "sum", "summarise", "summarize", "capture", "recap", "minute"}


def listed_with(turns: Sequence[Turn], at: int, ref: str) -> str:
    """The things named together with ``ref`` in the turn it was found in (or the two before): "the insurance
    certificate" said in "They need the insurance certificate and the risk assessment." -> both; ``ref`` itself when it
    was said alone."""
    for k in range(at, max(-1, at - 3), -1):
        doc = turns[k].doc
        if ref.lower() not in doc.text.lower():
            continue
        words = set(ref.lower().split())
        for tok in doc:
            if tok.pos_ not in NOUNS or tok.lower_ not in words:
                continue
            first = tok
            while first.dep_ == "conj" and first.head.pos_ in NOUNS:
                first = first.head
            if not any(c.dep_ == "conj" and c.pos_ in NOUNS for c in first.children):
                continue
            start = next(t.i for t in first.subtree if t.pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON"))
            span = doc[start : first.right_edge.i + 1]  # not "So" the parser hung on a fragment's noun
            text = span.text.strip(" ,.?!")
            return text if len(text.split()) <= LIST_WORDS else ref
        return ref
    return ref


def _all_of_things(pron: Token) -> bool:
    """ "send all of that to the venue", "I'll have all of that to you": the things just named, when they are
    several ("the docs and the safety sheet"); not "write all of that up", nor "all of this" (the talk)."""
    doc = pron.doc
    before = [t.lower_ for t in doc[max(0, pron.i - 2) : pron.i]]
    if pron.lower_ not in ("that", "it") or before != ["all", "of"] or pron.head.lemma_ in SUMMED_UP:
        return False
    every = doc[pron.i - 2]
    if every.dep_ not in ("dobj", "appos") or every.head.i != 0:
        return False  # "send a note with all of that", "an updated schedule showing all of that": what it says
    return not any(t.lemma_ in SUMMED_UP or t.lower_ in ("notes", "recap") for t in doc)


WRITTEN_UP = re.compile(r"^write up and (?:send|circulate|share|email)$", re.I)


def _not_from(ref: str, speaker: str | None) -> str:
    """What "it" stands for, less "from" its own speaker: "I'll need the logo from Helen." (or "from you") "I'll send it
    over." (Helen) sends the logo."""
    names = "|".join(re.escape(n) for n in dict.fromkeys((speaker, speaker.split()[0]))) if speaker else ""
    # "the sales data from Owen's team", said to Owen: from him and his team
    return re.sub(
        rf"\s+from\s+(?:{YOU_ALL}|(?:{names})(?:'s\s+[\w-]+)?)\b" if names else rf"\s+from\s+{YOU_ALL}\b", "", ref
    )


def the_doing(pron: Token) -> frozenset[str]:
    """The nouns that name the doing a pronoun's thing is to have done ("get it translated": translation,
    translating; "have that printed": printing), or the pronoun's own verb ("could you sign it off?": sign-off,
    after "Do we need client sign-off on the entry?"): they name work, not the thing it is done to."""
    done = pron.head
    if pron.dep_ == "dobj" and done.pos_ == "VERB" and len(done.lemma_) >= 3:
        verb = done.lemma_.lower()
        prt = [c.lower_ for c in done.children if c.dep_ == "prt"]
        said = {verb, *(f"{verb}{joint}{p}" for p in prt for joint in ("-", ""))}
        return frozenset(said | {stem + end for stem in (verb, verb.removesuffix("e")) for end in ("ing", "al")})
    if done.tag_ != "VBN" or done.i <= pron.i or len(done.lemma_) < 3:
        return frozenset()
    stems = {done.lemma_.lower(), done.lemma_.lower().removesuffix("e")}
    return frozenset(stem + end for stem in stems for end in ("ing", "ion", "ation", "ment", "al"))


def _named_beside(doc: Doc, pron: Token) -> frozenset[str]:
    """The nouns a task names besides its pronoun ("put it on the intranet and pin it in the channel": intranet,
    channel): what the pronoun does not stand for."""
    named = {t.lower_ for t in doc if t.i != pron.i and t.pos_ in ("NOUN", "PROPN") and not is_pronoun(t)}
    if pron.dep_ == "pobj":  # "reprint the banner with the new logo on it": "it" may be the task's own object
        named -= {t.lower_ for t in doc if t.dep_ == "dobj" and t.head.pos_ == "VERB"}
    return frozenset(named)


def _names_again(ref: str, own: frozenset[str]) -> bool:
    """The thing found for a pronoun ends on a noun the task names already ("the intranet" for "put it on the
    intranet")."""
    return ref.split()[-1].lower() in own if ref.split() else False


def _put_together(tok: Token) -> bool:
    """ "together" that makes one piece of work with its verb ("pull it together" -> "pull together the numbers"),
    not the two people doing it ("do that together", "run it together": "run the webinar together")."""
    return tok.lower_ == "together" and tok.head.lemma_ in ASSEMBLED


def _said_as_not(verb: Token) -> bool:
    """A verb said as not done or not wanted ("IT won't give agency logins", "I don't want them getting three
    emails"): the work "do it" stands for is another; "don't forget to send it" still asks for the sending."""
    for v in (verb, *verb.ancestors):
        if any(c.dep_ == "neg" for c in v.children) and v.lemma_ not in ("forget", "mind", "hesitate"):
            return True
        if v.dep_ not in ("xcomp", "ccomp", "conj"):
            return False
    return False


def _denied_things(doc: Doc) -> set[int]:
    """The words of the things a verb said as not done or not wanted takes ("won't give agency logins", "don't want
    three different emails"): not what "do it" does."""
    return {
        w.i
        for v in doc
        if v.pos_ in ("VERB", "AUX") and _said_as_not(v)
        for o in v.children
        if o.dep_ in ("dobj", "attr")
        for w in o.subtree
    }


def _same_thing(pron: Token) -> bool:
    """The object of a joined verb that stands for the first verb's object, named in the task already ("redo the
    drawings and fold them in"), also when the first verb has the thing done ("get a wet proof done and send it
    over", "have the banners printed and send them", "get the deck signed off and send it"), and past a purpose
    said between ("rework the estimate to come in under budget and send it")."""
    verb = pron.head
    if pron.dep_ != "dobj" or verb.dep_ != "conj":
        return False
    first = verb.head
    if first.dep_ in ("relcl", "acl", "advcl", "xcomp") and any(
        c.lower_ == "to" and c.dep_ == "aux" for c in first.children
    ):
        # "update the plan to reflect that and circulate it": the purpose hung on the object, the plan circulated
        first = first.head.head if first.dep_ in ("relcl", "acl") and first.head.dep_ == "dobj" else first.head
    if pressed_party(first):
        return False  # "chase the PR team and send it": the team is pressed, "it" is the thing named before
    done = [first] if first.tag_ == "VBN" else [c for c in first.children if c.dep_ in ("ccomp", "xcomp")]
    # "update script two and recirculate it": the task's verb read as a word of its object, which heads the task
    misread = (
        first.pos_ in NOUNS and first.dep_ == "ROOT" and any(c.dep_ == "compound" and c.i == 0 for c in first.children)
    )
    if misread and first.doc[0].lemma_ in PRESSING_WHOM and first.lower_ in PARTY_NOUNS | DEPARTMENTS:
        return False  # "chase buying and send them", read as the noun "chase buying": the department is pressed
    return (
        misread
        or any(c.dep_ == "dobj" and c.pos_ in NOUNS for c in first.children)
        or (first.dep_ == "acl" and first.tag_ == "VBN" and first.head.dep_ == "dobj" and first.head.pos_ in NOUNS)
        or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in NOUNS for v in done if v.tag_ == "VBN" for c in v.children
        )
    )


NOUNS = ("NOUN", "PROPN")
# what the parser makes of a thing named first and set off by a comma ("The product list, I'll do that"; "The
# venue list, I'll look into that", where it may read "list" as a second subject of the verb)
FRONTED_DEPS = ("npadvmod", "appos", "dep", "nsubj")


def _topic_fronted(pron: Token) -> bool:
    """A thing named and set off by a comma before the subject of the pronoun's clause ("The product list, I'll do
    that.", "And Mei, the product list, yeah, I'll do that.", "The venue list, I'll look into that."): what "that"
    stands for; not "The budget, I'll be honest, that's tight." (no pronoun object)."""
    if pron.dep_ == "pobj" and pron.head.dep_ == "prep":
        verb = pron.head.head  # "look into that", "look into that one"
    elif pron.dep_ == "dobj":
        verb = pron.head
    else:
        return False
    # the subject said last before the verb ("And Mei, the list, yeah, I'll do that": the parser may make "Mei" one)
    subj = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)
    if subj is None:
        return False
    doc, sent = pron.doc, pron.sent
    # "The shortlist, yeah, I'll look into that.": the parser may end a sentence at the comma after the thing named,
    # which is then that sentence's root
    split = sent.start > 0 and doc[sent.start - 1].text == ","
    said = doc[doc[sent.start - 1].sent.start if split else sent.start : subj.i]
    fronted = [
        t for t in said if t.pos_ == "NOUN" and (t.dep_ in FRONTED_DEPS or (t.dep_ == "ROOT" and t.i < sent.start))
    ]
    return any(t.i + 1 < len(doc) and t.nbor(1).text == "," for t in fronted)


def _back_to(prep: Token) -> bool:
    """ "to" of "come back to you" (``ANSWERING``, nothing sent): whom the answer goes to, whom the report names
    ("come back to Priti"); not "get the contract back to you" (a thing sent, which the report writes "send …")."""
    verb = prep.head.head if prep.head.lower_ == "back" else prep.head
    if prep.lower_ != "to" or prep.i == 0 or prep.doc[prep.i - 1].lower_ != "back" or verb.lemma_ not in ANSWERING:
        return False
    return not any(c.dep_ in ("dobj", "dative") for c in verb.children)


def _to_listener(prep: Token) -> bool:
    """ "with you", "to us", "over to you": where the thing goes, not what it is a draft of."""
    if prep.lower_ in DELIVERY_PARTICLES:  # "over to you", the parser's "over" a preposition
        return all(c.dep_ == "prep" and _to_listener(c) for c in prep.children)
    return prep.lower_ in ("with", "to") and all(c.pos_ == "PRON" for c in prep.children if c.dep_ == "pobj")


def _day_of_month(prep: Token) -> bool:
    """ "by the ninth", "before the 14th": a day of the month."""
    sub = list(prep.subtree)
    day = sub[-1].ent_type_ == "ORDINAL" or bool(DAY_WORD.fullmatch(sub[-1].text))  # "the thirtieth" untagged
    return prep.lower_ in ("by", "before", "until", "till", "on") and len(sub) <= 3 and day


def _dative(tok: Token) -> bool:
    """The person something is given to: "send you the case study", and straight after the task's verb before the
    thing given ("forward you the caterer's spec", which the parser reads with "forward" as an adverb), or before
    the verb's particle and the thing ("knock you up a mock-up", "dig you out the figures"; not "pick you up")."""
    if tok.dep_ == "dative":
        return True
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    thing = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None
    if tok.i == 1 and after is not None and after.lower_ in MADE_FOR_PARTICLES and thing is not None:
        return thing.pos_ in ("DET", "NUM") or thing.lower_ in ("some", "two", "three")
    return (
        tok.i == 1
        and tok.doc[0].lower_ in GIVING
        and after is not None
        and (after.pos_ in ("DET", "NOUN", "PROPN", "ADJ") or after.tag_ == "PRP$")  # "forward you their notes"
        and after.lower_ not in ("all", "both", "each")
    )


# the particle of a verb said with the listener before it and the thing after ("pull you together a list")
MADE_FOR_PARTICLES = frozenset({"up", "out", "together", "off"})
# verbs that give the listener a thing ("forward you the spec"), which the parser may not read as verbs
GIVING = frozenset("send forward email pass give bring show drop ping mail post hand text message ship".split())


INQUIRING = frozenset({"check", "ask", "find", "confirm"})


def _inquires(verb: Token) -> bool:
    """ "check with the studio whether that's possible", "ask the venue about parking": asking someone, the work a
    "let you know" after it reports on, said with no object."""
    return verb.lemma_ in INQUIRING and any(
        (c.dep_ == "prep" and c.lower_ in ("with", "about")) or c.dep_ == "ccomp" for c in verb.children
    )
