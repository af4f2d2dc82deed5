import pytest
from pydantic import ValidationError

from agent.settings import Engine, Settings


def test_defaults_are_the_offline_engine() -> None:
    assert Settings().engine is Engine.OFFLINE


def test_llm_engine_is_selected_by_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARMLINE_LLM_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("WARMLINE_LLM_MODEL", "some-model")
    settings = Settings()
    assert settings.engine is Engine.LLM
    assert settings.llm_model == "some-model"


def test_unknown_warmline_variable_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARMLINE_LLM_MODLE", "typo")
    with pytest.raises(ValidationError, match="WARMLINE_LLM_MODLE"):
        Settings()


def test_unknown_keyword_is_rejected() -> None:
    with pytest.raises(ValidationError):
        Settings(colour="blue")  # type: ignore[call-arg]


def test_base_url_without_model_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARMLINE_LLM_BASE_URL", "http://127.0.0.1:9/v1")
    with pytest.raises(ValidationError, match="WARMLINE_LLM_MODEL"):
        Settings()


def test_api_key_is_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARMLINE_LLM_API_KEY", "sk-very-secret")
    assert "sk-very-secret" not in repr(Settings())


def test_torch_threads_default_to_one_and_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().torch_threads == 1
    monkeypatch.setenv("WARMLINE_TORCH_THREADS", "2")
    assert Settings().torch_threads == 2
    monkeypatch.setenv("WARMLINE_TORCH_THREADS", "0")
    with pytest.raises(ValueError):
        Settings()
