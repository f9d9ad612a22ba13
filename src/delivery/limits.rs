//! Rate limits for one platform: an overall rate, and per-chat rates for private chats and
//! groups, enforced with `governor` by waiting (never by dropping).

use crate::core::store::Address;
use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};
use serde::Deserialize;
use std::num::NonZeroU32;

/// A platform's published limits. Zero means "no limit".
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct RateLimits {
    /// Messages per second across all chats.
    pub global_per_second: u32,
    /// Messages per second to one private chat.
    pub private_per_second: u32,
    /// Messages per minute to one group.
    pub group_per_minute: u32,
}

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits::unlimited()
    }
}

impl RateLimits {
    /// No limits (console, tests).
    pub const fn unlimited() -> Self {
        RateLimits {
            global_per_second: 0,
            private_per_second: 0,
            group_per_minute: 0,
        }
    }

    /// Telegram's published limits: about 30 a second overall, one a second per chat, 20 a
    /// minute per group.
    pub const fn telegram() -> Self {
        RateLimits {
            global_per_second: 30,
            private_per_second: 1,
            group_per_minute: 20,
        }
    }

    /// Discord's global limit of 50 requests a second; per-route limits come from headers.
    pub const fn discord() -> Self {
        RateLimits {
            global_per_second: 50,
            private_per_second: 5,
            group_per_minute: 60,
        }
    }
}

/// Waits until a message to an address may be sent.
pub struct Limiter {
    global: Option<DefaultDirectRateLimiter>,
    private: Option<DefaultKeyedRateLimiter<String>>,
    group: Option<DefaultKeyedRateLimiter<String>>,
}

impl Limiter {
    pub fn new(l: RateLimits) -> Self {
        // A short burst keeps a conversation's two or three replies snappy.
        let burst = |n: u32| NonZeroU32::new(n.max(3));
        // Overall, at most a tenth of a second's worth at once: a full second's burst on top of
        // the steady rate would let twice the limit through in the first second.
        let global_burst = |n: NonZeroU32| NonZeroU32::new(n.get() / 10).unwrap_or(NonZeroU32::MIN);
        Limiter {
            global: NonZeroU32::new(l.global_per_second)
                .map(|n| RateLimiter::direct(Quota::per_second(n).allow_burst(global_burst(n)))),
            private: NonZeroU32::new(l.private_per_second).map(|n| {
                let q = Quota::per_second(n).allow_burst(burst(n.get()).unwrap_or(n));
                RateLimiter::keyed(q)
            }),
            group: NonZeroU32::new(l.group_per_minute)
                .map(|n| RateLimiter::keyed(Quota::per_minute(n))),
        }
    }

    /// Resolves when both the chat's and the overall budget allow one more message.
    pub async fn until_ready(&self, address: &Address) {
        self.until_chat_ready(address).await;
        self.until_global_ready().await;
    }

    /// Resolves when the overall budget allows one more message (and takes it).
    pub async fn until_global_ready(&self) {
        if let Some(g) = &self.global {
            g.until_ready().await;
        }
    }

    /// True when there is an overall limit.
    pub fn is_limited(&self) -> bool {
        self.global.is_some()
    }

    /// Takes one message from the overall budget if it allows one now.
    pub fn try_global(&self) -> bool {
        self.global.as_ref().is_none_or(|g| g.check().is_ok())
    }

    /// Resolves when the chat's own budget allows one more message (and takes it).
    pub async fn until_chat_ready(&self, address: &Address) {
        match address {
            Address::Private(id) => {
                if let Some(l) = &self.private {
                    l.until_key_ready(id).await;
                }
            }
            Address::Group(id) => {
                if let Some(l) = &self.group {
                    l.until_key_ready(id).await;
                }
            }
        }
    }
}
