-- Pilot-study mode: who took part (a keyed hash, never the id), in which arm, what they agreed to, what they
-- answered before and after the chat, and the code that proves completion.
CREATE TABLE study_participants (
    study_id         TEXT NOT NULL,
    participant_hash TEXT NOT NULL,
    arm              TEXT NOT NULL,
    assigned_at      TEXT NOT NULL,
    PRIMARY KEY (study_id, participant_hash)
);

-- One row per chat session (a Chainlit thread) of a participant; turns join on conversation_id.
CREATE TABLE study_sessions (
    conversation_id  TEXT PRIMARY KEY,
    study_id         TEXT NOT NULL,
    participant_hash TEXT NOT NULL,
    arm              TEXT NOT NULL,
    consent_version  TEXT NOT NULL,
    started_at       TEXT NOT NULL,
    ended_at         TEXT,
    end_reason       TEXT CHECK (end_reason IN ('turn_limit', 'time_limit', 'participant')),
    completion_code  TEXT UNIQUE
);
CREATE INDEX study_sessions_by_study ON study_sessions (study_id, started_at);

-- Every consent decision, accepted or declined, with the version of the text that was shown.
CREATE TABLE consent_events (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    study_id         TEXT NOT NULL,
    participant_hash TEXT NOT NULL,
    consent_version  TEXT NOT NULL,
    decision         TEXT NOT NULL CHECK (decision IN ('accept', 'decline')),
    decided_at       TEXT NOT NULL
);

-- Pre- and post-chat answers on ESConv's 1-5 scales.
CREATE TABLE measures (
    conversation_id TEXT NOT NULL REFERENCES study_sessions (conversation_id) ON DELETE CASCADE,
    phase           TEXT NOT NULL CHECK (phase IN ('pre', 'post')),
    name            TEXT NOT NULL CHECK (name IN ('intensity', 'empathy', 'relevance')),
    value           INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
    answered_at     TEXT NOT NULL,
    PRIMARY KEY (conversation_id, phase, name)
);

-- Every stage row with everything an analysis needs in one place: turn, session, participant, arm, stage,
-- output, model, prompt id + hash, latency, time.
CREATE VIEW stage_rows AS
SELECT e.turn_id, t.conversation_id, s.study_id, s.participant_hash, COALESCE(t.arm, s.arm) AS arm,
       e.seq, e.stage, e.output_json, e.model, e.prompt_name, e.prompt_version, e.prompt_sha256,
       e.latency_ms, e.started_at
FROM stage_events e
JOIN turns t ON t.turn_id = e.turn_id
LEFT JOIN study_sessions s ON s.conversation_id = t.conversation_id;
