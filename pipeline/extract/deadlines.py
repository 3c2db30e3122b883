"""Deadlines settled over several turns, after the item already has one::

    "I'll have a storyboard with you by the end of the month."   (the item, dated the 30th)
    "Could we do the twentieth?"                                  (a counter-proposal: the other side, right after)
    "The twentieth's tough. How about the twenty-third?"          (the owner proposes)
    "The twenty-third. Fine."                                     (a date said since, accepted)  -> the 23rd

The owner may also ask more time ("Actually, give me till Friday on that.", "Could I have till Monday?").

Only the latest item of the last few turns is re-dated, and only by its owner, by the person who answers the
owner's turn with a dated question, or by an acceptance that repeats a date put since the item.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.extract.components import DOUBTED
from pipeline.extract.dates import DueMatch
from pipeline.extract.due_spans import SETTLED_THEN, clock_time
from pipeline.extract.fact_dates import fact_date
from pipeline.extract.items import Item, Pending, concrete, date_only, in_due, no_work
from pipeline.extract.owners import names_in
from pipeline.extract.turns import Turn
from pipeline.schemas import Meeting

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DUE_LOOKAHEAD = 4  # how many turns after an item the answer to "When?" still belongs to it
UNASKED_LOOKAHEAD = 3  # and a deadline said on its own (four turns on, the talk is about other work)
NEGOTIATION_TURNS = 4  # how far after the item its deadline may still be renegotiated
SHORT_TURN = 20


def owners_of(item: Item) -> list[str | None]:
    return list(item.owner) if isinstance(item.owner, list) else [item.owner]


def proposed_date(turn: Turn) -> DueMatch | None:
    """The date a turn puts: the last one in a question ("How about the twenty-third?"), else the last one."""
    dated = [d for d in turn.dues if d.due is not None]
    return (asked_dates(turn) or dated)[-1] if dated else None


def asked_dates(turn: Turn) -> list[DueMatch]:
    """The turn's dates said in a question ("How about the twenty-third?"), not in a statement beside one ("Can we
    hold it? It's on the agenda for Thursday."); or, when it asks none, a bare day closing the turn, as speech puts
    one and a recording writes it without the question mark ("Tuesday's the upgrade, Wednesday afternoon,")."""
    asked = [d for s in turn.doc.sents if s.text.rstrip().endswith("?") for d in turn.dues
             if d.due is not None and s.start_char <= d.start_char < s.end_char]  # fmt: skip
    return asked or [d for d in turn.dues[-1:] if d.due is not None and _bare_day_last(turn, d)]


# how a day wished for is hedged around it, which leaves it a bare day: "Ideally by Monday.", "Friday, if you can."
WISHED_BEFORE = re.compile(r"(?:^|(?<=[\s,.]))(?:ideally|preferably|hopefully)[,]?$", re.IGNORECASE)
WISHED_AFTER = re.compile(
    r"^[\s,]*(?:ideally|preferably|if (?:you can|possible|that works|poss)|at the latest|latest)(?=[\s,.!?…]*$)",
    re.IGNORECASE,
)


WISHED = re.compile(r"\b(?:ideally|preferably|hopefully|if (?:you can|possible|poss)|at the latest)\b", re.IGNORECASE)


def wished_day(turn: Turn) -> bool:
    """The turn closes on a day wished for, hedged: "Great. Ideally by Monday.", "Friday, if you can." (put like a
    question, for the owner to take)."""
    last = turn.dues[-1] if turn.dues else None
    return last is not None and last.due is not None and bool(WISHED.search(turn.text)) and _bare_day_last(turn, last)


def _bare_day_last(turn: Turn, day: DueMatch) -> bool:
    """The day is the turn's last clause, with no verb of its own: "..., Wednesday afternoon," / ". Tuesday."; not a
    yes to a day just asked ("Yes, second Saturday in July.")."""
    text = turn.doc.text
    before = WISHED_BEFORE.sub("", text[: day.start_char].rstrip()).rstrip()  # "Great. Ideally by Monday."
    after = WISHED_AFTER.sub("", text[day.end_char :])  # "Monday, if you can.", "Friday at the latest."
    if after.strip(" ,.!?…") or (before and before[-1] not in ",.;:!?—-"):
        return False
    if BARE_YES.fullmatch(before):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in turn.doc if day.start_char <= t.idx < day.end_char)


def _new_task(turn: Turn, before: int | None = None) -> bool:
    """ "Could we do the workshop in person, then? The twelfth?" puts a task of its own; "Could we do the
    twentieth?" only a date. ``before``: only the work said before that character counts ("Let's say Monday? I'd
    rather give you one that's right." puts a date, and then its reason)."""
    return any(not no_work(turn, c) for c in turn.clauses if before is None or c.verb.idx < before)


def renegotiated(item: Item, turns: list[Turn], k: int, meeting: Meeting | None = None) -> DueMatch | None:
    """The new deadline turn ``k`` gives ``item`` (see the module docstring), else None."""
    turn = turns[k]
    if turn.speaker is None or not 0 < k - item.turn <= NEGOTIATION_TURNS or other_point(turn, item):
        return None
    date = proposed_date(turn)
    if date is None or _words_through(turn, date) > SHORT_TURN:  # a reason may follow: "They need to go to ops."
        return None
    if _dated_thing(turn, date, item):
        return None  # "I'll confirm York by tomorrow." … "Okay, rough drafts on the 22nd then.": the drafts' day
    later = item.due.due if item.due is not None else None
    if clock_time(date) and later is not None and date.due is not None and date.due < later:
        return None  # "Wednesday afternoon, then." "Two o'clock?": the hour of the day already set
    owners = owners_of(item)
    by_owner = turn.speaker in owners or turn.side in owners
    asked_when = turns[k - 1].cues("WHEN") and _asks_of(turns[k - 1], item)
    if _proposes(item, turns, k, meeting):
        return _past_old_day(item, turn, date)
    if by_owner and asked_when and not turn.cues("REQUEST"):
        return date
    redate = REDATE.search(turn.text) or LETS_SAY.search(turn.text)
    if by_owner and redate and not _new_task(turn):  # "Actually, make that Monday for the cut."
        return date
    settled = any(d.due == date.due and SETTLED_THEN.match(turn.text[d.end_char :]) for d in turn.dues)
    if by_owner and settled and not _new_task(turn):
        return date  # "… by the end of the month. Oh, that's today." "It is." "End of next week, then."
    more = MORE_TIME.search(turn.text)
    if by_owner and more is not None and more.start() < date.start_char <= more.end() + 1:  # "Give me till Friday."
        return date
    if _insisted(item, turns, k, date):
        return date
    return accepted_ask(item, turns, k, meeting)


