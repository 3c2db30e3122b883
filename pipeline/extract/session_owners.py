"""Who a session is of, and its day when the two settle it just after (GUIDELINES §2.1, §2.2, §5).

Of both the one who put it and the one who says they will come::

    "I want to walk the venue on Tuesday. Ffion, it would be good if you came too."   (a session put)
    "Yes, I'll come."                                                                  (of both, not Ffion's alone)

Of a third person too who joins it just after in so many words ("I'm in. I'll bring wellies this time.": what they
bring along is part of the session, no item of its own), or who was named in the party it was put for and takes it
("You, me and Owen, see the space." … "I'm there anyway, so yes."; "Nell and I will go. Can you make it, Priti?"),
and of whoever invited the one who put it to the listener ("Could you come then?" "The 14th works. Owen, can you
make it?" "Yes, I'll come.": of all three). The item is where the last of them takes it.

A session of two put again a few turns on as only going there together ("… see the new displays going in, with
you." … "Could we go down together next Thursday?" "Go on then.") is the one session, where its going is settled
(``_gone_to``).

A session taken up with a firm "Yes, let's. When?" is dated with the day one of the two then puts and the other
takes ("October 8th?" "October 8th works."). A request taken up to go somewhere with the one who asks ("Would you
be up for coming down to the site with me?" "I'd love that.") and where a session taken with a willing "go on then.
When?" stands are the tracker's (``sessions.py``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.dates import DueMatch
from pipeline.extract.fact_dates import fact_date
from pipeline.extract.going import attending
from pipeline.extract.items import SESSION_WORDS, Item
from pipeline.extract.sessions import ASSEMBLED, taken
from pipeline.extract.turns import Turn

if TYPE_CHECKING:
    from spacy.tokens import Token

SETTLE_TURNS = 3  # how many turns after the joint item one of the two may put its day
TAKEN = re.compile(
    r"\b(?:fine|works|good|great|perfect|okay|ok|yes|yeah|yep|deal|done|lovely|free|suits|let's do it|go on then)\b",
    re.IGNORECASE,
)
NOT_TAKEN = re.compile(r"\b(?:can't|cannot|not free|no good|doesn't work|won't work|busy|away|off)\b", re.IGNORECASE)


def join_sessions(items: list[Item], turns: list[Turn], attendees: list[str]) -> list[Item]:
    """``items`` with each session someone said they will come to made the item of both, and a session taken up
    with "When?" ("Yes, let's. When?") dated with the day one of the two then puts and the other takes ("October
    8th?" "October 8th works."); a session put for a party named among ``attendees`` is of them all (``_add_party``)."""
    for item in items:
        host = _host(item, turns)
        if host is not None and isinstance(item.owner, str):
            item.owner = [host, item.owner]
        partner = _partner(item, turns) or _together_with(item, turns) if host is None else None
        if partner is not None and isinstance(item.owner, str):
            item.owner = [item.owner, partner]
            after = turns[item.turn + 1] if item.turn + 1 < len(turns) else None
            if after is not None and after.speaker == partner and taken(after):  # "Yeah, count me in."
                item.turn = after.index
        if isinstance(item.owner, list) and (item.due is None or item.due.due is None):
            item.due = _day_settled(item, turns) or item.due
    for item in items:
        _add_party(item, turns, set(attendees))
    joined = [_joins(item, turns) for item in items]
    for item, joiner in zip(items, joined, strict=True):
        if joiner is not None and isinstance(item.owner, list):
            item.owner = [*item.owner, joiner[1]]
    came = {j for j in joined if j is not None}
    # "I'm in. I'll bring wellies this time.": what the one joining brings along is part of the session
    items = [i for i in items if not (isinstance(i.owner, str) and (i.turn, i.owner) in came and _along(i.task))]
    return _gone_to(items)


# only going there: "go down together", "come to you", "pop over with you"; not "go through the deck", "visit the site"
ONLY_GOING = re.compile(
    r"^(?:come|go|pop|head|drive|travel)"
    r"(?:\s+(?:down|up|over|round|across|along|in|out|there|together|(?:with|to)\s+(?:me|us|you|them)))*$",
    re.IGNORECASE,
)
SAME_SESSION_TURNS = 8  # how soon after a session its owners going there together is the same session


def _gone_to(items: list[Item]) -> list[Item]:
    """``items`` with a session of the same people put again as only going there ("I'd like to see the new displays
    going in at one of your stores, with you. Leeds is first?" "Leeds is first, yes." "Could we go down together
    next Thursday?" "Go on then. Next Thursday.") one item: the session said first, where and when the going is
    settled."""
    gone: set[int] = set()
    for item in items:
        if not isinstance(item.owner, list) or not ONLY_GOING.match(item.task.strip()):
            continue
        same = [
            i
            for i in items
            if isinstance(i.owner, list)
            and set(i.owner) == set(item.owner)
            and 0 < item.turn - i.turn <= SAME_SESSION_TURNS
            and id(i) not in gone
            and not ONLY_GOING.match(i.task.strip())
        ]
        if not same:
            continue
        first = max(same, key=lambda i: i.turn)
        first.turn = item.turn
        if item.due is not None and item.due.due is not None:
            first.due = item.due
        first.merged.append(item.turn)
        gone.add(id(item))
    return [i for i in items if id(i) not in gone]


JOINING = re.compile(
    r"^\W*(?:(?:yes|yeah|oh|and|okay|ok)\W+)?(?:i'm in|count me in|put me in|me too|i'll come too)\b", re.I
)
ALONG = {"bring", "come", "drive", "travel", "head", "pop"}
JOIN_TURNS = 2  # how soon after the session is taken a third person may join it


def _along(task: str) -> bool:
    return task.split(" ", 1)[0] in ALONG


def _joins(item: Item, turns: list[Turn]) -> tuple[int, str] | None:
    """ "Why don't you come down on the 2nd?" "Love that, I'll come down." "I'm in.": the turn and name of another
    person who joins a session just taken, said in so many words."""
    if not isinstance(item.owner, list):
        return None
    for turn in turns[item.turn + 1 : item.turn + JOIN_TURNS + 1]:
        if turn.speaker and turn.speaker not in item.owner and JOINING.search(turn.text):
            return turn.index, turn.speaker
    return None


PARTY_TURNS = 3  # how many turns after a session is put for a named party its members may take it
INVITED = re.compile(r"\b(?:could|can|would|will|do|want to) you (?:\w+ )?(?:come|make it|join|pop|be there)\b", re.I)


def _add_party(item: Item, turns: list[Turn], attendees: set[str]) -> None:
    """The people an item was put for by name ("Freddie and I will go", "You, me and Owen, see the space": theirs
    unless they turn it down) and those asked to come who take it ("Can you make it, Priti?" "The
    ninth works for me."), and whoever invited the one who put it ("Could you come then?" "The 14th works for me.
    Owen, can you make it?"): added to its owners, the item where the last of them takes it."""
    owners = item.owner if isinstance(item.owner, list) else [item.owner] if item.owner else []
    for k in range(item.turn, max(-1, item.turn - PARTY_TURNS), -1):
        put = turns[k]
        if k < item.turn and put.speaker == turns[item.turn].speaker:
            continue  # "You, me and Owen, see the space." … "I'll send the deck too.": the deck is not the visit
        named, asked = _party_named(put, attendees)
        if put.speaker not in owners and not named & set(owners):
            continue  # "Freddie and I will go." "Yep, I'm free.": Freddie's, and of the one who put it
        after = [t for t in turns[k + 1 : k + PARTY_TURNS + 1] if t.speaker in (named | asked) - set(owners)]
        took = [t for t in after if _takes(t) and not t.cues("DECLINE")]
        refused = {t.speaker for t in after if t not in took and (t.cues("DECLINE") or NOT_TAKEN.search(t.text))}
        added = [*(n for n in named if n not in refused), *(t.speaker for t in took)]
        inviter = _inviter(turns, k, owners)
        if not set(added) - set(owners) and inviter is None:
            continue
        party = [inviter, *((put.speaker,) if named else ()), *owners, *added]
        item.owner = [o for o in dict.fromkeys(party) if o]
        item.turn = max([item.turn, *(t.index for t in took)])
        item.task = attending(item.task)  # "Nell and I will go. Can you make it, Priti?"
        if item.due is None or item.due.due is None:  # "The ninth works for me.": the session's day
            said = [d for t in (*took, put) for d in t.dues if d.due is not None]
            item.due = said[0] if said else item.due
        return


def _party_named(turn: Turn, attendees: set[str]) -> tuple[set[str], set[str]]:
    """The attendees a turn puts work or a session for by name, with the speaker ("you, me and Owen", "Nell and I
    will go", "me and Nell will go"), and those it then asks to come ("Can you make it, Priti?")."""
    text = turn.text
    others = [n for n in attendees if n != turn.speaker]
    named = {
        n
        for n in others
        if re.search(
            rf"\b(?:you,? me,? and|me,? you,? and|you and me and) {re.escape(n)}\b"
            rf"|\b{re.escape(n)} and (?:I|me|myself)(?:'ll| will| can| could| are| 're| should| go)\b"
            rf"|\b(?:me|myself) and {re.escape(n)}(?:'ll| will| can| could| are| 're| should| go)\b",
            text,
            re.IGNORECASE,
        )
    }
    if not named:
        return set(), set()
    asked = {
        n
        for n in others
        if n not in named and (re.search(rf"\b{re.escape(n)}\?", text) or INVITED.search(text) and n in text)
    }
    return named, asked


def _inviter(turns: list[Turn], k: int, owners: list[str]) -> str | None:
    """Whoever invited the speaker of turn ``k`` to come in the turn before, which ``k`` takes ("Could you come
    then?" "The 14th works for me. Owen, can you make it?"), when not one of ``owners``."""
    before = turns[k - 1] if k > 0 else None
    if before is None or before.speaker in (None, *owners) or not INVITED.search(before.text):
        return None
    if not before.is_question() or not _takes(turns[k]) or len(owners) < 2:
        return None
    return before.speaker


SESSION_VERBS = {"do", "run", "sit", "walk", "go", "click", "come", "visit", "present", "host", "hold", "meet"}
# a meeting set up with someone: "I'll set up a check-in with you, Alasdair", "I'll book a session with you" (not one
# only offered as done: "I can do a prep call with you beforehand" stays the offerer's, as natural d03 t49 has it)
SETTING_UP = {"set", "arrange", "book", "organise", "organize", "schedule"}
MEETINGS = SESSION_WORDS | {"check", "check-in", "interview", "training", "rehearsal", "run-through", "catch"}


def _session_verb(w: Token) -> Token | None:
    """The verb a "with" says a session of: its own head in SESSION_VERBS ("I'll run it with Ines"), or a verb that
    sets up the meeting it takes or the "with" hangs from ("set up a check-in with you", "book a call with you");
    not "I'll share it with you" nor "set up a call with the printer" (the name decides)."""
    head = w.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in MEETINGS:
        verb = head.head
        return verb if verb.pos_ == "VERB" and verb.lemma_ in SETTING_UP else None
    if head.lemma_ in SESSION_VERBS:
        return head
    meets = any(c.dep_ == "dobj" and c.lemma_.lower() in MEETINGS for c in head.children)
    return head if head.lemma_ in SETTING_UP and meets else None


def _partner(item: Item, turns: list[Turn]) -> str | None:
    """ "I'll do that with you." (to the one who asked), "I'll run it with Ines, if she's up for it.": the attendee
    the owner says they will hold the session with; not "I'll share it with you" or "I'll check with finance"."""
    turn = turns[item.turn]
    if not isinstance(item.owner, str) or item.speaker != item.owner or turn.speaker != item.owner:
        return None
    names = {t.speaker for t in turns if t.speaker and t.speaker != item.owner}
    before = turns[item.turn - 1].speaker if item.turn > 0 else None
    for w in turn.doc:
        verb = _session_verb(w)
        said = verb is not None and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in verb.children)
        if w.lower_ != "with" or verb is None or not said:
            continue
        if any(c.dep_ == "prt" and c.lower_ == "back" for c in verb.children):
            continue  # "I'll come back with you on that"
        for o in (c for c in w.children if c.dep_ == "pobj"):
            if o.lower_ == "you" and before in names:
                return before
            named = [n for n in names if n in turn.doc[o.left_edge.i : o.right_edge.i + 1].text]
            if len(named) == 1:
                return named[0]
    return None


