"""A pilot study, as data: `study.yaml` loaded into a strict model (unknown keys are errors).

A study names its consent text, its arms (each arm switches pipeline features), how participants are assigned to
arms, the session limits, the locale and the retention period. Loading fails loudly on anything a researcher
could mistype, and on arms this installation cannot run (an LLM-native arm on the offline engine).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Self

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from agent.crisis_reply import available_locales
from agent.settings import PROJECT_ROOT, Engine, Settings

STUDIES_DIR = PROJECT_ROOT / "studies"
_SLUG = r"^[a-z0-9][a-z0-9_-]{0,63}$"


class SelectorMode(StrEnum):
    DEBIASED = "debiased"  # the shipped selector: model distribution, then the measured debiasing step
    RAW = "raw"  # the same model without debiasing (the ablation Kang et al. compare against)
    LLM_NATIVE = "llm-native"  # the LLM picks the strategy itself from the dialogue


class Assignment(StrEnum):
    BALANCED = "balanced"  # random among the arms with the fewest participants so far
    LINK = "link"  # the signed link names the arm; links without one are refused


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Arm(_Strict):
    name: str = Field(pattern=_SLUG)
    description: str = ""
    selector: SelectorMode = SelectorMode.DEBIASED
    retrieval: bool = True
    critic: bool = True
    engine: Engine = Engine.OFFLINE
    model: str | None = None  # the LLM model name; defaults to WARMLINE_LLM_MODEL
    temperature: float | None = Field(default=None, ge=0.0, le=2.0)

    @model_validator(mode="after")
    def _coherent(self) -> Self:
        if self.selector is SelectorMode.LLM_NATIVE and self.engine is Engine.OFFLINE:
            raise ValueError(f"arm {self.name!r}: selector 'llm-native' needs engine 'llm' (an LLM endpoint)")
        if self.engine is Engine.OFFLINE and (self.model or self.temperature is not None):
            raise ValueError(f"arm {self.name!r}: model and temperature apply to engine 'llm' only")
        return self


class Consent(_Strict):
    version: str = Field(min_length=1)
    text: str = Field(min_length=20)


class Limits(_Strict):
    turns: int = Field(default=10, ge=1, le=200)
    minutes: float = Field(default=20.0, gt=0, le=240)


class Study(_Strict):
    id: str = Field(pattern=_SLUG)
    title: str
    consent: Consent
    arms: tuple[Arm, ...] = Field(min_length=1)
    assignment: Assignment = Assignment.BALANCED
    limits: Limits = Limits()
    locale: str = "en-US"
    crisis_locale: str = "en-US"  # which reviewed crisis resources participants are shown
    retention_days: int = Field(default=365, ge=1, le=3650)
    completion_url: str | None = None  # optional: where the completion code sends people back (e.g. Prolific)

    @model_validator(mode="after")
    def _coherent(self) -> Self:
        names = [arm.name for arm in self.arms]
        if len(set(names)) != len(names):
            raise ValueError(f"arm names must be unique, got {names}")
        if self.crisis_locale not in available_locales():
            raise ValueError(
                f"crisis_locale {self.crisis_locale!r} has no reviewed resources; choose one of "
                f"{', '.join(available_locales())}"
            )
        return self

    def arm(self, name: str) -> Arm:
        for arm in self.arms:
            if arm.name == name:
                return arm
        raise KeyError(f"study {self.id!r} has no arm {name!r}")


class StudyError(ValueError):
    """A study that cannot be loaded or run here; the message says what to fix."""


def load_study(path: Path) -> Study:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise StudyError(f"cannot read {path}: {error}") from error
    try:
        return Study.model_validate(data)
    except ValueError as error:
        raise StudyError(f"{path} is not a valid study:\n{error}") from error


def check_runnable(study: Study, settings: Settings) -> None:
    """Refuses arms that need an LLM when no endpoint is configured, before any participant arrives."""
    for arm in study.arms:
        if arm.engine is Engine.LLM and not (arm.model or settings.llm_model):
            raise StudyError(
                f"arm {arm.name!r} uses engine 'llm' but no model is set: give the arm a model and set "
                "WARMLINE_LLM_BASE_URL, or use engine 'offline'"
            )


def find_study(study_id: str, settings: Settings, directory: Path = STUDIES_DIR) -> Study:
    """The configured study (WARMLINE_STUDY) if it has this id, else studies/*/study.yaml with this id."""
    candidates = [settings.study] if settings.study else []
    candidates += sorted(directory.glob("*/study.yaml"))
    for path in candidates:
        study = load_study(path)
        if study.id == study_id:
            return study
    raise StudyError(f"no study with id {study_id!r} (set WARMLINE_STUDY or add studies/<name>/study.yaml)")


def configured_study(settings: Settings) -> Study | None:
    """The study this server runs (WARMLINE_STUDY), checked against this installation; None when unset."""
    if settings.study is None:
        return None
    study = load_study(settings.study)
    check_runnable(study, settings)
    return study
