-- Attendance by name (policy 003: record attendance): the parents an organiser ticked as having
-- joined a stream, from those its details were sent to. streams.attendance stays the count.
CREATE TABLE stream_attendees (
    stream_id INTEGER NOT NULL REFERENCES streams (id),
    school_id INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id),
    PRIMARY KEY (stream_id, person_id)
);

-- The console's buttons: the payloads of the latest message with buttons each console account
-- received, sealed (bound to the account), so that a number still presses them after a restart.
CREATE TABLE console_buttons (
    id              INTEGER PRIMARY KEY,
    school_id       INTEGER NOT NULL,
    account_id      TEXT    NOT NULL,
    payloads_sealed BLOB    NOT NULL,
    updated_at      TEXT    NOT NULL,
    UNIQUE (school_id, account_id)
);
