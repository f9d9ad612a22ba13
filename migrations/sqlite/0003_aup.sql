-- Acceptable Use Policy re-signing (see src/core/aup/). Conventions as in 0001_foundation.sql;
-- dates without a time (due dates, reminder points) are TEXT 'YYYY-MM-DD', local to the school.

-- Published policy versions. Versions whose titles match (case and spacing aside, policy_key)
-- are versions of one policy. The text is kept as published; content_hash is its SHA-256.
CREATE TABLE aup_versions (
    id           INTEGER PRIMARY KEY,
    school_id    INTEGER NOT NULL,
    policy_key   TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    label        TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    audience     TEXT    NOT NULL,          -- comma-separated groups: staff,volunteer,…
    rule         TEXT    NOT NULL,          -- 'annual' or 'fixed:MM-DD'
    link         TEXT,
    effective_at TEXT    NOT NULL,
    published_at TEXT    NOT NULL,
    published_by INTEGER REFERENCES people (id),
    UNIQUE (school_id, policy_key, label)
);

-- Each time someone opened a version's text (signing needs an opening since the last signature).
CREATE TABLE aup_openings (
    id         INTEGER PRIMARY KEY,
    school_id  INTEGER NOT NULL,
    person_id  INTEGER NOT NULL REFERENCES people (id),
    version_id INTEGER NOT NULL REFERENCES aup_versions (id),
    opened_at  TEXT    NOT NULL
);
CREATE INDEX aup_openings_person ON aup_openings (person_id, version_id, opened_at);

-- Signatures: never changed or deleted. content_hash is the hash of the text that was agreed to.
CREATE TABLE aup_signatures (
    id           INTEGER PRIMARY KEY,
    school_id    INTEGER NOT NULL,
    person_id    INTEGER NOT NULL REFERENCES people (id),
    version_id   INTEGER NOT NULL REFERENCES aup_versions (id),
    content_hash TEXT    NOT NULL,
    signed_at    TEXT    NOT NULL,
    platform     TEXT    NOT NULL
);
CREATE INDEX aup_signatures_school ON aup_signatures (school_id, person_id, signed_at);

-- Reminders sent: one row per reminder point of one obligation (person, version, due date).
CREATE TABLE aup_reminders (
    school_id  INTEGER NOT NULL,
    person_id  INTEGER NOT NULL REFERENCES people (id),
    version_id INTEGER NOT NULL REFERENCES aup_versions (id),
    due_on     TEXT    NOT NULL,
    point_on   TEXT    NOT NULL,
    sent_at    TEXT    NOT NULL,
    PRIMARY KEY (person_id, version_id, due_on, point_on)
);
CREATE INDEX aup_reminders_version ON aup_reminders (school_id, version_id);

-- Weekly digests done, by ISO week ('2026-W49'), with how many were overdue and escalated.
CREATE TABLE aup_digests (
    school_id INTEGER NOT NULL,
    week      TEXT    NOT NULL,
    overdue   INTEGER NOT NULL,
    escalated INTEGER NOT NULL,
    done_at   TEXT    NOT NULL,
    PRIMARY KEY (school_id, week)
);
