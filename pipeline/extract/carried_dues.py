"""Which item a date said beside it belongs to, once the walk has found the items (``commitments``).

* A date that is a fact, not a deadline (``fact_dates``), is no item's.
* A date put in the turn just before a reply that takes the work on goes to the reply's item: "Can we get the PO
  raised by the end of the month, Lucy?" "Consider it done."; "The printer needs the numbers by the 18th." "Leave
  that with me."; "You and I do half an hour on it? Next Tuesday?" "Go on then."
* A date said earlier in the item's turn that the item points back to ("I've got him on the sixth. I'll take him
  through it then.") or puts as a question ("A half-day, you and me, in a fortnight? I'll bring the research.").
* A date the other side asks for or needs after the item, which its owner then accepts: "I'll speak to them."
  "Any chance of an answer by the end of the month?" "Should be doable, yeah."; one the other side grants right
  after ("No rush. End of the month's fine."), or the requester adds after the yes ("Ideally by Friday.").
* A date the item's turn gives the work's result after it: "I'll chase the printer for the proofs, we should have
  them by Thursday."; "I'll ask finance, should have an answer Monday."; or the result of the party a chase presses:
  "I'll chase the fares team. Realistically they'll have it done by Wednesday."
* A date the owner settles on after the other side objects: "You'll have a name by the end of next week." "The
  programme prints on the 12th though." "Ah. Okay, Monday then."
* (A joint session taken up with "When?" gets the day the two settle after: ``sessions`` in the walk, or
  ``session_owners`` once the tasks are worded.)
* An invite is due when it goes out ("I'll send an invite straight after this call", "I'll get the invite out today
  for Monday afternoon"), never on the day of the session it is for ("I'll send an invite for ten on Monday",
  "Thursday's fine. I'll send the invite." … "Make it four o'clock.").
* A dated item re-dated: a new date the other side asks for a few turns later and the owner accepts ("could you
  make the cut Thursday?" "Yeah, that's fine."), or a later one it grants ("No rush, end of next week is fine.");
  a date asked for that the owner does not take ("It depends on them, I can't promise.") is dropped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.antecedents import DIARY_HOLD
from pipeline.extract.dates import DueMatch
from pipeline.extract.deadlines import ACCEPTING, COUNTER, NEGOTIATION_TURNS, TAKING_DAY, asked_dates, owners_of
from pipeline.extract.due_spans import clock_time
from pipeline.extract.fact_dates import fact_date
from pipeline.extract.items import Item, held_day, pronoun_object, redone_version
from pipeline.extract.turns import Turn

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.extract.components import Clause


def deadlines(turn: Turn) -> list[DueMatch]:
    """The turn's dated deadlines, facts left out."""
    return [d for d in turn.dues if d.due is not None and not fact_date(turn, d)]


def _one_date(turn: Turn) -> DueMatch | None:
    dated = deadlines(turn)
    return dated[-1] if dated and len({d.due for d in dated}) == 1 else None


def _takes_on(turn: Turn, item: Item) -> bool:
    """The item's turn takes on work put to it ("Consider it done.", "Leave that with me.", "Go on then.")."""
    # an accepted offer stands at the offer's turn, which takes on nothing put to it ("Shall I set up a check-in?")
    reply = item.accepted and item.requester not in owners_of(item)
    return reply or bool(turn.opening("ACCEPT", 3) or turn.cues("SELF_IDIOM"))


def _home(item: Item, turns: list[Turn]) -> Turn | None:
    """The turn the item's date was said in."""
    for t in turns[max(0, item.turn - 2) : item.turn + 6]:  # a request's, before the reply; a late answer's
        if any(d is item.due for d in t.dues):
            return t
    return None


CHECKS_WHETHER = re.compile(r"^(?:check|double-check|ask|find out|see)\b.*?\b(?:if|whether)\b", re.IGNORECASE)


def carry(items: list[Item], turns: list[Turn]) -> list[Item]:
    """``items`` with their dates moved as the module docstring says (changed in place)."""
    for item in items:
        if not 0 <= item.turn < len(turns):
            continue
        home = _home(item, turns) if item.due is not None and item.due.due is not None else None
        if home is not None and item.due is not None and (fact_date(home, item.due) or _not_taken(item, home, turns)):
            item.due = _said_alone(item, home) if fact_date(home, item.due) else None
        if item.due is not None and item.due.due is not None and clock_time(item.due):
            item.due = _hour_on_day_put(item, turns) or item.due
        settled = _settled_then(item, items, turns)
        if settled is not None:
            item.due = settled
            continue
        if item.due is not None and item.due.due is not None:
            item.due = (
                _moved_later(item, items, turns)
                or _relaxed(item, turns)
                or _finished(item, items, turns[item.turn])
                or item.due
            )
        if item.due is not None:
            # dated, or due on an event of its own ("once the statement's out"), unless that event only says when the
            # work can start and the turn before put the deadline it takes on ("The paper needs it by four." "Yep,
            # I'll get it to them as soon as it's signed off.")
            if item.due.due is None:
                item.due = (
                    _put_first(item, turns[item.turn])
                    or _taken_first(item, turns)
                    or _put_before(item, items, turns, after_event=True)
                    or item.due
                )
            continue
        result = _result_after(item, items, turns[item.turn])
        if result is not None:
            item.due = result
            continue
        if any(j.turn == item.turn and j is not item and j.due is not None and j.due.due for j in items):
            continue  # a turn of two items: its date is the other one's
        if CHECKS_WHETHER.match(item.task):
            continue  # "Is the hall free on the ninth?" "I'll check if it's free.": the day asked about, no deadline
        due = (
            _by_then(item, turns)
            or _same_time(item, items, turns)
            or _sent_with(item, items, turns)
            or _said_before(item, turns[item.turn])
            or _at_the_event(item, turns)
            or _put_before(item, items, turns)
            or _asked_after(item, items, turns)
            or _granted_after(item, turns)
            or _added_by_requester(item, turns)
        )
        if due is not None:
            item.due = due
    for item in items:
        if item.due is not None and item.due.due is not None and 0 <= item.turn < len(turns):
            item.due = _sent_out(item, turns[item.turn], turns[item.turn - 1] if item.turn else None)
    return items


