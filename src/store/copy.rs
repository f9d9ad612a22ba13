//! Copying a school's SQLite database into PostgreSQL (`haven migrate-to`).
//!
//! Every table is copied with its ids kept and its sealed values byte for byte: a sealed value
//! is bound to its table, column and row id, so it opens in its new place with the same key.
//! Tables are copied parents first (by their foreign keys), in one PostgreSQL transaction, and
//! counted on both sides before that transaction commits: a copy is whole or not there at all.
//! Identity columns continue after the highest id copied.
//!
//! The target's columns decide how a value is written (SQLite keeps booleans as integers; the
//! PostgreSQL schema has `BOOLEAN`). A column the target has and the source lacks must have a
//! default; a source column the target lacks stops the copy, so nothing is left behind.
//!
//! This module must never write to the source, and never write into a target that already
//! holds anything but what its schema and opening fill in (its settings and the default school).

use anyhow::{anyhow, bail, Context, Result};
use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags};
use sqlx::postgres::{PgPoolOptions, Postgres};
use sqlx::{QueryBuilder, Row};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Tables the target's schema and opening fill before anything is copied (its settings, the
/// default school): their rows are replaced by the source's, which describe the same database.
const SEEDED: &[&str] = &["meta", "schools"];
/// Rows per `INSERT`: PostgreSQL takes at most 65,535 parameters in one statement.
const MAX_PARAMETERS: usize = 60_000;

/// One table's rows, counted in the source and in the target after the copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableCount {
    pub table: String,
    pub source: u64,
    pub target: u64,
}

/// Why a copy was refused before anything was written.
#[derive(Debug, thiserror::Error)]
pub enum CopyRefused {
    #[error("the PostgreSQL database already holds rows in {0}; copy into an empty database")]
    NotEmpty(String),
    #[error("the PostgreSQL schema has no table {0}")]
    NoTable(String),
    #[error("the PostgreSQL table {table} has no column {column}")]
    NoColumn { table: String, column: String },
    #[error("table {table}: {read} rows in SQLite but {written} in PostgreSQL after the copy")]
    Counts {
        table: String,
        read: u64,
        written: u64,
    },
}

/// A target column: its name, its PostgreSQL type, whether it is an identity.
struct Column {
    name: String,
    kind: String,
    identity: bool,
    /// The target fills it itself (a default or an identity) when the source has no such column.
    defaulted: bool,
}

