"""Prompts are data: loaded by name, versioned and hashed, rendered with user text as plain content."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from jinja2 import UndefinedError

from agent.prompts import PROMPTS_DIR, available_prompts, load_prompt

GOLDEN = Path(__file__).parent / "golden"


def test_every_prompt_loads_with_version_and_hash() -> None:
    names = available_prompts()
    assert "draft" in names
    for name in names:
        prompt = load_prompt(name)
        raw = (PROMPTS_DIR / f"{name}.yaml").read_bytes()
        assert prompt.sha256 == hashlib.sha256(raw).hexdigest()
        assert prompt.version


def test_template_syntax_in_user_text_is_not_executed() -> None:
    rendered = load_prompt("draft").render(**_draft_variables(text="{{ 7*7 }} {% for x in y %}"))
    user = rendered[-1][1]
    assert "{{ 7*7 }}" in user
    assert "49" not in user


def test_missing_variable_fails_loudly() -> None:
    with pytest.raises(UndefinedError):
        load_prompt("draft").render(text="hi")


def test_draft_prompt_matches_its_golden_rendering() -> None:
    rendered = load_prompt("draft").render(**_draft_variables(text="I failed my driving test again."))
    text = "\n\n".join(f"[{role}]\n{content}" for role, content in rendered)
    golden = GOLDEN / "draft_prompt.txt"
    if os.environ.get("UPDATE_GOLDEN") == "1":  # after a deliberate prompt change: review the diff, commit
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_summarise_prompt_matches_its_golden_rendering() -> None:
    messages = [
        {"role": "user", "text": "My sister moved away."},
        {"role": "warmline", "text": "You miss her."},
    ]
    rendered = load_prompt("summarise").render(previous="They started a new job.", messages=messages)
    text = "\n\n".join(f"[{role}]\n{content}" for role, content in rendered)
    golden = GOLDEN / "summarise_prompt.txt"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def _draft_variables(text: str) -> dict[str, object]:
    return {
        "strategy": "Reflection of feelings",
        "strategy_definition": "Name the feeling you hear.",
        "careful": False,
        "emotion": "sadness",
        "intensity": "medium",
        "trend": "first turn",
        "cause": "failing the driving test",
        "problem": "other",
        "demonstrations": [
            {
                "seeker": "I lost my job.",
                "supporter": "That sounds like a real blow.",
                "strategy": "Reflection",
            }
        ],
        "feedback": ["identity: claimed to be human"],
        "memories": ["their dog is called Biscuit"],
        "summary": "They moved city in spring and miss their old friends.",
        "history": [{"role": "user", "text": "hello"}, {"role": "warmline", "text": "Hi, what's up?"}],
        "text": text,
    }