def _sent_out(item: Item, turn: Turn, before: Turn | None = None) -> DueMatch | None:
    """An invite's date: one its turn says after the invite (or, in a reply that calls it "it", after the reply's
    first promise: "Can you send the invite?" "Yep, I'll send it after this."), not inside what it is for ("an
    invite for ten on Monday"); the session's day, said before it or in another turn, is not when the invite goes
    out."""
    if INVITE_TASK.match(item.task) is None and DIARY_HOLD.match(item.task) is None:
        return item.due  # not "send the invite", nor "put something in (the diary)"
    word = INVITE_WORD.search(turn.text)
    start = word.end() if word is not None else min((c.sent.start_char for c in turn.clauses), default=None)
    if start is None:
        return None
    out = [d for d in deadlines(turn) if d.start_char >= start and not _for_session(turn.text[start : d.start_char], d)]
    # a session later the same day ("Another call at three?" "I'll send an invite for three o'clock."): the invite
    # goes today; not when a later day of the session is said here or just before ("The twentieth works for me.
    # I'll send an invite round, ten o'clock at the venue?")
    said = [d for t in (before, turn) if t is not None for d in deadlines(t)]
    same_day = all(clock_time(d) or d.rule == "same_day" for d in said)
    today = [d for d in deadlines(turn) if d.start_char >= start and (clock_time(d) or d.rule == "same_day")]
    today = today if same_day else []
    return item.due if any(d is item.due for d in out) else (out[0] if out else (today[0] if today else None))


# "send an invite (round)", "move the invite", "stick a calendar invite in"; not "design the e-invite" nor "send the
# invite list"
INVITE_TASK = re.compile(
    r"^(?:send|resend|move|forward|update|put|stick|pop|get|set up|sort(?: out)?|issue)\b[\w\s']{0,30}?"
    r"(?<![-\w])(?:invites?|invitations?)\b(?!\s+(?:list|design|copy|text|wording|email|card)s?\b)",
    re.IGNORECASE,
)
INVITE_WORD = re.compile(r"(?<![-\w])(?:invites?|invitations?)\b", re.IGNORECASE)
# the date the invite is for: "for Monday afternoon", "for ten on Monday", "for the 12th"; not "for that after this",
# "for both slots straight after this"
FOR_TIME = re.compile(
    r"\bfor\s+(?:(?:the|at|\d[\w:.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|quarter|"
    r"o'clock|am|pm)\s+)*$",
    re.IGNORECASE,
)


def _for_session(before: str, d: DueMatch) -> bool:
    """The date is what the invite is for, or that of a further thing sent with it ("I'll send the invite over, and
    the approvals log this afternoon": the log's)."""
    return (
        d.text.lower().startswith("for ")
        or FOR_TIME.search(before) is not None
        or OTHER_THING.search(before) is not None
        or (clock_time(d) and (d.text[:1].isdigit() or SESSION_HOUR.match(d.text) is not None))
    )


# an hour said bare after the invite is the session's ("I'll send an invite round, ten o'clock at the venue?"), not
# when the invite goes ("by five", "after two", "in half an hour")
SESSION_HOUR = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|quarter)\b(?!\s+(?:hours?|minutes?))", re.I
)


# a further thing named after the invite, which the date after it goes with: ", and the approvals log", "and our notes"
OTHER_THING = re.compile(r"\band\s+(?:also\s+)?(?:the|a|an|our|your|my|his|her|their)\s+\w+", re.IGNORECASE)


def _said_alone(item: Item, turn: Turn) -> DueMatch | None:
    """A deadline the item's turn says again on its own after the fact its date was taken from: "She's away till the
    20th, so I'll sign it off the day she's back. The 20th." (the 20th)."""
    fact = item.due
    if fact is None:
        return None
    for d in deadlines(turn):
        sent = turn.sentence_of(d)
        if d.start_char > fact.end_char and not any(c.sent == sent for c in turn.clauses) and len(sent) <= 6:
            return d
    return None


