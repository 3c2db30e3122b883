"""A choice read back, and terms asked for in a counter-offer (read by ``agreements.AgreementTracker``).

One speaker puts options or a proposal, another answers with a choice, and the first sums the choice up in a "so"
sentence ("…or add the covered terrace for another eight hundred." "Let's take both." "So rooftop plus the covered
terrace, four and a half plus eight hundred."). The read-back is where the choice stands, in words the report can
state; it is not a new proposal (said as a phrase, with no subject: "So we've costed it." reports, "So I'll send the
costs over." is an item). A figure asked of the other side ("Can you do a thousand?") is a counter-offer, which an
acceptance settles like any proposal.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from pipeline.extract.settling import ACKNOWLEDGED, time_word
from pipeline.extract.turns import Turn, answered_by, speaker_words

# words that may open the read-back before its "so" ("Great, so…", "Lovely. So…")
BEFORE_SO = frozenset("okay ok great lovely perfect right brilliant fine good yes yeah cool".split())
TAKEN = frozenset("both all either".split())  # "Let's take both.", "Both, I think."
ANSWER_WORDS = 20  # the choice in reply is short ("Two days. We need the lifestyle shots as well.")


def _things(span: Span | Turn) -> set[str]:
    doc = span.doc if isinstance(span, Turn) else span
    return {t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "PROPN", "NUM") and not t.is_stop}


def _offers(turn: Turn) -> bool:
    """The turn puts options or a proposal: a question, "or", a modal ("we could…", "would be"), a proposal cue."""
    return (
        turn.is_question() or bool(turn.cues("PROPOSAL")) or any(t.lower_ == "or" or t.tag_ == "MD" for t in turn.doc)
    )


def _takes(turn: Turn) -> bool:
    """The reply takes what was put without naming it: "Let's take both.", "All of it.", "Yes, do that."."""
    cued = turn.cues("AGREE") or turn.cues("AGREE_ACCEPT") or turn.cues("ACCEPT")
    return bool(cued) or any(t.lower_ in TAKEN for t in turn.doc)


def _so_sentence(turn: Turn) -> Span | None:
    """The turn's sentence that opens "So" (after an acknowledgement, or the echoed choice: "Manchester, lovely. So
    Manchester on the twelfth…"), stating rather than asking."""
    for sent in turn.doc.sents:
        words = [t for t in sent if not t.is_punct]
        lead = 0
        while lead < len(words) and words[lead].lower_ in BEFORE_SO:
            lead += 1
        if lead < len(words) and words[lead].lower_ == "so" and len(words) - lead > 2:
            clause = any(t.dep_ in ("nsubj", "nsubjpass", "expl") or t.pos_ == "AUX" for t in words[lead:])
            if sent.text.rstrip().endswith("?") or clause:
                return None  # "So we've costed it.", "So I'll send it.": a report or an item, not the choice
            return sent
    return None


def choice_read_back(turns: list[Turn], k: int) -> str:
    """The read-back sentence of turn ``k`` when it sums up the choice the turn before made among what the speaker
    put in the turn before that; "" otherwise."""
    if k < 2:
        return ""
    turn, answer, put = turns[k], turns[k - 1], turns[k - 2]
    if turn.speaker is None or answer.speaker in (None, turn.speaker) or put.speaker != turn.speaker:
        return ""
    if answer.is_question() or answer.n_words > ANSWER_WORDS:
        return ""
    sent = _so_sentence(turn)
    if sent is None:
        return ""
    mine, chosen, offered = _things(sent), _things(answer), _things(put)
    if not _offers(put) or not (chosen & offered or _takes(answer)):
        return ""  # "…had us on air from the 23rd." "It is tight." "So on air from the 30th instead.": nothing chosen
    if (chosen and not mine & chosen) or not mine & offered:  # "Let's take both." names nothing of its own
        return ""
    return sent.text.strip()


SUMMED_REACH = 4  # turns back to the other side's options that the client's own summing up chooses among


