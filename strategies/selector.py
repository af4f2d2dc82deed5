"""The debiased strategy selector: the pipeline's select stage.

Reads the dialogue so far (the user's messages, the supporter's latest message, the supporter's earlier
strategies, the position in the conversation), scores the eight strategies with the committed model, applies the
measured debiasing step, and explains the choice. It reads neither the perception stage's output nor the
retrieved demonstrations: perception was not part of training (it was being built in parallel and was not
measured here), and the demonstrations' strategies were not tried as features either. Both are possible
future inputs, each to be measured with `warmline train strategy --ablation` before it is used.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict

from agent.embeddings import DIMENSIONS, shared_embedder
from agent.schema import Demonstration, Message, Role, StrategyDecision
from agent.stages import TurnContext
from strategies.catalogue import STRATEGIES, Strategy
from strategies.debias import DebiasParams
from strategies.ensemble import Ensemble
from strategies.features import EMBEDDING_GROUPS, Embed, Matrix, featurize, text_fields, view
from strategies.model import FloatArray, StrategyModel, log_softmax
from strategies.training import ModelConfig, field_texts
from strategies.trees import TreeConfig, TreeEnsemble

ARTIFACT_DIR = Path(__file__).resolve().parent / "artifacts"
MODEL_FILE = "strategy-selector.npz"
TREES_FILE = "strategy-trees.npz"
CARD_FILE = "strategy-selector.json"
NAME = "debiased-strategy-selector"


class SelectorCard(BaseModel):
    """The artefact's note: what produced it and what it scored (written by `warmline train strategy`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = NAME
    version: str
    seed: int
    train_data: str
    train_turns: int
    config: ModelConfig
    # Boosted trees blended into the logistic model's log-probabilities (strategies/ensemble.py); none before 1.1.
    trees: TreeConfig | None = None
    tree_weight: float = 0.0
    tree_weight_objective: dict[
        str, float
    ] = {}  # the OOF objective of every candidate weight (see ensemble.py)
    debias: DebiasParams
    folds: int
    oof_scores: dict[str, float]  # on train, out-of-fold, after debiasing
    valid_scores: dict[str, float]  # reported only; nothing was fitted on valid


def dialogue_messages(context: TurnContext) -> list[Message]:
    """The dialogue so far as the selector reads it: the conversation, then the user's turn.

    An empty turn means nothing new from the user: the supporter speaks again (consecutive supporter utterances
    or an opening greeting, which only ESConv replays produce; see strategies/replay.py).
    """
    messages = list(context.conversation.messages)
    if context.turn.text:
        messages.append(Message(role=Role.USER, text=context.turn.text))
    return messages


def _no_embed(texts: Sequence[str]) -> Matrix:
    # The committed model gives the embedding groups no weight: skip the embedder rather than compute zeros' worth.
    return np.zeros((len(texts), DIMENSIONS), dtype=np.float32)


def uses_embeddings(config: ModelConfig) -> bool:
    return any(config.group_scales.get(g, 0.0) > 0 for g in EMBEDDING_GROUPS)


def _live_embed(texts: Sequence[str]) -> Matrix:
    return shared_embedder().embed_many(texts)


class DebiasedSelector:
    """Implements agent.stages.Selector."""

    name = NAME

    def __init__(self, model: Ensemble, card: SelectorCard, embed: Embed = _live_embed) -> None:
        self._model = model
        self.card = card
        self._embed = embed
        self._uses_embeddings = uses_embeddings(card.config)

    @property
    def model_id(self) -> str:
        return f"{self.card.name}@{self.card.version}"

    def select(self, context: TurnContext, demonstrations: list[Demonstration]) -> StrategyDecision:
        return self.decide(dialogue_messages(context))

    def decide(self, messages: Sequence[Message]) -> StrategyDecision:
        item = view(messages)
        embed = self._embed if self._uses_embeddings else _no_embed
        dense = featurize([item], embed, context=self.card.config.group_scales.get("context", 0.0) > 0)
        texts = field_texts([text_fields(item)], self.card.config)
        log_probs = self._model.log_probs(dense, texts)
        last = np.array([STRATEGIES.index(item.strategies[-1]) if item.strategies else -1], dtype=np.int64)
        debiased = log_softmax(self.card.debias.apply(log_probs, last))
        raw, fixed = np.exp(log_probs[0]), np.exp(debiased[0])
        choice = STRATEGIES[int(fixed.argmax())]
        return StrategyDecision(
            raw=_distribution(raw),
            debiased=_distribution(fixed),
            choice=choice,
            reasons=_reasons(raw, fixed, item.strategies, self.card.debias),
            model=self.model_id,
        )


def _distribution(values: FloatArray) -> dict[Strategy, float]:
    return {strategy: round(float(v), 4) for strategy, v in zip(STRATEGIES, values, strict=True)}


def _reasons(
    raw: FloatArray, fixed: FloatArray, history: Sequence[Strategy], debias: DebiasParams
) -> tuple[str, ...]:
    top, choice = STRATEGIES[int(raw.argmax())], STRATEGIES[int(fixed.argmax())]
    reasons = [f"the model favours {top.value} ({raw.max():.0%}) from the dialogue so far"]
    if choice is not top:
        reasons.append(
            f"debiasing ({_active_parts(debias)}) moves the choice to {choice.value} ({fixed.max():.0%})"
        )
    else:
        reasons.append(f"debiasing keeps {choice.value} ({fixed.max():.0%})")
    if history:
        reasons.append(f"earlier strategies: {', '.join(s.short for s in history[-3:])} (latest last)")
    else:
        reasons.append("first supporter turn of the conversation")
    reasons.append(f"{choice.value}: {choice.definition}")
    return tuple(reasons)


def _active_parts(debias: DebiasParams) -> str:
    parts = []
    if debias.tau:
        parts.append(f"prior adjustment tau={debias.tau:g}")
    if any(debias.offsets):
        parts.append("per-strategy offsets against preference bias")
    if debias.repeat_penalty:
        parts.append(f"repetition penalty {debias.repeat_penalty:g}")
    return ", ".join(parts) or "no correction"


def load_card(directory: Path = ARTIFACT_DIR) -> SelectorCard:
    return SelectorCard.model_validate_json((directory / CARD_FILE).read_text(encoding="utf-8"))


def load_selector(directory: Path = ARTIFACT_DIR, embed: Embed = _live_embed) -> DebiasedSelector:
    """The committed selector (rebuild it with `warmline train strategy`)."""
    card = load_card(directory)
    trees = TreeEnsemble.load(directory / TREES_FILE) if card.trees is not None else None
    model = Ensemble(StrategyModel.load(directory / MODEL_FILE), trees, card.tree_weight)
    return DebiasedSelector(model, card, embed)


@lru_cache(maxsize=1)
def shared_selector() -> DebiasedSelector:
    """One selector per process for the pipeline."""
    return load_selector()
