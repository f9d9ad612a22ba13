//! Rate limits for one platform: an overall rate, and per-chat rates for private chats and
//! groups, enforced with `governor` by waiting (never by dropping).
//!
//! The limiters read tokio's clock and wait with tokio's timers, so time paused in a test
//! (`tokio::time::pause`) governs them as it does every other timer.

use crate::core::store::Address;
use governor::clock::Clock;
use governor::middleware::NoOpMiddleware;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::state::{InMemoryState, NotKeyed};
use governor::{NotUntil, Quota, RateLimiter};
use serde::Deserialize;
use std::num::NonZeroU32;
use std::time::Duration;

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

/// tokio's clock, as the time since the limiter was made.
#[derive(Debug, Clone, Copy)]
struct TokioClock {
    start: tokio::time::Instant,
}

impl Clock for TokioClock {
    type Instant = Duration;

    fn now(&self) -> Duration {
        self.start.elapsed()
    }
}

type Direct = RateLimiter<NotKeyed, InMemoryState, TokioClock, NoOpMiddleware<Duration>>;
type Keyed =
    RateLimiter<String, DefaultKeyedStateStore<String>, TokioClock, NoOpMiddleware<Duration>>;

/// Waits until `check` lets one more message through (taking it), sleeping on tokio's timers.
async fn until(clock: &TokioClock, check: impl Fn() -> Result<(), NotUntil<Duration>>) {
    while let Err(later) = check() {
        tokio::time::sleep(later.wait_time_from(clock.now())).await;
    }
}

/// Waits until a message to an address may be sent.
pub struct Limiter {
    clock: TokioClock,
    global: Option<Direct>,
    private: Option<Keyed>,
    group: Option<Keyed>,
}

impl Limiter {
    pub fn new(l: RateLimits) -> Self {
        let clock = TokioClock {
            start: tokio::time::Instant::now(),
        };
        // A short burst keeps a conversation's two or three replies snappy.
        let burst = |n: u32| NonZeroU32::new(n.max(3));
        // Overall, at most a tenth of a second's worth at once: a full second's burst on top of
        // the steady rate would let twice the limit through in the first second.
        let global_burst = |n: NonZeroU32| NonZeroU32::new(n.get() / 10).unwrap_or(NonZeroU32::MIN);
        let keyed = |q: Quota| RateLimiter::new(q, DefaultKeyedStateStore::default(), &clock);
        Limiter {
            global: NonZeroU32::new(l.global_per_second).map(|n| {
                RateLimiter::direct_with_clock(
                    Quota::per_second(n).allow_burst(global_burst(n)),
                    &clock,
                )
            }),
            private: NonZeroU32::new(l.private_per_second)
                .map(|n| keyed(Quota::per_second(n).allow_burst(burst(n.get()).unwrap_or(n)))),
            group: NonZeroU32::new(l.group_per_minute).map(|n| keyed(Quota::per_minute(n))),
            clock,
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
            until(&self.clock, || g.check()).await;
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
        let (limiter, key) = match address {
            Address::Private(id) => (&self.private, id),
            Address::Group(id) => (&self.group, id),
            // A menu for everyone is in no chat: only the overall limit counts it.
            Address::Everyone => return,
        };
        if let Some(l) = limiter {
            until(&self.clock, || l.check_key(key)).await;
        }
    }
}

#[cfg(test)]
mod tests {
    //! With tokio's time paused, nothing moves unless a test advances it: each check counts
    //! what the limiter lets through at one moment.

    use super::*;
    use futures_util::FutureExt;
    use std::future::Future;
    use std::pin::pin;
    use tokio::time::advance;

    fn private(id: &str) -> Address {
        Address::Private(id.into())
    }

    fn group(id: &str) -> Address {
        Address::Group(id.into())
    }

    /// True when the future resolves without waiting (it is then done and dropped).
    fn at_once(f: impl Future<Output = ()>) -> bool {
        f.now_or_never().is_some()
    }

    /// How many messages to `to` may go now, trying up to `max`.
    fn allowed_now(l: &Limiter, to: &Address, max: usize) -> usize {
        (0..max).take_while(|_| at_once(l.until_ready(to))).count()
    }

    fn limits(global: u32, private: u32, group: u32) -> RateLimits {
        RateLimits {
            global_per_second: global,
            private_per_second: private,
            group_per_minute: group,
        }
    }

    #[tokio::test(start_paused = true)]
    async fn unlimited_lets_everything_through_at_once() {
        let l = Limiter::new(RateLimits::unlimited());
        assert!(!l.is_limited());
        assert_eq!(allowed_now(&l, &private("daniel"), 1000), 1000);
        assert_eq!(allowed_now(&l, &group("staffroom"), 1000), 1000);
        assert!((0..1000).all(|_| l.try_global()));
    }

