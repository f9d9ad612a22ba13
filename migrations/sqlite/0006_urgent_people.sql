-- Who an urgent alert reached and whom the reporter has since named as the concern's subjects,
-- sealed as JSON {"alerted": [ids], "subjects": [ids]}: the follow-up of an unfinished urgent
-- form goes only to people alerted who are not its subjects.
ALTER TABLE concern_urgent_drafts ADD COLUMN people_sealed BLOB;
