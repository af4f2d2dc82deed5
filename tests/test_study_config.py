"""study.yaml: a strict model; the shipped example loads; mistakes fail at load time with a clear message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from agent.settings import PROJECT_ROOT, Engine, Settings
from agent.study import Assignment, SelectorMode, StudyError, check_runnable, find_study, load_study

EXAMPLE = PROJECT_ROOT / "studies" / "example" / "study.yaml"


def write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "study.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def example_data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    return data


def test_the_shipped_example_study_loads() -> None:
    study = load_study(EXAMPLE)
    assert study.id == "example-pilot"
    assert [a.selector for a in study.arms] == [SelectorMode.DEBIASED, SelectorMode.RAW]
    assert all(a.engine is Engine.OFFLINE for a in study.arms)
    assert study.assignment is Assignment.BALANCED
    assert study.limits.turns >= 3 and study.retention_days > 0
    check_runnable(study, Settings())  # runs on the offline engine with no endpoint


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.update(colour="blue"),
        lambda d: d["arms"][0].update(selektor="raw"),
        lambda d: d["consent"].update(signed=True),
        lambda d: d.update(limits={"turns": 5, "hours": 1}),
    ],
)
def test_unknown_keys_are_rejected(tmp_path: Path, edit: Any) -> None:
    data = example_data()
    edit(data)
    with pytest.raises(StudyError, match="Extra inputs are not permitted"):
        load_study(write(tmp_path, data))


def test_llm_native_arm_on_the_offline_engine_is_refused_at_load(tmp_path: Path) -> None:
    data = example_data()
    data["arms"][1] = {"name": "native", "selector": "llm-native"}
    with pytest.raises(StudyError, match=r"llm-native.*needs engine 'llm'"):
        load_study(write(tmp_path, data))


def test_llm_arm_without_any_model_is_refused_before_participants_arrive(tmp_path: Path) -> None:
    data = example_data()
    data["arms"][1] = {"name": "native", "selector": "llm-native", "engine": "llm"}
    study = load_study(write(tmp_path, data))
    with pytest.raises(StudyError, match="no model is set"):
        check_runnable(study, Settings())
    check_runnable(study, Settings(llm_model="some-model", llm_base_url="http://127.0.0.1:9/v1"))


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["arms"].append(dict(d["arms"][0])), "unique"),
        (lambda d: d.update(crisis_locale="xx-XX"), "no reviewed resources"),
        (lambda d: d["arms"][0].update(temperature=0.3), "engine 'llm' only"),
        (lambda d: d.update(arms=[]), "at least 1"),
        (lambda d: d.update(id="Has Spaces"), "pattern"),
    ],
)
def test_incoherent_studies_are_refused(tmp_path: Path, edit: Any, message: str) -> None:
    data = example_data()
    edit(data)
    with pytest.raises(StudyError, match=message):
        load_study(write(tmp_path, data))


def test_a_study_is_found_by_id_in_the_setting_or_the_studies_folder(tmp_path: Path) -> None:
    data = example_data()
    data["id"] = "elsewhere"
    path = write(tmp_path, data)
    assert find_study("elsewhere", Settings(study=path)).id == "elsewhere"
    assert find_study("example-pilot", Settings()).id == "example-pilot"
    with pytest.raises(StudyError, match="no study with id"):
        find_study("missing", Settings())
