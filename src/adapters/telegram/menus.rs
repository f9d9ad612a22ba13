//! Command menus on Telegram: the parents' commands for everyone (one menu per language), and
//! the staff commands in the private chat of each linked, active member of staff, kept in step
//! with who is linked without a restart.
//!
//! The adapter remembers what it last told Telegram, menu by menu ([`Published`]), and only
//! calls Telegram when what is wanted differs, so ordinary traffic costs no API call.
//!
//! - At start the whole set is published ([`TelegramTransport::publish_menus`]), which seeds
//!   that memory.
//! - After the core has handled a command or a button press in a private chat, the adapter asks
//!   the handler for that account's menu and brings that one chat in line
//!   ([`TelegramTransport::follow_menu`]). Every command and button counts, not only `/start`,
//!   `/link`, `/unlink` and `/language`: a language is often chosen with a button, and a rule
//!   that needs no list of "identity" commands cannot miss one. It costs one read transaction
//!   and, only when the menu changed, one call: `setMyCommands` for the chat's scope, or
//!   `deleteMyCommands` so that the chat falls back to the menus for everyone. A chat the
//!   adapter knows nothing about (no menu published since start) that should have no menu of
//!   its own gets one `deleteMyCommands`, which clears a staff menu left by an earlier run.
//!   Texts, attachments, edits and anything in a group never trigger it.
//! - Every few minutes (`platforms::MENU_RESYNC`) the platform layer has
//!   [`TelegramTransport::resync_menus`] work out the whole wanted set, set what changed and
//!   delete the private menus of people no longer wanted (leavers found by an import, an
//!   account replaced by a newer link).
//!
//! A failing menu call is logged (by chat id only, as the rest of the adapter does) and never
//! stops the handling of a message; what failed is not remembered, so it is tried again.
//! This module never logs command descriptions, names or message text.

use super::errors;
use super::transport::{chat_of, TelegramTransport};
use crate::core::event::{Inbound, Input, Place};
use crate::core::ids::Account;
use crate::core::store::Address;
use crate::delivery::{ChatMenu, InboundHandler, Menu, MenuScope, SendError};
use std::collections::BTreeMap;
use std::future::Future;
use teloxide::payloads::{DeleteMyCommandsSetters, SetMyCommandsSetters};
use teloxide::prelude::Requester;
use teloxide::types::{BotCommand, BotCommandScope, ChatId, Recipient};

/// A menu's place: its scope and language (`None` for the fallback in that scope).
type Key = (MenuScope, Option<String>);

/// What Haven last told Telegram, menu by menu. A key absent here is unknown.
#[derive(Debug, Default)]
pub struct Published(BTreeMap<Key, Told>);

/// What Telegram was told about one menu.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Told {
    Set(Vec<(String, String)>),
    Deleted,
}

/// One call that brings Telegram in line with what is wanted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// `setMyCommands` for the menu's scope and language.
    Set(Menu),
    /// `deleteMyCommands` for a scope and language.
    Delete(MenuScope, Option<String>),
}

impl Published {
    /// The call, if any, that makes `account`'s private chat show `wanted`.
    pub fn for_chat(&self, account: &str, wanted: &ChatMenu) -> Option<Change> {
        match wanted {
            ChatMenu::Own(menu) => self.set_if_changed(menu),
            ChatMenu::Everyone => {
                let key = (MenuScope::Private(account.to_string()), None);
                (self.0.get(&key) != Some(&Told::Deleted)).then_some(Change::Delete(key.0, key.1))
            }
        }
    }

    /// The calls that make Telegram show exactly `wanted`: every menu that changed is set, and
    /// every private menu published earlier that is no longer wanted is deleted.
    pub fn resync(&self, wanted: &[Menu]) -> Vec<Change> {
        let mut changes: Vec<Change> = wanted
            .iter()
            .filter_map(|m| self.set_if_changed(m))
            .collect();
        let stale = self.0.iter().filter(|((scope, lang), told)| {
            matches!(scope, MenuScope::Private(_))
                && matches!(told, Told::Set(_))
                && !wanted.iter().any(|m| &m.scope == scope && &m.lang == lang)
        });
        changes.extend(stale.map(|((scope, lang), _)| Change::Delete(scope.clone(), lang.clone())));
        changes
    }

    /// Remembers a call Telegram accepted.
    pub fn record(&mut self, change: &Change) {
        match change {
            Change::Set(menu) => {
                let key = (menu.scope.clone(), menu.lang.clone());
                self.0.insert(key, Told::Set(menu.commands.clone()));
            }
            Change::Delete(scope, lang) => {
                self.0.insert((scope.clone(), lang.clone()), Told::Deleted);
            }
        }
    }

    fn set_if_changed(&self, menu: &Menu) -> Option<Change> {
        let key = (menu.scope.clone(), menu.lang.clone());
        let told = Told::Set(menu.commands.clone());
        (self.0.get(&key) != Some(&told)).then(|| Change::Set(menu.clone()))
    }
}

/// True for the events after which a chat's menu may have to change: a command or a button
/// press in a private chat.
pub fn may_change(event: &Inbound) -> bool {
    event.place == Place::Private && matches!(event.input, Input::Command { .. } | Input::Button(_))
}

