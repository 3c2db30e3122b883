"""Write the AMI meetings of a meetings.jsonl as gold-format meeting files (FORMAT.md): speaker and text turns.

    python tests/ami_to_gold.py ../shared/eval/ami/meetings.jsonl /tmp/ami-gold
    debrief eval /tmp/ami-gold --out B     # then: python ../shared/eval/ami/ami_eval.py meetings.jsonl B

Each file holds what a transcript export of the meeting would: ``meeting_id`` and the turns, each with its speaker
(the role: PM, ID, UI, ME), words and times. Used by tests/test_ranking.py to check that ``debrief eval`` on the
jsonl drafts exactly what it drafts from these files.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def convert(meetings_jsonl: Path, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for line in meetings_jsonl.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        turns = [
            {"speaker": t["role"], "text": t["text"], **{k: t[k] for k in ("start", "end") if t.get(k) is not None}}
            for t in record["turns"]
        ]
        path = out_dir / f"{record['meeting_id']}.json"
        path.write_text(json.dumps({"meeting_id": record["meeting_id"], "turns": turns}, indent=1), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python tests/ami_to_gold.py MEETINGS_JSONL OUT_DIR")
    print(f"{len(convert(Path(sys.argv[1]), Path(sys.argv[2])))} meetings written to {sys.argv[2]}")
