"""The fixed crisis messages: per-locale resources, the safety question, no model involved."""

from __future__ import annotations

import pytest

from agent.crisis_reply import available_locales, concern_note, crisis_reply, messages_for, reply_for
from agent.schema import RiskAssessment, RiskKind, RiskLevel

CRISIS = RiskAssessment(
    level=RiskLevel.CRISIS, kinds=(RiskKind.SUICIDE,), signals=("en.kill_self",), score=0.9
)


@pytest.mark.parametrize(
    ("locale", "must_contain", "question"),
    [
        ("en-US", ["988", "911", "findahelpline.com"], "Are you safe right now?"),
        ("en-GB", ["116 123", "999"], "Are you safe right now?"),
        ("de-DE", ["0800 111 0 111", "112"], "Bist du gerade in Sicherheit?"),
        ("es-ES", ["024", "112"], "¿Estás a salvo ahora mismo?"),
        ("fr-FR", ["3114", "112"], "Es-tu en sécurité en ce moment ?"),
        ("default", ["112", "findahelpline.com"], "Are you safe right now?"),
    ],
)
def test_each_locale_has_its_resources_and_asks_about_safety(
    locale: str, must_contain: list[str], question: str
) -> None:
    text = crisis_reply(CRISIS, locale, repeat=False)
    for needle in must_contain:
        assert needle in text
    assert text.rstrip().endswith(question)


def test_locale_resolution_never_hands_out_another_countrys_numbers() -> None:
    assert messages_for("de").locale == "de-DE"
    assert messages_for("fr_FR").locale == "fr-FR"
    assert messages_for("es-MX").locale == "default"
    assert messages_for("en").locale == "default"
    assert messages_for("xx-YY").locale == "default"
    assert {"en-US", "en-GB", "de-DE", "es-ES", "fr-FR", "default"} <= set(available_locales())


def test_repeat_variant_differs_and_still_asks() -> None:
    first = crisis_reply(CRISIS, "en-US", repeat=False)
    again = crisis_reply(CRISIS, "en-US", repeat=True)
    assert first != again
    assert "988" in again and again.rstrip().endswith("enough.")
    assert "Are you safe right now?" in again


def test_danger_from_others_adds_the_specific_service_before_the_question() -> None:
    assessment = RiskAssessment(level=RiskLevel.CRISIS, kinds=(RiskKind.HARM_FROM_OTHERS,))
    text = crisis_reply(assessment, "en-GB", repeat=False)
    assert "0808 2000 247" in text
    assert text.rstrip().endswith("Are you safe right now?")


def test_concern_note_and_reply_for() -> None:
    assert "safe right now" in concern_note("en-US")
    assert reply_for(RiskAssessment(), "en-US") is None
    concern = RiskAssessment(level=RiskLevel.CONCERN, kinds=(RiskKind.SUICIDE,))
    assert reply_for(concern, "de-DE") == concern_note("de-DE")
    assert reply_for(CRISIS, "fr-FR") == crisis_reply(CRISIS, "fr-FR")


def test_every_locale_file_is_complete() -> None:
    for locale in available_locales():
        messages = messages_for(locale)
        assert messages.crisis and messages.repeat and messages.concern and messages.reviewed
        assert "findahelpline.com" in messages.crisis or messages.directory == "findahelpline.com"
        assert set(messages.extra) == {
            RiskKind.HARM_FROM_OTHERS,
            RiskKind.HARM_TO_OTHERS,
            RiskKind.MEDICAL_EMERGENCY,
        }
