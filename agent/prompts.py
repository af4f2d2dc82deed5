"""Prompts are data: YAML files in prompts/, loaded by name, each with a version and a content hash.

The hash is of the file's bytes, so any edit to a prompt shows up in the trace of every call that used it.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, ConfigDict

from agent.schema import PromptRef
from agent.settings import PROJECT_ROOT

PROMPTS_DIR = PROJECT_ROOT / "prompts"
_ENV = SandboxedEnvironment(
    undefined=StrictUndefined,
    autoescape=False,
    keep_trailing_newline=False,
    trim_blocks=True,
    lstrip_blocks=True,
)


class PromptMessage(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    role: Literal["system", "user", "assistant"]
    template: str


class Prompt(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    version: str
    description: str
    messages: tuple[PromptMessage, ...]
    sha256: str

    @property
    def ref(self) -> PromptRef:
        return PromptRef(name=self.name, version=self.version, sha256=self.sha256)

    def render(self, **variables: object) -> list[tuple[str, str]]:
        """(role, text) pairs; user-supplied values are rendered as plain text, never as template code."""
        return [(m.role, _ENV.from_string(m.template).render(**variables).strip()) for m in self.messages]


@cache
def load_prompt(name: str, directory: Path = PROMPTS_DIR) -> Prompt:
    path = directory / f"{name}.yaml"
    raw = path.read_bytes()
    data = yaml.safe_load(raw)
    if data.get("name") != name:
        raise ValueError(f"{path} declares name {data.get('name')!r}, expected {name!r}")
    return Prompt(
        name=name,
        version=str(data["version"]),
        description=data.get("description", ""),
        messages=tuple(PromptMessage(**m) for m in data["messages"]),
        sha256=hashlib.sha256(raw).hexdigest(),
    )


def available_prompts(directory: Path = PROMPTS_DIR) -> list[str]:
    return sorted(p.stem for p in directory.glob("*.yaml"))
