//! Command menus on Telegram: the parents' commands for everyone (one menu per language), and
//! the staff commands in the private chat of each linked, active member of staff, kept in step
//! with who is linked without a restart.
//!
//! The adapter remembers what it last told Telegram, menu by menu ([`published`]), and only
//! calls Telegram when what is wanted differs, so ordinary traffic costs no API call. Menu calls
//! wait for the overall rate limit, as messages do.
//!
//! - At start the whole set is published ([`TelegramTransport::publish_menus`]), which seeds
//!   that memory.
//! - After the core has handled a command or a button press in a private chat, the adapter
//!   queues that chat ([`TelegramTransport::follow_menu_later`]) and goes on with the next
//!   update: handling messages never waits for a menu. One background worker at a time takes
//!   the queued chats in turn, asks the handler for each account's menu and brings that one
//!   chat in line. At most [`runtime::MAX_WAITING`] chats wait (a chat already waiting is not
//!   queued twice); beyond that a chat is left to its next command or the next re-sync. Every
//!   command and button counts, not only `/start`, `/link`, `/unlink` and `/language`: a
//!   language is often chosen with a button, and a rule that needs no list of "identity"
//!   commands cannot miss one. It costs one read transaction and, only when the menu changed,
//!   one call: `setMyCommands` for the chat's scope, or `deleteMyCommands` so that the chat
//!   falls back to the menus for everyone. A chat the adapter knows nothing about (no menu
//!   published since start) that should have no menu of its own gets one `deleteMyCommands`,
//!   which clears a staff menu left by an earlier run. Texts, attachments, edits and anything
//!   in a group never trigger it.
//! - Every few minutes (`platforms::MENU_RESYNC`) the platform layer has
//!   [`TelegramTransport::resync_menus`] work out the whole wanted set, set what changed and
//!   delete the private menus set during this run of people no longer wanted (leavers found
//!   by an import, an account replaced by a newer link). Telegram cannot list the menus it
//!   holds, so a staff menu set by an earlier run for someone who left while Haven was stopped
//!   stays until that person's next command or button press in the private chat.
//!
//! No lock is held across a Telegram call. Each call claims its menu first, so two calls about
//! one chat never overlap and the others go on meanwhile; a re-sync skips a chat whose menu a
//! follow put in line after the re-sync read the directory, so it never undoes a newer change.
//! A follow that failed (its menu could not be worked out, or Telegram refused the call) does
//! not count: the re-sync still puts that chat right.
//!
//! If the background worker ends early (a panic, or its task cancelled) while chats are still
//! queued, it starts its successor as it goes, so no queued chat waits for someone else's
//! command. The bookkeeping stays bounded however many strangers write to the bot: see
//! [`runtime`] and [`published`].
//!
//! A failing menu call is logged (by chat id only, as the rest of the adapter does) and never
//! stops the handling of a message; what failed is not remembered, so it is tried again.
//! This module never logs command descriptions, names or message text.

mod published;
mod runtime;

pub use runtime::MenuRuntime;

use super::errors;
use super::transport::{chat_of, TelegramTransport};
use crate::core::event::{Inbound, Input, Place};
use crate::core::ids::Account;
use crate::core::store::Address;
use crate::delivery::{InboundHandler, Menu, MenuScope, SendError};
use published::Change;
use runtime::Queued;
use std::future::Future;
use std::sync::Arc;
use teloxide::payloads::{DeleteMyCommandsSetters, SetMyCommandsSetters};
use teloxide::prelude::Requester;
use teloxide::types::{BotCommand, BotCommandScope, ChatId, Recipient};

/// True for the events after which a chat's menu may have to change: a command or a button
/// press in a private chat.
pub fn may_change(event: &Inbound) -> bool {
    event.place == Place::Private && matches!(event.input, Input::Command { .. } | Input::Button(_))
}

impl TelegramTransport {
    /// Publishes command menus (`setMyCommands`), one call per menu, and remembers them.
    /// Invalid entries are logged and left out; the first failing call stops and is returned.
    pub async fn publish_menus(&self, menus: &[Menu]) -> Result<(), SendError> {
        for menu in menus {
            let change = Change::Set(menu.clone());
            let _claim = self.menus.claim(change.key()).await;
            self.apply(&change).await?;
            self.menus.record(&change);
        }
        Ok(())
    }