TOGETHER_TURNS = 3  # how far back the one a session is done together with may have put or asked for it
ASSEMBLING = ASSEMBLED | {"get", "send", "gather", "group", "club", "band", "lump", "stitch", "tie", "string"}


def _together_with(item: Item, turns: list[Turn]) -> str | None:
    """ "It'd help if we walked the site together, Imogen. The third of June?" "The third works. I'll bring
    wellies." (worded "walk the site together"); "Can we go through the listening stuff properly?" "Yeah, do you
    want to sit down on Tuesday?": a session the speaker's item is worded as done together is also of the one who
    put it to them or asked for it, the nearest other speaker a turn or three before. Not "pull the numbers
    together", "put a deck together" or "call together the findings" (made, not met)."""
    words = item.task.lower().split()
    if "together" not in words[2:] or words[0] in ASSEMBLING:  # "call together the findings": made, not met
        return None
    if not isinstance(item.owner, str) or item.speaker != item.owner or turns[item.turn].speaker != item.owner:
        return None
    said = turns[max(0, item.turn - TOGETHER_TURNS) : item.turn + 1]
    if not any(MET.search(t.text) for t in said):
        return None  # "Can I get my own login?" "I'll get you set up.": no session put, whatever the wording
    for turn in reversed(said[:-1]):
        if turn.speaker and turn.speaker != item.owner:
            return turn.speaker
    return None


