-- Concerns: safeguarding and online-safety reports, and the case record kept on each.
-- See the conventions at the top of 0001_foundation.sql. Names and narrative are only ever in
-- the *_sealed columns; everything else here is what routing, escalation and the anonymised
-- report need, and holds no names.

CREATE TABLE concerns (
    id              INTEGER PRIMARY KEY,
    school_id       INTEGER NOT NULL,
    -- The reference C-<year>-<seq>, numbered per school per year.
    year            INTEGER NOT NULL,
    seq             INTEGER NOT NULL,
    reporter_id     INTEGER NOT NULL REFERENCES people (id),
    about           TEXT    NOT NULL
                            CHECK (about IN ('pupil', 'staff', 'head', 'adult', 'online', 'self')),
    categories      TEXT    NOT NULL,          -- comma-separated category codes
    urgent          INTEGER NOT NULL,
    conflict        INTEGER NOT NULL,
    told_dsl        INTEGER NOT NULL,
    place           TEXT    NOT NULL CHECK (place IN ('school', 'home', 'trip', 'other')),
    occurred_at     TEXT    NOT NULL,
    draft_ref       TEXT,
    -- Sealed JSON: pupils' names, the adult's name, what happened, what was done.
    details_sealed  BLOB    NOT NULL,
    status          TEXT    NOT NULL
                            CHECK (status IN ('open', 'investigating', 'referred', 'monitoring', 'closed')),
    route_level     INTEGER NOT NULL DEFAULT 0,
    escalate_at     TEXT,                      -- NULL once acknowledged or closed
    acknowledged_at TEXT,
    acknowledged_by INTEGER REFERENCES people (id),
    closed_at       TEXT,
    outcome         TEXT,
    legal_hold      INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT    NOT NULL,
    UNIQUE (school_id, year, seq)
);
CREATE INDEX concerns_escalation ON concerns (school_id, escalate_at);
CREATE INDEX concerns_status ON concerns (school_id, status);

-- People a concern is about, found in the directory: kept off its route and out of its case.
CREATE TABLE concern_subjects (
    concern_id INTEGER NOT NULL REFERENCES concerns (id),
    person_id  INTEGER NOT NULL REFERENCES people (id),
    school_id  INTEGER NOT NULL,
    PRIMARY KEY (concern_id, person_id)
);

-- The chronology of a case: append-only. A correction is a new entry pointing at the old one.
CREATE TABLE concern_entries (
    id          INTEGER PRIMARY KEY,
    school_id   INTEGER NOT NULL,
    concern_id  INTEGER NOT NULL REFERENCES concerns (id),
    n           INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    author_id   INTEGER REFERENCES people (id),
    happened_at TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    agency      TEXT,
    corrects    INTEGER,
    status      TEXT,
    outcome     TEXT,
    -- Sealed JSON: what was done or decided, the reason, the agency's reference.
    body_sealed BLOB    NOT NULL,
    UNIQUE (concern_id, n)
);

-- Only key rotation may rewrite an entry, and only its sealing.
CREATE TRIGGER concern_entries_append_only
BEFORE UPDATE OF school_id, concern_id, n, kind, author_id, happened_at, recorded_at, agency,
                 corrects, status, outcome ON concern_entries
BEGIN
    SELECT RAISE(ABORT, 'the chronology is append-only');
END;

-- Who was alerted about what, and when (bundling and the record).
CREATE TABLE concern_alerts (
    id         INTEGER PRIMARY KEY,
    school_id  INTEGER NOT NULL,
    concern_id INTEGER NOT NULL REFERENCES concerns (id),
    person_id  INTEGER NOT NULL REFERENCES people (id),
    level      INTEGER NOT NULL,
    at         TEXT    NOT NULL
);
CREATE INDEX concern_alerts_concern ON concern_alerts (concern_id);

-- Urgent alerts raised from a form not yet submitted, by the draft reference they carried.
CREATE TABLE concern_urgent_drafts (
    draft_ref   TEXT    PRIMARY KEY,
    school_id   INTEGER NOT NULL,
    reporter_id INTEGER NOT NULL REFERENCES people (id),
    alerted_at  TEXT    NOT NULL
);
