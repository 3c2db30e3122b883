"""The text of an agreement reached by a reply, as the report states it: the proposal that was taken up, put as a
statement ("Could we go fortnightly?" … "Fine." -> "We go fortnightly."), or the reply itself when it names what
was settled ("One thirty works for us.", "Fortnightly's fine, as long as we can message you."). The rewrites are
data: ``models/statements/agreement_statements.jsonl`` (regex, replacement and example pairs that the tests check).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import srsly
from spacy.tokens import Span

from pipeline.errors import ConfigError
from pipeline.extract.turns import Turn

STATEMENTS_FILE = Path("statements") / "agreement_statements.jsonl"
Rules = tuple[tuple[str, re.Pattern[str], str], ...]


@lru_cache(maxsize=4)
def load_statement_rules(models_dir: Path) -> Rules:
    """(id, regex, replacement) rows of ``models/statements/agreement_statements.jsonl``, applied in order."""
    path = Path(models_dir) / STATEMENTS_FILE
    try:
        return tuple((r["id"], re.compile(r["pattern"], re.IGNORECASE), r["replace"]) for r in srsly.read_jsonl(path))
    except (OSError, KeyError, re.error, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read the agreement statement rules ({exc})") from exc


def rewrite(sentence: str, rules: Rules) -> str:
    """A proposal sentence as a statement: lead-ins and modals out, a question put as a statement."""
    text = " ".join(sentence.split())
    for _, pattern, replace in rules:
        text = pattern.sub(replace, text)
    text = text.strip()
    return text[:1].upper() + text[1:] if text else sentence


def settled_text(prop: Turn, accept: Span) -> str:
    """What a reply settled: its own sentence when that names something before or after the acceptance ("Three's
    fine.", "Fine, as long as …"), else the proposing sentence of the other speaker's turn."""
    sent = accept.doc[accept.end - 1].sent
    around = [t for t in sent if not (t.is_punct or accept.start <= t.i < accept.end)]
    if any(t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "VERB") and t.lower_ not in REPLY_WORDS for t in around):
        return sent.text.strip()
    return proposing_sentence(prop)


REPLY_WORDS = frozenset("yeah yes okay ok fine good great sure lovely perfect brilliant cool happy works work honestly "
                        "really totally absolutely makes sense sounds".split())  # fmt: skip


def proposing_sentence(prop: Turn) -> str:
    """The sentence of a turn that puts the proposal: the one with a proposal or decision cue or a "we could…"
    clause, else its last question, else its first sentence of three words or more."""
    marked = {s.sent.start for s in prop.cues("PROPOSAL") + prop.cues("AGREE")}
    marked |= {c.sent.start for c in prop.clauses if c.label == "POSSIBLE" and c.subj_kind in ("WE", "SELF")}
    sents = list(prop.doc.sents)
    chosen = [s for s in sents if s.start in marked]
    asked = [s for s in sents if s.text.rstrip().endswith("?")]
    full = [s for s in sents if sum(1 for t in s if not t.is_punct) >= 3]
    if chosen or asked:
        return (chosen or asked)[-1].text.strip()
    return (full or sents)[0].text.strip() if sents else prop.text


def terse_answer(turns: list[Turn], k: int, cue: Span) -> str:
    """A terse decision that names nothing ("Do that.", "Fine, split it.") is stated by the rest of its turn when
    that says something, else by the proposal it answers when another speaker made one in the two turns before;
    otherwise "" (the decision is stated as said)."""
    sent = cue.doc[cue.end - 1].sent
    if turns[k].speaker is None or any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in sent):
        return ""
    own = [s for s in cue.doc.sents if s.start != sent.start and sum(1 for t in s if not t.is_punct) >= 5]
    if own:  # "Fine. Do that. No replies under the video.": the turn says what itself
        return turns[k].text
    for j in (k - 1, k - 2):
        if j < 0 or turns[j].speaker == turns[k].speaker:
            continue
        prev = turns[j]
        if prev.cues("PROPOSAL") or any(
            c.label == "POSSIBLE" and c.subj_kind in ("WE", "SELF") and not c.negated for c in prev.clauses
        ):
            return proposing_sentence(prev)
        return ""
    return ""
