-- Who reported whom is sealed, not only what they wrote.
--
-- A concern's reporter, what it is about, its categories, subjects, place, time, draft
-- reference, outcome and acknowledger move into concerns.facts_sealed; a chronology entry's
-- kind, author, agency, status and outcome into concern_entries.facts_sealed; an urgent draft's
-- reporter into concern_urgent_drafts.people_sealed; and the actor and subject of every audit
-- record about a concern or an urgent draft into audit.sealed, found again by
-- audit.subject_key, a keyed pseudonym of the subject (HMAC under a key derived from the
-- encryption key, which the database does not hold).
--
-- SQL cannot seal, so the plain columns become nullable here and the store seals what rows
-- hold in them when it opens the database, then clears them (SqliteStore::seal_relations).
-- The migrator runs with foreign keys off, as SQLite's table rebuild procedure requires.

CREATE TABLE concerns_sealed (
    id              INTEGER PRIMARY KEY,
    school_id       INTEGER NOT NULL,
    year            INTEGER NOT NULL,
    seq             INTEGER NOT NULL,
    -- Sealed JSON: reporter, about, categories, subjects, conflict, told a DSL, place, when,
    -- draft reference, outcome, acknowledged by.
    facts_sealed    BLOB,
    -- Sealed JSON: pupils' names, the adult's name, what happened, what was done.
    details_sealed  BLOB    NOT NULL,
    urgent          INTEGER NOT NULL,
    status          TEXT    NOT NULL
                            CHECK (status IN ('open', 'investigating', 'referred', 'monitoring', 'closed')),
    route_level     INTEGER NOT NULL DEFAULT 0,
    escalate_at     TEXT,
    acknowledged_at TEXT,
    closed_at       TEXT,
    legal_hold      INTEGER NOT NULL DEFAULT 0,
    -- 1 while retention deletes the case: only then may its chronology be deleted.
    purging         INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT    NOT NULL,
    -- Plain until sealed on opening; NULL afterwards.
    reporter_id     INTEGER,
    about           TEXT,
    categories      TEXT,
    conflict        INTEGER,
    told_dsl        INTEGER,
    place           TEXT,
    occurred_at     TEXT,
    draft_ref       TEXT,
    acknowledged_by INTEGER,
    outcome         TEXT,
    UNIQUE (school_id, year, seq)
);
INSERT INTO concerns_sealed (id, school_id, year, seq, details_sealed, urgent, status,
    route_level, escalate_at, acknowledged_at, closed_at, legal_hold, created_at, reporter_id,
    about, categories, conflict, told_dsl, place, occurred_at, draft_ref, acknowledged_by,
    outcome)
SELECT id, school_id, year, seq, details_sealed, urgent, status, route_level, escalate_at,
    acknowledged_at, closed_at, legal_hold, created_at, reporter_id, about, categories, conflict,
    told_dsl, place, occurred_at, draft_ref, acknowledged_by, outcome
FROM concerns;
DROP TABLE concerns;
ALTER TABLE concerns_sealed RENAME TO concerns;
CREATE INDEX concerns_escalation ON concerns (school_id, escalate_at);
CREATE INDEX concerns_status ON concerns (school_id, status);

DROP TRIGGER concern_entries_append_only;
CREATE TABLE concern_entries_sealed (
    id           INTEGER PRIMARY KEY,
    school_id    INTEGER NOT NULL,
    concern_id   INTEGER NOT NULL REFERENCES concerns (id),
    n            INTEGER NOT NULL,
    happened_at  TEXT    NOT NULL,
    recorded_at  TEXT    NOT NULL,
    corrects     INTEGER,
    -- Sealed JSON: kind, author, agency, status, outcome.
    facts_sealed BLOB,
    -- Sealed JSON: what was done or decided, the reason, the agency's reference.
    body_sealed  BLOB    NOT NULL,
    -- Plain until sealed on opening; NULL afterwards.
    kind         TEXT,
    author_id    INTEGER,
    agency       TEXT,
    status       TEXT,
    outcome      TEXT,
    UNIQUE (concern_id, n)
);
INSERT INTO concern_entries_sealed (id, school_id, concern_id, n, happened_at, recorded_at,
    corrects, body_sealed, kind, author_id, agency, status, outcome)
