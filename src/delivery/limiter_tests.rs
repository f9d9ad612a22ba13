//! The limiter's properties, over generated window sets and send patterns: no window ever
//! holds more than its limit, and a request told to wait until a moment may go at that moment.

use super::*;
use crate::delivery::limits::Window;
use proptest::prelude::*;
use std::time::Duration;

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

fn private(id: &str) -> Address {
    Address::Private(id.into())
}

fn group(id: &str) -> Address {
    Address::Group(id.into())
}

fn message(to: &Address) -> Ask<'_> {
    Ask {
        address: to,
        requests: 1,
        in_chat: true,
    }
}

fn scope() -> impl Strategy<Value = Scope> {
    prop_oneof![
        Just(Scope::Global),
        Just(Scope::Private),
        Just(Scope::Group),
        Just(Scope::Chat),
        Just(Scope::Tenant),
    ]
}

fn windows() -> impl Strategy<Value = Vec<Window>> {
    let window = (scope(), 1u32..6, 1u64..30).prop_map(|(s, l, p)| Window::new(s, l, ms(p * 100)));
    prop::collection::vec(window, 1..5)
}

/// One request in a generated pattern.
#[derive(Debug, Clone)]
struct Send {
    chat: u8,
    is_group: bool,
    in_chat: bool,
    requests: u32,
    /// After the previous request was asked for.
    gap: Duration,
    /// From the reservation to the transport being called.
    delay: Duration,
    /// How long the call takes.
    takes: Duration,
}

fn sends() -> impl Strategy<Value = Vec<Send>> {
    let send = (
        0u8..4,
        any::<bool>(),
        any::<bool>(),
        1u32..4,
        0u64..400,
        0u64..50,
        0u64..300,
    )
        .prop_map(
            |(chat, is_group, in_chat, requests, gap, delay, takes)| Send {
                chat,
                is_group,
                in_chat,
                requests,
                gap: ms(gap),
                delay: ms(delay),
                takes: ms(takes),
            },
        );
    prop::collection::vec(send, 1..120)
}

/// Which scope key a request counts under in a window, worked out independently.
fn counted_under(w: &Window, s: &Send) -> Option<String> {
    let chat = format!("{}{}", if s.is_group { "g" } else { "p" }, s.chat);
    match w.scope {
        Scope::Global | Scope::Tenant => Some(String::new()),
        _ if !s.in_chat => None,
        Scope::Private => (!s.is_group).then_some(chat),
        Scope::Group => s.is_group.then_some(chat),
        Scope::Chat => Some(chat),
    }
}

type Made = (Instant, Reservation, Instant, Instant);

