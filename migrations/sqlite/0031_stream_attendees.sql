-- Attendance by name (policy 003: record attendance): the parents an organiser ticked as having
-- joined a stream, from those its details were sent to. streams.attendance stays the count.
CREATE TABLE stream_attendees (
    stream_id INTEGER NOT NULL REFERENCES streams (id),
    school_id INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id),
    PRIMARY KEY (stream_id, person_id)
);
