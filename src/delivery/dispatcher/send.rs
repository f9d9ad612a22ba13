//! One group of rows on its way: claimed, handed to the platform, recorded; and, once per
//! dispatcher, what earlier dispatchers sent or left claimed. Never waits for a rate limit:
//! the rows it gets were given room.

use super::super::chats::Queued;
use super::super::limiter::{Ask, Reservation};
use super::super::outcome::{record, MAX_ATTEMPTS};
use super::super::{Button, Rendered, SendError};
use super::Dispatcher;
use crate::core::lease;
use crate::core::menu::Menu;
use crate::core::message::Body;
use crate::core::store::{Address, Claim, Job, OutboxItem, RecentSend, Tx};
use crate::metrics::Delivery;
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use tokio::time::Instant;

impl Dispatcher {
    /// Once per dispatcher: counts what was sent lately against the windows, and settles or
    /// releases rows that dead instances left claimed.
    pub(super) async fn recover(&self) -> anyhow::Result<()> {
        self.recovered
            .get_or_try_init(|| async {
                let mut tx = self.store.begin().await?;
                let platform = self.transport.platform();
                let now = self.clock.now();
                let longest = self.limiter.limits().longest();
                if !longest.is_zero() {
                    let since = now - chrono::Duration::from_std(longest)?;
                    self.count_earlier(&tx.recent_sends(platform, since, now).await?, now);
                }
                self.recover_claims(&mut *tx, now).await?;
                self.recover_own(&mut *tx, now).await?;
                tx.commit().await?;
                Ok::<(), anyhow::Error>(())
            })
            .await?;
        Ok(())
    }

    /// Recovers again what instances that died since left claimed, once every
    /// [`lease::HEARTBEAT`] of the clock, in the caller's transaction.
    pub(super) async fn recover_again(
        &self,
        tx: &mut dyn Tx,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        if self.stale_claims.load(std::sync::atomic::Ordering::SeqCst) {
            self.recover_own(tx, now).await?;
        }
        let every = chrono::Duration::from_std(lease::HEARTBEAT)?;
        let due = self
            .last_recovery
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .is_none_or(|last| now - last >= every);
        if due {
            self.recover_claims(tx, now).await?;
        }
        Ok(())
    }

    /// Deals with the rows this instance left claimed; only while nothing is in flight.
    async fn recover_own(&self, tx: &mut dyn Tx, now: DateTime<Utc>) -> anyhow::Result<()> {
        let platform = self.transport.platform();
        let r = tx.recover_own_claims(platform, &self.instance, now).await?;
        self.stale_claims
            .store(false, std::sync::atomic::Ordering::SeqCst);
        if r.released + r.interrupted > 0 {
            tracing::warn!(%platform, released = r.released, interrupted = r.interrupted,
                "found deliveries sent but not recorded");
        }
        Ok(())
    }

    async fn recover_claims(&self, tx: &mut dyn Tx, now: DateTime<Utc>) -> anyhow::Result<()> {
        let platform = self.transport.platform();
        let r = tx.recover_claims(platform, &self.instance, now).await?;
        *self
            .last_recovery
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(now);
        if r.released + r.interrupted > 0 {
            tracing::warn!(%platform, released = r.released, interrupted = r.interrupted,
                "found deliveries an instance that stopped left mid-send");
        }
        Ok(())
    }

    /// Counts requests made before this dispatcher started in its windows.
    fn count_earlier(&self, recent: &[RecentSend], now: chrono::DateTime<chrono::Utc>) {
        let here = Instant::now();
        for s in recent {
            let age = (now - s.at).to_std().unwrap_or_default();
            let Some(at) = here.checked_sub(age) else {
                continue;
            };
            let requests = s
                .message_id
                .as_deref()
                .map_or(1, |id| self.transport.requests_for(id));
            let ask = Ask {
                address: &s.address,
                requests,
                in_chat: !s.removal,
            };
            self.limiter.record(&ask, at);
        }
    }