    /// Queues the private chat of `account` to be brought in line with the menu `handler`
    /// says it should show, and returns at once; a background worker (one at a time) does the
    /// work. Failures are logged.
    pub fn follow_menu_later(self: &Arc<Self>, handler: Arc<dyn InboundHandler>, account: Account) {
        let chat = account.id.clone();
        match self.menus.queue_follow(account, handler) {
            Queued::StartWorker => {
                tokio::spawn(follow_queued(self.clone()));
            }
            Queued::Waiting | Queued::AlreadyWaiting => {}
            Queued::Full => tracing::warn!(
                chat = chat.as_str(),
                "too many chats waiting for their command menu; this one waits for its next command"
            ),
        }
    }

    /// Resolves once no chat is waiting for its menu to be followed (for tests and orderly
    /// stops).
    pub async fn menus_settled(&self) {
        self.menus.settled().await;
    }

    /// Brings the private chat of `account` in line with the menu `handler` says it should
    /// show, when that differs from what was last published there. Failures are logged.
    async fn follow_menu(&self, handler: &dyn InboundHandler, account: &Account) {
        let key = (MenuScope::Private(account.id.clone()), None);
        // Held while asking, so that a re-sync cannot publish this chat's menu meanwhile. Only
        // a follow that finished cleanly keeps a running re-sync away from this chat.
        let claim = self.menus.claim(key).await;
        let Some(wanted) = handler.chat_menu(account).await else {
            return;
        };
        let Some(change) = self.menus.published(|p| p.for_chat(&account.id, &wanted)) else {
            return claim.followed();
        };
        match self.apply(&change).await {
            Ok(()) => {
                self.menus.record(&change);
                claim.followed();
            }
            Err(e) => {
                let chat = account.id.as_str();
                tracing::warn!(chat, error = %e, "could not update a chat's command menu");
            }
        }
    }

    /// Makes Telegram show exactly the whole set `wanted` works out, calling only for what
    /// changed. A chat whose menu a follow put in line after `wanted` began is left alone:
    /// what `wanted` read may be older. Returns how many calls succeeded; failures are logged
    /// and tried again next time.
    pub async fn resync_menus<E>(
        &self,
        wanted: impl Future<Output = Result<Vec<Menu>, E>>,
    ) -> Result<usize, E> {
        let resync = self.menus.begin_resync();
        let wanted = wanted.await?;
        let changes = self.menus.published(|p| p.resync(&wanted));
        let mut done = 0;
        for change in changes {
            let key = change.key();
            let _claim = self.menus.claim(key.clone()).await;
            if resync.followed_since_begun(&key) {
                continue;
            }
            match self.apply(&change).await {
                Ok(()) => {
                    self.menus.record(&change);
                    done += 1;
                }
                Err(e) => tracing::warn!(error = %e, "could not update a command menu"),
            }
        }
        Ok(done)
    }

    /// Makes one call, `setMyCommands` or `deleteMyCommands`.
    async fn apply(&self, change: &Change) -> Result<(), SendError> {
        let result = match change {
            Change::Set(menu) => {
                let commands: Vec<BotCommand> = menu.commands.iter().filter_map(command).collect();
                let mut req = self
                    .bot()
                    .set_my_commands(commands)
                    .scope(scope(&menu.scope)?);
                if let Some(code) = menu.lang.as_deref().and_then(language_code) {
                    req = req.language_code(code);
                }
                req.await
            }
            Change::Delete(menu_scope, lang) => {
                let mut req = self.bot().delete_my_commands().scope(scope(menu_scope)?);
                if let Some(code) = lang.as_deref().and_then(language_code) {
                    req = req.language_code(code);
                }
                req.await
            }
        };
        result.map(|_| ()).map_err(|e| errors::send_error(&e))
    }
}

/// The background worker: follows queued chats until none is left.
async fn follow_queued(transport: Arc<TelegramTransport>) {
    let mut worker = Worker {
        transport,
        done: false,
    };
    let transport = worker.transport.clone();
    while let Some((account, handler)) = transport.menus.next_follow() {
        transport.follow_menu(handler.as_ref(), &account).await;
    }
    worker.done = true;
}

