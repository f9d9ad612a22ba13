//! Everything the core does to a chat, gathered while a turn or a sweep works and written to
//! the outbox in its transaction: messages to send, messages to remove, and the command menus
//! accounts should show now.
//!
//! Handlers (through [`super::turn::Turn`]) and sweeps queue into one [`Effects`]; nothing
//! reaches the outbox until [`Effects::flush`], which the turn or sweep calls just before it
//! commits, so the state change and everything it causes are kept together or not at all.
//! Menus are worked out at the flush, from the directory as the transaction leaves it, so the
//! order in which a handler changes things and asks for menus does not matter.
//! This is the only place in the core that writes to the outbox; it never sends anything.

use super::ids::{Account, PersonId, Platform, SchoolId};
use super::menu;
use super::message::{Outgoing, Recipient};
use super::people::{Lang, Person};
use super::store::{Address, MenuJob, Result, Tx};
use chrono::{DateTime, Utc};

/// One thing to do to a chat.
#[derive(Debug, Clone)]
enum Effect {
    Send(Outgoing),
    Remove {
        platform: Platform,
        address: Address,
        message_id: String,
        at: DateTime<Utc>,
        report_to: Option<PersonId>,
    },
    /// The menu of this account's private chat, as the directory has it at the flush.
    MenuOf(Account),
    /// The menus of every account the person has, likewise.
    MenusOf(PersonId),
    /// The menus for everyone on a platform, one per language.
    MenusForEveryone(Platform),
}

/// The effects of one turn or sweep, in the order they were asked for.
#[derive(Debug, Default)]
pub struct Effects {
    queued: Vec<Effect>,
    /// The school whose turn or sweep this is: the school of the messages it sends to chats
    /// rather than to people.
    school: Option<SchoolId>,
}

impl Effects {
    /// The effects of a turn or sweep of `school`.
    pub fn of(school: SchoolId) -> Effects {
        Effects {
            queued: Vec::new(),
            school: Some(school),
        }
    }

    /// Sends a message.
    pub fn send(&mut self, o: Outgoing) {
        self.queued.push(Effect::Send(o));
    }

    /// Sends a message when its recipient can be reached now (an active person with a linked
    /// account, an account, a group); returns false, queuing nothing, otherwise.
    pub async fn send_if_reachable(&mut self, tx: &mut dyn Tx, o: Outgoing) -> Result<bool> {
        if !tx.resolves(o.recipient()).await? {
            return Ok(false);
        }
        self.send(o);
        Ok(true)
    }

    /// Removes a message the platform knows by `message_id` from a chat, at `at`; a removal
    /// that fails for good is reported to `report_to`.
    pub fn remove(
        &mut self,
        platform: Platform,
        address: Address,
        message_id: &str,
        at: DateTime<Utc>,
        report_to: Option<PersonId>,
    ) {
        self.queued.push(Effect::Remove {
            platform,
            address,
            message_id: message_id.to_string(),
            at,
            report_to,
        });
    }

    /// Removes a message from the private chat of `account`.
    pub fn remove_private(
        &mut self,
        account: &Account,
        message_id: &str,
        at: DateTime<Utc>,
        report_to: Option<PersonId>,
    ) {
        let address = Address::Private(account.id.clone());
        self.remove(account.platform, address, message_id, at, report_to);
    }

    /// Puts the command menu of `account`'s private chat in line with the directory (linked,
    /// unlinked, moved to another person).
    pub fn menu_of(&mut self, account: Account) {
        self.queued.push(Effect::MenuOf(account));
    }

    /// Puts the command menus of every account of `person` in line with the directory (their
    /// language or roles changed, they left).
    pub fn menus_of(&mut self, person: PersonId) {
        self.queued.push(Effect::MenusOf(person));
    }

    /// Puts the menus for everyone on `platform` in line, one per language.
    pub fn menus_for_everyone(&mut self, platform: Platform) {
        self.queued.push(Effect::MenusForEveryone(platform));
    }

    /// Takes out the messages queued for `person` (to any of their chats), leaving the rest:
    /// an adapter that answers its person itself (the case desk's page) shows them instead.
    pub fn take_to(&mut self, person: PersonId) -> Vec<Outgoing> {
        let (mine, rest) = std::mem::take(&mut self.queued)
            .into_iter()
            .partition(|e| matches!(e, Effect::Send(o) if matches!(o.recipient(), Recipient::Person { id, .. } if *id == person)));
        self.queued = rest;
        mine.into_iter()
            .filter_map(|e| match e {
                Effect::Send(o) => Some(o),
                _ => None,
            })
            .collect()
    }

    /// Writes everything queued to the outbox in `tx`, in order, and empties the buffer.
    pub async fn flush(&mut self, tx: &mut dyn Tx, now: DateTime<Utc>) -> Result<()> {
        for effect in std::mem::take(&mut self.queued) {
            match effect {
                Effect::Send(mut o) => {
                    if let Some(school) = self.school {
                        o.from_school_id(school);
                    }
                    if let Recipient::Person { id, .. } = o.recipient() {
                        if let Some(name) = tx.schools().shared_school_name(*id).await? {
                            o.from_school(name);
                        }
                    }
                    tx.enqueue(&o, now).await?;
                }
                Effect::Remove {
                    platform,
                    address,
                    message_id,
                    at,
                    report_to,
                } => {
                    tx.enqueue_removal(platform, address, &message_id, at, report_to)
                        .await?
                }
                Effect::MenuOf(account) => {
                    let person = tx.person_by_account(&account).await?;
                    chat_menu(tx, &account, person.as_ref(), now).await?;
                }
                Effect::MenusOf(id) => {
                    let person = tx.person(id).await?;
                    for account in tx.accounts_of(id).await? {
                        chat_menu(tx, &account, person.as_ref(), now).await?;
                    }
                }
                Effect::MenusForEveryone(platform) => {
                    for lang in Lang::ALL {
                        let job = MenuJob {
                            platform,
                            address: Address::Everyone,
                            person: None,
                            lang,
                            menu: Some(menu::for_everyone()),
                        };
                        tx.enqueue_menu(&job, now).await?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Flushes into `tx` and commits it.
    pub async fn commit(mut self, mut tx: Box<dyn Tx>, now: DateTime<Utc>) -> Result<()> {
        self.flush(tx.as_mut(), now).await?;
        tx.commit().await
    }
}

/// Queues the menu `account`'s private chat should show for `person` (or for nobody): their
/// own, in their language, or none of its own.
async fn chat_menu(
    tx: &mut dyn Tx,
    account: &Account,
    person: Option<&Person>,
    now: DateTime<Utc>,
) -> Result<()> {
    let menu = menu::own_menu(person);
    let lang = match (&menu, person) {
        (Some(_), Some(p)) => p.lang,
        // The language of a chat with no menu of its own does not matter: one value, so that
        // it compares equal to the last one queued.
        _ => Lang::default(),
    };
    let job = MenuJob {
        platform: account.platform,
        address: Address::Private(account.id.clone()),
        person: person.map(|p| p.id),
        lang,
        menu,
    };
    tx.enqueue_menu(&job, now).await?;
    Ok(())
}
