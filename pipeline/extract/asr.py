"""Normalise a copy of spoken text for parsing; the original text stays the quote.

Whisper and human transcripts of speech carry fillers ("um", "uh", "you know"), false starts ("I'll I'll send"),
lowercase "i" and missing punctuation. The parser does much better on a cleaned copy::

    >>> normalise("um i'll i'll send the the deck over uh by friday")
    "I'll send the deck over by friday"
"""

from __future__ import annotations

import re

_FILLERS = re.compile(r"(?i)(?<![\w'])(?:um+|uh+|erm+|er|hmm+|mm+-?hm+|ah)(?![\w'])[,.]?\s*")
# "you know" as a filler, not "let you know straight after"
_YOU_KNOW = re.compile(
    r"(?i)(?<!\blet),?\s*(?<!\blet )\byou know\b,?(?=\s+\w)(?!\s+(?:what|how|where|when|who|whether|if|that)\b)"
)
_I_MEAN = re.compile(r"(?i)(?:^|(?<=[,.;—-]\s))\s*i mean,?\s*")
# "like" as a filler before a noun phrase: a determiner started again after it ("get a, like, a discount code") or
# "like" between commas before one ("as, like, a one-pager"); not "a like button", "things like the posters"
_LIKE_RESTART = re.compile(r"(?i)\b(?:a|an|the)\s*,?\s+like\s*,?\s+(?=(?:a|an|the)\b)")
_LIKE_COMMAS = re.compile(r"(?i)(?<=\w),\s*like,\s+(?=(?:a|an|the)\b)")
_DASHES = re.compile(r"\s*[—–]+\s*")
_REPEAT = re.compile(r"(?i)\b((?:\w+'\w+|\w+)(?:\s+(?:\w+'\w+|\w+)){0,2})(?:[\s,]+\1\b)+")
_LOWER_I = re.compile(r"(?<![\w'])i(?=(?:'(?:ll|m|d|ve)\b)|(?![\w']))")
_NOUN_LL = re.compile(r"(?i)\b(?!(?:i|you|we|they|he|she|it|that|there|who)'ll\b)(\w+)'ll\b")
_SPACES = re.compile(r"\s{2,}")
# a sentence's first letter, not a word after an abbreviation's full stop ("at seven a.m. on the 25th", "e.g. the")
_SENTENCE_OPENS = re.compile(r"(?<![ap]\.m)(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bvs)([.!?]\s+)([a-z])", re.IGNORECASE)
# and a noun's "'s" before a particle that ends the clause: "once your new version's in" is "version is in" (the
# parser reads a possessive, and hangs "in" on the verb before: "run it past them in")
_NOUN_S_PARTICLE = re.compile(
    r"(?i)\b(?!(?:it|that|what|there|here|he|she|who|this|let|where)['’]s\b)([a-z]+)['’]s (in|back|through|over)\b"
    r"(?=\s*(?:[.,;!?]|$))"
)
# Whisper writes a bare "Will do." / "Can do." reply as "We'll do." / "I'll do.": nobody says "we'll do" with no
# object, so at the start of a clause it is the acceptance
# and "end of day" / "the end of the month" as "end on day" / "the end on the month"
_END_ON = re.compile(r"(?i)\b(end) on (the )?(day|week|month)\b")
# and "by Friday" closing a clause as "my Friday" ("I'll have it to you my Friday."); "come back to my Friday" too
_MY_DATE = re.compile(
    r"(?i)\b(?:to )?my ((?:next )?(?:monday|tuesday|wednesday|thursday|friday)|end of (?:the )?(?:day|week|month))"
    r"(?=\s*(?:[,.!?;]|$))"
)
# "I'll DM all three creators", "can you WhatsApp me the address": a messaging app or "DM" used as a verb after a
# modal, "to" or "just" is read as a noun (the commitment lost); "message" parses as the verb it is
_APP_VERB = re.compile(
    r"(?i:\b(will|'ll|can|could|to|just|please|and|then|you|me)\s+)(?:DM|PM|WhatsApp|Whatsapp|iMessage)"
    r"(?=\s+(?:me|you|him|her|them|us|the|all|[A-Z]))"
)
# "I'll action that": "action" as a verb is read as a noun (the parse of the rest lost); on a pronoun it is "do"
_ACTION_IT = re.compile(r"(?i)\b(will|'ll|can|could|to|just|and)\s+action(?=\s+(?:that|it|this|those|them|these)\b)")
# "double check" / "double-check": "check" (the parser reads "double" as the verb, or "double-check" as a word with
# no subject, and "I'll double check and send you the list" is no promise)
_DOUBLE_CHECK = re.compile(r"(?i)\bdouble[\s-]+(?=check(?:s|ed|ing)?\b)")
# "once legal have seen them": the legal team as the subject of a step waited for, which the parser reads as an
# adjective hung on the verb before it (the task then ends "… once legal"); written as the team's name it is read as
# one (only there: "forward legal's comments" keeps its word)
_LEGAL_TEAM = re.compile(
    r"\b((?:once|when|after|until|till|before|soon as|unless|if)\s+)legal"
    r"(?=\s+(?:have|has|'ve|are|is|will|'ll|need|needs|want|wants|say|says|said|were|was|"
    r"should|can|could|might|must|sign|signs|signed|approve|approves|approved|check|checks)\b"
    r"|'s\s+(?:signed|seen|checked|approved|been|got|had|said|looked)\b)"
)
_BARE_DO = re.compile(r"(?i)(^|[,.!?;]\s*)(?:we|I)(?:'ll| will) do(?=\s*(?:[,.!?;]|$))")
# and as "well good" ("Sure, well good." for "Sure, will do."): "well good" is never a clause of its own in a reply
_WELL_GOOD = re.compile(r"(?i)(^|[,.!?;]\s*)well good(?=\s*(?:[.!?;]|$))")
# "by the end of the week" closing a clause as "I'd end of the week" ("send it to the titles, I'd end of the week")
_ID_END = re.compile(r"(?i)\bI'd (end of (?:the )?(?:day|week|month))\b")
# Whisper runs a spoken reply's short sentences together with commas ("Yes, okay, book the screens, go ahead." for
# "Yes. Okay, book the screens. Go ahead."): a consent that stands alone as a clause ends its sentence there, as it
# does when written ("Fine, but only if..." and "Okay, so..." keep their comma: what follows qualifies it)
_CONSENT = (
    r"(?:makes sense|that makes sense|fine by me|go on then|sounds good|that works|I'm happy with (?:it|that)"
    r"|I like (?:it|that)(?: better)?|love it)"
)
_GO_AHEAD = r"(?:(?:then\s+)?(?:go ahead|do it|do that|let's do it|let's do that))"
# ("Fine, go ahead." and "Yep, on it." are one reply: only a clause of three words or more is split off)
_QUALIFIER = r"but|if|as long|so long|provided|providing|only|though|although|so|and|or|as|because|unless|then"
_CONSENT_COMMA = re.compile(
    rf"(?i)(^|[.!?]\s+)((?:(?:yes|yeah|okay|ok|fine|right|well|so|then),?\s+)?{_CONSENT}),\s+(?!{_GO_AHEAD}\b)"
    rf"(?!(?:{_QUALIFIER})\b)"
    r"(?=[\w']+(?:[\s,]+[\w']+){2})"
)
# and a bare one-word consent run into a choice said as a run of short clauses ("Fine, keynote first, panel after the
# break." for "Fine. Keynote first, panel after the break."); not into one clause ("Fine, switch to fortnightly."), a
# clause with its own subject, an order or a qualifier ("Yeah, I'll send it, promise.", "Okay, so what about radio?")
_BARE_CONSENT_COMMA = re.compile(
    r"(?i)(^|[.!?]\s+)(yes|yeah|yep|okay|ok|fine|agreed|perfect|great|lovely),\s+"
    rf"(?!(?:{_QUALIFIER}|well"
    r"|yes|fine|yeah|okay|ok|no|sure|thanks|thank|please|let's|let|go|do|I|I'm|I'll|I'd|I've|we|we're|we'll|we'd|you|you're"
    r"|you'll|they|they're|he|she|it|it's|that|that's|this|there|there's|what|how|why|when|who|where|can|could|would"
    r"|will|shall|should|just|send|move|make|keep|put|book|get|take|a|an)\b)"
    r"(?=[\w']+(?:[\s,]+[\w']+){2}[^.!?]*,)"
)
_ENDS_IN_CONSENT = re.compile(rf"(?i)\b(?:{_CONSENT}|yes|yeah|yep|okay|ok|fine|sure|agreed|right|great|perfect)$")
# and a go-ahead standing between commas ("..., do it, print's out." / "..., go ahead."), unless a consent is just
# before it ("The awards, though, fine, go ahead.": one reply)
# and "that's the offer" closing a reply after a comma ("Full refund plus a free ticket, that's the offer.")
_THATS_THE_COMMA = re.compile(r"(?i),\s+(that's (?:the|our|my) [\w'-]+(?: [\w'-]+)?)(?=\s*(?:[.!?]|$))")
# and a consent Whisper ran into the clause before it, when a "let's" or a go-ahead follows ("Eight, plenty, yes,
# let's do eight." for "Eight's plenty. Yes, let's do eight.")
_MID_CONSENT = re.compile(
    r"(?i)(?<=[\w'])\s*,\s+(yes|yeah|yep|okay|ok),\s+(?=(?:let's|let us|go ahead|do it|do that)\b)"
)
_GO_AHEAD_COMMA = re.compile(rf"(?i),\s+({_GO_AHEAD})(?:,\s+(?=\w)|(?=\s*(?:[.!?]|$)))")


