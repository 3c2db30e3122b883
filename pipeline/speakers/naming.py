"""Names for speaker clusters, from what the meeting itself says; when in doubt a cluster stays "Speaker 2".

Evidence, each a vote for or against (cluster, attendee):

    "Hi, it's Sarah" / "Hi, sorry, it's Sarah" / "I'm Tom, from the creative team" / "Sarah here"   introduction:
        strong for
    "Sorry, my link dropped. Hi, I'm Sarah, ..." / "Better now, hi Tom, Sarah here."   a greeting and introduction
        after a first sentence: the same; "Can you hear me? Priti here, we've been through ..." too
    "I'm the producer on this"   a role the sidecar gives exactly one attendee: strong for
    "Thanks, Priya." / "Morning, Grace."   said to the previous speaker: for (previous, Priya)
    "You too, Priya." / "Same to you, Priya."   only a reply to the previous speaker: strong for (previous, Priya)
    "Tom, can you take that?" / "..., right, Tom?"   said to the next speaker: for (next, Tom); when the next voice
        only finishes the sentence in lower case ("Tom, would you mind" / "taking that?"), to the one after
    ... and the next speaker answers it ("Sure, I'll do that.")   called on and answering: strong for (next, Tom)
    "And Tom, the printers need the files." / "Sure, ..."   called on without a question, and taking it on: strong
    "Morning David, thanks for making the time." opening the meeting   the greeted answer next: for (next, David)
    "Hi, Penny. Hi, Yusuf." opening the meeting, answered by two other voices greeting back or thanking   those
        two voices are Penny and Yusuf in some order: against every other attendee for them (elimination only)
    "Bill's here for the production side." / "Kwame's going to walk you through them."   someone presented by
        another: for the next voice, strongly when it opens with a greeting ("Morning all.")
    "Happy Friday, Carol." / "Happy Friday!"   greeted by name and greeting back: strong for (next, Carol)
    "Will, what do you need from them?" / "Two things, really."   a wh-question put by name at the end of a turn,
        answered (not with a question back, not passed on): strong for (next, Will)
    "So Frankie will pull the AV spec together." / "Yep, can do."   a task given by name as the turn's last words,
        taken on in the first person ("I can, yes."): strong for (next, Frankie)
    "Quick recap: Stuart's names by the 13th." / earlier, from one voice, "I'll get two names to you by the 13th."
        a task said of someone matched to the one voice that took it on: strong for (that voice, Stuart) with two
        content words shared, as for (previous, Stuart) after "Thanks, Stuart." with one; none when another
        attribution gives the voice another name or Stuart another voice
    "I'll start. Richard Haworth, I head up marketing."   a full name followed by the speaker's own words: intro
    "Home today, the office is shut. Hi, Max."   a greeting after something else: for (next, Max)
    "Can everyone hear me?" / "Loud and clear. Morning, Grace."   a greeting to the room returned by name: for
        (previous, Grace)
    any other mention of a name, "Yusuf's happy with it" too   people rarely name themselves: against (speaker,
        name); said in full and capitalised ("Yusuf has the list"), it rules the pairing out in elimination
    "Morning both, shall we start?" ... "So, quick recap: ..."   the voice that opens the meeting and recaps it in its
        second half chairs it: the agency's account lead (the one agency attendee highest on the account ladder of
        the sidecar's roles), named last when nothing else says otherwise, never used to pair the other voices
    "your launch", "shall I", "the contact report" / "our team", "sign-off", "let's go with"   the side a voice
        speaks for (``sides``, a learned model), when sure: never named with the other side's attendee

Where a name is heard (``mentions``) does not hang on how the speech model writes it: a name in lower case counts
where it is said to someone, and then only when the exchange bears it out (answered, "you too"); a capitalised
spelling that sounds like one attendee's name ("Terence", "Quame") counts; a month or "Will you ...?" does not.
A call next to someone else named in the third person ("Have Drew set it up. Aigerim, you should be in it." /
"Will do.") is not taken as answered by the one called.

A cluster is named only when its best attendee leads every rival (other attendees for it, other clusters for
that attendee) by a clear margin. When there are as many voices as attendees and at most three are left unnamed,
they are paired if one pairing beats every other by a clear margin and contradicts no evidence; a voice is also
named when every pairing that contradicts no evidence gives it the same attendee (elimination: "Hi Penny, hi
Yusuf ... Bill's here" is not said by Penny, Yusuf or Bill; only a name said in full or as a diminutive, to or about
someone, rules a pairing out: "It was miles ahead" or "So we'll need" heard as "Soo, you need" must not). Last,
the voices left are named where every pairing that keeps each voice to its side agrees: one client voice and one
client name left make a pair, whoever was thanked by name. Then two voices of one side left with two of its names
are told apart by one plain address ("Thanks, Owen." after one of them spoke) where the side model is sure of the
voice's side, and the voices left after that are paired by side again.
Rules as data would be overkill for these few expressions; they are here, with these examples as tests
(tests/test_speakers.py, tests/test_speakers_spelling.py).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import permutations

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.schemas import Attendee, Segment, Transcript, unnamed_speaker
from pipeline.speakers.mentions import DIMINUTIVES, OPENERS, match_attendee, mentions
from pipeline.speakers.sides import SideModel

INTRO = 3.0
ROLE = 3.0
ADDRESS = 1.0
ANSWERED = 1.0  # added to ADDRESS when the one called on by name answers a question or request at once
MENTION = -1.0
ATTRIBUTED = 2.0  # a recap's task matched to the voice that took it on (``attributed``); one word shared: ADDRESS
MIN_SCORE = 2.0
MARGIN = 1.0
MAX_PAIRED = 6  # voices left unnamed that are paired with the attendees left, when the counts agree
NOT_NAMES = {
    "sorry", "just", "not", "going", "fine", "good", "sure", "here", "back", "afraid", "happy", "glad", "the", "a",
    "on", "in", "so", "also", "still", "really", "okay", "ok", "all", "done", "ready", "well",
}  # fmt: skip
RESPONSE_CUES = (
    r"(?:thanks|thank you|cheers|morning|good morning|afternoon|hi|hello|hey|yes|yeah|yep|great|sure|okay|ok|right|"
    r"sorry|fair enough|agreed|exactly|lovely|perfect|brilliant|welcome|nice one|you too|you two|same to you|"
    r"likewise|bye)"
)
GREETINGS = r"(?:hi|hello|hey|morning|good morning|afternoon|good afternoon|happy (?:mon|tues|wednes|thurs|fri)day)"
_NAME = r"([A-Z][a-zA-Z'’-]+(?: [A-Z][a-zA-Z'’-]+)?)"
_GREETING = r"(?:\W*(?i:hi|hello|hey|morning|good morning|afternoon)\b"
INTRO_PATTERNS = [
    re.compile(
        r"^" + _GREETING + r"[\s,!.]*(?i:all|everyone|there)?[\s,!.]*(?i:sorry|apologies)?[\s,!.]*)?"
        r"(?i:it's|it is|this is|i'm|i am|my name is|my name's)\s+" + _NAME + r"(?!['’]s)\b"
    ),
    re.compile(r"^" + _GREETING + r"[^.!?]{0,25}?[,.!]\s*)?" + _NAME + r",?\s+(?:here|from)\b"),
    re.compile(r"\b(?i:my name(?: is|'s))\s+" + _NAME),
]
# a greeting and an introduction after the turn's first sentence ("Thanks, that helps. Hi, I'm Imogen, ...", "Much
# better, hi Deepa, Harriet here, ...")
LATER_INTRO = re.compile(
    r"(?<=[.!?])\s+" + GREETINGS.replace("(?:", "(?i:", 1) + r"[\s,!.]+(?:(?i:all|everyone|there)[\s,!.]+)?"
    r"(?i:it's|this is|i'm|i am|my name is|my name's)\s+" + _NAME + r"(?!['’]s)\b"
    r"|(?:^|[.!?,]\s+)(?:"
    + GREETINGS.replace("(?:", "(?i:", 1)
    + r"\b[^.!?]{0,25}?[,.!]\s*)?"
    + _NAME
    + r",?\s+here[,.!]"
)
# how an answer to a question or request opens ("Sure, I'll do that." "Yes, leave it with me." "I can, yes.")
ANSWER_OPENING = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|sure|of course|absolutely|definitely|certainly|no problem|will do|can do|happy to|"
    r"okay|ok|i'll|i will|i can|i could|i've|i have|i did|i do|i think|i'd|we can|we'll|we could|not yet|no)\b",
    re.I,
)
# an answer that takes on what was just said to the speaker by name, a request or not ("And Tom, the printers need
# the files." / "Sure, I'll get them over.")
ACCEPTING_OPENING = re.compile(
    r"^\W*(?:(?:yes|yeah|yep),?\s+(?:i'll|i will|will do|can do|leave (?:it|that|this) with me)|sure|of course|"
    r"absolutely|"
    r"certainly|no problem|will do|can do|happy to|leave (?:it|that|this) with me)\b",
    re.I,
)
# a task given to someone by name, last in a turn ("So Frankie will pull together the AV spec."), and taken on at
# once in the first person by the next voice ("Yep, can do, I'll have it by Thursday."): that voice is Frankie
TASKED_AFTER = re.compile(r"^(?:\s+(?:will|can|is going to)|['’]ll)\s+(?!not\b|be\b|have been\b)[a-z]+\b", re.I)
TAKING_ON = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|yup|sure|okay|ok)[,.!]?\s+)?(?:i'll|i will|i can(?!['’]?t|not)|will do|can do|on it|"
    r"leave (?:it|that|this) with me)\b",
    re.I,
)
# someone presented by another, who speaks next: "Bill's here for the production side." "Kwame's going to walk you
# through them." "Priya will kick us off." "I've got Priya with me." "Over to Tom." (the text around the name)
PRESENTED_AFTER = re.compile(
    r"^(?:['’]s| is| has)\s+(?:here|joining us|joined us|with us|on the (?:call|line))\b"
    r"|^(?:['’]s going to| is going to| will)\s+(?:(?:walk|take|talk|run)\s+(?:you|us|everyone)\s+through|"
    r"(?:kick|start)\s+(?:us|things)\s+off|present|show\s+(?:you|us|everyone))\b",
    re.I,
)
PRESENTED_BEFORE = re.compile(r"\b(?:over to|hand(?:ing)? (?:it )?over to|i've got|i have got|joined by)\s*$", re.I)
# words that only answer what was just said to the speaker ("Have a good weekend." / "You too, Terrence.")
# ("you two" is how a speech model may write "you too" before a name: two people are not then named one by one)
ONLY_A_REPLY = re.compile(r"(?:^|[.!?]\s*)\W*(?:you too|you two|same to you|likewise)[\s,!]*$", re.I)
# a greeting to the room ("Morning, morning, can everyone hear me?"), which the next voice may return by name
ROOM_GREETING = re.compile(r"^\W*" + GREETINGS + r"\b", re.I)
# a greeting to everyone just before a name ("Morning all, Tom, glad you could make it."), which all may return
ROOM_CALL = re.compile(r"^\W*" + GREETINGS + r"[\s,!]+(?:all|everyone|everybody|both|guys|folks|team)[\s,!]*$", re.I)
GREETING_OPENING = re.compile(r"^\W*(?:" + GREETINGS + r"|thanks|thank you)\b", re.I)
# a task said of someone by name in the third person, as a recap gives it ("Stuart's names by the 13th", "Chris gets
# legal comments Tuesday"): the words after the name, up to the next comma or stop
ATTRIBUTED_AFTER = re.compile(r"^(?:['’]s\b|\s+(?:will|to|on|gets?|is|owns|takes?|sends?|does)\b|\s*[:—-])", re.I)
# a sentence in which the speaker takes something on ("I'll get two names to you by the 13th.")
FIRST_PERSON_TASK = re.compile(
    r"\b(?:i['’]ll|i will|i can(?!['’]?t| not)|i['’]m going to|i['’]m gonna|leave (?:it|that|this) with me)\b", re.I
)
SENTENCE = re.compile(r"[^.!?]+[.!?]*")
CONTENT_TOKEN = re.compile(r"[a-z0-9]+")
LIGHT_WORDS = {"send", "sending", "sort", "sorting", "gets", "getting", "going", "doing", "over", "back", "round"}
FOLDED_ENDINGS = ("ing", "ed", "es", "s", "e")  # "booking" and "book", "revised" and "revise", "names" and "name"
STRONG_SHARED = 2  # content words a task said of someone shares with the voice that took it on, for ``ATTRIBUTED``
ROLE_PATTERNS = [
    re.compile(r"\b(?:i'm|i am)\s+(?:the|your)\s+([a-z][a-z -]{2,40}?)(?:\s+(?:on|at|for|from|here)\b|[,.!?]|$)", re.I),
    # "I'm the man from finance", "I'm from procurement", "I'm in legal": the department the sidecar's role names
    re.compile(
        r"\b(?:i'm|i am)\s+(?:(?:the|your)\s+(?:man|woman|guy|person|one|lady|bloke)\s+)?(?:from|in)\s+"
        r"(?:the\s+)?([a-z][a-z -]{2,30}?)(?:\s+(?:team|side|department))?(?:[,.!?]|$)",
        re.I,
    ),
]


@dataclass(frozen=True)
class Turn:
    speaker: int
    text: str


def turns_of(segments: list[Segment], labels: list[int]) -> list[Turn]:
    """Consecutive segments of one speaker joined into turns (``labels``: one cluster per segment)."""
    out: list[Turn] = []
    for seg, lab in zip(segments, labels, strict=True):
        if out and out[-1].speaker == lab:
            out[-1] = Turn(lab, f"{out[-1].text} {seg.text}")
        else:
            out.append(Turn(lab, seg.text))
    return out


def introduced(text: str, attendees: list[Attendee]) -> int | None:
    """The attendee a speaker introduces themself as, if the text opens with an introduction."""
    return introduced_at(text, attendees)[0]


def introduced_at(text: str, attendees: list[Attendee]) -> tuple[int | None, int]:
    """The attendee a speaker introduces themself as, and where in the turn: at its opening, or later in a
    sentence that greets and introduces ("That's helpful, thanks. Hi, I'm Imogen, I look after ..."): someone who
    joins late and speaks first to answer introduces themself after a few words."""
    first = _introduced_first(text, attendees)
    if first is not None:
        return first, 0
    for m in LATER_INTRO.finditer(text):
        g = 1 if m.group(1) else 2
        hit = _introduced_name(m.group(g), attendees)
        if hit is not None:
            return hit, m.start(g)
    return None, 0


def _introduced_name(name: str, attendees: list[Attendee]) -> int | None:
    """The attendee a name given in an introduction is: in full, or by its first word ("Sarah Jones" for Sarah)."""
    if name.split()[0].lower() in NOT_NAMES:
        return None
    hit = match_attendee(name, attendees)
    if hit is None and len(name.split()) > 1:
        hit = match_attendee(name.split()[0], attendees)
    return hit


def _introduced_first(text: str, attendees: list[Attendee]) -> int | None:
    for pattern in INTRO_PATTERNS:
        m = pattern.search(text.strip())
        if not m:
            continue
        hit = _introduced_name(m.group(1), attendees)
        if hit is not None:
            return hit
    return _full_name_alone(text, attendees)


def _full_name_alone(text: str, attendees: list[Attendee]) -> int | None:
    """The attendee whose full name is said on its own and followed by the speaker's own words, as people say their
    own ("I'll start. Richard Haworth, I head up marketing."); colleagues call each other by first names, and a
    full name heard for a first name and something else ("Tamsin Rourke, BRS." for "Tamsin, the POS") is none."""
    hits = {
        i
        for i, a in enumerate(attendees)
        if " " in a.name
        and re.search(r"(?:^|[.!?:,;—-]\s*)" + re.escape(a.name) + r"\s*[.,:;—-]\s*(?:I|I'm|I've|my)\b", text, re.I)
    }
    return hits.pop() if len(hits) == 1 else None


def role_claimed(text: str, attendees: list[Attendee]) -> int | None:
    """The one attendee whose sidecar role a speaker claims ("I'm the producer on this")."""
    for m in (m for pattern in ROLE_PATTERNS for m in pattern.finditer(text)):
        words = m.group(1).lower().split()
        hits = [i for i, a in enumerate(attendees) if a.role and all(w in a.role.lower().split() for w in words)]
        if len(hits) == 1:
            return hits[0]
    return None


def addressed(text: str, start: int, end: int) -> str | None:
    """'previous' when a mention answers the last speaker ("Thanks, Priya"), 'next' when it calls on someone.

    A name is spoken to (a vocative) when punctuation or the turn's edge stands on both sides of it: "Um, Will, what
    do you need?", "And the budget, Mark, is it fixed?", "Can you send it, Grace?". Next to a reply word ("Sure, Will.",
    "Morning, Grace.", "Hamid, lovely.") it answers the previous speaker, unless a question or request follows
    ("Lovely, Joy, could you send us the list?"); otherwise it hands over to the next one."""
    before = text[:start].rstrip().rstrip("'’\")").rstrip()  # "... After Hours.' Paul, ...": the quote closed
    after = text[end:].lstrip()
    if re.match(r"[,\s]*" + RESPONSE_CUES + r"\b", after, re.I) and not asks(text, end):
        return "previous"  # "Hamid, lovely." "Tom, thanks for that."
    answers = re.search(r"(?:^|[.!?]\s*|,\s*)" + RESPONSE_CUES + r"[\s,!]*$", before, re.I)
    if answers and not after[:1].isalpha():
        if asks(text, end):
            return "next"  # "Hi Summer, are you dialling in from home?" "Lovely, Joy, could you send the list?"
        # a greeting after something else was said ("Home today, the office is shut. Hi, Max.") greets the next
        greets = re.fullmatch(GREETINGS + r"[\s,!]*", before[answers.start() :].lstrip(" ,.!?"), re.I)
        return "next" if greets and answers.start() > 0 else "previous"
    opened = not before or before[-1] in ",.!?;:—-" or bool(OPENERS.match(before))
    closed = not after or after[0] in ",.!?;:—-"
    if opened and closed:
        return "next"
    return None


def asks(text: str, end: int) -> bool:
    """Whether the sentence a name ends at ``end`` belongs to is a question or a request ("Tom, can you ...?")."""
    rest = re.split(r"(?<=[.!])\s", text[end:], maxsplit=1)[0]
    return "?" in rest or bool(re.search(r"\b(?:can|could|would|will) you\b", rest, re.I))


def _firm(form: str, attendee: Attendee) -> bool:
    """A name said in full or as a common diminutive ("Bill"), not a clipping ("Soo"), which a misheard word can be."""
    diminutive_of = DIMINUTIVES.get(form.lower(), "").split("|")
    return (
        form.lower() in (attendee.name.lower(), attendee.first_name.lower())
        or attendee.first_name.lower() in diminutive_of
    )


def _greets_back(text: str, start: int, previous: str, attendees: list[Attendee]) -> bool:
    """Whether a greeting with a name, after other words ("Yes, loud and clear. Morning, Grace."), returns the
    greeting the last speaker gave the room ("Morning, morning, can everyone hear me?"), naming no one."""
    return _greeted(text, start) and bool(ROOM_GREETING.match(previous)) and not mentions(previous, attendees)


def _greeted(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` is greeted ("Morning, Carol", "Happy Friday, Carol")."""
    return bool(re.search(r"(?:^|[.!?,]\s*)" + GREETINGS + r"[\s,!]*$", text[:start], re.I))


