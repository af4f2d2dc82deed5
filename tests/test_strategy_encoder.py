"""The encoder-head experiment: the extra dense group reaches the model, and the fine-tuned head learns."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from strategies.ablation import KEPT_MARK, kept_section
from strategies.encoder_head import POOLED, Encoded, HeadConfig, _batch, fit_head, head_logits, with_extra
from strategies.features import GROUP_SIZES
from strategies.training import EXTRA_GROUP, ModelConfig, build_dataset, fit_model, predict
from tests.test_strategy_selector import _synthetic_dialogues, toy_embed


def _config(extra: float) -> ModelConfig:
    return ModelConfig(
        hash_features=2**10,
        text_fields=(),
        group_scales={"history": 0.05, EXTRA_GROUP: extra},
    )


def test_extra_columns_are_read_only_when_their_group_has_weight() -> None:
    data = build_dataset(_synthetic_dialogues(20), toy_embed)
    width = sum(GROUP_SIZES.values())
    # An extra column that is the label itself: with weight it must be read and help; without, ignored.
    extended = with_extra(data, data.y[:, None].astype(np.float32))
    without, with_ = fit_model(extended, _config(0.0)), fit_model(extended, _config(0.5))
    assert width not in set(without.dense.columns.tolist())
    assert width in set(with_.dense.columns.tolist())
    accuracy = [(predict(m, extended, _config(0.0)).argmax(1) == data.y).mean() for m in (without, with_)]
    assert accuracy[1] > accuracy[0]


def _toy_encoded(n: int) -> tuple[Encoded, np.ndarray]:
    rng = np.random.default_rng(0)
    y = np.arange(n) % 2
    tokens = [torch.from_numpy(rng.normal(size=(3 + i % 4, 384))).half() for i in range(n)]
    emotion = rng.normal(size=(n, 6 * 384)).astype(np.float32)
    emotion[:, :POOLED] += (2.0 * y[:, None] - 1.0) * 0.5  # the class shows in the pooled lower layers
    return Encoded(tuple(f"t{i}" for i in range(n)), tokens, emotion), y.astype(np.int64)


def test_empty_text_is_row_minus_one_and_a_zero_batch_entry() -> None:
    encoded, _ = _toy_encoded(4)
    rows = encoded.rows(["t2", "", "t0"])
    assert rows.tolist() == [2, -1, 0]
    states, mask, pooled = _batch(encoded, rows)
    assert mask.sum(1).tolist() == [5.0, 1.0, 3.0]
    assert float(pooled[1].abs().sum()) == 0.0 and float(states[1].abs().sum()) == 0.0


def test_fine_tuned_head_learns_a_separable_toy_task() -> None:
    torch.set_num_threads(1)
    encoded, y = _toy_encoded(64)
    rows = np.arange(64, dtype=np.int64)
    net = fit_head(encoded, rows, y, HeadConfig(epochs=2, batch_size=16, warmup_steps=2))
    logits = head_logits(net, encoded, rows)
    assert logits.shape == (64, 8)
    assert (logits.argmax(1) == y).mean() > 0.9


def test_rows_below_the_kept_mark_survive_an_ablation_rewrite(tmp_path: Path) -> None:
    path = tmp_path / "ABLATION.md"
    assert kept_section(path) == ""
    path.write_text(f"# old table\n| a | b |\n\n{KEPT_MARK}\n## encoder head\n| row |\n", encoding="utf-8")
    kept = kept_section(path)
    assert kept.startswith(f"\n{KEPT_MARK}") and kept.endswith("| row |\n")
    assert "old table" not in kept
    path.write_text("# no mark\n", encoding="utf-8")
    assert kept_section(path) == ""
