//! Waiting before each send so Haven stays within Telegram's flood limits.
//!
//! A limiter only ever waits; it never drops or fails a message. It must never be bypassed by a
//! send that counts against Telegram's limits (sendMessage); a 429 that still happens is
//! reported to the caller as `RetryAfter`.

use super::config::RateLimits;
use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::sync::atomic::{AtomicU64, Ordering};

/// Forget idle per-chat state after this many sends.
const TIDY_EVERY: u64 = 1024;

/// What kind of chat a message goes to (their quotas differ).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChatKind {
    Private,
    Group,
}

/// The global limiter and one keyed limiter per kind of chat.
pub struct Limiter {
    global: DefaultDirectRateLimiter,
    private: DefaultKeyedRateLimiter<i64>,
    group: DefaultKeyedRateLimiter<i64>,
    sends: AtomicU64,
}

impl Limiter {
    pub fn new(limits: RateLimits) -> Self {
        Self {
            global: RateLimiter::direct(Quota::per_second(limits.global_per_second)),
            private: RateLimiter::keyed(Quota::per_second(limits.private_per_second)),
            group: RateLimiter::keyed(Quota::per_minute(limits.group_per_minute)),
            sends: AtomicU64::new(0),
        }
    }

    /// Waits until one more message may go to `chat`.
    pub async fn until_ready(&self, kind: ChatKind, chat: i64) {
        match kind {
            ChatKind::Private => self.private.until_key_ready(&chat).await,
            ChatKind::Group => self.group.until_key_ready(&chat).await,
        }
        self.global.until_ready().await;
        if self.sends.fetch_add(1, Ordering::Relaxed) % TIDY_EVERY == TIDY_EVERY - 1 {
            self.private.retain_recent();
            self.group.retain_recent();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_second_private_message_must_wait_but_another_chat_need_not() {
        let limiter = Limiter::new(RateLimits::default());
        limiter.until_ready(ChatKind::Private, 1).await;
        assert!(limiter.private.check_key(&1).is_err());
        assert!(limiter.private.check_key(&2).is_ok());
    }

    #[tokio::test]
    async fn a_group_may_take_a_burst_of_twenty_then_must_wait() {
        let limiter = Limiter::new(RateLimits::default());
        for _ in 0..20 {
            assert!(limiter.group.check_key(&-5).is_ok());
        }
        assert!(limiter.group.check_key(&-5).is_err());
    }
}