def normalise(text: str) -> str:
    """A cleaned copy of one utterance for the parser (fillers out, repeats collapsed, "i" -> "I")."""
    out = _FILLERS.sub("", text)
    out = _YOU_KNOW.sub("", out)
    out = _I_MEAN.sub(" ", out)
    out = _LIKE_COMMAS.sub(" ", _LIKE_RESTART.sub("", out))
    out = _DASHES.sub(", ", out)
    out = _LOWER_I.sub("I", out)
    for _ in range(2):
        out = _REPEAT.sub(r"\1", out)
    out = _NOUN_LL.sub(r"\1 will", out)
    out = _NOUN_S_PARTICLE.sub(r"\1 is \2", out)
    out = _END_ON.sub(r"\1 of \2\3", out)
    out = _MY_DATE.sub(r"by \1", out)
    out = _ID_END.sub(r"by \1", out)
    out = _APP_VERB.sub(r"\1 message", out)
    out = _ACTION_IT.sub(r"\1 do", out)
    out = _DOUBLE_CHECK.sub("", out)
    out = _LEGAL_TEAM.sub(r"\1Legal", out)
    out = _WELL_GOOD.sub(_will_do, _BARE_DO.sub(_will_do, out))
    out = _sentences_of_consent(out)
    out = out.replace(" ,", ",").replace(",,", ",").replace(", ,", ",")
    out = re.sub(r"^[,.…\s]+", "", out)
    out = re.sub(r",\s*([.?!])", r"\1", out)
    out = _SPACES.sub(" ", out).strip()
    if out and out[0].islower():
        out = out[0].upper() + out[1:]
    return out


