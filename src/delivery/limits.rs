//! A platform's rate limits, as a set of windows: each says that within any `period`, at most
//! `limit` messages may go to one scope (the whole platform, each private chat, each group, each
//! chat, each tenant). The dispatcher enforces them with [`super::limiter::Limiter`]; nothing
//! else waits for them.
//!
//! Configuration names three of them ([`LimitSettings`]); a key left out keeps the platform's
//! default, so a partial `[telegram.rate_limits]` never switches a limit off by accident.

use serde::Deserialize;
use std::time::Duration;

/// What one window counts together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    /// Every request on the platform.
    Global,
    /// Each private chat on its own.
    Private,
    /// Each group on its own.
    Group,
    /// Each chat on its own, private or group (Teams' conversations).
    Chat,
    /// Each tenant on its own (Teams). Addresses carry no tenant, so a platform's chats are one
    /// tenant: Haven serves one school.
    Tenant,
}

impl Scope {
    /// True for the scopes that count messages in one chat (removals and menus do not appear
    /// there, so only the shared scopes count them).
    pub fn is_chat(self) -> bool {
        matches!(self, Scope::Private | Scope::Group | Scope::Chat)
    }
}

/// At most `limit` within any `period`, counted per `scope`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub scope: Scope,
    pub limit: u32,
    pub period: Duration,
}

impl Window {
    pub const fn new(scope: Scope, limit: u32, period: Duration) -> Window {
        Window {
            scope,
            limit,
            period,
        }
    }

    const fn per_second(scope: Scope, limit: u32) -> Window {
        Window::new(scope, limit, Duration::from_secs(1))
    }
}

/// A platform's limits: every window must allow a request before it goes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RateLimits {
    windows: Vec<Window>,
}

impl RateLimits {
    /// No limits (console, tests).
    pub fn unlimited() -> Self {
        RateLimits::default()
    }

    /// These windows (a zero limit or period is left out: it would stop everything).
    pub fn of(windows: impl IntoIterator<Item = Window>) -> Self {
        RateLimits::unlimited().with(windows)
    }

    /// These windows added.
    pub fn with(mut self, windows: impl IntoIterator<Item = Window>) -> Self {
        self.windows.extend(
            windows
                .into_iter()
                .filter(|w| w.limit > 0 && !w.period.is_zero()),
        );
        self
    }

    /// Telegram's published limits: 30 messages a second overall, one a second to a private
    /// chat, 20 a minute to a group.
    pub fn telegram() -> Self {
        LimitSettings::TELEGRAM.over(&RateLimits::unlimited())
    }

    /// Discord's global limit of 50 requests a second, and Haven's own per chat (Discord's
    /// per-route buckets come from its headers, see `adapters::discord::rest`).
    pub fn discord() -> Self {
        LimitSettings::DISCORD.over(&RateLimits::unlimited())
    }

    /// Microsoft Teams' limits for a bot: per conversation 7 a second, 8 in 2 s, 60 in 30 s and
    /// 1,800 an hour; 30 a second per tenant.
    pub fn teams() -> Self {
        let s = Duration::from_secs;
        RateLimits::of([
            Window::new(Scope::Chat, 7, s(1)),
            Window::new(Scope::Chat, 8, s(2)),
            Window::new(Scope::Chat, 60, s(30)),
            Window::new(Scope::Chat, 1_800, s(3_600)),
            Window::new(Scope::Tenant, 30, s(1)),
        ])
    }

    pub fn windows(&self) -> &[Window] {
        &self.windows
    }

    /// The window of `scope` and `period`, if there is one.
    pub fn window(&self, scope: Scope, period: Duration) -> Option<&Window> {
        self.windows
            .iter()
            .find(|w| w.scope == scope && w.period == period)
    }

    /// The longest period of any window (how far back sends still count).
    pub fn longest(&self) -> Duration {
        self.windows
            .iter()
            .map(|w| w.period)
            .max()
            .unwrap_or_default()
    }

    /// Replaces the window of `scope` and `period` with `limit` (0: no such window).
    fn set(&mut self, scope: Scope, limit: u32, period: Duration) {
        self.windows
            .retain(|w| !(w.scope == scope && w.period == period));
        *self = std::mem::take(self).with([Window::new(scope, limit, period)]);
    }
}

