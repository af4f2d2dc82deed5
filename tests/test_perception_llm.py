"""The LLM perceiver with the deterministic fake chat model (no network)."""

from typing import Any

import pytest
from langchain_core.messages import BaseMessage
from pydantic import BaseModel

from agent.llm_perception import LLMPerceiver
from agent.perception import OfflinePerceiver, load_perceiver
from agent.schema import Conversation, Message, Role, Trend, UserTurn
from agent.testing import FakeChatModel


@pytest.fixture(scope="module")
def offline() -> OfflinePerceiver:
    return load_perceiver()


def _answer(**fields: Any) -> Any:
    def respond(messages: list[BaseMessage], schema: type[BaseModel]) -> dict[str, Any]:
        return {"emotions": [{"label": "sadness", "score": 0.9}], "cause_message": 1,
                "cause_span": "my sister moved abroad", "problem": "other", **fields}  # fmt: skip

    return respond


def _conversation() -> Conversation:
    return Conversation(
        messages=[
            Message(role=Role.USER, text="Last month my sister moved abroad.", intensity=0.2),
            Message(role=Role.ASSISTANT, text="How has that been for you?"),
        ]
    )


def test_structured_answer_becomes_a_perception(offline: OfflinePerceiver) -> None:
    model = FakeChatModel(structured_responder=_answer())
    perceiver = LLMPerceiver(model, "fake", offline)
    result = perceiver.perceive(UserTurn(text="I feel so alone now.", raw_chars=20), _conversation())
    assert result.emotion.dominant == "sadness" and result.emotion.labels["sadness"] == 0.9
    assert result.cause is not None and result.cause.utterance_index == 0
    assert result.cause.span == "my sister moved abroad" and result.cause.confidence == 0.8
    assert result.trajectory[0] == 0.2 and result.trend is Trend.RISING
    prompt = "\n".join(str(m.content) for m in model.calls[-1])
    assert "[1] Last month my sister moved abroad." in prompt and "[2] I feel so alone now." in prompt
    assert perceiver.prompt.name == "perceive" and len(perceiver.prompt.sha256) == 64


def test_bad_fields_are_repaired(offline: OfflinePerceiver) -> None:
    answer = _answer(emotions=[{"label": "melancholy", "score": 0.7}], cause_message=9,
                     cause_span="words that are not there", problem="space travel")  # fmt: skip
    perceiver = LLMPerceiver(FakeChatModel(structured_responder=answer), "fake", offline)
    result = perceiver.perceive(UserTurn(text="My boss fired me today.", raw_chars=23), _conversation())
    assert result.emotion.dominant == "neutral"  # the unknown label is dropped
    assert result.cause is not None and result.cause.utterance_index == 1 and result.cause.confidence == 0.4
    assert result.problem == "other"


def test_endpoint_failure_falls_back_offline(offline: OfflinePerceiver) -> None:
    def broken(messages: list[BaseMessage], schema: type[BaseModel]) -> dict[str, Any]:
        raise TimeoutError("endpoint too slow")

    perceiver = LLMPerceiver(FakeChatModel(structured_responder=broken), "fake", offline)
    turn = UserTurn(text="I'm nervous about my exam tomorrow.", raw_chars=35)
    assert perceiver.perceive(turn, Conversation()) == offline.perceive(turn, Conversation())


def test_llm_eval_path_through_a_fake_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    """`warmline eval emotion --engine llm` over a loopback OpenAI-compatible server (function calling)."""
    from agent.fake_openai import FakeOpenAIServer
    from agent.llm_perception import llm_label_matrix
    from agent.schema import GOEMOTIONS_LABELS

    def arguments(body: dict[str, Any]) -> dict[str, Any]:
        text = str(body["messages"][-1]["content"])
        label = "joy" if "great" in text else "fear"
        return {"emotions": [{"label": label, "score": 0.9}], "cause_message": 1, "cause_span": "",
                "problem": "other"}  # fmt: skip

    with FakeOpenAIServer(tool_arguments=arguments) as server:
        monkeypatch.setenv("WARMLINE_LLM_BASE_URL", server.base_url)
        monkeypatch.setenv("WARMLINE_LLM_MODEL", "fake-model")
        predicted = llm_label_matrix(["what a great day", "I'm scared of the storm"])
    assert (
        predicted[0, GOEMOTIONS_LABELS.index("joy")] == 1
        and predicted[1, GOEMOTIONS_LABELS.index("fear")] == 1
    )
    assert predicted.sum() == 2 and len(server.requests) == 2
