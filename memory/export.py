"""`warmline export`: a study's sessions with their turns, every stage's output, arm, measures and feedback.

JSONL writes one session per line with everything nested; CSV writes one table per level (sessions, turns,
stages) that join on `conversation_id` and `turn_id`. Both come with a data dictionary. `--redact` replaces
PII in every text field, stage outputs included (memory/redact.py).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from memory.log import ResearchLog
from memory.redact import redact, redact_value
from memory.study_log import StudyLog

DICTIONARY_FILE = "data_dictionary.md"


class ExportFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"


class ExportedStage(BaseModel):
    model_config = ConfigDict(frozen=True)

    seq: int
    stage: str
    output: object
    model: str | None
    prompt_name: str | None
    prompt_version: str | None
    prompt_sha256: str | None
    latency_ms: float
    started_at: str


class ExportedTurn(BaseModel):
    model_config = ConfigDict(frozen=True)

    turn_id: str
    arm: str | None
    user_text: str
    reply: str | None
    status: str
    flagged: bool
    received_at: str
    answered_at: str | None
    latency_ms: float | None
    feedback: list[int]  # thumbs: 1 up, 0 down
    stages: list[ExportedStage]


class ExportedSession(BaseModel):
    model_config = ConfigDict(frozen=True)

    study_id: str
    conversation_id: str
    participant_hash: str
    arm: str
    consent_version: str
    started_at: str
    ended_at: str | None
    end_reason: str | None
    completion_code: str | None
    measures: dict[str, dict[str, int]]  # phase -> measure -> 1..5
    turns: list[ExportedTurn]


class ExportSummary(BaseModel):
    study: str
    format: ExportFormat
    redacted: bool
    sessions: int
    turns: int
    stages: int
    files: list[str]


def collect(log: ResearchLog, study_id: str, redacted: bool = False) -> list[ExportedSession]:
    study_log = StudyLog(log)
    clean: Callable[[str], str] = redact if redacted else _same
    sessions = []
    for session in study_log.sessions(study_id):
        measures: dict[str, dict[str, int]] = {}
        for m in study_log.measures(session.conversation_id):
            measures.setdefault(m.phase.value, {})[m.name.value] = m.value
        sessions.append(
            ExportedSession(
                **session.model_dump(mode="json"),
                measures=measures,
                turns=_turns(log, session.conversation_id, clean, redacted),
            )
        )
    return sessions


def _same(text: str) -> str:
    return text


def _turns(
    log: ResearchLog, conversation_id: str, clean: Callable[[str], str], redacted: bool
) -> list[ExportedTurn]:
    with log.connection() as db:
        rows = db.execute(
            "SELECT turn_id, arm, user_text, reply, status, flagged, received_at, answered_at, latency_ms"
            " FROM turns WHERE conversation_id = ? ORDER BY received_at, rowid",
            (conversation_id,),
        ).fetchall()
    turns = []
    for r in rows:
        turns.append(
            ExportedTurn(
                turn_id=r[0], arm=r[1], user_text=clean(r[2]), reply=clean(r[3]) if r[3] else r[3],
                status=r[4], flagged=bool(r[5]), received_at=r[6], answered_at=r[7], latency_ms=r[8],
                feedback=[value for value, _ in log.feedback_for(r[0])],
                stages=_stages(log, r[0], redacted),
            )
        )  # fmt: skip
    return turns


def _stages(log: ResearchLog, turn_id: str, redacted: bool) -> list[ExportedStage]:
    with log.connection() as db:
        rows = db.execute(
            "SELECT seq, stage, output_json, model, prompt_name, prompt_version, prompt_sha256, latency_ms,"
            " started_at FROM stage_events WHERE turn_id = ? ORDER BY seq",
            (turn_id,),
        ).fetchall()
    stages = []
    for r in rows:
        output = json.loads(r[2])
        stages.append(
            ExportedStage(
                seq=r[0], stage=r[1], output=redact_value(output) if redacted else output, model=r[3],
                prompt_name=r[4], prompt_version=r[5], prompt_sha256=r[6], latency_ms=r[7], started_at=r[8],
            )
        )  # fmt: skip
    return stages


def export(log: ResearchLog, study_id: str, out: Path, fmt: ExportFormat, redacted: bool) -> ExportSummary:
    sessions = collect(log, study_id, redacted)
    out.mkdir(parents=True, exist_ok=True)
    files = _write_jsonl(sessions, out) if fmt is ExportFormat.JSONL else _write_csv(sessions, out)
    (out / DICTIONARY_FILE).write_text(data_dictionary(fmt, redacted), encoding="utf-8")
    turns = [t for s in sessions for t in s.turns]
    return ExportSummary(
        study=study_id, format=fmt, redacted=redacted, sessions=len(sessions), turns=len(turns),
        stages=sum(len(t.stages) for t in turns), files=[str(p) for p in [*files, out / DICTIONARY_FILE]],
    )  # fmt: skip


def _write_jsonl(sessions: list[ExportedSession], out: Path) -> list[Path]:
    path = out / "sessions.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for session in sessions:
            handle.write(session.model_dump_json() + "\n")
    return [path]


def _write_csv(sessions: list[ExportedSession], out: Path) -> list[Path]:
    tables: dict[str, list[dict[str, object]]] = {"sessions": [], "turns": [], "stages": []}
    for s in sessions:
        row = s.model_dump(exclude={"turns", "measures"})
        for phase, values in s.measures.items():
            row |= {f"{phase}_{name}": value for name, value in values.items()}
        tables["sessions"].append(row)
        for t in s.turns:
            tables["turns"].append({"conversation_id": s.conversation_id, **t.model_dump(exclude={"stages"})})
            for stage in t.stages:
                row = {"turn_id": t.turn_id, **stage.model_dump()}
                row["output"] = json.dumps(stage.output, ensure_ascii=False)
                tables["stages"].append(row)
    return [_write_table(out / f"{name}.csv", rows, _COLUMNS[name]) for name, rows in tables.items()]


_MEASURE_COLUMNS = [f"{p}_{n}" for p, n in (("pre", "intensity"), ("post", "intensity"),
                                            ("post", "empathy"), ("post", "relevance"))]  # fmt: skip
_COLUMNS = {
    "sessions": [
        *(k for k in ExportedSession.model_fields if k not in {"turns", "measures"}),
        *_MEASURE_COLUMNS,
    ],
    "turns": ["conversation_id", *(k for k in ExportedTurn.model_fields if k != "stages")],
    "stages": ["turn_id", *ExportedStage.model_fields],
}


def _write_table(path: Path, rows: list[dict[str, object]], columns: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def data_dictionary(fmt: ExportFormat, redacted: bool) -> str:
    lines = [
        "# Data dictionary",
        "",
        f"Format: {fmt.value}. Redacted: {'yes (memory/redact.py; names may be missed)' if redacted else 'no'}.",
        "Times are ISO 8601 in UTC. Participant ids are never exported: `participant_hash` is a keyed hash.",
        "",
        "| field | level | meaning |",
        "|---|---|---|",
    ]
    lines += [f"| `{name}` | {level} | {meaning} |" for name, level, meaning in _FIELDS]
    return "\n".join(lines) + "\n"


_FIELDS = (
    ("study_id", "session", "the study's id from study.yaml"),
    ("conversation_id", "session", "one chat session (a Chainlit thread); turns join on it"),
    ("participant_hash", "session", "HMAC-SHA256 of the participant id with the server's study secret"),
    ("arm", "session, turn", "the study arm whose pipeline answered"),
    ("consent_version", "session", "the version of the consent text the participant accepted"),
    ("started_at / ended_at", "session", "session start (consent accepted) and end"),
    ("end_reason", "session", "turn_limit, time_limit or participant (ended it themselves)"),
    ("completion_code", "session", "the code shown at the end and posted to the embedding page"),
    (
        "measures / pre_intensity",
        "session",
        "emotion intensity before the chat, 1 (very low) to 5 (very high)",
    ),
    ("post_intensity", "session", "emotion intensity after the chat, 1-5"),
    ("post_empathy", "session", "how well the supporter understood them, 1-5"),
    ("post_relevance", "session", "how relevant the replies were, 1-5"),
    ("turn_id", "turn, stage", "one user message and its reply"),
    ("user_text / reply", "turn", "what the participant wrote and what Warmline answered"),
    ("status", "turn", "received (never answered), answered or failed"),
    ("flagged", "turn", "true when the crisis screen fired and the fixed crisis message was sent"),
    ("received_at / answered_at", "turn", "when the message arrived and when the reply was logged"),
    ("latency_ms", "turn, stage", "whole-turn or stage wall-clock time in milliseconds"),
    ("feedback", "turn", "thumbs on the reply: 1 up, 0 down"),
    ("seq", "stage", "order of the stage within the turn (drafts and critic verdicts repeat on revision)"),
    ("stage", "stage", "guard, perceive, retrieve, select, draft, critic, crisis or reply"),
    ("output", "stage", "the stage's typed output as JSON (see agent/schema.py)"),
    ("model", "stage", "the model or rule set that produced the output"),
    ("prompt_name / prompt_version / prompt_sha256", "stage", "the prompt template used (LLM stages only)"),
    ("started_at", "stage", "when the stage's record was made"),
)
