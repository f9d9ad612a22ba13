-- Transfers of child protection files to a pupil's new school (Keeping Children Safe in
-- Education: within five school days, with confirmation of receipt).
--
-- The receiving school and the name of whoever confirmed receipt are sealed together
-- (details_sealed, bound to the row id); dates are plain so overdue transfers can be found.
CREATE TABLE concern_transfers (
    id             INTEGER PRIMARY KEY,
    school_id      INTEGER NOT NULL,
    details_sealed BLOB,
    due_from       TEXT    NOT NULL,
    deadline       TEXT    NOT NULL,
    sent_on        TEXT    NOT NULL,
    sent_by        INTEGER NOT NULL REFERENCES people (id),
    recorded_at    TEXT    NOT NULL,
    confirmed_on   TEXT,
    confirm_by     INTEGER REFERENCES people (id),
    confirm_at     TEXT
);
CREATE INDEX concern_transfers_open ON concern_transfers (school_id, confirmed_on);

-- The cases a transfer holds.
CREATE TABLE concern_transfer_cases (
    transfer_id INTEGER NOT NULL REFERENCES concern_transfers (id),
    school_id   INTEGER NOT NULL,
    concern_id  INTEGER NOT NULL REFERENCES concerns (id),
    PRIMARY KEY (transfer_id, concern_id)
);
CREATE INDEX concern_transfer_cases_concern ON concern_transfer_cases (concern_id);
