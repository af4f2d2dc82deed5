"""`warmline eval strategy`: the live selector over every labelled supporter turn of an ESConv JSONL file.

Each turn is replayed as the TurnContext the pipeline would build (strategies/replay.py): the selector sees the
dialogue before the turn and nothing else. To keep the run short, each dialogue's utterances are embedded in one
batch before its turns are replayed; embeddings are per text, so this only warms the embedder's cache, exactly
as earlier turns do in a live chat, and no later utterance can influence a decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tqdm import tqdm

from agent.embeddings import shared_embedder
from strategies.catalogue import STRATEGIES, Strategy
from strategies.esconv import load_dialogues, samples
from strategies.intervals import ScoreIntervals, bootstrap
from strategies.metrics import StrategyScores, indices, score
from strategies.replay import replay_context
from strategies.selector import DebiasedSelector


@dataclass(frozen=True)
class Replay:
    """Every labelled supporter turn of a file: gold and chosen strategy, and which dialogue it belongs to."""

    gold: list[Strategy]
    predicted: list[Strategy]
    dialogue: list[int]

    def scores(self) -> StrategyScores:
        return score(self.gold, self.predicted)

    def intervals(self, resamples: int, seed: int = 13) -> ScoreIntervals:
        return bootstrap(
            indices(self.gold),
            indices(self.predicted),
            np.array(self.dialogue),
            resamples=resamples,
            seed=seed,
        )


def replay_file(path: Path, selector: DebiasedSelector, progress: bool = True) -> Replay:
    replay = Replay(gold=[], predicted=[], dialogue=[])
    embedder = shared_embedder()
    dialogues = load_dialogues(path)
    for number, dialogue in enumerate(
        tqdm(dialogues, desc="replaying dialogues", unit="dialogue", disable=not progress)
    ):
        embedder.embed_many([u.text for u in dialogue.utterances if u.text])
        for sample in samples([dialogue]):
            replay.gold.append(sample.label)
            replay.predicted.append(selector.select(replay_context(sample.messages()), []).choice)
            replay.dialogue.append(number)
    return replay


def evaluate_file(path: Path, selector: DebiasedSelector, progress: bool = True) -> StrategyScores:
    return replay_file(path, selector, progress).scores()


def write_report(scores: StrategyScores, directory: Path) -> list[Path]:
    """A confusion-matrix PNG and a preference bar chart."""
    import matplotlib

    matplotlib.use("Agg")
    directory.mkdir(parents=True, exist_ok=True)
    return [
        _confusion_png(scores, directory / "confusion.png"),
        _preference_png(scores, directory / "preferences.png"),
    ]


def _confusion_png(scores: StrategyScores, path: Path) -> Path:
    import matplotlib.pyplot as plt

    counts = np.array(scores.confusion, dtype=float)
    share = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1.0)
    names = [s.short for s in STRATEGIES]
    figure, axes = plt.subplots(figsize=(6.5, 5.5))
    image = axes.imshow(share, cmap="Blues", vmin=0.0, vmax=1.0)
    for (row, column), value in np.ndenumerate(counts):
        colour = "white" if share[row, column] > 0.5 else "black"
        axes.text(column, row, f"{int(value)}", ha="center", va="center", fontsize=8, color=colour)
    axes.set_xticks(range(len(names)), names)
    axes.set_yticks(range(len(names)), names)
    axes.set_xlabel("predicted")
    axes.set_ylabel("gold")
    axes.set_title(f"Strategy confusion (n={scores.n}, macro-F1 {scores.macro_f1:.3f})")
    figure.colorbar(image, ax=axes, label="share of gold row")
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)
    return path


def _preference_png(scores: StrategyScores, path: Path) -> Path:
    import matplotlib.pyplot as plt

    values = [scores.preferences[s.value] for s in STRATEGIES]
    figure, axes = plt.subplots(figsize=(6.5, 3.5))
    axes.bar([s.short for s in STRATEGIES], values, color="#4c72b0")
    axes.axhline(1.0, color="grey", linestyle="--", linewidth=1, label="no preference (p = 1)")
    axes.set_ylabel("Bradley–Terry preference p")
    axes.set_title(f"Strategy preferences (B = {scores.bias_B:.3f})")
    axes.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)
    return path