    #[tokio::test(start_paused = true)]
    async fn a_private_chat_gets_its_burst_then_one_per_interval_and_others_are_not_held() {
        // 2 a second: a burst of 3 (the smallest), then one every half second.
        let l = Limiter::new(limits(0, 2, 0));
        let daniel = private("daniel");
        assert_eq!(allowed_now(&l, &daniel, 10), 3);
        assert_eq!(
            allowed_now(&l, &private("emma"), 10),
            3,
            "each chat its own"
        );
        advance(Duration::from_millis(499)).await;
        assert_eq!(allowed_now(&l, &daniel, 10), 0);
        advance(Duration::from_millis(1)).await;
        assert_eq!(allowed_now(&l, &daniel, 10), 1);
        advance(Duration::from_secs(1)).await;
        assert_eq!(allowed_now(&l, &daniel, 10), 2);
        // A long pause refills the burst and no more. (After a pause governor lets one more
        // through than on a chat's very first messages: its first state counts one as spent.)
        advance(Duration::from_secs(60)).await;
        assert_eq!(allowed_now(&l, &daniel, 10), 4);
        advance(Duration::from_secs(3600)).await;
        assert_eq!(allowed_now(&l, &daniel, 10), 4);
        // Groups have no limit here.
        assert_eq!(allowed_now(&l, &group("daniel"), 100), 100);
    }

    #[tokio::test(start_paused = true)]
    async fn a_group_gets_its_quota_per_minute() {
        let l = Limiter::new(limits(0, 0, 20));
        let staff = group("staffroom");
        assert_eq!(allowed_now(&l, &staff, 100), 20);
        assert_eq!(allowed_now(&l, &group("year6"), 100), 20);
        advance(Duration::from_millis(2999)).await;
        assert_eq!(allowed_now(&l, &staff, 100), 0);
        advance(Duration::from_millis(1)).await;
        assert_eq!(allowed_now(&l, &staff, 100), 1, "one every 3 s");
        advance(Duration::from_secs(30)).await;
        assert_eq!(allowed_now(&l, &staff, 100), 10);
        // Private chats have no limit here.
        assert_eq!(allowed_now(&l, &private("staffroom"), 100), 100);
    }

    #[tokio::test(start_paused = true)]
    async fn the_global_limit_holds_back_every_chat_together() {
        // 30 a second overall: a burst of 3, then one every 1/30 s; chats unlimited.
        let l = Limiter::new(limits(30, 0, 0));
        assert!(l.is_limited());
        let chats = [private("a"), private("b"), group("c"), private("d")];
        let sent = chats.iter().filter(|c| at_once(l.until_ready(c))).count();
        assert_eq!(sent, 3);
        assert!(!l.try_global());
        advance(Duration::from_secs(1) / 30).await;
        assert!(l.try_global());
        assert!(!l.try_global());
        advance(Duration::from_secs(1)).await;
        let after_a_pause = (0..100).take_while(|_| l.try_global()).count();
        assert_eq!(
            after_a_pause, 4,
            "the burst (and one), not a second's worth"
        );
        // Through a whole second, as fast as allowed: the steady rate.
        let mut sent = 0;
        for _ in 0..30 {
            advance(Duration::from_secs(1) / 30).await;
            sent += (0..100).take_while(|_| l.try_global()).count();
        }
        assert_eq!(sent, 30);
    }

    #[tokio::test(start_paused = true)]
    async fn both_limits_apply_to_one_send() {
        let l = Limiter::new(limits(10, 5, 0));
        let (daniel, emma) = (private("daniel"), private("emma"));
        assert!(at_once(l.until_ready(&daniel)));
        // Emma's own budget is full, but the overall one (a burst of 1) is spent.
        assert!(!at_once(l.until_ready(&emma)));
        advance(Duration::from_millis(100)).await;
        assert!(at_once(l.until_global_ready()));
    }

    #[tokio::test(start_paused = true)]
    async fn a_waiting_send_goes_as_soon_as_its_turn_comes_not_before() {
        let l = Limiter::new(limits(0, 1, 0));
        let daniel = private("daniel");
        assert_eq!(allowed_now(&l, &daniel, 10), 3);
        let mut fourth = pin!(l.until_ready(&daniel));
        assert!(fourth.as_mut().now_or_never().is_none());
        advance(Duration::from_millis(999)).await;
        assert!(fourth.as_mut().now_or_never().is_none());
        advance(Duration::from_millis(1)).await;
        assert!(fourth.as_mut().now_or_never().is_some());
        // It took the one message the second allowed.
        assert_eq!(allowed_now(&l, &daniel, 10), 0);
    }
}
