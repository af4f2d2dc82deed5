"""Export (JSONL and CSV, with a data dictionary), redaction in exports, the per-arm summary and purge."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent.schema import StageName, StageRecord, TurnTrace
from memory.chat_store import prepare_chat_db
from memory.export import DICTIONARY_FILE, ExportFormat, export
from memory.log import ResearchLog
from memory.retention import purge
from memory.study_log import EndReason, Measure, MeasureName, Phase, StudyLog
from memory.study_summary import chart, summarise

PLANTED = "I'm Daniel, mail me at d.quill@example.com or call 07700 900777."


def add_turn(log: ResearchLog, conversation: str, turn: str, text: str, choice: str, arm: str) -> None:
    log.turn_received(turn, conversation, text, arm=arm)
    stages = (
        StageRecord(stage=StageName.GUARD, output={"text": text}, model="guard", latency_ms=0.2),
        StageRecord(stage=StageName.SELECT, output={"choice": choice}, model="selector", latency_ms=1.0),
        StageRecord(stage=StageName.REPLY, output={"text": f"reply to {turn}"}, latency_ms=0.0),
    )
    trace = TurnTrace(
        turn_id=turn, conversation_id=conversation, stages=stages, reply=f"reply to {turn}", flagged=False,
        latency_ms=5.0,
    )  # fmt: skip
    log.turn_answered(trace)


def session(study: StudyLog, conversation: str, arm: str, pre: int, post: int, choices: list[str]) -> None:
    study.start_session(conversation, "s1", f"p-{conversation}", arm, "v1")
    study.record(conversation, Measure(phase=Phase.PRE, name=MeasureName.INTENSITY, value=pre))
    for i, choice in enumerate(choices):
        add_turn(study.log, conversation, f"{conversation}-t{i}", PLANTED if i == 0 else "hello", choice, arm)
    study.record(conversation, Measure(phase=Phase.POST, name=MeasureName.INTENSITY, value=post))
    study.record(conversation, Measure(phase=Phase.POST, name=MeasureName.EMPATHY, value=4))
    study.end_session(conversation, EndReason.PARTICIPANT)


@pytest.fixture
def study(tmp_path: Path) -> StudyLog:
    log = StudyLog(ResearchLog(tmp_path / "research.sqlite3"))
    session(log, "c1", "debiased", 4, 2, ["Question", "Reflection of feelings"])
    session(log, "c2", "raw", 3, 3, ["Question", "Question", "Question"])
    log.log.turn_received("other-turn", "not-in-a-study", "unrelated")
    return log


def test_jsonl_export_has_every_session_turn_stage_arm_measure_and_a_dictionary(
    study: StudyLog, tmp_path: Path
) -> None:
    summary = export(study.log, "s1", tmp_path / "out", ExportFormat.JSONL, redacted=False)
    assert (summary.sessions, summary.turns, summary.stages) == (2, 5, 15)
    lines = [json.loads(x) for x in (tmp_path / "out" / "sessions.jsonl").read_text().splitlines()]
    assert [s["arm"] for s in lines] == ["debiased", "raw"]
    first = lines[0]
    assert first["measures"] == {"pre": {"intensity": 4}, "post": {"intensity": 2, "empathy": 4}}
    assert first["completion_code"].startswith("WL-")
    assert [t["turn_id"] for t in first["turns"]] == ["c1-t0", "c1-t1"]
    assert [s["stage"] for s in first["turns"][0]["stages"]] == ["guard", "select", "reply"]
    assert first["turns"][0]["user_text"] == PLANTED
    dictionary = (tmp_path / "out" / DICTIONARY_FILE).read_text()
    assert all(f"`{key}`" in dictionary for key in ("participant_hash", "completion_code", "output"))


def test_redacted_export_removes_planted_pii_from_texts_and_stage_outputs(
    study: StudyLog, tmp_path: Path
) -> None:
    export(study.log, "s1", tmp_path / "out", ExportFormat.JSONL, redacted=True)
    text = (tmp_path / "out" / "sessions.jsonl").read_text()
    for planted in ("Daniel", "d.quill@example.com", "07700 900777"):
        assert planted not in text
    assert "[EMAIL]" in text and "[NAME]" in text and "[PHONE]" in text


def test_csv_export_writes_three_joinable_tables(study: StudyLog, tmp_path: Path) -> None:
    summary = export(study.log, "s1", tmp_path / "csv", ExportFormat.CSV, redacted=False)
    assert sorted(Path(f).name for f in summary.files) == [
        DICTIONARY_FILE, "sessions.csv", "stages.csv", "turns.csv",
    ]  # fmt: skip
    sessions = list(csv.DictReader((tmp_path / "csv" / "sessions.csv").open()))
    turns = list(csv.DictReader((tmp_path / "csv" / "turns.csv").open()))
    stages = list(csv.DictReader((tmp_path / "csv" / "stages.csv").open()))
    assert [(s["arm"], s["pre_intensity"], s["post_intensity"]) for s in sessions] == [
        ("debiased", "4", "2"), ("raw", "3", "3"),
    ]  # fmt: skip
    assert {t["conversation_id"] for t in turns} == {"c1", "c2"}
    assert {s["turn_id"] for s in stages} == {t["turn_id"] for t in turns}
    assert json.loads(stages[1]["output"]) == {"choice": "Question"}


def test_summary_counts_sessions_strategies_and_intensity_change_per_arm(
    study: StudyLog, tmp_path: Path
) -> None:
    summary = summarise(study.log, "s1")
    debiased, raw = summary.arms["debiased"], summary.arms["raw"]
    assert (summary.sessions, debiased.sessions, raw.sessions) == (2, 1, 1)
    assert debiased.strategy_share == {"Question": 0.5, "Reflection of feelings": 0.5}
    assert raw.strategy_share == {"Question": 1.0}
    assert (debiased.intensity_change, raw.intensity_change) == (-2.0, 0.0)
    assert debiased.mean_empathy == 4.0 and debiased.mean_relevance is None
    png = chart(summary, tmp_path / "chart.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_purge_deletes_only_what_is_older_than_the_cutoff(study: StudyLog, tmp_path: Path) -> None:
    chat = tmp_path / "chainlit.sqlite3"
    prepare_chat_db(chat)
    old = (datetime.now(UTC) - timedelta(days=40)).isoformat()
    with sqlite3.connect(chat) as db:
        db.execute("INSERT INTO threads (id, createdAt) VALUES ('old', ?), ('new', ?)", (old, _now()))
        db.execute(
            "INSERT INTO steps (id, name, type, threadId, streaming) VALUES ('s1', 'm', 'user_message', 'old', 0)"
        )
    with study.log.connection() as db:
        db.execute("UPDATE turns SET received_at = ? WHERE conversation_id = 'c1'", (old,))
        db.execute("UPDATE study_sessions SET started_at = ? WHERE conversation_id = 'c1'", (old,))
    result = purge(study.log, chat, days=30)
    assert result.deleted["turns"] == 2 and result.deleted["study_sessions"] == 1
    assert (result.deleted["chat_threads"], result.deleted["chat_steps"]) == (1, 1)
    assert {t.conversation_id for t in study.log.turns()} == {"c2", "not-in-a-study"}
    assert study.log.stages("c1-t0") == [] and study.measures("c1") == []
    assert [s.conversation_id for s in study.sessions("s1")] == ["c2"]
    with sqlite3.connect(chat) as db:
        assert db.execute("SELECT id FROM threads").fetchall() == [("new",)]


def test_purge_deletes_long_term_notes_older_than_the_cutoff(study: StudyLog, tmp_path: Path) -> None:
    from agent.embeddings import shared_embedder
    from memory.long_term import LongTermMemory, NoteKind
    from memory.store import open_client

    memory = LongTermMemory(open_client(tmp_path / "chroma"), shared_embedder())
    old = memory.remember("p1", "my sister Ana is moving abroad", NoteKind.NOTE)
    kept = memory.remember("p2", "I started a new job in March", NoteKind.SITUATION)
    assert old is not None and kept is not None
    written_long_ago = (datetime.now(UTC) - timedelta(days=40)).isoformat()
    memory._collection.update(
        ids=[old.id], metadatas=[{"user": "p1", "kind": "note", "created_at": written_long_ago}]
    )
    result = purge(study.log, None, days=30, long_term=memory)
    assert result.deleted["long_term_notes"] == 1
    assert memory.notes("p1") == [] and [n.id for n in memory.notes("p2")] == [kept.id]


def _now() -> str:
    return datetime.now(UTC).isoformat()
