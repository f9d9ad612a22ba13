-- Safeguarding roles need a second person (see src/core/roles): a role that puts someone on a
-- concern route, gained through the directory, waits here until the Headteacher or the Chair
-- confirms it; only then is it added to people.roles.
CREATE TABLE role_requests (
    id           INTEGER PRIMARY KEY,
    school_id    INTEGER NOT NULL,
    person_id    INTEGER NOT NULL REFERENCES people (id),
    role         TEXT    NOT NULL,
    requested_at TEXT    NOT NULL,
    settled_at   TEXT,
    -- 'confirmed', 'refused', or 'withdrawn' (the directory no longer gives the role).
    outcome      TEXT,
    settled_by   INTEGER REFERENCES people (id)
);
CREATE INDEX role_requests_open ON role_requests (person_id, settled_at);