# the asker holds to the day: "I really need it Friday.", "It has to be Friday.", "Friday, it can't slip."
INSISTED = re.compile(r"\b(?:need|needs|must|has to|have to|got to|can't slip|cannot slip)\b", re.IGNORECASE)


def _insisted(item: Item, turns: list[Turn], k: int, date: DueMatch) -> bool:
    """Turn ``k``, right after the owner took the work with a day of their own, is the asker holding to the day
    they asked: "Can you get the deck over by Friday?" "I'll try, but it might be Monday." "No, I really need it
    Friday." (Friday)."""
    turn = turns[k]
    if k - item.turn != 1 or turn.speaker is None or turn.speaker != item.requester or turn.speaker in owners_of(item):
        return False
    if item.due is None or date.due == item.due.due or not INSISTED.search(turn.text, 0, date.start_char + 1):
        return False
    asked = [
        d.due for j in range(max(0, item.turn - NEGOTIATION_TURNS), item.turn) if turns[j].speaker == turn.speaker
        for d in turns[j].dues
    ]  # fmt: skip
    return date.due in asked


def accepted_ask(item: Item, turns: list[Turn], k: int, meeting: Meeting | None = None) -> DueMatch | None:
    """Turn ``k`` accepts a date put for the item since it was said ("The twenty-third. Fine."), even before work
    of its own ("Thursday's great, and then we'll send the invites out Friday.")."""
    turn = turns[k]
    if turn.speaker is None or not 0 < k - item.turn <= NEGOTIATION_TURNS or not ACCEPTING.search(turn.text):
        return None
    # not a day put for another point ("Sorry, on the one-pager. Could it be sooner? … by the 19th")
    since = [j for j in range(item.turn + 1, k) if not other_point(turns[j], item)]
    asked = {asked_dates(turns[j])[-1].due for j in since if _proposes(item, turns, j, meeting)}
    asked |= _asked_after_it(item, turns) | {d.due for j in since for d in needed_by(turns[j], item)}
    asked |= _day_pressed(item, turns, k)
    taken = next((d for d in turn.dues if d.due is not None and d.due in asked), None)
    held = item.due.due if item.due is not None else None
    if taken is None or taken.due is None or held is None:
        return taken
    if held > taken.due and held.weekday() == taken.due.weekday():
        return None  # "Thursday's fine." of the Thursday already put after the item's Wednesday
    return taken


def _day_pressed(item: Item, turns: list[Turn], k: int) -> set[dt.date | None]:
    """The day the other side just gave, asking ("The pack closes Friday, and I'd want the new version in it. Any
    chance?"), which the owner says back as they take it ("Friday... yeah, okay. Friday. I'll make it work.")."""
    turn, prev = turns[k], turns[k - 1]
    owners = owners_of(item)
    if turn.speaker not in owners and turn.side not in owners:
        return set()
    if prev.index <= item.turn or prev.speaker in (None, *owners) or prev.side in owners or not prev.cues("REQUEST"):
        return set()  # asked for ("Any chance?"), not a day of something else checked ("are we still on the 20th?")
    if any(_names_a_thing(prev, r.sent) for r in prev.cues("REQUEST")):
        return set()  # "Can you send the invoices by Friday?": other work asked, with its own day
    first = next((d for d in turn.dues if d.due is not None), None)
    if first is None or turn.doc.text[: first.start_char].strip(" .,-…"):
        return set()  # the day said back opens the owner's turn
    return {d.due for d in prev.dues if d.due == first.due}


def _names_a_thing(turn: Turn, sent: Span) -> bool:
    """The sentence names a thing besides its days ("the invoices"), not only the work on the table ("can you get
    them over by the eighth?", "Any chance?")."""
    return any(t.pos_ in ("NOUN", "PROPN") and t.lower_ != "chance" and not in_due(t, turn.dues) for t in sent)


def _asked_after_it(item: Item, turns: list[Turn]) -> set[dt.date | None]:
    """ "I'll get Priya on it today. Thursday?": a date the item's own turn puts as a question after its date (the
    result's), which the other side may then accept ("Thursday's great")."""
    own = turns[item.turn]
    if item.due is None or item.due.due is None or not any(d is item.due for d in own.dues):
        return set()
    # not a date weeks after the item's own ("I'll call them today. Same date? Second Saturday in July?"): the
    # thing's date (the booking's), not when the work is done
    near = item.due.due + dt.timedelta(days=RESULT_DAYS)
    return {
        d.due for d in asked_dates(own) if d.start_char > item.due.start_char and d.due is not None and d.due <= near
    }


def needed_by(turn: Turn, item: Item) -> list[DueMatch]:
    """ "I'll need it by Wednesday to get it through compliance.": the date another person says they need the item's
    work by, which dates it (or which its owner takes, "Wednesday's fine.", when it had a date of its own)."""
    if turn.speaker is None or turn.speaker in owners_of(item) or turn.side in owners_of(item):
        return []
    ends = {m.end() for m in NEEDED.finditer(turn.text)}
    dated = [d for d in turn.dues if d.due is not None and d.start_char in ends]
    return [d for d in dated if not turn.sentence_of(d).text.rstrip().endswith("?")]  # not "We need it by Monday?"


