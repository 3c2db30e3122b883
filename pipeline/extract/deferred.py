"""Acceptances that defer to someone else's say (read by ``agreements.AgreementTracker``): "I think that's sensible
but I'd want Gareth to say yes", "Sounds good, but I'll need to run it past finance first", "That works for us,
subject to the board signing it off". Nothing is settled yet (GUIDELINES §4: deferred questions are not
annotated); the decision is where the one with the say gives it. Not a proviso the speaker sets themselves ("but
we'll need the slides a day earlier"), which takes the proposal with a condition."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span


@dataclass(frozen=True)
class DeferRow:
    label: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]  # the rest of a turn after its acceptance, which must defer
    not_examples: tuple[str, ...]  # which must not


def _row(label: str, pattern: str, examples: tuple[str, ...], not_examples: tuple[str, ...]) -> DeferRow:
    return DeferRow(label, re.compile(pattern, re.IGNORECASE), examples, not_examples)


DEFER_ROWS = (
    _row(
        "wants_their_yes",
        r"\b(?:i|we)(?:'d| would) (?:want|need|like) (?:\w+ ){1,3}to (?:say yes|sign (?:it |that )?off|approve|"
        r"agree|okay it|ok it|have a look|see it|look at it)",
        ("but I'd want Gareth to say yes, it's his budget line.", "but we'd need the board to sign it off."),
        ("but we'd need the slides a day earlier.", "but I'd want to see it in orange."),
    ),
    _row(
        "must_check",
        r"\b(?:i|we)(?:'ll| will|'d| would)? ?(?:need|have|want) to (?:run it past|run that past|check with|check it "
        r"with|clear it with|clear that with|ask|talk to|speak to|get (?:\w+ )?sign-?off from)\b",
        (
            "but I'll need to run it past finance first.",
            "but we have to clear it with legal.",
            "but I need to check with Tom.",
        ),  # fmt: skip
        ("but we'll need to start earlier.", "and I'll need to book the room."),
    ),
    _row(
        "let_me_check",
        r"\blet me (?:check with|run it past|run that past|clear it with|clear that with|speak to|talk to|ask)\b",
        ("but let me check with the regional team before we commit.", "Let me run it past Priya."),
        ("Let me know the times.", "let me check the venue has parking."),
    ),
    _row(
        "subject_to",
        r"\bsubject to\b",
        ("subject to the board signing it off.",),
        ("the subject line needs work.",),
    ),
    _row(
        "their_call",
        r"\b(?:it's|that's|it is|that is) (?:really |ultimately )?(?:\w+'s|his|her|their) (?:call|decision)\b"
        r"|\bnot (?:my call|up to me)\b",
        ("but it's Sarah's call really.", "but ultimately that's their decision.", "but it's not up to me."),
        ("it's my call.", "that's the right call."),
    ),
)


def defers(span: Span) -> bool:
    """The turn goes on, after acceptance ``span``, to leave the say to someone else."""
    rest = span.doc[span.end :].text
    return any(row.pattern.search(rest) for row in DEFER_ROWS)


# a turn that puts the decision off ("Let's wait.", "Let's park that for now.", "Let's hold off on that for now.",
# "I don't want to decide that today."): GUIDELINES §4, deferred, not agreed; the learned scorer adds none there
PUT_OFF_ROWS = (
    _row(
        "puts_off",
        r"\blet's (?:just )?(?:wait(?=[.!,]|\s+and see\b)"
        r"|(?:hold off|hold fire|park)\b[^.!?]*\bfor now\b|park (?:that|it|this)\b|come back to (?:that|it|this)\b"
        r"|not decide\b)"
        r"|(?:^|[.!?]\s+)park (?:that|it|this)\b|\bwait\b[^.!?]*\bbefore (?:we|I) (?:decide|commit)\b"
        r"|\b(?:hold fire|hold off)(?: on (?:that|it|this|anything))?(?: for now)?[.!]"
        r"|\b(?:don't|do not|not) (?:want to )?decide (?:that |it |this )?(?:today|yet|now)\b"
        r"|\blet's (?:pick (?:it|that|this) (?:back )?up|revisit (?:it|that|this)) (?:again )?(?:with|in|after|at) "
        r"(?:the )?(?:next|new|summer|spring|autumn|winter|q[1-4]|\w+ (?:plan|phase|review|round|brief|quarter))\b",
        (
            "I'd rather hold off until the board has seen it. Let's wait.",
            "Okay, let's hold off on that for now.",
            "Let's park that and revisit it in June.",
            "I don't want to decide that today.",
            "No. Hold fire.",
            "Not this quarter. Park it.",
            "Then let's wait for the test results before we decide.",
            "Yeah, fine. Let's pick it up with the summer plan.",
            "Let's revisit that in the new year.",
        ),
        (
            "Let's wait until June to launch, then.",
            "Let's hold off the TV until the autumn.",
            "Don't wait.",
            "We can park it round the back.",
            "Wait until the doors open before you start.",
            "Let's pick it up at the depot on Friday.",
            "Let's pick that up with Tom after the call.",
        ),
    ),
)


def puts_off(text: str) -> bool:
    """The turn puts the decision off (``PUT_OFF_ROWS``)."""
    return any(row.pattern.search(text) for row in PUT_OFF_ROWS)


# a proposal that is itself to wait and see before saying yes ("…but I'd want to see their audience data before we
# say yes to anything."): agreeing with it ("Agreed. Can you ask them for it?") settles nothing yet
WAIT_ROWS = (
    _row(
        "waits_to_decide",
        r"[a-z,]\s+before (?:we|I) (?:say yes|decide|commit|agree)\b",
        (
            "But I'd want to see their audience data before we say yes to anything.",
            "I'd like to see the costings before we decide.",
            "Let's get the test results in before I commit.",
        ),
        ("Let's decide before we leave.", "We said yes before we saw it.", "Before we commit, one more thing."),
    ),
    _row(
        "parks_it",
        r"\b(?:park|shelve) (?:it|that|this|them|those)\b(?! (?:round|behind|outside|in the|at the|by the))",
        (
            "It's not in the scope. I'd rather park it for the summer plan.",
            "Honestly, I'd shelve that until the new year.",
            "We could park those till Q3.",
        ),
        ("We can park it round the back.", "Park them in the loading bay.", "The car park's full."),
    ),
)


def waits_to_decide(text: str) -> bool:
    """The turn proposes to wait for something before the decision is taken (``WAIT_ROWS``)."""
    return any(row.pattern.search(text) for row in WAIT_ROWS)
