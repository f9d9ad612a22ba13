-- Command menus are outbox jobs: "this account's private chat shows menu M", or "everyone whose
-- app is in this language sees menu M" (address_kind 'everyone', address the language tag).
-- menu_json holds the menu (command names with the Fluent keys of their descriptions, or JSON
-- null for "no menu of its own"); it is not a message body and is kept after settling, so that
-- the store knows what each chat was last asked to show and never queues the same menu twice.
--
-- SQLite cannot change a CHECK constraint, so the table is rebuilt (the migrator runs with
-- foreign keys off, as SQLite's table rebuild procedure requires).

CREATE TABLE outbox_with_menus (
    id                INTEGER PRIMARY KEY,
    school_id         INTEGER NOT NULL,
    platform          TEXT    NOT NULL,
    address_kind      TEXT    NOT NULL CHECK (address_kind IN ('private', 'group', 'everyone')),
    address           TEXT    NOT NULL,
    person_id         INTEGER REFERENCES people (id),
    lang              TEXT    NOT NULL,
    job               TEXT    NOT NULL CHECK (job IN ('send', 'remove', 'menu')),
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
    tag               TEXT,
    claimed_by        TEXT,
    claimed_at        TEXT,
    at_most_once      INTEGER NOT NULL DEFAULT 0,
    menu_json         TEXT
);

INSERT INTO outbox_with_menus (id, school_id, platform, address_kind, address, person_id, lang,
    job, body_json, body_sealed, remove_message_id, status, attempts, next_attempt_at,
    remove_after_secs, report_to, sent_message_id, last_error, created_at, settled_at, tag,
    claimed_by, claimed_at, at_most_once)
SELECT id, school_id, platform, address_kind, address, person_id, lang,
    job, body_json, body_sealed, remove_message_id, status, attempts, next_attempt_at,
    remove_after_secs, report_to, sent_message_id, last_error, created_at, settled_at, tag,
    claimed_by, claimed_at, at_most_once
FROM outbox;

DROP TABLE outbox;
ALTER TABLE outbox_with_menus RENAME TO outbox;

CREATE INDEX outbox_due ON outbox (status, platform, next_attempt_at);
CREATE INDEX outbox_tag ON outbox (tag, status);
-- A row waiting to be retried holds back later rows to the same chat, so they keep their order.
CREATE INDEX outbox_chat ON outbox (platform, address, status, id);
CREATE INDEX outbox_settled ON outbox (status, settled_at);
-- The last menu queued for a chat (or for everyone in a language).
CREATE INDEX outbox_menus ON outbox (platform, address_kind, address, job, id);
