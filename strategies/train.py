"""`warmline train strategy`: rebuild the selector artefact from ESConv train, deterministically.

1. embed every utterance once (cached under /tmp/warmline-cache), build the samples of train and valid;
2. k-fold out-of-fold predictions on TRAIN (folds grouped by dialogue) -> fit the debiasing parameters on them;
   With `--trees` (an experiment, not shipped: ABLATION.md), the same folds give boosted trees' out-of-fold
   predictions, and the trees' weight in the ensemble is chosen on them (strategies/ensemble.py), the
   debiasing refitted for every candidate weight;
3. fit the model(s) on all of TRAIN; score valid once for the report (nothing is fitted on valid);
4. write strategies/artifacts/strategy-selector.npz (+ strategy-trees.npz with --trees), the card (.json) and
   its README note.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict
from tqdm import tqdm

from strategies.debias import DebiasFit, DebiasParams
from strategies.embedding_cache import DEFAULT_CACHE_DIR, TableEmbedder, embed_all
from strategies.ensemble import WEIGHTS, Ensemble, WeightChoice, blend, choose_weight
from strategies.esconv import Dialogue, load_dialogues, split_path
from strategies.metrics import K, StrategyScores, score_indices
from strategies.model import FloatArray
from strategies.selector import ARTIFACT_DIR, CARD_FILE, MODEL_FILE, NAME, TREES_FILE, SelectorCard
from strategies.training import (
    Dataset,
    ModelConfig,
    build_dataset,
    fit_model,
    out_of_fold,
    predict,
    trees_out_of_fold,
)
from strategies.trees import TreeConfig, fit_trees

SHIPPED = ModelConfig()
# The ensemble with boosted trees (--trees): an experiment, not shipped (strategies/ABLATION.md, issue #3).
ENSEMBLE_TREES = TreeConfig()


class TrainOptions(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    seed: int = 13
    folds: int = 5
    ablation: bool = False
    trees: bool = False  # blend boosted trees into the logistic model (experiment; see ENSEMBLE_TREES)
    save: bool = True
    cache_dir: Path = DEFAULT_CACHE_DIR
    artifact_dir: Path = ARTIFACT_DIR


class TrainSummary(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    model: str
    oof: dict[str, float]
    valid: dict[str, float]
    artefact: str | None
    ablation: str | None


@dataclass(frozen=True)
class Predictions:
    oof: FloatArray  # grouped out-of-fold log-probabilities on train
    valid: FloatArray  # of the model fitted on all of train


@dataclass(frozen=True)
class Fitted:
    model: Ensemble
    debias: DebiasParams
    weights: WeightChoice  # the trees' weight in the ensemble (0 when the recipe has none)
    oof_raw: StrategyScores
    oof: StrategyScores
    valid_raw: StrategyScores
    valid: StrategyScores
    oof_log_probs: FloatArray  # of the ensemble, before debiasing
    valid_log_probs: FloatArray
    parts: dict[str, Predictions]  # per model family ("linear", "trees")


def headline(scores: StrategyScores) -> dict[str, float]:
    return {
        "n": scores.n,
        "accuracy": round(scores.accuracy, 4),
        "macro_f1": round(scores.macro_f1, 4),
        "weighted_f1": round(scores.weighted_f1, 4),
        "bias_B": round(scores.bias_B, 4),
    }


def load_data(cache_dir: Path) -> tuple[Dataset, Dataset]:
    train_dialogues = load_dialogues(split_path("train"))
    valid_dialogues = load_dialogues(split_path("valid"))
    embed = _table(train_dialogues + valid_dialogues, cache_dir)
    return build_dataset(train_dialogues, embed), build_dataset(valid_dialogues, embed)


def _table(dialogues: list[Dialogue], cache_dir: Path) -> TableEmbedder:
    texts = list(dict.fromkeys(u.text for d in dialogues for u in d.utterances if u.text))
    return TableEmbedder(texts, embed_all(texts, cache_dir))


def log_prior(y: np.ndarray) -> FloatArray:
    counts = np.bincount(y, minlength=K).astype(np.float64)
    out: FloatArray = np.log(np.maximum(counts, 1.0) / counts.sum())
    return out


def fit_and_score(
    train_set: Dataset,
    valid_set: Dataset,
    config: ModelConfig,
    folds: int,
    debias_fit: DebiasFit,
    label: str,
    trees: TreeConfig | None = None,
) -> Fitted:
    """The whole recipe for one configuration: OOF -> tree weight and debias fit -> final models -> valid."""
    bar = tqdm(total=(folds + 1) * (1 if trees is None else 2), desc=label, unit="fit", leave=False)
    linear = fit_model(train_set, config)
    bar.update()
    parts = {
        "linear": Predictions(
            oof=out_of_fold(train_set, config, folds, on_fold=lambda _: bar.update()),
            valid=predict(linear, valid_set, config),
        )
    }
    forest = None
    if trees is not None:
        forest = fit_trees(train_set.x, train_set.y, trees, config.seed)
        bar.update()
        tree_oof = trees_out_of_fold(train_set, trees, config.seed, folds, on_fold=lambda _: bar.update())
        parts["trees"] = Predictions(oof=tree_oof, valid=forest.log_probs(valid_set.x))
    bar.close()
    choice = _choose(parts, train_set, debias_fit)
    return _fitted(Ensemble(linear, forest, choice.weight), choice, parts, train_set, valid_set)


def _choose(parts: dict[str, Predictions], train_set: Dataset, fit: DebiasFit) -> WeightChoice:
    trees = parts.get("trees")
    return choose_weight(
        parts["linear"].oof,
        None if trees is None else trees.oof,
        train_set.y,
        train_set.last,
        log_prior(train_set.y),
        fit,
        weights=(0.0,) if trees is None else WEIGHTS,
    )


def _fitted(
    model: Ensemble,
    choice: WeightChoice,
    parts: dict[str, Predictions],
    train_set: Dataset,
    valid_set: Dataset,
) -> Fitted:
    trees = parts.get("trees")
    oof = blend(parts["linear"].oof, None if trees is None else trees.oof, choice.weight)
    valid = blend(parts["linear"].valid, None if trees is None else trees.valid, choice.weight)
    debias = choice.debias
    return Fitted(
        model=model,
        debias=debias,
        weights=choice,
        oof_raw=score_indices(train_set.y, oof.argmax(axis=1)),
        oof=score_indices(train_set.y, debias.apply(oof, train_set.last).argmax(axis=1)),
        valid_raw=score_indices(valid_set.y, valid.argmax(axis=1)),
        valid=score_indices(valid_set.y, debias.apply(valid, valid_set.last).argmax(axis=1)),
        oof_log_probs=oof,
        valid_log_probs=valid,
        parts=parts,
    )


def train(options: TrainOptions) -> TrainSummary:
    np.random.seed(options.seed)
    train_set, valid_set = load_data(options.cache_dir)
    print(f"samples: train {len(train_set)}, valid {len(valid_set)}")
    config = SHIPPED.model_copy(update={"seed": options.seed})
    trees = ENSEMBLE_TREES if options.trees else None
    fitted = fit_and_score(train_set, valid_set, config, options.folds, DebiasFit(), "selector", trees)
    card = _card(fitted, config, options, len(train_set))
    if options.trees:
        print(
            f"tree weight chosen on train OOF: {card.tree_weight} (objective per weight: {card.tree_weight_objective})"
        )
    print(f"train OOF (debiased): {headline(fitted.oof)}")
    print(f"valid (debiased):     {headline(fitted.valid)}")
    artefact = _save(fitted.model, card, options.artifact_dir) if options.save else None
    ablation = None
    if options.ablation:
        from strategies.ablation import run_ablation

        ablation = str(run_ablation(train_set, valid_set, options.folds, fitted))
    return TrainSummary(
        model=f"{card.name}@{card.version}",
        oof=headline(fitted.oof),
        valid=headline(fitted.valid),
        artefact=artefact,
        ablation=ablation,
    )


def _version(model: Ensemble, debias: DebiasParams) -> str:
    linear, trees = model.linear, model.trees
    digest = hashlib.sha256(
        linear.weight.tobytes() + linear.bias.tobytes() + debias.model_dump_json().encode()
    )
    if trees is not None and model.tree_weight > 0:
        digest.update(trees.value.tobytes() + trees.threshold.tobytes() + str(model.tree_weight).encode())
        return f"1.1+{digest.hexdigest()[:8]}"
    return f"1.0+{digest.hexdigest()[:8]}"


def _card(fitted: Fitted, config: ModelConfig, options: TrainOptions, n_train: int) -> SelectorCard:
    return SelectorCard(
        name=NAME,
        version=_version(fitted.model, fitted.debias),
        seed=options.seed,
        train_data="../shared/data/esconv/train.json (ESConv, seed-13 split, 910 dialogues)",
        train_turns=n_train,
        config=config,
        trees=ENSEMBLE_TREES if _has_trees(fitted.model) else None,
        tree_weight=fitted.model.tree_weight if _has_trees(fitted.model) else 0.0,
        tree_weight_objective={f"{w:g}": round(v, 4) for w, v in fitted.weights.values.items()},
        debias=fitted.debias,
        folds=options.folds,
        oof_scores=headline(fitted.oof),
        valid_scores=headline(fitted.valid),
    )


def _has_trees(model: Ensemble) -> bool:
    return model.trees is not None and model.tree_weight > 0


def _save(model: Ensemble, card: SelectorCard, directory: Path) -> str:
    directory.mkdir(parents=True, exist_ok=True)
    model.linear.save(directory / MODEL_FILE)
    if model.trees is not None and card.trees is not None:
        model.trees.save(directory / TREES_FILE)
    else:
        (directory / TREES_FILE).unlink(missing_ok=True)
    (directory / CARD_FILE).write_text(card.model_dump_json(indent=2) + "\n", encoding="utf-8")
    (directory / "README.md").write_text(_note(card), encoding="utf-8")
    return str(directory / MODEL_FILE)


def _description(card: SelectorCard) -> list[str]:
    if card.trees is None:
        return [
            f"`{MODEL_FILE}` + `{CARD_FILE}`: `{card.name}@{card.version}`, written by `warmline train strategy`",
            f"(seed {card.seed}, {card.folds}-fold out-of-fold debiasing fit on train). Data: {card.train_data},",
            f"{card.train_turns} supporter turns. Words are hashed (no vocabulary, no dataset text is stored).",
        ]
    return [
        f"`{MODEL_FILE}` + `{TREES_FILE}` + `{CARD_FILE}`: `{card.name}@{card.version}`, written by",
        f"`warmline train strategy --trees` (seed {card.seed}, {card.folds}-fold out-of-fold tree weight and",
        f"debiasing fit on train). Data: {card.train_data}, {card.train_turns} supporter turns.",
        "A logistic model over words, sentence embeddings and the dialogue state, and gradient-boosted trees over",
        f"the dialogue state, log-probabilities blended with tree weight {card.tree_weight:g}, then debiased.",
        "Words are hashed (no vocabulary, no dataset text is stored); trees store thresholds and leaf values.",
    ]


def _note(card: SelectorCard) -> str:
    def row(name: str, s: dict[str, float]) -> str:
        return f"| {name} | {s['n']:.0f} | {s['macro_f1']:.4f} | {s['weighted_f1']:.4f} | {s['bias_B']:.4f} |"

    return "\n".join(
        [
            "# Strategy selector artefact",
            "",
            *_description(card),
            "",
            "| split | n | macro-F1 | weighted-F1 | B |",
            "|---|---|---|---|---|",
            row("train, out-of-fold (debiasing fitted here)", card.oof_scores),
            row("valid (reported only, nothing fitted on it)", card.valid_scores),
            "",
            "Check the valid figure with the live selector: "
            "`warmline eval strategy --data ../shared/data/esconv/valid.json`.",
            "",
        ]
    )