def _tasked(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is given a task in the turn's last sentence ("So Frankie will pull
    together the AV spec.")."""
    return bool(TASKED_AFTER.match(text[end:])) and _last_sentence(text, end)


def _question_last(text: str, end: int) -> bool:
    """Whether the turn ends with a wh-question put to the one named ("Will, what do you need from them?"), which
    any answer answers, not a yes-no one ("Tom, can you ...?") or one to the room ("Everyone survive the snow?")."""
    rest = text[end:]
    return (
        text.rstrip().endswith("?")
        and _last_sentence(text, end)
        and bool(re.search(r"\b(?:what|when|where|which|how|who|why)\b.*\byour?\b", rest, re.I))
        and not re.search(r"\b(?:every|any)(?:one|body)\b|\byou (?:all|guys)\b|\ball of you\b", rest, re.I)
    )


def _answers(reply: str, who: int, attendees: list[Attendee]) -> bool:
    """Whether a reply answers a question rather than asking one back or passing it on ("Two things, really."
    but not "Me? Why?" or "I think Tom's on mute.")."""
    first = re.split(r"(?<=[.!?])\s", reply.strip(), maxsplit=1)[0]
    return (
        not first.endswith("?")
        and all(w != who for w, _, _ in mentions(reply, attendees, possessive=True))
        and all(w != who for w, _, _ in mentions(reply, attendees))
    )


def _last_sentence(text: str, end: int) -> bool:
    return not re.search(r"[.!?]\s+\w", text[end:])


def score_names(turns: list[Turn], k: int, attendees: list[Attendee]) -> np.ndarray:
    """(clusters, attendees) evidence."""
    return evidence(turns, k, attendees)[0]


def evidence(turns: list[Turn], k: int, attendees: list[Attendee]) -> tuple[np.ndarray, np.ndarray]:
    """(clusters, attendees) evidence, and whether each voice plainly spoke to or about each attendee: greeted,
    thanked, called on or presented them, or said "Yusuf's ..." or "Yusuf has ...", with their name in full or a
    diminutive."""
    score = np.zeros((k, len(attendees)))
    said = np.zeros((k, len(attendees)), dtype=bool)
    for t, turn in enumerate(turns):
        intro, intro_at = introduced_at(turn.text, attendees)
        if intro is not None:
            score[turn.speaker, intro] += INTRO
        role = role_claimed(turn.text, attendees)
        if role is not None:
            score[turn.speaker, role] += ROLE
        # (attendee, end of the name, greeted, in lower case or welcomed with the room)
        called: list[tuple[int, int, bool, bool]] = []
        presented: set[int] = set()
        tasked: set[int] = set()
        talked_about: set[int] = set()  # named in the third person: "Let's have Drew set that up."
        for who, start, end in mentions(turn.text, attendees, possessive=True):
            if who != intro:
                score[turn.speaker, who] += MENTION
                said[turn.speaker, who] |= _firm(turn.text[start:end], attendees[who])
            if PRESENTED_AFTER.match(turn.text[end:]) and _last_sentence(turn.text, end):
                presented.add(who)
        for who, start, end in mentions(turn.text, attendees):
            if who == intro and start < intro_at + 60:
                continue
            score[turn.speaker, who] += MENTION
            firm = _firm(turn.text[start:end], attendees[who])
            if PRESENTED_AFTER.match(turn.text[end:]) or PRESENTED_BEFORE.search(turn.text[:start]):
                if _last_sentence(turn.text, end):
                    presented.add(who)
                said[turn.speaker, who] |= firm
                continue
            direction = addressed(turn.text, start, end)
            said[turn.speaker, who] |= firm and direction is not None
            if direction == "next" and t > 0 and _greets_back(turn.text, start, turns[t - 1].text, attendees):
                direction = "previous"  # "Morning, all, can you hear me?" / "Loud and clear. Morning, Grace."
            if direction == "previous" and t == 0:
                direction = "next"  # the meeting's first words greet someone: nobody spoke before them
            if direction == "previous" and t > 0:
                echoes = ONLY_A_REPLY.search(turn.text[:start])  # "You too, Terrence": said back to who just spoke
                if echoes or not turn.text[start].islower():
                    score[turns[t - 1].speaker, who] += ADDRESS + (ANSWERED if echoes else 0.0)
            elif direction == "next" and t + 1 < len(turns) and who not in {c[0] for c in called}:
                weak = turn.text[start].islower() or bool(ROOM_CALL.match(turn.text[:start]))
                called.append((who, end, _greeted(turn.text, start), weak))  # a name said twice is one call
            elif direction is None:
                talked_about.add(who)
                # "Priti has the list", "Owen and I": people do not speak of themselves so; in capitals only, where
                # the speech model heard a name and not a word
                said[turn.speaker, who] |= firm and turn.text[start].isupper()
                if _tasked(turn.text, end):
                    tasked.add(who)
        group = {c[0] for c in called} if t <= GREETED_AT and all(c[2] for c in called) else set()
        if len(group) > 1:  # "Hi, Penny. Hi, Yusuf.": the voices answering first are those two, in some order
            for voice in _answering(turns, t, len(group)):
                said[voice, [a for a in range(len(attendees)) if a not in group]] = True
        if len({c[0] for c in called}) > 1:  # "Hamid, Joy, thanks for coming": nobody in particular, unless
            called = [c for c in called[-1:] if asks(turn.text, c[1])]  # the last one named is asked something
        text, r = turn.text, t + 1
        if _continued(turns, t):  # "Luis, do you want to" / "take us through the winter campaign?" / "Sure."
            text, r = f"{turn.text} {turns[t + 1].text}", t + 2
        for who, end, greeted, weak in called if r < len(turns) else []:
            reply = turns[r].text
            answered = not talked_about - {who} and (  # "Have Drew set it up. Aigerim, you should be in it."
                ACCEPTING_OPENING.match(reply)  # "Will do.": Drew or Aigerim?
                or (asks(text, end) and ANSWER_OPENING.match(reply))
                or (greeted and GREETING_OPENING.match(reply))  # "Happy Friday, Carol!" / "Happy Friday!"
                or (_question_last(text, end) and _answers(reply, who, attendees))
            )
            # a name in lower case may be the word ("that's the point, rich."), and a name welcomed with the room
            # ("Morning all, Tom, glad you made it.") is greeted back by anyone: only with an answer
            if answered or not weak:
                score[turns[r].speaker, who] += ADDRESS + (ANSWERED if answered else 0.0)
        if len(tasked) == 1 and t + 1 < len(turns) and TAKING_ON.match(turns[t + 1].text):
            score[turns[t + 1].speaker, tasked.pop()] += ADDRESS + ANSWERED
        if len(presented) == 1 and t + 1 < len(turns) and turns[t + 1].speaker != turn.speaker:
            greets = GREETING_OPENING.match(turns[t + 1].text)
            score[turns[t + 1].speaker, presented.pop()] += ADDRESS + (ANSWERED if greets else 0.0)
    for voice, who, shared in attributed(turns, attendees):
        score[voice, who] += ATTRIBUTED if shared >= STRONG_SHARED else ADDRESS
    return score, said


def _task_words(text: str) -> set[str]:
    """The words of ``text`` that say what a task is: no stop words or light verbs, each in its folded form."""
    tokens = CONTENT_TOKEN.findall(text.lower())
    return {_fold(t) for t in tokens if t not in STOP_WORDS and t not in LIGHT_WORDS and (len(t) >= 3 or t.isdigit())}


def _fold(token: str) -> str:
    """One form for a word and its endings or ordinal: "names" and "name", "booking" and "book", "13th" and "13"."""
    token = re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", token)
    for end in FOLDED_ENDINGS:
        if token.endswith(end) and len(token) - len(end) >= 3:
            return token[: -len(end)]
    return token


def attributed(turns: list[Turn], attendees: list[Attendee]) -> list[tuple[int, int, int]]:
    """(voice, attendee, content words shared): a task said of someone by name in the third person ("Stuart's names
    by the 13th.") that shares more content words with what one other voice took on in the first person, before or
    after ("I'll get two names to you by the 13th."), than with what any other voice took on: that voice is the one
    named, firmly with ``STRONG_SHARED`` words, as much as a plain address with one; not when another attribution
    gives that voice another name or that name another voice."""
    taken = []  # (voice, the words of a sentence taking something on and of the sentence after it)
    for turn in turns:
        sentences = SENTENCE.findall(turn.text)
        for i, sentence in enumerate(sentences):
            if FIRST_PERSON_TASK.search(sentence):
                taken.append((turn.speaker, _task_words(" ".join(sentences[i : i + 2]))))
    out: dict[tuple[int, int], int] = {}
    for turn in turns:
        for who, start, end in mentions(turn.text, attendees, possessive=True) + mentions(turn.text, attendees):
            after = ATTRIBUTED_AFTER.match(turn.text[end:])
            if not after or (after.group(0)[0] not in "'’" and addressed(turn.text, start, end) is not None):
                continue  # "Sorry, Sorcha's sending it": a possessive is said of someone, never to them
            task = _task_words(re.split(r"[,.;!?]", turn.text[end:], maxsplit=1)[0])
            shared: dict[int, int] = {}
            for voice, words in taken:
                if voice != turn.speaker and task & words:
                    shared[voice] = max(shared.get(voice, 0), len(task & words))
            best = [v for v, n in shared.items() if n == max(shared.values())]
            if len(best) == 1:
                out.setdefault((best[0], who), shared[best[0]])
    # a recap corrected ("Rafe's sending the call sheet" / "That's me" / "Sorry, Sorcha's sending it"): no voice or
    # name that two attributions contradict on counts
    voices, names = Counter(v for v, _ in out), Counter(a for _, a in out)
    return [(v, a, n) for (v, a), n in out.items() if voices[v] == 1 and names[a] == 1]


def _continued(turns: list[Turn], t: int) -> bool:
    """Whether turn ``t`` stops mid-sentence and the next, put to another voice, goes on with it in lower case
    ("Luis, do you want to" / "take us through the winter campaign?"): one sentence cut in two by the voices, so the
    answer to a call in it is the turn after."""
    return (
        t + 2 < len(turns)
        and not re.search(r"[.!?,;:—-]\s*$", turns[t].text)
        and turns[t + 1].text.lstrip()[:1].islower()
        and turns[t + 2].speaker not in (turns[t].speaker, turns[t + 1].speaker)
    )


def chaired(turns: list[Turn], attendees: list[Attendee]) -> tuple[int, int] | None:
    """(voice, attendee): the voice that opens the meeting and recaps it later ("Right, quick recap: ..." / "I'll send
    the contact report round") chairs it, and the agency's account lead chairs a client meeting: the one agency
    attendee whose sidecar role ranks highest on the account ladder (``ACCOUNT_RANKS``). None when no such role, two
    share the top rank, a business director or partner is there above an account manager (``OUTRANKS``), or the
    opening voice gives no recap in the meeting's second half."""
    if not turns:
        return None
    chair = turns[0].speaker
    half = len(turns) // 2
    if not any(t.speaker == chair and RECAP_CUE.search(t.text) for t in turns[half:]):
        return None
    ranks = [_account_rank(a) for a in attendees]
    top = max(ranks, default=0)
    if top == 0 or ranks.count(top) > 1:
        return None
    lead = ranks.index(top)
    if top < ACCOUNT_DIRECTOR and any(
        a.side == "agency" and a.role and OUTRANKS.search(a.role) for i, a in enumerate(attendees) if i != lead
    ):
        return None  # a business director and an account manager: either may chair
    return chair, lead


def _account_rank(attendee: Attendee) -> int:
    if attendee.side != "agency" or not attendee.role:
        return 0
    return next((rank for pattern, rank in ACCOUNT_RANKS if pattern.search(attendee.role)), 0)


# the account ladder: who chairs a client meeting for the agency, most senior first
ACCOUNT_RANKS = (
    (re.compile(r"\b(?:account|client services?|client partnership) director\b", re.I), 4),
    (re.compile(r"\baccount supervisor\b", re.I), 3),
    (re.compile(r"\baccount manager\b", re.I), 2),
    (re.compile(r"\baccount executive\b", re.I), 1),
)
ACCOUNT_DIRECTOR = 4
# an agency role on the account side senior enough to chair instead of an account manager, supervisor or executive
# (a creative, media or strategy director leaves the chair to the account team)
OUTRANKS = re.compile(r"\b(?:business|associate|managing|client partnership) director\b|\b(?:client )?partner\b", re.I)
# a turn that sums the meeting up, as its chair does at the end
RECAP_CUE = re.compile(r"\b(?:recap|to sum up|summari[sz]e|wrap (?:it |things )?up|the contact report)\b", re.I)


GREETED_AT = 2  # the turns that open a meeting, where a greeting names who is about to speak
GREETED_BACK = re.compile(
    r"^\W*(?:ha\W+|oh\W+)?(?:hi|hello|hey|morning|afternoon|thanks|thank you|cheers|good,? thanks|not bad|"
    r"(?:i'm|i am) (?:good|fine|well|great|ok|okay|alright))\b",
    re.I,
)


def _answering(turns: list[Turn], t: int, n: int) -> list[int]:
    """The ``n`` voices that answer turn ``t``'s greeting of ``n`` people by name ("Hi, Penny. Hi, Yusuf. Coffee?"
    "Ha, I'm fine, thanks." "I'm good, thanks."): the next ``n`` other voices, when each opens by greeting back or
    thanking within the next ``n + 1`` turns; none when anyone else speaks first or a reply is something else."""
    voices: list[int] = []
    for turn in turns[t + 1 : t + 2 + n]:
        if turn.speaker == turns[t].speaker or turn.speaker in voices:
            continue
        if not GREETED_BACK.match(turn.text):
            return []
        voices.append(turn.speaker)
        if len(voices) == n:
            return voices
    return []


def other_side(turns: list[Turn], k: int, attendees: list[Attendee], sides: SideModel | None) -> np.ndarray:
    """(clusters, attendees): True where the voice surely speaks for the side the attendee is not on (``sides``)."""
    if sides is None:
        return np.zeros((k, len(attendees)), dtype=bool)
    return sides.against([" ".join(t.text for t in turns if t.speaker == c) for c in range(k)], attendees)


def assign(
    score: np.ndarray,
    said: np.ndarray | None = None,
    against: np.ndarray | None = None,
    chair: tuple[int, int] | None = None,
) -> dict[int, int]:
    """cluster -> attendee where the evidence is clear; the rest stay unnamed. ``said``: which voices plainly spoke
    to or about which attendees (``evidence``), the only votes against that rule a pairing out in elimination.
    ``against``: pairings of a voice with an attendee of the other side (``other_side``), never made; when every
    pairing of the voices left with the attendees left that keeps each voice to its side gives a voice the same
    attendee, it is named; two voices of one side are then told apart by one plain address (``_best_within_sides``)
    and the voices left paired by side again. ``chair``: (voice, attendee) from ``chaired``, named last when nothing
    says otherwise, and never used to pair the others (a voice the clustering split would take the wrong names)."""
    k, n = score.shape
    said = score < 0 if said is None else said
    against = np.zeros((k, n), dtype=bool) if against is None else against
    s = score.astype(float)
    names = _leaders(np.where(against, -np.inf, s))
    if k == n:
        paired = _paired(s, said, *_open(names, k, n))
        names |= {r: c for r, c in paired.items() if not against[r, c]}
        names |= _by_side(s, against, *_open(names, k, n))
        names |= _best_within_sides(s, said, against, *_open(names, k, n))
        names |= _by_side(s, against, *_open(names, k, n))
    names |= _chaired(s, said, against, names, chair)
    return names


def _chaired(
    s: np.ndarray, said: np.ndarray, against: np.ndarray, names: dict[int, int], chair: tuple[int, int] | None
) -> dict[int, int]:
    """The voice that chairs the meeting is the account lead (``chaired``), when neither is named yet, its side does
    not rule it out, it did not speak to or about the account lead by name, and nothing (one address) points to
    anyone else."""
    if chair is None or chair[0] >= s.shape[0] or chair[0] in names or chair[1] in names.values():
        return {}
    c, a = chair
    if against[c, a] or said[c, a] or np.delete(s[c], a).max(initial=0.0) >= ADDRESS:
        return {}
    return {c: a}


def _open(names: dict[int, int], k: int, n: int) -> tuple[list[int], list[int]]:
    """The voices not named yet, and the attendees not given to a voice."""
    return [c for c in range(k) if c not in names], [a for a in range(n) if a not in names.values()]


def _allowed(open_rows: list[int], open_cols: list[int], ruled_out: np.ndarray) -> list[tuple[int, ...]]:
    """The pairings of ``open_rows`` with ``open_cols`` (attendee per voice) that avoid ``ruled_out``."""
    return [p for p in permutations(open_cols) if not any(ruled_out[r, c] for r, c in zip(open_rows, p, strict=True))]


def _common(open_rows: list[int], pairings: list[tuple[int, ...]]) -> dict[int, int]:
    """The voices that every one of ``pairings`` gives the same attendee."""
    return {r: pairings[0][i] for i, r in enumerate(open_rows) if pairings and len({p[i] for p in pairings}) == 1}


def _agreed(open_rows: list[int], open_cols: list[int], ruled_out: np.ndarray) -> dict[int, int]:
    """The voices that every pairing of ``open_rows`` with ``open_cols`` avoiding ``ruled_out`` gives one attendee."""
    return _common(open_rows, _allowed(open_rows, open_cols, ruled_out))


def _sides_doubtful(s: np.ndarray, against: np.ndarray, open_rows: list[int], open_cols: list[int]) -> bool:
    """Nothing to pair by side: no voice left, too many, or a voice with strong evidence (``MIN_SCORE``) for a name
    its side rules out (then the voices are not what they seem)."""
    return (
        not open_rows
        or len(open_rows) > MAX_PAIRED
        or bool((against & (s >= MIN_SCORE))[np.ix_(open_rows, open_cols)].any())
    )


def _by_side(s: np.ndarray, against: np.ndarray, open_rows: list[int], open_cols: list[int]) -> dict[int, int]:
    """The voices every pairing that keeps each voice to its side gives the same attendee; none when the sides are
    in doubt (``_sides_doubtful``)."""
    return {} if _sides_doubtful(s, against, open_rows, open_cols) else _agreed(open_rows, open_cols, against)


def _best_within_sides(
    s: np.ndarray, said: np.ndarray, against: np.ndarray, open_rows: list[int], open_cols: list[int]
) -> dict[int, int]:
    """Two voices of one side left with two of its attendees, one voice thanked or called on by name ("Thanks,
    Owen." after it spoke): that voice is Owen. Among the pairings of the voices left with the attendees left that
    keep each voice to its side and contradict no evidence, the best ones by evidence; a voice is named when they all
    give it the same attendee, it has plain evidence for that one (``ADDRESS``) and the side model is sure of its
    side (an address alone is too weak to say which side a voice is on). The voices left are then paired by side again
    (``_by_side``): one client voice and one client name left."""
    if _sides_doubtful(s, against, open_rows, open_cols):
        return {}
    scored = [
        (sum(s[r, c] for r, c in zip(open_rows, perm, strict=True)), perm)
        for perm in _allowed(open_rows, open_cols, against | (said & (s <= 0)))
    ]
    best = max((total for total, _ in scored), default=None)
    top = [perm for total, perm in scored if total == best]
    return {r: c for r, c in _common(open_rows, top).items() if s[r, c] >= ADDRESS and against[r].any()}


def _leaders(s: np.ndarray) -> dict[int, int]:
    """Name the clear leaders, best first; one voice torn between two names holds up no other."""
    k, n = s.shape
    names: dict[int, int] = {}
    while True:
        open_rows, open_cols = _open(names, k, n)
        sub = s[np.ix_(open_rows, open_cols)]
        leaders = [
            (sub[r, q], r, q)
            for r, q in zip(*np.nonzero(sub >= MIN_SCORE), strict=True)
            if max(np.delete(sub[r], q).max(initial=-np.inf), np.delete(sub[:, q], r).max(initial=-np.inf))
            <= sub[r, q] - MARGIN
        ]
        if not leaders:
            return names
        _, r, q = max(leaders)
        names[open_rows[r]] = open_cols[q]


def _paired(s: np.ndarray, said: np.ndarray, open_rows: list[int], open_cols: list[int]) -> dict[int, int]:
    """As many voices as attendees: the rest pair up when one pairing is clearly best, and a voice is named when
    every pairing that contradicts no evidence (no vote against) gives it the same attendee."""
    if not open_rows or len(open_rows) > MAX_PAIRED:
        return {}
    totals = sorted(
        ((sum(s[r, c] for r, c in zip(open_rows, perm, strict=True)), perm) for perm in permutations(open_cols)),
        key=lambda t: -t[0],
    )
    best_total, best_perm = totals[0]
    clear = len(totals) == 1 or best_total - totals[1][0] >= MIN_SCORE
    if clear and all(s[r, c] >= 0 for r, c in zip(open_rows, best_perm, strict=True)):
        return dict(zip(open_rows, best_perm, strict=True))
    # a voice that spoke to or about someone by name is not them unless more than one plain address says so: being
    # thanked once ("Thanks, Ingrid." after it spoke, a closing thanks to the room) does not outweigh "Hi Ingrid"
    return _agreed(open_rows, open_cols, said & (s <= 0))


def name_speakers_from_turns(
    turns: list[Turn], k: int, attendees: list[Attendee], sides: SideModel | None = None
) -> dict[int, str]:
    if not attendees or not turns:
        return {}
    score, said = evidence(turns, k, attendees)
    against = other_side(turns, k, attendees, sides)
    return {c: attendees[a].name for c, a in assign(score, said, against, chaired(turns, attendees)).items()}


def name_speakers(
    segments: list[Segment], labels: list[int], k: int, attendees: list[Attendee], sides: SideModel | None = None
) -> dict[int, str]:
    """cluster -> attendee's full name, for the clusters the meeting names clearly."""
    return name_speakers_from_turns(turns_of(segments, labels), k, attendees, sides)


def name_labelled(transcript: Transcript, attendees: list[Attendee], sides: SideModel | None = None) -> Transcript:
    """A written transcript whose speakers are labels only ("Speaker 1", as Otter writes them when nobody named the
    voices), each named from the meeting where it is clear, as a recording's voices are; the rest stay labels."""
    labels = [s.speaker for s in transcript.segments]
    if not attendees or not labels or not all(unnamed_speaker(label) for label in labels):
        return transcript
    order = list(dict.fromkeys(str(label) for label in labels))
    names = name_speakers(
        transcript.segments, [order.index(str(label)) for label in labels], len(order), attendees, sides
    )
    rename = {label: names.get(k, label) for k, label in enumerate(order)}
    segments = [
        s.model_copy(
            update={
                "speaker": rename[str(s.speaker)],
                "words": [w.model_copy(update={"speaker": rename.get(str(w.speaker), w.speaker)}) for w in s.words],
            }
        )
        for s in transcript.segments
    ]
    return transcript.model_copy(update={"segments": segments})