NEEDED_TURNS = 2  # a date the work is needed by is said right after the item, or after a word of thanks between
# "I'll need it by …", "we'd need them back before …", "I need that for …": when the asker must have the work
NEEDED = re.compile(
    r"\b(?:need|want)\s+(?:it|them|that|this|those|these)(?:\s+(?:back|over|done|through|signed off))?\s+"
    r"(?=(?:by|before|for|on|no later than)\b)",
    re.IGNORECASE,
)
RESULT_DAYS = 28  # how long after the item's own date a date it asks can still be when its result comes


def _asks_of(turn: Turn, item: Item) -> bool:
    """The turn's questions ask about the item's work ("When can you get it to us?", "When will the deck be
    ready?"), not of another thing by name ("So when does the hub actually go live?") nor of other work ("What day
    would they film?" after "I'll pitch it to Sunrise tomorrow")."""
    task = {w.lower() for w in item.task.split()}
    asked = [s for s in turn.doc.sents if s.text.rstrip().endswith("?")]
    # not the name a question is put to, which the parser may take for its subject ("Max, when can you …?"); a thing
    # before an aside is still asked about ("When's the build, by the way?")
    subjects = [
        t
        for s in asked
        for t in s
        if t.dep_ in SUBJECTS and not (t.pos_ == "PROPN" and t.i + 1 < len(s.doc) and s.doc[t.i + 1].text == ",")
    ]
    verbs = [s.root for s in asked if s.root.pos_ == "VERB" and s.root.lemma_.lower() not in ANY_WORK]
    # nor of the asker's own thing ("When do you need our final comments?" after "I'll send the tracks"; not "When
    # could you have drafts?", the item's work)
    things = [
        t
        for s in asked
        for t in s
        if t.dep_ == "dobj"
        and t.head == s.root
        and any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in t.children)
    ]
    return all(t.pos_ not in ("NOUN", "PROPN") or _named_in(t, task) for t in [*subjects, *things]) and all(
        _named_in(v, task) for v in verbs
    )


def _named_in(tok: Token, task: set[str]) -> bool:
    """The word, as said or as its lemma, is one of the task's (``task``: its words in lower case)."""
    return tok.lower_ in task or tok.lemma_.lower() in task


SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# verbs a question about any work's timing is put with ("When can you get it to us?", "What day suits?")
ANY_WORK = frozenset(
    "be have get do send need see want expect think reckon come arrive land hear work suit make say go manage "
    "deliver share finish turn happen like prefer look know find confirm let".split()
)
TIME_QUESTION = re.compile(
    r"\b(?:when|(?:what|which)\s+(?:day|date|time|week)|how\s+(?:soon|long|quickly))\b[^.!?]*\?", re.IGNORECASE
)


def _asks_when_of(turn: Turn, item: Item) -> bool:
    """The turn asks when the item's work will be done ("When could we see that?"), not about other work."""
    return bool(turn.cues("WHEN")) and TIME_QUESTION.search(turn.text) is not None and _asks_of(turn, item)


WHEN_NOUNS = frozenset({"deadline", "time", "timing", "date", "day", "week"})


def _asks_when_of_it(turn: Turn, item: Item) -> bool:
    """The turn's question of when names no other thing than the item's ("When do you need it by?", "What's your
    deadline?"; not "And when do you need the signed contract by?")."""
    task = {w.lower() for w in item.task.split()}
    asked = [s for s in turn.doc.sents if any(s.start_char <= c.start_char < s.end_char for c in turn.cues("WHEN"))]
    return bool(asked) and all(
        _named_in(t, task) or t.lower_ in WHEN_NOUNS
        for s in asked
        for t in s
        if t.pos_ == "NOUN"  # not a name, most often the person asked ("Priti, what do you need it by?")
    )


def answered_first(awaiting: list[Item], turn: Turn, asked: Turn) -> None:
    """Items of the owner's who asked "When do you need it by?", dated by the day the reply opens on before work of
    its own ("Friday, if you can. Then I'll raise the PO the same day.")."""
    first = next(iter(turn.doc.sents), None)
    if first is None or any(first.start_char <= c.verb.idx < first.end_char for c in turn.clauses):
        return
    said = [d for d in turn.dues if d.due is not None and d.start_char < first.end_char and not fact_date(turn, d)]
    for item in awaiting:
        mine = asked.speaker in owners_of(item) and turn.index - taken_at(item) <= DUE_LOOKAHEAD
        if said and mine and _asks_when_of_it(asked, item):
            item.due, item.late_due = said[0], True


def answers_other(asked: Turn, item: Item) -> bool:
    """``asked`` puts a question of when about other work than the item's ("I'll pitch it to Sunrise tomorrow."
    "What day would they film?" "Probably the Monday before. The nineteenth?"): a date said back answers it and
    does not re-date the item."""
    return TIME_QUESTION.search(asked.text) is not None and not _asks_of(asked, item)


def _words_through(turn: Turn, date: DueMatch) -> int:
    """The words of ``turn`` up to the end of the sentence that says ``date``."""
    end = next((s.end_char for s in turn.doc.sents if s.start_char <= date.start_char < s.end_char), len(turn.text))
    return sum(1 for t in turn.doc if not t.is_punct and t.idx < end)


def _proposes(item: Item, turns: list[Turn], k: int, meeting: Meeting | None) -> bool:
    """Turn ``k`` puts a new date for the item as a question: its owner ("How about the twenty-third?"), or the
    other side right after the owner's turn ("Today?", "Could you do Monday instead?"), not a new request ("can
    you get someone booked by Friday?", a task of its own) nor a question to somebody else ("Kwame, was that
    Wednesday?")."""
    turn = turns[k]
    asked = asked_dates(turn)
    # "Can we hold it till then? It's on for Thursday.": no date put; work said after the date is its reason
    if not asked or _new_task(turn, turn.sentence_of(asked[-1]).end_char) or other_point(turn, item):
        return False
    owners = owners_of(item)
    others = [n for n in names_in(turn.text, meeting) if n not in owners] if meeting is not None else []
    before = turns[k - 1]
    if others or answers_other(before, item):
        return False
    if k - 1 > item.turn and before.speaker not in owners and (_new_task(before) or turn.opening("ACCEPT", 3)):
        return False  # "Worth the two of us going through the audiences." "Yes, let's. Next Tuesday?": the new work's
    # (not the question of when the item is ready, whatever reason it gives: "When could we see that? I'd like to
    # take the plan in with me.")
    if any(_new_task(turns[j]) and not _asks_when_of(turns[j], item) for j in range(item.turn + 1, k - 1)):
        return False  # "… sit down with a few managers too?" "Go on then. When?" "Next Thursday?": the new work's
    if turn.speaker in owners or turn.side in owners:
        return True
    bare = (turn.n_words <= 8 or _old_day_named(item, turn)) and _bare(turn)
    before_by_owner = before.speaker in owners or before.side in owners  # "we'll have it with you …": the side's
    # the owner asked which day ("Yes, definitely. Which Thursday?"): the day put back answers it, reason and all
    # ("The second? That gives you a week after the re-set.")
    asked_day = k - 1 == item.turn and bool(before.cues("WHEN")) and before.text.rstrip().endswith("?")
    return before_by_owner and (bare or asked_day or COUNTER.search(turn.text) is not None)


