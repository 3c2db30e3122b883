"""Measure competitor-mention finding on the client review's annotated meetings (tests/fixtures/client_review).

    .venv/bin/python -m tests.competitor_eval [--no-known]

Builds a workspace in a temporary folder, drafts and confirms the eleven meetings as an AE would (draft_meeting and
the Review service), builds the client review from the store exactly as `debrief client-review` does, and scores
its mentions against the annotation. --no-known empties the client's known-competitor list first.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from pipeline.client_review.glossary import glossary_path, load_glossary
from pipeline.settings import get_settings
from tests.client_review_support import CLIENT, build_store, fixture_settings, gold_mentions, score


def main(argv: list[str]) -> int:
    from pipeline.client_review import build_review

    with tempfile.TemporaryDirectory() as tmp:
        base = get_settings(home=Path(tmp) / "home").ensure_workspace()
        settings = fixture_settings(base, Path(tmp))
        if "--no-known" in argv:
            glossary = load_glossary(CLIENT, settings)
            glossary.competitors = {}
            glossary_path(CLIENT, settings).write_text(glossary.render(), encoding="utf-8")
        build_store(settings, Path(tmp) / "calls")
        review = build_review(settings, CLIENT)
        result = score(review.mentions, gold_mentions())
        print(result.line())
        if "-v" in argv:
            for g in result.misses:
                print("missed", g)
            for f in result.false:
                print("false ", f)
            for g, s in result.wrong_stance:
                print("stance", g, "->", s)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