    /// Claims, sends and records one group of rows given room; says for each whether its
    /// chat may go on.
    pub(super) async fn deliver_group(
        &self,
        group: Vec<(Queued, Reservation)>,
    ) -> anyhow::Result<Vec<bool>> {
        let ids: Vec<i64> = group.iter().map(|(q, _)| q.item.id).collect();
        let claimed: HashMap<i64, Claim> = {
            let mut tx = self.claims.as_ref().unwrap_or(&self.store).begin().await?;
            let claimed = tx.claim(&ids, &self.instance, self.clock.now()).await?;
            tx.commit().await?;
            claimed.into_iter().map(|k| (k.id, k)).collect()
        };
        // No await between the claim committing and the sends starting: `join_all` polls every
        // send before this task can be stopped. Each send is counted from the moment it starts;
        // a row cancelled since it was read gives its room back.
        let claimed = &claimed;
        let sends = group.into_iter().map(|(q, room)| async move {
            if !claimed.contains_key(&q.item.id) {
                return (q, None);
            }
            let started = Instant::now();
            let result = self.attempt(&q).await;
            room.used(started, Instant::now());
            (q, Some(result))
        });
        let results = futures_util::future::join_all(sends).await;
        let now = self.clock.now();
        let mut tx = self.store.begin().await?;
        let mut go_on = Vec::with_capacity(results.len());
        let mut counted = Vec::with_capacity(results.len());
        for (q, result) in results {
            go_on.push(match result {
                Some(result) => {
                    let how = counted_as(&q.item, &result);
                    let claim = &claimed[&q.item.id];
                    match record(&mut *tx, &q.item, claim, result, now).await? {
                        Some(go_on) => {
                            counted.push(how);
                            go_on
                        }
                        None => {
                            counted.push(Delivery::Dropped);
                            false
                        }
                    }
                }
                None => true,
            });
        }
        tx.commit().await?;
        let platform = self.transport.platform();
        for how in counted {
            self.metrics.delivered(platform, how);
        }
        Ok(go_on)
    }

    /// Hands one row to the platform.
    async fn attempt(&self, q: &Queued) -> Result<Option<String>, SendError> {
        match (&q.item.job, &q.rendered) {
            (Job::Send(_), Some(rendered)) => self.transport.send(rendered).await,
            (Job::Send(body), None) => self.transport.send(&self.render(&q.item, body)).await,
            (Job::Remove { message_id }, _) => self
                .transport
                .remove(&q.item.address, message_id)
                .await
                .map(|_| None),
            (Job::Menu(menu), _) => self
                .publish_menu(&q.item, menu.as_ref())
                .await
                .map(|_| None),
        }
    }

    /// Hands one command menu to the platform, its descriptions in the row's language.
    async fn publish_menu(&self, item: &OutboxItem, menu: Option<&Menu>) -> Result<(), SendError> {
        let entries = menu.map(|m| self.i18n.menu(item.lang, m));
        match (&item.address, entries) {
            (Address::Everyone, Some(entries)) => {
                self.transport
                    .set_menu_for_everyone(item.lang, &entries)
                    .await
            }
            (Address::Everyone, None) => Ok(()),
            (address, entries) => {
                self.transport
                    .set_chat_menu(address, entries.as_deref())
                    .await
            }
        }
    }

    pub(super) fn render(&self, item: &OutboxItem, body: &Body) -> Rendered {
        let lang = item.lang;
        let tz = (self.zones.get(&item.school).copied()).unwrap_or_else(|| self.i18n.tz());
        let (text, pieces) = self.i18n.render_pieces_in(tz, lang, body);
        Rendered {
            address: item.address.clone(),
            text,
            pieces,
            buttons: body
                .choices
                .iter()
                .map(|c| Button {
                    label: self.i18n.label(lang, &c.label),
                    payload: c.payload.clone(),
                })
                .collect(),
            lang,
            rtl: lang.is_rtl(),
            private_link_label: matches!(item.address, Address::Group(_))
                .then(|| self.i18n.text(lang, "open-private-chat")),
            expects_text: body.expects_text.clone(),
            protect: body.sensitive,
        }
    }
}

/// How an attempt counts in the metrics: as `outcome::record` settles it.
fn counted_as(item: &OutboxItem, result: &Result<Option<String>, SendError>) -> Delivery {
    match result {
        Ok(_) => Delivery::Sent,
        Err(SendError::RetryAfter(_)) => Delivery::Retried,
        Err(SendError::Transient(_)) if item.attempts + 1 < MAX_ATTEMPTS => Delivery::Retried,
        Err(_) => Delivery::Failed,
    }
}
