//! The incoming side in polling mode: a plain `getUpdates` long-poll loop with an offset, and
//! the handling of one update that polling and the webhook share.
//!
//! The loop stops when its shutdown future resolves, and stops for good (with a clear error)
//! when Telegram refuses the token; it never spins on an error, never logs message text, and
//! always answers a button press so the person's client stops waiting. An update is confirmed
//! only once it is handled: when the database is too busy to take it, the sender is told once
//! and the update comes back with the next `getUpdates`. A replay after a crash is recognised
//! by the core (the update's id is recorded with its turn) and changes nothing.

use super::inbound::for_another_bot;
use super::raw::{GetRawUpdates, Received};
use super::transport::{TelegramError, TelegramTransport, POLL_TIMEOUT_SECS};
use crate::delivery::{Handled, InboundHandler, Rendered, Transport};
use std::future::Future;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;
use teloxide::backoff::exponential_backoff_strategy;
use teloxide::payloads::GetUpdatesSetters;
use teloxide::prelude::Requester;
use teloxide::requests::{JsonRequest, Request};
use teloxide::types::{AllowedUpdate, CallbackQuery, UpdateKind};
use teloxide::{ApiError, RequestError};

/// The kinds of update Haven asks Telegram for.
pub const ALLOWED_UPDATES: [AllowedUpdate; 3] = [
    AllowedUpdate::Message,
    AllowedUpdate::EditedMessage,
    AllowedUpdate::CallbackQuery,
];

/// Receives updates by long polling and hands them to `handler`, one at a time, in order,
/// until `shutdown` resolves. Returns `Err(Unauthorized)` when the token is refused.
pub async fn run_polling(
    transport: Arc<TelegramTransport>,
    handler: Arc<dyn InboundHandler>,
    shutdown: impl Future<Output = ()>,
) -> Result<(), TelegramError> {
    tokio::pin!(shutdown);
    let ready = tokio::select! {
        biased;
        () = &mut shutdown => return Ok(()),
        ready = start(&transport) => ready,
    };
    if let Err(err) = ready {
        report_fatal(&err);
        return Err(err);
    }
    let mut poll = Poll::default();
    loop {
        let asked = poll.offset;
        let request = JsonRequest::new(
            transport.bot().clone(),
            GetRawUpdates {
                offset: asked,
                limit: None,
                timeout: POLL_TIMEOUT_SECS,
                allowed_updates: ALLOWED_UPDATES.to_vec(),
            },
        )
        .send();
        let result = tokio::select! {
            biased;
            () = &mut shutdown => break,
            result = request => result,
        };
        poll.confirmed = asked;
        let wait = match result {
            Ok(updates) => {
                poll.errors = 0;
                for raw in updates {
                    let Some(update) = Received::parse(raw) else {
                        tracing::warn!("getUpdates returned something that is not an update");
                        continue;
                    };
                    match process_update(&transport, &handler, &update).await {
                        Handled::Done => poll.offset = poll.offset.max(next_offset(update.id())),
                        // Left unconfirmed: the next `getUpdates` brings it back, and the
                        // wait to begin a transaction paces the tries.
                        Handled::Busy(apology) => {
                            poll.apologies.send(&transport, update.id(), &apology).await;
                            break;
                        }
                    }
                }
                continue;
            }
            Err(err) => poll.after_error(&transport, err).await?,
        };
        tokio::select! {
            biased;
            () = &mut shutdown => break,
            () = tokio::time::sleep(wait) => {}
        }
    }
    poll.confirm(&transport).await;
    tracing::info!("Telegram polling stopped");
    Ok(())
}

/// Proves the token (`getMe`) and clears any webhook so `getUpdates` may be used. Retries
/// what may pass; gives up only on a refused token.
async fn start(transport: &TelegramTransport) -> Result<(), TelegramError> {
    let mut errors = 0;
    loop {
        let attempt = async {
            transport.identify().await?;
            transport.bot().delete_webhook().await?;
            Ok::<(), TelegramError>(())
        };
        match attempt.await {
            Ok(()) => return Ok(()),
            Err(TelegramError::Unauthorized) => return Err(TelegramError::Unauthorized),
            Err(err) => {
                errors += 1;
                tracing::warn!(error = %err, "Telegram not reachable yet; will retry");
                tokio::time::sleep(exponential_backoff_strategy(errors)).await;
            }
        }
    }
}

