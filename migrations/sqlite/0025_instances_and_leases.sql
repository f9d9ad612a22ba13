-- Several Haven instances on one database. Each running Haven registers itself in `instances`
-- and heartbeats it; one that has missed its heartbeat for longer than `core::lease::DEAD_AFTER`
-- (or says it stopped) is dead, and only a dead (or unknown) instance's outbox claims are
-- recovered. `leases` names the roles one instance at a time holds (each platform's sender,
-- the Telegram poller, the Discord gateway, the scheduler) until `expires_at`, renewed on every
-- heartbeat. Times are RFC 3339 text, as everywhere in this schema. No person's data here.
CREATE TABLE instances (
    id           TEXT PRIMARY KEY,
    host         TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL,
    stopped_at   TEXT
);

CREATE TABLE leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

CREATE INDEX leases_holder ON leases (holder);
