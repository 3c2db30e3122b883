"""Action items across turns: self-commitments, requests and their acceptance, assignments, offers, joint items.

The walk keeps a short list of open requests (``Pending``) and of items still waiting for a deadline. A request
becomes an action item at its acceptance turn, owned by whoever accepts; a declined one is dropped; an offer that
is taken up stays at the offer turn; a deadline that arrives a turn or two later ("When by?" "Tuesday?") is
attached to the item it answers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.carried_dues import BY_THEN, carry
from pipeline.extract.checked import checked_whether
from pipeline.extract.clause_kinds import (
    ATTEND_IDIOMS,
    BY_KIND,
    THING_PRONOUNS,
    cost_asked,
    dated_promise,
    decides,
    idiom_item,
    idiom_verbs,
    later_idiom,
    listener_gets,
    restricts,
    said_how,
    superseded,
    turn_idiom_work,
)
from pipeline.extract.complements import inside_complement
from pipeline.extract.components import IF_OFFERS, Clause, SubjectKind
from pipeline.extract.countermand import called_off
from pipeline.extract.dates import DueMatch
from pipeline.extract.deadlines import (
    ARRANGING,
    UNASKED_LOOKAHEAD,
    accepted_ask,
    accepted_before,
    answered_first,
    asked_dates,
    date_talk,
    dated_answer,
    day_of_offer_taken,
    fixes_date,
    late_dues,
    more_time_asked,
    more_time_given,
    moves_to_new_topic,
    owners_of,
    proposed_date,
    renegotiated,
    same_weekday_said,
    taken_before,
    time_doubted,
    time_given,
)
from pipeline.extract.due_spans import day_kept, one_of_put, turned_down
from pipeline.extract.fact_dates import fact_date
from pipeline.extract.items import (
    HEDGED,
    Item,
    Pending,
    PendingKind,
    also_said,
    clause_due,
    concrete,
    date_only,
    elided_delivery,
    fronted_pair,
    goes_on_to_more,
    intransitive,
    last_said,
    named_again,
    not_own_work,
    promised_besides,
    pronoun_object,
    said_in_the_offer,
    second_object,
    speakerless_reply,
    takes_back,
    task_object,
    usable,
    vague_task,
    without_second,
)
from pipeline.extract.offers import (
    YOU_DO,
    ParkedOffers,
    accepts,
    asked_then_taken_back,
    broken_off,
    content_words,
    counter_proposal,
    fine_to_offer,
    go_ahead_again,
    handed_back,
    offer_turned_down,
    own_work,
    seen_to,
    session_timed,
    taken_back,
    taken_on,
    taken_up_date,
    takes_up_offer,
    thanked_for,
    withdrawn,
    works_for_offer,
    yes_after_but,
    yours_instead,
)
from pipeline.extract.owners import joint, names_in, side_of
from pipeline.extract.proposals import need_stated, wants_someone
from pipeline.extract.repeats import answer_merged, carries_on, committed_after_offer
from pipeline.extract.requests import (
    IMPERATIVES,
    addressed_imperative,
    addressed_thing,
    answered_in_call,
    called,
    imperative_request,
    missed_request,
    more_of_the_same,
)
from pipeline.extract.sessions import (
    asked_along,
    asks_time,
    hold,
    invitation,
    setting_up,
    taken,
    up_for_session,
    visit,
    with_speaker,
)
from pipeline.extract.steps import is_step
from pipeline.extract.turns import Turn, answered_by
from pipeline.extract.unheard import said_again_unheard
from pipeline.extract.wording_rules import vague
from pipeline.schemas import Meeting, Owner, unnamed_speaker

SELF_KINDS = {"SELF"}
ORG_KINDS = {"WE", "ORG_SELF"}
COMMIT_LABELS = ("FUTURE", "ABILITY", "LET_ME", "PROGRESSIVE")
HANDING = {"send", "share", "give", "forward", "email", "pass", "circulate"}  # a request only to be handed a thing
CLOSING = 0.8  # the share of the meeting after which an assignment nobody answers still stands
# travel alone, said as what the speaker can do: "then I can come up", "I can pop over" (not "come to you", "come to
# the shoot", "come down and run the workshop")
JUST_TRAVEL = re.compile(
    r"^(?:come|go|pop|head|drive|travel|fly)(?:\s+(?:up|down|over|round|across|along|in|out))*$", re.I
)
VAGUE_VERBS = {"take", "check", "come", "look", "think", "see", "do", "go", "figure", "sort"}
# "make sure it covers the balcony", "check that it includes the bar": asked of work its owner took on just before
SEEING_TO_IT = re.compile(r"^(?:make sure|check|ensure)(?: that)? (?:it|they|this|that|those|these)\b", re.IGNORECASE)
SEEN_TO_REACH = 2
# the work just promised, asked to be handed over: "I'll get our photographer to shoot stills Tuesday." "Can you get
# them over to us by the eighth?" "Should be fine." (its date, not a second item)
HANDED_BACK = re.compile(
    r"^(?:get|send|have|bring|pass|email|forward|drop|pop)\s+(?:it|them|those|these)"
    r"(?:\s+(?:over|across|round|back|through))?(?:\s+to\s+(?:me|us))?$",
    re.IGNORECASE,
)
SESSION_TIMED_TURNS = 6  # how many turns after a session is taken "I'll be there" may time it
PENDING_TURNS = 2
HESITATION = 2  # "Hmm.", "Um, well.": a listener's sound, no answer yet
PRESSING = 15  # the asker's words that press a request ("We really need them for the audit.")
JOINING = {"make", "come", "join", "free", "work", "around", "there"}  # "can you make it?", "are you free?"
NOT_DOING = {"be", "have", "get", "want", "need", "like", "fancy", "prefer", "know", "think", "remember", "see"}


def auxes(c: Clause) -> list:
    return [t for t in c.verb.children if t.dep_ == "aux"]


LOOKS = frozenset({"look", "glance", "peek"})  # "I'll take a look", "I'll have a quick look at it"


def _with_me(c: Clause) -> bool:
    """ "Sam and I will pick that up": the speaker answers with a colleague, their own answer."""
    return c.subj_kind == "NAME" and c.subj is not None and any(t.lower_ in ("i", "me") for t in c.subj.subtree)


def _left_with(turn: Turn) -> bool:
    """ "Leave it with me.": the work taken on as put, not named anew ("Action on me to ask the landlord…")."""
    return any(s.id_ == "leave_it_with_me" for s in turn.cues("SELF_IDIOM"))


def _only_looks(c: Clause) -> bool:
    """ "I'll take a look and ping you", "I'll have a look at it": a promise to look, which names no work of its own."""
    looked = c.verb.lemma_ in LOOKS or any(t.dep_ == "dobj" and t.lemma_ in LOOKS for t in c.verb.children)
    return looked or vague(c.task)


def _more_from(c: Clause) -> int:
    """Where more work starts in a reply: its sentence, or, for a promise joined on by "and", its own words (the
    first clause's date before it stays the first's)."""
    if c.verb.dep_ == "conj":
        return min(t.idx for t in c.verb.subtree)
    return c.sent.start_char


def _dated_apart(turn: Turn, c: Clause) -> bool:
    """A promise joined on by "and" and the one before it each say the same day in words of their own ("I'll email
    every stockist this afternoon, and I'll get the web team to take the page down today"): two pieces of work done
    side by side; not one date said once for both ("I'll ring the printers and I'll get the proofs redone by
    Friday"), nor the steps of one piece of work on days one after the other ("I'll check it today, and I'll send
    it over tomorrow")."""
    start = min(t.idx for t in c.verb.subtree)
    first = min(t.idx for t in c.verb.head.subtree)
    before = {d.due for d in turn.dues if d.due is not None and first <= d.start_char < start}
    after = {d.due for d in turn.dues if d.due is not None and start <= d.start_char < c.sent.end_char}
    return len(before) == 1 and before == after


# a request put to the listener's side by name: "Can your team build it?", "could your people look at it?"
YOUR_SIDE_ASKED = re.compile(r"\b(?:can|could|would|will)\s+your\s+(?:\w+\s+)?(?:team|people|side|lot|guys)\b", re.I)


class CommitmentTracker:
    """Walks the turns in order and collects ``Item``s."""

    def __init__(
        self,
        meeting: Meeting,
        meetings_put: frozenset[int] = frozenset(),
        recaps: frozenset[int] = frozenset(),
        own_it: tuple[re.Pattern[str], ...] = (),
    ) -> None:
        self.meeting = meeting
        self.own_it = own_it  # replies that only take on what was asked or needed ("On it.", "Will do.")
        self.meetings_put = meetings_put  # turns that put a further meeting: their dates are the meeting's
        self.recaps = recaps  # turns that recap the call (``recaps.is_recap``): who does what, said again
        self.items: list[Item] = []
        self.pending: list[Pending] = []
        self.awaiting_due: list[Item] = []
        self.waiting_beside: list[Item] = []  # undated items left waiting beside the other side's dated hand-over
        self.prev_when = False
        self.last_request = -10
        self.declined: list[tuple[Pending, str | None]] = []  # requests turned down, and by whom
        self.parked = ParkedOffers()
        self.taken_up: set[int] = set()  # turns that take up an offer left open ("yes, go ahead and do a sketch")
        self.turns: list[Turn] = []  # the turns fed so far (a deadline may be renegotiated a few turns on)

    # -- helpers ----------------------------------------------------------------------------------------
    def _addressees(self, turn: Turn, clause: Clause | None = None) -> list[str]:
        names = [n for n in names_in(turn.text, self.meeting) if n != turn.speaker]
        if clause is not None:
            # "Owen wants a release on it. Could you draft one?": Owen is talked of, the listener asked
            names = [n for n in names if n in clause.sent.text or n in self._called(turn)]
        if clause is not None and clause.subj is not None:
            subj_text = " ".join(t.text for t in clause.subj.subtree)
            names = [n for n in names if n not in subj_text] or names
        return names

    def subject_name(self, clause: Clause) -> str | None:
        """The attendee a clause's subject names ("Tom will…", "let's have Priya…")."""
        if clause.subj is None:
            return None
        found = names_in(" ".join(t.text for t in clause.subj.subtree), self.meeting)
        return found[0] if found else None

    def _vocative(self, turn: Turn, led_in: bool = False) -> str | None:
        """The one attendee addressed by name, set off by commas or at the edge of the sentence
        ("Tom, can you …", "…, Tom, can you …", "can you send it, Tom?"); not a name inside the request
        ("can you send Tom the deck?"). ``led_in``: also after a word that leads into the next point ("And Tom,
        …")."""
        found = self._called(turn, led_in)
        return found[0] if len(found) == 1 else None

    def _called(self, turn: Turn, led_in: bool = False) -> list[str]:
        """The attendees addressed by name in ``turn`` (see ``_vocative``; ``requests.called``)."""
        return called(turn.text, [n for n in names_in(turn.text, self.meeting) if n != turn.speaker], led_in)

    @property
    def _prev(self) -> Turn | None:
        """The turn before the one being fed (``feed`` has appended it)."""
        return self.turns[-2] if len(self.turns) > 1 else None

    def _asked(self, turn: Turn) -> bool:
        """Something was just asked of the speaker: an open request or assignment, or a question the turn answers."""
        prev = self._prev
        return any(p.kind in ("request", "assign") for p in self.pending) or (prev is not None and prev.is_question())

    def _work_asked(self, turn: Turn) -> bool:
        """Work was just asked of the speaker: an open request or assignment, or a question the turn answers whose
        verb is a doing ("Who's booking the studio?"), not having or wanting ("Who's got the deck?", "Who needs a
        copy?", "Whose is the blue folder?")."""
        prev = self._prev
        asked = [p for p in self.pending if p.kind in ("request", "assign") and p.proposer != turn.speaker]
        if any(not p.addressees or turn.speaker in p.addressees for p in asked):
            return True
        if asked or prev is None or prev.speaker == turn.speaker or not prev.is_question():
            return False  # not work put to somebody else ("Owen, could you draft it?" "That's one for me.")
        last = list(prev.doc.sents)[-1]
        return last.root.pos_ in ("VERB", "AUX") and last.root.lemma_ not in NOT_DOING

    def _pressed(self, turn: Turn, p: Pending) -> bool:
        """The one who asked presses the request after the listener only hesitated ("Could you send the invoices
        over?" "Hmm." "We really need them for the audit."): no answer yet, the request stays open; not when the
        asker lets it go ("Never mind, I'll ask accounts.") or the listener said anything more than a sound."""
        prev = self._prev
        if prev is None or prev.index <= p.turn or prev.speaker in (None, p.proposer) or prev.n_words > HESITATION:
            return False
        if prev.clauses or any(prev.cues(k) for k in ("ACCEPT", "DECLINE", "DEFER", "SELF_IDIOM", "ORG_IDIOM")):
            return False
        # the hesitation is the one asked: named, or else the last other voice before the request ("Rude." from a
        # third person is no pause of theirs)
        answered = next((t.speaker for t in reversed(self.turns) if t.index < p.turn and t.speaker != p.proposer), None)
        if prev.speaker not in (p.addressees or ([answered] if answered else [])):
            return False
        if turn.cues("WITHDRAW") or turn.cues("DECLINE") or turn.n_words > PRESSING:
            return False
        return not any(usable(c) and c.label in COMMIT_LABELS and c.subj_kind in SELF_KINDS for c in turn.clauses)

    def _passes_on(self, turn: Turn, p: Pending) -> bool:
        """The reply asks a third attendee, by name, to do it ("Of course. Saoirse, can you make sure …?")."""
        named = self._vocative(turn)
        return (
            named is not None and named != p.proposer and any(c.subj_kind == "YOU" and c.question for c in turn.clauses)
        )

    def _brings_in(self, p: Pending, turn: Turn) -> Pending | None:
        """A session taken by one who asks another attendee to join ("I can do the fifth. Dara?", "The twelfth works
        for me. Owen, can you make it?"): open until they answer, and theirs too if they take it."""
        last = list(turn.doc.sents)[-1]
        called = self._vocative(turn)
        if p.kind not in ("joint", "pair") or called is None or not last.text.rstrip().endswith("?"):
            return None
        owners = p.owner or joint(p.proposer, turn.speaker)
        if called in (owners if isinstance(owners, list) else [owners]) or called.split()[0] not in last.text:
            return None
        words = [w for w in last if w.is_alpha and w.text not in called.split()]
        if len(words) > 5 or (words and not any(w.lemma_ in JOINING for w in words)):
            return None  # "Dara?", "can you make it, Owen?"; not "Owen, what's the budget?"
        first = p.accepted_at if p.accepted_at >= 0 else turn.index
        return replace(p, turn=turn.index, addressees=[called], owner=joint(owners, turn.speaker), accepted_at=first)

    def _asked_of_the_other_side(self, p: Pending, turn: Turn) -> bool:
        """An imperative put to nobody by name ("Send it to me, yeah.") asks the one it answers, and "Can your team
        build it instead?" asks that one's side; when that one is of the other side, a colleague of the asker takes
        nothing on by replying ("I'll sort the access today."): the work is the other side's."""
        if p.vocative or p.addressees or turn.speaker in (None, p.proposer):
            return False
        asker = next((t for t in self.turns if t.index == p.turn), None)
        heard = next((t for t in reversed(self.turns) if t.index < p.turn), None)
        if asker is not None and None not in (asker.side, turn.side) and YOUR_SIDE_ASKED.search(asker.text):
            return turn.side == asker.side
        if p.rule not in IMPERATIVES or asker is None or heard is None or None in (asker.side, heard.side, turn.side):
            return False
        return heard.side != asker.side and turn.side == asker.side

    def _dated_before(self, turn: Turn) -> bool:
        """The turn before put a time ("Tuesday the tenth, in Leeds.")."""
        prev = self._prev
        return prev is not None and bool(prev.dues)

    def _offer_taken_up_before(self, turn: Turn) -> bool:
        """ "I'd be happy to run a session with them." … "Then yes, we'd love to take you up on it." "Lovely. Consider
        it done.": the offerer's yes to their own offer just taken up, no work of its own."""
        prev = self._prev
        return (
            prev is not None
            and prev.speaker != turn.speaker
            and takes_up_offer(prev)
            and any(i.offered and i.owner == turn.speaker for i in self.items)
        )

    def _timed_session(self, turn: Turn) -> bool:
        """ "Can we do a session with the new mods?" "Yeah, happy to. When?" … "Thursday at three, yep, I'll be
        there.": "I'll be there" with a time, from one of the owners of a session taken a few turns before and still
        undated, is that session timed (its item moved here, where its day is settled), no item of its own."""
        due = concrete(turn.dues) if turn.dues else None
        if due is None or due.due is None:
            return False
        for item in reversed(self.items):
            if not 0 < turn.index - item.turn <= SESSION_TIMED_TURNS:
                continue
            if not (isinstance(item.owner, list) and turn.speaker in item.owner and len(item.owner) > 1):
                continue
            if item.due is not None and item.due.due is not None:
                return False
            item.merged.append(item.turn)
            item.turn, item.due = turn.index, due
            return True
        return False

    def _add(self, item: Item) -> None:
        self.items.append(item)

    # -- the walk ---------------------------------------------------------------------------------------
    def feed(self, turn: Turn) -> None:
        before = len(self.items)
        self.turns.append(turn)
        prev = self._prev
        gone = withdrawn(self.items, turn) or offer_turned_down(self.items, turn, prev)
        # "Can you release the hold?" "Sure, I'll release it today." … "Actually, don't release it yet."
        gone = gone or called_off(self.items, turn)
        if gone is not None:
            self.items.remove(gone)
        earlier = list(self.items)
        consumed = self._resolve_pending(turn)
        # the same speaker's turn before another's answer to it (not before a question this turn answers)
        raised = self.turns[-3] if len(self.turns) > 2 and not self.turns[-2].is_question() else None
        offer = self.parked.take_up(turn, raised) if len(self.items) == before else None
        if offer is not None:
            self.taken_up.add(turn.index)
            owner = offer.owner or offer.proposer
            due = offer.due or taken_up_date(turn)  # "Kit, the audit. Yes please, do it. End of next week's fine."
            taken = Item(offer.turn, owner, offer.task, offer.rule, 0.7, due, offer.proposer, accepted=True)
            taken.offered = True
            taken.merged.append(turn.index)  # taken up here: a dated promise soon after still commits to it
            self._add(taken)
        again = go_ahead_again(turn, self.items) if offer is None and len(self.items) == before else None
        if again is not None:
            again.due, again.offered, again.moved_on = again.due or taken_up_date(turn), True, False
            again.merged.append(turn.index)
            self.awaiting_due.append(again)
        vocative, led_in = self._vocative(turn), self._vocative(turn, led_in=True)  # "And Liam, …"
        attendees = [a.name for a in self.meeting.attendees]
        asked = imperative_request(turn) or addressed_imperative(turn, led_in, attendees)
        if asked is None and offer is None:  # "And Liam, the notes round by Friday, please."
            asked = addressed_thing(turn, led_in)
        if asked is not None and offer is not None and content_words(asked.task) & content_words(offer.task):
            asked = None  # "Then yes please, send those over to the press team.": the go-ahead to the offer taken up
        if asked is not None:
            self.last_request = turn.index  # "Send me his email and I'll sort it": the "it" is then no vague promise
        used = self._new_commitments(turn, consumed)
        # "I'll send the deck tonight. And the budget by Friday.": a second delivery (not in a recap of the call)
        if turn.index not in self.recaps and not turn.cues("RECAP"):
            for item in elided_delivery(turn, self.items[before:]):
                self._add(item)
        if asked is not None:
            # "Theo builds the tracker. Helen, brand guidelines by the 19th.": put to the one called, not to all named
            called = [led_in] if asked.rule == "request_addressed" and led_in is not None else self._addressees(turn)
            asked.addressees, asked.vocative = called, vocative
            self.pending.append(asked)
        self._fallback_requests(turn, used)
        if asked_then_taken_back(turn):  # "Could you mock up the stand? Actually, no, ignore me, it's fine."
            self.pending = [
                p
                for p in self.pending
                if not (p.turn == turn.index and p.proposer == turn.speaker and p.kind in ("request", "assign"))
            ]
        self._invite(turn)
        if not consumed and len(self.items) == before and not any(p.turn == turn.index for p in self.pending):
            more = more_of_the_same(turn, self.items)  # "And the recording too, please."
            self.pending.extend([more] if more is not None else [])
        if not consumed and len(self.items) == before and not any(p.turn == turn.index for p in self.pending):
            self._need_taken_on(turn)
        # "Sorry, you froze there." "Just, I'll put your words on the packs.": the work said again, not new work
        made = [i for i in self.items if not any(i is e for e in earlier)]
        said_again = said_again_unheard(self.turns, made, earlier)
        said_again += handed_back(turn, made)  # "I'll ask them. Actually, no, you talk to them directly."
        self.items = [i for i in self.items if not any(i is a for a in said_again)]
        held = any(p.turn == turn.index and p.accepted_at >= 0 for p in self.pending)  # a session being timed
        self._attach_late_dues(turn, created=len(self.items) > before or held, made=self.items[before:])
        self.awaiting_due.extend(i for i in self.items[before:] if i.due is None or i.due.due is None)

    def _someone_wanted(self, turn: Turn) -> bool:
        """The turn answers one where another speaker said someone is wanted for a thing ("They want someone on the
        breakfast show tomorrow."): its "I'll do it" takes that on."""
        prev = self._prev
        return prev is not None and prev.speaker not in (None, turn.speaker) and wants_someone(prev.doc)

    def _need_taken_on(self, turn: Turn) -> None:
        """ "We need to redo the captions before Friday." / "On it.": a need said flat the turn before by someone
        else, taken on by a reply made only of the words that take something on (``own_it``); not a plain yes
        ("Sure.", which only agrees it is needed)."""
        prev = self._prev
        if not answered_by(prev, turn) or not self.own_it:
            return
        text = turn.text.strip().rstrip(".!")
        if not any(p.match(text) for p in self.own_it):
            return
        if any(i.turn == prev.index for i in self.items) or any(p.turn == prev.index for p in self.pending):
            return  # what the turn before made or asked is answered in the walk
        task = need_stated(prev)
        if task is None:
            return
        ours = re.search(r"\b(?:us|ours|we)\b", text, flags=re.IGNORECASE) is not None
        owner: Owner = turn.side if ours else turn.speaker
        due = concrete(turn.dues) if turn.dues else (concrete(prev.dues) if prev.dues else None)
        self._add(Item(turn.index, owner, task, "need_taken_on", 0.75, due, turn.speaker, accepted=True))

    def finish(self, last_turn: int) -> list[Item]:
        self._expire(last_turn + PENDING_TURNS + 1)
        return carry(sorted(self.items, key=lambda i: i.turn), self.turns)

    def _expire(self, now: int) -> None:
        keep = []
        for p in self.pending:
            if now - max(p.turn, p.open_since) > PENDING_TURNS:
                self.parked.park(p)
                if p.kind == "assign" and p.addressees and p.closing:
                    self._add(Item(p.turn, p.addressees[0], p.task, p.rule, 0.55, p.due, p.proposer, closing=True))
                if p.accepted_at >= 0:  # a session taken and never timed: it stands where it was taken
                    self._add(Item(p.accepted_at, p.owner, p.task, p.rule, 0.8, p.due, p.proposer, accepted=True))
                continue
            keep.append(p)
        self.pending = keep

    def _resolve_pending(self, turn: Turn) -> set[int]:
        """Acceptances and declines of open requests; returns the clause verbs used up by an acceptance."""
        self._expire(turn.index)
        consumed: set[int] = set()
        if broken_off(turn):
            return consumed  # "Can you go back to them?" "Yeah. Um—": cut off, no answer yet
        speaker = turn.speaker
        declined = turn.opening("DECLINE", window=3) or turn.opening("DEFER", window=5)
        accepted = accepts(turn) or turn.cues("SELF_IDIOM") or turn.cues("ORG_IDIOM")
        answering = [c for c in turn.clauses if c.subj_kind in SELF_KINDS | ORG_KINDS or _with_me(c)]
        own = [c for c in answering if usable(c) and not c.question]
        # "I'll find out what we'll need", "leave it with me to work out how we'll ship it": one answer
        own = [c for c in own if not inside_complement(c, turn.clauses, idiom_verbs(turn))]
        # "we've been calling it Hearth": what the speaker has done is no answer
        own = [c for c in own if c.label in COMMIT_LABELS and not any(a.lemma_ == "have" for a in auxes(c))]
        # "There's no DJ now, remember, we're keeping the band. But I'll update it …": a decision as it stands
        own = [c for c in own if not (c.label == "PROGRESSIVE" and decides(c))]
        if turn.opening("DECLINE", window=3):
            # "I'd rather not. The moment we cut a line, we're making judgements about history.": what is going on
            # says why not; only work offered instead ("What I can do is send a template") answers the request
            own = [c for c in own if c.label != "PROGRESSIVE"]
        done = turn.opening("DONE", window=6)  # "Sharing now. Route A first, …": done in the call
        for p in sorted(self.pending, key=lambda p: -p.turn):
            if p.kind == "request":
                self.last_request = max(self.last_request, p.turn)
            # a voice nobody named ("Speaker 3") may be the one the request named: its reply is read as an unlabelled
            # one, and the item goes to the person named ("Tom, can you …?" "Sure, I'll do that." -> Tom)
            unnamed = unnamed_speaker(speaker) and speaker != p.proposer
            stand_in = unnamed and bool(p.vocative or (p.kind == "assign" and p.addressees))
            if speaker is None or stand_in:
                if not speakerless_reply(turn, p, own):
                    continue
            elif speaker == p.proposer or (p.addressees and speaker not in p.addressees and not unnamed):
                if speaker == p.proposer and self._more_time_given(turn, p):
                    return consumed
                if speaker == p.proposer and p.kind == "request" and self._pressed(turn, p):
                    p.open_since = turn.index  # "Hmm." "We really need them for the audit.": still open
                if speaker == p.proposer and date_talk(turn, p) and turn.is_question():
                    p.open_since = turn.index  # "Friday?": the one who asked puts another time
                    p.due = day_kept(proposed_date(turn), p.due) or p.due
                elif speaker == p.proposer and p.doubted_at == turn.index - 1 and time_given(turn):
                    p.open_since, p.due = turn.index, turn.dues[0]  # "… not this week." "Next week is fine."
                if speaker == p.proposer and p.accepted_at >= 0:  # "Next Thursday? I can come up to Halifax."
                    p.due = day_kept(proposed_date(turn) or (turn.dues[0] if turn.dues else None), p.due) or p.due
                    consumed.update(c.verb.i for c in own if setting_up(c))
                continue
            if self._asked_of_the_other_side(p, turn):
                continue  # "Send it to me, yeah." … "We're pulling the radio, though.": the asker's colleague
            if p.kind == "offer" and YOU_DO.search(turn.text) and yours_instead(self.turns[p.turn]):
                # "Shall I chase them, or would you rather do it?" "No, you do it.": the offer taken, not turned down
                self.pending.remove(p)
                due = p.due or (turn.dues[0] if turn.dues else None)
                self._add(Item(p.turn, p.owner or p.proposer, p.task, p.rule, 0.8, due, p.proposer, accepted=True))
                return consumed
            day = more_time_asked(turn) if p.kind in ("request", "assign") and speaker is not None else None
            if day is not None and not accepted:
                # "Can you send the scripts by Friday?" "Friday's a push. Could I do Monday?": still open, the day put
                # back waits for the asker; the question offers no work of its own
                ours = any(c.subj_kind == "WE" for c in turn.clauses)  # "Could we do Monday?": the side's
                p.open_since, p.more_time = turn.index, (turn.index, turn.side if ours else speaker, day)
                consumed.update(c.verb.i for c in turn.clauses)
                continue
            takes = p.kind in ("joint", "pair") and taken(turn)  # "I'm free the second. Let's do it."
            # "I could get a draft over Monday?" "Monday's great.": the offer taken up (not one whose turn already
            # took on the work: "Sure. I could get a draft over Monday?")
            made = any(i.turn == p.turn and i.speaker == p.proposer for i in self.items)
            takes = takes or (day_of_offer_taken(turn, p) and not made)
            takes = takes or (thanked_for(turn, p) and not made)  # "Perfect, thank you."
            # "So I can play you something next Thursday?" "Fine.": the offer asked, taken
            takes = takes or (0 <= p.turn < len(self.turns) and fine_to_offer(turn, p, self.turns[p.turn]) and not made)
            takes = takes or (p.kind == "offer" and takes_up_offer(turn))  # "That's kind. We'll take you up on it."
            # "I could put together a short deck for the board." "That works for us.": the offer taken, no decision
            if (
                not takes
                and 0 <= p.turn < len(self.turns)
                and works_for_offer(turn, p, self.turns[p.turn])
                and not made
            ):
                takes = True
                self.taken_up.add(turn.index)
            # "When can you get us the numbers?" "End of next week.": the work asked, taken on with its date
            takes = takes or (self._dated_answer_of(turn, p) and dated_answer(turn) is not None)
            doubted = not (accepted or own or takes) and time_doubted(turn)
            if not (accepted or own or takes) and (
                date_talk(turn, p) or (p.kind in ("joint", "pair") and asks_time(turn)) or doubted
            ):
                p.open_since = turn.index  # "Next week I'm away until Thursday.": the time is refused, not the work
                p.doubted_at = turn.index if doubted else p.doubted_at  # "I'm not sure we can … this week."
                continue
            if p.kind == "offer" and any(w.id_ == "withdraw_other" for w in turn.cues("WITHDRAW")):
                self.pending.remove(p)  # "I can ask the ops director." "Actually, you know what, don't. We'll …"
                return consumed
            if declined and own and p.kind == "offer":  # "Want us to find someone?" "No, no, our legal team will…"
                self.pending.remove(p)
                if not turn.opening("DECLINE", window=3):
                    self.parked.park(p, speaker)  # "Let me have a word with procurement first": taken up later
                return consumed
            # "Next Thursday? I'm out this Thursday.": another day put for the session, the day refused and not it
            other_day = p.kind in ("joint", "pair") and bool(asked_dates(turn))
            if declined and not own and not other_day:
                self.pending.remove(p)
                if turn.opening("DEFER", window=5) or turn.cues("DEFER"):
                    self.parked.park(p, speaker)
                if p.kind == "request":
                    self.declined = [(p, speaker)]
                return consumed
            if (done and not any(c.sent.start == done.sent.start for c in own)) or answered_in_call(turn, p, own):
                self.pending.remove(p)  # "Could you play it again?" "Sure, one sec. There you go.": done in the call
                return consumed
            if accepted and not own and taken_back(turn):
                continue  # "Yeah, I can, actually, no, Jonas knows them. Can you take it?": passed on, still open
            if accepted and not own and self._passes_on(turn, p) and self._brings_in(p, turn) is None:
                continue  # "Of course. Saoirse, can you make sure Femi gets a copy?": asked on, not taken on
            dated_reply = p.kind in ("joint", "pair") and turn.dues and turn.n_words <= 12
            if not (accepted or own or dated_reply or takes):
                continue
            if p.kind == "assign" and not (accepted or takes) and turn.index - p.turn > 1 and unrelated(own, p.task):
                continue  # "Theo will check the crop." … "Let me check with the retoucher about the skin tones."
            # "… I'll forward it on." "Great. Next, legal?" "I'll nudge them.": work of the speaker's own, a turn on,
            # takes up no session put to somebody else
            later = turn.index - p.turn > 1 and speaker not in p.addressees
            if p.kind in ("joint", "pair") and not (accepted or takes) and later:
                continue
            self.pending.remove(p)
            if p.thing_asked and own:
                return consumed  # "Can we have the numbers?" "We can get you the top line today, and …"
            fixed = fixes_date(turn)  # "Yeah, let's do the twenty-seventh."
            if p.kind == "joint" and p.needs_joint_cue and not (turn.cues("JOINT") or fixed):
                timed = session_timed(turn, p) if accepted and not own else None
                if timed is not None:
                    self.pending.append(timed)
                elif _left_with(turn) and speaker not in (None, p.proposer) and all(_only_looks(c) for c in own):
                    # "Can we sense-check the cut-downs?" "Sure, leave it with me. I'll take a look.": the one asked
                    # takes the work on alone (not when naming work of their own: "I'll check with the print team…")
                    consumed.update(c.verb.i for c in own)
                    due = concrete(turn.dues) if turn.dues else p.due
                    self._add(Item(turn.index, speaker, p.task, p.rule, 0.8, due, speaker, accepted=True))
                return consumed
            again = counter_proposal(turn, p) if p.kind in ("joint", "offer", "pair") else None
            if again is not None:
                self.pending.append(again)  # "So you and I could set up…?": the session put back restarts
                return consumed
            held = self._brings_in(p, turn) or hold(p, turn, self.turns)
            if p.kind in ("joint", "pair"):  # "Go on then. I'll ask their events manager.": the session's set-up
                consumed.update(c.verb.i for c in own if setting_up(c))
            if held is not None:
                self.pending.append(held)  # "Yeah, go on then. When?": settled where its time is taken
                return consumed
            # "Yep, can do. And I'll get the permit application in today.": the yes takes the request on, the rest is
            # work of its own (its item, its date)
            # "Give me until Friday. I'll also mock it up on the full range.": the date takes it on, "also" is more
            more = [c for c in own if (accepted or also_said(c)) and goes_on_to_more(turn, c, p.task)]
            # "I can, yeah. I'll email every stockist today, and I'll get our web team to take the page down.": two
            more += [
                c for c in own if accepted and c not in more and promised_besides(c, p.task) and _dated_apart(turn, c)
            ]
            more = more if p.kind != "offer" else []
            taking = [c for c in own if c not in more]
            clause = taking[0] if taking and p.kind in ("request", "assign") else None
            # "Can someone do the product bit?" "I'll do it. I'll bring both blends.": one item, the work asked
            fuller = said_how(clause, own)
            took_on = clause is not None and fuller is not None  # the request is the task; the rest says how
            if clause is not None and fuller is not None:
                consumed.add(clause.verb.i)
                clause = fuller
            if clause is not None:
                consumed.add(clause.verb.i)
                joined = [c for c in own if c.verb.dep_ == "conj" and c.verb.head.i == clause.verb.i]
                consumed.update(c.verb.i for c in joined if c not in more)
            # the reply's first deadline, not a date in its condition ("If I get it tomorrow, …Wednesday.")
            said = [
                d for d in turn.dues if not fact_date(turn, d) and not any(d.start_char >= _more_from(m) for m in more)
            ]
            yes = yes_after_but(turn)  # "I've got the audit Thursday, but yes, Friday.": the day after the yes
            said = [d for d in said if yes is None or d.start_char >= yes.start_char] or said
            said = [d for d in said if not turned_down(turn.text, d)] or said  # "Thursday's no good. Wednesday."
            due = (clause_due(turn, clause) if clause else None) or (said[0] if said else None) or p.due
            picked = one_of_put(due, p.due)  # "next Wednesday or Thursday?" "Wednesday.": next week's
            due = picked or (p.due if same_weekday_said(due, p.due) else day_kept(due, p.due))
            at = turn.index
            if p.kind == "offer" and speaker not in (None, p.proposer) and own and yours_instead(self.turns[p.turn]):
                # "Do you want me to chase them, or would you rather do it?" "I'll do it.": the one offered it takes it
                owner: Owner = speaker
                consumed.update(c.verb.i for c in own)
            elif p.kind == "offer":
                owner = p.owner or p.proposer
                at = p.turn
            elif p.kind == "joint":
                owner = joint(p.owner, speaker) if p.owner else joint(p.proposer, speaker)
            elif p.kind == "pair":
                multi = len(p.addressees) > 1
                owner = p.owner or (joint(*p.addressees) if multi else joint(p.proposer, speaker))
            elif (clause is not None and clause.subj_kind in ORG_KINDS) or (turn.cues("ORG_IDIOM") and clause is None):
                owner = turn.side
            elif speaker is None or stand_in:
                # no speaker labels: the person the request named ("Tom, can you …?" "Sure, I'll do that."),
                # or the assignee ("Tom will …"); nobody when the request named no one
                owner = p.addressees[0] if p.kind == "assign" and p.addressees else p.vocative
            else:
                owner = speaker
            task = p.task or (clause.task if clause else "")
            named = turn_idiom_work(turn) if clause is None else None
            task = named or task  # "Who's chasing the budget?" "Action on me to get the Q2 number signed off."
            if declined and clause is not None and clause.verb.lemma_ not in HEDGED:
                # "I can't name them. What I can do is share a benchmark.": what is offered instead; not "I can't
                # promise the 12th, but I'll try for the 15th." (the day turned down, the work asked taken on)
                task = clause.task
            if clause is not None and (vague(p.task) or p.about_thing or met(p.task)) and not vague(clause.task):
                # "Will, when do you think?" / "I'll have the deck with you Wednesday."; "Any chance it could go
                # through?" / "I'll get finance to push it through."
                task = clause.task
            elif clause is not None and not took_on and own_work(clause, p.task):
                task = seen_to(clause.task, p.task)  # "Can you make the logo pop?" / "Sure. I'll redraw the wordmark"
            elif clause is None and not own and p.task.split()[:1] and p.task.split()[0].lower() in HANDING:
                # "Send me a number." / "Will do. You'll have a quote for the print by Friday.": the thing said in full
                # (not "Can you get legal to check it?" / "You'll have their comments Monday": the work was asked)
                dated = bool(turn.dues)
                handed = next((c for c in turn.clauses if c.subj_kind == "YOU" and listener_gets(c, dated)), None)
                if handed is not None and own_work(handed, p.task):
                    task = handed.task

            # "I'll speak to their commercial team." "Could you get an answer by the end of the month?" "Should be
            # doable.": the asking, dated; not a second item
            if p.kind == "request" and answer_merged(self.items, turn, task, owner, due, late=False):
                return consumed
            same = said_in_the_offer(self.items, p, owner, task) if p.kind == "offer" else None
            if same is not None:
                # "What I can do is the number of stockists who reordered. I'll send that over by Friday." "Great.":
                # the work the offer's turn already took on, not a second item
                same.due = same.due or due
                same.merged.append(turn.index)
                return consumed
            offered = committed_after_offer(self.items, turn, owner, due) if p.kind == "request" else None
            if offered is not None and vague(p.task):
                # "I could cut it to fifteen seconds." "Yes please. When could you do that by?" "I'll have the re-edit
                # with you Tuesday.": the offer's work, committed to here
                offered.turn, offered.due = turn.index, due
                offered.merged.append(turn.index)
                return consumed
            worked_on = [i for i in self.items if i.owner == owner and 0 < turn.index - i.turn <= SEEN_TO_REACH]
            if p.kind == "request" and worked_on and SEEING_TO_IT.match(task):
                # "I'll write up the risk assessment." "Can you make sure it covers the balcony?" "Yep, of course.":
                # a point the owner's own work is to take in, not more work
                worked_on[-1].merged.append(turn.index)
                return consumed
            if p.kind == "request" and worked_on and HANDED_BACK.match(task.strip()):
                if due is not None and due.due is not None:  # when the asker has it is the work's date
                    worked_on[-1].due, worked_on[-1].late_due = due, True
                worked_on[-1].merged.append(turn.index)
                return consumed
            kind = clause.subj_kind if clause is not None else None
            # "Sure. I'll get you the top-line numbers today, and the full plan on Friday.": two deliveries
            extra = second_object(clause, turn) if clause is not None and p.kind == "request" else None
            if extra is not None and clause is not None and task == clause.task:
                task = without_second(task, extra[0])
            item = Item(at, owner, task, p.rule, 0.8, due, speaker, requester=p.proposer, kind=kind, accepted=True)
            item.closing, item.offered = p.closing, p.kind == "offer"
            self._add(item)
            if extra is not None and clause is not None:
                second = named_again(extra[0], clause)
                self._add(Item(at, owner, second, p.rule, 0.8, extra[1], speaker, kind=kind, accepted=True))
            return consumed
        return consumed

    def _more_time_given(self, turn: Turn, p: Pending) -> bool:
        """The asker gives the time the one asked put back the turn before ("Could I do Monday?" "Monday's fine."):
        the request is theirs, said at that turn, with that date."""
        if p.more_time is None or p.more_time[0] != turn.index - 1 or not more_time_given(turn, p.more_time[2]):
            return False
        at, owner, day = p.more_time
        self.pending.remove(p)
        self._add(
            Item(at, owner, p.task, p.rule, 0.8, day, self.turns[at].speaker, requester=p.proposer, accepted=True)
        )
        return True

    def _new_commitments(self, turn: Turn, consumed: set[int]) -> set[int]:
        """Items and open requests from this turn's clauses; returns the starts of the sentences that gave one
        (or whose clause accepted a request)."""
        recap = bool(turn.cues("RECAP"))
        used = {turn.doc[i].sent.start for i in consumed}
        made: list[tuple[Clause, list[Item]]] = []
        named = idiom_verbs(turn)
        for clause in turn.clauses:
            inside = inside_complement(clause, turn.clauses, named) and clause.rule not in IF_OFFERS
            if clause.verb.i in consumed or not usable(clause) or inside:
                continue
            before = (len(self.items), len(self.pending))
            self._one_clause(turn, clause, recap)
            if (len(self.items), len(self.pending)) != before:
                used.add(clause.sent.start)
                made.append((clause, self.items[before[0] :]))
            elif clause.question and clause.subj_kind == "YOU" and restricts(clause):
                used.add(clause.sent.start)  # "Can you keep the plan to generic terms only?": a term put, no request
        idiom = (turn.cues("SELF_IDIOM") or turn.cues("ORG_IDIOM")) if not consumed else []
        gone = superseded(made, idiom[0] if idiom else None)
        self.items = [i for i in self.items if not any(i is g for g in gone)]
        if idiom and idiom[0].id_ in ATTEND_IDIOMS and self._timed_session(turn):
            used.add(idiom[0].sent.start)
        elif idiom and not any(i.turn == turn.index for i in self.items) and not self._offer_taken_up_before(turn):
            prev = self._prev
            paid = cost_asked(prev, turn)  # "Would that be extra?" "No, that's on us."
            item = idiom_item(turn, idiom[0], self._asked(turn), self._dated_before(turn), self._work_asked(turn), paid)
            if item is not None:
                self._add(item)
                used.add(idiom[0].sent.start)
        for span in idiom if made else []:
            own = [i for i in self.items if i.turn == turn.index and i.speaker == turn.speaker]
            later = later_idiom(turn, span, own) if span.sent.start not in used else None
            if later is not None:
                self._add(later)
                used.add(span.sent.start)
        self._passed_to_colleague(turn)
        return used

    def _dated_answer_of(self, turn: Turn, p: Pending) -> bool:
        """``turn``, the next, may take ``p`` on by a date alone: new work with no date of its own, put by name to
        its speaker, that names its thing ("When can you get us the numbers?", not "When can you get it to us?"
        nor work an item already has: the date is then that item's, ``late_dues``)."""
        named = turn.speaker is not None and turn.speaker in (p.vocative, *p.addressees)
        if p.kind not in ("request", "assign") or p.due is not None or turn.index != p.turn + 1 or not named:
            return False
        words = content_words(p.task) - {p.task.split()[0].lower()}
        pointing = any(w.lower() in THING_PRONOUNS for w in p.task.split()[1:])
        return bool(words) and not pointing and not any(words & content_words(i.task) for i in self.items)

    def _passed_to_colleague(self, turn: Turn) -> None:
        """ "And we still owe you the product allocation. Owen?": the side's work of the turn, passed to the colleague
        named alone as its last sentence (who answers for it)."""
        sents = list(turn.doc.sents)
        last = [t for t in sents[-1] if not t.is_punct] if len(sents) > 1 else []
        if not last or not sents[-1].text.rstrip().endswith("?") or len(last) > 2:
            return
        named = names_in(sents[-1].text, self.meeting)
        if len(named) != 1 or named[0] == turn.speaker or side_of(named[0], self.meeting) != turn.side:
            return
        for item in self.items:
            if item.turn == turn.index and item.owner == turn.side:
                item.owner = named[0]

    # -- what one clause makes, by the kind of its subject (clause_kinds.BY_KIND) ----------------------------
    def _one_clause(self, turn: Turn, c: Clause, recap: bool) -> None:
        """What one usable clause makes: an item, or an open request, offer, assignment or joint session."""
        said = replace(c, question=False) if dated_promise(turn, c) else c
        BY_KIND[c.subj_kind](self, turn, said, clause_due(turn, c), recap)

    # -- the operations the clause rules (clause_kinds.BY_KIND) use --------------------------------------------
    def request(self, turn: Turn, c: Clause, due: DueMatch | None, thing: bool = False) -> None:
        """A request, open until it is taken up or declined; without a deadline of its own it takes the turn's.
        "Can you take it?" / "Could you do that one?" passes on the open request made to the speaker (its task and
        deadline go with it). "Could you do Monday instead?" asks a date for the work on the table (``deadlines``)."""
        if self._dates_the_last_item(turn, c):
            return
        req_due = due or concrete(not_own_work(turn, c.verb.i))
        task, rule = c.task, c.rule
        passed = [p for p in self.pending if p.kind == "request" and p.proposer != turn.speaker]
        passed = passed if vague_task(c) else []
        if passed:
            task, rule, req_due = passed[-1].task, passed[-1].rule, req_due or passed[-1].due
            self.pending.remove(passed[-1])
        self.last_request = turn.index
        if with_speaker(c.verb.subtree):  # "May, would you be up for coming down with me?": a session of both
            self.propose_joint(turn, c, req_due)
            self.pending[-1].needs_joint_cue = False
            return
        self.pending.append(
            Pending(
                "request",
                turn.index,
                turn.speaker,
                self._addressees(turn, c),
                task,
                rule,
                req_due,
                vocative=self._vocative(turn),
                thing_asked=thing,
            )
        )

    def offer(self, turn: Turn, c: Clause, due: DueMatch | None, owner: Owner = None) -> None:
        """An offer ("Shall I…?", "we can…, if that helps"), owned by ``owner`` (the side) or whoever makes it; asking
        to visit ("Could I come up to the lab and measure it myself?") puts a session of both."""
        if owner is None and c.question and visit(c.verb):
            self.propose_joint(turn, c, due or concrete(turn.dues))
            self.pending[-1].needs_joint_cue = False
            return
        addressees = self._addressees(turn)
        self.pending.append(Pending("offer", turn.index, turn.speaker, addressees, c.task, c.rule, due, owner=owner))

    def assign(self, turn: Turn, c: Clause, name: str, due: DueMatch | None) -> None:
        """An assignment, open until ``name`` answers; one made in the closing part of the meeting stands."""
        closing = turn.position >= CLOSING
        self.pending.append(Pending("assign", turn.index, turn.speaker, [name], c.task, c.rule, due, closing=closing))

    def propose_joint(self, turn: Turn, c: Clause, due: DueMatch | None) -> None:
        """ "Could we…?" to the listener: a joint session if the reply (or this turn) says together; one session a turn
        ("shall we go and see the pop-up?" proposes one, not two)."""
        if any(p.turn == turn.index and p.kind == "joint" and p.proposer == turn.speaker for p in self.pending):
            return
        self.pending.append(
            Pending(
                "joint",
                turn.index,
                turn.speaker,
                self._addressees(turn, c),
                c.task,
                c.rule + "_joint",
                due,
                needs_joint_cue=not turn.cues("JOINT") and not visit(c.verb),
            )
        )

    def joint(self, turn: Turn, c: Clause, due: DueMatch | None, kind: SubjectKind) -> None:
        pend_kind: PendingKind = "pair" if kind == "PAIR" else "joint"
        if any(p.turn == turn.index and p.kind == pend_kind for p in self.pending):
            return
        addressees = self._addressees(turn, c)
        if kind == "PAIR" and c.subj is not None:  # "It's October eighth. Nadia, could you and Owen do that together?"
            named = names_in(" ".join(t.text for t in c.subj.subtree), self.meeting)
            addressees += [n for n in named if n not in addressees and n != turn.speaker]
            due = due or concrete(turn.dues)  # the session's day, said in the turn that puts it to both
        self.pending.append(Pending(pend_kind, turn.index, turn.speaker, addressees, c.task, c.rule + "_joint", due))

    def _invite(self, turn: Turn) -> None:
        """A session put to the listener as a wish or an invitation ("Nadia, I'd love to walk the route with you"),
        when the turn made nothing else: open until they take it (``sessions.invitation``). A session the turn then
        times in words that name nothing ("I'd love to go through the data with you. Shall we do that Tuesday?") is
        that one."""
        if any(i.turn == turn.index for i in self.items):
            return
        own = [p for p in self.pending if p.turn == turn.index]
        vague = [p for p in own if p.kind == "joint" and not task_object(p.task)]
        others = [n for n in names_in(turn.text, self.meeting) if n != turn.speaker]
        put = [p for p in own if p.kind == "assign" and len(p.addressees) == 1 and p.addressees[0] in others]
        if put and len(put) == len(own):  # "I'd suggest Carys and I do a proper review": the speaker's too
            found = invitation(turn, self._vocative(turn), others)
            if found is not None and found.addressees == put[0].addressees:
                self.pending = [p for p in self.pending if p not in put] + [found]
            return
        if own and all(p.kind == "request" for p in own) and asked_along(turn):
            # "Yasmin, would you come along to one? Next Thursday?": a session of both, not work asked of her
            found = invitation(turn, self._vocative(turn), others)
            if found is not None:
                self.pending = [p for p in self.pending if p not in own] + [found]
            return
        if own and not vague:
            return
        found = invitation(turn, self._vocative(turn), others)
        if found is not None and vague:
            for p in vague:
                p.task, p.needs_joint_cue = found.task, False  # the wish said it is a session of the two
        elif found is not None:
            self.pending.append(found)

    def _dates_the_last_item(self, turn: Turn, c: Clause) -> bool:
        """ "Could you do Monday instead?" asks a new date for the work on the table (``deadlines.renegotiated``),
        an item or a request put to the speaker ("Friday's tight. Could you live with Monday?")."""
        asked = any(p.proposer != turn.speaker for p in self.pending)
        return bool((self.items or asked) and turn.dues) and date_only(turn, c)

    def _fallback_requests(self, turn: Turn, used: set[int]) -> None:
        """Requests the frames missed (``requests.missed_request``), in sentences that gave nothing yet."""
        made = any(p.turn == turn.index for p in self.pending) or any(i.turn == turn.index for i in self.items)
        offered = any(
            p.kind == "offer" and p.turn == turn.index - 1 and p.proposer != turn.speaker for p in self.pending
        ) or any(
            i.turn == turn.index - 1 and isinstance(i.owner, str) and i.owner not in (turn.speaker, turn.side)
            for i in self.items
        )
        found = missed_request(turn, used, made, lambda c: self._dates_the_last_item(turn, c), offered)
        if found is None:
            return
        if found.kind == "request":
            self.last_request = turn.index
            found.vocative = self._vocative(turn)
            if with_speaker(turn.doc):  # "would you be up for coming down with me?": a session of both
                found.kind, found.rule = "joint", found.rule + "_joint"
            held = up_for_session(turn.doc)
            if held is not None:  # "Stuart, would you be up for a half-day session with me?": a session of both
                found.kind, found.rule, found.task = "joint", found.rule + "_joint", held
        found.addressees = self._addressees(turn)
        self.pending.append(found)

    def self_item(
        self, turn: Turn, c: Clause, owner: Owner, due: DueMatch | None, recap: bool, conf: float = 0.0
    ) -> None:
        """An item owned by ``owner`` (the speaker, their side, a named attendee), unless the clause only carries on
        an item of this or a recent turn (its deadline then completes that one) or promises nothing specific."""
        if owner is None and turn.speaker is not None:
            return  # "we" said by someone whose side is unknown
        if carries_on(self.items, self.turns, c, owner, due, self.meeting):
            return
        p = taken_on(self.declined, turn) if vague_task(c) or pronoun_object(c) else None
        if p is not None:  # "Freya, can you present it?" "I'm on leave that week." "Okay, I'll do it then."
            self.declined = []
            has_date = due is not None and due.due is not None
            self._add(Item(turn.index, owner, p.task, p.rule, 0.75, due if has_date else p.due, turn.speaker))
            return
        if (
            vague_task(c)
            and (c.verb.lemma_ in VAGUE_VERBS or intransitive(c))
            and due is None
            and not concrete(turn.dues)
            and turn.index - self.last_request > 2
            and checked_whether(c.task, self.turns, turn.index) == c.task  # not "Is it free?" "I'll check."
            and not BY_THEN.search(c.sent.text)  # "The proofs come back Thursday." "I'll check them the same day."
            and not self._someone_wanted(turn)  # "They want someone on the breakfast show." "Yes, I'll do it."
        ):
            return  # "Let me check and come back to you", "I'll take it", "I'll carry on": nothing specific is promised
        if c.label == "ABILITY" and JUST_TRAVEL.match(c.task.strip()) and turn.index - self.last_request > 2:
            return  # "I'm in London for two days and then I can come up.": when the speaker is free to travel, no work
        self.pending = [
            p for p in self.pending if not (p.turn == turn.index and p.kind == "request" and takes_back(p, c))
        ]
        if due is None and (vague_task(c) or pronoun_object(c)):
            due = accepted_before(turn, c.verb.idx)  # "The nineteenth's fine. I'll do that."
        # "How about the 3rd?" "The third works. I'll bring the samples."; not "I can film it on the 10th." "The 10th is
        # good. I'll sort her diary.": what is arranged ahead of the day is not due on it
        if due is None and len(self.turns) > 1 and c.verb.lemma_ not in ARRANGING:
            due = taken_before(turn, self.turns[-2], c.sent.start_char)
        conf = conf or (0.85 if c.label == "FUTURE" else 0.7)
        extra = second_object(c, turn)  # "…the numbers today, and the full plan on Friday": two deliveries
        pair = fronted_pair(c, turn) if extra is None else None
        if pair is not None:  # "Tuesday we'll send the storyboards, Thursday the animatic": each on its own day
            due, extra = pair[0], (pair[1], pair[2])
        first = without_second(c.task, extra[0]) if extra is not None else c.task
        item = Item(turn.index, owner, first, c.rule, conf, due, turn.speaker, kind=c.subj_kind)
        item.step = extra is None and is_step(c)
        self._add(item)
        if extra is not None:
            again = named_again(extra[0], c)
            self._add(Item(turn.index, owner, again, c.rule, conf, extra[1], turn.speaker, kind=c.subj_kind))

    # -- deadlines that arrive later --------------------------------------------------------------------
    def _attach_late_dues(self, turn: Turn, created: bool, made: list[Item]) -> None:
        when, self.prev_when = self.prev_when, bool(turn.cues("WHEN"))
        if created:
            if when and len(self.turns) > 1:  # "When do you need it by?" "Friday. Then I'll raise the PO."
                answered_first(self.awaiting_due, turn, self.turns[-2])
            # "Our legal team will review the terms." "We can send them today." "They'll have them back to you by
            # Friday.": the other side's dated hand-over leaves the item waiting for a date its owner says next
            sides = {t.index: t.side for t in self.turns}
            self.waiting_beside = [
                i
                for i in [*self.waiting_beside, *self.awaiting_due]
                if made and all(handed_beside(m, i) and sides.get(m.turn) != sides.get(i.turn) for m in made)
            ]
            self.awaiting_due = []
            # "I'll get Priya on it today. Thursday?" "Thursday's great, and then we'll send the invites out Friday."
            earlier = max((i for i in reversed(self.items) if i.turn < turn.index), key=lambda i: i.turn, default=None)
            if earlier is not None and earlier.due is not None and earlier.due.due is not None:
                taken = accepted_ask(earlier, self.turns, turn.index, self.meeting)
                # not the day of the session just made, which another put after the item: "I'll send it over
                # tomorrow." "… you and I should go round the works." "Oh, I'd love that. Thursday?" "Thursday works."
                theirs = any(m.due is not None and taken is not None and m.due.due == taken.due for m in made)
                if taken is not None and not theirs:
                    earlier.due, earlier.late_due = taken, True
            return
        if self.meetings_put & {turn.index, turn.index - 1, turn.index - 2}:
            return  # "Same time in two weeks?" "Shall we say Friday the 27th?": the next meeting's date, no deadline
        if any(p.turn == turn.index and p.kind == "request" and p.due is not None for p in self.pending):
            return  # "Yes, we'll need the prize list from you by Friday.": the date of what is asked, no older item's
        open_now = [p for p in self.pending if p.open_since == turn.index]
        if open_now and not self._asked_when_of_item(open_now, turn, when):
            return  # "Friday's tight. Could you live with Monday?": the time of the request still open, no older item's
        # the last item said ("I'll move it today, and I'll pull a pack together." "When could I have that?": the pack)
        # (an offer taken up turns after it was made is as new as its take-up: "Yes, go ahead." "I'll have them ready
        # by the eighth, then." dates the offer, not the item said before the take-up)
        latest = max(reversed(self.items), key=last_said, default=None)
        if latest is not None and latest.due is not None and latest.due.due is not None and self.turns:
            redated = renegotiated(latest, self.turns, turn.index, self.meeting)
            if redated is not None:
                latest.due, latest.late_due = redated, True
        asked = self.turns[-2] if when and len(self.turns) > 1 else None
        self.waiting_beside = dated_beside(self.waiting_beside, turn, self._prev)
        self.awaiting_due = late_dues(self.awaiting_due, turn, asked, self._vocative(turn), self._prev)
        if open_now and any(
            i.late_due and i.due is not None and any(d is i.due for d in turn.dues) for i in self.items
        ):
            self.pending = [p for p in self.pending if p not in open_now]  # the "when?" answered, no request of its own

    def _asked_when_of_item(self, open_now: list[Pending], turn: Turn, when: bool) -> bool:
        """ "I'll get the warehouse to count them." "When could you let us know?" "By Friday, easily.": the request
        kept open is the question of when just put to the owner of an item still undated, so the day answers it
        for that item (not "Is that possible by Friday?" "Could you live with Monday?", the time of new work)."""
        return (
            when
            and turn.speaker is not None
            and all(p.turn == turn.index - 1 and p.kind == "request" for p in open_now)
            and any(turn.speaker in owners_of(i) for i in self.awaiting_due)
        )


def unrelated(own: list[Clause], task: str) -> bool:
    """The speaker's own work, said a turn or more after an assignment to them, names other things than the assigned
    work: "Theo will check the crop on the hero bottle." … "Let me check with the retoucher about the skin tones."
    (the same verb, another thing) takes nothing on; "I'll check the crop today." does."""
    asked = content_words(" ".join(task.split()[1:]))
    things = [content_words(" ".join(c.task.split()[1:])) for c in own]
    return bool(asked) and all(t and not t & asked for t in things)


def handed_beside(made: Item, waiting: Item) -> bool:
    """``made`` is work dated already and said by someone who owns no part of ``waiting`` (the thing the waiting
    item's owner needs first: "We can send them today."): it takes no date said after it, so a date the waiting
    item's speaker says next is still that item's (the caller checks that the two were said by the two sides)."""
    return (
        made.due is not None
        and made.due.due is not None
        and made.speaker is not None
        and waiting.speaker is not None
        and made.speaker != waiting.speaker
        and not set(owners_of(made)) & set(owners_of(waiting))
    )


# the sentence of the date promises the work's result: "they'll have them back to you", "we can turn it round"
PROMISING = re.compile(r"(?:'ll|\b(?:will|can|could|should)\b)", re.IGNORECASE)


def dated_beside(waiting: list[Item], turn: Turn, prev: Turn | None) -> list[Item]:
    """Items left waiting beside the other side's hand-over (``handed_beside``) take the one date their own speaker
    says next in a statement that promises it ("Then they'll have them back to you by Friday."), not a date put in
    a question ("Could we have the photos by Friday?": new work), one said back from the turn before ("The 8th.
    That's fine.": the other side's date taken), one said in passing ("Get some sleep this weekend.") nor one said by
    anyone else; returns those still waiting."""
    if moves_to_new_topic(turn):
        return []
    dated = [d for d in turn.dues if d.due is not None and not fact_date(turn, d)]
    echoed = prev is not None and any(d.due == e.due for d in dated for e in prev.dues)
    promised = len({d.due for d in dated}) == 1 and PROMISING.search(turn.sentence_of(dated[-1]).text) is not None
    keep = []
    for item in waiting:
        if turn.index - item.turn > UNASKED_LOOKAHEAD:
            continue
        if turn.speaker != item.speaker or turn.is_question() or echoed or not promised:
            keep.append(item)
            continue
        item.due, item.late_due = dated[-1], True
    return keep


# a date asked to be kept, not the work ("Theo, can you make sure we hit that?" with "that" the date): the reply says
# the work ("I'll have the push copy with Owen by the 13th")
MET = re.compile(
    r"^(?:make\s+sure\s+(?:we|you|they|I)\s+)?(?:hit|meet|make)\s+(?:that|it|this|the\s+(?:deadline|date|slot))\b",
    re.IGNORECASE,
)


def met(task: str) -> bool:
    """A request to keep a date (``MET``), whose reply names the work."""
    return MET.match(task) is not None