SELECT id, school_id, concern_id, n, happened_at, recorded_at, corrects, body_sealed, kind,
    author_id, agency, status, outcome
FROM concern_entries;
DROP TABLE concern_entries;
ALTER TABLE concern_entries_sealed RENAME TO concern_entries;

-- The chronology is append-only: an entry never changes and is never deleted, except that
-- its facts are sealed once (when they were still plain), key rotation re-seals it, and
-- retention deletes a whole case it has marked as purging.
CREATE TRIGGER concern_entries_append_only
BEFORE UPDATE ON concern_entries
WHEN NOT (OLD.facts_sealed IS NULL AND NEW.facts_sealed IS NOT NULL
          AND NEW.kind IS NULL AND NEW.author_id IS NULL
          AND NEW.body_sealed IS OLD.body_sealed AND NEW.n = OLD.n
          AND NEW.concern_id = OLD.concern_id AND NEW.happened_at = OLD.happened_at
          AND NEW.recorded_at = OLD.recorded_at AND NEW.corrects IS OLD.corrects)
 AND NOT (EXISTS (SELECT 1 FROM meta WHERE school_id = 0 AND name = 'resealing')
          AND NEW.n = OLD.n AND NEW.concern_id = OLD.concern_id
          AND NEW.happened_at = OLD.happened_at AND NEW.recorded_at = OLD.recorded_at
          AND NEW.corrects IS OLD.corrects AND NEW.kind IS OLD.kind)
BEGIN
    SELECT RAISE(ABORT, 'the chronology is append-only');
END;
CREATE TRIGGER concern_entries_kept
BEFORE DELETE ON concern_entries
WHEN NOT EXISTS (SELECT 1 FROM concerns WHERE id = OLD.concern_id AND purging = 1)
BEGIN
    SELECT RAISE(ABORT, 'the chronology is append-only');
END;

CREATE TABLE concern_urgent_drafts_sealed (
    draft_ref     TEXT    PRIMARY KEY,
    school_id     INTEGER NOT NULL,
    alerted_at    TEXT    NOT NULL,
    -- Sealed JSON: reporter, about, who was alerted, the subjects named so far.
    people_sealed BLOB,
    -- Plain until sealed on opening; NULL afterwards.
    reporter_id   INTEGER
);
INSERT INTO concern_urgent_drafts_sealed (draft_ref, school_id, alerted_at, people_sealed,
    reporter_id)
SELECT draft_ref, school_id, alerted_at, people_sealed, reporter_id FROM concern_urgent_drafts;
DROP TABLE concern_urgent_drafts;
ALTER TABLE concern_urgent_drafts_sealed RENAME TO concern_urgent_drafts;

-- Audit records about a concern or an urgent draft: actor and subject sealed, the subject
-- findable by its keyed pseudonym.
ALTER TABLE audit ADD COLUMN subject_key TEXT;
ALTER TABLE audit ADD COLUMN sealed BLOB;
CREATE INDEX audit_subject_key ON audit (subject_key);

-- Who was alerted about a concern, and at which level, sealed (the rung reveals whom it is
-- about); the plain person and level of older rows are sealed on opening and cleared.
CREATE TABLE concern_alerts_sealed (
    id           INTEGER PRIMARY KEY,
    school_id    INTEGER NOT NULL,
    concern_id   INTEGER NOT NULL REFERENCES concerns (id),
    at           TEXT    NOT NULL,
    -- Sealed JSON [person id, level].
    alert_sealed BLOB,
    -- Plain until sealed on opening; NULL afterwards.
    person_id    INTEGER,
    level        INTEGER
);
INSERT INTO concern_alerts_sealed (id, school_id, concern_id, at, person_id, level)
SELECT id, school_id, concern_id, at, person_id, level FROM concern_alerts;
DROP TABLE concern_alerts;
ALTER TABLE concern_alerts_sealed RENAME TO concern_alerts;
CREATE INDEX concern_alerts_concern ON concern_alerts (concern_id);
