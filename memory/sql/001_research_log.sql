-- The research event log: one row per turn, one row per stage of each turn.
-- Written independently of what the UI shows, so a study's record does not depend on the chat front end.
CREATE TABLE turns (
    turn_id          TEXT PRIMARY KEY,
    conversation_id  TEXT NOT NULL,
    participant_hash TEXT,
    arm              TEXT,
    user_text        TEXT NOT NULL,
    reply            TEXT,
    status           TEXT NOT NULL CHECK (status IN ('received', 'answered', 'failed')),
    flagged          INTEGER NOT NULL DEFAULT 0,
    error            TEXT,
    received_at      TEXT NOT NULL,
    answered_at      TEXT,
    latency_ms       REAL
);
CREATE INDEX turns_by_conversation ON turns (conversation_id, received_at);

CREATE TABLE stage_events (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    turn_id         TEXT NOT NULL REFERENCES turns (turn_id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    stage           TEXT NOT NULL,
    output_json     TEXT NOT NULL,
    model           TEXT,
    prompt_name     TEXT,
    prompt_version  TEXT,
    prompt_sha256   TEXT,
    latency_ms      REAL NOT NULL,
    started_at      TEXT NOT NULL,
    UNIQUE (turn_id, seq)
);
CREATE INDEX stage_events_by_turn ON stage_events (turn_id, seq);
