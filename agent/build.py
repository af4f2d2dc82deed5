"""Assembles the pipeline from the settings: offline stages by default, LLM drafting when configured."""

from __future__ import annotations

import torch
from langchain_core.language_models import BaseChatModel
from threadpoolctl import threadpool_limits

from agent import crisis_semantic
from agent.critic import load_critic
from agent.embeddings import shared_embedder
from agent.guard import Guard
from agent.llm import make_chat_model
from agent.llm_critic import LLMCritic
from agent.llm_drafter import LLMDrafter
from agent.offline_drafter import load_drafter
from agent.perception import load_perceiver
from agent.pipeline import Pipeline, Stages
from agent.schema import Conversation, UserTurn
from agent.settings import Engine, Settings
from agent.stages import Critic, Drafter, TurnContext
from agent.summary import LLMSummariser
from memory.log import ResearchLog
from memory.retrieval import StoreRetriever
from memory.store import DemonstrationStore
from strategies.selector import load_selector


def build_pipeline(settings: Settings | None = None, chat_model: BaseChatModel | None = None) -> Pipeline:
    settings = settings or Settings()
    # One intra-op thread per model call by default: measured on 2 cores, two threads per call doubled
    # perception's p95 under load, while concurrent turns already use both cores (WARMLINE_TORCH_THREADS).
    torch.set_num_threads(settings.torch_threads)
    # The same for numpy/scipy's OpenBLAS: its idle workers spin after every small product, which doubled the
    # CPU time of a turn (measured: 110 -> 63 ms per turn) without making it faster.
    threadpool_limits(1, user_api="blas")
    embedder = shared_embedder()
    store = DemonstrationStore.at(settings.store_dir, embedder, settings.chroma_url)
    store.ensure_embedded_set()
    offline = load_drafter()
    model = chat_model or (make_chat_model(settings) if settings.engine is Engine.LLM else None)
    stages = Stages(
        guard=Guard(max_chars=settings.max_input_chars, per_minute=settings.rate_limit_per_minute),
        perceiver=load_perceiver(),
        retriever=StoreRetriever(store, embedder),
        selector=load_selector(),
        drafter=_drafter(settings, model, offline),
        critic=_critic(settings, model),
        fallback_drafter=offline,
        summariser=LLMSummariser(model, _name(settings, model), settings.llm_max_retries) if model else None,
    )
    return Pipeline(
        stages=stages,
        log=ResearchLog(settings.log_path),
        k=settings.retrieval_k,
        max_revisions=settings.critic_max_revisions,
        deadline_s=settings.reply_deadline_s,
        embedder=embedder,
    )


def _name(settings: Settings, model: BaseChatModel) -> str:
    return settings.llm_model or str(getattr(model, "model_name", "llm"))


def _drafter(settings: Settings, model: BaseChatModel | None, offline: Drafter) -> Drafter:
    if model is None:
        return offline
    return LLMDrafter(model, _name(settings, model), settings.llm_max_retries)


def _critic(settings: Settings, model: BaseChatModel | None) -> Critic:
    """With an LLM, the rubric critic runs after the offline rules; without one, rules and classifier only."""
    if model is None:
        return load_critic()
    method = settings.llm_structured_method.value
    # Structured verdicts are read whole; some OpenAI-compatible servers stream no tool calls.
    whole = model.model_copy(update={"streaming": False}) if hasattr(model, "streaming") else model
    return LLMCritic(whole, _name(settings, model), offline=load_critic(), method=method)


def warm_up(pipeline: Pipeline) -> None:
    """Runs the model-backed stages once on a throwaway turn (nothing is logged), paying first-call costs."""
    turn = UserTurn(text="I had a long and difficult week at work.", raw_chars=40)
    conversation = Conversation()
    perception = pipeline.stages.perceiver.perceive(turn, conversation)
    context = TurnContext(conversation=conversation, turn=turn, perception=perception)
    neighbours = pipeline.stages.retriever.retrieve(context, pipeline.k)
    decision = pipeline.stages.selector.select(context, neighbours)
    # The crisis screen's semantic layer, so the first turn neither loads it, its multilingual encoder (about a
    # second) nor its tuned reader's graph.
    detector = crisis_semantic.load_detector()
    if detector is not None:
        detector.encode([turn.text])
        detector.multilingual_vectors([turn.text])
    # The first strategy-conditioned query reads the per-strategy id lists (memory/strategy_ids.py).
    pipeline.stages.retriever.retrieve(context, pipeline.k, decision.choice)