# the words that put a session of two: "together", "you and I", "with me", "do you want to come?", "sit down"
MET = re.compile(
    r"\btogether\b|\byou and (?:I|me)\b|\b(?:me|I) and you\b|\bwith (?:me|us)\b|\bsit down\b"
    r"|\b(?:do you want|would you like|fancy|are you (?:still )?(?:okay|ok|happy|up for)) (?:to )?(?:come|coming|join)"
    r"|\bcan we (?:go through|sit|walk|meet|look at)\b",
    re.IGNORECASE,
)


def _host(item: Item, turns: list[Turn]) -> str | None:
    """ "I want to walk the venue on Tuesday. Ffion, it would be good if you came too." "Yes, I'll come.": whoever
    put the session the owner says they will come to, or be at ("I'll be there."), in the turn before."""
    if not isinstance(item.owner, str) or item.turn == 0 or not ATTENDING.search(turns[item.turn].text):
        return None
    before = turns[item.turn - 1]
    return before.speaker if before.speaker not in (None, item.owner) else None


# "I'll come", "I'll come along / too / with you", "I'll join you", "I'll be there" (not "I'll come back to you")
ATTENDING = re.compile(
    r"\bi(?:'ll| will) (?:come(?: along| too| with you| down| over)?|join (?:you|us)|tag along|be there)\b(?! back)",
    re.IGNORECASE,
)


