"""Replies that only say how the speaker gets there ("I'll come to you", "I'll drive up", "I'll be there") and
sessions put as coming along ("do you want to come?"): the work is what was asked for, planned or put a turn or
three before, done together ("I want to walk the new pitch." … "I'll drive." -> "walk the new pitch together").

Part of ``pipeline/extract/replies.py``'s completion of a reply's task from what it answers.
"""

from __future__ import annotations

import re

from pipeline.extract.items import Item
from pipeline.extract.objects import session_for, session_place
from pipeline.extract.proposals import asked_or_needed, planned, proposed
from pipeline.extract.tasks import task_text
from pipeline.extract.turns import Turn
from pipeline.extract.wording import Wording

OBJECT_PRONOUNS = {"it", "that", "this", "them", "those", "these", "her", "him"}
PARTICLES = {"off", "up", "out", "over", "through"}

TRAVEL = {"come", "go", "drive", "pop", "head", "travel", "nip", "swing", "walk", "get"}
GOING_WORDS = {"to", "you", "up", "down", "over", "round", "across", "along", "there", "together", "then", "in",
               "after", "lunch", "first", "thing", "the", "morning", "afternoon", "early", "with", "me", "us",
               "too"}  # fmt: skip  # "after lunch"
MAKE_IT = re.compile(r"^make (?:it|that|this)\b(?! (?:work|happen|up|over|out))")  # not "make it work"
MEETING_BACK = 3  # turns back the work a reply goes to may have been asked for
# places gone to be seen: seeing one together is visiting it ("I want to see the venue." … "Can we go down together?")
VISITED = frozenset({"site", "venue", "store", "shop", "branch", "office", "studio", "warehouse", "factory", "plant",
                     "farm", "kitchen", "lab", "premises", "location", "brewery", "distillery", "bakery", "orchard",
                     "depot", "showroom", "hall", "gallery", "space", "unit"})  # fmt: skip
PLACE_ENDS = {"together", "before", "after", "at", "in", "on", "with", "for", "and", "to", "when", "once", "first"}
# events a reply's "I'll be there" can be to, beside the sessions one is invited to ("the press check", "the shoot")
ATTENDED = frozenset({"check", "pass", "shoot", "fitting", "grade", "recording"})


def going_to_it(item: Item, turns: list[Turn], wording: Wording) -> str | None:
    """ "I'll come to you", "I'll drive up", "I'll be there" (only how the speaker gets there), or a session put as
    coming along ("do you want to come?", "could you come to the studio?"), answering work asked for, planned or
    put a turn or three before ("I'd like you and Tom to go through the donor data", "I want to walk the pitch"):
    that work, done together, and where when the coming said so ("at the studio"). "I'll bring wellies" the same
    for a session put with the speaker in it ("it'd help if we walked the site together")."""
    return _going_to_work(item, turns, wording) or _attended(item, turns, wording) or _who_goes(item, turns, wording)


def _going_to_work(item: Item, turns: list[Turn], wording: Wording) -> str | None:
    """``going_to_it``'s work asked for, planned or put a turn or three before, done together."""
    bringing = item.task.split()[:1] == ["bring"] and item.owner == item.speaker  # not "Tobias will bring …"
    if not (_only_going(item.task) or bringing):
        return None
    for k in range(item.turn, max(-1, item.turn - MEETING_BACK - 1), -1):
        if turns[k].speaker is None:
            continue
        own = turns[k].speaker == turns[item.turn].speaker
        if k == item.turn:  # the session put and taken in one turn: what it is for, said before the coming
            asked = _first_work(_names_it(planned(turns[k])), _names_it(proposed(turns[k], own=False))) if own else None
        elif own:  # "I should see the rooms." … "I'll come up first thing": what the speaker comes for
            asked = _first_work(_names_it(planned(turns[k])), _names_it(proposed(turns[k], own=True)))
        elif bringing:  # a session put, not work asked of the speaker ("Can you bring the samples?")
            asked = _names_it(proposed(turns[k], own=False))
            if asked is None and asked_or_needed(turns[k]):
                return None
        else:
            asked = _first_work(asked_or_needed(turns[k]), planned(turns[k]), _names_it(proposed(turns[k], own=False)))
        if not asked and not own and turns[k].is_question() and any(t.lemma_ in TRAVEL for t in turns[k].doc):
            # "Are you okay to come up with me on Thursday?": the visit asked about, its work unsaid, unless the
            # coming says what for ("… to the venue for the site visit")
            asked = _coming_for(turns[k])
            if asked is None:
                return None
        if asked and MAKE_IT.match(asked):  # "Can you make it, Priti?": be at the session talked about
            worded = attending(wording.task(asked, k, item.speaker))
            session = session_for(turns, k, wording.rules.invited_to)
            return worded if worded != "make it" or session is None else f"attend {session}"
        if asked:
            worded = wording.task(asked, k, item.speaker)
            worded = worded if "together" in worded.split() else f"{worded} together"
            return wording.rules.tidy(_at_place(_visited(worded), item.task))
    return None


def attending(task: str) -> str:
    """ "make the press check" worded from "can you make it?": "attend the press check"."""
    words = task.split()
    if words[:1] != ["make"] or len(words) < 2 or words[1] in OBJECT_PRONOUNS:
        return task
    thing = [w for w in words[1:] if w != "together"]
    return " ".join(["attend", "the" if thing[0] in ("a", "an") else thing[0], *thing[1:]])