def _said_before(item: Item, turn: Turn) -> DueMatch | None:
    """A date the turn said before the item's clause that the item points back to ("I've got him on the sixth. I'll
    take him through it then.", "I'm seeing her at Tuesday's review. I'll get her sign-off there.", "I'm meeting
    the supplier tomorrow, so I'll confirm sizes with them then") or puts as a question ("A half-day, you and me,
    in a fortnight? I'll bring the research.")."""
    clause = next((c for c in turn.clauses if c.task == item.task), None)
    date = _one_date(turn)
    if clause is None or date is None:
        return None
    back = any(t.lower_ in ("then", "there") and t.i > clause.verb.i and t.nbor(-1).text != "," for t in clause.sent)
    if date.start_char >= clause.sent.start_char:
        # "I'm meeting the supplier tomorrow, so I'll confirm sizes with them then.": a clause of its own before it
        first = clause.subj.idx if clause.subj is not None else clause.verb.idx
        own = any(  # the date's clause commits to work of its own (not "I'm meeting them tomorrow": an engagement)
            c is not clause and c.sent == clause.sent and c.verb.idx < first and c.label != "PROGRESSIVE"
            for c in turn.clauses
        )
        return date if back and date.end_char <= first and not own else None
    sent = turn.sentence_of(date)
    if any(c.sent == sent for c in turn.clauses):
        return None  # the date's sentence commits to work of its own
    if sent.end == clause.sent.start and not sent[-1].is_punct and clause.sent[0].lower_ in JOINING:
        return date  # one sentence the parser cut at its "and": "Give us a fortnight | and we'll have the storyboards"
    # "… I'll take him through it then.", "… on Tuesday's leadership call. I'll get her sign-off there."
    asked = sent.text.rstrip().endswith("?") and sent[0].lower_ not in PAST_ASKED  # not "Did you get it Monday?"
    return date if back or asked else None


JOINING = frozenset({"and", "so", "then"})


def _promise(item: Item, turn: Turn) -> Clause | None:
    """The clause of ``turn`` that promises the item: the one said with its task, or for work taken on from a
    request, the speaker's own clause ("I'll do it")."""
    clause = next((c for c in turn.clauses if c.task == item.task), None)
    if clause is None and item.requester is not None and item.owner == item.speaker:
        clause = next((c for c in turn.clauses if c.subj_kind == "SELF" and not c.question), None)
    return clause


def _put_first(item: Item, turn: Turn) -> DueMatch | None:
    """A day the owner puts as a question before promising the work on an event of their own ("End of next week is
    tricky, I'm away. Can we say Tuesday the seventeenth? I'll do it before I go."): that day, not the event; for
    work taken on from a request, the promise is the speaker's own clause ("I'll do it"), not the task asked."""
    clause = _promise(item, turn)
    if clause is None:
        return None
    put = [d for d in asked_dates(turn) if d.end_char <= clause.sent.start_char and not fact_date(turn, d)]
    return put[-1] if put and COUNTER.search(turn.sentence_of(put[-1]).text) else None


# being somewhere at an hour: "meet you there at ten", "come over at two", "be there at nine"
MEETING_THERE = re.compile(r"^(?:(?:meet|see|join)\b.*\bthere\b|(?:come|go|head|pop|be)\s+(?:over|down|up|there|in)\b)")


def _hour_on_day_put(item: Item, turns: list[Turn]) -> DueMatch | None:
    """An hour said alone in the item's turn ("… we'll meet you there at ten.") after another speaker put a later
    day in the turn or two before ("I can do the 1st. Morning."): that day, not the meeting's."""
    own = turns[item.turn]
    if any(d.due is not None and not clock_time(d) for d in own.dues) or not MEETING_THERE.match(item.task):
        return None  # not "It'll be with them by three." after "… seeing it cold on Thursday": the work's own day
    today = item.due.due if item.due is not None else None
    for k in range(item.turn - 1, max(-1, item.turn - 3), -1):
        turn = turns[k]
        if turn.speaker in (None, own.speaker) or today is None:
            continue
        days = [d for d in turn.dues if not clock_time(d) and not fact_date(turn, d)]
        later = [d for d in days if d.due is not None and d.due > today]
        if later:
            return later[-1]
    return None


