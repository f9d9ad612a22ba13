-- A trust: several schools in one database (the PostgreSQL twin of sqlite/0028_schools.sql).
CREATE TABLE schools (
    id         BIGINT PRIMARY KEY,
    slug       TEXT   NOT NULL UNIQUE,
    name       TEXT   NOT NULL,
    created_at TEXT   NOT NULL
);
INSERT INTO schools (id, slug, name, created_at)
VALUES (1, 'school', '', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"000Z"'));

-- One chat account may be linked in several schools, once in each.
ALTER TABLE accounts DROP CONSTRAINT IF EXISTS accounts_platform_account_id_key;
ALTER TABLE accounts ADD CONSTRAINT accounts_school_platform_account_key
    UNIQUE (school_id, platform, account_id);
CREATE INDEX accounts_account ON accounts (platform, account_id);

CREATE TABLE school_choices (
    platform   TEXT   NOT NULL,
    account_id TEXT   NOT NULL,
    school_id  BIGINT NOT NULL,
    chosen_at  TEXT   NOT NULL,
    PRIMARY KEY (platform, account_id)
);
