"""The wording rules (``models/wording/task_wording.jsonl``) and the tests of a task's wording that the commitment
walk shares: what a task loses at its start ("Look, why don't you…") and end (", because…"), fillers, delivery
idioms, and whether a task says anything on its own (``vague``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import srsly

from pipeline.errors import ConfigError
from pipeline.extract.antecedents import FILLERS, PRONOUNS
from pipeline.extract.delivery import A_BEFORE_VOWEL, REWRITES
from pipeline.extract.task_cut import STEPS_WORDS

MAX_WORDS = 12
MIN_KEPT = 4  # words a task keeps at least when a phrase cut in half goes
# words a phrase starts with, a condition's among them ("update the locator once we have [the pharmacy list]")
PHRASE_STARTS = {
    *("for", "of", "to", "with", "on", "in", "at", "from", "about", "into", "by", "and", "or", "as"),
    *("once", "when", "if", "unless", "until", "before", "after"),
}
BRACKETED = re.compile(r"^(.+?)\s+(\([^()]+\))$")  # a task and the condition it waits for
WAITS_FOR = re.compile(r"\s+\((?:once|after|when|before|as soon as)\b[^()]*\)$")  # "(once signed off)"
# a date the speaker trailed off before saying ("I'll get two shuttle quotes by next, um—"): no part of the task
TRAILED_OFF = re.compile(r"\s+(?:by|before|until|till)\s+(?:next|this|the|end of(?: the)?)\s*[,—-]*$", re.IGNORECASE)
VOCATIVE = re.compile(r"^[A-Z][a-z]+\s*,\s+(?=[a-z])")  # "Dom, you're doing the final fifteen": a name


@lru_cache(maxsize=8)
def load_rules(path: Path) -> WordingRules:
    """``models/wording.jsonl``: fillers and hedges, lead-ins a task loses, delivery idioms (see models/README.md)."""
    fillers: set[str] = set()
    agents: set[str] = set()
    do_it: list[re.Pattern[str]] = []
    lead_ins: list[re.Pattern[str]] = []
    openers: list[re.Pattern[str]] = []  # the lead-ins that open any sentence ("statement": true), not only a task
    cuts: list[tuple[re.Pattern[str], re.Pattern[str] | None]] = []  # each with its "unless": the tasks it leaves whole
    owned: list[re.Pattern[str]] = []
    done_to: set[str] = set()
    version_of: set[str] = set()
    described: set[str] = set()
    made_of: dict[str, set[str]] = {}
    report_back: list[re.Pattern[str]] = []
    delivery: list[tuple[re.Pattern[str], str]] = []
    intro: list[re.Pattern[str]] = []
    meet: set[str] = set()
    take_on: list[re.Pattern[str]] = []
    needing: set[str] = set()
    put_in: list[tuple[re.Pattern[str], dict[str, str]]] = []
    lacking: set[str] = set()
    held: list[tuple[re.Pattern[str], str]] = []
    chased: list[tuple[re.Pattern[str], str]] = []
    session: set[str] = set()
    abbreviations: list[tuple[re.Pattern[str], str]] = []
    acronyms: set[str] = set()
    invite: list[re.Pattern[str]] = []
    invited_to: set[str] = set()
    someone: list[re.Pattern[str]] = []
    wanting: set[str] = set()
    reviewed: list[tuple[re.Pattern[str], re.Pattern[str], str]] = []
    documents: list[tuple[re.Pattern[str], str]] = []
    people: dict[str, set[str]] = {"ADDRESSED": set(), "ROLE": set(), "BODY": set()}
    for row in srsly.read_jsonl(path):
        if row["label"] == "FILLER":
            fillers.update(row["words"])
        elif row["label"] == "AGENT":
            agents.update(row["words"])
        elif row["label"] == "DO_IT":
            do_it.append(re.compile(row["pattern"], re.IGNORECASE))
        elif row["label"] == "LEAD_IN":
            lead_ins.append(re.compile(row["pattern"], re.IGNORECASE))
            if row.get("statement"):
                openers.append(lead_ins[-1])
        elif row["label"] == "REPORT_BACK":
            report_back.append(re.compile(row["pattern"], re.IGNORECASE))
        elif row["label"] == "VERSION_OF":
            version_of.update(row["words"])
            described.update(row.get("described", row["words"]))
            for word, works in row.get("of", {}).items():
                made_of.setdefault(word, set()).update(works)
        elif row["label"] == "DONE_TO":
            done_to.update(row["words"])
        elif row["label"] == "OWNED":
            owned.append(re.compile(row["pattern"], re.IGNORECASE))
        elif row["label"] == "INTRO":
            intro.append(re.compile(row["pattern"], re.IGNORECASE))
            meet.update(row["words"])
        elif row["label"] == "TAKE_ON":
            take_on.append(re.compile(row["pattern"], re.IGNORECASE))
            needing.update(row["words"])
        elif row["label"] == "PUT_IN":
            put_in.append((re.compile(row["pattern"], re.IGNORECASE), dict(row["to"])))
            lacking.update(row["words"])
        elif row["label"] == "SESSION":
            session.update(row["words"])
        elif row["label"] == "ABBREVIATION":
            abbreviations.append((re.compile(row["pattern"]), row["replace"]))
        elif row["label"] == "ACRONYM":
            acronyms.update(row["words"])
        elif row["label"] == "DOCUMENT":
            documents.append((re.compile(row["pattern"]), row["replace"]))
        elif row["label"] == "INVITE":
            invite.append(re.compile(row["pattern"], re.IGNORECASE))
            invited_to.update(row["words"])
        elif row["label"] == "SOMEONE":
            someone.append(re.compile(row["pattern"], re.IGNORECASE))
            wanting.update(row["words"])
        elif row["label"] == "HELD":
            held.append((re.compile(row["pattern"], re.IGNORECASE), row["replace"]))
        elif row["label"] == "CHASED":
            chased.append((re.compile(row["pattern"], re.IGNORECASE), row["replace"]))
        elif row["label"] == "REVIEWED":
            reviewed.append((re.compile(row["pattern"], re.IGNORECASE), re.compile(row["worded"]), row["replace"]))
        elif row["label"] == "CUT":
            unless = re.compile(row["unless"], re.IGNORECASE) if row.get("unless") else None
            cuts.append((re.compile(row["pattern"], re.IGNORECASE), unless))
        elif row["label"] in people:
            people[row["label"]].update(row["words"])
        elif row["label"] == "DELIVERY":
            delivery.append((re.compile(row["pattern"], re.IGNORECASE), row["replace"]))
        else:
            raise ConfigError(f"{path}: unknown wording label {row['label']!r}")
    return WordingRules(
        frozenset(fillers),
        tuple(lead_ins),
        tuple(delivery),
        frozenset(agents),
        tuple(do_it),
        tuple(cuts),
        tuple(owned),
        frozenset(done_to),
        tuple(report_back),
        frozenset(version_of),
        tuple(intro),
        frozenset(meet),
        tuple(take_on),
        frozenset(needing),
        frozenset(session),
        tuple(abbreviations),
        frozenset(acronyms),
        tuple(invite),
        frozenset(invited_to),
        tuple(someone),
        frozenset(wanting),
        frozenset(people["ADDRESSED"]),
        frozenset(people["ROLE"]),
        frozenset(people["BODY"]),
        tuple(reviewed),
        tuple(documents),
        frozenset(described),
        tuple((word, frozenset(works)) for word, works in made_of.items()),
        tuple((pat, tuple(to.items())) for pat, to in put_in),
        frozenset(lacking),
        tuple(held),
        tuple(chased),
        tuple(openers),
    )


@dataclass(frozen=True)
class WordingRules:
    fillers: frozenset[str]
    lead_ins: tuple[re.Pattern[str], ...]
    delivery: tuple[tuple[re.Pattern[str], str], ...]
    agents: frozenset[str] = frozenset()
    do_it: tuple[re.Pattern[str], ...] = ()
    # asides cut off the end, each with the tasks it leaves whole: "check with finance and come back to you"
    cuts: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = ()
    owned: tuple[re.Pattern[str], ...] = ()
    done_to: frozenset[str] = frozenset()
    report_back: tuple[re.Pattern[str], ...] = ()
    version_of: frozenset[str] = frozenset()
    intro: tuple[re.Pattern[str], ...] = ()  # "make the intro": an introduction that does not say to whom
    meet: frozenset[str] = frozenset()  # "you should meet the buyers": whom it is to
    take_on: tuple[re.Pattern[str], ...] = ()  # "pick that up": taking on work said before it
    needing: frozenset[str] = frozenset()  # "the banners need resizing": the work itself
    session: frozenset[str] = frozenset()  # "a call with you": time with the listener, who is named
    abbreviations: tuple[tuple[re.Pattern[str], str], ...] = ()  # "the PO": written in full, "the purchase order"
    acronyms: frozenset[str] = frozenset()  # "kpis" from speech-to-text: "KPIs"
    invite: tuple[re.Pattern[str], ...] = ()  # "send an invite": for the session last talked about
    invited_to: frozenset[str] = frozenset()  # the session nouns an invite is for
    someone: tuple[re.Pattern[str], ...] = ()  # "book someone": group 1 is "someone", the one needed
    wanting: frozenset[str] = frozenset()  # "we need a videographer": who "someone" is
    addressed: frozenset[str] = frozenset()  # "ring them", "ask them": verbs whose "them" is people
    roles: frozenset[str] = frozenset()  # "the site manager", "the buyers": people by role
    bodies: frozenset[str] = frozenset()  # "the council", "their press office": bodies of people
    # "turn it round" said by the client: the work is reviewing what was sent (said task, worded verb, its rewrite)
    reviewed: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...] = ()
    # "send the notes": the document the agency sends round after a meeting, named beside the word said
    documents: tuple[tuple[re.Pattern[str], str], ...] = ()
    # "the final version", "the revised draft": still a version of the thing just named, where "the revised
    # storyboard" is a thing of its own
    described: frozenset[str] = frozenset()
    # "the final cut": a version only of the kind of work its word is said of (a cut is of a film, a video, an ad),
    # else a thing of its own
    made_of: tuple[tuple[str, frozenset[str]], ...] = ()
    # "add it in there" after "the deck needs the new pricing": the thing lacked put in the work that lacks it
    # (group 1 the verb; each with the verb's word for where it goes: "add … to", "put … in")
    put_in: tuple[tuple[re.Pattern[str], tuple[tuple[str, str], ...]], ...] = ()
    lacking: frozenset[str] = frozenset()  # "needs", "is missing": the work lacks the thing
    # "send what I've got": whatever the speaker holds of the thing asked for, a pronoun for it ("send it")
    held: tuple[tuple[re.Pattern[str], str], ...] = ()
    # "keep chasing", "I'll chase": chasing said without what is chased, a pronoun for the thing awaited ("chase it")
    chased: tuple[tuple[re.Pattern[str], str], ...] = ()
    # the lead-ins that open any sentence, a statement's too ("Yeah. …", "W we …", "my idea is that …"); the rest
    # ("we need to", "could you", "we're …ing") are a task's wrapper, and make a statement a fragment
    openers: tuple[re.Pattern[str], ...] = ()

    def version_of_kind(self, word: str, thing: str) -> bool:
        """Whether ``thing`` ("the launch film") is of a kind a version called ``word`` ("cut") can be of: any thing
        for a word with no kinds given ("version", "draft")."""
        works = next((w for v, w in self.made_of if v == word.lower()), None)
        return works is None or any(t in works for t in thing.lower().split())

    def name_document(self, text: str) -> str:
        """ "send the notes" -> "send the notes (contact report)": the notes sent round after a meeting are the
        agency's contact report; notes that say what they are of or on ("the notes on the cut") stay as said."""
        for pat, repl in self.documents:
            text = pat.sub(repl, text, count=1)
        return text

    def review(self, said: str, worded: str) -> str:
        """The wording of a task said by someone who receives the work to approve it ("I'll turn it round by
        noon", said by the client): "review the holding statement", not "complete …"."""
        for pat, verb, repl in self.reviewed:
            if pat.search(said) and verb.search(worded):
                return verb.sub(repl, worded, count=1)
        return worded

    def spell_out(self, text: str) -> str:
        """Abbreviations an AE writes in full ("raise the PO" -> "raise the purchase order") and acronyms that
        speech-to-text wrote in lower case ("the kpis" -> "the KPIs")."""
        for pat, repl in self.abbreviations:
            text = pat.sub(repl, text)
        return " ".join(_acronym(w, self.acronyms) for w in text.split())

    def point_held(self, text: str) -> str:
        """ "send what I have" -> "send it": what the speaker holds of the thing asked for stands for that thing,
        which "it" is resolved to (``pipeline/extract/antecedents.py``); "send what I have in mind" is left."""
        return _rewritten(self.held, text)

    def chase_on(self, text: str) -> str:
        """ "keep chasing", "I'll chase", "keep on at them" -> "chase it", "chase them": the thing or people chased,
        which the pronoun is resolved to (``pipeline/extract/antecedents.py``)."""
        return _rewritten(self.chased, text)

    def refers_to_action(self, text: str) -> bool:
        """ "do that", "sort it", "take care of this": a task that stands for an action said before it."""
        return any(p.match(text) for p in self.do_it)

    def cut(self, text: str) -> str:
        """Asides, reasons and tag questions off the end: "look at the T&Cs, because the prize has changed" ->
        "look at the T&Cs"; before the condition a task keeps in brackets ("send it straight away (once signed off)"
        -> "send it (once signed off)")."""
        if waits := BRACKETED.match(text):
            return f"{self.cut(waits.group(1))} {waits.group(2)}"
        for pat, unless in self.cuts:
            if unless is not None and unless.match(text):
                continue  # "check with finance and come back to you": the answer brought back says it is a question
            shorter = pat.sub("", text).strip()
            if shorter and not vague(shorter):
                text = shorter
        return text

    def trim(self, text: str) -> str:
        """A task's both ends: a name it is addressed to and its lead-in off the start, asides off the end."""
        return self.strip_lead(VOCATIVE.sub("", TRAILED_OFF.sub("", self.cut(text.strip().rstrip("?.!")))))

    def strip_lead(self, text: str) -> str:
        """ "Look, why don't you and I sit down and agree the KPIs?" -> "sit down and agree the KPIs"."""
        return _stripped(text, self.lead_ins)

    def strip_opening(self, text: str) -> str:
        """A statement without what opened it: "Yeah. W we are aiming for younger people." -> "we are aiming for
        younger people" (``openers``; the subject stays, where ``strip_lead`` takes a task's "we are" off)."""
        return _stripped(text, self.openers)

    def tidy(self, task: str) -> str:
        """Fillers out, delivery idioms to "send", the listener as destination out (also before the step the task
        waits for: "have the report to you (once signed off)" -> "send the report (once signed off)"); at most
        ``MAX_WORDS`` (two steps or a list joined by "and": ``STEPS_WORDS``), the step waited for kept only whole."""
        words = [w for w in task.split() if w.lower().strip(",.") not in self.fillers]
        text = A_BEFORE_VOWEL.sub("an ", re.sub(r"\b(?:a|an)\s+(?=the\b)", "", " ".join(words)))
        waits = WAITS_FOR.search(text)  # the idioms read the task without the step it waits for
        head = self.tidy(text[: waits.start()]) if waits else ""
        if waits and head:
            whole = f"{head} {waits.group(0).strip()}"
            return whole if len(whole.split()) <= (STEPS_WORDS if " and " in head else MAX_WORDS) else head
        for pat, repl in (*REWRITES, *self.delivery):  # the said forms first: "over to you" is still there
            new = pat.sub(repl, text)
            if new != text and not vague(new):
                text = new
        step, joint, sent = text.partition(" and ")
        getting = bool(joint) and next(iter(sent.split()), "").lower() in ("get", "have", "bring")
        for pat, repl in (*REWRITES, *self.delivery) if getting else ():  # "speak to the warehouse and get them over"
            new = pat.sub(repl, sent)
            if new != sent and not vague(new):
                sent = new
        text = re.sub(r"\s+", " ", step + joint + sent).strip(" ,.;:-—")
        most = STEPS_WORDS if " and " in text else MAX_WORDS
        if len(text.split()) > most:  # a condition in brackets goes first, and never half of it
            text = re.sub(r"\s*\([^)]*\)?$", "", text)
        words = text.split()[:most]
        kept = " ".join(words)
        if kept.count("(") > kept.count(")"):  # half a bracket goes; "the purchase order (PO) for …" is whole
            words = kept[: kept.rfind("(")].split()
        elif len(text.split()) > most and not _clean_cut(words[-1], text.split()[most]):
            # never half a phrase: "… of requirements for single [sign-on]" loses "for single"
            last = max((k for k, w in enumerate(words) if w.lower() in PHRASE_STARTS), default=0)
            words = words[:last] if last >= MIN_KEPT else words
        # a list's "and" left when the thing after it went to an item of its own ("send the deck and | the tracker")
        return re.sub(r"(?:\s+(?:and|or))+$", "", " ".join(words).rstrip(",;:")).rstrip(",;:")


