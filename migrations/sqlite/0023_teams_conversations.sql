-- Microsoft Teams conversation references: where to write to an account's personal chat or to a
-- group chat or channel, remembered when first seen so that Haven can write first later. No
-- message content is kept here.
CREATE TABLE teams_conversations (
    school_id    INTEGER NOT NULL,
    address_kind TEXT    NOT NULL CHECK (address_kind IN ('private', 'group')),
    address      TEXT    NOT NULL,
    service_url  TEXT    NOT NULL,
    conversation TEXT,
    tenant       TEXT,
    directory_id TEXT,
    removed      INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (school_id, address_kind, address)
);
