-- Broadcasts, the Safer Internet Day campaign, parents' opt-outs, and the outbox's claim on a
-- row while it is being sent (see the conventions in 0001_foundation.sql).

-- A dispatcher claims a row just before it hands it to the platform and settles it after. A row
-- still claimed by a dispatcher that died in between may or may not have been delivered:
-- at_most_once rows (broadcasts) are then settled as failed ('interrupted') and never sent
-- again; the others are released and sent again (at least once).
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_at TEXT;
ALTER TABLE outbox ADD COLUMN at_most_once INTEGER NOT NULL DEFAULT 0;

-- One broadcast: who it goes to, what it says and when. Its deliveries are the outbox rows
-- tagged 'broadcast:<id>', created in one transaction when it is queued.
CREATE TABLE broadcasts (
    id            INTEGER PRIMARY KEY,
    school_id     INTEGER NOT NULL,
    created_by    INTEGER NOT NULL REFERENCES people (id),
    -- JSON: {"staff":bool,"parents":bool,"governors":bool,"classes":["Year 3"]}
    audience      TEXT    NOT NULL,
    -- A template name ('sid-staff', 'sid-parents', 'sid-today', 'workshop', 'aup') or 'custom'.
    content       TEXT    NOT NULL,
    -- The sender's own words (custom) or extra details (templates); nothing sensitive.
    body_text     TEXT,
    essential     INTEGER NOT NULL DEFAULT 0,
    send_at       TEXT    NOT NULL,
    status        TEXT    NOT NULL
                          CHECK (status IN ('draft', 'scheduled', 'queued', 'cancelled')),
    -- Set for the parts of a campaign: the campaign's year and the part's name.
    campaign_year INTEGER,
    campaign_part TEXT,
    recipients    INTEGER,
    not_linked    INTEGER,
    opted_out     INTEGER,
    held          INTEGER,
    created_at    TEXT    NOT NULL,
    queued_at     TEXT,
    cancelled_at  TEXT,
    reported_at   TEXT
);
CREATE INDEX broadcasts_due ON broadcasts (status, send_at);
CREATE INDEX broadcasts_campaign ON broadcasts (school_id, campaign_year);

-- Parents who asked for no non-essential broadcasts.
CREATE TABLE broadcast_optouts (
    person_id INTEGER PRIMARY KEY REFERENCES people (id),
    school_id INTEGER NOT NULL,
    at        TEXT    NOT NULL
);

-- Safer Internet Day, one row per school and year: the coordinator's overrides, and whether
-- they were asked (in January) and have confirmed.
CREATE TABLE sid_campaigns (
    school_id    INTEGER NOT NULL,
    year         INTEGER NOT NULL,
    -- YYYY-MM-DD when the coordinator set a date; NULL means the computed one.
    day          TEXT,
    theme        TEXT,
    asked_at     TEXT,
    confirmed_at TEXT,
    confirmed_by INTEGER REFERENCES people (id),
    PRIMARY KEY (school_id, year)
);
