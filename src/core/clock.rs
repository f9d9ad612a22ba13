//! The injected clock. The core never reads the wall clock; it asks a [`Clock`].
//!
//! Production uses [`SystemClock`]; tests and benchmarks use [`FakeClock`], which only moves
//! when told, so a year of reminders can be exercised in milliseconds. The console uses
//! [`ShiftedClock`]: real time, moved forward on request (`/clock +2h`), so a newcomer sees
//! escalations, reminders and scheduled sends without waiting. No clock ever moves backwards.

use chrono::{DateTime, Duration, Utc};
use std::sync::{Arc, Mutex};

/// Something that knows what time it is.
pub trait Clock: Send + Sync {
    /// The current instant.
    fn now(&self) -> DateTime<Utc>;

    /// Moves the clock forward to `to` (the console's `/clock`). The real clock refuses; so
    /// does every clock asked to go backwards.
    fn move_to(&self, _to: DateTime<Utc>) -> Result<(), Unmoved> {
        Err(Unmoved::Fixed)
    }
}

/// Why a clock was not moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unmoved {
    /// This clock follows the real time only.
    Fixed,
    /// The time asked for is before the clock's time.
    Backwards,
}

/// The real clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that stands still until it is advanced.
#[derive(Debug, Clone)]
pub struct FakeClock {
    now: Arc<Mutex<DateTime<Utc>>>,
}

impl FakeClock {
    /// A clock stopped at `start`.
    pub fn at(start: DateTime<Utc>) -> Self {
        Self {
            now: Arc::new(Mutex::new(start)),
        }
    }

    /// Moves the clock forward by `by`.
    pub fn advance(&self, by: Duration) {
        let mut now = self.now.lock().unwrap_or_else(|e| e.into_inner());
        *now += by;
    }

    /// Sets the clock to `to`.
    pub fn set(&self, to: DateTime<Utc>) {
        *self.now.lock().unwrap_or_else(|e| e.into_inner()) = to;
    }
}

impl Clock for FakeClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn move_to(&self, to: DateTime<Utc>) -> Result<(), Unmoved> {
        let mut now = self.now.lock().unwrap_or_else(|e| e.into_inner());
        if to < *now {
            return Err(Unmoved::Backwards);
        }
        *now = to;
        Ok(())
    }
}

/// The real time plus however far it has been moved forward: the console's clock, which the
/// whole app (handlers, sweeps, the scheduler, the dispatcher) reads.
#[derive(Debug, Clone, Default)]
pub struct ShiftedClock {
    ahead: Arc<Mutex<Duration>>,
}

impl Clock for ShiftedClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now() + *self.ahead.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn move_to(&self, to: DateTime<Utc>) -> Result<(), Unmoved> {
        let mut ahead = self.ahead.lock().unwrap_or_else(|e| e.into_inner());
        let now = Utc::now() + *ahead;
        if to < now {
            return Err(Unmoved::Backwards);
        }
        *ahead += to - now;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shifted_clock_moves_forward_only() {
        let clock = ShiftedClock::default();
        let start = clock.now();
        let later = start + Duration::days(3);
        assert_eq!(clock.move_to(later), Ok(()));
        assert!(clock.now() >= later, "three days on");
        assert!(clock.now() < later + Duration::minutes(1), "and no further");
        assert_eq!(clock.move_to(start), Err(Unmoved::Backwards));
        assert!(clock.now() >= later, "a refusal leaves it where it was");
    }

    #[test]
    fn the_real_clock_is_never_moved() {
        let to = Utc::now() + Duration::hours(2);
        assert_eq!(SystemClock.move_to(to), Err(Unmoved::Fixed));
    }

    #[test]
    fn a_fake_clock_is_set_forward_but_never_back() {
        let start = Utc::now();
        let clock = FakeClock::at(start);
        assert_eq!(
            clock.move_to(start - Duration::seconds(1)),
            Err(Unmoved::Backwards)
        );
        assert_eq!(clock.move_to(start + Duration::hours(2)), Ok(()));
        assert_eq!(clock.now(), start + Duration::hours(2));
    }
}
