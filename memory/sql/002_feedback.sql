-- Per-turn thumbs from the chat UI, tied to the research log's turn through the UI message id.
CREATE TABLE ui_messages (
    message_id TEXT PRIMARY KEY,
    turn_id    TEXT NOT NULL REFERENCES turns (turn_id) ON DELETE CASCADE
);

CREATE TABLE feedback (
    id          TEXT PRIMARY KEY,
    message_id  TEXT NOT NULL,
    turn_id     TEXT REFERENCES turns (turn_id) ON DELETE CASCADE,
    value       INTEGER NOT NULL CHECK (value IN (0, 1)),
    comment     TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX feedback_by_turn ON feedback (turn_id);
