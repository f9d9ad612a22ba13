-- Every inbound platform update Haven has handled (Telegram's update_id, a Discord interaction
-- or message id, a console session's line), recorded in the transaction of the turn it caused,
-- so that an update delivered again (after a crash, before Telegram heard it was handled) is
-- skipped. Rows older than a week are purged as new ones arrive.
CREATE TABLE handled_updates (
    school_id  INTEGER NOT NULL,
    platform   TEXT    NOT NULL,
    update_id  TEXT    NOT NULL,
    handled_at TEXT    NOT NULL,
    PRIMARY KEY (platform, update_id)
) WITHOUT ROWID;
CREATE INDEX handled_updates_at ON handled_updates (handled_at);
