//! Unit tests of the dashboard: who may see it, and a generated matrix showing that no number
//! fewer than 5 can be worked out from what the dashboard shows and the total.

use super::*;
use crate::core::concern::stats::AckBucket;
use crate::core::ids::{PersonId, SchoolId};
use crate::core::people::{Lang, Roles};

fn person(id: i64, roles: &[Role], active: bool) -> Person {
    Person {
        id: PersonId(id),
        school: SchoolId(1),
        external_id: format!("p{id}"),
        name: format!("Person {id}"),
        roles: Roles::new(roles.iter().copied()),
        lang: Lang::EnGb,
        groups: vec![],
        active,
    }
}

#[test]
fn the_head_chair_and_safeguarding_governor_see_it_and_the_vice_chair_only_standing_in() {
    let chair = person(9, &[Role::ChairOfGovernors], true);
    for role in Role::ALL {
        let me = person(1, &[role], true);
        let expected = matches!(
            role,
            Role::Headteacher | Role::ChairOfGovernors | Role::SafeguardingGovernor
        );
        assert_eq!(
            may_see(&me, std::slice::from_ref(&chair)),
            expected,
            "{role:?}"
        );
        let standing_in = expected || role == Role::ViceChair;
        assert_eq!(may_see(&me, &[]), standing_in, "{role:?} with no Chair");
        let left = person(9, &[Role::ChairOfGovernors], false);
        assert_eq!(
            may_see(&me, &[left]),
            standing_in,
            "{role:?}, the Chair left"
        );
        assert!(!may_see(&person(1, &[role], false), &[]), "{role:?} leaver");
    }
    let admin_head = person(1, &[Role::Headteacher, Role::RosterAdmin], true);
    assert!(!may_see(&admin_head, &[]));
}

/// Every table of counts with `len` cells, each count taken from `values`.
fn tables(len: usize, values: &[u64]) -> Vec<Vec<u64>> {
    let mut out = vec![vec![]];
    for _ in 0..len {
        out = out
            .into_iter()
            .flat_map(|t| {
                values.iter().map(move |v| {
                    let mut t = t.clone();
                    t.push(*v);
                    t
                })
            })
            .collect();
    }
    out
}

/// Every table a reader could believe in, knowing the cells and the total.
fn candidates(cells: &[Cell], total: u64) -> Vec<Vec<u64>> {
    fn go(cells: &[Cell], left: u64, so_far: &mut Vec<u64>, out: &mut Vec<Vec<u64>>) {
        let Some((c, rest)) = cells.split_first() else {
            if left == 0 {
                out.push(so_far.clone());
            }
            return;
        };
        let range: Vec<u64> = match c {
            Cell::Count(n) => vec![*n],
            Cell::FewerThan5 => (1..=4).collect(),
            Cell::Hidden => (5..=left).collect(),
        };
        for v in range.into_iter().filter(|v| *v <= left) {
            so_far.push(v);
            go(rest, left - v, so_far, out);
            so_far.pop();
        }
    }
    let mut out = Vec::new();
    go(cells, total, &mut Vec::new(), &mut out);
    out
}

fn check(counts: &[u64]) {
    let Some(cells) = table(counts) else {
        return;
    };
    let total: u64 = counts.iter().sum();
    for (c, n) in cells.iter().zip(counts) {
        match c {
            Cell::Count(shown) => assert_eq!(shown, n),
            Cell::FewerThan5 => assert!((1..=4).contains(n), "{counts:?}"),
            Cell::Hidden => assert!(*n >= 5, "{counts:?} hid {n}"),
        }
    }
    // The total is known exactly unless it is shown as "fewer than 5".
    let totals = if (1..5).contains(&total) {
        1..=4
    } else {
        total..=total
    };
    let possible: Vec<Vec<u64>> = totals.flat_map(|t| candidates(&cells, t)).collect();
    assert!(possible.contains(&counts.to_vec()), "{counts:?}");
    for (i, c) in cells.iter().enumerate() {
        if *c == Cell::FewerThan5 {
            let mut values: Vec<u64> = possible.iter().map(|t| t[i]).collect();
            values.sort();
            values.dedup();
            assert!(
                values.len() >= 2,
                "{counts:?} → {cells:?}: cell {i} is {values:?}"
            );
        }
    }
}

#[test]
fn no_number_fewer_than_5_can_be_worked_out_from_the_total_in_any_small_table() {
    for t in tables(3, &(0..=12).collect::<Vec<_>>()) {
        check(&t);
    }
    for t in tables(5, &[0, 1, 2, 3, 4, 5, 6, 11]) {
        check(&t);
    }
}

#[test]
fn counts_of_5_or_more_and_zeros_stay_when_nothing_small_needs_cover() {
    assert_eq!(
        table(&[0, 5, 12]).unwrap(),
        [Cell::Count(0), Cell::Count(5), Cell::Count(12)]
    );
    assert_eq!(
        table(&[3, 9, 20]).unwrap(),
        [Cell::FewerThan5, Cell::Hidden, Cell::Count(20)]
    );
    assert_eq!(
        table(&[2, 3, 40]).unwrap(),
        [Cell::FewerThan5, Cell::FewerThan5, Cell::Count(40)]
    );
    assert_eq!(table(&[1, 5]), None, "the 1 could be worked out from 6");
    assert_eq!(table(&[0, 0, 1]), None);
}

#[test]
fn the_dashboard_suppresses_the_total_urgent_count_and_a_median_over_few_concerns() {
    let s = Stats {
        total: 3,
        urgent: 1,
        by_group: vec![(Group::Conduct, 3), (Group::Content, 0)],
        by_month: vec![("2026-11".into(), 3)],
        by_status: vec![(Status::Open, 2), (Status::Closed, 1)],
        by_ack: vec![(AckBucket::Within15Minutes, 2), (AckBucket::NotYet, 1)],
        median_ack_minutes: Some(7),
    };
    let d = dashboard(&s);
    assert_eq!(d.total, Cell::FewerThan5);
    assert_eq!(d.urgent, Cell::FewerThan5);
    assert_eq!(d.by_month, None, "too few to show");
    assert_eq!(
        d.by_status,
        Some(vec![
            (Status::Open, Cell::FewerThan5),
            (Status::Closed, Cell::FewerThan5)
        ])
    );
    assert_eq!(d.median_ack_minutes, None);
    let many = Stats {
        total: 30,
        urgent: 6,
        by_ack: vec![(AckBucket::Within15Minutes, 25), (AckBucket::NotYet, 5)],
        ..s
    };
    let d = dashboard(&many);
    assert_eq!((d.total, d.urgent), (Cell::Count(30), Cell::Count(6)));
    assert_eq!(d.median_ack_minutes, Some(7));
    assert_eq!(
        d.by_ack,
        Some(vec![
            (AckBucket::Within15Minutes, Cell::Count(25)),
            (AckBucket::NotYet, Cell::Count(5))
        ])
    );
}
