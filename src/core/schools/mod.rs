//! A trust's schools in one deployment: who they are ([`School`], [`Slug`]), their storage
//! port ([`SchoolsTx`]), in `route`, which school an inbound event belongs to, and in `visit`,
//! the trust's safeguarding lead writing about another school.
//!
//! Every stored row carries its school; nothing here may read or send one school's content
//! for another. The composition (one `Ctx` per school) is the application's.

pub mod route;
pub mod visit;

use super::fault::StoreResult as Result;
use super::ids::{Account, PersonId, SchoolId};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use std::fmt;

/// A school's short name in commands and configuration (`--school north`,
/// `[schools.north]`): lower-case letters, digits and hyphens, 1 to 32 of them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slug(String);

impl Slug {
    /// Reads a slug; `None` when it is empty, too long or has other characters.
    pub fn parse(s: &str) -> Option<Slug> {
        let ok = (1..=32).contains(&s.len())
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !s.starts_with('-');
        ok.then(|| Slug(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One school of the deployment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct School {
    pub id: SchoolId,
    pub slug: Slug,
    /// Its name as people see it.
    pub name: String,
}

/// The trust's roles as one school sees them: its safeguarding leads (people of any of the
/// trust's schools) and whether they are the escalation level above the school's Chair.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustRoles {
    pub leads: Vec<PersonId>,
    pub above_chair: bool,
    /// Each school's time zone (the trust's report counts each school's days in its own).
    pub zones: std::collections::BTreeMap<super::ids::SchoolId, chrono_tz::Tz>,
}

impl TrustRoles {
    /// The leads who may be escalated to, and so open a school's escalated cases: none unless
    /// the trust is the level above the Chair.
    pub fn case_leads(&self) -> &[PersonId] {
        if self.above_chair {
            &self.leads
        } else {
            &[]
        }
    }
}

/// Storage of the schools and of which school a private conversation is about.
#[async_trait]
pub trait SchoolsTx: Send {
    /// Every school, by id.
    async fn all_schools(&mut self) -> Result<Vec<School>>;
    /// Adds a school; `None` when the slug is taken.
    async fn add_school(
        &mut self,
        slug: &Slug,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<School>>;
    /// Sets a school's slug and name (the first school's, from the configuration).
    async fn name_school(&mut self, id: SchoolId, slug: &Slug, name: &str) -> Result<()>;
    /// The schools in which this account is linked to an active person, by school id.
    async fn schools_of_account(&mut self, account: &Account) -> Result<Vec<SchoolId>>;
    /// The name of the person's school when an account of theirs is linked in another school
    /// too (their messages then say which school they come from); `None` otherwise.
    async fn shared_school_name(&mut self, person: PersonId) -> Result<Option<String>>;
    /// The school a person belongs to.
    async fn school_of_person(&mut self, person: PersonId) -> Result<Option<SchoolId>>;
    /// The school this account chose for its private conversation at or after `since`.
    async fn school_choice(
        &mut self,
        account: &Account,
        since: DateTime<Utc>,
    ) -> Result<Option<SchoolId>>;
    /// Keeps the command line (`/name args`) an account sent while asked which school it
    /// meant, in place of any kept before; `school` is the first school the question offers.
    async fn hold_command(
        &mut self,
        account: &Account,
        school: SchoolId,
        command: &str,
        now: DateTime<Utc>,
    ) -> Result<()>;
    /// Takes (and forgets) the command line held for this account, if held at or after `since`.
    async fn take_command(
        &mut self,
        account: &Account,
        since: DateTime<Utc>,
    ) -> Result<Option<String>>;
    /// Remembers (or refreshes) the account's choice of school.
    async fn choose_school(
        &mut self,
        account: &Account,
        school: SchoolId,
        now: DateTime<Utc>,
    ) -> Result<()>;
}

#[cfg(test)]
mod tests {
    use super::Slug;

    #[test]
    fn slugs_are_short_lower_case_words() {
        for good in ["north", "st-marys", "a1", "school"] {
            assert!(Slug::parse(good).is_some(), "{good}");
        }
        for bad in ["", "North", "st marys", "a.b", "-x", &"x".repeat(33), "é"] {
            assert!(Slug::parse(bad).is_none(), "{bad:?}");
        }
    }
}