/// Records as made every request in flight whose call has returned by `now`.
fn finish(in_flight: &mut Vec<Made>, now: Instant) {
    in_flight.sort_by_key(|m| m.0);
    while in_flight.first().is_some_and(|m| m.0 <= now) {
        let (_, r, first, last) = in_flight.remove(0);
        r.used(first, last);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_window_ever_holds_more_than_its_limit(windows in windows(), sends in sends()) {
        let smallest = windows.iter().map(|w| w.limit).min().unwrap_or(1);
        let limiter = Limiter::new(RateLimits::of(windows.clone()));
        let start = Instant::now();
        let mut now = start;
        let mut in_flight: Vec<Made> = Vec::new();
        // Per window and scope key: the times requests were made.
        let mut made: HashMap<(usize, String), Vec<Instant>> = HashMap::new();
        for mut s in sends {
            s.requests = s.requests.min(smallest);
            now += s.gap;
            finish(&mut in_flight, now);
            let address = if s.is_group {
                group(&format!("{}", s.chat))
            } else {
                private(&format!("{}", s.chat))
            };
            let ask = Ask { address: &address, requests: s.requests, in_chat: s.in_chat };
            if let Ok(r) = limiter.reserve_at(&ask, now) {
                let first = now + s.delay;
                let last = first + s.takes;
                for (i, w) in windows.iter().enumerate() {
                    if let Some(key) = counted_under(w, &s) {
                        let times = made.entry((i, key)).or_default();
                        times.push(first);
                        times.extend(std::iter::repeat_n(last, s.requests as usize - 1));
                    }
                }
                in_flight.push((last, r, first, last));
            }
        }
        finish(&mut in_flight, now + ms(3_600_000));
        for ((i, key), mut times) in made {
            times.sort();
            let w = windows[i];
            let most = busiest(&times, w.period);
            prop_assert!(most <= w.limit as usize, "{w:?} for {key:?}: {most} in one window");
        }
    }

    #[test]
    fn a_request_told_when_may_go_then(windows in windows(), sends in sends()) {
        let smallest = windows.iter().map(|w| w.limit).min().unwrap_or(1);
        let limiter = Limiter::new(RateLimits::of(windows));
        let mut now = Instant::now();
        for s in sends {
            now += s.gap;
            let address = private(&format!("{}", s.chat % 2));
            let ask = Ask { address: &address, requests: s.requests.min(smallest), in_chat: s.in_chat };
            match limiter.reserve_at(&ask, now) {
                // Made at once: nothing stays pending.
                Ok(r) => r.used(now, now + s.takes),
                Err(Wait { until: None, .. }) => prop_assert!(false, "nothing was pending"),
                Err(Wait { until: Some(t), .. }) => {
                    prop_assert!(t > now);
                    prop_assert!(limiter.reserve_at(&ask, t - ms(1)).is_err(), "not before");
                    now = t;
                    let r = limiter.reserve_at(&ask, now);
                    prop_assert!(r.is_ok(), "at the time it was told");
                    if let Ok(r) = r {
                        r.used(now, now);
                    }
                }
            }
        }
    }
}

#[test]
fn each_chat_has_its_own_window_and_the_global_one_holds_them_together() {
    let limits = RateLimits::of([
        Window::new(Scope::Private, 1, Duration::from_secs(1)),
        Window::new(Scope::Global, 3, Duration::from_secs(1)),
    ]);
    let l = Limiter::new(limits);
    let now = Instant::now();
    let (a, b, c, d) = (private("a"), private("b"), private("c"), private("d"));
    let ra = l.reserve_at(&message(&a), now).expect("a's first");
    assert_eq!(
        l.reserve_at(&message(&a), now).err().map(|w| w.until),
        Some(None),
        "a's first is pending"
    );
    ra.used(now, now);
    assert_eq!(
        l.reserve_at(&message(&a), now).err().map(|w| w.until),
        Some(Some(now + Duration::from_secs(1)))
    );
    l.reserve_at(&message(&b), now).expect("b").used(now, now);
    l.reserve_at(&message(&c), now).expect("c").used(now, now);
    assert!(
        l.reserve_at(&message(&d), now).is_err(),
        "three a second overall"
    );
    assert!(l.reserve_at(&message(&d), now + ms(999)).is_err());
    assert!(l.reserve_at(&message(&d), now + ms(1000)).is_ok());
}

#[test]
fn removals_count_only_in_the_shared_windows() {
    let l = Limiter::new(RateLimits::of([
        Window::new(Scope::Private, 1, Duration::from_secs(1)),
        Window::new(Scope::Global, 2, Duration::from_secs(1)),
    ]));
    let now = Instant::now();
    let a = private("a");
    let removal = Ask {
        address: &a,
        requests: 1,
        in_chat: false,
    };
    l.reserve_at(&removal, now).expect("removal").used(now, now);
    l.reserve_at(&message(&a), now)
        .expect("message")
        .used(now, now);
    assert!(
        l.reserve_at(&removal, now).is_err(),
        "the global window is full"
    );
}

#[test]
fn room_not_used_is_given_back_and_earlier_sends_count() {
    let l = Limiter::new(RateLimits::of([Window::new(
        Scope::Group,
        2,
        Duration::from_secs(60),
    )]));
    let now = Instant::now();
    let staff = group("staff");
    drop(l.reserve_at(&message(&staff), now).expect("first"));
    l.record(&message(&staff), now);
    l.reserve_at(&message(&staff), now)
        .expect("second")
        .used(now, now);
    assert!(l.reserve_at(&message(&staff), now).is_err());
    assert!(
        l.reserve_at(&message(&private("staff")), now).is_ok(),
        "groups only"
    );
}

#[test]
fn a_message_split_into_parts_counts_every_part() {
    let l = Limiter::new(RateLimits::of([Window::new(
        Scope::Global,
        3,
        Duration::from_secs(1),
    )]));
    let now = Instant::now();
    let a = private("a");
    let long = Ask {
        address: &a,
        requests: 2,
        in_chat: true,
    };
    l.reserve_at(&long, now)
        .expect("two parts")
        .used(now, now + ms(300));
    assert!(l.reserve_at(&long, now + ms(400)).is_err());
    l.reserve_at(&message(&a), now + ms(400))
        .expect("one more")
        .used(now + ms(400), now + ms(400));
    // The first part left the window at 1 s, the second (counted when the call returned) at
    // 1.3 s.
    assert!(l.reserve_at(&message(&a), now + ms(1000)).is_ok());
    assert_eq!(
        l.reserve_at(&long, now + ms(1000)).err().map(|w| w.until),
        Some(Some(now + ms(1300)))
    );
}
