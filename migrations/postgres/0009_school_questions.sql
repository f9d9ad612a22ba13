-- The command line an account linked in several schools sent while Haven asked which school it
-- meant: replayed in the school it then chooses. Only a command line is kept (never free text),
-- one per account, and taken when the school is chosen. Its school is the first the question
-- offers (the account's first school).
CREATE TABLE school_questions (
    platform   TEXT NOT NULL,
    account_id TEXT NOT NULL,
    school_id  BIGINT NOT NULL,
    command    TEXT NOT NULL,
    asked_at   TEXT NOT NULL,
    PRIMARY KEY (platform, account_id)
);
