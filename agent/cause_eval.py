"""RECCON (DailyDialog part): `warmline eval cause` and `warmline train cause`.

Metrics follow the RECCON paper's fold-1 setup ("without context"): every non-neutral target utterance t is
paired with each utterance c <= t of its history (t included); the pair is positive when c is in t's annotated
cause evidence. `utterance_macro_f1` is the macro-F1 over the positive and negative classes of those pairs (as
RECCON's eval_classification.py, sklearn macro average). `span_f1` is the SQuAD-style token F1 averaged over all
pairs (RECCON's span-extraction "F1" over all samples): a positive pair is scored against its gold span(s) in c
(the best match when there are several), a negative pair scores 1 when nothing is extracted and 0 otherwise.
The system never sees the gold emotion or evidence: it reads only the texts and speakers up to t.
"""

from __future__ import annotations

import json
import re
import string
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict

from agent.cause_model import ARTIFACT, FEATURES, CauseModel, PairContext, load_cause_model, pair_features
from agent.settings import SHARED_DATA

RECCON_DIR = SHARED_DATA / "reccon"


class RecconUtterance(BaseModel):
    model_config = ConfigDict(frozen=True)

    speaker: str
    text: str
    evidence: tuple[int, ...] = ()  # 0-based indices of cause utterances (latent "b" causes dropped)
    spans: tuple[str, ...] = ()

    @property
    def is_target(self) -> bool:
        return bool(self.evidence) or bool(self.spans)