def choice_summed(turns: list[Turn], k: int) -> str:
    """The client's own "so" sentence, with no verb, that sums up the choice among what the agency put in the few
    turns before ("Route one is warm. Route two is playful." … "Great. So route two, with a bit of route one's
    warmth."): the choice, stated; "" otherwise. It names a figure of the options; not a list of topics ("So,
    budget, timings and venues."), nor the agency reading back (``choice_read_back``). The agency's taking it on in
    the next turn settles it (``AgreementTracker.feed``)."""
    turn = turns[k]
    if turn.side != "client" or turn.speaker is None:
        return ""
    sent = _so_sentence(turn)
    if sent is None or sent.end != len(turn.doc) or not any(t.like_num for t in sent):
        return ""
    put = [turns[j] for j in range(max(0, k - SUMMED_REACH), k) if turns[j].side == "agency"]
    if not any(_things(sent) & _things(p) for p in put):
        return ""
    words = [t for t in sent if not t.is_punct]
    start = next(i for i, t in enumerate(words) if t.lower_ == "so") + 1
    said = sent.doc[words[start].i : sent.end].text.strip()
    return said[:1].upper() + said[1:]


# what a counter-offer asks the other side to do with a figure: "Can you do a thousand?", "Could you come down to
# nine?", "Would you take ten percent off?"
TERMS_VERBS = frozenset("do take accept come go meet match drop knock".split())


def terms_asked(turn: Turn) -> bool:
    """The turn asks the other side to accept a figure ("Can you do a thousand if we book three days?", "Could you
    do it for thirty-eight?"), a counter-offer whose acceptance settles the terms; not work asked for ("Can you send
    the deck by Friday?") nor a figure with no verb of terms ("Can you print two hundred?")."""
    for sent in turn.doc.sents:
        if not sent.text.rstrip().endswith("?") or len(sent) < 3:
            continue
        modal, you = sent[0], sent[1]
        if modal.lower_ not in ("can", "could", "would") or you.lower_ != "you":
            continue
        verb = next((t for t in sent[2:] if t.pos_ == "VERB"), None)
        if verb is not None and verb.lemma_ in TERMS_VERBS and any(t.like_num for t in sent if t.i > verb.i):
            return True
    return False


# a question that reads back what was settled, for the other side to confirm ("So just so I've got it, the cap is
# eighty-five and the heaters come out?", "Just to be clear, we're dropping the stage?"), or what was agreed before
# ("And we agreed the cap stays at forty, yes?")
CHECKING_BACK = re.compile(
    r"^\W*(?:(?:okay|ok|right|so|and|great|lovely)\W+)*"
    r"(?:just so (?:I've|we've|I|we) got (?:it|that|this)(?: right)?|just to (?:be clear|confirm|check)|to confirm"
    r"|so I've got (?:it|that) right|(?P<agreed>we(?: all)? (?:agreed|decided)(?: that)?))\W+",
    re.IGNORECASE,
)
CONFIRMING = frozenset("correct yes yeah yep exactly right agreed absolutely".split())


