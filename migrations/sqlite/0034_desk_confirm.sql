-- The case desk's optional second factor: a session started from a sign-in link waits until
-- its person confirms it with a button in their chat. Only a hash of the button's code is kept;
-- a session without one needed no confirmation.
ALTER TABLE desk_sessions ADD COLUMN confirm_hash TEXT;
ALTER TABLE desk_sessions ADD COLUMN confirmed_at TEXT;
