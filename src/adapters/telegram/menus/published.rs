//! What Haven last told Telegram about its command menus, menu by menu, and the calls that
//! bring Telegram in line with what is wanted. Pure bookkeeping: this module makes no call,
//! takes no lock and logs nothing.

use crate::delivery::{ChatMenu, Menu, MenuScope};
use std::collections::BTreeMap;

/// A menu's place: its scope and language (`None` for the fallback in that scope).
pub type Key = (MenuScope, Option<String>);

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
}
