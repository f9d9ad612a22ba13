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
    /// chat (with a short burst: 3 within any 3 s), 20 a minute to a group.
    pub fn telegram() -> Self {
        LimitSettings::TELEGRAM.windows()
    }

    /// Discord's global limit of 50 requests a second, and Haven's own per chat (Discord's
    /// per-route buckets come from its headers, see `adapters::discord::rest`).
    pub fn discord() -> Self {
        LimitSettings::DISCORD.windows()
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
}

/// The limits a configuration may set (`[telegram.rate_limits]`, `[discord.limits]`). A key
/// left out keeps the platform's default; 0 means no limit.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct LimitSettings {
    /// Messages per second across all chats.
    pub global_per_second: Option<u32>,
    /// Messages per second to one private chat, on average.
    pub private_per_second: Option<u32>,
    /// Messages a private chat may get at once (then it waits, keeping the average).
    pub private_burst: Option<u32>,
    /// Messages per minute to one group.
    pub group_per_minute: Option<u32>,
}

impl LimitSettings {
    /// Telegram's defaults: 30 a second overall; 1 a second to a private chat, 3 at once; 20 a
    /// minute to a group.
    pub const TELEGRAM: LimitSettings = LimitSettings::all(30, 1, 3, 20);
    /// Discord's defaults: 50 a second overall; 5 a second to a private chat; 60 a minute to a
    /// group.
    pub const DISCORD: LimitSettings = LimitSettings::all(50, 5, 5, 60);

    /// Every key set.
    pub const fn all(global: u32, private: u32, burst: u32, group_per_minute: u32) -> Self {
        LimitSettings {
            global_per_second: Some(global),
            private_per_second: Some(private),
            private_burst: Some(burst),
            group_per_minute: Some(group_per_minute),
        }
    }

    /// Every key set to "no limit" (tests).
    pub const fn unlimited() -> Self {
        LimitSettings::all(0, 0, 0, 0)
    }

    /// These settings, with the keys left out taken from `defaults`, as windows.
    pub fn over(&self, defaults: &LimitSettings) -> RateLimits {
        let pick = |a: Option<u32>, b: Option<u32>| a.or(b).unwrap_or(0);
        LimitSettings {
            global_per_second: Some(pick(self.global_per_second, defaults.global_per_second)),
            private_per_second: Some(pick(self.private_per_second, defaults.private_per_second)),
            private_burst: Some(pick(self.private_burst, defaults.private_burst)),
            group_per_minute: Some(pick(self.group_per_minute, defaults.group_per_minute)),
        }
        .windows()
    }

    /// The windows the keys set describe: a private chat's burst `b` at `p` a second is `b`
    /// within any `b / p` seconds.
    pub fn windows(&self) -> RateLimits {
        let s = Duration::from_secs;
        let global = self.global_per_second.unwrap_or(0);
        let private = self.private_per_second.unwrap_or(0);
        let burst = self.private_burst.unwrap_or(0).max(private);
        let group = self.group_per_minute.unwrap_or(0);
        let private = match burst > private && private > 0 {
            true => Window::new(
                Scope::Private,
                burst,
                Duration::from_secs_f64(f64::from(burst) / f64::from(private)),
            ),
            false => Window::new(Scope::Private, private, s(1)),
        };
        RateLimits::of([
            Window::new(Scope::Global, global, s(1)),
            private,
            Window::new(Scope::Group, group, s(60)),
        ])
    }
}

/// One window of one scope per second (tests and benchmarks).
pub fn per_second(scope: Scope, limit: u32) -> RateLimits {
    RateLimits::of([Window::per_second(scope, limit)])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits_of(toml: &str, defaults: &LimitSettings) -> RateLimits {
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
        let telegram = &LimitSettings::TELEGRAM;
        let l = limits_of("group_per_minute = 20", telegram);
        assert_eq!(l, RateLimits::telegram());
        let l = limits_of("group_per_minute = 10", telegram);
        assert_eq!(l.window(Scope::Group, MINUTE).map(|w| w.limit), Some(10));
        assert_eq!(l.window(Scope::Global, SECOND).map(|w| w.limit), Some(30));
        let three = Duration::from_secs(3);
        assert_eq!(l.window(Scope::Private, three).map(|w| w.limit), Some(3));
        assert_eq!(l.windows().len(), 3);
        let l = limits_of("private_burst = 1", telegram);
        assert_eq!(l.window(Scope::Private, SECOND).map(|w| w.limit), Some(1));
        let l = limits_of("global_per_second = 40", &LimitSettings::DISCORD);
        assert_eq!(l.window(Scope::Global, SECOND).map(|w| w.limit), Some(40));
        assert_eq!(l.window(Scope::Private, SECOND).map(|w| w.limit), Some(5));
        assert_eq!(l.window(Scope::Group, MINUTE).map(|w| w.limit), Some(60));
    }

    #[test]
    fn zero_switches_off_only_the_key_it_is_given_for() {
        let telegram = &LimitSettings::TELEGRAM;
        let l = limits_of("private_per_second = 0", telegram);
        assert!(l.windows().iter().all(|w| w.scope != Scope::Private));
        assert_eq!(l.windows().len(), 2);
        assert_eq!(limits_of("", telegram), RateLimits::telegram());
        assert_eq!(
            LimitSettings::unlimited().over(telegram),
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
