//! People of the demo school on the fake Discord, acting one step at a time as a person does:
//! each action is followed by waiting for what the bot says next (serenity handles gateway
//! events concurrently, so firing them without waiting would reorder them). Each person keeps
//! their place in their DM, so [`Member::sees`] only looks at messages after the last one they
//! looked at.

use super::discord_app::{Answered, DiscordApp, DiscordUser};
use super::discord_fake::{FakeDiscord, Shown, PATIENCE};
use haven::core::ids::{Account, Platform};
use std::cell::Cell;
use std::future::Future;
use std::time::Duration;

/// A person on the fake Discord, reading their DM in order.
pub struct Member<'a> {
    pub user: DiscordUser<'a>,
    app: &'a DiscordApp,
    seen: Cell<usize>,
}

impl DiscordApp {
    /// Someone on Discord with this user id, reading their DM from the start.
    pub fn member(&self, id: &str) -> Member<'_> {
        Member {
            user: self.user(id),
            app: self,
            seen: Cell::new(0),
        }
    }

    /// The demo person with this MIS id, linked to the Discord user `id` with a link code typed
    /// in their DM (so messages for them now go to Discord). Their DM then holds the bot's
    /// confirmation (in their language), which counts as seen.
    pub async fn linked(&self, external_id: &str, id: &str) -> Member<'_> {
        self.t.first_account_next(external_id).await;
        let code = self.t.issue_code(external_id).await;
        let m = self.member(id);
        m.writes(&format!("/link {code}"));
        let n = self
            .fake
            .wait_until(|f| Some(f.dm_messages(id).len()).filter(|n| *n > 0))
            .await;
        m.seen.set(n);
        let mut tx = self.t.store().begin().await.expect("tx");
        let who = tx
            .person_by_account(&Account::new(Platform::Discord, id))
            .await
            .expect("lookup")
            .map(|p| p.external_id);
        assert_eq!(who.as_deref(), Some(external_id), "{:?}", m.dm_texts());
        m
    }

    /// Waits until an asynchronous `probe` (of the store, say) holds, looking again after every
    /// call the bot makes and at least every few milliseconds; fails the test after
    /// [`PATIENCE`].
    pub async fn eventually<F, Fut>(&self, what: &str, probe: F)
    where
        F: Fn() -> Fut,
        Fut: Future<Output = bool>,
    {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            let called = self.fake.shared.called.notified();
            if probe().await {
                return;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "never happened: {what}"
            );
            let _ = tokio::time::timeout(Duration::from_millis(20), called).await;
        }
    }

    /// Moves the fake clock on a second at a time, waking the dispatchers, until `probe` finds
    /// something on the fake Discord (for deliveries put back until a later time).
    pub async fn advance_until<T>(&self, probe: impl Fn(&FakeDiscord) -> Option<T>) -> T {
        let found = std::cell::RefCell::new(None);
        self.eventually("the fake Discord showed what was expected", || {
            let hit = probe(&self.fake);
            let done = hit.is_some();
            if let Some(h) = hit {
                *found.borrow_mut() = Some(h);
            } else {
                self.t.clock.advance(chrono::Duration::seconds(1));
                self.t.app.wake.notify_waiters();
            }
            async move { done }
        })
        .await;
        found.into_inner().expect("found")
    }

    /// Waits until nothing tagged `tag` is waiting in the outbox any more.
    pub async fn settled(&self, tag: &str) {
        let store = self.t.store();
        self.eventually(&format!("every delivery of {tag} settled"), || {
            let store = store.clone();
            let tag = tag.to_string();
            async move {
                let mut tx = store.begin().await.expect("tx");
                let tag = haven::core::tag::Tag::parse(&tag).expect("a tag");
                let s = tx.tag_summary(&tag).await.expect("summary");
                s.pending == 0 && s.sent + s.failed + s.cancelled > 0
            }
        })
        .await;
    }

    /// Fails the test unless Haven registered the slash command `name` (with the option, if
    /// one is given), as Discord only sends commands that were registered.
    pub fn assert_registered(&self, name: &str, option: Option<(&str, &str)>) {
        let put = self
            .fake
            .calls_to("PUT /applications/")
            .pop()
            .expect("commands registered");
        let command = put
            .body
            .as_array()
            .into_iter()
            .flatten()
            .find(|c| c["name"] == name)
            .unwrap_or_else(|| panic!("/{name} is not registered on Discord"));
        if let Some((o, _)) = option {
            let options = command["options"].as_array().cloned().unwrap_or_default();
            assert!(
                options.iter().any(|x| x["name"] == o),
                "/{name} has no option {o:?}"
            );
        }
    }

    /// Every message the bot showed in a server channel (not a DM), ephemeral ones included.
    pub fn channel_messages(&self) -> Vec<Shown> {
        let inner = self.fake.shared.lock();
        let all = inner.shown.clone();
        drop(inner);
        all.into_iter()
            .filter(|s| !self.fake.is_dm_channel(&s.channel))
            .collect()
    }
}