def _will_do(m: re.Match[str]) -> str:
    """ "Will do", after what came before it (capitalised when it opens the text)."""
    return m.group(1) + ("Will" if not m.group(1).strip() else "will") + " do"


def _short_clause(before: str) -> bool:
    """The sentence so far is under three words ("Yeah, that's the one." is one reply)."""
    return len(re.split(r"[.!?]\s+", before)[-1].split()) < 3


def _sentences_of_consent(text: str) -> str:
    """A consent Whisper ran into the next clause with a comma, made its own sentence::

    >>> _sentences_of_consent("Makes sense, yes, fine by me, tens in the last week.")
    'Makes sense. Yes, fine by me. Tens in the last week.'
    >>> _sentences_of_consent("Fine, keynote first, panel after the break.")
    'Fine. Keynote first, panel after the break.'
    """

    out = text
    for _ in range(3):  # "Fine, okay, she stays": one consent after another
        out = _CONSENT_COMMA.sub(r"\1\2. ", out)
    out = _BARE_CONSENT_COMMA.sub(r"\1\2. ", out)
    out = _MID_CONSENT.sub(
        lambda m: m.group(0) if _ENDS_IN_CONSENT.search(m.string[: m.start()]) else f". {m.group(1)}, ", out
    )

    def go_ahead(m: re.Match[str]) -> str:
        if _ENDS_IN_CONSENT.search(m.string[: m.start()]) or _short_clause(m.string[: m.start()]):
            return m.group(0)
        return f". {m.group(1)}" + (". " if m.group(0).rstrip().endswith(",") else "")

    out = _GO_AHEAD_COMMA.sub(go_ahead, out)
    out = _THATS_THE_COMMA.sub(lambda m: m.group(0) if _short_clause(m.string[: m.start()]) else f". {m.group(1)}", out)
    return _SENTENCE_OPENS.sub(lambda m: m.group(1) + m.group(2).upper(), out)
