//! Values in and out of a statement, on either engine: [`Param`] binds an argument to SQLite
//! (`rusqlite`'s `ToSql`) and to PostgreSQL (`sqlx`'s `Encode`), [`Row::get`] reads a column
//! from either (`FromSql`, or `Decode` with sqlx's strict types). It never runs a statement.

use anyhow::Result;
use rusqlite::types::{FromSql, ToSql};
use sqlx::postgres::{PgArguments, PgRow};
use sqlx::{Postgres, Row as _};

pub(crate) type PgQuery<'q> = sqlx::query::Query<'q, Postgres, PgArguments>;

/// A value a statement can take as a parameter, on either engine.
pub(crate) trait Param: ToSql + Sync {
    /// Binds the value as the query's next PostgreSQL parameter.
    fn bind_pg<'q>(&'q self, q: PgQuery<'q>) -> PgQuery<'q>;
}

macro_rules! param {
    ($($t:ty => |$v:ident| $e:expr),* $(,)?) => {$(
        impl Param for $t {
            fn bind_pg<'q>(&'q self, q: PgQuery<'q>) -> PgQuery<'q> {
                let $v = self;
                q.bind($e)
            }
        }
    )*};
}

// Integers go to PostgreSQL as BIGINT, the type of every integer column there.
param!(
    i64 => |v| *v,
    i32 => |v| i64::from(*v),
    u32 => |v| i64::from(*v),
    bool => |v| *v,
    String => |v| v.as_str(),
    &str => |v| *v,
    Vec<u8> => |v| v.as_slice(),
    &[u8] => |v| *v,
    Option<i64> => |v| *v,
    Option<i32> => |v| v.map(i64::from),
    Option<u32> => |v| v.map(i64::from),
    Option<bool> => |v| *v,
    Option<String> => |v| v.as_deref(),
    Option<&str> => |v| *v,
    Option<Vec<u8>> => |v| v.as_deref(),
    Option<&[u8]> => |v| *v,
);

impl<T: Param + ?Sized> Param for &T {
    fn bind_pg<'q>(&'q self, q: PgQuery<'q>) -> PgQuery<'q> {
        (**self).bind_pg(q)
    }
}

/// A column, by its place or its name.
#[derive(Clone, Copy)]
pub(crate) enum Col<'s> {
    At(usize),
    Named(&'s str),
}

/// How a column is named in `row.get(…)`.
pub(crate) trait Index {
    fn col(&self) -> Col<'_>;
}

impl Index for usize {
    fn col(&self) -> Col<'_> {
        Col::At(*self)
    }
}

impl Index for &str {
    fn col(&self) -> Col<'_> {
        Col::Named(self)
    }
}

/// A value read from a column, on either engine.
pub(crate) trait Value: Sized {
    fn from_sqlite(row: &rusqlite::Row<'_>, col: Col<'_>) -> Result<Self>;
    fn from_pg(row: &PgRow, col: Col<'_>) -> Result<Self>;
}

fn sqlite_get<T: FromSql>(row: &rusqlite::Row<'_>, col: Col<'_>) -> Result<T> {
    Ok(match col {
        Col::At(i) => row.get(i)?,
        Col::Named(n) => row.get(n)?,
    })
}

fn pg_get<T>(row: &PgRow, col: Col<'_>) -> Result<T>
where
    T: for<'r> sqlx::Decode<'r, Postgres> + sqlx::Type<Postgres>,
{
    Ok(match col {
        Col::At(i) => row.try_get(i)?,
        Col::Named(n) => row.try_get(n)?,
    })
}

macro_rules! value {
    ($($t:ty),*) => {$(
        impl Value for $t {
            fn from_sqlite(row: &rusqlite::Row<'_>, col: Col<'_>) -> Result<Self> {
                sqlite_get(row, col)
            }
            fn from_pg(row: &PgRow, col: Col<'_>) -> Result<Self> {
                pg_get(row, col)
            }
        }
    )*};
}

value!(
    i64,
    bool,
    String,
    Vec<u8>,
    Option<i64>,
    Option<bool>,
    Option<String>,
    Option<Vec<u8>>
);

/// Unsigned and narrower integers: BIGINT on PostgreSQL, converted with a check.
macro_rules! narrow {
    ($($t:ty),*) => {$(
        impl Value for $t {
            fn from_sqlite(row: &rusqlite::Row<'_>, col: Col<'_>) -> Result<Self> {
                sqlite_get(row, col)
            }
            fn from_pg(row: &PgRow, col: Col<'_>) -> Result<Self> {
                Ok(<$t>::try_from(pg_get::<i64>(row, col)?)?)
            }
        }
        impl Value for Option<$t> {
            fn from_sqlite(row: &rusqlite::Row<'_>, col: Col<'_>) -> Result<Self> {
                sqlite_get(row, col)
            }
            fn from_pg(row: &PgRow, col: Col<'_>) -> Result<Self> {
                pg_get::<Option<i64>>(row, col)?
                    .map(<$t>::try_from)
                    .transpose()
                    .map_err(Into::into)
            }
        }
    )*};
}

narrow!(i32, u32, u64, usize);

/// A row a statement returned, on either engine.
pub(crate) enum Row<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    Postgres(&'a PgRow),
}

impl Row<'_> {
    /// The value of a column, by its place (from 0) or its name.
    pub(crate) fn get<I: Index, T: Value>(&self, index: I) -> Result<T> {
        match self {
            Row::Sqlite(r) => T::from_sqlite(r, index.col()),
            Row::Postgres(r) => T::from_pg(r, index.col()),
        }
    }
}
