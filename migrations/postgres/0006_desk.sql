-- The case desk's sign-in (the PostgreSQL twin of sqlite/0029_desk.sql): single-use links sent in a private chat, and browser sessions.
-- Only the SHA-256 of each secret is kept.
CREATE TABLE desk_links (
    token_hash TEXT    PRIMARY KEY,
    school_id  BIGINT  NOT NULL,
    person_id  BIGINT  NOT NULL REFERENCES people (id),
    created_at TEXT    NOT NULL,
    expires_at TEXT    NOT NULL,
    used_at    TEXT
);
CREATE INDEX desk_links_person ON desk_links (school_id, person_id, created_at);

CREATE TABLE desk_sessions (
    id_hash     TEXT    PRIMARY KEY,
    school_id   BIGINT  NOT NULL,
    person_id   BIGINT  NOT NULL REFERENCES people (id),
    fingerprint TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    last_seen   TEXT    NOT NULL,
    ended_at    TEXT
);
