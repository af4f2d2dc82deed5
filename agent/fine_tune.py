"""Fine-tuning copies of MiniLM's top layers plus a head, the one recipe the emotion model and the two
experiments (the safety cross-encoder, the selector's encoder head) share.

AdamW with one learning rate for the copied layers and another for the head, a linear warm-up then linear decay,
batches of similar length (little padding) visited in a seeded random order each epoch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt
import torch
from pydantic import BaseModel
from tqdm import tqdm

Rows = npt.NDArray[np.int64]


class FineTuning(BaseModel):
    seed: int = 13
    epochs: int = 3
    batch_size: int = 32
    layer_learning_rate: float = 1e-4
    head_learning_rate: float = 1e-3
    weight_decay: float = 0.01
    warmup_steps: int = 100


class TopLayersNet(Protocol):
    head: torch.nn.Linear

    @property
    def layers(self) -> torch.nn.Module: ...  # what trains beside the head (its frozen parts get no gradient)

    def train(self, mode: bool = True) -> TopLayersNet: ...


def length_batches(lengths: Sequence[int], size: int) -> list[Rows]:
    """Row indices in batches of similar length; `fine_tune` shuffles their order each epoch."""
    order = np.argsort(lengths, kind="stable")
    return [order[i : i + size] for i in range(0, len(order), size)]


def fine_tune(
    net: TopLayersNet,
    batches: Sequence[Rows],
    loss_of: Callable[[Rows], torch.Tensor],
    config: FineTuning,
    desc: str | None = None,
) -> None:
    """Trains `net` in place; `desc` names a progress bar (none without it). Seed torch before building `net`."""
    optimiser = torch.optim.AdamW(
        [
            {"params": net.layers.parameters(), "lr": config.layer_learning_rate},
            {"params": net.head.parameters(), "lr": config.head_learning_rate},
        ],
        weight_decay=config.weight_decay,
    )
    total = config.epochs * len(batches)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min(1.0, (step + 1) / config.warmup_steps) * max(0.0, 1 - step / total)
    )
    rng = np.random.default_rng(config.seed)
    with tqdm(total=total, desc=desc, disable=desc is None) as progress:
        for _ in range(config.epochs):
            net.train()
            for b in rng.permutation(len(batches)):
                loss = loss_of(batches[b])
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                schedule.step()
                progress.set_postfix(loss=f"{loss.item():.3f}", refresh=False)
                progress.update()
