"""Assembles the pipeline from the settings: offline stages by default, LLM drafting when configured."""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel

from agent.critic import load_critic
from agent.embeddings import shared_embedder
from agent.guard import Guard
from agent.llm import make_chat_model
from agent.llm_drafter import LLMDrafter
from agent.offline_drafter import load_drafter
from agent.perception import load_perceiver
from agent.pipeline import Pipeline, Stages
from agent.settings import Engine, Settings
from agent.stages import Drafter
from memory.log import ResearchLog
from memory.retrieval import StoreRetriever
from memory.store import DemonstrationStore
from strategies.selector import load_selector


def build_pipeline(settings: Settings | None = None, chat_model: BaseChatModel | None = None) -> Pipeline:
    settings = settings or Settings()
    embedder = shared_embedder()
    store = DemonstrationStore.at(settings.store_dir, embedder)
    store.ensure_embedded_set()
    offline = load_drafter()
    stages = Stages(
        guard=Guard(max_chars=settings.max_input_chars, per_minute=settings.rate_limit_per_minute),
        perceiver=load_perceiver(),
        retriever=StoreRetriever(store, embedder),
        selector=load_selector(),
        drafter=_drafter(settings, chat_model, offline),
        critic=load_critic(),
        fallback_drafter=offline,
    )
    return Pipeline(
        stages=stages,
        log=ResearchLog(settings.log_path),
        k=settings.retrieval_k,
        max_revisions=settings.critic_max_revisions,
        deadline_s=settings.reply_deadline_s,
    )


def _drafter(settings: Settings, chat_model: BaseChatModel | None, offline: Drafter) -> Drafter:
    if chat_model is not None:
        return LLMDrafter(chat_model, getattr(chat_model, "model_name", "llm"))
    if settings.engine is Engine.LLM:
        return LLMDrafter(make_chat_model(settings), settings.llm_model or "llm", settings.llm_max_retries)
    return offline
