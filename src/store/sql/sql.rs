//! Running a statement: the few ways the engine's modules talk to the database, the same for
//! SQLite and PostgreSQL. It never decides what a statement means; the modules write portable SQL.
//!
//! On SQLite, statements run on the calling task's thread through `rusqlite` and are prepared
//! once per connection (a statement cache), so a turn's handful of queries costs microseconds
//! instead of a hand-over to another thread per statement: the futures these functions return
//! are ready the first time they are polled. On PostgreSQL they run through `sqlx` inside the
//! transaction the connection holds (sqlx keeps its own prepared statements per connection).
//!
//! Parameters are written `$1`, `$2`, … as PostgreSQL writes them. SQLite reads `$1` as a
//! *named* parameter and numbers parameters in order of first appearance, so a statement that
//! uses `$2` before `$1`, or `$1` twice, would bind the wrong values if the arguments were
//! bound by position. [`prepare`] binds each parameter by the number in its name instead.

use super::values::PgQuery;
pub(crate) use super::values::{Param, Row, Value};
use anyhow::{anyhow, Result};
use rusqlite::types::ToSql;
use rusqlite::{CachedStatement, Connection};
use sqlx::{Postgres, Transaction};

/// The engine's connection: SQLite's one connection, or one PostgreSQL transaction.
pub(crate) enum Conn {
    /// SQLite's connection, behind an uncontended lock: a transaction's modules share `&Conn`
    /// across await points, and a `rusqlite` connection is not `Sync` by itself.
    Sqlite(std::sync::Mutex<Connection>),
    /// The transaction, behind a lock so that modules can share `&Conn` as they do on SQLite;
    /// `None` once committed. sqlx rolls a transaction back when it is dropped.
    Postgres(tokio::sync::Mutex<Option<Transaction<'static, Postgres>>>),
}

impl Conn {
    /// The SQLite connection, for what only SQLite has (pragmas, its autocommit state).
    pub(crate) fn sqlite(&self) -> Option<std::sync::MutexGuard<'_, Connection>> {
        match self {
            Conn::Sqlite(c) => Some(c.lock().unwrap_or_else(std::sync::PoisonError::into_inner)),
            Conn::Postgres(_) => None,
        }
    }

    pub(crate) fn from_sqlite(c: Connection) -> Conn {
        Conn::Sqlite(std::sync::Mutex::new(c))
    }

    pub(crate) fn is_postgres(&self) -> bool {
        matches!(self, Conn::Postgres(_))
    }
}

/// A statement's arguments: `args[0]` is `$1`.
pub(crate) type Args<'a> = &'a [&'a dyn Param];

/// Prepares `sql` (from the connection's statement cache) and binds `args` to its numbered
/// parameters.
fn prepare<'c>(c: &'c Connection, sql: &str, args: Args<'_>) -> Result<CachedStatement<'c>> {
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
        stmt.raw_bind_parameter(index, *arg as &dyn ToSql)?;
    }
    Ok(stmt)
}

fn pg_query<'q>(sql: &'q str, args: Args<'q>) -> PgQuery<'q> {
    args.iter().fold(sqlx::query(sql), |q, arg| arg.bind_pg(q))
}