impl Member<'_> {
    pub fn id(&self) -> &str {
        &self.user.id
    }

    /// Their DM channel with the bot.
    pub fn dm(&self) -> String {
        self.user.dm()
    }

    /// Types a message in their DM.
    pub fn writes(&self, text: &str) {
        self.user.writes(text);
    }

    /// Posts a message in a server channel; returns the message's id.
    pub fn writes_in(&self, channel: &str, text: &str) -> String {
        self.user.writes_in(channel, text)
    }

    /// Runs a slash command in their DM (Discord offers only registered ones).
    pub fn runs(&self, name: &str, option: Option<(&str, &str)>) {
        self.app.assert_registered(name, option);
        self.user.runs(name, option);
    }

    /// Runs a slash command in a server channel (Discord offers only registered ones).
    pub fn runs_in(&self, channel: &str, name: &str, option: Option<(&str, &str)>) {
        self.app.assert_registered(name, option);
        self.user.runs_in(channel, name, option);
    }

    /// Presses the button labelled `label` on the latest DM message that has it.
    pub fn presses(&self, label: &str) {
        self.user.presses(label);
    }

    /// Waits for a DM message after the last one they looked at whose text contains `needle`;
    /// returns it and marks everything up to it as seen.
    pub async fn sees(&self, needle: &str) -> Shown {
        let from = self.seen.get();
        let (i, m) = self
            .app
            .fake
            .wait_until(|f| {
                f.dm_messages(&self.user.id)
                    .into_iter()
                    .enumerate()
                    .skip(from)
                    .find(|(_, m)| m.text().contains(needle))
            })
            .await;
        self.seen.set(i + 1);
        m
    }

    /// Marks every DM message they have received so far as seen (say, after a restart).
    pub fn catch_up(&self) {
        self.seen.set(self.user.dm_messages().len());
    }

    /// Presses a button, then waits for `next`.
    pub async fn picks(&self, label: &str, next: &str) -> Shown {
        self.presses(label);
        self.sees(next).await
    }

    /// Presses the write button labelled `label` on their newest question, writes `text` in the
    /// modal Haven opens and submits it, then waits for `next`. Returns the modal.
    pub async fn writes_in_modal(&self, label: &str, text: &str, next: &str) -> Answered {
        let modal = self.user.presses_for_answer(label).await;
        assert_eq!(modal.body["type"], 9, "a modal opens: {}", modal.body);
        self.user.submits_modal(&modal, text);
        self.sees(next).await;
        modal
    }

    /// Types an answer in their DM, then waits for `next`.
    pub async fn answers(&self, text: &str, next: &str) -> Shown {
        self.writes(text);
        self.sees(next).await
    }

    /// The text of every DM message they have received so far.
    pub fn dm_texts(&self) -> Vec<String> {
        self.user.dm_messages().iter().map(Shown::text).collect()
    }

    /// How many of their DM messages contain `needle`.
    pub fn count(&self, needle: &str) -> usize {
        self.dm_texts()
            .iter()
            .filter(|t| t.contains(needle))
            .count()
    }
}
