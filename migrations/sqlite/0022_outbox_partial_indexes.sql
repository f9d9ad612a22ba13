-- The outbox's indexes cover only the rows their queries ask about, so that queueing a message
-- and settling it write as few index pages as possible: the dispatcher's queries read pending
-- rows, progress reports read tagged rows (replies have no tag), and purging and reachability
-- read settled rows.
DROP INDEX IF EXISTS outbox_due;
DROP INDEX IF EXISTS outbox_tag;
DROP INDEX IF EXISTS outbox_chat;
DROP INDEX IF EXISTS outbox_settled;

-- Due rows of a platform, oldest first.
CREATE INDEX outbox_pending ON outbox (platform, next_attempt_at) WHERE status = 'pending';
-- A row waiting to be retried holds back later rows to the same chat, so they keep their order.
CREATE INDEX outbox_pending_chat ON outbox (platform, address, id) WHERE status = 'pending';
-- Broadcasts' and streams' progress, and cancelling them.
CREATE INDEX outbox_tag ON outbox (tag, status) WHERE tag IS NOT NULL;
-- Settled rows by age (purging), and the last settled message to a chat (reachability).
CREATE INDEX outbox_settled ON outbox (settled_at) WHERE settled_at IS NOT NULL;
CREATE INDEX outbox_settled_chat ON outbox (platform, address, settled_at)
    WHERE settled_at IS NOT NULL;
