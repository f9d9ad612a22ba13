//! The governors' dashboard: who may see it, and the anonymised report ([`Stats`]) with small
//! numbers suppressed so that no child can be identified. Pure.
//!
//! Who: the Headteacher, the Chair of Governors, the safeguarding governor, and the vice-chair
//! when standing in for the Chair (when the school has no active Chair). Not other governors,
//! not the DSL team as such, never a roster admin or a leaver.
//!
//! Suppression: a count from 1 to 4 is shown as "fewer than 5" (a zero is shown: it identifies
//! nobody). Every table of the report adds up to the number of concerns (a concern in two
//! category groups counts in both, so that table is treated the same way), so a single hidden
//! cell could be worked out from the total; in each table more cells are hidden ("hidden"), the
//! smallest first, until no number fewer than 5 can be worked out from the total and the cells
//! still shown; a table where that cannot be done (too few concerns) is withheld whole. The
//! total itself is "fewer than 5" when it is 1 to 4, and the median time to
//! acknowledge is shown only over five or more acknowledged concerns.
//!
//! This module must never be handed anything but [`Stats`], which holds no names, narrative or
//! people.

use super::stats::{AckBucket, Stats};
use super::types::{Group, Status};
use crate::core::people::{Person, Role};

/// The smallest count shown as it is (other than zero).
pub const SMALLEST_SHOWN: u64 = 5;

/// The roles that may see the dashboard (the vice-chair only while standing in for the Chair).
pub const DASHBOARD_ROLES: &[Role] = &[
    Role::Headteacher,
    Role::ChairOfGovernors,
    Role::ViceChair,
    Role::SafeguardingGovernor,
];

/// True when `me` may see the dashboard; `people` must hold the school's active Chair, if any.
pub fn may_see(me: &Person, people: &[Person]) -> bool {
    if !me.active || me.has(Role::RosterAdmin) {
        return false;
    }
    if me.roles.any(&[
        Role::Headteacher,
        Role::ChairOfGovernors,
        Role::SafeguardingGovernor,
    ]) {
        return true;
    }
    let chair = people
        .iter()
        .any(|p| p.active && p.id != me.id && p.has(Role::ChairOfGovernors));
    me.has(Role::ViceChair) && !chair
}

/// One published number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Count(u64),
    /// 1 to 4.
    FewerThan5,
    /// Hidden so that a number fewer than 5 cannot be worked out from the total.
    Hidden,
}

impl Cell {
    /// The number shown, if any.
    pub fn shown(self) -> Option<u64> {
        match self {
            Cell::Count(n) => Some(n),
            _ => None,
        }
    }
}

/// The report as governors see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dashboard {
    pub total: Cell,
    pub urgent: Cell,
    /// Each table, or `None` when it is withheld.
    pub by_group: Option<Vec<(Group, Cell)>>,
    pub by_month: Option<Vec<(String, Cell)>>,
    pub by_status: Option<Vec<(Status, Cell)>>,
    pub by_ack: Option<Vec<(AckBucket, Cell)>>,
    pub median_ack_minutes: Option<i64>,
}

fn single(n: u64) -> Cell {
    if (1..SMALLEST_SHOWN).contains(&n) {
        Cell::FewerThan5
    } else {
        Cell::Count(n)
    }
}

/// True when no cell shown as "fewer than 5" can be pinned to one value by someone who knows
/// the table's total and the cells shown: with `m` such cells and `k` hidden ones (each at
/// least 5) holding `sum` between them.
fn safe(m: u64, k: u64, sum: u64) -> bool {
    match (m, k) {
        (0, _) => true,
        (_, 0) => m >= 2 && sum != m && sum != 4 * m,
        _ => sum > m + 5 * k,
    }
}

/// Suppresses one table's counts (see the module docs); `None` when even hiding every other
/// non-zero cell would leave a number fewer than 5 to be worked out: the table is withheld.
pub fn table(counts: &[u64]) -> Option<Vec<Cell>> {
    let mut cells: Vec<Cell> = counts.iter().map(|n| single(*n)).collect();
    loop {
        let (mut m, mut k, mut sum) = (0, 0, 0);
        for (c, n) in cells.iter().zip(counts) {
            match c {
                Cell::FewerThan5 => (m, sum) = (m + 1, sum + n),
                Cell::Hidden => (k, sum) = (k + 1, sum + n),
                Cell::Count(_) => {}
            }
        }
        if safe(m, k, sum) {
            return Some(cells);
        }
        let next = cells
            .iter()
            .zip(counts)
            .enumerate()
            .filter(|(_, (c, n))| matches!(c, Cell::Count(_)) && **n > 0)
            .min_by_key(|(i, (_, n))| (**n, *i))
            .map(|(i, _)| i);
        match next {
            Some(i) => cells[i] = Cell::Hidden,
            // Nothing left to hide: withhold the table.
            None => return None,
        }
    }
}

fn suppressed<K: Clone>(rows: &[(K, u64)]) -> Option<Vec<(K, Cell)>> {
    let counts: Vec<u64> = rows.iter().map(|(_, n)| *n).collect();
    let cells = table(&counts)?;
    Some(
        rows.iter()
            .zip(cells)
            .map(|((k, _), c)| (k.clone(), c))
            .collect(),
    )
}

/// The report with small numbers suppressed.
pub fn dashboard(s: &Stats) -> Dashboard {
    let acknowledged: u64 = s
        .by_ack
        .iter()
        .filter(|(b, _)| *b != AckBucket::NotYet)
        .map(|(_, n)| *n)
        .sum();
    Dashboard {
        total: single(s.total),
        urgent: single(s.urgent),
        by_group: suppressed(&s.by_group),
        by_month: suppressed(&s.by_month),
        by_status: suppressed(&s.by_status),
        by_ack: suppressed(&s.by_ack),
        median_ack_minutes: s
            .median_ack_minutes
            .filter(|_| acknowledged >= SMALLEST_SHOWN),
    }
}

#[cfg(test)]
#[path = "dashboard_tests.rs"]
mod tests;