impl TelegramTransport {
    /// Publishes command menus (`setMyCommands`), one call per menu, and remembers them.
    /// Invalid entries are logged and left out; the first failing call stops and is returned.
    pub async fn publish_menus(&self, menus: &[Menu]) -> Result<(), SendError> {
        let mut published = self.menus.lock().await;
        for menu in menus {
            let change = Change::Set(menu.clone());
            self.apply(&change).await?;
            published.record(&change);
        }
        Ok(())
    }

    /// Brings the private chat of `account` in line with the menu `handler` says it should
    /// show, when that differs from what was last published there. Failures are logged.
    pub async fn follow_menu(&self, handler: &dyn InboundHandler, account: &Account) {
        // Held while asking, so that two events for one chat cannot publish out of order.
        let mut published = self.menus.lock().await;
        let Some(wanted) = handler.chat_menu(account).await else {
            return;
        };
        let Some(change) = published.for_chat(&account.id, &wanted) else {
            return;
        };
        match self.apply(&change).await {
            Ok(()) => published.record(&change),
            Err(e) => {
                let chat = account.id.as_str();
                tracing::warn!(chat, error = %e, "could not update a chat's command menu");
            }
        }
    }

    /// Makes Telegram show exactly the whole set `wanted` works out, calling only for what
    /// changed. `wanted` runs while no chat's menu can change, so that it cannot undo a newer
    /// one. Returns how many calls succeeded; failures are logged and tried again next time.
    pub async fn resync_menus<E>(
        &self,
        wanted: impl Future<Output = Result<Vec<Menu>, E>>,
    ) -> Result<usize, E> {
        let mut published = self.menus.lock().await;
        let wanted = wanted.await?;
        let mut done = 0;
        for change in published.resync(&wanted) {
            match self.apply(&change).await {
                Ok(()) => {
                    published.record(&change);
                    done += 1;
                }
                Err(e) => tracing::warn!(error = %e, "could not update a command menu"),
            }
        }
        Ok(done)
    }

    /// Makes one call: `setMyCommands` or `deleteMyCommands`.
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

    fn menu(scope: MenuScope, lang: Option<&str>, description: &str) -> Menu {
        Menu {
            scope,
            lang: lang.map(str::to_string),
            commands: vec![("concern".into(), description.into())],
        }
    }

    fn private(id: &str) -> MenuScope {
        MenuScope::Private(id.into())
    }

    fn published(changes: &[Change]) -> Published {
        let mut p = Published::default();
        changes.iter().for_each(|c| p.record(c));
        p
    }

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

    #[test]
    fn a_chat_is_set_only_when_its_menu_changed() {
        let staff = menu(private("7"), None, "Report a concern");
        let p = published(&[]);
        let own = ChatMenu::Own(staff.clone());
        assert_eq!(p.for_chat("7", &own), Some(Change::Set(staff.clone())));
        let p = published(&[Change::Set(staff.clone())]);
        assert_eq!(p.for_chat("7", &own), None);
        let polish = menu(private("7"), None, "Zgłoś");
        let own = ChatMenu::Own(polish.clone());
        assert_eq!(p.for_chat("7", &own), Some(Change::Set(polish)));
    }

    #[test]
    fn a_chat_without_its_own_menu_is_cleared_once() {
        let gone = Change::Delete(private("7"), None);
        let staff = menu(private("7"), None, "Report a concern");
        // Unknown (nothing published since start): cleared, in case an earlier run set it.
        assert_eq!(
            published(&[]).for_chat("7", &ChatMenu::Everyone),
            Some(gone.clone())
        );
        let p = published(&[Change::Set(staff)]);
        assert_eq!(p.for_chat("7", &ChatMenu::Everyone), Some(gone.clone()));
        let p = published(&[gone]);
        assert_eq!(p.for_chat("7", &ChatMenu::Everyone), None);
    }

    #[test]
    fn a_resync_sets_what_changed_and_deletes_private_menus_no_longer_wanted() {
        let everyone = menu(MenuScope::Default, None, "Help");
        let ann = menu(private("1"), None, "Report a concern");
        let bo = menu(private("2"), None, "Report a concern");
        let bo_pl = menu(private("2"), None, "Zgłoś");
        let cy = menu(private("3"), None, "Adrodd");
        let p = published(&[
            Change::Set(everyone.clone()),
            Change::Set(ann.clone()),
            Change::Set(bo),
            Change::Delete(private("4"), None),
        ]);
        let wanted = [everyone.clone(), bo_pl.clone(), cy.clone()];
        assert_eq!(
            p.resync(&wanted),
            vec![
                Change::Set(bo_pl),
                Change::Set(cy),
                Change::Delete(private("1"), None),
            ]
        );
        let mut p = p;
        p.resync(&wanted).iter().for_each(|c| p.record(c));
        assert!(p.resync(&wanted).is_empty(), "nothing left to do");
        // The menus for everyone are never deleted, even when not wanted.
        assert_eq!(p.resync(&[]).len(), 2, "only the two private menus");
    }
}
