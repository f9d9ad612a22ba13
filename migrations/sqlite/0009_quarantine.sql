-- Rows that could not be opened or read (a damaged sealed value, an unknown stored code) are
-- set aside here so that one bad row never stops anyone else's work. A record names the row
-- and what failed, never its content; `reported` is set once the right people were told
-- (the DSL team for concern data, the office for directory data, a draft's owner).
CREATE TABLE quarantine (
    id          INTEGER PRIMARY KEY,
    school_id   INTEGER NOT NULL,
    table_name  TEXT    NOT NULL,
    row_key     INTEGER NOT NULL,
    column_name TEXT    NOT NULL,
    what        TEXT    NOT NULL,
    -- Who the row belongs to, when that is a person (a draft's owner).
    owner_id    INTEGER,
    at          TEXT    NOT NULL,
    reported    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (table_name, row_key, column_name)
);
CREATE INDEX quarantine_unreported ON quarantine (reported);

-- Settled outbox rows are purged by age; failed link attempts likewise.
CREATE INDEX outbox_settled ON outbox (status, settled_at);
CREATE INDEX failed_links_at ON failed_links (at);