def confirmed_read_back(turns: list[Turn], k: int) -> str:
    """A bare confirmation ("Correct.", "Yes, that's right.") of the other side's read-back of what was settled,
    put as a question ("So just so I've got it, the cap is eighty-five and the heaters come out?"): what it reads
    back, stated; "" if the turn is no such reply. Not a question of when some work is due ("Just to check, you'll
    send it Friday?"), which belongs to that item, nor a check with no figure in it ("Just to be clear, the lounge
    stays?"), which often only checks a fact."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if not answered_by(prev, turn) or turn.is_question():
        return ""
    first = next(iter(turn.doc.sents), None)
    sents = [s for s in prev.doc.sents if s.text.rstrip().endswith("?")]
    if first is None or first[0].lower_ not in CONFIRMING or turn.opening("DECLINE", 3):
        return ""
    if not sents or sents[-1].end != len(prev.doc) or prev.dues:
        return ""
    if len(first) > 6 and not _says_back(first, sents[-1]):  # "Yes, forty K all in.": only the check's words
        return ""
    text = sents[-1].text.strip()
    m = CHECKING_BACK.match(text.replace("\u2019", "'"))
    if m is None or any(t.lower_ in ("'ll", "will") for t in sents[-1]):
        return ""
    # a term agreed before, checked, may have no figure ("we agreed the launch stays in May, right?"); not work
    # ("we agreed you'd send it, right?")
    if not (any(t.like_num for t in sents[-1]) or (m["agreed"] and not any(t.tag_ == "MD" for t in sents[-1]))):
        return ""
    said = text[m.end() :].strip(" -\u2014,?")  # its tag ("…, yes?") goes with the statement rules' "tag" row
    return said[:1].upper() + said[1:] + "." if said else ""


# what a summing-up question settles, each clause a course for the work ("So the Leeds date stays, and we shift
# Bristol to the 20th?"); not a fact ("So the deck arrives Friday?", "So the venue is booked?")
PLAN_VERBS = frozenset(
    "stay stick hold keep move shift push bring go drop cut lose swap switch split cap lock replace launch run".split()
)
PLAN_ENTS = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "ORDINAL"})


def plan_confirmed(turns: list[Turn], k: int) -> str:
    """A bare confirmation ("Yes, that's it.", "Correct.") of the other side's summing up of what is settled, put as
    a "so" question whose clauses each state a course in the present ("Okay, so the Leeds date stays, and we shift
    Bristol to the 20th?"), with a date or figure in it: the summary, stated ("The Leeds date stays, and we shift
    Bristol to the 20th."); "" if the turn is no such reply. Not work ("So you'll send it Friday?", a modal), nor a
    fact checked ("So the venue is booked?", "So the deck arrives Friday?", "So you got the plans on Monday?"), nor a
    check with nothing to date or count ("So the lounge stays?"), which often only checks a fact."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if not answered_by(prev, turn) or turn.is_question() or prev.side in (None, turn.side):
        return ""
    first = next(iter(turn.doc.sents), None)
    if first is None or first[0].lower_ not in CONFIRMING or len(first) > 6 or turn.opening("DECLINE", 3):
        return ""
    sents = list(prev.doc.sents)
    last = sents[-1] if sents else None
    if last is None or not last.text.rstrip().endswith("?"):
        return ""
    words = [t for t in last if not t.is_punct]
    lead = 0
    while lead < len(words) and words[lead].lower_ in BEFORE_SO:
        lead += 1
    if lead >= len(words) or words[lead].lower_ != "so":
        return ""
    body = last.doc[words[lead].i + 1 : last.end]
    verbs = [t for t in body if t.dep_ in ("ROOT", "conj", "ccomp") and t.pos_ in ("VERB", "AUX")]
    if not verbs or any(t.tag_ in ("MD", "VBD", "VBN") and t.dep_ != "amod" for t in body):
        return ""
    if not all(v.lemma_.lower() in PLAN_VERBS and v.tag_ in ("VBZ", "VBP") for v in verbs):
        return ""
    if not any(t.like_num or t.ent_type_ in PLAN_ENTS for t in body):
        return ""
    said = body.text.strip(" -\u2014,?")
    return said[:1].upper() + said[1:] + "." if said else ""


def _says_back(reply: Span, asked: Span) -> bool:
    """The confirming sentence says only words of the question back ("Yes, forty K all in.")."""
    words = {t.lower_ for t in asked}
    return all(t.is_punct or t.is_stop or t.lower_ in words for t in reply[1:])


def _subject_verb(sent: Span) -> tuple[str, str] | None:
    """The lemmas of the sentence's subject and main verb ("So radio stays as is?" -> ("radio", "stay"))."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return None if subj is None or root.pos_ not in ("VERB", "AUX") else (subj.lemma_.lower(), root.lemma_.lower())


def outcome_read_back(turns: list[Turn], k: int) -> bool:
    """Turn ``k`` answers the other side's read-back, put as a question with a figure in it, by saying its outcome
    again with the same subject and verb ("So radio stays as is, ninety on both stations?" "Radio stays."; "So the
    fee stays at eighty-five for the year?" "The fee stays."): the read-back confirmed, as a bare "Correct." confirms
    it (``confirmed_read_back``). Not a question of when some work is due, nor a check with no figure in it ("So
    the lounge stays?"), which often only checks a fact, nor a reply with another subject or verb."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if not answered_by(prev, turn) or turn.is_question() or prev.dues:
        return False
    asked = [s for s in prev.doc.sents if s.text.rstrip().endswith("?")]
    if not asked or asked[-1].end != len(prev.doc) or not any(t.like_num for t in asked[-1]):
        return False
    said = _subject_verb(asked[-1])
    return said is not None and any(_subject_verb(s) == said for s in turn.doc.sents)


def summary_confirmed(turns: list[Turn], k: int) -> str:
    """A bare confirmation ("Yes.", "Exactly.") of the terms the other side has just summed up without a verb, in
    parts, with a figure or a "no" ("Great, so route two, five colours, no foil."): the terms, stated; "" if the turn
    is no such reply. Not a list of topics ("So, budget, timings and venues."), which has neither."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if not answered_by(prev, turn):
        return ""
    first = next(iter(turn.doc.sents), None)  # "Yes. Can we see it on two flavours first?": the terms confirmed
    if first is None or first[0].lower_ not in CONFIRMING or len(first) > 6 or turn.opening("DECLINE", 3):
        return ""
    if first.text.rstrip().endswith("?"):
        return ""
    sent = _so_sentence(prev)
    if sent is None or sent.end != len(prev.doc) or any(t.pos_ == "VERB" for t in sent):
        return ""
    terms = sent[[t.lower_ for t in sent].index("so") + 1 :]
    if not any(t.lower_ in (",", "and", "plus") for t in terms[1:]):
        return ""
    if not any(t.like_num or t.lower_ in ("no", "without") for t in terms):
        return ""
    said = terms.text.strip(" ,.")
    return said[:1].upper() + said[1:] + "."


# the agency's acknowledgement before it says back what the client has just directed ("Okay, through us, then.",
# "Brilliant. So that's moderators primary.", "Agreed, just B.")
LINKING = frozenset("so then just".split())
SAID_BACK_WORDS = 8  # words at most in what is said back, the acknowledgement and "so … then" left out
# words that say nothing of what was directed
SAID_BACK_FILLER = frozenset("the a an and of to in on at for with is 's are 're that it this be".split())
# the agency's words for the two sides, as the client said them ("Through you, please." "Okay, through us, then.")
SIDES_SWAPPED = {"us": "you", "we": "you", "our": "your", "ours": "yours", "your": "our", "yours": "ours"}
SAID_BACK_MIN = 2  # words said back at least, filler and names of those on the call left out ("through us")
DIRECTION_WORDS = 30  # words at most in the client's turn just before: a direction given, not a case argued
DIRECTION_REACH = 2  # the client's turns just before, in a row, whose words the read-back says back
# the agency taking on, in the sentences after the read-back, the work it just said back, by pointing back at it ("I'll
# do that this afternoon.", "We'll get it sorted.", "Will do."): what the client asked is work, not a settled term; not
# other work of its own ("I'll reissue the run of show with that swap.")
TAKEN_ON = re.compile(
    r"\b(?:I|we)(?:'ll|\u2019ll| will)\s+(?:\w+\s+)?(?:that|it|this)\b|^\W*(?:will do|on it|consider it done)\b",
    re.IGNORECASE,
)


def _said_back(sent: Span, lead: bool) -> list[Token]:
    """The words of ``sent`` after its acknowledgement and "so" ("Okay, so Megan opens, Rich reveals." -> "Megan
    opens, Rich reveals"), without a closing "then"; [] when the sentence has no acknowledgement to open it and
    ``lead`` does not allow that."""
    words = [t for t in sent if not t.is_punct]
    n = 0
    while n < len(words) and words[n].lower_ in ACKNOWLEDGED:
        n += 1
    if n == 0 and not lead:
        return []
    while n < len(words) and words[n].lower_ in LINKING:
        n += 1
    rest = words[n:]
    if rest and rest[-1].lower_ == "then":
        rest = rest[:-1]
    return rest


def direction_read_back(turns: list[Turn], k: int, committed: Callable[[int], bool]) -> str:
    """The agency says back, after an acknowledgement and in a few words, what the client has just directed in the turn
    or two before ("Are we contracting them through the agency, or are you going direct?" "Through you, please."
    "Okay, through us, then."; "Moderators are the primary audience." "Brilliant. So that's moderators primary.";
    "Just B, by the way." "Agreed, just B."): the client's direction, settled. Every word said back is the client's
    (their names for the speakers), so the agency adds nothing of its own. Not a client's question or work asked for
    ("Send it by Friday." "Okay, by Friday."), nor a read-back that is work or a question itself ("Okay, so I'll send
    the deck.", "Okay, so the budget?"), nor one naming only a time, nor a proposal turned down said back ("Noted. No
    confetti.")."""
    turn = turns[k]
    if k < 1 or turn.speaker is None or turn.side != "agency":
        return ""
    heard: set[str] = set()
    for j in range(k - 1, max(-1, k - 1 - DIRECTION_REACH), -1):
        said = turns[j]
        if said.speaker is None or said.side != "client":
            break
        if j == k - 1 and (said.is_question() or committed(j) or said.n_words > DIRECTION_WORDS):
            return ""
        heard |= {t.lower_ for t in said.doc} | {t.lemma_.lower() for t in said.doc}
        heard |= {w.lower() for w in said.speaker.split()}  # "I'll do the reveal." said back "Rich reveals"
    if not heard:
        return ""
    people = speaker_words(turns)  # "Okay, Owen." names no direction
    sents = list(turn.doc.sents)
    for n, sent in enumerate(sents):
        # the read-back opens on its acknowledgement, or follows one said as a sentence alone ("Brilliant. So …")
        alone = n > 0 and all(t.is_punct or t.lower_ in ACKNOWLEDGED for t in sents[n - 1])
        rest = _said_back(sent, alone)
        if not 0 < len(rest) <= SAID_BACK_WORDS or sent.text.rstrip().endswith("?"):
            continue
        if any(t.tag_ == "MD" or t.lower_ in ("'ll", "will") for t in rest):
            continue  # "Okay, so we'll hold it.": work or a plan of the agency's own
        if any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("i", "we", "you", "they") for t in rest):
            continue
        if rest[0].lower_ in ("no", "not", "nothing", "none"):
            continue  # "Confetti is not the vibe." "Noted. No confetti.": a proposal turned down, nothing agreed
        words = [t for t in rest if t.lower_ not in SAID_BACK_FILLER]
        if len([t for t in words if t.lower_ not in people]) < SAID_BACK_MIN or all(time_word(t) for t in words):
            continue  # "Okay, Sarah.", "Okay, the fifth.": one word taken, no direction said back
        if any(TAKEN_ON.search(later.text) for later in sents[n + 1 :]):
            continue  # "Send it to legal first." "Okay, to legal first. I'll do that today.": work taken on
        if all(
            t.lower_ in heard or t.lemma_.lower() in heard or SIDES_SWAPPED.get(t.lower_, "") in heard for t in words
        ):
            back = rest[0].doc[rest[0].i : rest[-1].i + 1].text.strip(" ,")
            return back[:1].upper() + back[1:] + "."
    return ""
