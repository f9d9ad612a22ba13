-- A trust: several schools in one database.
--
-- Every table already carries school_id; this names the schools. The school that was here
-- before is school 1 (its slug and name are set from haven.toml when Haven opens the database).
CREATE TABLE schools (
    id         INTEGER PRIMARY KEY,
    slug       TEXT    NOT NULL UNIQUE,
    name       TEXT    NOT NULL,
    created_at TEXT    NOT NULL
);
INSERT INTO schools (id, slug, name, created_at)
VALUES (1, 'school', '', strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now'));

-- One chat account may be linked in several schools (one parent, two academies), once in each.
CREATE TABLE accounts_by_school (
    id         INTEGER PRIMARY KEY,
    school_id  INTEGER NOT NULL,
    person_id  INTEGER NOT NULL REFERENCES people (id),
    platform   TEXT    NOT NULL,
    account_id TEXT    NOT NULL,
    linked_at  TEXT    NOT NULL,
    UNIQUE (school_id, platform, account_id),
    UNIQUE (person_id, platform)
);
INSERT INTO accounts_by_school (id, school_id, person_id, platform, account_id, linked_at)
SELECT id, school_id, person_id, platform, account_id, linked_at FROM accounts;
DROP TABLE accounts;
ALTER TABLE accounts_by_school RENAME TO accounts;
CREATE INDEX accounts_account ON accounts (platform, account_id);

-- Which school a private conversation with an account linked in several schools is about,
-- chosen with a button, for a while.
CREATE TABLE school_choices (
    platform   TEXT    NOT NULL,
    account_id TEXT    NOT NULL,
    school_id  INTEGER NOT NULL,
    chosen_at  TEXT    NOT NULL,
    PRIMARY KEY (platform, account_id)
);
