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
import warnings
from concurrent.futures import ThreadPoolExecutor
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


class OnnxRunner:
    """ids, mask -> the graph's outputs as torch tensors (what the torch runner returns), on one thread."""

    def __init__(self, session: Any) -> None:
        self._session = session

    def __call__(self, ids: torch.Tensor, mask: torch.Tensor) -> Any:
        outputs = [torch.from_numpy(o) for o in self._session.run(None, _feed(ids, mask))]
        return outputs[0] if len(outputs) == 1 else tuple(outputs)


class SplitRunner:
    """The emotion graph in three sessions: the trunk up to the split, then its two independent branches (the
    packaged layers -> sentence vector, the fine-tuned ones -> emotion logits) side by side on two threads,
    since ONNX Runtime releases the GIL. A message costs the same CPU; on an idle second core its wall time
    drops by about a quarter. (ONNX Runtime's own parallel executor costs twice the CPU here.)"""

    _pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="minilm-branch")

    def __init__(self, trunk: Any, frozen_top: Any, tuned_top: Any) -> None:
        self._trunk, self._frozen_top, self._tuned_top = trunk, frozen_top, tuned_top

    def __call__(self, ids: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        feed = _feed(ids, mask)
        state, frozen = self._trunk.run(None, feed)
        tuned = self._pool.submit(
            self._tuned_top.run, None, {"state": state, "mask": feed["mask"], "frozen": frozen}
        )
        sentence = self._frozen_top.run(None, {"state": state, "mask": feed["mask"]})[0]
        return torch.from_numpy(sentence), torch.from_numpy(tuned.result()[0])


def _feed(ids: torch.Tensor, mask: torch.Tensor) -> dict[str, np.ndarray]:
    return {"ids": ids.numpy().astype(np.int64), "mask": mask.numpy().astype(np.int64)}


def onnx_runner(
    parts: tuple[torch.nn.Module, ...], tokenizer: Any, cache: Path
) -> OnnxRunner | SplitRunner | None:
    """One graph (ids, mask -> outputs) or the emotion graph's three parts under ONNX Runtime, exported into
    `cache` on first use; None when that is not possible here."""
    try:
        import onnxruntime
    except ImportError:
        return None
    try:
        sessions = [
            onnxruntime.InferenceSession(str(path), _options(onnxruntime), ["CPUExecutionProvider"])
            for path in _exported_parts(parts, tokenizer, cache)
        ]
    except Exception as error:  # any export or load failure leaves the torch graph, which computes the same
        log.warning("MiniLM graph not run by ONNX Runtime (%s: %s); using torch", type(error).__name__, error)
        return None
    return OnnxRunner(sessions[0]) if len(sessions) == 1 else SplitRunner(*sessions)


def _options(onnxruntime: Any) -> Any:
    # One thread per session, like torch here (agent.build): more spin while waiting, and cost more than they
    # save on two cores shared by concurrent turns.
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
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
