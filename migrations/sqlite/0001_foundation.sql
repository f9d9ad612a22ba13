-- Haven foundation schema (SQLite).
--
-- Conventions, kept so that a PostgreSQL engine can follow with the same queries:
-- * Every table carries school_id.
-- * Times are TEXT in RFC 3339 UTC with exactly nine fractional digits,
--   e.g. 2025-02-11T09:30:00.000000000Z. The width is fixed, so comparing the text compares
--   the instants, and nothing is lost in a round trip.
-- * Booleans are INTEGER 0/1.
-- * Columns named *_sealed are BLOBs sealed by crate::crypto::Cipher; the list of them is
--   ENCRYPTED_COLUMNS in src/store/sqlite/mod.rs, which key rotation walks.
-- * Enumerations are TEXT with CHECK constraints.

-- Database-wide settings (school_id 0 means "the whole database"), e.g. the fingerprint of
-- the key the sealed columns are encrypted with.
CREATE TABLE meta (
    school_id INTEGER NOT NULL,
    name      TEXT    NOT NULL,
    value     TEXT    NOT NULL,
    PRIMARY KEY (school_id, name)
);

-- The school's directory. People are never deleted: leavers become inactive.
CREATE TABLE people (
    id          INTEGER PRIMARY KEY,
    school_id   INTEGER NOT NULL,
    external_id TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    roles       TEXT    NOT NULL,          -- comma-separated stable role names
    lang        TEXT    NOT NULL,          -- BCP 47 tag
    lang_chosen INTEGER NOT NULL DEFAULT 0, -- 1 once the person picked it; imports keep it
    kind        TEXT    NOT NULL CHECK (kind IN ('staff', 'parent')),
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    UNIQUE (school_id, external_id)
);
CREATE INDEX people_school_kind ON people (school_id, kind, active);

-- Class groups a person belongs to ("Year 3").
CREATE TABLE person_groups (
    school_id INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id),
    name      TEXT    NOT NULL,
    PRIMARY KEY (person_id, name)
);

-- Chat accounts linked to people: one account per person per platform, one person per account.
CREATE TABLE accounts (
    id         INTEGER PRIMARY KEY,
    school_id  INTEGER NOT NULL,
    person_id  INTEGER NOT NULL REFERENCES people (id),
    platform   TEXT    NOT NULL,
    account_id TEXT    NOT NULL,
    linked_at  TEXT    NOT NULL,
    UNIQUE (platform, account_id),
    UNIQUE (person_id, platform)
);

-- One-time link codes; only a hash of the code is kept.
CREATE TABLE link_codes (
    code_hash        TEXT    PRIMARY KEY,
    school_id        INTEGER NOT NULL,
    person_id        INTEGER NOT NULL REFERENCES people (id),
    created_at       TEXT    NOT NULL,
    expires_at       TEXT    NOT NULL,
    used_at          TEXT,
    used_by_platform TEXT,
    used_by_account  TEXT
);

-- Wrong link codes typed, for rate limiting. The account is not linked to anyone yet, so the
-- rows are kept under the default school.
CREATE TABLE failed_links (
    id         INTEGER PRIMARY KEY,
    school_id  INTEGER NOT NULL,
    platform   TEXT    NOT NULL,
    account_id TEXT    NOT NULL,
    at         TEXT    NOT NULL
);
CREATE INDEX failed_links_account ON failed_links (platform, account_id, at);

-- Guided-form drafts, one per person; the FormState is sealed JSON.
CREATE TABLE drafts (
    person_id    INTEGER PRIMARY KEY REFERENCES people (id),
    school_id    INTEGER NOT NULL,
    platform     TEXT    NOT NULL,
    state_sealed BLOB    NOT NULL,
    updated_at   TEXT    NOT NULL,
    reminded     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX drafts_updated ON drafts (updated_at);

-- The outbox: every message (or removal) the bot means to make, written in the same
-- transaction as the change that caused it. A body is either plain JSON (body_json) or, when
-- it carries sensitive values, sealed JSON (body_sealed); a sent sensitive body is scrubbed.
CREATE TABLE outbox (
    id                INTEGER PRIMARY KEY,
    school_id         INTEGER NOT NULL,
    platform          TEXT    NOT NULL,
    address_kind      TEXT    NOT NULL CHECK (address_kind IN ('private', 'group')),
    address           TEXT    NOT NULL,
    person_id         INTEGER REFERENCES people (id),
    lang              TEXT    NOT NULL,
    job               TEXT    NOT NULL CHECK (job IN ('send', 'remove')),
    body_json         TEXT,
    body_sealed       BLOB,
    remove_message_id TEXT,
    status            TEXT    NOT NULL DEFAULT 'pending'
                              CHECK (status IN ('pending', 'sent', 'failed', 'cancelled')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   TEXT    NOT NULL,
    remove_after_secs INTEGER,
    report_to         INTEGER REFERENCES people (id),
    sent_message_id   TEXT,
    last_error        TEXT,
    created_at        TEXT    NOT NULL,
    settled_at        TEXT,
    -- What the message belongs to (a broadcast, a stream), for progress reports and cancelling.
    tag               TEXT
);
CREATE INDEX outbox_due ON outbox (status, platform, next_attempt_at);
CREATE INDEX outbox_tag ON outbox (tag, status);
-- A row waiting to be retried holds back later rows to the same chat, so they keep their order.
CREATE INDEX outbox_chat ON outbox (platform, address, status, id);

-- Who did what, for the record. Subjects never hold sensitive content.
CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    school_id INTEGER NOT NULL,
    actor_id  INTEGER REFERENCES people (id),
    action    TEXT    NOT NULL,
    subject   TEXT    NOT NULL,
    at        TEXT    NOT NULL
);
