"""The study commands end to end in-process: link, check, researcher, export, purge, eval redaction."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from agent.cli import main
from agent.researchers import authenticate, check_password, hash_password
from agent.settings import PROJECT_ROOT, Settings
from agent.study import load_study
from agent.study_links import LinkStatus, study_secret, verify

EXAMPLE = PROJECT_ROOT / "studies" / "example" / "study.yaml"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WARMLINE_DATA_DIR", str(tmp_path))
    return tmp_path


def last_json(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    lines = capsys.readouterr().out.strip().splitlines()
    result: dict[str, object] = json.loads(lines[-1])
    return result


def test_link_command_prints_a_link_this_server_accepts(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["study", "link", "--study", "example-pilot", "--participant", "P-17", "--arm", "raw"]) == 0
    url = str(last_json(capsys)["url"])
    assert url.startswith("http://localhost:8000/?study=example-pilot&pid=P-17&arm=raw")
    params = dict(parse_qsl(urlsplit(url).query))
    check = verify(params, study_secret(Settings(data_dir=data_dir)), load_study(EXAMPLE))
    assert check.status is LinkStatus.VALID


def test_link_command_refuses_an_arm_the_study_lacks(data_dir: Path) -> None:
    assert main(["study", "link", "--study", "example-pilot", "--participant", "P", "--arm", "nope"]) == 2


def test_check_command_accepts_the_example_and_explains_a_broken_study(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["study", "check", str(EXAMPLE)]) == 0
    assert last_json(capsys)["arms"] == ["debiased", "raw"]
    broken = tmp_path / "study.yaml"
    broken.write_text(EXAMPLE.read_text().replace("selector: raw", "selector: llm-native"))
    assert main(["study", "check", str(broken)]) == 2
    assert "needs engine 'llm'" in capsys.readouterr().err


def test_researcher_command_stores_only_a_hash(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    assert main(["study", "researcher", "--name", "lead"]) == 0
    path = Path(str(last_json(capsys)["file"]))
    assert "a long enough password" not in path.read_text()
    assert authenticate(path, "lead", "a long enough password")
    assert not authenticate(path, "lead", "a wrong password!!")
    assert not authenticate(path, "nobody", "a long enough password")
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["study", "researcher", "--name", "lead"]) == 2


def test_password_hashes_are_salted() -> None:
    first, second = (
        hash_password("same password", iterations=1000),
        hash_password("same password", iterations=1000),
    )
    assert (
        first != second and check_password("same password", first) and check_password("same password", second)
    )
    assert not check_password("same password", "md5$1$x$y")


def test_export_and_purge_commands_run_on_an_empty_log(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--study", "example-pilot", "--format", "csv", "--out", str(tmp_path / "x")]) == 0
    assert last_json(capsys)["sessions"] == 0
    assert (tmp_path / "x" / "data_dictionary.md").exists()
    assert main(["purge", "--older-than", "365"]) == 0
    assert last_json(capsys)["deleted"] == {
        "turns": 0, "study_sessions": 0, "consent_events": 0, "study_participants": 0, "long_term_notes": 0,
    }  # fmt: skip


def test_eval_redaction_prints_recall_per_type(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "redaction", "--data", str(Path(__file__).parent / "pii" / "pii_check.jsonl")]) == 0
    scores = last_json(capsys)
    recall = scores["per_type_recall"]
    assert isinstance(recall, dict) and set(recall) == {"email", "url", "phone", "address", "name"}


def test_purge_defaults_to_the_studys_retention_period(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["purge"]) == 2
    assert "--older-than" in capsys.readouterr().err
    monkeypatch.setenv("WARMLINE_STUDY", str(EXAMPLE))
    assert main(["purge"]) == 0
    cutoff = datetime.fromisoformat(str(last_json(capsys)["cutoff"])).replace(tzinfo=UTC)
    expected = datetime.now(UTC) - timedelta(days=load_study(EXAMPLE).retention_days)
    assert abs(cutoff - expected) < timedelta(minutes=1)
