"""Features of the dialogue so far, identical for training and for a live turn.

The selector sees an ordered list of messages (user and assistant, the assistant's with their strategies) and
nothing else. Features, in named groups so the ablation can drop each one:

* `user`: sentence embeddings of the user's latest and previous messages;
* `context`: the mean embedding of every user message so far (what the conversation is about);
* `supporter`: the embedding of the supporter's latest message;
* `history`: the last three strategies (one-hot, with "none"), the last two as a pair, the strategy counts so
  far (as shares), how recently each strategy was used, and the last strategy crossed with "the supporter
  already spoke after the user's latest message";
* `position`: how far into the conversation we are, how many supporter/user messages in a row, and whether the
  user asked a question;
* `cues`: turn-level cues (the user asked a question, how long the user's message is, the stage of the
  conversation, the supporter already spoke, the user thanked or said goodbye), alone and crossed with the last
  strategy, since a linear model cannot combine "after a Question" with "the user asked something back" itself.

Besides these dense groups, `text_fields` gives the raw words the model reads through a hashed TF-IDF
(strategies/model.py): the user's latest block of messages and the supporter's latest message.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from agent.embeddings import DIMENSIONS
from agent.schema import Message, Role
from strategies.catalogue import STRATEGIES, Strategy

Matrix = npt.NDArray[np.float32]
Embed = Callable[[Sequence[str]], Matrix]

K = len(STRATEGIES)
HISTORY_DEPTH = 3
_ORDER = {strategy: i for i, strategy in enumerate(STRATEGIES)}

GROUP_SIZES: dict[str, int] = {
    "user": 2 * DIMENSIONS,
    "context": DIMENSIONS,
    "supporter": DIMENSIONS,
    "history": HISTORY_DEPTH * (K + 1) + K + 2 * (K + 1) + (K + 1) ** 2 + K,
    "position": 14 + 8,
    "cues": (K + 2) * 19,  # 19 cues, alone and in the block of the last strategy (or "none")
}
FEATURE_GROUPS: tuple[str, ...] = tuple(GROUP_SIZES)
EMBEDDING_GROUPS: tuple[str, ...] = ("user", "context", "supporter")


@dataclass(frozen=True)
class DialogueView:
    """The parts of the dialogue so far that the features read."""

    user_texts: tuple[str, ...]
    last_supporter: str
    earlier_supporter: str  # the supporter's message before `last_supporter`
    user_blocks: tuple[str, ...]  # each run of consecutive user messages, joined
    strategies: tuple[Strategy, ...]
    n_messages: int
    supporter_run: int  # supporter messages since the user's latest message
    user_run: int  # user messages in the user's latest block

    @property
    def user_block(self) -> str:
        """The user's latest run of consecutive messages, joined."""
        return " ".join(self.user_texts[len(self.user_texts) - self.user_run :]) if self.user_run else ""

    @property
    def last_user(self) -> str:
        return self.user_texts[-1] if self.user_texts else ""

    @property
    def previous_user(self) -> str:
        return self.user_texts[-2] if len(self.user_texts) > 1 else ""


def view(messages: Sequence[Message]) -> DialogueView:
    supporter = [m for m in messages if m.role is Role.ASSISTANT]
    return DialogueView(
        user_texts=tuple(m.text for m in messages if m.role is Role.USER),
        last_supporter=supporter[-1].text if supporter else "",
        earlier_supporter=supporter[-2].text if len(supporter) > 1 else "",
        user_blocks=_user_blocks(messages),
        strategies=tuple(m.strategy for m in supporter if m.strategy is not None),
        n_messages=len(messages),
        supporter_run=_run_length(messages, Role.ASSISTANT),
        user_run=_run_length(messages[: len(messages) - _run_length(messages, Role.ASSISTANT)], Role.USER),
    )


def _user_blocks(messages: Sequence[Message]) -> tuple[str, ...]:
    blocks: list[list[str]] = []
    previous: Role | None = None
    for message in messages:
        if message.role is Role.USER:
            if previous is not Role.USER:
                blocks.append([])
            blocks[-1].append(message.text)
        previous = message.role
    return tuple(" ".join(block) for block in blocks)


def _run_length(messages: Sequence[Message], role: Role) -> int:
    count = 0
    for message in reversed(messages):
        if message.role is not role:
            break
        count += 1
    return count


def texts_needed(item: DialogueView, context: bool = True) -> list[str]:
    """Every text whose embedding the features of `item` read (empty texts are zero vectors, not embedded)."""
    users = item.user_texts if context else (item.previous_user, item.last_user)
    return [t for t in (*users, item.last_supporter) if t]


def featurize(items: Sequence[DialogueView], embed: Embed, context: bool = True) -> Matrix:
    """One row per dialogue view; columns in FEATURE_GROUPS order. `context=False` leaves the context group 0
    (for a model that gives it no weight), which spares the look-up of every earlier user message."""
    needed = list(dict.fromkeys(t for item in items for t in texts_needed(item, context)))
    table = dict(zip(needed, embed(needed), strict=True)) if needed else {}
    rows = [_row(item, table, context) for item in items]
    return np.stack(rows).astype(np.float32) if rows else np.zeros((0, sum(GROUP_SIZES.values())), np.float32)


