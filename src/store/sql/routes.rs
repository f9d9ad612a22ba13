//! [`RoutesTx`] for SQLite: Teams conversation references (`teams_conversations`).

use super::codec::ts;
use super::quarantine::open_json;
use super::sealing;
use super::sql;
use super::tx::SqlTx;
use crate::core::ids::SchoolId;
use crate::core::routes::{ConversationRef, RoutesTx};
use crate::core::store::Address;
use crate::core::store::Result;
use async_trait::async_trait;
use chrono::{DateTime, Utc};

fn key(address: &Address) -> (&'static str, &str) {
    match address {
        Address::Private(a) => ("private", a),
        Address::Group(g) => ("group", g),
        Address::Everyone => ("everyone", ""),
    }
}

#[async_trait]
impl RoutesTx for SqlTx {
    async fn conversation_ref(
        &mut self,
        school: SchoolId,
        address: &Address,
    ) -> Result<Option<ConversationRef>> {
        let (kind, id) = key(address);
        type Row = (String, Option<String>, Option<String>, Option<String>, bool);
        let row: Option<Row> = sql::optional(
            self.c(),
            "SELECT service_url, conversation, tenant, directory_id, removed \
             FROM teams_conversations WHERE school_id = $3 AND address_kind = $1 AND address = $2",
            &[&kind, &id, &school.0],
            sql::tuple,
        )
        .await?;
        Ok(row.map(
            |(service_url, conversation, tenant, directory_id, removed)| ConversationRef {
                address: address.clone(),
                service_url,
                conversation,
                tenant,
                directory_id,
                removed,
            },
        ))
    }

    async fn save_conversation_ref(
        &mut self,
        school: SchoolId,
        r: &ConversationRef,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (kind, id) = key(&r.address);
        sql::execute(
            self.c(),
            "INSERT INTO teams_conversations (school_id, address_kind, address, service_url, conversation, \
             tenant, directory_id, removed, updated_at) VALUES ($9, $1, $2, $3, $4, $5, $6, $7, $8) \
             ON CONFLICT (school_id, address_kind, address) DO UPDATE SET service_url = excluded.service_url, \
             conversation = excluded.conversation, tenant = excluded.tenant, \
             directory_id = excluded.directory_id, removed = excluded.removed, \
             updated_at = excluded.updated_at",
            &[
                &kind,
                &id,
                &r.service_url,
                &r.conversation,
                &r.tenant,
                &r.directory_id,
                &r.removed,
                &ts(now),
                &school.0,
            ],
        ).await?;
        Ok(())
    }

    async fn console_buttons(
        &mut self,
        school: SchoolId,
        account: &str,
    ) -> Result<Option<Vec<String>>> {
        let row: Option<(i64, Vec<u8>)> = sql::optional(
            self.c(),
            "SELECT id, payloads_sealed FROM console_buttons \
             WHERE school_id = $1 AND account_id = $2",
            &[&school.0, &account],
            sql::tuple,
        )
        .await?;
        let Some((id, sealed)) = row else {
            return Ok(None);
        };
        let place = sealing::console_buttons(school, account);
        // Buttons that do not open are as good as none: the console asks for a fresh message.
        Ok(open_json(self.parts().1, &sealed, &place, id).ok())
    }

    async fn save_console_buttons(
        &mut self,
        school: SchoolId,
        account: &str,
        payloads: &[String],
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (c, cipher) = self.parts();
        let place = sealing::console_buttons(school, account);
        let sealed = sealing::seal_json(cipher, &place, &payloads)?;
        sql::execute(
            c,
            "INSERT INTO console_buttons (school_id, account_id, payloads_sealed, updated_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (school_id, account_id) DO UPDATE SET \
             payloads_sealed = excluded.payloads_sealed, updated_at = excluded.updated_at",
            &[&school.0, &account, &sealed, &ts(now)],
        )
        .await?;
        Ok(())
    }
}
