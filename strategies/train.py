"""`warmline train strategy`: rebuild the selector artefact from ESConv train, deterministically.

1. embed every utterance once (cached under /tmp/warmline-cache), build the samples of train and valid;
2. k-fold out-of-fold predictions on TRAIN (folds grouped by dialogue) -> fit the debiasing parameters on them;
3. fit the model on all of TRAIN; score valid once for the report (nothing is fitted on valid);
4. write strategies/artifacts/strategy-selector.{npz,json} and its README note.
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
from strategies.esconv import Dialogue, load_dialogues, split_path
from strategies.metrics import K, StrategyScores, score_indices
from strategies.model import FloatArray, StrategyModel
from strategies.selector import ARTIFACT_DIR, CARD_FILE, MODEL_FILE, NAME, SelectorCard
from strategies.training import Dataset, ModelConfig, build_dataset, fit_model, out_of_fold, predict

SHIPPED = ModelConfig()


class TrainOptions(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    seed: int = 13
    folds: int = 5
    ablation: bool = False
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
class Fitted:
    model: StrategyModel
    debias: DebiasParams
    oof_raw: StrategyScores
    oof: StrategyScores
    valid_raw: StrategyScores
    valid: StrategyScores
    oof_log_probs: FloatArray
    valid_log_probs: FloatArray


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
    train_set: Dataset, valid_set: Dataset, config: ModelConfig, folds: int, debias_fit: DebiasFit, label: str
) -> Fitted:
    """The whole recipe for one configuration: OOF -> debias fit -> final model -> valid scores."""
    bar = tqdm(total=folds + 1, desc=label, unit="fit", leave=False)
    oof = out_of_fold(train_set, config, folds, on_fold=lambda _: bar.update())
    debias = debias_fit.fit(oof, train_set.y, train_set.last, log_prior(train_set.y))
    model = fit_model(train_set, config)
    bar.update()
    bar.close()
    valid = predict(model, valid_set, config)
    return Fitted(
        model=model,
        debias=debias,
        oof_raw=score_indices(train_set.y, oof.argmax(axis=1)),
        oof=score_indices(train_set.y, debias.apply(oof, train_set.last).argmax(axis=1)),
        valid_raw=score_indices(valid_set.y, valid.argmax(axis=1)),
        valid=score_indices(valid_set.y, debias.apply(valid, valid_set.last).argmax(axis=1)),
        oof_log_probs=oof,
        valid_log_probs=valid,
    )


def train(options: TrainOptions) -> TrainSummary:
    np.random.seed(options.seed)
    train_set, valid_set = load_data(options.cache_dir)
    print(f"samples: train {len(train_set)}, valid {len(valid_set)}")
    config = SHIPPED.model_copy(update={"seed": options.seed})
    fitted = fit_and_score(train_set, valid_set, config, options.folds, DebiasFit(), "selector")
    card = _card(fitted, config, options, len(train_set))
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


def _version(model: StrategyModel, debias: DebiasParams) -> str:
    digest = hashlib.sha256(model.weight.tobytes() + model.bias.tobytes() + debias.model_dump_json().encode())
    return f"1.0+{digest.hexdigest()[:8]}"


def _card(fitted: Fitted, config: ModelConfig, options: TrainOptions, n_train: int) -> SelectorCard:
    return SelectorCard(
        name=NAME,
        version=_version(fitted.model, fitted.debias),
        seed=options.seed,
        train_data="../shared/data/esconv/train.json (ESConv, seed-13 split, 910 dialogues)",
        train_turns=n_train,
        config=config,
        debias=fitted.debias,
        folds=options.folds,
        oof_scores=headline(fitted.oof),
        valid_scores=headline(fitted.valid),
    )


def _save(model: StrategyModel, card: SelectorCard, directory: Path) -> str:
    directory.mkdir(parents=True, exist_ok=True)
    model.save(directory / MODEL_FILE)
    (directory / CARD_FILE).write_text(card.model_dump_json(indent=2) + "\n", encoding="utf-8")
    (directory / "README.md").write_text(_note(card), encoding="utf-8")
    return str(directory / MODEL_FILE)


def _note(card: SelectorCard) -> str:
    def row(name: str, s: dict[str, float]) -> str:
        return f"| {name} | {s['n']:.0f} | {s['macro_f1']:.4f} | {s['weighted_f1']:.4f} | {s['bias_B']:.4f} |"

    return "\n".join(
        [
            "# Strategy selector artefact",
            "",
            f"`{MODEL_FILE}` + `{CARD_FILE}`: `{card.name}@{card.version}`, written by `warmline train strategy`",
            f"(seed {card.seed}, {card.folds}-fold out-of-fold debiasing fit on train). Data: {card.train_data},",
            f"{card.train_turns} supporter turns. Words are hashed (no vocabulary, no dataset text is stored).",
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
