"""The DiaSafety cross-encoder experiment: deterministic data preparation, int8 storage, one traced pass."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from agent.emotion_model import shared_minilm
from agent.safety_cross import (
    CrossEncoderModel,
    SafetyNet,
    frozen_states,
    pack,
    tokenize_pairs,
    unpack,
    unsafe_probability,
)
from agent.safety_train import choose, encode_pairs, grouped_split
from tests.probes.builders import DIASAFETY_PAIRS as PAIRS


def _random_net(top: int = 2) -> SafetyNet:
    torch.manual_seed(3)
    net = SafetyNet(shared_minilm().model, top=top).eval()
    with torch.no_grad():
        for layer in net.layers:
            for parameter in layer.parameters():
                parameter.add_(0.01 * torch.randn_like(parameter))
        torch.nn.init.normal_(net.head.weight, std=0.05)
    return net


def test_reply_tokens_are_marked_after_the_first_separator() -> None:
    batch = tokenize_pairs(shared_minilm().tokenizer, ["hello there"], ["hi you"])
    sep = int(shared_minilm().tokenizer.sep_token_id)
    ids = batch.ids[0].tolist()
    first = ids.index(sep)
    assert batch.reply[0, : first + 1].sum() == 0
    assert batch.reply[0, first + 1 :].sum() == len(ids) - first - 1


def test_the_frozen_pass_is_deterministic_and_ignores_order() -> None:
    first = encode_pairs(PAIRS, split=4, cache_dir=None)
    again = encode_pairs(PAIRS, split=4, cache_dir=None)
    alone = encode_pairs(PAIRS[2:3], split=4, cache_dir=None)
    assert all(torch.equal(a, b) for a, b in zip(first.tokens, again.tokens, strict=True))
    assert torch.equal(first.pooled, again.pooled) and first.reply == again.reply
    # Batching with other pairs (padding) does not change a pair's states beyond float16 rounding.
    torch.testing.assert_close(first.tokens[2].float(), alone.tokens[0].float(), atol=2e-2, rtol=1e-2)
    assert all(0 < r < len(t) for r, t in zip(first.reply, first.tokens, strict=True))


def test_the_cache_returns_what_was_computed(tmp_path: Path) -> None:
    cache = tmp_path
    computed = encode_pairs(PAIRS, split=5, cache_dir=cache)
    assert len(list(cache.glob("safety-pairs-*.pt"))) == 1
    cached = encode_pairs(PAIRS, split=5, cache_dir=cache)
    assert all(torch.equal(a, b) for a, b in zip(computed.tokens, cached.tokens, strict=True))


def test_the_held_out_slice_is_grouped_by_message_and_seeded() -> None:
    pairs = PAIRS * 5 + [
        p.model_copy(update={"context": f"{p.context} ({i})"}) for i, p in enumerate(PAIRS * 5)
    ]
    fit_rows, held_rows = grouped_split(pairs, share=0.3, seed=13)
    again = grouped_split(pairs, share=0.3, seed=13)
    assert np.array_equal(fit_rows, again[0]) and np.array_equal(held_rows, again[1])
    assert len(held_rows) > 0 and len(fit_rows) + len(held_rows) == len(pairs)
    assert not {pairs[i].context for i in fit_rows} & {pairs[i].context for i in held_rows}


def test_int8_deltas_round_trip_close_to_the_trained_layers() -> None:
    net = _random_net()
    restored = unpack(dict(pack(net, shared_minilm().model)), shared_minilm().model)
    batch = tokenize_pairs(shared_minilm().tokenizer, [p.context for p in PAIRS], [p.response for p in PAIRS])
    tokens, pooled = frozen_states(shared_minilm().model, batch, net.split)
    with torch.inference_mode():
        ours = unsafe_probability(net(tokens, batch.mask, batch.reply, pooled))[0]
        theirs = unsafe_probability(restored(tokens, batch.mask, batch.reply, pooled))[0]
    torch.testing.assert_close(ours, theirs, atol=5e-3, rtol=0)


def test_the_traced_single_pass_matches_the_training_path() -> None:
    net = _random_net()
    model = CrossEncoderModel(shared_minilm(), net, threshold=0.5)
    contexts, responses = [p.context for p in PAIRS], [p.response for p in PAIRS]
    batch = tokenize_pairs(shared_minilm().tokenizer, contexts, responses)
    tokens, pooled = frozen_states(shared_minilm().model, batch, net.split)
    with torch.inference_mode():
        expected = unsafe_probability(net(tokens, batch.mask, batch.reply, pooled))[0]
    scored = model.score_many(contexts, responses)
    np.testing.assert_allclose([s.unsafe for s in scored], expected.numpy(), atol=1e-5)
    assert model.score(contexts[1], responses[1]).unsafe == pytest.approx(scored[1].unsafe, abs=1e-5)


def test_the_held_out_choice_prefers_the_mixture_that_separates_better() -> None:
    gold = np.array([True, True, False, False, True, False])
    category = np.array([0, 1, 2, 3, 4, 0])
    informative = np.array([0.9, 0.8, 0.2, 0.1, 0.7, 0.3], dtype=np.float32)
    noise = np.array([0.1, 0.9, 0.9, 0.2, 0.1, 0.8], dtype=np.float32)
    assert choose(informative, noise, gold, category, [0.0, 1.0]).weight == 1.0
    assert choose(noise, informative, gold, category, [0.0, 1.0]).weight == 0.0
    chosen = choose(informative, noise, gold, category, [1.0]).held_out
    assert chosen.unsafe_f1 == 1.0 and 0.3 <= chosen.threshold < 0.7