/// The limits a configuration may set (`[telegram.rate_limits]`, `[discord.limits]`). A key
/// left out keeps the platform's default; 0 means no limit.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct LimitSettings {
    /// Messages per second across all chats.
    pub global_per_second: Option<u32>,
    /// Messages per second to one private chat.
    pub private_per_second: Option<u32>,
    /// Messages per minute to one group.
    pub group_per_minute: Option<u32>,
}

impl LimitSettings {
    /// Telegram's defaults: 30 / 1 / 20.
    pub const TELEGRAM: LimitSettings = LimitSettings::all(30, 1, 20);
    /// Discord's defaults: 50 / 5 / 60.
    pub const DISCORD: LimitSettings = LimitSettings::all(50, 5, 60);

    /// Every key set.
    pub const fn all(
        global_per_second: u32,
        private_per_second: u32,
        group_per_minute: u32,
    ) -> Self {
        LimitSettings {
            global_per_second: Some(global_per_second),
            private_per_second: Some(private_per_second),
            group_per_minute: Some(group_per_minute),
        }
    }

    /// Every key set to "no limit" (tests).
    pub const fn unlimited() -> Self {
        LimitSettings::all(0, 0, 0)
    }

    /// `defaults` with the windows these settings name replaced.
    pub fn over(&self, defaults: &RateLimits) -> RateLimits {
        let mut limits = defaults.clone();
        let keys = [
            (self.global_per_second, Scope::Global, 1),
            (self.private_per_second, Scope::Private, 1),
            (self.group_per_minute, Scope::Group, 60),
        ];
        for (value, scope, secs) in keys {
            if let Some(limit) = value {
                limits.set(scope, limit, Duration::from_secs(secs));
            }
        }
        limits
    }
}

/// One window of one scope per second (tests and benchmarks).
pub fn per_second(scope: Scope, limit: u32) -> RateLimits {
    RateLimits::of([Window::per_second(scope, limit)])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits_of(toml: &str, defaults: &RateLimits) -> RateLimits {
        use figment::providers::Format;
        let s: LimitSettings = figment::Figment::from(figment::providers::Toml::string(toml))
            .extract()
            .expect("limits");
        s.over(defaults)
    }

    const SECOND: Duration = Duration::from_secs(1);
    const MINUTE: Duration = Duration::from_secs(60);

    #[test]
    fn setting_one_key_keeps_the_defaults_of_the_others() {
        let l = limits_of("group_per_minute = 20", &RateLimits::telegram());
        assert_eq!(l, RateLimits::telegram());
        let l = limits_of("group_per_minute = 10", &RateLimits::telegram());
        assert_eq!(l.window(Scope::Group, MINUTE).map(|w| w.limit), Some(10));
        assert_eq!(l.window(Scope::Global, SECOND).map(|w| w.limit), Some(30));
        assert_eq!(l.window(Scope::Private, SECOND).map(|w| w.limit), Some(1));
        assert_eq!(l.windows().len(), 3);
        let l = limits_of("global_per_second = 40", &RateLimits::discord());
        assert_eq!(l.window(Scope::Global, SECOND).map(|w| w.limit), Some(40));
        assert_eq!(l.window(Scope::Private, SECOND).map(|w| w.limit), Some(5));
        assert_eq!(l.window(Scope::Group, MINUTE).map(|w| w.limit), Some(60));
    }

    #[test]
    fn zero_switches_off_only_the_key_it_is_given_for() {
        let l = limits_of("private_per_second = 0", &RateLimits::telegram());
        assert!(l.window(Scope::Private, SECOND).is_none());
        assert_eq!(l.windows().len(), 2);
        assert_eq!(
            limits_of("", &RateLimits::telegram()),
            RateLimits::telegram()
        );
        assert_eq!(
            LimitSettings::unlimited().over(&RateLimits::telegram()),
            RateLimits::unlimited()
        );
    }

    #[test]
    fn teams_counts_each_conversation_in_four_windows_and_the_tenant_in_one() {
        let t = RateLimits::teams();
        let chat: Vec<(u32, u64)> = t
            .windows()
            .iter()
            .filter(|w| w.scope == Scope::Chat)
            .map(|w| (w.limit, w.period.as_secs()))
            .collect();
        assert_eq!(chat, [(7, 1), (8, 2), (60, 30), (1_800, 3_600)]);
        assert_eq!(t.window(Scope::Tenant, SECOND).map(|w| w.limit), Some(30));
        assert_eq!(t.longest(), Duration::from_secs(3_600));
    }
}
