//! Running a statement: the few ways the engine's modules talk to SQLite.
//!
//! Statements run on the calling task's thread through `rusqlite` and are prepared once per
//! connection (a statement cache), so a turn's handful of queries costs microseconds instead of
//! a hand-over to another thread per statement.
//!
//! Parameters are written `$1`, `$2`, … as PostgreSQL writes them. SQLite reads `$1` as a
//! *named* parameter and numbers parameters in order of first appearance, so a statement that
//! uses `$2` before `$1`, or `$1` twice, would bind the wrong values if the arguments were
//! bound by position. [`prepare`] binds each parameter by the number in its name instead.

use anyhow::{anyhow, Result};
use rusqlite::types::{FromSql, ToSql};
use rusqlite::{CachedStatement, Connection, Row};

/// The engine's connection.
pub(super) type Conn = Connection;

/// A statement's arguments: `args[0]` is `$1`.
pub(super) type Args<'a> = &'a [&'a dyn ToSql];

/// Prepares `sql` (from the connection's statement cache) and binds `args` to its numbered
/// parameters.
fn prepare<'c>(c: &'c Conn, sql: &str, args: Args<'_>) -> Result<CachedStatement<'c>> {
    let mut stmt = c.prepare_cached(sql)?;
    for index in 1..=stmt.parameter_count() {
        let number = match stmt.parameter_name(index) {
            Some(name) => name
                .strip_prefix(['$', '?'])
                .and_then(|n| n.parse::<usize>().ok())
                .ok_or_else(|| anyhow!("SQL parameter {name} is not numbered"))?,
            None => index,
        };
        let arg = number
            .checked_sub(1)
            .and_then(|i| args.get(i))
            .ok_or_else(|| anyhow!("no argument for SQL parameter ${number}"))?;
        stmt.raw_bind_parameter(index, *arg)?;
    }
    Ok(stmt)
}

/// Runs a statement that returns no rows; the number of rows it changed.
pub(super) fn execute(c: &Conn, sql: &str, args: Args<'_>) -> Result<u64> {
    let mut stmt = prepare(c, sql, args)?;
    Ok(u64::try_from(stmt.raw_execute()?)?)
}

/// Every row a statement returns, each read by `read`.
pub(super) fn all<T>(
    c: &Conn,
    sql: &str,
    args: Args<'_>,
    mut read: impl FnMut(&Row<'_>) -> Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = prepare(c, sql, args)?;
    let mut rows = stmt.raw_query();
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        out.push(read(row)?);
    }
    Ok(out)
}

/// The first row a statement returns, if any, read by `read`. The statement still runs to
/// its end, so an `UPDATE … RETURNING` changes every row it matches.
pub(super) fn optional<T>(
    c: &Conn,
    sql: &str,
    args: Args<'_>,
    mut read: impl FnMut(&Row<'_>) -> Result<T>,
) -> Result<Option<T>> {
    let mut stmt = prepare(c, sql, args)?;
    let mut rows = stmt.raw_query();
    let first = match rows.next()? {
        Some(row) => Some(read(row)?),
        None => None,
    };
    while rows.next()?.is_some() {}
    Ok(first)
}

/// The one row a statement must return, read by `read`.
pub(super) fn one<T>(
    c: &Conn,
    sql: &str,
    args: Args<'_>,
    read: impl FnMut(&Row<'_>) -> Result<T>,
) -> Result<T> {
    optional(c, sql, args, read)?.ok_or_else(|| anyhow!("the query returned no row"))
}

/// Reads the first column of a row.
pub(super) fn first<T: FromSql>(row: &Row<'_>) -> Result<T> {
    Ok(row.get(0)?)
}

/// Reads a row's columns, in order, into a tuple.
pub(super) fn tuple<T: Tuple>(row: &Row<'_>) -> Result<T> {
    T::read(row)
}

/// A tuple of column values.
pub(super) trait Tuple: Sized {
    fn read(row: &Row<'_>) -> Result<Self>;
}

macro_rules! tuple {
    ($($t:ident $i:tt),+) => {
        impl<$($t: FromSql),+> Tuple for ($($t,)+) {
            fn read(row: &Row<'_>) -> Result<Self> {
                Ok(($(row.get::<_, $t>($i)?,)+))
            }
        }
    };
}

tuple!(A 0, B 1);
tuple!(A 0, B 1, C 2);
tuple!(A 0, B 1, C 2, D 3);
tuple!(A 0, B 1, C 2, D 3, E 4);
tuple!(A 0, B 1, C 2, D 3, E 4, F 5);

#[cfg(test)]
mod tests {
    use super::*;

    fn conn() -> Conn {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch("CREATE TABLE t (a INTEGER, b TEXT)")
            .unwrap();
        c
    }

    #[test]
    fn parameters_bind_by_their_number_not_their_position() {
        let c = conn();
        execute(&c, "INSERT INTO t (b, a) VALUES ($2, $1)", &[&7, &"seven"]).unwrap();
        let got: (i64, String) = one(
            &c,
            "SELECT a, b FROM t WHERE a = $1 OR a = $1",
            &[&7],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
        assert_eq!(got, (7, "seven".to_string()));
    }

    #[test]
    fn a_missing_argument_is_an_error_not_a_null() {
        let c = conn();
        let err = execute(&c, "INSERT INTO t (a, b) VALUES ($1, $2)", &[&1]).unwrap_err();
        assert_eq!(err.to_string(), "no argument for SQL parameter $2");
        let n: i64 = one(&c, "SELECT COUNT(*) FROM t", &[], first).unwrap();
        assert_eq!(n, 0);
    }

    #[test]
    fn optional_runs_an_update_returning_to_its_end() {
        let c = conn();
        for a in [1, 2, 3] {
            execute(&c, "INSERT INTO t (a, b) VALUES ($1, 'x')", &[&a]).unwrap();
        }
        let firstly: Option<i64> =
            optional(&c, "UPDATE t SET b = 'y' RETURNING a", &[], first).unwrap();
        assert!(firstly.is_some());
        let changed: i64 = one(&c, "SELECT COUNT(*) FROM t WHERE b = 'y'", &[], first).unwrap();
        assert_eq!(changed, 3);
        let none: Option<i64> = optional(&c, "SELECT a FROM t WHERE a > $1", &[&9], first).unwrap();
        assert_eq!(none, None);
    }
}
