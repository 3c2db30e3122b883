"""Delivery said with "get", "have", "do" or "dig out", in the report's voice (read by ``WordingRules.tidy`` and
``Wording.task``).

People say they will deliver a thing with a verb that is not "send": "I'll get the revised plan over to you at
eighteen", "I'll have that over to Rich", "I'll get Rich the full list", "I'll do you a one-pager", "dig out and send
the case study". An AE writes "send": "send the revised plan at eighteen", "send the list to Rich". Work said as a
noun reads as its verb ("do a proper audit of the tracking" -> "audit the tracking", "get a redraft done with the
quotes" -> "redraft with the quotes"), other spoken idioms read as the verb an AE writes ("stick an invite in" -> "send
an invite", "pop X in an email" -> "email X", "give Gareth another nudge" -> "chase Gareth", "do a keyword session"
-> "hold a keyword session", "go down to the orchard" -> "visit the orchard"), a request to have a thing that the item
takes up ("So can we get the shortlist?") is sent, and a thing looked out and then sent in the same turn ("I'll dig
the form out, it's on the drive. I'll send it over tomorrow.") is sent. "get" that is not delivery stays: "get the
quotes from Van Dijk", "get his sign-off", "get the fix into the next build".

The forms are data: ``DELIVERY_ROWS`` (a task's form and how the report writes it), ``FETCH_VERBS`` / ``SENT_AFTER``
(a turn that looks a thing out and then sends it) and ``ASKED_TO_HAVE`` / ``NOT_SENT`` (a request to have it), each
with tasks that must and must not change (``tests/test_extract_delivery.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class RewriteRow:
    """``label``: the row's name; ``pattern`` and ``replace``: the form and how the report writes it;
    ``examples``: (said, written) pairs; ``not_examples``: tasks it must leave as they are."""

    label: str
    pattern: re.Pattern[str]
    replace: str
    examples: tuple[tuple[str, str], ...]
    not_examples: tuple[str, ...]


THING = r"(?:the|a|an|some|all|both|two|three|four|five|six|those|these)"  # a determiner: a thing, not a person
WORK_NOUNS = r"(audit|review|redraft|rewrite|edit|proofread|recut|re-cut|refresh|draft|search|tidy-up|write-up|mock-up)"
OPENERS = r"(?:(?:first|full|quick|proper|new|fresh|final|second|thorough|rough)\s+)?"

# sending said casually: "flick the plan over", "ping it across", "bung the deck round"
CASUAL_SEND = ("flick", "ping", "fire", "shoot", "whizz", "whip", "bung", "pop")

# "… and send it": a second step that does the sending, so the first one's "get" is no delivery of its own
SECOND_SEND = r"\band\s+(?:then\s+)?(?:send|get|bring|pass|email|share)\b"

DELIVERY_ROWS: tuple[RewriteRow, ...] = (
    RewriteRow(
        "had_from_someone",  # a thing had from someone is got, not sent: "I'll have an answer from her by Friday"
        re.compile(
            r"^have\s+((?:the|a|an|some|any)\s+(?!.*\b(?:ready|over|across|round|to\s+you|with\s+you)\b)"
            r"[^,]+?\s+from\s+\S[^,]*)$",
            re.I,
        ),
        r"get \1",
        (
            ("have an answer from her", "get an answer from her"),
            ("have some feedback from the board", "get some feedback from the board"),
            ("have a quote from the printers", "get a quote from the printers"),
        ),
        ("have the quote from the printers ready", "have the deck over to you from Monday", "get a quote from them"),
    ),
    RewriteRow(
        "got_over_to_someone",  # the destination and more after it; "to you" goes after (``to_listener``)
        re.compile(
            rf"^(?:get|have|bring|pass)\s+(?!back\b)(\S(?:(?!{SECOND_SEND}).)*?)\s+(?:over|across|round)\s+(to\s+\S.*)$",
            re.I,
        ),
        r"send \1 \2",
        (
            ("get the revised paid plan over to you at eighteen", "send the revised paid plan to you at eighteen"),
            ("have the full list over to Rich", "send the full list to Rich"),
            ("get v4 over to you with the shorter end frame", "send v4 to you with the shorter end frame"),
        ),
        (
            "get back over to you on the budget",
            "get the team over the line",
            "have the full list to hand",
            "get a wet proof done and send it over to you",  # the thing is what the second step sends
        ),
    ),
    RewriteRow(
        "got_over_first",  # "get that over" with "that" said: the particle before the thing
        re.compile(r"^(?:get|have)\s+(?:over|across)\s+(?!to\b|with\b|the\s+line\b)(\S.*)$", re.I),
        r"send \1",
        (
            ("get over the spend-to-date", "send the spend-to-date"),
            ("have across the media plan", "send the media plan"),
        ),
        ("get over to the venue", "get over the line", "get across to Leeds"),
    ),
    RewriteRow(
        "got_out_to_someone",  # "get them out to the trainees"
        re.compile(rf"^get\s+out\s+({THING}\s+.+?\s+to\s+(?:the|their|our|all|every|[A-Z])\S*.*)$"),
        r"send \1",
        (("get out the standard release forms to the trainees", "send the standard release forms to the trainees"),),
        ("get out the old stock", "get out of the contract", "get out the forms to sign"),
    ),
    RewriteRow(
        "get_someone_the_thing",  # "get Rich the full list", "get us the CRM export" (with "us" named)
        re.compile(rf"^get\s+((?:[A-Z][\w'&-]*\s+){{1,3}}{THING}\s+\S.*)$"),
        r"send \1",
        (
            ("get Rich the full list", "send Rich the full list"),
            (
                "get Northlight the CRM export with the closed-lost reasons",
                "send Northlight the CRM export with the closed-lost reasons",
            ),
        ),
        ("get the quotes from Van Dijk", "get his sign-off", "get Warren down to five", "get Pearce Signs to quote"),
    ),
    RewriteRow(
        "do_you_a_thing",  # "I'll do you a one-pager"
        re.compile(r"^do\s+(?:you|you all|you both|us|me)\s+((?:a|an|the|some)\s+(?!favour\b|deal\b)\S.*)$", re.I),
        r"send \1",
        (
            ("do you a one-pager", "send a one-pager"),
            ("do you a coverage round-up with links", "send a coverage round-up with links"),
        ),
        ("do you a favour", "do a one-pager", "do you proud"),
    ),
    RewriteRow(
        "looked_out_and_sent",  # "dig out and send the case study", "do and send the contact report"
        re.compile(r"^(?:dig|do|find|fish|root|hunt)\s+(?:out\s+)?and\s+send\s+(?:out\s+|over\s+)?(\S.*)$", re.I),
        r"send \1",
        (
            ("dig out and send the case study", "send the case study"),
            ("dig and send out photos of the original shop", "send photos of the original shop"),
            ("do and send the contact report", "send the contact report"),
        ),
        ("dig out the case study", "do the contact report and send the deck", "check and send the case study"),
    ),
    RewriteRow(
        "work_of_a_thing",  # "do a proper audit of the tracking" (the filler gone: "do a audit of …")
        re.compile(rf"^do\s+(?:a|an|the)\s+{OPENERS}{WORK_NOUNS}\s+of\s+(\S.*)$", re.I),
        r"\1 \2",
        (
            ("do a audit of the tracking", "audit the tracking"),
            ("do a full audit of what's live", "audit what's live"),
            ("do the first edit of the long version", "edit the long version"),
        ),
        ("do a recce of the office", "get a review of the terms", "have a draft of the release with you"),
    ),
    RewriteRow(
        "a_draft_thing",  # "do a draft holding statement": the thing drafted, named after "draft"
        re.compile(
            r"^do\s+(a|an|the)\s+(?:first\s+|rough\s+)?draft\s+(?!(?:of|for|to|with|by|and|or|on|in)\b)([a-z][\w-]*\b.*)$",
            re.I,
        ),
        r"draft \1 \2",
        (
            ("do a draft holding statement", "draft a holding statement"),
            ("do the draft press guest list", "draft the press guest list"),
        ),
        ("do a draft", "do a draft by Friday", "do the drafting of the release"),
    ),
    RewriteRow(
        "work_done",  # "get a redraft done with your quotes"
        re.compile(rf"^(?:get|have)\s+(?:a|an|the)\s+{OPENERS}{WORK_NOUNS}\s+done\b\s*(\S.*)$", re.I),
        r"\1 \2",
        (
            (
                "get a redraft done with the quotes and the route numbers",
                "redraft with the quotes and the route numbers",
            ),
            ("have a first edit done on the long version", "edit on the long version"),
        ),
        ("get the test print done before the shoot", "get a redraft to the client", "have a redraft"),
    ),
    RewriteRow(
        "a_call_in",  # "I'll get a call in with Marta": a session put in the diary
        re.compile(
            r"^get\s+((?:a|an|the)\s+(?:\w+\s+)?(?:call|meeting|session|catch-up|chat|workshop|date|slot))"
            r"\s+in(?:\s+the\s+diary)?(?=$|\s+(?:with|for|before|after|next|this|on)\b)",
            re.I,
        ),
        r"set up \1",
        (
            ("get a call in with Marta the director", "set up a call with Marta the director"),
            ("get a date in the diary for the shoot", "set up a date for the shoot"),
            ("get a quick catch-up in next week", "set up a quick catch-up next week"),
        ),
        ("get the date in the contract", "get a call in to the venue", "get a meeting invite out"),
    ),
    RewriteRow(
        "flicked_over",  # "I'll flick the revised plan over to you both", "ping it across", "bung the deck over"
        re.compile(
            rf"^(?:{'|'.join(CASUAL_SEND)})\s+(\S.*?)\s+(?:over|across|round)"
            r"(?=\s+(?:to|with)\s+(?:you|us|you all|you guys|you both|both of you|everyone|the team)\b|\s*\(|$)",
            re.I,
        ),
        r"send \1",
        (
            ("flick the revised plan over to you both", "send the revised plan to you both"),
            ("ping the link across", "send the link"),
            ("bung the deck round (once it's signed off)", "send the deck (once it's signed off)"),
        ),
        ("shoot the hero film over two days", "pop over to the venue", "fire the agency over the delay"),
    ),
    RewriteRow(
        "and_have_it_to_you",  # the second step: "I'll merge the two and have a revised visual to you by Monday"
        re.compile(
            r"\band\s+(?:have|get)\s+((?:the|a|an|some)\s+(?!(?:quick\s+)?(?:look|slot|call|chat|word|meeting|session|go|think)\b)"
            r"\S.*?)\s+(?:(?:over|across|round)\s+)?"
            r"(?:to|with)\s+(?:you|us|you all|you guys|you both|both of you)\b",
            re.I,
        ),
        r"and send \1",
        (
            ("merge the two and have a revised visual to you", "merge the two and send a revised visual"),
            ("tweak the copy and get the new version over to you", "tweak the copy and send the new version"),
        ),
        ("merge the two and have a look with you", "fix the date and get a slot with you", "have a revised visual"),
    ),
    RewriteRow(
        "put_live",  # "I can have it live within a day", "we'll get the new budgets live Monday"
        re.compile(r"^(?:have|get)\s+(\S.*?)\s+live(?=\s*\(|$)", re.I),
        r"put \1 live",
        (
            ("have the savings landing page live", "put the savings landing page live"),
            ("get the new search budgets live", "put the new search budgets live"),
        ),
        ("have the live feed", "get the live dates confirmed", "have a live link to the stream"),
    ),
    RewriteRow(
        "have_it_done",  # "I'll have the deck done by Friday": the work is finishing it, nothing is sent yet
        re.compile(
            r"^(?:have|get)\s+((?:the|a|an|that|this|it|those|these|them|our|your|my)\b.*?)\s+(?:done|finished|completed)$",
            re.I,
        ),
        r"finish \1",
        (
            ("have the deck done", "finish the deck"),
            ("get the first draft finished", "finish the first draft"),
        ),
        ("have the deck signed off", "get things done", "have it done up in the brand colours"),
    ),
    RewriteRow(
        "have_it_applied_for",  # "I'll have all of them applied for by the end of the month": the work is applying
        re.compile(
            r"^(?:have|get)\s+((?:the|a|an|that|this|it|those|these|them|all|both|our|your|my)\b.*?)\s+applied\s+for$",
            re.I,
        ),
        r"apply for \1",
        (
            ("have all of the permits applied for", "apply for all of the permits"),
            ("get the licence applied for", "apply for the licence"),
        ),
        ("have the discount applied", "get the stickers applied to the vans", "have the permits approved"),
    ),
    RewriteRow(
        "an_invite_in",  # "I'll stick an invite in"
        re.compile(r"^(?:stick|pop|put|bung|fire)\s+((?:a|an)\s+(?:\w+\s+)?invite)\s+(?:in|over|out|across)\b", re.I),
        r"send \1",
        (
            ("stick an invite in", "send an invite"),
            ("pop a calendar invite over for Thursday", "send a calendar invite for Thursday"),
        ),
        ("stick the invite list in the doc", "put an invite list together", "pop in an invite"),
    ),
    RewriteRow(
        "in_the_diary",  # "pop a recurring Thursday slot in everyone's diaries"
        re.compile(
            r"^(?:stick|pop|put|bung|get)\s+((?:a|an)\s+(?!invite\b).+?)\s+in\s+"
            r"(?:the|everyone's|your|our|their|the team's)\s+diar(?:y|ies)\b",
            re.I,
        ),
        r"send an invite for \1",
        (
            ("pop a recurring Thursday slot in everyone's diaries", "send an invite for a recurring Thursday slot"),
            ("put a call in the diary for Monday", "send an invite for a call for Monday"),
        ),
        ("put the dates in the diary", "pop the deck in the drive", "put a hold on the diary"),
    ),
    RewriteRow(
        "in_an_email",  # "pop the rest of the questions in an email"
        re.compile(r"^(?:stick|pop|put|bung)\s+(.+?)\s+in\s+an?\s+(?:quick\s+)?(?:email|e-mail)\b", re.I),
        r"email \1",
        (("pop the rest of the questions in an email", "email the rest of the questions"),),
        ("put the questions in the email template", "pop an email in", "put a note in the email"),
    ),
    RewriteRow(
        "in_the_doc",  # "pop my notes in the doc": added to a shared document
        re.compile(
            r"^(?:stick|pop|put|bung)\s+(.+?)\s+in(?:to)?\s+(the\s+(?:shared\s+|working\s+|master\s+)?"
            r"(?:doc|document|sheet|spreadsheet|tracker|folder|drive|deck))(?=$|,|\s+(?:by|before|after|on|for|today|tomorrow|this|next|tonight)\b)",
            re.I,
        ),
        r"add \1 to \2",
        (
            ("pop the notes in the doc", "add the notes to the doc"),
            ("stick the figures into the shared sheet by Friday", "add the figures to the shared sheet by Friday"),
        ),
        ("put the doc in the post", "pop in the doc", "put the logo in the document header"),
    ),
    RewriteRow(
        "got_on_to",  # "I'll get on to our accounts team": in touch with them
        re.compile(r"^get\s+on(?:to|\s+to)\s+(?!(?:it|that|this|the\s+next)\b)(\S.*)$", re.I),
        r"contact \1",
        (
            ("get on to the accounts team", "contact the accounts team"),
            ("get onto the printers about the proofs", "contact the printers about the proofs"),
        ),
        ("get on with the edit", "get on to it", "get on to the next item"),
    ),
    RewriteRow(
        "a_nudge",  # "give Gareth another nudge"
        re.compile(
            r"^give\s+((?:[A-Z][\w'-]*|them|him|her)(?:\s+[A-Z][\w'-]*)?)\s+(?:a|another)\s+(?:quick\s+|gentle\s+|little\s+)?"
            r"(?:nudge|prod|poke|chase)\b",
        ),
        r"chase \1",
        (
            ("give Gareth another nudge", "chase Gareth"),
            ("give them a gentle nudge on the copy", "chase them on the copy"),
        ),
        ("give Gareth a call", "give it a nudge", "give Gareth the nudge figures"),
    ),
    RewriteRow(
        "a_call",  # "give Gareth a ring"
        re.compile(
            r"^give\s+((?:[A-Z][\w'-]*|them|him|her)(?:\s+[A-Z][\w'-]*)?)\s+(?:a|another)\s+(?:quick\s+)?(?:call|ring|bell|buzz)\b"
        ),
        r"call \1",
        (
            ("give Gareth a ring", "call Gareth"),
            ("give them a quick call about the stock", "call them about the stock"),
        ),
        ("give Gareth a nudge", "give the venue a call sheet", "give a call"),
    ),
    RewriteRow(
        "another_go",  # "have another go at the subject line"
        re.compile(r"^have\s+another\s+(?:quick\s+|proper\s+)?go\s+at\s+(?=(?:the|a|an|some|our|your|their)\b)", re.I),
        "rework ",
        (("have another go at the subject line", "rework the subject line"),),
        ("have another go at fixing it", "have another goat", "have a go at the canopy design"),
    ),
    RewriteRow(
        "a_go",  # "I could have a go at the canopy design"
        re.compile(r"^have\s+a\s+(?:quick\s+|proper\s+)?go\s+at\s+(?=(?:the|a|an|some|our|your|their)\b)", re.I),
        "draft ",
        (("have a go at the canopy design", "draft the canopy design"),),
        ("have a go at fixing it", "have a goat at the fair", "have another go at the subject line"),
    ),
    RewriteRow(
        "knock_up",  # "knock up the holding line", "throw together a one-pager"
        re.compile(r"^(?:knock|throw)\s+(?:up|together)\s+(?=\S)", re.I),
        r"draft ",
        (("knock up the holding line", "draft the holding line"), ("throw together a one-pager", "draft a one-pager")),
        ("knock out the wall", "knock the price down", "throw out the old stock"),
    ),
    RewriteRow(
        "hold_a_session",  # "do a keyword session", "do a walk-through of the hub": a session is held
        re.compile(
            r"^do\s+((?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:session|call|walk-through|workshop|briefing|debrief)s?)\b"
            r"(?!\s+(?:sheet|notes|plan|list|script|deck|pack|summary|recording|report|invite|agenda|brief)\b)"
        ),
        r"hold \1",
        (
            ("do a keyword session", "hold a keyword session"),
            ("do a walk-through of the hub", "hold a walk-through of the hub"),
            ("do a prep call with Farah", "hold a prep call with Farah"),
        ),
        ("do a call sheet for the shoot", "do a site visit", "do the session notes", "do a practice interview"),
    ),
    RewriteRow(
        "go_down_to",  # "go down to the orchard and look at locations": a visit
        re.compile(
            r"^(?:go|pop|head|nip|drive)\s+(?:down|up|over|round|out|across)\s+to\s+((?:the|their|our)\s+\S.*)$"
        ),
        r"visit \1",
        (
            (
                "go down to the orchard and look at locations together",
                "visit the orchard and look at locations together",
            ),
            ("pop over to the store on Friday", "visit the store on Friday"),
        ),
        ("go back to the Courier with that", "go over the plan", "go to the board for sign-off"),
    ),
)

# a turn that looks the thing out and then sends it: "I'll dig the form out … I'll send it over tomorrow"; the verbs
# that look a thing out (or make it: "I'll do the contact report and get it round tonight"), and the send after them
FETCH_VERBS = ("dig", "fish", "root", "hunt", "do")
SENT_AFTER = re.compile(
    r"^[^.?!]*(?:[.?!]\s+[^.?!]*)?\b(?:and|then|I'll|I will|we'll|we will)\s+(?:\w+\s+)?"
    r"(?:(?:send|forward|email|ping)\s+(?:it|them|those|these|that)\b(?!\s+(?:the|a|an|some|our|my|your)\b)"
    r"|(?:get|have)\s+(?:it|them|those|these|that)\s+(?:over|across|round|to\s+you|with\s+you)\b)",
    re.IGNORECASE,
)
# the thing looked out for the listener: "I'll dig that out for you", "I'll dig it out. You'll have it tomorrow" (not
# "do": "I'll do the intro for you" is done on their behalf, nothing is sent)
LOOKED_OUT_FOR = re.compile(
    r"^[^.?!]*?\bfor\s+you\b|^[^.?!]*(?:[.?!]\s+[^.?!]*)?\byou(?:'ll|\s+will)\s+have\s+(?:it|them|that|those|these)\b",
    re.IGNORECASE,
)
FETCHING = re.compile(rf"^({'|'.join(FETCH_VERBS)})\s+(?:out\s+)?(?!out\b)(\S.*?)(?:\s+out)?$", re.IGNORECASE)
# (task, the turn it was said in, the task written)
SENT_EXAMPLES = (
    (
        "dig the form out",
        "Yeah I'll dig the form out, it's in the shared drive. I'll send it over tomorrow.",
        "send the form",
    ),
    ("dig out cup counts", "Somewhere. Let me dig them out. I'll send them over tomorrow.", "send cup counts"),
    ("do the contact report", "I'll do the contact report and get it round tonight.", "send the contact report"),
    ("dig out a floor plan", "There is. I'll dig it out for you tomorrow.", "send a floor plan"),
    ("dig out the price list", "I'll dig out the price list. You'll have it by Friday.", "send the price list"),
)
SENT_NOT_EXAMPLES = (
    ("dig out a floor plan", "There is. I'll dig it out tomorrow."),
    ("do the intro", "I'll do the intro for you at the start."),
    ("do the contact report", "I'll do the contact report. Can you send them the invite?"),
    ("dig out the case study", "I'll dig out the case study and check it fits."),
    ("do the deck", "I'll do the deck. Once it's signed off, Tom, you send it to the board."),
)


# the rows as ``WordingRules.tidy`` takes its delivery idioms: each applied unless it leaves nothing said
REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple((row.pattern, row.replace) for row in DELIVERY_ROWS)


def sent_on(task: str, said: str) -> str:
    """``task`` ("dig the form out", "do the contact report") as "send X" when the turn it was said in (``said``)
    looks the thing out and then sends it ("… I'll send it over tomorrow") or looks it out for the listener ("I'll dig
    that out for you"); else ``task``."""
    fetch = FETCHING.match(task)
    if fetch is None:
        return task
    looked_out = fetch.group(1).lower() != "do"
    for at in re.finditer(rf"\b{fetch.group(1)}\b", said, flags=re.IGNORECASE):
        after = said[at.end() :]
        if SENT_AFTER.match(after) or (looked_out and LOOKED_OUT_FOR.match(after)):
            return f"send {fetch.group(2)}"
    return task


# a request to have or see a thing ("So can we get the shortlist?", "could I get your feedback by the fourth?", "Can
# we see the risk assessment?") that the item takes up: the owner sends it; not "get" with where it comes from or what
# is done to it ("get a build key from QA", "get the PO raised"), access or people ("could I get access to the site",
# "can we get someone from legal"), nor a thing only pointed at ("see it on a can")
ASKED_TO_HAVE = r"\b(?:can|could|may)\s+(?:we|I)\s+(?:\w+\s+)?{verb}\s+(?:[\w'-]+\s+){{0,3}}?{thing}\b"
HAD_OR_SEEN = ("get", "see")
POINTED_AT = frozenset({"it", "that", "this", "them", "those", "these"})  # no thing named
NOT_SENT = re.compile(
    r"\b(?:from|off|out\s+of|into|onto|to|in\s+front\s+of|back|behind|on\s+the)\b|\w+ed$|^(?:access|someone|somebody|"
    r"anyone|a\s+word|some\s+time|a\s+call|a\s+meeting|in\b)",
    re.IGNORECASE,
)
DETERMINERS = {"the", "a", "an", "some", "your", "our", "their", "any", "proper", "quick", "final"}
# (task, the turns it was asked and taken up in, the task written)
ASKED_EXAMPLES = (
    ("get the shortlist", ("So can we get the shortlist?", "Go on then. Monday week?"), "send the shortlist"),
    (
        "get the feedback",
        ("Then could we get your feedback by, say, the fourth?", "I can do that."),
        "send the feedback",
    ),
    (
        "get a mid-point report at some stage",
        ("While we're on paid, can we get a proper mid-point report at some stage?", "Yeah, course."),
        "send a mid-point report at some stage",
    ),
    (
        "see the risk assessment",
        ("Can we see the risk assessment, though?", "Leave it with me."),
        "send the risk assessment",
    ),
    ("see the breakdown", ("Can I see the breakdown?", "Sure."), "send the breakdown"),
)
ASKED_NOT_EXAMPLES = (
    ("get a build key from QA", ("Can we get a build key from QA?", "Yes.")),
    ("get access to the site", ("Could I get access to the site?", "Leave that with me.")),
    ("get the shortlist", ("We need the shortlist by Friday.", "I'll get the shortlist.")),
    ("get the purchase order raised", ("Can we get the PO raised?", "Will do.")),
    ("see it on an actual can", ("Can we see it on an actual can?", "Leave it with me.")),
    ("see the venue", ("We should go and see the venue.", "I'll see the venue.")),
    ("see Maeve", ("Can I see Maeve before the shoot?", "Sure.")),
)


def asked_to_have(task: str, said: list[str]) -> str:
    """``task`` ("get the shortlist", "see the breakdown") as "send the shortlist" when one of the turns it was asked
    and taken up in (``said``) asks to have or see the thing ("So can we get the shortlist?"); else ``task``."""
    verb, _, thing = task.partition(" ")
    if verb.lower() not in HAD_OR_SEEN or not thing or NOT_SENT.search(thing.split(" (")[0]):
        return task
    head = next((w for w in thing.split() if w.lower() not in DETERMINERS), None)
    if head is None or head.lower() in POINTED_AT or (verb.lower() == "see" and head[:1].isupper()):
        return task  # "see it on a can": a thing only pointed at; "see Maeve": a person met
    asked = re.compile(ASKED_TO_HAVE.format(verb=verb.lower(), thing=re.escape(head)), re.IGNORECASE)
    return f"send {thing}" if any(asked.search(t) for t in said) else task


# "get a straight answer" loses "straight": "a answer" -> "an answer" (not "a one-pager", "a user", "a eulogy")
A_BEFORE_VOWEL = re.compile(r"\ba\s+(?=(?:[aei]|o(?!ne\b|ne-|nce\b))[a-z])")
