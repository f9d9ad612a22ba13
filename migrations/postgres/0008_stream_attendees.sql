-- Attendance by name (the PostgreSQL twin of sqlite/0031_stream_attendees.sql).
CREATE TABLE stream_attendees (
    stream_id BIGINT NOT NULL REFERENCES streams (id),
    school_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL REFERENCES people (id),
    PRIMARY KEY (stream_id, person_id)
);
