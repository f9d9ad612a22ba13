-- Command menus waiting to be published, found with one index probe: the dispatcher asks on
-- every read whether any is due, and almost always none is.
CREATE INDEX outbox_pending_menus ON outbox (platform, next_attempt_at)
    WHERE status = 'pending' AND job = 'menu';
