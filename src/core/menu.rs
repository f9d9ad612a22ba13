//! Command menus, decided by the core: which commands a person's private chat offers, and the
//! menu everyone sees, in each language.
//!
//! A menu is an outbox job like a message ("this account's chat now shows M"), queued through
//! [`super::effects::Effects`] in the transaction that changed what the menu depends on:
//! linking, unlinking, a language chosen, a role confirmed, an import. The dispatcher renders
//! the descriptions in the recipient's language and hands the menu to the platform. At start,
//! [`super::menu_publish::publish`] queues whatever differs from what was last queued (the menus for everyone, and
//! any chat whose menu changed with a new release), without waiting for any of it to be sent.
//!
//! This module never calls a platform and never renders text: descriptions are Fluent keys.

use super::command::{self, Command};
use super::people::Person;
use serde::{Deserialize, Serialize};

/// A command menu: command names (without slash) with the Fluent keys of their descriptions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Menu(pub Vec<(String, String)>);

impl Menu {
    fn of(commands: Vec<(&'static str, &'static str)>) -> Menu {
        let owned = commands.into_iter().map(|(n, k)| (n.into(), k.into()));
        Menu(owned.collect())
    }
}

/// The commands a person's private chat offers, as (command name, description key); `None`
/// for someone Haven does not know, which is also the menu for everyone.
pub fn menu_for(person: Option<&Person>) -> Vec<(&'static str, &'static str)> {
    match person {
        Some(p) if p.active && p.roles.is_school_side() => command::menu_for(Some(&p.roles)),
        _ => Command::menu(false),
    }
}

/// The menu everyone sees (parents, strangers, group chats).
pub fn for_everyone() -> Menu {
    Menu::of(menu_for(None))
}

/// The menu of one account's private chat: its own when the person's commands differ from
/// everyone's (staff), `None` when the chat shows the menu for everyone.
pub fn own_menu(person: Option<&Person>) -> Option<Menu> {
    let mine = menu_for(person);
    (mine != menu_for(None)).then(|| Menu::of(mine))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::{PersonId, SchoolId};
    use crate::core::people::{Lang, Role, Roles};

    fn person(roles: &[Role], active: bool) -> Person {
        Person {
            id: PersonId(1),
            school: SchoolId::default(),
            external_id: "X1".into(),
            name: "Sam".into(),
            roles: Roles::new(roles.iter().copied()),
            lang: Lang::Cy,
            groups: Vec::new(),
            active,
        }
    }

    #[test]
    fn staff_have_a_menu_of_their_own_and_everyone_else_the_menu_for_everyone() {
        let teacher = person(&[Role::Staff], true);
        let own = own_menu(Some(&teacher)).expect("a staff menu");
        assert!(own.0.iter().any(|(name, _)| name == "concern"));
        assert_eq!(own_menu(Some(&person(&[Role::Parent], true))), None);
        assert_eq!(
            own_menu(Some(&person(&[Role::Staff], false))),
            None,
            "a leaver"
        );
        assert_eq!(own_menu(None), None);
        assert!(!for_everyone().0.iter().any(|(name, _)| name == "concern"));
    }
}