class RecconDialogue(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    utterances: tuple[RecconUtterance, ...]


class Pair(BaseModel):
    model_config = ConfigDict(frozen=True)

    dialogue: int
    target: int
    candidate: int
    causal: bool
    gold_spans: tuple[str, ...]  # the annotated spans that lie inside the candidate (empty when not causal)


class CauseMetrics(BaseModel):
    n: int  # pairs (target, candidate)
    n_targets: int
    n_dialogues: int
    method: str
    utterance_macro_f1: float
    utterance_positive_f1: float
    utterance_negative_f1: float
    span_f1: float  # all pairs
    span_f1_positive: float  # positive pairs only


def load_reccon(path: Path) -> list[RecconDialogue]:
    raw: dict[str, list[list[dict[str, object]]]] = json.loads(path.read_text(encoding="utf-8"))
    return [
        RecconDialogue(id=key, utterances=tuple(_utterance(u) for u in value[0]))
        for key, value in raw.items()
    ]


def _utterance(record: dict[str, object]) -> RecconUtterance:
    evidence = record.get("expanded emotion cause evidence", [])
    spans = record.get("expanded emotion cause span", [])
    assert isinstance(evidence, list) and isinstance(spans, list)
    return RecconUtterance(
        speaker=str(record["speaker"]),
        text=str(record["utterance"]),
        evidence=tuple(int(e) - 1 for e in evidence if isinstance(e, int)),
        spans=tuple(str(s) for s in spans),
    )


def pairs_of(dialogues: Sequence[RecconDialogue]) -> Iterator[Pair]:
    for d_index, dialogue in enumerate(dialogues):
        for t, target in enumerate(dialogue.utterances):
            if not target.is_target:
                continue
            for c in range(t + 1):
                text = dialogue.utterances[c].text
                causal = c in target.evidence
                inside = tuple(s for s in target.spans if s.strip() and s.strip() in text)
                yield Pair(
                    dialogue=d_index,
                    target=t,
                    candidate=c,
                    causal=causal,
                    gold_spans=inside if causal else (),
                )


# --- SQuAD token F1 -----------------------------------------------------------------------------------------


_PUNCTUATION = str.maketrans("", "", string.punctuation)


def _normalise(text: str) -> list[str]:
    text = text.lower().translate(_PUNCTUATION)
    return re.sub(r"\b(a|an|the)\b", " ", text).split()


def squad_f1(gold: str, predicted: str) -> float:
    gold_tokens, predicted_tokens = _normalise(gold), _normalise(predicted)
    if not gold_tokens or not predicted_tokens:
        return float(gold_tokens == predicted_tokens)
    common = sum((Counter(gold_tokens) & Counter(predicted_tokens)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(predicted_tokens), common / len(gold_tokens)
    return 2 * precision * recall / (precision + recall)


def _binary_f1(gold: Sequence[bool], predicted: Sequence[bool], positive: bool) -> float:
    tp = sum(g == positive and p == positive for g, p in zip(gold, predicted, strict=True))
    denominator = sum(g == positive for g in gold) + sum(p == positive for p in predicted)
    return 2 * tp / denominator if denominator else 0.0


# --- contexts and predictions -------------------------------------------------------------------------------


def contexts_of(dialogues: Sequence[RecconDialogue]) -> list[PairContext]:
    """Embeddings and perceived intensities for every utterance (computed once, batched)."""
    from agent.emotion import load_classifier
    from agent.plutchik import project
    from agent.schema import GOEMOTIONS_LABELS

    texts = [u.text for d in dialogues for u in d.utterances]
    batch = load_classifier().analyse(texts, progress=True)
    vectors = batch.sentences
    intensities = [
        project(dict(zip(GOEMOTIONS_LABELS, row, strict=True))).intensity_score for row in batch.scores
    ]
    contexts, start = [], 0
    for dialogue in dialogues:
        end = start + len(dialogue.utterances)
        contexts.append(
            PairContext(
                texts=tuple(u.text for u in dialogue.utterances),
                speakers=tuple(u.speaker for u in dialogue.utterances),
                vectors=vectors[start:end],
                intensities=tuple(intensities[start:end]),
            )
        )
        start = end
    return contexts


def _heuristic_predictions(pairs: Sequence[Pair], contexts: Sequence[PairContext]) -> list[tuple[bool, str]]:
    """The untrained extractor (agent.cause.find_cause) over the target's history: one utterance per target."""
    from agent.cause import find_cause

    chosen: dict[tuple[int, int], tuple[int, str]] = {}
    for pair in pairs:
        key = (pair.dialogue, pair.target)
        if key not in chosen:
            cause = find_cause(contexts[pair.dialogue].texts[: pair.target + 1])
            chosen[key] = (cause.utterance_index, cause.span) if cause else (-1, "")
    predictions = []
    for pair in pairs:
        index, span = chosen[(pair.dialogue, pair.target)]
        predictions.append((index == pair.candidate, span if index == pair.candidate else ""))
    return predictions


def _llm_predictions(pairs: Sequence[Pair], contexts: Sequence[PairContext]) -> list[tuple[bool, str]]:
    """One structured LLM call per target: which utterance of the history holds the cause, and its span."""
    from agent.llm_perception import build_llm_perceiver, llm_cause_choice
    from agent.perception import load_perceiver

    perceiver = build_llm_perceiver(load_perceiver())
    chosen: dict[tuple[int, int], tuple[int, str]] = {}
    for pair in pairs:
        key = (pair.dialogue, pair.target)
        if key not in chosen:
            chosen[key] = llm_cause_choice(perceiver, list(contexts[pair.dialogue].texts[: pair.target + 1]))
    predictions = []
    for pair in pairs:
        index, span = chosen[(pair.dialogue, pair.target)]
        predictions.append((index == pair.candidate, span if index == pair.candidate else ""))
    return predictions


def _model_predictions(
    model: CauseModel, pairs: Sequence[Pair], contexts: Sequence[PairContext]
) -> list[tuple[bool, str]]:
    predictions = []
    for pair in pairs:
        context = contexts[pair.dialogue]
        causal = model.probability(context, pair.target, pair.candidate) >= model.threshold
        predictions.append((causal, model.span(context.texts[pair.candidate]) if causal else ""))
    return predictions


def score(pairs: Sequence[Pair], predictions: Sequence[tuple[bool, str]], method: str) -> CauseMetrics:
    gold = [p.causal for p in pairs]
    predicted = [causal for causal, _ in predictions]
    span_scores = [
        max((squad_f1(g, span) for g in p.gold_spans), default=squad_f1("", span))
        if p.causal and p.gold_spans
        else squad_f1("", span)
        for p, (_, span) in zip(pairs, predictions, strict=True)
    ]
    positive = [s for s, p in zip(span_scores, pairs, strict=True) if p.causal]
    f1_pos, f1_neg = _binary_f1(gold, predicted, True), _binary_f1(gold, predicted, False)
    return CauseMetrics(
        n=len(pairs),
        n_targets=len({(p.dialogue, p.target) for p in pairs}),
        n_dialogues=len({p.dialogue for p in pairs}),
        method=method,
        utterance_macro_f1=round((f1_pos + f1_neg) / 2, 4),
        utterance_positive_f1=round(f1_pos, 4),
        utterance_negative_f1=round(f1_neg, 4),
        span_f1=round(float(np.mean(span_scores)), 4) if span_scores else 0.0,
        span_f1_positive=round(float(np.mean(positive)), 4) if positive else 0.0,
    )


def evaluate_file(path: Path, method: str = "auto") -> CauseMetrics:
    dialogues = load_reccon(path)
    pairs = list(pairs_of(dialogues))
    contexts = contexts_of(dialogues)
    if method == "llm":
        return score(pairs, _llm_predictions(pairs, contexts), "llm")
    model = load_cause_model() if method in ("auto", "model") else None
    if model is None:
        return score(pairs, _heuristic_predictions(pairs, contexts), "heuristic")
    return score(pairs, _model_predictions(model, pairs, contexts), "trained-pair-model")


# --- training -----------------------------------------------------------------------------------------------


def feature_matrix(pairs: Sequence[Pair], contexts: Sequence[PairContext]) -> np.ndarray:
    return np.array([pair_features(contexts[p.dialogue], p.target, p.candidate) for p in pairs])


def train_cause(seed: int = 13, path: Path = RECCON_DIR / "dailydialog_train.json") -> CauseMetrics:
    """Fits the pair model on the train split; threshold and span mode chosen on train (out-of-fold)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict

    dialogues = load_reccon(path)
    pairs = list(pairs_of(dialogues))
    contexts = contexts_of(dialogues)
    x = feature_matrix(pairs, contexts)
    y = np.array([p.causal for p in pairs])
    mean, scale = x.mean(0), x.std(0) + 1e-6
    regression = LogisticRegression(C=1.0, max_iter=2000, random_state=seed)
    out_of_fold = cross_val_predict(regression, (x - mean) / scale, y, cv=5, method="predict_proba")[:, 1]
    threshold = _best_threshold(y, out_of_fold)
    regression.fit((x - mean) / scale, y)
    model = CauseModel(
        features=FEATURES,
        weights=tuple(float(w) for w in regression.coef_[0]),
        bias=float(regression.intercept_[0]),
        mean=tuple(float(m) for m in mean),
        scale=tuple(float(s) for s in scale),
        threshold=threshold,
        span_mode=_best_span_mode(pairs, contexts),
    )
    train_metrics = score(
        pairs, _model_predictions(model, pairs, contexts), "trained-pair-model (train split)"
    )
    _save(model, train_metrics, seed)
    return train_metrics


def _best_threshold(gold: np.ndarray, probabilities: np.ndarray) -> float:
    best = (0.0, 0.5)
    for threshold in np.linspace(0.1, 0.9, 81):
        predicted = probabilities >= threshold
        macro = (
            _binary_f1(list(gold), list(predicted), True) + _binary_f1(list(gold), list(predicted), False)
        ) / 2
        best = max(best, (macro, round(float(threshold), 3)))
    return best[1]


def _best_span_mode(pairs: Sequence[Pair], contexts: Sequence[PairContext]) -> str:
    positives = [p for p in pairs if p.causal and p.gold_spans]
    totals = {}
    for mode in ("clause", "marked", "utterance"):
        probe = CauseModel(
            features=FEATURES, weights=(0.0,) * len(FEATURES), bias=0.0, mean=(0.0,) * len(FEATURES),
            scale=(1.0,) * len(FEATURES), threshold=0.5, span_mode=mode,
        )  # fmt: skip
        spans = [probe.span(contexts[p.dialogue].texts[p.candidate]) for p in positives]
        totals[mode] = sum(
            max(squad_f1(g, s) for g in p.gold_spans) for p, s in zip(positives, spans, strict=True)
        )
    # The shortest span that is within one F1 point of the best: a clause helps the drafter more than a whole
    # utterance, as long as it does not cost accuracy.
    best = max(totals.values())
    return next(
        mode for mode in ("clause", "marked", "utterance") if totals[mode] >= best - 0.01 * len(positives)
    )


def _save(model: CauseModel, train_metrics: CauseMetrics, seed: int) -> None:
    note = {
        "data": "RECCON DailyDialog dailydialog_train.json (fit; threshold by 5-fold CV on train; span mode on train)",
        "features": "pair features over all-MiniLM-L6-v2 embeddings and the emotion head's intensity",
        "command": "warmline train cause",
        "seed": seed,
        "train_metrics": train_metrics.model_dump(),
        "model": model.model_dump(),
    }
    ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    ARTIFACT.write_text(json.dumps(note, indent=2) + "\n", encoding="utf-8")
