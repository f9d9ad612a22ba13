//! What Haven last told Telegram about its command menus, menu by menu, and the calls that
//! bring Telegram in line with what is wanted. Pure bookkeeping: this module makes no call,
//! takes no lock and logs nothing.
//!
//! The record stays bounded however many strangers write to the bot. The menus set are as
//! many as the menus for everyone and the linked staff. A private chat cleared of a menu of
//! its own (every parent's or stranger's chat after their first command, every leaver's) is
//! remembered only to spare the same `deleteMyCommands` on each of its commands: at most
//! [`MAX_CLEARED`] such chats are remembered, the longest-remembered forgotten first. A
//! forgotten chat costs one more (harmless) `deleteMyCommands` on its next command.

use crate::delivery::{ChatMenu, Menu, MenuScope};
use std::collections::{BTreeMap, VecDeque};

/// How many private chats cleared of a menu of their own are remembered.
pub const MAX_CLEARED: usize = 4096;

/// A menu's place: its scope and language (`None` for the fallback in that scope).
pub type Key = (MenuScope, Option<String>);

/// What Haven last told Telegram, menu by menu. A key absent here is unknown.
#[derive(Debug)]
pub struct Published {
    told: BTreeMap<Key, Told>,
    /// The private menus recorded as deleted, oldest first: exactly those of `told`.
    cleared: VecDeque<Key>,
    max_cleared: usize,
}

impl Default for Published {
    fn default() -> Self {
        Published::with_max_cleared(MAX_CLEARED)
    }
}

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

impl Change {
    /// The menu the call is about.
    pub fn key(&self) -> Key {
        match self {
            Change::Set(menu) => (menu.scope.clone(), menu.lang.clone()),
            Change::Delete(scope, lang) => (scope.clone(), lang.clone()),
        }
    }
}

impl Published {
    /// A record that remembers at most `max_cleared` private chats cleared of their menu.
    pub fn with_max_cleared(max_cleared: usize) -> Self {
        Published {
            told: BTreeMap::new(),
            cleared: VecDeque::new(),
            max_cleared,
        }
    }

    /// How many menus are remembered.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.told.len()
    }

    /// The call, if any, that makes `account`'s private chat show `wanted`.
    pub fn for_chat(&self, account: &str, wanted: &ChatMenu) -> Option<Change> {
        match wanted {
            ChatMenu::Own(menu) => self.set_if_changed(menu),
            ChatMenu::Everyone => {
                let key = (MenuScope::Private(account.to_string()), None);
                (self.told.get(&key) != Some(&Told::Deleted))
                    .then_some(Change::Delete(key.0, key.1))
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
        let stale = self.told.iter().filter(|((scope, lang), told)| {
            matches!(scope, MenuScope::Private(_))
                && matches!(told, Told::Set(_))
                && !wanted.iter().any(|m| &m.scope == scope && &m.lang == lang)
        });
        changes.extend(stale.map(|((scope, lang), _)| Change::Delete(scope.clone(), lang.clone())));
        changes
    }

    /// Remembers a call Telegram accepted.
    pub fn record(&mut self, change: &Change) {
        let key = change.key();
        let told = match change {
            Change::Set(menu) => Told::Set(menu.commands.clone()),
            Change::Delete(..) => Told::Deleted,
        };
        let private = matches!(key.0, MenuScope::Private(_));
        let before = self.told.insert(key.clone(), told.clone());
        if !private || (before == Some(Told::Deleted)) == (told == Told::Deleted) {
            return;
        }
        if told == Told::Deleted {
            self.cleared.push_back(key);
            while self.cleared.len() > self.max_cleared {
                if let Some(oldest) = self.cleared.pop_front() {
                    self.told.remove(&oldest);
                }
            }
        } else {
            self.cleared.retain(|k| k != &key);
        }
    }

    fn set_if_changed(&self, menu: &Menu) -> Option<Change> {
        let key = (menu.scope.clone(), menu.lang.clone());
        let told = Told::Set(menu.commands.clone());
        (self.told.get(&key) != Some(&told)).then(|| Change::Set(menu.clone()))
    }
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

    #[test]
    fn only_so_many_cleared_chats_are_remembered() {
        let mut p = Published::with_max_cleared(3);
        let everyone = menu(MenuScope::Default, None, "Help");
        let staff = menu(private("7"), None, "Report a concern");
        p.record(&Change::Set(everyone.clone()));
        p.record(&Change::Set(staff.clone()));
        // Many strangers' commands: each chat cleared once.
        for i in 100..10_000 {
            let id = i.to_string();
            if let Some(change) = p.for_chat(&id, &ChatMenu::Everyone) {
                p.record(&change);
            }
        }
        assert_eq!(p.len(), 2 + 3, "the menus set, and three cleared chats");
        assert_eq!(p.for_chat("9999", &ChatMenu::Everyone), None, "the latest");
        let oldest = p.for_chat("100", &ChatMenu::Everyone);
        assert_eq!(
            oldest,
            Some(Change::Delete(private("100"), None)),
            "forgotten"
        );
        // What was set is never forgotten: a re-sync still finds the menus no longer wanted.
        assert_eq!(p.for_chat("7", &ChatMenu::Own(staff)), None);
        assert_eq!(
            p.resync(&[everyone]),
            vec![Change::Delete(private("7"), None)]
        );

        // A chat cleared again counts once; a leaver's chat is cleared like any other, and a
        // cleared chat given a menu of its own no longer counts as cleared.
        p.record(&Change::Delete(private("9999"), None));
        assert_eq!(p.len(), 2 + 3);
        p.record(&Change::Delete(private("7"), None));
        assert_eq!(p.len(), 1 + 3, "9997 forgotten for 7");
        p.record(&Change::Set(menu(
            private("9998"),
            None,
            "Report a concern",
        )));
        assert_eq!(
            p.cleared,
            [private("9999"), private("7")].map(|s| (s, None))
        );
        assert_eq!(p.len(), 1 + 1 + 2);
        assert_eq!(p.for_chat("9999", &ChatMenu::Everyone), None);
        assert_eq!(p.for_chat("7", &ChatMenu::Everyone), None);
    }
}