def _day_settled(item: Item, turns: list[Turn]) -> DueMatch | None:
    """The day one of the session's owners puts in the turns after it, or as a question in its own turn after
    taking it ("Love that. Let's do it once the templates are done. How about Thursday the second?"), and the other
    takes, else None."""
    owners = item.owner if isinstance(item.owner, list) else []
    for k in range(item.turn, min(item.turn + SETTLE_TURNS + 1, len(turns) - 1)):
        put, reply = turns[k], turns[k + 1]
        if put.speaker not in owners:
            return None  # someone else has the floor: the session is left as it was
        day = _asked_day(put)
        if day is None:
            continue
        if reply.speaker in owners and reply.speaker != put.speaker and _takes(reply):
            return day
        return None
    return None


def _asked_day(turn: Turn) -> DueMatch | None:
    """The one day a turn puts as a question: "Next Thursday?", "Tom, are you free next Tuesday?"."""
    asked = [
        d
        for s in turn.doc.sents
        if s.text.rstrip().endswith("?")
        for d in turn.dues
        if d.due is not None and s.start_char <= d.start_char < s.end_char and not fact_date(turn, d)
    ]
    return asked[0] if len({d.due for d in asked}) == 1 else None


def _takes(turn: Turn) -> bool:
    """The reply takes the day: "Next Thursday's fine.", "Monday week... let me look. Yep, I'm free."."""
    return (
        TAKEN.search(turn.text) is not None and NOT_TAKEN.search(turn.text) is None and not turn.opening("DECLINE", 3)
    )
