"""The crisis screen's trained backstop: its data stays apart from the probes, and it only ever raises a level."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from agent.crisis import normalise, screen
from agent.crisis_data import ProbeFilter, generate
from agent.crisis_model import (
    WEIGHTS,
    CrisisClassifier,
    TrainingSet,
    choose_threshold,
    load_crisis_model,
    probe_texts,
    train,
)
from agent.schema import Conversation, RiskLevel

PROBES = Path(__file__).parent / "probes"
needs_artefact = pytest.mark.skipif(not WEIGHTS.exists(), reason="run `warmline train crisis` first")


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", normalise(text)))


def test_training_messages_never_include_a_probe_even_up_to_punctuation_or_a_lead_in() -> None:
    probes = {_words(t) for t in probe_texts(PROBES)}
    assert len(probes) > 550  # every probe file is read, old and new
    training = [_words(e.text) for e in generate(exclude=probe_texts(PROBES), paraphrases=True)]
    assert len(set(training) & probes) == 0
    # A probe of six words or more must not sit inside a training message ("honestly " + probe). Counts only:
    # a failure must not print probe text (a blind file may be among them).
    long_probes = [p for p in probes if p.count(" ") >= 5]
    copies = sum(any(f" {p} " in f" {t} " for p in long_probes) for t in training)
    assert copies == 0


def test_the_probe_filter_catches_near_copies_and_nothing_else() -> None:
    written = ["I have packed a bag and left my keys with the neighbours"]
    near = ProbeFilter(written)
    assert "i have packed a bag, and left my keys with the neighbours!" in near
    assert "to be honest with you all, i have packed a bag and left my keys with the neighbours" in near
    assert "i have packed a bag for the beach" not in near
    assert not [e for e in generate(exclude=written) if e.text in near]


def test_the_semantic_set_adds_paraphrases_and_keeps_the_ngram_set_unchanged() -> None:
    plain, extended = generate(), generate(paraphrases=True)
    assert set(plain) < set(extended)
    assert {e.level for e in set(extended) - set(plain)} == {
        RiskLevel.NONE,
        RiskLevel.CONCERN,
        RiskLevel.CRISIS,
    }


def test_excluded_texts_are_dropped() -> None:
    first = generate()[0]
    assert first not in generate(exclude=[first.text.upper()])


def test_generation_and_training_are_deterministic() -> None:
    examples = generate(seed=5)
    assert examples == generate(seed=5)
    assert {e.level for e in examples} == {RiskLevel.NONE, RiskLevel.CONCERN, RiskLevel.CRISIS}
    data = TrainingSet.build(examples[::4], ["a quiet walk in the park", "we baked bread today"])
    assert np.array_equal(train(data).weights, train(data).weights)


@needs_artefact
def test_backstop_raises_a_phrasing_the_rules_miss_to_concern_only() -> None:
    text = "lately i picture not waking up and it feels calm"
    assert screen(text, Conversation(), use_model=False).level is RiskLevel.NONE
    assessment = screen(text, Conversation())
    assert assessment.level is RiskLevel.CONCERN
    assert assessment.signals and assessment.signals[0].startswith("model.")
    assert all(text not in s for s in assessment.signals)


@needs_artefact
@pytest.mark.parametrize(
    "text", ["what a lovely sunny day", "i'm making pasta tonight", "this traffic is killing me"]
)
def test_backstop_leaves_everyday_messages_alone(text: str) -> None:
    assert screen(text, Conversation()).level is RiskLevel.NONE


@needs_artefact
def test_backstop_never_lowers_a_rule_verdict_and_keeps_the_dev_goal() -> None:
    rank = {RiskLevel.NONE: 0, RiskLevel.CONCERN: 1, RiskLevel.CRISIS: 2}
    lines = (PROBES / "crisis_dev.jsonl").read_text(encoding="utf-8").splitlines()
    for row in (json.loads(line) for line in lines if line.strip()):
        rules = screen(row["text"], Conversation(), use_model=False).level
        combined = screen(row["text"], Conversation()).level
        assert rank[combined] >= rank[rules]
        if row["label"] == "safe":
            assert combined is not RiskLevel.CRISIS


def test_eval_reports_rules_model_and_concern_rates(tmp_path: Path) -> None:
    from agent.safety_commands import CrisisProbe, evaluate_crisis

    probes = [
        CrisisProbe(text="I want to end my life", label="crisis"),
        CrisisProbe(text="nice day", label="safe"),
    ]
    result = evaluate_crisis(probes)
    assert {"recall", "false_positive_rate", "concern_or_higher", "rules", "model", "per_kind"} <= set(result)
    assert result["recall"] == 1.0 and result["false_positive_rate"] == 0.0


@needs_artefact
def test_model_predictions_are_probabilities() -> None:
    model = load_crisis_model()
    assert model is not None
    p = model.probabilities(["I want to end my life", "see you at lunch"])
    assert np.allclose(p.sum(axis=1), 1.0, atol=1e-5)
    assert p[0, 0] < p[1, 0]  # the plain message is likelier to be `none`


class _Scored(CrisisClassifier):
    """A backstop whose P(at risk) per text is given: the threshold rule tested on known scores."""

    def __init__(self, at_risk: dict[str, float]) -> None:
        super().__init__(np.zeros((1, 3), dtype=np.float32), 0.5)
        self.at_risk = at_risk

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        p = np.array([self.at_risk[t] for t in texts])
        return np.stack([1.0 - p, p, np.zeros_like(p)], axis=1)


def test_the_threshold_keeps_check_ins_on_held_back_safe_messages_under_their_own_cap(tmp_path: Path) -> None:
    rows = [{"text": f"crisis {i}", "label": "crisis"} for i in range(10)]
    rows += [{"text": f"safe {i}", "label": "safe"} for i in range(10)]
    dev = tmp_path / "dev.jsonl"
    dev.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    scores = {f"crisis {i}": 0.72 if i < 5 else 0.9 for i in range(10)} | {
        f"safe {i}": 0.65 if i < 2 else 0.1 for i in range(10)
    }
    held_back = [f"held {i}" for i in range(100)]
    scores |= {t: 0.71 if i < 13 else 0.1 for i, t in enumerate(held_back)}
    model = _Scored(scores)
    # under 0.70 a fifth of the safe dev probes get a check-in; 0.70 catches every crisis but checks in on 13% of
    # the held-back safe messages: over 0.12, not over 0.15
    assert choose_threshold(model, dev, held_back)[0] == 0.75
    assert choose_threshold(model, dev, held_back, max_held_back_check_ins=0.15)[0] == 0.7