/// Copies every table of the SQLite database at `source` into the PostgreSQL database at
/// `target`, whose schema is already migrated. Returns each table's counts, in copy order.
pub async fn sqlite_to_postgres(source: &Path, target: &str) -> Result<Vec<TableCount>> {
    let src = Connection::open_with_flags(
        source,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .with_context(|| format!("opening {} to read", source.display()))?;
    let order = tables_in_order(&src)?;
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .connect(target)
        .await
        .context("connecting to PostgreSQL")?;
    let mut tx = pool.begin().await?;
    for table in &order {
        if SEEDED.contains(&table.as_str()) {
            continue;
        }
        let any: bool = sqlx::query_scalar(&format!("SELECT EXISTS (SELECT 1 FROM {})", q(table)))
            .fetch_one(&mut *tx)
            .await
            .map_err(|_| CopyRefused::NoTable(table.clone()))?;
        if any {
            return Err(CopyRefused::NotEmpty(table.clone()).into());
        }
    }
    let mut counts = Vec::with_capacity(order.len());
    for table in &order {
        let columns = target_columns(&mut tx, table).await?;
        if columns.is_empty() {
            return Err(CopyRefused::NoTable(table.clone()).into());
        }
        let source_columns = source_columns(&src, table)?;
        if SEEDED.contains(&table.as_str()) {
            sqlx::query(&format!("DELETE FROM {}", q(table)))
                .execute(&mut *tx)
                .await?;
        }
        let copied = copy_table(&src, &mut tx, table, &columns, &source_columns).await?;
        let target: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {}", q(table)))
            .fetch_one(&mut *tx)
            .await?;
        let target = u64::try_from(target)?;
        let count = TableCount {
            table: table.clone(),
            source: copied,
            target,
        };
        if target != copied {
            return Err(CopyRefused::Counts {
                table: count.table,
                read: count.source,
                written: count.target,
            }
            .into());
        }
        counts.push(count);
    }
    tx.commit().await?;
    pool.close().await;
    Ok(counts)
}

/// The source's tables, each after the tables its foreign keys name.
fn tables_in_order(src: &Connection) -> Result<Vec<String>> {
    let mut stmt = src.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         AND name <> '_sqlx_migrations' ORDER BY name",
    )?;
    let names: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut parents: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for name in &names {
        let mut fk = src.prepare("SELECT \"table\" FROM pragma_foreign_key_list(?1)")?;
        let named: BTreeSet<String> = fk
            .query_map([name], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let named = named
            .into_iter()
            .filter(|p| p != name && names.contains(p))
            .collect();
        parents.insert(name.clone(), named);
    }
    let mut order = Vec::with_capacity(names.len());
    while order.len() < names.len() {
        let ready: Vec<String> = parents
            .iter()
            .filter(|(t, ps)| !order.contains(*t) && ps.iter().all(|p| order.contains(p)))
            .map(|(t, _)| t.clone())
            .collect();
        if ready.is_empty() {
            bail!("the SQLite tables' foreign keys form a circle; they cannot be copied in order");
        }
        order.extend(ready);
    }
    Ok(order)
}

/// The source table's column names (and `rowid`, which every ordinary table has).
fn source_columns(src: &Connection, table: &str) -> Result<BTreeSet<String>> {
    let mut stmt = src.prepare("SELECT name FROM pragma_table_info(?1)")?;
    let mut names: BTreeSet<String> = stmt
        .query_map([table], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    names.insert("rowid".into());
    Ok(names)
}

async fn target_columns(
    tx: &mut sqlx::Transaction<'_, Postgres>,
    table: &str,
) -> Result<Vec<Column>> {
    let rows = sqlx::query(
        "SELECT column_name::TEXT, data_type::TEXT, is_identity::TEXT, \
             (column_default IS NOT NULL OR is_identity = 'YES' OR is_generated = 'ALWAYS') \
         FROM information_schema.columns \
         WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
    )
    .bind(table)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Column {
                name: r.try_get(0)?,
                kind: r.try_get(1)?,
                identity: r.try_get::<String, _>(2)? == "YES",
                defaulted: r.try_get(3)?,
            })
        })
        .collect()
}

/// Copies one table's rows; the number read from the source.
async fn copy_table(
    src: &Connection,
    tx: &mut sqlx::Transaction<'_, Postgres>,
    table: &str,
    target: &[Column],
    source: &BTreeSet<String>,
) -> Result<u64> {
    for name in source.iter().filter(|n| n.as_str() != "rowid") {
        if !target.iter().any(|c| &c.name == name) {
            return Err(CopyRefused::NoColumn {
                table: table.into(),
                column: name.clone(),
            }
            .into());
        }
    }
    let columns: Vec<&Column> = target.iter().filter(|c| source.contains(&c.name)).collect();
    if let Some(missing) = target
        .iter()
        .find(|c| !source.contains(&c.name) && !c.defaulted)
    {
        bail!(
            "the PostgreSQL column {table}.{} has no value in SQLite and no default",
            missing.name
        );
    }
    let list = columns
        .iter()
        .map(|c| q(&c.name))
        .collect::<Vec<_>>()
        .join(", ");
    let mut stmt = src.prepare(&format!("SELECT {list} FROM {}", q(table)))?;
    let mut rows = stmt.query([])?;
    let per_insert = (MAX_PARAMETERS / columns.len().max(1)).clamp(1, 1000);
    let mut batch: Vec<Vec<Value>> = Vec::with_capacity(per_insert);
    let mut copied = 0u64;
    while let Some(row) = rows.next()? {
        let values = (0..columns.len())
            .map(|i| row.get::<_, Value>(i))
            .collect::<rusqlite::Result<Vec<_>>>()?;
        batch.push(values);
        copied += 1;
        if batch.len() == per_insert {
            insert(tx, table, &columns, &list, &batch).await?;
            batch.clear();
        }
    }
    if !batch.is_empty() {
        insert(tx, table, &columns, &list, &batch).await?;
    }
    for c in columns.iter().filter(|c| c.identity) {
        let sql = format!(
            "SELECT setval(pg_get_serial_sequence($1, $2), \
                 COALESCE((SELECT MAX({col}) FROM {t}), 0) + 1, false)",
            col = q(&c.name),
            t = q(table),
        );
        sqlx::query(&sql)
            .bind(table)
            .bind(&c.name)
            .execute(&mut **tx)
            .await?;
    }
    Ok(copied)
}

