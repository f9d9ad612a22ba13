//! Conversation references, remembered: each activity tells where its sender's personal chat
//! (or its group) lives, and [`Refs`] keeps that in the store ([`RoutesTx`]) when it is new or
//! changed, with a copy in memory so that sending rarely reads the database.
//!
//! An account first seen in a group gets a reference without a conversation: the transport
//! opens the personal chat when it first writes there. A person who removes the app is marked
//! removed until they add it again.
//!
//! A reference says where a chat with Haven's one Teams bot lives, whichever school a message
//! in it is about: a person linked in two schools of a trust has one personal chat with the
//! bot. So the references are the deployment's, kept under its first school, and every
//! school's messages find them there.
//!
//! [`RoutesTx`]: crate::core::routes::RoutesTx

use super::activity::Activity;
use super::inbound::group_id;
use crate::core::clock::Clock;
use crate::core::ids::SchoolId;
use crate::core::routes::ConversationRef;
use crate::core::store::{Address, Store};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// The references, from the store and in memory.
pub struct Refs {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    school: SchoolId,
    cache: Mutex<HashMap<Address, ConversationRef>>,
}

impl Refs {
    /// The deployment's references, kept under `school` (its first).
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>, school: SchoolId) -> Refs {
        Refs {
            store,
            clock,
            school,
            cache: Mutex::default(),
        }
    }

    /// The reference for an address.
    pub async fn get(&self, address: &Address) -> anyhow::Result<Option<ConversationRef>> {
        if let Some(r) = self.lock().get(address) {
            return Ok(Some(r.clone()));
        }
        let mut tx = self.store.begin().await?;
        let found = tx.routes().conversation_ref(self.school, address).await?;
        tx.commit().await?;
        if let Some(r) = &found {
            self.lock().insert(address.clone(), r.clone());
        }
        Ok(found)
    }

    /// Remembers a reference, writing only when it is new or changed.
    pub async fn put(&self, r: ConversationRef) -> anyhow::Result<()> {
        if self.lock().get(&r.address) == Some(&r) {
            return Ok(());
        }
        let mut tx = self.store.begin().await?;
        tx.routes()
            .save_conversation_ref(self.school, &r, self.clock.now())
            .await?;
        tx.commit().await?;
        self.lock().insert(r.address.clone(), r);
        Ok(())
    }

    /// Learns from an activity where its sender and its conversation can be reached.
    pub async fn observe(&self, a: &Activity) -> anyhow::Result<()> {
        if a.from.id.is_empty() || a.from.id == a.recipient.id || a.service_url.is_empty() {
            return Ok(());
        }
        let tenant = a.tenant();
        let person = Address::Private(a.from.id.clone());
        if a.conversation.is_personal() {
            let removed = a.kind == "installationUpdate"
                && a.action.as_deref().is_some_and(|x| x.starts_with("remove"));
            return self
                .put(ConversationRef {
                    address: person,
                    service_url: a.service_url.clone(),
                    conversation: Some(a.conversation.id.clone()),
                    tenant,
                    directory_id: a.from.aad_object_id.clone(),
                    removed,
                })
                .await;
        }
        self.put(ConversationRef {
            address: Address::Group(group_id(&a.conversation.id).to_string()),
            service_url: a.service_url.clone(),
            conversation: Some(group_id(&a.conversation.id).to_string()),
            tenant: tenant.clone(),
            directory_id: None,
            removed: false,
        })
        .await?;
        if self.get(&person).await?.is_none() {
            self.put(ConversationRef {
                address: person,
                service_url: a.service_url.clone(),
                conversation: None,
                tenant,
                directory_id: a.from.aad_object_id.clone(),
                removed: false,
            })
            .await?;
        }
        Ok(())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Address, ConversationRef>> {
        self.cache.lock().unwrap_or_else(|e| e.into_inner())
    }
}