/// Every row `sql` returns on the PostgreSQL transaction `tx`, each read by `read`.
async fn pg_rows<T>(
    tx: &tokio::sync::Mutex<Option<Transaction<'static, Postgres>>>,
    sql: &str,
    args: Args<'_>,
    mut read: impl FnMut(&Row<'_>) -> Result<T>,
) -> Result<Vec<T>> {
    let mut guard = tx.lock().await;
    let tx = guard
        .as_mut()
        .ok_or_else(|| anyhow!("the transaction has ended"))?;
    let rows = pg_query(sql, args).fetch_all(&mut **tx).await?;
    rows.iter().map(|r| read(&Row::Postgres(r))).collect()
}

/// Runs a statement that returns no rows; the number of rows it changed.
pub(crate) async fn execute(c: &Conn, sql: &str, args: Args<'_>) -> Result<u64> {
    match c {
        Conn::Sqlite(c) => {
            let c = c.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let mut stmt = prepare(&c, sql, args)?;
            Ok(u64::try_from(stmt.raw_execute()?)?)
        }
        Conn::Postgres(tx) => {
            let mut guard = tx.lock().await;
            let tx = guard
                .as_mut()
                .ok_or_else(|| anyhow!("the transaction has ended"))?;
            Ok(pg_query(sql, args)
                .execute(&mut **tx)
                .await?
                .rows_affected())
        }
    }
}

/// Every row a statement returns, each read by `read`.
pub(crate) async fn all<T>(
    c: &Conn,
    sql: &str,
    args: Args<'_>,
    mut read: impl FnMut(&Row<'_>) -> Result<T>,
) -> Result<Vec<T>> {
    match c {
        Conn::Sqlite(c) => {
            let c = c.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let mut stmt = prepare(&c, sql, args)?;
            let mut rows = stmt.raw_query();
            let mut out = Vec::new();
            while let Some(row) = rows.next()? {
                out.push(read(&Row::Sqlite(row))?);
            }
            Ok(out)
        }
        Conn::Postgres(tx) => pg_rows(tx, sql, args, read).await,
    }
}

/// The first row a statement returns, if any, read by `read`. The statement still runs to
/// its end, so an `UPDATE … RETURNING` changes every row it matches.
pub(crate) async fn optional<T>(
    c: &Conn,
    sql: &str,
    args: Args<'_>,
    mut read: impl FnMut(&Row<'_>) -> Result<T>,
) -> Result<Option<T>> {
    match c {
        Conn::Sqlite(c) => {
            let c = c.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let mut stmt = prepare(&c, sql, args)?;
            let mut rows = stmt.raw_query();
            let first = match rows.next()? {
                Some(row) => Some(read(&Row::Sqlite(row))?),
                None => None,
            };
            while rows.next()?.is_some() {}
            Ok(first)
        }
        Conn::Postgres(tx) => {
            let mut taken = false;
            let rows = pg_rows(tx, sql, args, |r| {
                if taken {
                    return Ok(None);
                }
                taken = true;
                read(r).map(Some)
            })
            .await?;
            Ok(rows.into_iter().flatten().next())
        }
    }
}

/// The one row a statement must return, read by `read`.
pub(crate) async fn one<T>(
    c: &Conn,
    sql: &str,
    args: Args<'_>,
    read: impl FnMut(&Row<'_>) -> Result<T>,
) -> Result<T> {
    optional(c, sql, args, read)
        .await?
        .ok_or_else(|| anyhow!("the query returned no row"))
}

/// Reads the first column of a row.
pub(crate) fn first<T: Value>(row: &Row<'_>) -> Result<T> {
    row.get(0)
}

/// Reads a row's columns, in order, into a tuple.
pub(crate) fn tuple<T: Tuple>(row: &Row<'_>) -> Result<T> {
    T::read(row)
}

/// A tuple of column values.
pub(crate) trait Tuple: Sized {
    fn read(row: &Row<'_>) -> Result<Self>;
}

macro_rules! tuple {
    ($($t:ident $i:tt),+) => {
        impl<$($t: Value),+> Tuple for ($($t,)+) {
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
        Conn::from_sqlite(c)
    }

    #[tokio::test]
    async fn parameters_bind_by_their_number_not_their_position() {
        let c = conn();
        execute(&c, "INSERT INTO t (b, a) VALUES ($2, $1)", &[&7, &"seven"])
            .await
            .unwrap();
        let got: (i64, String) = one(
            &c,
            "SELECT a, b FROM t WHERE a = $1 OR a = $1",
            &[&7],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .await
        .unwrap();
        assert_eq!(got, (7, "seven".to_string()));
    }

    #[tokio::test]
    async fn a_missing_argument_is_an_error_not_a_null() {
        let c = conn();
        let err = execute(&c, "INSERT INTO t (a, b) VALUES ($1, $2)", &[&1])
            .await
            .unwrap_err();
        assert_eq!(err.to_string(), "no argument for SQL parameter $2");
        let n: i64 = one(&c, "SELECT COUNT(*) FROM t", &[], first).await.unwrap();
        assert_eq!(n, 0);
    }

    #[tokio::test]
    async fn optional_runs_an_update_returning_to_its_end() {
        let c = conn();
        for a in [1, 2, 3] {
            execute(&c, "INSERT INTO t (a, b) VALUES ($1, 'x')", &[&a])
                .await
                .unwrap();
        }
        let firstly: Option<i64> = optional(&c, "UPDATE t SET b = 'y' RETURNING a", &[], first)
            .await
            .unwrap();
        assert!(firstly.is_some());
        let changed: i64 = one(&c, "SELECT COUNT(*) FROM t WHERE b = 'y'", &[], first)
            .await
            .unwrap();
        assert_eq!(changed, 3);
        let none: Option<i64> = optional(&c, "SELECT a FROM t WHERE a > $1", &[&9], first)
            .await
            .unwrap();
        assert_eq!(none, None);
    }
}