def _taken_first(item: Item, turns: list[Turn]) -> DueMatch | None:
    """A day the owner takes in a short sentence of its own before promising the work on an event ("Friday's fine.
    I'll send it once legal have seen it.", "Tuesday works. I'll confirm once the deposit clears."): that day, by
    which the work is due; the event only says when it can start. Not work on a thing of its own that the turn
    before did not name: "Could we get the floor plan over to you by Friday?" "Friday's great. And once I've got
    that, I'll order the power" takes the day of the other side's delivery, which the work waits on."""
    turn = turns[item.turn]
    clause = _promise(item, turn)
    if clause is None:
        return None
    named = {t.lemma_.lower() for t in turns[item.turn - 1].doc if t.pos_ in ("NOUN", "PROPN")} if item.turn else set()
    own = [t for t in clause.verb.children if t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN")]
    if own and not any(t.lemma_.lower() in named for t in own):
        return None
    taken = [d for d in turn.dues if d.due is not None and d.end_char <= clause.sent.start_char]
    if not taken or fact_date(turn, taken[-1]):
        return None
    sent = turn.sentence_of(taken[-1])
    short = len([t for t in sent if not t.is_punct]) <= TAKING_DAY
    return taken[-1] if short and ACCEPTING.search(sent.text) and not sent.text.rstrip().endswith("?") else None


def _at_the_event(item: Item, turns: list[Turn]) -> DueMatch | None:
    """ "The training day's next Wednesday." "Can someone do the product bit at the training?" "I'll do it.": work
    asked for at an event whose one day was said just before, taken on in the reply: the event's day (GUIDELINES §5:
    a session is due when it takes place). The request points at the event by a noun of the day's sentence ("at
    the training") or puts the day itself with "there" ("Do you want us there on the 26th?")."""
    if item.turn < 2:
        return None
    asked, before = turns[item.turn - 1], turns[item.turn - 2]
    if asked.speaker in (None, turns[item.turn].speaker) or "?" not in asked.text:
        return None
    said = [(t, d) for t in (before, asked) for d in t.dues if d.due is not None]
    if len({d.due for _, d in said}) != 1:
        return None
    home, date = said[-1]
    sent = home.sentence_of(date)
    if any(c.sent == sent and not c.question for c in home.clauses):
        return None  # the day of work said in so many words ("I'll send it Friday."), not of an event
    if home is asked:
        there = any(t.lower_ == "there" and t.dep_ == "advmod" for t in sent)
        return date if there else None
    nouns = {t.lemma_.lower() for t in sent if t.pos_ == "NOUN"}
    at = [
        t
        for t in asked.doc
        if t.lower_ == "at" and any(o.dep_ == "pobj" and o.lemma_.lower() in nouns for o in t.children)
    ]
    return date if at else None


PAST_ASKED = frozenset({"did", "didn't", "was", "wasn't", "were", "weren't", "had", "has", "have"})


def _finished(item: Item, items: list[Item], turn: Turn) -> DueMatch | None:
    """ "I'll start on the wireframes Monday, should have them done by Wednesday.", "I'll get the draft to Owen
    tomorrow, and you'll have it by Friday.": a first step's day, then the day the work is had or sent, later in
    the turn of the owner's one item: the work is due when it is finished."""
    if item.due is None or item.due.due is None or any(j.turn == item.turn and j is not item for j in items):
        return None
    if not any(d is item.due for d in turn.dues):
        return None  # dated from another turn
    later = [d for d in deadlines(turn) if d.start_char > item.due.start_char and d.due and d.due > item.due.due]
    for d in later:
        verb = _dated_verb(turn, d)
        if verb is not None and verb.tag_ == "VBN" and verb.head.lemma_ in ("have", "get"):
            verb = verb.head  # "should have them done by Wednesday"
        promised = verb is not None and (verb.dep_ == "conj" or any(a.lower_ in PROMISE_AUX for a in verb.children))
        if verb is not None and any(a.lower_ in ("so", "'ve", "have") and a.i < verb.i for a in verb.children):
            continue  # "…, so we've got time for comments before the 4th": what the work gives time for
        if held_day(turn, d):
            continue  # "I'll ring them this afternoon and get a provisional hold on the 18th": the day held
        if verb is not None and _earlier_thing(verb, item, items):
            continue  # "I'll brief the editor today and we'll have a new cut to you Thursday": the cut's own day
        if verb is not None and verb.lemma_ in FINISHED_VERBS and _ours(verb) and promised:
            return d
    return None


def _earlier_thing(verb: Token, item: Item, items: list[Item]) -> bool:
    """The verb's object names the thing of an item the same speaker took on a few turns before ("The new cut will
    be with you by Friday." … "I'll brief the editor today and we'll have a new cut to you Thursday.")."""
    things = [t for t in verb.children if t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN")]
    earlier = [j for j in items if j.speaker == item.speaker and 0 < item.turn - j.turn <= NEGOTIATION_TURNS]
    if any(redone_version(t) for t in things) and any(
        j.offered and j.owner == item.owner and 0 < item.turn - j.turn <= NEGOTIATION_TURNS for j in items
    ):
        return True  # "Would it help if we cut them down?" … "I'll brief the designer and you'll have new versions …"
    return any(t.lemma_.lower() in j.task.lower().split() for t in things for j in earlier)


FINISHED_VERBS = frozenset({"have", "get", "send", "deliver", "share", "finish", "complete"})
PROMISE_AUX = frozenset({"will", "'ll", "should", "shall", "can"})  # not "so we've got time … before the 4th"


def _ours(verb: Token) -> bool:
    """The verb's subject is the speaker, their side or the listener, or it has none ("should have them done")."""
    return all(c.lower_ in ("i", "we", "you") for c in verb.children if c.dep_ == "nsubj")


def _by_then(item: Item, turns: list[Turn]) -> DueMatch | None:
    """ "The board meets on the 12th." "I'll have the paper to you by then.": the one day said just before (in the
    turn, else the turn before), even an event's, that the item's "by then" points to."""
    at = item.turn
    clause = next((c for c in turns[at].clauses if c.task == item.task), None)
    if clause is None and item.accepted:  # "Can you check them the same day?" "Sure.": the day the request said
        asked = [(k, c) for k in range(at - 1, max(-1, at - 3), -1) for c in turns[k].clauses if c.task == item.task]
        at, clause = asked[0] if asked else (at, None)
    turn = turns[at]
    m = BY_THEN.search(clause.sent.text) if clause is not None else None
    if clause is None or m is None:
        return None
    here = [d for d in turn.dues if d.due is not None and d.start_char < clause.sent.start_char]
    before = [d for d in turns[at - 1].dues if d.due is not None] if at > 0 and not here else []
    said = here or before
    if len({d.due for d in said}) > 1:  # "Ideally by the twelfth, so we can lock picture the Monday after.": the "by"
        said = [d for d in said if d.text.lower().startswith("by ")]
    return said[-1] if said and len({d.due for d in said}) == 1 else None


# not "before then": work due before a day is relative to it, with no date of its own (GUIDELINES §5); "I'll send
# those on the tenth." "I'll turn them round same day.": the day just said
# (not "the same day as the recce", "the same day we get the budget": a day relative to an event, no date)
BY_THEN = re.compile(
    r"\b(?:(?:by|for) then|(?:the )?same day(?!\s+(?:as|that|when|we|you|they|i|he|she|it)\b))\b", re.IGNORECASE
)


def _same_time(item: Item, items: list[Item], turns: list[Turn]) -> DueMatch | None:
    """ "I'll send the spec sheets Friday." "And the reviews?" "I'll pull them into a spreadsheet, same time.": work
    said to come with the owner's item before it takes that item's date (not "At the same time, we need …", said
    before the work as a contrast)."""
    turn = turns[item.turn]
    clause = next((c for c in turn.clauses if c.task == item.task), None)
    if clause is None:
        return None
    verb_at = clause.verb.idx - clause.sent.start_char
    if not any(m.start() > verb_at for m in SAME_TIME.finditer(clause.sent.text)):
        return None
    owners = owners_of(item)
    before = [
        j
        for j in items
        if item.turn - NEGOTIATION_TURNS <= j.turn <= item.turn
        and j is not item
        and (set(owners_of(j)) & set(owners) or j.speaker == item.speaker)
    ]
    earlier = [j for j in before if j.turn < item.turn or (j.due is not None and j.due.start_char < clause.verb.idx)]
    last = max(earlier, key=lambda j: j.turn, default=None)
    return last.due if last is not None and last.due is not None and last.due.due is not None else None


def _sent_with(item: Item, items: list[Item], turns: list[Turn]) -> DueMatch | None:
    """ "I'll get the breakdown to you by Thursday." … "I'll revise the estimate and send it with the breakdown.":
    work sent with a dated thing of the owner's a few turns before goes with it, on its date."""
    clause = next((c for c in turns[item.turn].clauses if c.task == item.task), None)
    if clause is None:
        return None
    things = {
        o.lemma_.lower()
        for p in clause.sent
        if p.i > clause.verb.i and p.lower_ == "with" and p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN"
    }
    owners = set(owners_of(item))
    for j in sorted(items, key=lambda j: -j.turn):
        if not item.turn - NEGOTIATION_TURNS <= j.turn <= item.turn or j is item or j.due is None or not j.due.due:
            continue
        if set(owners_of(j)) & owners and things & {w.lower() for w in re.findall(r"[A-Za-z]+", j.task)}:
            return j.due
    return _sent_with_theirs(item, items, clause.sent.text[clause.verb.idx - clause.sent.start_char :])


WITH_THEIRS = re.compile(r"\bwith\s+((?:[A-Z][\w-]+\s+)?[A-Z][\w-]+)(?:'|’)s\b")  # "I'll send it with Joel's."
THEIRS_TURNS = 8  # how far back the other's dated work may have been said


def _sent_with_theirs(item: Item, items: list[Item], after_verb: str) -> DueMatch | None:
    """ "Do you want the Q&A now or with the statement?" "With the statement is fine." "Okay, I'll send it with
    Joel's.": work sent with another attendee's dated work goes on its date (that attendee's latest dated item of
    the last few turns)."""
    m = WITH_THEIRS.search(after_verb)
    if m is None:
        return None
    for j in sorted(items, key=lambda j: -j.turn):
        if j is item or not item.turn - THEIRS_TURNS <= j.turn < item.turn or j.due is None or not j.due.due:
            continue
        if any(o is not None and m.group(1) in (o, o.split()[0]) for o in owners_of(j)):
            return j.due
    return None


# not "the same time as last week", a slot named by another
SAME_TIME = re.compile(r"\b(?:(?:at|by)\s+)?(?:the\s+)?same\s+(?:time|day)\b(?!\s+as\b)", re.IGNORECASE)


def _result_after(item: Item, items: list[Item], turn: Turn) -> DueMatch | None:
    """ "I'll chase the printer for the proofs then, we should have them by Thursday.": the turn's one date, said
    after the item's verb in a clause that only says when the result arrives (have / get / hear, future or
    "should", its subject the speaker's side or the listener), in a turn of no other owner's item nor one of
    another date ("I'll rework the colours and check the oat. You'll have them Monday.": both)."""
    clause = next((c for c in turn.clauses if c.task == item.task), None)
    date = _one_date(turn)
    if clause is None or date is None or date.start_char <= clause.verb.idx:
        return None
    others = [j for j in items if j.turn == item.turn and j is not item]
    if any(j.owner != item.owner or (j.due is not None and j.due.due != date.due) for j in others):
        return None  # another's work, or work of its own date
    verb = _dated_verb(turn, date)
    if verb is not None and verb.dep_ == "ccomp" and verb.tag_ == "VBN" and verb.head.lemma_ == "have":
        verb = verb.head  # "they'll have it done by Wednesday": have
    if verb is None or verb.i == clause.verb.i or verb.lemma_ not in RESULT_VERBS:
        return None
    if any(c.verb.i == verb.i and c.task == j.task for c in turn.clauses for j in others):
        return None  # "…, and we'll have the written proposal in by the 20th": an item of its own
    modal = any(c.dep_ == "aux" and c.lemma_ in ("will", "should", "shall") for c in verb.children)
    return date if modal and (_ours(verb) or _chased_deliver(clause, verb)) else None


RESULT_VERBS = frozenset({"have", "get", "hear", "receive"})
# an item that presses another party for their work: "I'll chase the fares team. They'll have it done by Wednesday."
CHASING = frozenset({"chase", "nudge", "hassle", "prod", "push", "ask"})


def _chased_deliver(clause: Clause, verb: Token) -> bool:
    """The party the item chases is the subject ("they") of the result's verb: "I'll chase the fares team.
    Realistically they'll have it done by Wednesday." (the chase is done when they deliver); not another's work
    ("I'll chase the printer. The designers will have the files by Friday.")."""
    return clause.verb.lemma_ in CHASING and any(c.dep_ == "nsubj" and c.lower_ == "they" for c in verb.children)


def _dated_verb(turn: Turn, d: DueMatch) -> Token | None:
    """The verb a date hangs from ("we should have them by Thursday": have)."""
    tok = next((t for t in turn.doc if t.idx >= d.start_char), None)
    while tok is not None and tok.head.i != tok.i and (d.start_char <= tok.idx < d.end_char or tok.pos_ == "ADP"):
        tok = tok.head
    return tok if tok is not None and tok.pos_ in ("VERB", "AUX") else None


def _settled_then(item: Item, items: list[Item], turns: list[Turn]) -> DueMatch | None:
    """ "You'll have a name by the end of next week." "The programme prints on the 12th though." "Ah. Okay, Monday
    then. I'll push them.": the owner, after the other side's turn that puts a time against it, settles on a date
    in a sentence of nothing but the date and "then" (before taking on other work)."""
    owners = owners_of(item)
    for k in range(item.turn + 2, min(item.turn + NEGOTIATION_TURNS + 1, len(turns))):
        turn, before = turns[k], turns[k - 1]
        if any(j.turn in range(item.turn + 1, k) and j.owner == item.owner for j in items):
            return None
        if turn.speaker not in owners or before.speaker is None or before.speaker in owners or not before.dues:
            continue  # the other side's turn puts a time against it ("The shoot's the 24th though.")
        for d in deadlines(turn):
            sent = turn.sentence_of(d)
            rest = sent.text[: d.start_char - sent.start_char] + " " + sent.text[d.end_char - sent.start_char :]
            words = re.findall(r"[a-z']+", rest.lower())
            if "then" in words and all(w in THEN_FILLERS for w in words):
                return d if item.due is None or d.due != item.due.due else None
    return None


THEN_FILLERS = frozenset(
    "then ah oh okay ok yes yeah right fine alright so let's say make it call shall we go with for".split()
)


def _moved_later(item: Item, items: list[Item], turns: list[Turn]) -> DueMatch | None:
    """ "I'll get the cut over on Friday." … "Actually, could you make the cut Thursday?" "Yeah, that's fine.": a
    new date the other side asks for a few turns later (the turn right after is ``deadlines.renegotiated``'s), that
    the owner accepts, for the owner's latest item."""
    owners = owners_of(item)
    for k in range(item.turn + 2, min(item.turn + NEGOTIATION_TURNS + 1, len(turns) - 1)):
        if any(j.turn in range(item.turn + 1, k) and j.owner == item.owner for j in items):
            return None  # the owner has taken on other work since
        ask, reply = turns[k], turns[k + 1]
        if ask.speaker is None or ask.speaker in owners or reply.speaker not in owners or ask.n_words > 24:
            continue
        new = _one_date(ask)
        if new is None or not _in_question(ask, new) or not MOVED.search(ask.text) or deadlines(reply):
            continue
        if not _about(ask, new, item):
            continue  # "Could we move the launch to the 20th?": another thing's date
        if reply.n_words <= 8 and ACCEPTING.search(reply.text) and not reply.opening("DECLINE", 3):
            return new
    return None


def _relaxed(item: Item, turns: list[Turn]) -> DueMatch | None:
    """ "I'll get the toolkit to you by Friday." "Honestly, no rush, end of next week is fine.": the other side
    grants a different date for the work, a turn or a few after."""
    owners = owners_of(item)
    for turn in turns[item.turn + 1 : item.turn + 3]:
        if turn.speaker is None or turn.speaker in owners or turn.side in owners or not RELAXED.search(turn.text):
            continue
        new = _one_date(turn)
        if turn.n_words > 16 or turn.is_question() or new is None or item.due is None or new.due == item.due.due:
            continue
        if GRANTED.match(turn.text, new.end_char) and _about(turn, new, item):
            return new
    return None


RELAXED = re.compile(
    r"\b(?:no (?:rush|hurry|panic|pressure)|take your time|don't (?:rush|kill yourself)|instead)\b", re.IGNORECASE
)


def _about(turn: Turn, d: DueMatch, item: Item) -> bool:
    """The question that says ``d`` names nothing but the item's work ("could you make the cut Thursday?")."""
    sent = turn.sentence_of(d)
    task = {w.lower() for w in item.task.split()}
    nouns = [t for t in sent if t.pos_ in ("NOUN", "PROPN") and not d.start_char <= t.idx < d.end_char]
    return all(t.lower_ in task or t.lemma_.lower() in task or t.lower_ in NOT_THINGS for t in nouns)


NOT_THINGS = frozenset({"rush", "hurry", "panic", "worries", "problem", "pressure", "way", "honesty"})


MOVED = re.compile(
    r"\b(?:instead|make (?:it|that|the \w+)|(?:move|push|bring) (?:it|that|the \w+)(?: \w+)? (?:to|forward)|"
    r"(?:could|can) (?:you|we) do|any chance of)\b",
    re.IGNORECASE,
)


def _added_by_requester(item: Item, turns: list[Turn]) -> DueMatch | None:
    """ "Will, can you send us the logo files?" "Sure." "Ideally by Friday, so the studio can start." """
    if item.requester is None or item.turn + 1 >= len(turns):
        return None
    turn = turns[item.turn + 1]
    if turn.speaker != item.requester or turn.n_words > 12 or not ADDED.match(turn.text):
        return None
    due, first = _one_date(turn), next(iter(turn.doc.sents))
    return due if due is not None and due.start_char < first.end_char else None


ADDED = re.compile(
    r"^\W*(?:(?:great|thanks|lovely|perfect|brilliant|cheers|ok|okay|and)\W+)?"
    r"(?:ideally|preferably|by(?! the way)|before|if you can|if possible|no later than)\b",
    re.IGNORECASE,
)


def _not_taken(item: Item, home: Turn, turns: list[Turn]) -> bool:
    """ "I'll speak to the venue." "Could we hear by Friday?" "It depends on them, I can't promise.": the date
    the other side asked for, which the owner does not take."""
    if home.index == item.turn or home.index + 1 >= len(turns) or home.speaker in owners_of(item):
        return False
    reply = turns[home.index + 1]
    refused = bool(reply.opening("DECLINE", 3)) or NOT_TAKEN.search(reply.text) is not None
    return reply.speaker in owners_of(item) and not deadlines(reply) and refused


NOT_TAKEN = re.compile(
    r"\b(?:can't|cannot|won't) (?:promise|commit to|guarantee)|\bno promises\b|\bdepends on\b|\bthat's (?:too )?tight\b"
    r"|\bunlikely\b|\bnot (?:by|before) then\b",
    re.IGNORECASE,
)


def _put_before(item: Item, items: list[Item], turns: list[Turn], after_event: bool = False) -> DueMatch | None:
    """ "Can we get the PO raised by the end of the month, Lucy?" "Consider it done." (not a date the turn before
    gave its own item, "I'll send the quote. By Wednesday." "And I could have a go at the design.", or another item
    took, "I'll sort the access." … "I'll have an answer by Friday." "Shall I mock up a few frames?"); with
    ``after_event``, a deadline the turn before needs, taken on with only an event to wait for ("as soon as it's
    signed off")."""
    turn = turns[item.turn]
    own = deadlines(turn) or [d for d in turn.dues if d.due is None and not (after_event and d is item.due)]
    if item.turn == 0 or own or turn.speaker is None or any(j.turn == item.turn - 1 for j in items):
        return None
    prev = turns[item.turn - 1]
    if prev.speaker is None or prev.speaker == turn.speaker:
        return None
    put = _one_date(prev)
    if put is not None and any(j is not item and j.due is put for j in items):
        return None  # another item took that date ("I'll sort the access." … "I'll have an answer by Friday.")
    if put is not None and _accepted_for_before(prev, put, item, items):
        return None
    if put is not None and _own_engagement(prev, put) and not _needed(prev, put):
        return None  # "I'm presenting to the exec on the ninth." "We could add a couple of slides to your deck."
    if not (_takes_on(turn, item) or _points_back(turn, prev, put)):
        return None
    if after_event and put is not None and (prev.cues("RECAP") or not (_in_question(prev, put) or _needs(prev, put))):
        return None  # not "… the certificate by Monday, Dervla submitting it …" (a recap) "As soon as it lands."
    return put


def _own_engagement(turn: Turn, d: DueMatch) -> bool:
    """The date is when the speaker or their side is busy with something of their own, said as what they are doing
    ("I'm presenting to the exec team on the ninth", "we're seeing the board Thursday"): when that happens, not a
    deadline put for the reply's work (GUIDELINES §5: "before the board" is vague)."""
    verb = _dated_verb(turn, d)
    if verb is None or verb.tag_ != "VBG" or _in_question(turn, d):
        return False
    be = any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    mine = any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)
    return be and mine and verb.lemma_ not in ("go", "send", "get", "have")


def _accepted_for_before(prev: Turn, put: DueMatch, item: Item, items: list[Item]) -> bool:
    """ "I'll get the revised plan over by Friday." "Friday's fine. And the pricing question, we should talk to the
    printers." "Yeah, I can set up a call with them.": the day the turn before accepts, in its first sentence (not a
    question), is the one an item of the turn before it was given, not a deadline put for the reply's work."""
    first = next(iter(prev.doc.sents), None)
    if first is None or put.start_char >= first.end_char or first.text.rstrip().endswith("?"):
        return False
    return any(j is not item and j.turn == prev.index - 1 and j.due is not None and j.due.due == put.due for j in items)


def _asked_after(item: Item, items: list[Item], turns: list[Turn]) -> DueMatch | None:
    """ "I'll speak to them." "Any chance you could get an answer by the end of the month?" "Should be doable."; not
    a date asked for other work that the owner takes on, with that date, a few turns on ("I'll do a push on the
    intranet." "And the sizes, could I have them by the end of the month?" "Sizes, yeah…" … "Yes, end of the month's
    fine. I'll pull them off the form.")."""
    owners = owners_of(item)
    for k in range(item.turn + 1, min(item.turn + 3, len(turns) - 1)):
        ask, reply = turns[k], turns[k + 1]
        if ask.speaker is None or ask.speaker in owners or ask.n_words > 24:
            continue
        if reply.speaker not in owners or reply.n_words > 8 or deadlines(reply):
            continue
        asked = _one_date(ask)
        if (
            asked is not None
            and (_in_question(ask, asked) or _needed(ask, asked))
            and (ACCEPTING.search(reply.text) or DOABLE.search(reply.text))
            and not _taken_later(item, items, asked, k)
        ):
            return asked
    return None


TAKEN_LATER = 6  # the turns within which the owner may come back to a date asked of other work


def _taken_later(item: Item, items: list[Item], asked: DueMatch, k: int) -> bool:
    """An item of the same owner made after the ask (turn ``k``) and its reply that took the date asked."""
    owners = owners_of(item)
    return any(
        k + 1 < j.turn <= k + TAKEN_LATER  # after the reply to the ask
        and j.due is not None
        and j.due.due == asked.due
        and set(owners_of(j)) & set(owners)
        for j in items
    )


def _points_back(turn: Turn, prev: Turn, put: DueMatch | None) -> bool:
    """ "We need a note out to staff today." "I can draft that.": the reply opens by taking on, as "that" or "it",
    the work the turn before needs by a date."""
    first = next(iter(turn.doc.sents), None)
    opening = [c for c in turn.clauses if c.sent == first]
    return put is not None and _needs(prev, put) and bool(opening) and pronoun_object(opening[0])


def _needs(turn: Turn, d: DueMatch) -> bool:
    """ "The paper needs it by four.": a deadline set in so many words."""
    return NEEDED.search(turn.sentence_of(d).text) is not None


def _needed(turn: Turn, d: DueMatch) -> bool:
    """ "We'd need it by the 18th.", "Ideally Friday.": a deadline the other side sets, not a date said in passing."""
    return _needs(turn, d) or re.match(r"(?:by|before|no later than)\b", d.text, re.I) is not None


NEEDED = re.compile(
    r"\b(?:need|needs|needed|want|wants|ideal|ideally|preferably|at the latest|latest)\b"
    r"|\b(?:would|'d)\s+be\s+(?:perfect|handy|helpful|brilliant|great|lovely)\b",  # "Thursday would be perfect"
    re.IGNORECASE,
)


def _in_question(turn: Turn, d: DueMatch) -> bool:
    return any(s.start_char <= d.start_char < s.end_char and s.text.rstrip().endswith("?") for s in turn.doc.sents)


def _granted_after(item: Item, turns: list[Turn]) -> DueMatch | None:
    """ "We'll have another go at the headline." "No rush. End of the month's fine.": the other side, right after."""
    if item.turn + 1 >= len(turns):
        return None
    turn = turns[item.turn + 1]
    if turn.speaker is None or turn.speaker in owners_of(item) or turn.n_words > 14 or turn.clauses:
        return None
    due = _one_date(turn)
    return due if due is not None and GRANTED.match(turn.text, due.end_char) else None


GRANTED = re.compile(
    r"\s*(?:'s|is|would\s+be|will\s+be|should\s+be)?\s*(?:(?:fine|okay|ok|good|great|plenty|works)\b|(?:ideal|perfect)(?=\s*(?:[.!]|$)))",
    re.I,
)
DOABLE = re.compile(r"\b(?:doable|can do|will do|no problem|should be fine|sure|of course)\b", re.IGNORECASE)
