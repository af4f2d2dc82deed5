"""One settings object for the whole app, read from WARMLINE_* environment variables.

Unknown WARMLINE_* variables are rejected so a typo (WARMLINE_LLM_MODLE) fails loudly instead of silently
running the offline engine.
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Any, Self

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PREFIX = "WARMLINE_"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
# Public data sets live beside the project, never inside it (see ../shared/README.md).
SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"


class Engine(StrEnum):
    OFFLINE = "offline"
    LLM = "llm"


class StructuredMethod(StrEnum):
    JSON_SCHEMA = "json_schema"
    FUNCTION_CALLING = "function_calling"
    JSON_MODE = "json_mode"


class InferenceEngine(StrEnum):
    ONNX = "onnx"  # ONNX Runtime (agent.minilm_onnx): a quarter less CPU per MiniLM pass
    TORCH = "torch"  # the traced torch graph (agent.minilm_inference): the fallback, same numbers


def _user_cache() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "warmline"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=PREFIX, extra="forbid", frozen=True)

    data_dir: Path = Field(default=PROJECT_ROOT / ".warmline", description="store, logs and caches")
    locale: str = "en-US"

    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: SecretStr | None = None
    llm_temperature: float = Field(default=0.7, ge=0.0, le=2.0)
    llm_structured_method: StructuredMethod = StructuredMethod.FUNCTION_CALLING
    llm_timeout_s: float = Field(default=8.0, gt=0)
    llm_max_retries: int = Field(default=2, ge=0, le=5)

    reply_deadline_s: float = Field(default=20.0, gt=0)
    max_input_chars: int = Field(default=4000, ge=100)
    rate_limit_per_minute: int = Field(default=30, ge=1)
    # Intra-op threads per model call. On 2 cores 1 is faster even for a single user (measured: whole turn p50
    # 57 ms with 1, 65 ms with 2), and much faster under load; a bigger machine may want more.
    torch_threads: int = Field(default=1, ge=1, le=64)
    inference_engine: InferenceEngine = InferenceEngine.ONNX
    # Threads an ONNX model pass may use when no other pass of the process is running (agent.minilm_onnx):
    # a lone turn gets the idle second core; concurrent turns run one thread each.
    idle_threads: int = Field(default=2, ge=1, le=64)
    cache_dir: Path = Field(
        default_factory=_user_cache, description="exported model graphs, shared by data dirs"
    )
    retrieval_k: int = Field(default=4, ge=1, le=10)
    critic_max_revisions: int = Field(default=2, ge=0, le=2)
    researcher_view: bool = True
    embed_demonstrations_on_start: bool = True

    # Scale-out (docs/deploy.md): unset means the single-machine default (SQLite and a local Chroma folder).
    chainlit_database_url: str | None = Field(
        default=None, description="postgresql+asyncpg://... for Chainlit's chat history on PostgreSQL"
    )
    chroma_url: str | None = Field(default=None, description="http://host:port of a Chroma server")

    # Pilot-study mode (docs/study.md): off unless WARMLINE_STUDY points at a study.yaml.
    study: Path | None = Field(default=None, description="study.yaml this server runs")
    study_secret: SecretStr | None = Field(default=None, description="signs participant links")
    study_public_url: str = Field(default="http://localhost:8000", description="base of participant links")
    study_researchers: Path | None = Field(default=None, description="researcher logins (name:pbkdf2 hash)")

    @model_validator(mode="before")
    @classmethod
    def _reject_unknown_env(cls, values: Any) -> Any:
        known = {PREFIX + name.upper() for name in cls.model_fields}
        unknown = sorted(k for k in os.environ if k.upper().startswith(PREFIX) and k.upper() not in known)
        if unknown:
            raise ValueError(f"unknown Warmline settings: {', '.join(unknown)}")
        return values

    @model_validator(mode="after")
    def _llm_needs_a_model(self) -> Self:
        if self.llm_base_url and not self.llm_model:
            raise ValueError("WARMLINE_LLM_BASE_URL is set but WARMLINE_LLM_MODEL is not")
        return self

    @property
    def engine(self) -> Engine:
        return Engine.LLM if self.llm_model else Engine.OFFLINE

    @property
    def store_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "research.sqlite3"

    @property
    def chat_db_path(self) -> Path:
        return self.data_dir / "chainlit.sqlite3"
