"""`warmline eval response --data FILE`: how close the offline drafter's replies come to ESConv's supporters.

For every labelled supporter turn the drafter sees only what it would see live: the dialogue before the turn,
the perception of the seeker's latest message, and demonstrations retrieved from the embedded, self-written set
(never from the evaluated file). It drafts once with the gold strategy and once with the selector's choice, and
the replies are scored against the reference with BLEU-2, ROUGE-L and Distinct-1/2 (agent/response_metrics.py).
The JSON object on the last line holds the gold condition's scores at the top level and both conditions under
`gold` and `selected`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from agent.commands import CommandGroups
    from agent.schema import Demonstration, Perception, StrategyDecision
    from agent.stages import TurnContext
    from strategies.catalogue import Strategy
    from strategies.esconv import Sample

K_DEMONSTRATIONS = 4
_QUERY_WEIGHTS = (
    1.0,
    0.35,
    0.15,
)  # the current message and the user's two previous ones, as the live retriever
_PROBLEM_BOOST = 0.06


def register(groups: CommandGroups) -> None:
    response = groups.eval.add_parser(
        "response", help="BLEU-2 / ROUGE-L / Distinct of offline replies on ESConv"
    )
    response.add_argument("--data", type=Path, required=True, help="ESConv JSONL (one dialogue per line)")
    response.add_argument("--limit", type=int, default=0, help="score only the first N supporter turns")
    response.add_argument(
        "--dump", type=Path, help="write every context/reply/reference as JSONL (for review)"
    )
    response.set_defaults(handler=_eval_response)


# --- retrieval from the embedded set, in memory -------------------------------------------------------------


class MemoryIndex:
    """Nearest neighbours over the embedded demonstrations' seeker text (what the live store indexes)."""

    def __init__(
        self, demonstrations: Sequence[Demonstration], embed: Callable[[Sequence[str]], Any]
    ) -> None:
        self._demos = list(demonstrations)
        self._embed = embed
        self._matrix: npt.NDArray[np.float32] = embed([d.seeker for d in self._demos])

    def retrieve(
        self, context: TurnContext, strategy: Strategy, k: int = K_DEMONSTRATIONS
    ) -> list[Demonstration]:
        import numpy as np

        texts = [t for t in [context.turn.text, *context.conversation.user_texts()[-2:][::-1]] if t]
        if not texts:
            return []
        weights = np.array(_QUERY_WEIGHTS[: len(texts)], dtype=np.float32)[:, None]
        query = (self._embed(texts) * weights).sum(axis=0)
        scores = self._matrix @ (query / (np.linalg.norm(query) or 1.0))
        problem = context.perception.problem
        ranked = sorted(
            (float(s) + (_PROBLEM_BOOST if d.problem == problem else 0.0), i)
            for i, (s, d) in enumerate(zip(scores, self._demos, strict=True))
            if d.strategy is strategy
        )
        return [self._demos[i].model_copy(update={"score": round(s, 4)}) for s, i in ranked[::-1][:k]]


# --- replaying ESConv turns as live turns --------------------------------------------------------------------


@dataclass(frozen=True)
class Replayed:
    sample: Sample
    context: TurnContext


def _replay(samples: Sequence[Sample], perceive: Callable[[TurnContext], Perception]) -> list[Replayed]:
    from agent.stages import TurnContext
    from strategies.replay import replay_context

    out = []
    for sample in samples:
        base = replay_context(sample.messages())
        # A per-dialogue id: the drafter seeds its choices by conversation id, as it would per live chat.
        conversation = base.conversation.model_copy(update={"id": sample.dialogue.id})
        context = TurnContext(conversation=conversation, turn=base.turn, perception=base.perception)
        if context.turn.text:
            context = context.model_copy(update={"perception": perceive(context)})
        out.append(Replayed(sample=sample, context=context))
    return out


def _perceiver() -> tuple[Callable[[TurnContext], Perception], str]:
    try:
        from agent.perception import load_perceiver

        perceiver = load_perceiver()
    except (ImportError, FileNotFoundError, OSError) as error:
        print(f"perception unavailable ({error}); using a neutral reading", file=sys.stderr)
        return (lambda context: context.perception), "placeholder"
    return (lambda context: perceiver.perceive(context.turn, context.conversation)), perceiver.name


def _selector() -> tuple[Callable[[TurnContext], StrategyDecision] | None, str]:
    try:
        from strategies.selector import load_selector

        selector = load_selector()
    except (ImportError, FileNotFoundError, OSError, ValueError) as error:
        return None, f"unavailable: {type(error).__name__}: {error}"
    return (lambda context: selector.select(context, [])), selector.name