def _attended(item: Item, turns: list[Turn], wording: Wording) -> str | None:
    """ "I'll be there." to a session named just before, its work not said ("The run-through's Thursday at three."):
    "attend the run-through", not the reply's own words."""
    words = [w.lower().strip(",.?!") for w in item.task.split()]
    if not (words[-2:] == ["be", "there"] and len(words) <= 3):
        return None
    session = session_for(turns, item.turn, wording.rules.invited_to | ATTENDED)
    return f"attend {session}" if session else None


# who goes, put for a session named just before: "I'd suggest you and me, and whoever from the whisky side"
WHO_GOES = re.compile(
    r"^(?:suggest|say|propose)\s+(?:you and (?:me|i)|me and you|the two of us|both of us|us two)\b", re.I
)


def _who_goes(item: Item, turns: list[Turn], wording: Wording) -> str | None:
    """ "They've offered a tasting at their kitchen." "I'd suggest you and me." "Wednesday, let's do Wednesday.": the
    people put for the session are not its work: "attend the tasting at their kitchen", not "suggest you and me"."""
    if not isinstance(item.owner, list) or not WHO_GOES.match(item.task):
        return None
    sessions = wording.rules.invited_to | ATTENDED
    session, place = session_for(turns, item.turn, sessions), session_place(turns, item.turn, sessions)
    return None if session is None else f"attend {session} {place}" if place else f"attend {session}"


def _visited(work: str) -> str:
    """ "see the venue together" -> "visit the venue together": a place gone to and seen is visited (not "see the
    first cut together", a thing seen where it is shown)."""
    words = work.split()
    if words[:1] != ["see"] or len(words) < 3:
        return work
    place = []
    for w in words[1:]:
        if w.lower() in PLACE_ENDS or w.startswith("("):
            break
        place.append(w.lower().strip(",.;"))
    return " ".join(["visit", *words[1:]]) if len(place) >= 2 and place[-1] in VISITED else work


def _coming_for(turn: Turn) -> str | None:
    """ "come up to the venue with me for the site visit": a coming that names the thing it is for."""
    for tok in turn.doc:
        purpose = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"]
        if tok.lemma_ in TRAVEL and any(g.pos_ == "NOUN" and g.dep_ == "pobj" for p in purpose for g in p.children):
            return re.sub(r"\s+with (?:me|us)\b", "", task_text(tok, None))  # the two: "together"
    return None


def _first_work(*said: str | None) -> str | None:
    """The first of ``said`` that is work, not only getting there ("come with me")."""
    return next((w for w in said if w and not _only_going(w)), None)


# "come to the studio", "go up to the farm" (not "go down to the orchard and look at locations")
COMING_TO = re.compile(
    r"^(?:be up for |fancy )?\w+(?: (?:up|down|over|round|across|along))? to "
    r"(?P<place>(?:the|a)(?: (?!(?:and|for|to|before|after|with)\b)[\w'-]+){1,4})(?: together| with (?:me|us|you))?$"
)


def _at_place(work: str, going: str) -> str:
    """The work, and where it is held when the coming named a place the work does not ("come to the studio")."""
    m = COMING_TO.match(going.lower())
    if m is None or set(m.group("place").split()[1:]) & set(work.lower().split()):
        return work
    return f"{work} at {m.group('place')}"


FREE_WORDS = {"the", "a", "morning", "afternoon", "evening", "day", "week", "next", "that", "this", "then", "both",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend"}  # fmt: skip
# the time kept free for it: "I'll block the whole day", "I'll block it out", "I'll keep the morning free"
DIARY_VERBS = {"block", "clear", "keep"}
KEPT_FREE = {"whole", "it", "out", "off", "free", "diary", "my", "in"}
DIARY_LOOK = ({"look"}, {"check"}, {"have", "a", "look"})  # "let me look": at the diary, for the session put


def _names_it(work: str | None) -> str | None:
    """Work that names what it is done to: not "see it" ("I'd like to see it"), whose thing was said further back
    than the session put."""
    words = [w for w in (work or "").lower().split()[1:] if w not in PARTICLES]
    return None if work is None or (words and words[0] in OBJECT_PRONOUNS) else work  # not "before any of this"


def _only_going(task: str) -> bool:
    """ "come to you", "drive up", "go down together", "come to the studio", "I'll be there", "fancy coming with
    me": getting there, nothing done ("go through the data" is, and so is "come up for the site visit"); "do the
    afternoon", "do Monday week", "block the whole day", "block it out": being free then; a bare "look" at the
    diary."""
    words = [w.lower().strip(",.?!") for w in task.split()]
    words = words[3:] if words[:3] == ["be", "up", "for"] else words[1:] if words[:1] == ["fancy"] else words
    words = words or ["fancy"]
    words = [TRAVELLING.get(w, w) for w in words]
    alone = len(words) == 1 and words[0] in TRAVEL | {"fancy"}  # "Yes, I'll come.", "I'll drive."
    free = len(words) >= 2 and words[0] == "do" and set(words[1:]) <= FREE_WORDS
    free = free or (len(words) >= 2 and words[0] in DIARY_VERBS and set(words[1:]) <= FREE_WORDS | KEPT_FREE)
    met = words[0] == "meet" and "there" in words  # "Sam and I will meet you there at ten": at the session put
    going = alone or (len(words) >= 2 and (words[0] in TRAVEL or met) and set(words[1:]) <= GOING_WORDS)
    there = words[-2:] == ["be", "there"] and len(words) <= 3  # "I'll be there"
    placed = COMING_TO.match(" ".join(words)) is not None and words[0] in TRAVEL  # "come to the studio"
    return going or free or there or placed or set(words) in DIARY_LOOK


TRAVELLING = {"coming": "come", "going": "go", "popping": "pop", "heading": "head", "driving": "drive"}