def _acronym(word: str, acronyms: frozenset[str]) -> str:
    """ "kpis" -> "KPIs" when "kpi" is an acronym: the letters in capitals, a plural "s" kept small; a word not
    all in lower case is left as it was written."""
    core = word.rstrip(",.;:")
    low, tail = core.lower(), word[len(core) :]
    if core != low:
        return word
    if low in acronyms:
        return low.upper() + tail
    if low.endswith("s") and low[:-1] in acronyms:
        return low[:-1].upper() + "s" + tail
    return word


def _clean_cut(last: str, after: str) -> bool:
    """The words kept end a phrase: the last ends a clause ("pyjamas,") or the next starts one ("for …")."""
    return last[-1] in ",;:" or after[0] in ",;:" or after.lower() in PHRASE_STARTS


def pronoun_task(task: str) -> bool:
    """A task whose object is a pronoun the wording resolves ("drafting those", "get it over")."""
    return any(w.lower() in PRONOUNS for w in task.split()[1:])


YOU_ALL = r"you(?:\s+(?:guys|all|both|lot|two))?"  # "from you guys": the listeners, as "from you"


def bare_verb(task: str) -> bool:
    """A task of one word ("do", "grab", "manage"): nothing said to be done."""
    return len(task.split()) <= 1


# a task that, worded, says a wish or a taking of what is given, not work: "Fine, I can do that." to "I'd want nothing
# payable until June" ("want nothing payable"); "We'll take any freebies going." ("take any freebies going"), a thing
# accepted, unless it is taken somewhere ("take any comments back to the studio")
NO_WORK_TASKS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^(?:want|wish|hope|prefer|fancy)\b", re.I),
    re.compile(r"^take\s+(?:any|whatever)\b(?!.*\b(?:to|back|into|through|on\s+board)\b)", re.I),
)