async fn insert(
    tx: &mut sqlx::Transaction<'_, Postgres>,
    table: &str,
    columns: &[&Column],
    list: &str,
    rows: &[Vec<Value>],
) -> Result<()> {
    let overriding = if columns.iter().any(|c| c.identity) {
        " OVERRIDING SYSTEM VALUE"
    } else {
        ""
    };
    let mut qb: QueryBuilder<Postgres> =
        QueryBuilder::new(format!("INSERT INTO {} ({list}){overriding} ", q(table)));
    let mut failure = None;
    qb.push_values(rows, |mut b, row| {
        for (value, column) in row.iter().zip(columns) {
            if let Err(e) = bind(&mut b, value, column) {
                failure.get_or_insert(e.context(format!("{table}.{}", column.name)));
            }
        }
    });
    if let Some(e) = failure {
        return Err(e);
    }
    qb.build().execute(&mut **tx).await?;
    Ok(())
}

/// Binds one SQLite value as the target column's type.
fn bind(
    b: &mut sqlx::query_builder::Separated<'_, '_, Postgres, &'static str>,
    value: &Value,
    column: &Column,
) -> Result<()> {
    let wrong = || {
        anyhow!(
            "a {} value cannot be written as {}",
            kind_of(value),
            column.kind
        )
    };
    match column.kind.as_str() {
        "boolean" => match value {
            Value::Null => b.push_bind(None::<bool>),
            Value::Integer(i) => b.push_bind(*i != 0),
            _ => return Err(wrong()),
        },
        "bigint" | "integer" | "smallint" => match value {
            Value::Null => b.push_bind(None::<i64>),
            Value::Integer(i) => b.push_bind(*i),
            _ => return Err(wrong()),
        },
        "double precision" | "real" => match value {
            Value::Null => b.push_bind(None::<f64>),
            Value::Real(f) => b.push_bind(*f),
            Value::Integer(i) => b.push_bind(*i as f64),
            _ => return Err(wrong()),
        },
        "bytea" => match value {
            Value::Null => b.push_bind(None::<Vec<u8>>),
            Value::Blob(bytes) => b.push_bind(bytes.clone()),
            Value::Text(s) => b.push_bind(s.clone().into_bytes()),
            _ => return Err(wrong()),
        },
        "text" | "character varying" => match value {
            Value::Null => b.push_bind(None::<String>),
            Value::Text(s) => b.push_bind(s.clone()),
            Value::Integer(i) => b.push_bind(i.to_string()),
            Value::Real(f) => b.push_bind(f.to_string()),
            Value::Blob(_) => return Err(wrong()),
        },
        _ => return Err(wrong()),
    };
    Ok(())
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "NULL",
        Value::Integer(_) => "INTEGER",
        Value::Real(_) => "REAL",
        Value::Text(_) => "TEXT",
        Value::Blob(_) => "BLOB",
    }
}

/// A quoted identifier. Table and column names come from the two schemas, never from a user.
fn q(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_copied_after_the_tables_they_point_at() {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch(
            "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a (id));
             CREATE TABLE a (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES a (id));
             CREATE TABLE c (id INTEGER PRIMARY KEY, b_id INTEGER REFERENCES b (id),
                             a_id INTEGER REFERENCES a (id));
             CREATE TABLE _sqlx_migrations (version INTEGER);",
        )
        .unwrap();
        assert_eq!(tables_in_order(&c).unwrap(), ["a", "b", "c"]);
    }

    #[test]
    fn identifiers_are_quoted() {
        assert_eq!(q("outbox"), "\"outbox\"");
        assert_eq!(q("we\"ird"), "\"we\"\"ird\"");
    }
}