#[derive(Default)]
struct Poll {
    /// The offset for the next request: one past the last update handled.
    offset: i32,
    /// The offset Telegram last received (it has forgotten the updates below it).
    confirmed: i32,
    errors: u32,
    apologies: BusyApologies,
}

impl Poll {
    /// Tells Telegram, before stopping, that the updates handled so far are done, so that they
    /// are not delivered again after a restart.
    async fn confirm(&self, transport: &TelegramTransport) {
        if self.offset <= self.confirmed {
            return;
        }
        let request = transport
            .bot()
            .get_updates()
            .offset(self.offset)
            .limit(1)
            .timeout(0)
            .allowed_updates(ALLOWED_UPDATES);
        match tokio::time::timeout(Duration::from_secs(5), request).await {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => tracing::warn!(error = %e, "could not confirm the last updates"),
            Err(_) => tracing::warn!("timed out confirming the last updates"),
        }
    }

    /// How long to wait after a failed `getUpdates`, or the error that stops the adapter.
    async fn after_error(
        &mut self,
        transport: &TelegramTransport,
        err: RequestError,
    ) -> Result<Duration, TelegramError> {
        self.errors += 1;
        let backoff = exponential_backoff_strategy(self.errors);
        match &err {
            RequestError::Api(ApiError::InvalidToken) => {
                let fatal = TelegramError::Unauthorized;
                report_fatal(&fatal);
                Err(fatal)
            }
            RequestError::RetryAfter(secs) => Ok(secs.duration()),
            RequestError::Api(ApiError::CantGetUpdates) => {
                tracing::warn!("a webhook is set; removing it to poll instead");
                if let Err(e) = transport.bot().delete_webhook().await {
                    tracing::warn!(error = %e, "could not remove the webhook");
                }
                Ok(backoff)
            }
            RequestError::Api(ApiError::TerminatedByOtherGetUpdates) => {
                tracing::error!("another program is polling with this bot token; only one may run");
                Ok(backoff)
            }
            other => {
                tracing::warn!(error = %other, "getUpdates failed; will retry");
                Ok(backoff)
            }
        }
    }
}

fn report_fatal(err: &TelegramError) {
    tracing::error!(error = %err, "Telegram adapter stopped");
}

/// The offset that confirms the update with this id (Telegram forgets updates below it).
fn next_offset(id: u32) -> i32 {
    i32::try_from(id).unwrap_or(i32::MAX).saturating_add(1)
}

/// The apology for an update the busy database could not take, sent once however often
/// Telegram brings the update back before it is handled.
#[derive(Default)]
pub(super) struct BusyApologies {
    last: Mutex<Option<u32>>,
}

impl BusyApologies {
    /// Sends `apology` directly (not through the outbox, which needs the database), unless
    /// it was already sent for update `id`.
    pub(super) async fn send(&self, transport: &TelegramTransport, id: u32, apology: &Rendered) {
        let first = self
            .last
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .replace(id)
            != Some(id);
        if first {
            if let Err(e) = transport.send(apology).await {
                tracing::warn!(error = %e, "could not send the apology for a busy database");
            }
        }
    }
}

/// Handles one update: answers a button press (and removes the keyboard it was on, so it
/// cannot be pressed twice), then hands the event to the core; an update teloxide cannot read
/// is read from its JSON and answered too. Returns what the caller must still do (when the
/// database was busy: apologise and let Telegram deliver the update again).
pub async fn process_update(
    transport: &Arc<TelegramTransport>,
    handler: &Arc<dyn InboundHandler>,
    received: &Received,
) -> Handled {
    let update = &received.update;
    if let UpdateKind::CallbackQuery(query) = &update.kind {
        acknowledge(transport, query).await;
    }
    let Some(event) = received.to_inbound() else {
        tracing::debug!(update = update.id.0, "update ignored");
        return Handled::Done;
    };
    let event = match transport.bot_username() {
        Some(me) => for_another_bot(event, update, &me),
        None => event,
    };
    handler.handle(event).await
}

/// Answers a callback query and takes the keyboard off the message it came from.
async fn acknowledge(transport: &TelegramTransport, query: &CallbackQuery) {
    let bot = transport.bot();
    if let Err(e) = bot.answer_callback_query(query.id.clone()).await {
        tracing::warn!(error = %e, "could not answer a button press");
    }
    let Some(pressed) = query.regular_message() else {
        return;
    };
    if let Err(e) = bot
        .edit_message_reply_markup(pressed.chat.id, pressed.id)
        .await
    {
        tracing::debug!(error = %e, "could not remove a pressed keyboard");
    }
}