def no_work(task: str) -> bool:
    """A task that names no work (``NO_WORK_TASKS``): a wish, or a thing taken as it comes."""
    return any(p.search(task) for p in NO_WORK_TASKS)


def vague(task: str) -> bool:
    """A task that says nothing without its context ("do that", "have it", "try")."""
    said = re.findall(r"[A-Za-z][A-Za-z'&]*", task)[1:]
    content = [
        w
        for w in (w.lower() for w in said if len(w) > 2 or (len(w) == 2 and w.isupper()))  # "chase the MD"
        if w not in PRONOUNS and w not in FILLERS and w not in STOP_WORDS and w not in ("ok", "asap")
    ]
    return len(content) == 0


STOP_WORDS = {"you", "with", "over", "back", "round", "across", "the", "and", "for", "out", "off", "through"}


# only when the one saying it can be there: "I can do the afternoon", "I'll block the whole day", "I can do ten"
TIME_SLOT = re.compile(
    r"^(?:do|block(?: out)?|hold|keep|make|take)\s+(?:the\s+|that\s+)?(?:whole\s+|full\s+)?"
    r"(?:morning|afternoon|evening|day|slot|time|\d{1,2}(?:[.:]\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|half\s+\w+)(?:\s+out)?$",
    re.IGNORECASE,
)