# the item's day is too soon for whoever puts another ("Wednesday's tight for me", "I'm out on Wednesday")
TOO_SOON = re.compile(
    r"\b(?:tight|a push|a stretch|no good|not good|(?:does|will|wo)n't work|i'm (?:out|away|off)|busy)\b", re.I
)


def _old_day_named(item: Item, turn: Turn) -> bool:
    """The turn names the item's own day before it puts another ("Wednesday's tight for me, I'm out at the stores.
    Thursday?")."""
    return item.due is not None and item.due.due is not None and any(d.due == item.due.due for d in turn.dues)


def _past_old_day(item: Item, turn: Turn, date: DueMatch) -> DueMatch:
    """A weekday put instead of the item's day the turn names as too soon, as the weekday after it ("Wednesday's
    tight for me. Thursday?" of the next Wednesday: the Thursday after it, not tomorrow)."""
    old = item.due.due if item.due is not None else None
    if old is None or date.due is None or date.due >= old or not _old_day_named(item, turn):
        return date
    if not TOO_SOON.search(turn.text):
        return date  # "Could you do Thursday? Friday's the board.": sooner
    if not BARE_WEEKDAY.match(date.text.strip(" ?.,")):
        return date
    return replace(date, due=date.due + dt.timedelta(days=7 * ((old - date.due).days // 7 + 1)))


def _bare(turn: Turn) -> bool:
    """A question of nothing but its date ("Today?", "By Wednesday, maybe?"), not one about the asker's own plans
    ("Do I need it for Wednesday?") nor one after a question of its own ("Are we happy with those? The 9th?")."""
    date = asked_dates(turn)[-1]
    sent = turn.sentence_of(date)
    return not any(t.pos_ in ("VERB", "AUX") and not date.start_char <= t.idx < date.end_char for t in sent)


BARE_YES = re.compile(r"\W*(?:yes|yeah|yep|yup|sure|okay|ok|fine|agreed|right|correct|exactly)\W*", re.IGNORECASE)
COUNTER = re.compile(
    r"\b(?:(?:could|can) (?:we|it|you|i) (?:do|make it|say|be|(?:have|get) (?:it|them|that|those|these)"
    r"|(?:move|bring|pull) (?:it|them|that|those|these)(?: forward)? to)|how about"
    r"|what about|any chance of)\b",
    re.IGNORECASE,
)
MORE_TIME = re.compile(
    r"\b(?:give (?:me|us)(?: (?:until|till|til))?|(?:(?:i|we)(?:'ll| will)? need|(?:can|could) (?:i|we) (?:have|get))"
    r" (?:until|till|til))\b",
    re.IGNORECASE,
)
REDATE = re.compile(r"\b(?:make (?:that|it)|(?:push|move|change) (?:that|it) to|call it)\b", re.IGNORECASE)
# the owner puts the day again, as a statement: "It's tight. Let's say the 23rd." (not a question put to the other
# side about their own work: "End of the month is tomorrow." "Oh. Let's say a week from Monday?")
LETS_SAY = re.compile(r"\blet(?:'|’)?s say\b[^.?!]*(?:[.!]|$)", re.IGNORECASE)
ACCEPTING = re.compile(r"\b(?:fine|works|good|great|perfect|okay|ok|yes|yeah|deal|done|lovely)\b", re.IGNORECASE)
TAKING_DAY = 6  # "Monday's great.", "Monday works for me.": a short reply that takes the day


BARE_WEEKDAY = re.compile(r"^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.IGNORECASE)


def same_weekday_said(reply: DueMatch | None, put: DueMatch | None) -> bool:
    """ "Next Wednesday?" "Wednesday's good.": the reply names the day just put by its weekday alone; the day put
    (here a week on) is the one meant."""
    return (
        reply is not None
        and put is not None
        and reply.due is not None
        and put.due is not None
        and reply.due != put.due
        and reply.due.weekday() == put.due.weekday()
        and BARE_WEEKDAY.match(reply.text.strip()) is not None
    )


def day_of_offer_taken(turn: Turn, p: Pending) -> bool:
    """ "I could get a draft over Monday?" "Monday's great.": a short reply that takes the very day an offer put
    takes the offer up (a question that puts a day of its own, "Monday? Could it be Tuesday?", does not)."""
    if p.kind != "offer" or p.due is None or p.due.due is None or turn.n_words > TAKING_DAY or "?" in turn.text:
        return False
    return ACCEPTING.search(turn.text) is not None and any(d.due == p.due.due for d in turn.dues)


def taken_at(item: Item) -> int:
    """The turn the item's work was last taken on: an offer left open and taken up later is dated from the turns
    that take it up ("I could build you a store view." … "Olly, the store view. Yes, do it." "Give me two weeks.")."""
    return max([item.turn, *item.merged]) if item.offered else item.turn


def late_dues(
    awaiting: list[Item], turn: Turn, asked: Turn | None, addressed: str | None = None, before: Turn | None = None
) -> list[Item]:
    """Items still without a date that ``turn`` dates ("When by?" "Tuesday?"); returns those still waiting.
    ``asked``: the turn before, when it asked when; ``addressed``: the attendee the turn calls by name; ``before``:
    the turn before, whatever it asked ("When's the build?" "I'm hoping Thursday.": the build's day, a fact)."""
    when = asked is not None
    question = asked if asked is not None else before
    if moves_to_new_topic(turn):
        return []  # "And the media training, we said the week before launch?" "Ideally the Tuesday before."
    keep = []
    for item in awaiting:
        since = taken_at(item)
        if turn.index - since > DUE_LOOKAHEAD:
            continue
        if question is not None and answers_other(question, item):
            keep.append(item)  # "I can get you a sample menu." "And the holds, when do they drop?" "Friday.": theirs
            continue
        needed = needed_by(turn, item) if turn.index - item.turn <= NEEDED_TURNS else []
        if needed:  # "I'll go through the copy before it comes back to you." "I'll need it by Wednesday."
            item.due, item.late_due = needed[-1], True
            keep.append(item)
            continue
        owners = owners_of(item)
        owner_asked = False
        if turn.speaker is not None:
            party = turn.speaker in owners or turn.speaker == item.requester or turn.side in owners
            # the offer's taker, right after it: "I can pull the curves, if useful." "Yes please. Next week's fine."
            party = party or (turn.index - item.turn == 1 and bool(turn.opening("ACCEPT", 3)) and turn.n_words <= 10)
            # the answer to the owner's own "When do you need it by?": "Friday, if you can."
            owner_asked = not party and asked is not None and asked.speaker in owners and _asks_when_of_it(asked, item)
            party = party or owner_asked
        else:  # no speaker labels: the answer to "When by?", or a bare deadline right after ("By Friday.")
            party = when or (turn.index - item.turn == 1 and turn.n_words <= 4)
        first = next(iter(turn.doc.sents), None)
        answers = (
            turn.n_words <= 14 or when or (first is not None and any(d.start_char < first.end_char for d in turn.dues))
        )
        # a short question putting a date, not one moving a thing of its own ("Can we push it a week? The 26th?")
        reasoned = _asked_with_reason(turn)  # "Can I have it by the 30th? I'm off the first week of May."
        put = turn.is_question() or wished_day(turn) or reasoned  # "By Monday?", "Great. Ideally by Monday."
        proposal = item.due is None and put and (turn.n_words <= 14 or reasoned) and not _new_task(turn)
        # "Let me check and come back to you on that, … before the 20th.": the date is of what is put off
        deferred = bool(turn.opening("DEFER", window=5)) and not when
        dues = [d for d in turn.dues if not fact_date(turn, d)]  # not "Honestly, not this week." nor "I'm off Monday."
        dues = [d for d in dues if not _dated_thing(turn, d, item)]  # not "Okay, rough drafts on the 22nd then."
        # not "can the revised plan come Tuesday?", nor the "Tuesday's fine." that answers it
        dues = [d for d in dues if not _thing_asked_for(turn, d, item) and not _taken_for_thing(before, d, item)]
        if question is not None:  # "How quickly can you get contracts out?" "… contracts out by the 4th.": theirs
            dues = [d for d in dues if not _asked_thing_dated(question, turn, d, item)]
        # "Makes sense. From the twenty-third to the second?": a period for something decided, no deadline unasked
        dues = dues if when else [d for d in dues if not _a_period(turn, d)]
        # answering the owner's "When do you need it by?", a day: not "Sessions are the week of the 8th, so by the
        # fifth?", a day put back as a question that the owner then takes or not
        dues = [d for d in dues if d.due is not None] if owner_asked else dues
        # "I'll get a quote, ideally before we next meet." "Could we visit?" "Come down Tuesday.": the owner gave the
        # work its own (vague) deadline, so a later date answers something else unless it answers "When?"
        own_vague = item.due is not None and item.due.due is None and not when
        # the talk moved on to new work since, or four turns have passed: only a date answering "When?" is still the
        # item's ("I'll tighten the captions." ... "Max, when can you turn those round?" "Tuesday."), not a day said
        # in passing ("Can I have a wristband? I'm coming up Saturday.")
        later = (item.moved_on or turn.index - since > UNASKED_LOOKAHEAD) and not when
        # "Happy to. Tom, are you free next Tuesday?": a date put to somebody the item is not between
        elsewhere = turn.is_question() and addressed is not None and addressed not in (*owners, item.requester)
        if (
            dues
            and (party or proposal)
            and answers
            and not turn.cues("WHEN")
            and not (deferred or own_vague or later or elsewhere)
        ):
            item.due = answer_date(turn, dues)
            item.late_due = True
        # "I'll share a benchmark." "That would do." "Can you two go through the data?": the talk moved on
        item.moved_on = item.moved_on or (item.due is None and moves_on(turn))
        keep.append(item)
    return keep


ASKED_WORDS = 14  # the question that puts the day is short ("Can I have it by the 30th?")


def _asked_with_reason(turn: Turn) -> bool:
    """The turn opens on a question that puts its only day, and gives its reason after: "Can I have it by the 30th?
    I'm off after that." (not "Can you do Friday? Thursday's the board.", a second day)."""
    first = next(iter(turn.doc.sents), None)
    dated = [d for d in turn.dues if d.due is not None and not fact_date(turn, d)]  # not "I'm off the 3rd."
    if first is None or not first.text.rstrip().endswith("?") or not dated or len(first) > ASKED_WORDS:
        return False
    return all(d.start_char < first.end_char for d in dated)


PERIOD_END = re.compile(r"\bfrom\b[^.?!]*\b(?:to|till|until)\s+$", re.IGNORECASE)


def _a_period(turn: Turn, d: DueMatch) -> bool:
    """The date is a span ("the 23rd to the 2nd") or its end ("from the twenty-third to the second")."""
    return " to " in d.text or bool(PERIOD_END.search(turn.text[: d.start_char]))


# a turn that opens the next point of the call: "Last one, the crisis protocol.", "Moving on to AV.", "Third, the
# outdoor.", "And the holds, when do they drop?", "Great. And the launch event itself.", "Now, the shoot.", "One more
# thing, …"
NEXT_POINT = re.compile(
    r"^(?:\W*(?:and|right|okay|ok|so|now|then|great|lovely|perfect|thanks|brilliant|cool|fab|good|sorry)\b[,.!]?\s*)*"
    r"(?:(?:the\s+)?(?:last|next|final|second|third|fourth|fifth|other)\s+(?:one|thing|item|point|bit|line|up)"
    r"(?:\s+(?:from|for)\s+\w+)?\s*[,.:\-—]"
    # "One more thing, we need …", "One more, the loyalty email."
    r"|(?:(?:one\s+(?:more|last|other)|another)\s+(?:thing|point|question)|one\s+(?:more|last))\s*[,.:\-—]"
    # "One thing, the feed quote, can we say Thursday?": the point the thing named
    r"|one\s+(?:quick\s+|small\s+)?thing\s*[,.:\-—]\s*(?:on\s+)?the(?:\s+[\w-]+){1,4}\s*[,.]"
    # "Totally different thing: the stand.", "Change of subject, …", "Switching gears, …"
    r"|(?:(?:a|totally|completely|slightly|something)\s+)?(?:different|separate|unrelated)\s+"
    r"(?:thing|topic|subject|matter|point|question)\s*[,.:\-—]|change\s+of\s+(?:topic|subject)\b"
    r"|switching\s+(?:gears|topics?)\b"
    r"|(?:back\s+|going\s+back\s+|coming\s+back\s+)?on\s+the(?:\s+[\w-]+){1,4}\s*[,.]"  # "Sorry, on the one-pager."
    r"|(?:second|third|fourth|fifth|lastly|finally|next),|moving on\b|on to\b|onto\b"
    r"|(?:(?<=and )|(?<=now )|(?<=now, ))"
    r"the(?:\s+(?!(?:is|are|was|were|has|have|will|can|would|should)\b)[\w-]+){1,5}\s*(?:,|itself\b|\.))",
    re.IGNORECASE,
)


def moves_to_new_topic(turn: Turn) -> bool:
    """The turn opens the next point of the call (``NEXT_POINT``, not with a date: "And the nineteenth, yes."): a
    date said after it is of the new point, not of earlier work still without one."""
    m = NEXT_POINT.search(turn.text)
    return m is not None and not any(d.start_char < m.end() for d in turn.dues)


# what any work comes back as, said without naming the thing ("The new version on Friday."; "rough drafts" is a thing
# of its own)
AS_WORKED = frozenset("version versions update updates changes revisions one ones thing things".split())
# words of when, not of a thing ("Same time as Tuesday.")
WHEN_NOUNS = frozenset("time times day days week weeks date morning afternoon evening end start beginning".split())


def _dated_thing(turn: Turn, date: DueMatch, item: Item) -> bool:
    """``date`` is said without a verb beside a thing the item's task does not name ("Okay, rough drafts on the 22nd
    then.", "The 22nd for the drafts." after "I'll confirm York by tomorrow"): that thing's date, not the item's."""
    sent = turn.sentence_of(date)
    # a verb says what the date is of ("We'll have the drafts on the 22nd"), not one of an aside ("just to be clear")
    if any((t.pos_ in ("VERB", "AUX") or t.lower_ in COPULAS) and not _aside_to(t) for t in sent):
        return False  # "Wednesday's fine.": the parser's "'s" may be a particle
    said = _task_words(item)
    things = [
        t
        for t in sent
        if t.pos_ in ("NOUN", "PROPN")
        and not date.start_char <= t.idx < date.end_char
        and t.ent_type_ not in ("DATE", "TIME")
        and t.lower_ not in AS_WORKED | WHEN_NOUNS
    ]
    return bool(things) and not any(t.lower_.removesuffix("s") in said or t.lemma_.lower() in said for t in things)


COPULAS = frozenset({"'s", "’s", "is", "are", "'re", "’re", "was", "were"})


def _taken_for_thing(before: Turn | None, date: DueMatch, item: Item) -> bool:
    """``date`` takes the day the turn before asked for another thing ("… can the rebalanced plan come a bit earlier,
    say Tuesday?" "Tuesday's fine."): that thing's day, not the item's."""
    return before is not None and any(
        d.due is not None and d.due == date.due and _thing_asked_for(before, d, item) for d in before.dues
    )


def _thing_asked_for(turn: Turn, date: DueMatch, item: Item) -> bool:
    """``date`` is put in a question whose subject is a thing the item's task does not name ("Yusra, can the
    rebalanced plan come a bit earlier, say Tuesday?" after "I can pull together a measurement doc"; "Could the
    invites go out Monday?"): that thing's date, not the item's. Not a question put to a person ("Could you do
    it by Monday?") nor one of the item's own thing ("Can the doc come Tuesday?")."""
    sent = turn.sentence_of(date)
    if not sent.text.rstrip().endswith("?"):
        return False
    said = _task_words(item)
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ == "NOUN"
        # a fact said on the way is no thing asked for ("Sessions are the week of the 8th, so names by the 5th?")
        and not any(c.dep_ == "attr" for c in t.head.children)
        # nor the reason it is asked, said after the day ("Could we see it by Monday, so the board has time?")
        and t.idx < date.start_char
        and t.head.dep_ not in ("advcl", "relcl", "acl")
        and not any(c.dep_ == "mark" for c in t.head.children)
        and t.lower_ not in AS_WORKED | WHEN_NOUNS
        and t.lower_.removesuffix("s") not in said
        and t.lemma_.lower() not in said
        for t in sent
    )


def _asked_thing_dated(asked: Turn, turn: Turn, date: DueMatch, item: Item) -> bool:
    """``asked`` asks when of a thing by name that the item's task does not name, and the sentence of ``date``
    names it again ("And how quickly can you get contracts out?" "If you confirm by Tuesday, we can have contracts
    out by the 4th." after "We can pull her audience data and send it over"): that thing's date."""
    if TIME_QUESTION.search(asked.text) is None:
        return False
    said = _task_words(item)
    things = {
        t.lemma_.lower()
        for t in asked.doc
        if t.dep_ in ("dobj", "nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in said
    }
    return any(t.lemma_.lower() in things for t in turn.sentence_of(date) if t.pos_ in ("NOUN", "PROPN"))


def _task_words(item: Item) -> set[str]:
    """The words of the item's task in lower case, a plural's "s" off ("send the drafts" -> send, the, draft)."""
    return {w.lower().removesuffix("s") for w in item.task.split()}


def _aside_to(verb: Token) -> bool:
    """ "to be clear", "to be fair": an infinitive said aside, not what happens."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or any(
        a.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children) for a in verb.ancestors
    )


def other_point(turn: Turn, item: Item) -> bool:
    """The turn opens a point of the call that is not the item's ("Great. And the press release, Monday?" after the
    moodboard's Friday): a date it puts is the new point's. Not one naming the item's own thing again ("And the
    moodboard, could we say Thursday?")."""
    m = NEXT_POINT.search(turn.text)
    if m is None or not moves_to_new_topic(turn):
        return False
    named = {w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", m.group()) if len(w) > 3}
    said = _task_words(item)
    return bool(named) and not any(w.removesuffix("s") in said for w in named)


def moves_on(turn: Turn) -> bool:
    """The turn asks for or puts new work of its own ("Can you and Tom go through the donor data?", "We should do
    a refresher."), so a date said after it answers that, not an earlier item still without one."""
    # "we should do a refresher": work the speaker's side plans (``hint_we_plan``), put as its own new work
    plans = [s for s in turn.cues("DECISION_HINT") if s.id_ == "hint_we_plan" and s[0].lower_ == "we"]
    asks = turn.cues("REQUEST") or turn.cues("PROPOSAL") or turn.cues("JOINT") or plans
    timed = any(d.due is not None for d in turn.dues)  # "Could we see it by Wednesday, Bill?": the item's timing
    return bool(asks) and not timed and _new_task(turn)


CORRECTING = re.compile(r"^\W*(?:actually|no|sorry|wait|hang on|oh,? hang on|make (?:that|it)|or rather)\b", re.I)


def answer_date(turn: Turn, dues: list[DueMatch]) -> DueMatch | None:
    """The date a reply answers with: the one it puts as a question ("Monday's the bank holiday, so... Tuesday?"),
    else the one in its first dated sentence ("Tuesday. Monday's a write-off.": Tuesday; "Friday. I'm out Thursday
    anyway.": Friday), unless a later sentence corrects it ("Friday. Actually, make that Monday."): the last."""
    dated = [d for d in dues if d.due is not None]
    sents = [s for s in turn.doc.sents if any(s.start_char <= d.start_char < s.end_char for d in dated)]
    if len(sents) < 2 or any(CORRECTING.search(s.text) for s in sents[1:]):
        return concrete(dues)
    asked = [d for d in asked_dates(turn) if d in dated]
    return (
        asked[-1] if asked else concrete([d for d in dated if sents[0].start_char <= d.start_char < sents[0].end_char])
    )


LETS_FIX = re.compile(r"\blet(?:'s| us) (?:do|say|make it|go for)\b", re.IGNORECASE)


def fixes_date(turn: Turn) -> bool:
    """A reply that fixes the date of a session put to it: "Yeah, let's do the twenty-seventh."."""
    m = LETS_FIX.search(turn.text)
    return m is not None and any(d.due is not None and 0 <= d.start_char - m.end() <= 6 for d in turn.dues)


def accepted_before(turn: Turn, start_char: int) -> DueMatch | None:
    """A date the turn accepts before ``start_char``, in a sentence of its own: "The nineteenth's fine. I'll do
    that." (the date of "I'll do that"), not a date said in passing ("The council told us on Friday. I'll do it.")."""
    settled = SETTLED.match(turn.text)  # "Thursday the 22nd it is. I'll run it myself."
    if settled is not None and settled.end() <= start_char:
        said = [d for d in turn.dues if d.due is not None and d.end_char <= settled.end(1)]
        if said:
            return said[-1]
    for sent in turn.doc.sents:
        if sent.end_char > start_char or not ACCEPTING.search(sent.text):
            continue
        dated = [d for d in turn.dues if d.due is not None and sent.start_char <= d.start_char < sent.end_char]
        if not dated:
            continue
        part = _last_part(sent, dated[-1].start_char)
        if len(part) <= 8:
            return dated[-1]
    return None


SETTLED = re.compile(r"\W*(\w[^.?!]{0,40}?)\s+it\s+is\s*[.!]", re.IGNORECASE)  # a turn opening "<day> it is."


def _last_part(sent: Span, char: int) -> Span:
    """The part of a sentence from its last comma, dash, colon or semicolon before ``char``: "Sorry, back to the
    sizes, yes, end of the month's fine." accepts the date in a few words after naming what it is back to."""
    marks = [t.i + 1 for t in sent if t.idx < char and t.is_punct and t.text in (",", "—", "–", "-", ";", ":")]
    return sent.doc[max(marks, default=sent.start) : sent.end]


# work that readies a day put rather than happens on it: "The 10th is good. I'll sort her diary.", "July fourteenth,
# perfect. I'll sort access with the venue.", "Thursday works. I'll let the team know."
ARRANGING = frozenset({"sort", "arrange", "organise", "organize", "clear", "square", "confirm", "check", "tell", "let"})


ECHO = re.compile(r"\W*(?:(?:yes|yeah|yep|ok|okay|right|so|great|perfect|lovely)\W+)*\W*[.!]\s*", re.IGNORECASE)


def taken_before(turn: Turn, prev: Turn, start_char: int) -> DueMatch | None:
    """A date the other side put in the turn before, taken at the start of this one before the work that goes with
    it: "How about the third?" "The third works. Yes, let's. I'll bring the samples." (the third), "Fine. Thursday.
    I'll come over after lunch.", "Next Wednesday?" "Wednesday's good. Come to us." (next Wednesday); not a date taken
    after a longer answer, nor one the turn before did not put."""
    said = turn.text[:start_char]
    if prev.speaker is None or prev.speaker == turn.speaker or len(said.split()) > 10:
        return None
    put = [d for d in prev.dues if d.due is not None]
    taken = [d for d in turn.dues if d.due is not None and d.end_char <= start_char]
    if not taken or taken[-1].due is None:
        return None
    # the day put as a question, said back alone, is taken too: "Wednesday next week?" "Wednesday next week. I'll come
    # with Hope." (not a fact said back: "The launch is on Friday." "Friday. I'll send the logos over.")
    echoed = (
        len(taken) == 1
        and ECHO.fullmatch(said.replace(taken[-1].text, "", 1)) is not None
        and any(d.due == taken[-1].due for d in asked_dates(prev))
    )
    if not (ACCEPTING.search(said) or echoed):
        return None
    day = taken[-1].due
    same = [d for d in put if d.due == day]
    # "Next Wednesday? Half a day?" "Wednesday's good.": the day put, named short
    named = [d for d in put if taken[-1].rule == "weekday" and d.due is not None and d.due.weekday() == day.weekday()]
    return taken[-1] if same else (named[-1] if len(named) == 1 else None)


# the words around a date given as the whole answer: "End of next week, hopefully.", "Probably Thursday.", "By the
# tenth, I'd say.", "Yeah, Friday at the latest."
DATED_ANSWER_WORDS = frozenset(
    "yes yeah yep sure ok okay so well um uh er erm by probably hopefully maybe realistically ideally i i'd 'd say "
    "think guess should be at the latest".split()
)
DATED_ANSWER_MOST = 10


def dated_answer(turn: Turn) -> DueMatch | None:
    """The date a turn gives as its whole answer ("End of next week.", "Thursday, hopefully.", "By the tenth, I'd
    say."): work asked and answered with when it comes takes it on (not a question back, "Friday?", nor a fact:
    "I'm off till Monday.")."""
    dated = [d for d in turn.dues if d.due is not None]
    if len(dated) != 1 or "?" in turn.text or fact_date(turn, dated[0]):
        return None
    d = dated[0]
    rest = [t for t in turn.doc if not t.is_punct and not d.start_char <= t.idx < d.end_char]
    words = sum(1 for t in turn.doc if not t.is_punct)
    return d if words <= DATED_ANSWER_MOST and all(t.lower_ in DATED_ANSWER_WORDS for t in rest) else None


def date_talk(turn: Turn, p: Pending) -> bool:
    """A short turn about the time of work put to someone with a time ("Next week I'm away until Thursday.",
    "Friday?", "Friday's tight with the launch. Could you live with Monday?"): the work still stands while its date
    is settled."""
    talk = p.kind in ("assign", "joint", "pair", "request") and p.due is not None and bool(turn.dues)
    return talk and turn.n_words <= 12 and not ACCEPTING.search(turn.text)  # "December 4th works." settles it


def time_doubted(turn: Turn) -> bool:
    """ "I'm not sure we can turn that round this week.": the one asked doubts the time, not the work, which stays
    open for the asker to give more time (``time_given``); not "Not this week, sorry. … we can't post anything
    without it." (turned down)."""
    return bool(turn.dues) and any(
        c.negated and c.label == "ABILITY" and c.subj_kind in ("SELF", "WE") and c.verb.head.lower_ in DOUBTED
        for c in turn.clauses
    )


def time_given(turn: Turn) -> bool:
    """The asker's short answer to a doubted time that gives another ("Next week is fine.", "Monday's okay."), not
    a question."""
    return bool(turn.dues) and turn.dues[0].due is not None and turn.n_words <= 8 and not turn.is_question()


def more_time_asked(turn: Turn) -> DueMatch | None:
    """The later date the one asked puts back for a request, as a question with no work of its own ("Can you send
    the scripts by Friday?" "Friday's a push. Could I do Monday?", "Could I have till Monday?"): the request stands,
    if the asker takes the day, with that date (see ``more_time_given``)."""
    asked = [d for d in asked_dates(turn) if d.due is not None]
    if not turn.text.rstrip().endswith("?"):
        # "I'd love to say yes, but the studio's closed from the 23rd. We could do the 22nd, but it'd be rough."
        put = [d for d in turn.dues if d.due is not None and COUNTER_DAY.search(turn.text[: d.start_char])]
        return put[0] if put and RELUCTANT.search(turn.text[: put[0].start_char]) else None
    if not asked:
        return None
    mine = [c for c in turn.clauses if c.question and c.subj_kind in ("SELF", "WE")]
    if not mine or any(c.subj_kind not in ("SELF", "WE") or not c.question for c in turn.clauses):
        return None
    timed = all(date_only(turn, c) or (MORE_TIME.search(turn.text) and no_work(turn, c)) for c in mine)
    return asked[-1] if timed else None


# a later day the one asked can do instead, said before it as a statement: "We could do the 22nd"
RELUCTANT = re.compile(r"\b(?:but|afraid|tight|can't|cannot|won't|not|unfortunately|sadly)\b", re.IGNORECASE)
COUNTER_DAY = re.compile(r"\b(?:we|I)\s+(?:could|can)\s+(?:do|manage)\s+(?:it\s+)?(?:for\s+|by\s+|on\s+)?$", re.I)


def more_time_given(turn: Turn, day: DueMatch) -> bool:
    """The asker's reply that opens by giving the day asked for in a few words: "Monday's fine.", "Sure.", "Monday
    works. Then I'll have them back to you by the 18th." (not "No, it has to be Friday.", nor another day put: "Could
    you do Saturday?")."""
    first = next(iter(turn.doc.sents), None)
    if first is not None and not first.text.rstrip().endswith("?"):  # "Rough is fine, we just need …": its opening
        first = next((first.doc[first.start : t.i] for t in first if t.text == "," and t.i > first.start), first)
    if first is None or len([t for t in first if t.is_alpha]) > TAKING_DAY or "?" in first.text:
        return False
    if turn.opening("DECLINE", window=3):
        return False
    other = [d for d in turn.dues if d.due is not None and d.due != day.due and d.start_char < first.end_char]
    return not other and (ACCEPTING.search(first.text) is not None or bool(turn.opening("ACCEPT", window=2)))
