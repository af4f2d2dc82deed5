-- Turns that were received but never answered (e.g. the server stopped mid-turn), once the person was told.
CREATE TABLE interruptions (
    turn_id   TEXT PRIMARY KEY REFERENCES turns (turn_id) ON DELETE CASCADE,
    noted_at  TEXT NOT NULL
);