def _row(item: DialogueView, table: dict[str, Matrix], with_context: bool) -> Matrix:
    zero = np.zeros(DIMENSIONS, dtype=np.float32)

    def vector(text: str) -> Matrix:
        return table[text] if text else zero

    users = [vector(t) for t in item.user_texts] if with_context else []
    context = np.mean(users, axis=0) if users and with_context else zero
    parts = [
        vector(item.last_user),
        vector(item.previous_user),
        context,
        vector(item.last_supporter),
        _history(item),
        _position(item),
        _crossed_cues(item),
    ]
    return np.concatenate(parts).astype(np.float32)


def _one_hot(index: int, size: int) -> Matrix:
    out = np.zeros(size, dtype=np.float32)
    out[index] = 1.0
    return out


def _history(item: DialogueView) -> Matrix:
    recent = list(reversed(item.strategies[-HISTORY_DEPTH:]))
    slots = [_one_hot(_ORDER[recent[d]] if d < len(recent) else K, K + 1) for d in range(HISTORY_DEPTH)]
    counts = np.zeros(K, dtype=np.float32)
    for strategy in item.strategies:
        counts[_ORDER[strategy]] += 1
    shares = counts / max(1, len(item.strategies))
    # The same last strategy means different things right after the user spoke and mid-reply.
    crossed = np.zeros(2 * (K + 1), dtype=np.float32)
    crossed[(K + 1) * min(item.supporter_run, 1) + (_ORDER[recent[0]] if recent else K)] = 1.0
    # A linear model cannot combine the one-hots itself: the pair (last, second-last) as one feature.
    first, second = (_ORDER[recent[d]] if d < len(recent) else K for d in range(2))
    pair = _one_hot(first * (K + 1) + second, (K + 1) ** 2)
    return np.concatenate([*slots, pair, shares, _recency(item.strategies), crossed])


def _recency(strategies: Sequence[Strategy]) -> Matrix:
    """1 / (1 + supporter turns since each strategy was last used); 0 if never used."""
    out = np.zeros(K, dtype=np.float32)
    for age, strategy in enumerate(reversed(strategies)):
        if out[_ORDER[strategy]] == 0.0:
            out[_ORDER[strategy]] = 1.0 / (1.0 + age)
    return out


_STAGE_EDGES = (1, 2, 3, 5, 8, 12, 17)  # supporter turns so far, bucketed (the stage of the conversation)


def _position(item: DialogueView) -> Matrix:
    last_user = item.last_user
    values = [
        math.log1p(item.n_messages) / 4.0,
        math.log1p(len(item.strategies)) / 3.0,
        math.log1p(len(item.user_texts)) / 3.0,
        float(item.n_messages == 0),
        float(not item.user_texts),
        *_one_hot(min(item.supporter_run, 2), 3),
        *_one_hot(min(max(item.user_run, 1), 3) - 1, 3),
        float("?" in last_user),
        math.log1p(len(last_user)) / 6.0,
        float("?" in item.last_supporter),
        *_one_hot(
            int(np.searchsorted(_STAGE_EDGES, len(item.strategies), side="right")), len(_STAGE_EDGES) + 1
        ),
    ]
    return np.array(values, dtype=np.float32)


_LENGTH_EDGES = (5, 12, 25)  # words in the user's latest message, bucketed
_CLOSING = ("thank", "bye", "appreciate")


def _cues(item: DialogueView) -> Matrix:
    last_user = item.last_user
    words = len(last_user.split())
    stage = int(np.searchsorted(_STAGE_EDGES, len(item.strategies), side="right"))
    return np.concatenate(
        [
            _one_hot(int("?" in last_user), 2),
            _one_hot(int(np.searchsorted(_LENGTH_EDGES, words, side="right")), len(_LENGTH_EDGES) + 1),
            _one_hot(stage, len(_STAGE_EDGES) + 1),
            _one_hot(min(item.supporter_run, 2), 3),
            _one_hot(int(any(w in last_user.lower() for w in _CLOSING)), 2),
        ]
    )


def _crossed_cues(item: DialogueView) -> Matrix:
    cues = _cues(item)
    crossed = np.zeros((K + 1, cues.size), dtype=np.float32)
    crossed[_ORDER[item.strategies[-1]] if item.strategies else K] = cues
    return np.concatenate([crossed.ravel(), cues])


TEXT_FIELDS: tuple[str, ...] = (
    "user_words",
    "supporter_words",
    "earlier_user_words",
    "earlier_supporter_words",
    "user_chars",
    "supporter_chars",
)


def text_fields(item: DialogueView) -> tuple[str, ...]:
    """The texts behind TEXT_FIELDS, in that order."""
    earlier_user = item.user_blocks[-2] if len(item.user_blocks) > 1 else ""
    return (
        item.user_block,
        item.last_supporter,
        earlier_user,
        item.earlier_supporter,
        item.user_block,
        item.last_supporter,
    )


def group_slices() -> dict[str, slice]:
    slices, start = {}, 0
    for name, size in GROUP_SIZES.items():
        slices[name] = slice(start, start + size)
        start += size
    return slices
