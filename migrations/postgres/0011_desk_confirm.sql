-- The case desk's optional second factor (see the SQLite migration 0034).
ALTER TABLE desk_sessions ADD COLUMN confirm_hash TEXT;
ALTER TABLE desk_sessions ADD COLUMN confirmed_at TEXT;
