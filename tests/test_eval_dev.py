"""The dev-set targets (issue 3), measured with the evaluation kit's own scorer.

The repository is checked out next to ``shared/`` (here and in CI); without it the test is skipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pipeline.evaluate import run_eval
from pipeline.settings import Settings
from tests.support import MODELS, SHARED

DEV = SHARED / "eval" / "dev"
TARGETS = {"action_f1": 0.92, "owner_acc": 0.95, "due_acc": 0.95, "agreement_f1": 0.90}


def _parse(line: str) -> dict[str, float]:
    fields = dict(part.split("=", 1) for part in line.split()[1:])
    return {k: float(v) for k, v in fields.items()}


@pytest.mark.slow
@pytest.mark.skipif(not DEV.is_dir(), reason=f"evaluation kit not checked out at {DEV}")
def test_dev_targets(tmp_path: Path) -> None:
    line = run_eval(DEV, tmp_path / "pred", Settings(home=tmp_path, models_dir=MODELS))
    assert line.startswith("TOTAL"), line
    got = _parse(line)
    assert got["meetings"] == 10
    for measure, minimum in TARGETS.items():
        assert got[measure] >= minimum, f"{measure}={got[measure]:.2f} < {minimum} ({line})"
    assert len(list((tmp_path / "pred").glob("*.json"))) == 10


def _eval_cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *args: str) -> int:
    """``debrief eval ARGS`` in-process (the workspace in ``tmp_path``); its exit code."""
    from pipeline import cli

    monkeypatch.setattr(cli, "_settings", lambda verbose=False: Settings(home=tmp_path / "home", models_dir=MODELS))
    monkeypatch.setattr(sys, "argv", ["debrief", "eval", *args])
    with pytest.raises(SystemExit) as exited:
        cli.main()
    return int(exited.value.code or 0)


@pytest.mark.parametrize("kind", ["folder", "ami"])
def test_eval_without_the_scorer_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str
) -> None:
    """No score.py beside a gold folder (no ami_eval.py beside an AMI file): one line naming it, exit 1, and no
    stand-in scorer."""
    (tmp_path / "kit" / "dev").mkdir(parents=True)
    if kind == "folder":
        gold, missing = tmp_path / "kit" / "dev", "score.py"
        (gold / "a.json").write_text(
            '{"meeting_id": "a", "turns": [{"speaker": "Sam Lee", "text": "I will send it."}], '
            '"gold": {"action_items": [], "agreements": []}}'
        )
    else:
        gold, missing = tmp_path / "kit" / "meetings.jsonl", "ami_eval.py"
        gold.write_text('{"meeting_id": "x", "turns": [{"role": "PM", "text": "I will send it."}]}\n')
    code = _eval_cli(monkeypatch, tmp_path, str(gold), "--out", str(tmp_path / "pred"))
    err = capsys.readouterr()
    assert code == 1
    assert "TOTAL" not in err.out and "AMI" not in err.out
    lines = err.err.strip().splitlines()
    assert len(lines) == 1 and missing in lines[0] and "not there" in lines[0], err.err
    assert not list((tmp_path / "pred").glob("*.json"))