def _gold_decision(strategy: Strategy) -> StrategyDecision:
    from agent.schema import StrategyDecision

    return StrategyDecision(raw={}, debiased={}, choice=strategy, reasons=("gold strategy",), model="gold")


# --- the command ------------------------------------------------------------------------------------------------


def _draft_all(
    replayed: Sequence[Replayed],
    index: MemoryIndex,
    decide: Callable[[Replayed], StrategyDecision],
) -> list[tuple[str, Strategy]]:
    from agent.offline_drafter import OfflineDrafter
    from agent.stages import DraftRequest

    drafter = OfflineDrafter()
    out = []
    for item in replayed:
        decision = decide(item)
        demos = tuple(index.retrieve(item.context, decision.choice))
        request = DraftRequest(context=item.context, decision=decision, demonstrations=demos)
        out.append((drafter.compose(request), decision.choice))
    return out


def _bigger_embedding_cache() -> None:
    # An ESConv split has more distinct utterances than the default LRU holds; re-encoding would dominate.
    import agent.embeddings as embeddings

    if embeddings._shared is None:
        embeddings._shared = embeddings.Embedder(cache_size=32768)


def _eval_response(args: argparse.Namespace) -> int:
    from agent.embeddings import shared_embedder
    from agent.response_metrics import score
    from memory.store import load_embedded_set
    from strategies.esconv import load_samples

    if not args.data.exists():
        print(f"no such file: {args.data}")
        return 2
    _bigger_embedding_cache()
    embedder = shared_embedder()
    samples = load_samples(args.data)[: args.limit or None]
    users = sorted({u.text for s in samples for u in s.history if u.speaker.value == "user"})
    embedder.embed_many(users, progress=False)
    perceive, perceiver_name = _perceiver()
    replayed = _replay(samples, perceive)
    index = MemoryIndex(load_embedded_set(), embedder.embed_many)
    references = [r.sample.dialogue.utterances[r.sample.position].text for r in replayed]

    gold = _draft_all(replayed, index, lambda r: _gold_decision(r.sample.label))
    result: dict[str, Any] = {"gold": score([t for t, _ in gold], references).model_dump()}
    select, selector_name = _selector()
    selected: list[tuple[str, Strategy]] = []
    if select is not None:
        selected = _draft_all(replayed, index, lambda r: select(r.context))
        result["selected"] = score([t for t, _ in selected], references).model_dump()
    else:
        result["selected"] = {"available": False, "reason": selector_name}
    if args.dump:
        _dump(args.dump, replayed, gold, selected, references)
    _table(result)
    meta = {
        "drafter": "offline",
        "perceiver": perceiver_name,
        "selector": selector_name,
        "data": str(args.data),
    }
    print(json.dumps({**result["gold"], **result, **meta}))
    return 0


def _table(result: dict[str, Any]) -> None:
    print(f"{'condition':<10} {'n':>6} {'BLEU-2':>7} {'ROUGE-L':>8} {'D-1':>6} {'D-2':>6} {'len':>6}")
    for name, s in result.items():
        if "bleu2" in s:
            print(
                f"{name:<10} {s['n']:>6} {s['bleu2']:>7.2f} {s['rouge_l']:>8.2f} {s['distinct1']:>6.2f} "
                f"{s['distinct2']:>6.2f} {s['mean_length']:>6.1f}"
            )
    print("anchors (ESConv, %): ChatGPT 2-shot BLEU-2 6.30 / ROUGE-L 14.94; MISC 7.31 / 17.91")


def _dump(
    path: Path,
    replayed: Sequence[Replayed],
    gold: Sequence[tuple[str, Strategy]],
    selected: Sequence[tuple[str, Strategy]],
    references: Sequence[str],
) -> None:
    """Dataset text goes only where the user points it (keep it out of the repository)."""
    with path.open("w", encoding="utf-8") as handle:
        for i, item in enumerate(replayed):
            row = {
                "dialogue": item.sample.dialogue.id,
                "position": item.sample.position,
                "seeker": item.context.turn.text,
                "problem": item.context.perception.problem,
                "gold_strategy": gold[i][1].value,
                "gold_reply": gold[i][0],
                "selected_strategy": selected[i][1].value if selected else None,
                "selected_reply": selected[i][0] if selected else None,
                "reference": references[i],
            }
            handle.write(json.dumps(row) + "\n")