/// Starts a new worker when this one ends early (cancelled or panicked) with chats still
/// queued; without a runtime to start it on, the next follow starts one. The chat it was
/// working on is not queued again (it may be what made it panic).
struct Worker {
    transport: Arc<TelegramTransport>,
    done: bool,
}

impl Drop for Worker {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        let runtime = tokio::runtime::Handle::try_current().ok();
        if self.transport.menus.worker_lost(runtime.is_some()) {
            if let Some(runtime) = runtime {
                tracing::warn!("the command menu worker ended early; a new one takes over");
                runtime.spawn(follow_queued(self.transport.clone()));
            }
        }
    }
}

fn scope(scope: &MenuScope) -> Result<BotCommandScope, SendError> {
    Ok(match scope {
        MenuScope::Default => BotCommandScope::Default,
        MenuScope::Private(account) => {
            let (_, chat) = chat_of(&Address::Private(account.clone()))?;
            BotCommandScope::Chat {
                chat_id: Recipient::Id(ChatId(chat)),
            }
        }
    })
}

/// A menu entry Telegram accepts: 1-32 of `a-z 0-9 _`, description 1-256 characters.
fn command((name, description): &(String, String)) -> Option<BotCommand> {
    let name_ok = (1..=32).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    let description = description.trim();
    let len = description.chars().count();
    if !name_ok || !(1..=256).contains(&len) {
        tracing::error!(command = %name, "menu entry Telegram would refuse; left out");
        return None;
    }
    Some(BotCommand::new(name.clone(), description.to_string()))
}

/// Telegram wants a two-letter ISO 639-1 code: `pl-PL` → `pl`, `cy` → `cy`.
fn language_code(tag: &str) -> Option<String> {
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    (primary.len() == 2 && primary.bytes().all(|b| b.is_ascii_lowercase())).then_some(primary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn menu_entries_follow_telegrams_rules() {
        assert!(command(&("concern".into(), "Report a concern".into())).is_some());
        assert!(command(&("Concern".into(), "Report".into())).is_none());
        assert!(command(&("aup".into(), " ".into())).is_none());
    }

    #[test]
    fn language_tags_become_two_letter_codes() {
        assert_eq!(language_code("en-GB").as_deref(), Some("en"));
        assert_eq!(language_code("cy").as_deref(), Some("cy"));
        assert_eq!(language_code("fil"), None);
    }

    fn transport() -> TelegramTransport {
        let token = secrecy::SecretString::from("110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
        let config = super::super::TelegramConfig::polling(token);
        TelegramTransport::new(&config).expect("transport")
    }

    /// Answers "could not tell" for every chat (so no call is made), except one: there it
    /// panics.
    struct PanicsFor(&'static str, std::sync::Mutex<Vec<String>>);

    #[async_trait::async_trait]
    impl InboundHandler for PanicsFor {
        async fn handle(&self, _event: Inbound) -> crate::delivery::Handled {
            crate::delivery::Handled::Done
        }

        async fn chat_menu(&self, account: &Account) -> Option<crate::delivery::ChatMenu> {
            self.1.lock().unwrap().push(account.id.clone());
            assert_ne!(
                account.id, self.0,
                "(a panicking handler, as the test wants)"
            );
            None
        }
    }

    #[tokio::test]
    async fn a_worker_that_panics_is_replaced_and_the_chats_queued_are_followed() {
        use crate::core::ids::Platform;
        let transport = Arc::new(transport());
        let handler = Arc::new(PanicsFor("2", Default::default()));
        for id in ["1", "2", "3", "4"] {
            let account = Account::new(Platform::Telegram, id);
            transport.follow_menu_later(handler.clone(), account);
        }
        transport.menus_settled().await;
        assert_eq!(*handler.1.lock().unwrap(), ["1", "2", "3", "4"]);
        // And the queue works on as before.
        transport.follow_menu_later(handler.clone(), Account::new(Platform::Telegram, "5"));
        transport.menus_settled().await;
        assert_eq!(handler.1.lock().unwrap().len(), 5);
    }
}