def time_slot(task: str) -> bool:
    """A task that only says when its speaker can be there ("do the afternoon", "block the whole day", "do ten"):
    the time of a session put to them, not what is done in it."""
    return TIME_SLOT.match(task.strip()) is not None


NO_OBJECT = {"at", "in", "on", "during", "around", "when", "after", "before", "first", "later", "today", "tomorrow"}


def no_object(task: str) -> bool:
    """ "ask at the briefing Thursday": the verb again, where or when, not what ("ask the volunteers …")."""
    words = task.split()
    return len(words) < 2 or words[1].lower() in NO_OBJECT


def _rewritten(rows: tuple[tuple[re.Pattern[str], str], ...], text: str) -> str:
    """``text`` with each row's pattern replaced once, in order."""
    for pat, repl in rows:
        text = pat.sub(repl, text, count=1)
    return text


def _stripped(text: str, lead_ins: tuple[re.Pattern[str], ...]) -> str:
    """``text`` without the ``lead_ins`` at its start, each taken off as often as another uncovers it."""
    text = text.strip().rstrip("?.!")
    for _ in range(3):
        before = text
        for pat in lead_ins:
            # an opener said as a sentence of its own leaves no stop behind ("Yeah. The lid is cork.", "Yeah? If…")
            text = pat.sub("", text, count=1).lstrip(" ,.?!").rstrip(" ,")
        if text == before:
            break
    return text
