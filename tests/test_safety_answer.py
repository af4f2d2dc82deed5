"""The answer to "are you safe right now?": a short "no" after the fixed texts is the crisis protocol again."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from agent.build import build_pipeline
from agent.crisis import normalise, screen
from agent.crisis_reply import RESOURCES, CrisisMessages, concern_note, crisis_reply
from agent.pipeline import Pipeline
from agent.safety_answer import SafetyAnswer, read_answer
from agent.schema import Conversation, Message, RiskAssessment, RiskKind, RiskLevel, Role
from agent.settings import Settings


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("no", SafetyAnswer.NOT_SAFE),
        ("Nope.", SafetyAnswer.NOT_SAFE),
        ("not really", SafetyAnswer.NOT_SAFE),
        ("no I'm not", SafetyAnswer.NOT_SAFE),
        ("i'm not safe", SafetyAnswer.NOT_SAFE),
        ("not ok", SafetyAnswer.NOT_SAFE),
        ("nein", SafetyAnswer.NOT_SAFE),
        ("No estoy a salvo", SafetyAnswer.NOT_SAFE),
        ("pas vraiment", SafetyAnswer.NOT_SAFE),
        ("idk", SafetyAnswer.UNSURE),
        ("I don't know", SafetyAnswer.UNSURE),
        ("no sé", SafetyAnswer.UNSURE),
        ("je sais pas", SafetyAnswer.UNSURE),
        ("yes", SafetyAnswer.SAFE),
        ("yeah I'm safe, just sad", SafetyAnswer.SAFE),
        ("no, I'm fine", SafetyAnswer.SAFE),
        ("honestly, no", SafetyAnswer.NOT_SAFE),
        ("actually no", SafetyAnswer.NOT_SAFE),
        ("well yes", SafetyAnswer.SAFE),
        ("not ok but I'm safe", SafetyAnswer.SAFE),
        ("I'm ok I guess, but not safe", SafetyAnswer.NOT_SAFE),
        ("sí", SafetyAnswer.SAFE),
        ("my exam went badly", SafetyAnswer.NOT_AN_ANSWER),
        ("no " + "word " * 20, SafetyAnswer.NOT_AN_ANSWER),
    ],
)
def test_a_short_message_is_read_as_an_answer(text: str, answer: SafetyAnswer) -> None:
    assert read_answer(normalise(text)) is answer


@given(st.text(max_size=300))
def test_reading_an_answer_never_fails(text: str) -> None:
    assert read_answer(normalise(text)) in set(SafetyAnswer)


def _after(reply: str, careful: bool = False) -> Conversation:
    return Conversation(
        messages=[Message(role=Role.USER, text="..."), Message(role=Role.ASSISTANT, text=reply)],
        careful_mode=careful,
    )


def _crisis_text(locale: str = "en-US") -> str:
    return crisis_reply(RiskAssessment(level=RiskLevel.CRISIS, kinds=(RiskKind.SUICIDE,)), locale)


@pytest.mark.parametrize("locale", ["en-US", "en-GB", "de-DE", "es-ES", "fr-FR", "default"])
def test_no_after_the_crisis_message_is_a_crisis_in_every_locale(locale: str) -> None:
    risk = screen("no", _after(_crisis_text(locale), careful=True))
    assert risk.level is RiskLevel.CRISIS
    assert "answer.not_safe" in risk.signals


def test_no_after_the_check_in_is_a_crisis() -> None:
    reply = "What does a typical day look like for you?\n\n" + concern_note("en-US")
    assert screen("not really", _after(reply)).level is RiskLevel.CRISIS


def test_dont_know_is_a_check_in_and_a_crisis_in_careful_mode() -> None:
    reply = "That sounds hard.\n\n" + concern_note("en-US")
    assert screen("idk", _after(reply), use_model=False).level is RiskLevel.CONCERN
    assert screen("idk", _after(_crisis_text(), careful=True), use_model=False).level is RiskLevel.CRISIS


def test_no_after_any_other_reply_or_yes_after_the_question_changes_nothing() -> None:
    assert (
        screen("no", _after("Have you told anyone about the exam?"), use_model=False).level is RiskLevel.NONE
    )
    assert screen("yes", _after(_crisis_text(), careful=True), use_model=False).level is RiskLevel.NONE
    assert screen("no", Conversation(), use_model=False).level is RiskLevel.NONE


def test_an_answer_never_lowers_what_the_rules_found() -> None:
    risk = screen("yes, I took all my pills", _after(_crisis_text(), careful=True))
    assert risk.level is RiskLevel.CRISIS


@pytest.mark.parametrize("path", [*sorted(RESOURCES.glob("*-*.yaml")), RESOURCES / "default.yaml"])
def test_a_locale_file_whose_texts_do_not_ask_the_question_is_refused(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    CrisisMessages.model_validate(data)
    data["concern"] = "A check-in that asks nothing."
    with pytest.raises(ValidationError, match="must ask"):
        CrisisMessages.model_validate(data)


@pytest.fixture(scope="module")
def offline(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    return build_pipeline(Settings(data_dir=tmp_path_factory.mktemp("answers")))


async def test_no_after_the_crisis_message_repeats_the_resources_and_is_logged(offline: Pipeline) -> None:
    conversation = Conversation()
    await offline.respond(conversation, "I want to kill myself tonight.")
    result = await offline.respond(conversation, "no")
    assert [r.stage.value for r in result.trace.stages] == ["guard", "crisis", "reply"]
    assert "988" in result.reply and result.trace.flagged
    [row] = [r for r in offline.log.stages(result.turn.id) if r.stage == "crisis"]
    assert row.output["repeat"] is True  # type: ignore[index]
    assert "answer.not_safe" in row.output["risk"]["signals"]  # type: ignore[index]
    assert [t.flagged for t in offline.log.turns(conversation.id)] == [True, True]


async def test_yes_after_the_crisis_message_gets_a_drafted_reply_in_careful_mode(offline: Pipeline) -> None:
    conversation = Conversation()
    await offline.respond(conversation, "I want to kill myself tonight.")
    result = await offline.respond(conversation, "yes")
    assert "crisis" not in [r.stage.value for r in result.trace.stages]
    assert conversation.careful_mode and not result.trace.flagged
