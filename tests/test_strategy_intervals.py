"""The dialogue-level bootstrap behind `warmline eval strategy --bootstrap N`."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from strategies.intervals import bootstrap


def _turns(dialogues: list[tuple[int, int, int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(gold, predicted, turns) per dialogue -> the three per-turn arrays."""
    gold = np.concatenate([np.full(n, g) for g, _, n in dialogues]).astype(np.int64)
    predicted = np.concatenate([np.full(n, p) for _, p, n in dialogues]).astype(np.int64)
    dialogue = np.concatenate([np.full(n, d) for d, (_, _, n) in enumerate(dialogues)]).astype(np.int64)
    return gold, predicted, dialogue


def test_whole_dialogues_are_resampled_not_turns() -> None:
    # One dialogue right on all 20 turns, one wrong on all 20. Resampling dialogues draws "both wrong" and
    # "both right" a quarter of the time each, so the 95% range is [0, 1]; resampling the 40 turns one by one
    # would almost never produce either end.
    gold, predicted, dialogue = _turns([(0, 0, 20), (1, 2, 20)])
    result = bootstrap(gold, predicted, dialogue, resamples=2000)
    assert result.dialogues == 2
    assert result.macro_f1.low == 0.0
    assert result.macro_f1.high == 1.0


def test_perfect_predictions_have_no_spread() -> None:
    gold, predicted, dialogue = _turns([(k % 8, k % 8, 5) for k in range(16)])
    result = bootstrap(gold, predicted, dialogue, resamples=200)
    assert (result.macro_f1.low, result.macro_f1.high) == (1.0, 1.0)
    assert result.macro_f1.sd == 0.0
    assert result.bias_B.high == 0.0


def test_interval_brackets_the_score_and_narrows_with_more_dialogues() -> None:
    from strategies.metrics import confusion_matrix, macro_f1

    rng = np.random.default_rng(3)

    def noisy(dialogues: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        gold = rng.integers(0, 8, dialogues * 12)
        predicted = np.where(rng.random(gold.size) < 0.4, gold, rng.integers(0, 8, gold.size))
        return gold, predicted, np.repeat(np.arange(dialogues), 12)

    small, large = noisy(40), noisy(400)
    narrow, wide = bootstrap(*large, resamples=300), bootstrap(*small, resamples=300)
    point = macro_f1(confusion_matrix(large[0], large[1]))
    assert narrow.macro_f1.low < point < narrow.macro_f1.high
    assert narrow.macro_f1.high - narrow.macro_f1.low < wide.macro_f1.high - wide.macro_f1.low
    assert narrow.macro_f1.sd < wide.macro_f1.sd


def test_seeded_and_checked() -> None:
    gold, predicted, dialogue = _turns([(k % 8, (k * 3) % 8, 4) for k in range(30)])
    assert bootstrap(gold, predicted, dialogue, 100, seed=5) == bootstrap(
        gold, predicted, dialogue, 100, seed=5
    )
    with pytest.raises(ValueError):
        bootstrap(gold, predicted, dialogue, resamples=0)
    with pytest.raises(ValueError):
        bootstrap(gold, predicted, dialogue, level=1.0)
    empty = np.zeros(0, dtype=np.int64)
    with pytest.raises(ValueError, match="no labelled turns"):
        bootstrap(empty, empty, empty)


def test_eval_command_reports_intervals_or_says_why_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse
    import json

    from strategies.commands import _eval

    path = tmp_path / "two.json"
    turns = [
        {"speaker": "usr", "text": "I failed my driving test again today."},
        {"speaker": "sys", "text": "How are you feeling about it?", "strategy": "Question"},
    ]
    path.write_text(json.dumps({"dialog": turns}) + "\n" + json.dumps({"dialog": turns[:1]}) + "\n")
    _eval(argparse.Namespace(data=path, report=None, bootstrap=50))
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert result["n"] == 1 and result["intervals"]["dialogues"] == 1
    assert result["intervals"]["resamples"] == 50

    path.write_text(json.dumps({"dialog": turns[:1]}) + "\n")
    _eval(argparse.Namespace(data=path, report=None, bootstrap=50))
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert result["n"] == 0 and "intervals" not in result
    assert "no labelled supporter turns: no intervals" in result["notes"]
