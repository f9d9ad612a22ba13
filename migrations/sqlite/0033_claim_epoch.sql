-- A claim's number on its outbox row, counted up by every claim: a dispatcher records how a
-- delivery went only while the row still carries its claim (instance and number), so an
-- instance judged dead that comes back cannot settle a row a peer recovered.
ALTER TABLE outbox ADD COLUMN claim_epoch INTEGER NOT NULL DEFAULT 0;
