-- Private livestreams (policy 000 "Livestreaming", 003 "Use of Video Conferencing Technology").
--
-- The joining details (link, meeting id, passcode) are kept only sealed, and set to NULL once
-- the stream is over (plus a grace period), cancelled or declined. Everything else stays for
-- the record: title, times, supervisors, who was sent the details and when, attendance.

CREATE TABLE streams (
    id                     INTEGER PRIMARY KEY,
    school_id              INTEGER NOT NULL,
    organiser_id           INTEGER NOT NULL REFERENCES people (id),
    title                  TEXT    NOT NULL,
    -- '*' for the whole school, else class group names separated by a newline.
    audience               TEXT    NOT NULL,
    service                TEXT    NOT NULL CHECK (service IN ('zoom', 'teams', 'meet', 'other')),
    starts_at              TEXT    NOT NULL,
    ends_at                TEXT    NOT NULL,
    -- NULL when chat is off; otherwise the adult who monitors it.
    chat_monitor           TEXT,
    link_sealed            BLOB,
    meeting_id_sealed      BLOB,
    passcode_sealed        BLOB,
    status                 TEXT    NOT NULL
                                   CHECK (status IN ('awaiting_approval', 'scheduled',
                                                     'declined', 'cancelled')),
    decided_by             INTEGER REFERENCES people (id),
    created_at             TEXT    NOT NULL,
    updated_at             TEXT    NOT NULL,
    credentials_sent_at    TEXT,
    reminded_at            TEXT,
    reported_at            TEXT,
    attendance_asked_at    TEXT,
    secrets_deleted_at     TEXT,
    attendance             INTEGER,
    attendance_recorded_at TEXT,
    -- 1 once the sweep has nothing more to do for the stream.
    settled                INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX streams_open ON streams (school_id, settled);
CREATE INDEX streams_start ON streams (school_id, starts_at);

-- The staff supervising a stream (at least two).
CREATE TABLE stream_supervisors (
    stream_id INTEGER NOT NULL REFERENCES streams (id),
    school_id INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id),
    PRIMARY KEY (stream_id, person_id)
);

-- Who was sent a stream's joining details, what and when; never the details themselves.
-- queued = 0 when the parent had no linked chat account to send them to.
CREATE TABLE stream_deliveries (
    id        INTEGER PRIMARY KEY,
    stream_id INTEGER NOT NULL REFERENCES streams (id),
    school_id INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id),
    kind      TEXT    NOT NULL CHECK (kind IN ('credentials', 'rotation', 'resend')),
    queued    INTEGER NOT NULL,
    at        TEXT    NOT NULL
);
CREATE INDEX stream_deliveries_stream ON stream_deliveries (stream_id, kind);
