-- Link codes that cannot be hijacked (see src/core/linking): a code seen in a group is revoked
-- at once, and moving a person to a new account on a platform where they already have one waits
-- for the old account's confirmation (or the office's, after a cooling-off period).

-- When a code was revoked because it was seen outside a private chat.
ALTER TABLE link_codes ADD COLUMN revoked_at TEXT;

-- A request to move a person's account on one platform to a new account.
CREATE TABLE pending_links (
    id           INTEGER PRIMARY KEY,
    school_id    INTEGER NOT NULL,
    person_id    INTEGER NOT NULL REFERENCES people (id),
    platform     TEXT    NOT NULL,
    -- The account that redeemed the code and waits to be linked.
    account_id   TEXT    NOT NULL,
    requested_at TEXT    NOT NULL,
    settled_at   TEXT,
    -- 'confirmed' (by the old account), 'approved' (by the office), 'declined', 'replaced'.
    outcome      TEXT
);
CREATE INDEX pending_links_person ON pending_links (person_id, platform, settled_at);
