"""The same MiniLM graphs run by ONNX Runtime: about a quarter less CPU per message than the traced torch graph.

ONNX Runtime fuses what torch runs as separate kernels (attention, LayerNorm with its residual add, bias with
GELU). Measured on the emotion graph over five chat messages, one thread each: 9.9 ms of CPU per message against
12.7 ms for the traced torch graph (`python -m bench perception` compares the engines). Outputs stay within
1e-5 of the torch graph (tests/test_minilm_inference.py), so the artefacts fitted on torch's numbers apply.

The graph is exported once per set of weights (about two seconds) into the cache directory (WARMLINE_CACHE_DIR,
default ~/.cache/warmline), keyed by a hash of the weights, and reused by every later process and data directory. onnxruntime comes with chromadb;
the exporter needs the `onnx` package. If either is missing, or export or loading fails, the traced torch graph
runs instead (agent.minilm_inference), with the same numbers.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import torch

log = logging.getLogger(__name__)
_OPSET = 17


def weights_key(graph: torch.nn.Module) -> str:
    """A digest of the graph's class, parameters and buffers: a changed artefact gets a new export."""
    digest = hashlib.sha256(type(graph).__name__.encode())
    for name, tensor in sorted(graph.state_dict().items()):
        digest.update(name.encode())
        digest.update(tensor.detach().contiguous().numpy().tobytes())
    return digest.hexdigest()[:24]


class _InFlight:
    """How many model passes this process is running; tells a starting pass whether it is alone."""

    def __init__(self) -> None:
        self._count = 0
        self._lock = threading.Lock()

    @contextmanager
    def alone(self) -> Iterator[bool]:
        with self._lock:
            self._count += 1
            alone = self._count == 1
        try:
            yield alone
        finally:
            with self._lock:
                self._count -= 1


_passes = _InFlight()


class _Elastic:
    """One graph loaded as two sessions: one thread, and `idle_threads` threads that wait without spinning.
    A pass takes the wide one only when no other pass in this process is running, so a lone conversation gets
    the idle second core (a 60-token draft: 19.9 -> 13.6 ms, for 12% more CPU) while concurrent turns, which
    already fill both cores, run one thread each and pay nothing for synchronisation."""

    def __init__(self, narrow: Any, wide: Any | None) -> None:
        self._narrow, self._wide = narrow, wide

    def run(self, feed: dict[str, np.ndarray], alone: bool) -> list[np.ndarray]:
        session = self._wide if alone and self._wide is not None else self._narrow
        outputs: list[np.ndarray] = session.run(None, feed)
        return outputs


class OnnxRunner:
    """ids, mask -> the graph's outputs as torch tensors (what the torch runner returns)."""

    def __init__(self, graph: _Elastic) -> None:
        self._graph = graph

    def __call__(self, ids: torch.Tensor, mask: torch.Tensor) -> Any:
        with _passes.alone() as alone:
            outputs = [torch.from_numpy(o) for o in self._graph.run(_feed(ids, mask), alone)]
        return outputs[0] if len(outputs) == 1 else tuple(outputs)


