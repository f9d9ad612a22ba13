-- Several Haven instances on one database. Each running Haven registers itself in `instances`
-- and heartbeats it; one that has missed its heartbeat for longer than `core::lease::DEAD_AFTER`
-- (or says it stopped) is dead, and only a dead (or unknown) instance's outbox claims are
-- recovered. `leases` names the roles one instance at a time holds (each platform's sender,
-- the Telegram poller, the Discord gateway, the scheduler) until `expires_at`, renewed on every
-- heartbeat. Times are RFC 3339 text, as everywhere in this schema. No person's data here.
-- `school_id` is 0 (the whole deployment, as in `meta`): instances and roles serve every school.
CREATE TABLE instances (
    school_id    INTEGER NOT NULL DEFAULT 0,
    id           TEXT PRIMARY KEY,
    host         TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL,
    stopped_at   TEXT
);

CREATE TABLE leases (
    school_id  INTEGER NOT NULL DEFAULT 0,
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

CREATE INDEX leases_holder ON leases (holder);
