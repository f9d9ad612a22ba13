//! [`SchoolsTx`] for both engines: the `schools` of a trust, the `school_choices` of private
//! conversations with accounts linked in several schools and the command lines held while they
//! are asked (`school_questions`); finding a person by account within one school.

use super::codec::ts;
use super::sql::{self, Row};
use super::tx::SqlTx;
use crate::core::ids::{Account, PersonId, SchoolId};
use crate::core::schools::{School, SchoolsTx, Slug};
use crate::core::store::Result;
use anyhow::anyhow;
use async_trait::async_trait;
use chrono::{DateTime, Utc};

fn school(row: &Row<'_>) -> anyhow::Result<School> {
    let slug: String = row.get(1)?;
    Ok(School {
        id: SchoolId(row.get(0)?),
        slug: Slug::parse(&slug).ok_or_else(|| anyhow!("school {slug:?} has no valid slug"))?,
        name: row.get(2)?,
    })
}

#[async_trait]
impl SchoolsTx for SqlTx {
    async fn all_schools(&mut self) -> Result<Vec<School>> {
        Ok(sql::all(
            self.c(),
            "SELECT id, slug, name FROM schools ORDER BY id",
            &[],
            school,
        )
        .await?)
    }

    async fn add_school(
        &mut self,
        slug: &Slug,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<School>> {
        Ok(sql::optional(
            self.c(),
            "INSERT INTO schools (id, slug, name, created_at) \
             VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM schools), $1, $2, $3) \
             ON CONFLICT (slug) DO NOTHING RETURNING id, slug, name",
            &[&slug.as_str(), &name, &ts(now)],
            school,
        )
        .await?)
    }

    async fn name_school(&mut self, id: SchoolId, slug: &Slug, name: &str) -> Result<()> {
        sql::execute(
            self.c(),
            "UPDATE schools SET slug = $2, name = $3 WHERE id = $1",
            &[&id.0, &slug.as_str(), &name],
        )
        .await?;
        Ok(())
    }

    async fn schools_of_account(&mut self, account: &Account) -> Result<Vec<SchoolId>> {
        Ok(sql::all(
            self.c(),
            "SELECT DISTINCT a.school_id FROM accounts a JOIN people p ON p.id = a.person_id \
             WHERE a.platform = $1 AND a.account_id = $2 AND p.active = $3 ORDER BY a.school_id",
            &[&account.platform.as_str(), &account.id, &true],
            |r| Ok(SchoolId(r.get(0)?)),
        )
        .await?)
    }

    async fn shared_school_name(&mut self, person: PersonId) -> Result<Option<String>> {
        Ok(sql::optional(
            self.c(),
            "SELECT s.name FROM people p JOIN schools s ON s.id = p.school_id WHERE p.id = $1 \
             AND EXISTS (SELECT 1 FROM accounts a JOIN accounts b \
             ON b.platform = a.platform AND b.account_id = a.account_id \
             AND b.school_id <> a.school_id WHERE a.person_id = p.id)",
            &[&person.0],
            sql::first::<String>,
        )
        .await?)
    }

    async fn school_of_person(&mut self, person: PersonId) -> Result<Option<SchoolId>> {
        Ok(sql::optional(
            self.c(),
            "SELECT school_id FROM people WHERE id = $1",
            &[&person.0],
            |r| Ok(SchoolId(r.get(0)?)),
        )
        .await?)
    }

    async fn school_choice(
        &mut self,
        account: &Account,
        since: DateTime<Utc>,
    ) -> Result<Option<SchoolId>> {
        Ok(sql::optional(
            self.c(),
            "SELECT school_id FROM school_choices \
             WHERE platform = $1 AND account_id = $2 AND chosen_at >= $3",
            &[&account.platform.as_str(), &account.id, &ts(since)],
            |r| Ok(SchoolId(r.get(0)?)),
        )
        .await?)
    }

    async fn hold_command(
        &mut self,
        account: &Account,
        school: SchoolId,
        command: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        sql::execute(
            self.c(),
            "INSERT INTO school_questions (platform, account_id, school_id, command, asked_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (platform, account_id) \
             DO UPDATE SET school_id = excluded.school_id, command = excluded.command, \
             asked_at = excluded.asked_at",
            &[
                &account.platform.as_str(),
                &account.id,
                &school.0,
                &command,
                &ts(now),
            ],
        )
        .await?;
        Ok(())
    }

    async fn take_command(
        &mut self,
        account: &Account,
        since: DateTime<Utc>,
    ) -> Result<Option<String>> {
        let held: Option<String> = sql::optional(
            self.c(),
            "SELECT command FROM school_questions \
             WHERE platform = $1 AND account_id = $2 AND asked_at >= $3",
            &[&account.platform.as_str(), &account.id, &ts(since)],
            |r| r.get(0),
        )
        .await?;
        sql::execute(
            self.c(),
            "DELETE FROM school_questions WHERE platform = $1 AND account_id = $2",
            &[&account.platform.as_str(), &account.id],
        )
        .await?;
        Ok(held)
    }

    async fn choose_school(
        &mut self,
        account: &Account,
        school: SchoolId,
        now: DateTime<Utc>,
    ) -> Result<()> {
        sql::execute(
            self.c(),
            "INSERT INTO school_choices (platform, account_id, school_id, chosen_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (platform, account_id) \
             DO UPDATE SET school_id = excluded.school_id, chosen_at = excluded.chosen_at",
            &[&account.platform.as_str(), &account.id, &school.0, &ts(now)],
        )
        .await?;
        Ok(())
    }
}