class SplitRunner:
    """The emotion graph in three sessions: the trunk up to the split, then its two independent branches (the
    packaged layers -> sentence vector, the fine-tuned ones -> emotion features) side by side on two threads,
    since ONNX Runtime releases the GIL. A message costs about the same CPU; on an idle second core its wall
    time drops by about a quarter. (ONNX Runtime's own parallel executor cost twice the CPU here.)"""

    _pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="minilm-branch")

    def __init__(self, trunk: _Elastic, frozen_top: Any, tuned_top: Any) -> None:
        self._trunk, self._frozen_top, self._tuned_top = trunk, frozen_top, tuned_top

    def __call__(self, ids: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        feed = _feed(ids, mask)
        with _passes.alone() as alone:
            state, frozen = self._trunk.run(feed, alone)
            tuned = self._pool.submit(
                self._tuned_top.run, None, {"state": state, "mask": feed["mask"], "frozen": frozen}
            )
            sentence = self._frozen_top.run(None, {"state": state, "mask": feed["mask"]})[0]
            return torch.from_numpy(sentence), torch.from_numpy(tuned.result()[0])


def _feed(ids: torch.Tensor, mask: torch.Tensor) -> dict[str, np.ndarray]:
    return {"ids": ids.numpy().astype(np.int64), "mask": mask.numpy().astype(np.int64)}


def onnx_runner(
    parts: tuple[torch.nn.Module, ...], tokenizer: Any, cache: Path, idle_threads: int = 1
) -> OnnxRunner | SplitRunner | None:
    """One graph (ids, mask -> outputs) or the emotion graph's three parts under ONNX Runtime, exported into
    `cache` on first use; None when that is not possible here. With idle_threads > 1 the graph (or the trunk)
    also gets a session with that many threads, for passes that run alone (_Elastic)."""
    try:
        import onnxruntime
    except ImportError:
        return None
    try:
        paths = _exported_parts(parts, tokenizer, cache)
        sessions = [_session(onnxruntime, path, 1) for path in paths]
        wide = _session(onnxruntime, paths[0], idle_threads) if idle_threads > 1 and len(paths) == 1 else None
    except Exception as error:  # any export or load failure leaves the torch graph, which computes the same
        log.warning("MiniLM graph not run by ONNX Runtime (%s: %s); using torch", type(error).__name__, error)
        return None
    if len(sessions) == 1:
        return OnnxRunner(_Elastic(sessions[0], wide))
    # The split graph already uses both cores for its branches; a two-thread trunk only added CPU there
    # (measured: perception p50 11.4 ms either way, 2.7 ms more CPU).
    return SplitRunner(_Elastic(sessions[0], None), *sessions[1:])


def _session(onnxruntime: Any, path: Path, threads: int) -> Any:
    return onnxruntime.InferenceSession(str(path), _options(onnxruntime, threads), ["CPUExecutionProvider"])


def _options(onnxruntime: Any, threads: int) -> Any:
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    # Spinning workers would burn the core another turn needs (the OpenBLAS lesson in agent/build.py).
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3
    return options


def _exported_parts(parts: tuple[torch.nn.Module, ...], tokenizer: Any, cache: Path) -> list[Path]:
    """Each part's ONNX file; a part's example inputs are the example outputs of the trunk before it."""
    batch = tokenizer(["a short one", "and a longer example text"], padding=True, return_tensors="pt")
    ids, mask = batch["input_ids"], batch["attention_mask"]
    if len(parts) == 1:
        return [_exported(parts[0].eval(), {"ids": ids, "mask": mask}, cache)]
    trunk, frozen_top, tuned_top = (part.eval() for part in parts)
    with torch.no_grad():
        state, frozen = trunk(ids, mask)
    return [
        _exported(trunk, {"ids": ids, "mask": mask}, cache, outputs=("state", "frozen")),
        _exported(frozen_top, {"state": state, "mask": mask}, cache),
        _exported(tuned_top, {"state": state, "mask": mask, "frozen": frozen}, cache),
    ]


def _exported(
    part: torch.nn.Module, example: dict[str, torch.Tensor], cache: Path, outputs: tuple[str, ...] = ()
) -> Path:
    path = cache / "onnx" / f"{type(part).__name__.lower()}-{weights_key(part)}.onnx"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written aside and renamed: two workers starting together never read a half-written file.
    handle, partial = tempfile.mkstemp(dir=path.parent, suffix=".partial")
    os.close(handle)
    try:
        _export(part, example, partial, outputs)
        os.replace(partial, path)
    finally:
        Path(partial).unlink(missing_ok=True)
    return path


def _export(
    part: torch.nn.Module, example: dict[str, torch.Tensor], path: str, outputs: tuple[str, ...]
) -> None:
    axes = {name: ({0: "batch", 1: "tokens"} if value.dim() > 2 or name in ("ids", "mask") else {0: "batch"})
            for name, value in example.items()}  # fmt: skip
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            part, tuple(example.values()), path, input_names=list(example), output_names=list(outputs) or None,
            dynamic_axes=axes, opset_version=_OPSET, dynamo=False,
        )  # fmt: skip
