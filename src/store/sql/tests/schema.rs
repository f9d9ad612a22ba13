//! Schema drift: the SQLite and PostgreSQL migrations must build the same schema, since one set
//! of SQL statements runs on both. A fresh database of each engine is migrated and read back
//! from its catalogue (tables, columns with nullability and a type class, unique constraints
//! and indexes by column set), and the two are compared.
//!
//! The types are compared by class, as the engines spell them: SQLite's INTEGER is PostgreSQL's
//! BIGINT, or BOOLEAN where SQLite keeps a flag as an integer; BLOB is BYTEA; TEXT is TEXT. A
//! primary key counts as a unique column set, and its columns as NOT NULL (SQLite allows NULL
//! in a non-integer key; Haven never stores one). SQLite's hidden `rowid` counts as the
//! `rowid` column PostgreSQL spells out for the tables whose SQL reads it.
//!
//! A migration added to one engine only (a new table, a column, a changed nullability or a
//! unique index) makes the comparison fail: `a_migration_on_one_engine_only_is_drift` shows it
//! on two hand-made schemas that differ as such a migration would make them.

use super::*;
use std::collections::{BTreeMap, BTreeSet};

/// A column's type as both engines understand it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Class {
    /// SQLite INTEGER; PostgreSQL BIGINT, INTEGER, SMALLINT or BOOLEAN.
    Integer,
    /// TEXT (PostgreSQL VARCHAR too).
    Text,
    /// SQLite BLOB; PostgreSQL BYTEA.
    Bytes,
    /// SQLite REAL; PostgreSQL DOUBLE PRECISION or REAL.
    Real,
    /// Anything else, by its name: never equal to the other engine's.
    Other(String),
}

fn class(engine_type: &str) -> Class {
    match engine_type.to_ascii_lowercase().as_str() {
        "integer" | "int" | "bigint" | "smallint" | "boolean" => Class::Integer,
        "text" | "character varying" => Class::Text,
        "blob" | "bytea" => Class::Bytes,
        "real" | "double precision" => Class::Real,
        other => Class::Other(other.to_string()),
    }
}

#[derive(Debug, Default, PartialEq)]
struct Table {
    /// Column name → (type class, nullable).
    columns: BTreeMap<String, (Class, bool)>,
    /// Unique column sets (`<expr>` for an expression), with whether the index is partial.
    uniques: BTreeSet<(BTreeSet<String>, bool)>,
}

type Schema = BTreeMap<String, Table>;

/// Every way `a` (named `an`) and `b` (named `bn`) differ, one line each.
fn differences(an: &str, a: &Schema, bn: &str, b: &Schema) -> Vec<String> {
    let mut out = Vec::new();
    for (name, _) in a.iter().filter(|(n, _)| !b.contains_key(*n)) {
        out.push(format!("table {name} is on {an} only"));
    }
    for (name, _) in b.iter().filter(|(n, _)| !a.contains_key(*n)) {
        out.push(format!("table {name} is on {bn} only"));
    }
    for (name, ta) in a {
        let Some(tb) = b.get(name) else { continue };
        for (col, ca) in &ta.columns {
            match tb.columns.get(col) {
                None => out.push(format!("column {name}.{col} is on {an} only")),
                Some(cb) if cb != ca => out.push(format!(
                    "column {name}.{col} is {ca:?} on {an} but {cb:?} on {bn} (class, nullable)"
                )),
                Some(_) => {}
            }
        }
        for col in tb.columns.keys().filter(|c| !ta.columns.contains_key(*c)) {
            out.push(format!("column {name}.{col} is on {bn} only"));
        }
        for u in ta.uniques.difference(&tb.uniques) {
            out.push(format!("unique {name}{u:?} is on {an} only"));
        }
        for u in tb.uniques.difference(&ta.uniques) {
            out.push(format!("unique {name}{u:?} is on {bn} only"));
        }
    }
    out
}

async fn sqlite_schema(f: &Fixture) -> Schema {
    let tables: Vec<String> = f
        .scalars(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             AND name <> '_sqlx_migrations' ORDER BY name",
            &[],
        )
        .await;
    let mut schema = Schema::new();
    for t in tables {
        let mut table = Table::default();
        let cols: Vec<(String, String, i64, i64)> = f
            .store
            .with_conn(async |c| {
                sql::all(
                    c,
                    "SELECT name, type, \"notnull\", pk FROM pragma_table_info($1)",
                    &[&t],
                    sql::tuple,
                )
                .await
            })
            .await
            .unwrap();
        let key: BTreeSet<String> = cols
            .iter()
            .filter(|c| c.3 > 0)
            .map(|c| c.0.clone())
            .collect();
        for (name, ty, not_null, pk) in cols {
            table
                .columns
                .insert(name, (class(&ty), not_null == 0 && pk == 0));
        }
        if !key.is_empty() {
            table.uniques.insert((key, false));
        }
        let index_columns: Vec<(String, i64, Option<String>)> = f
            .store
            .with_conn(async |c| {
                sql::all(
                    c,
                    "SELECT il.name, il.partial, ii.name FROM pragma_index_list($1) AS il \
                     JOIN pragma_index_info(il.name) AS ii WHERE il.\"unique\" = 1",
                    &[&t],
                    sql::tuple,
                )
                .await
            })
            .await
            .unwrap();
        let mut by_index: BTreeMap<String, (BTreeSet<String>, bool)> = BTreeMap::new();
        for (index, partial, column) in index_columns {
            let entry = by_index.entry(index).or_default();
            entry.0.insert(column.unwrap_or_else(|| "<expr>".into()));
            entry.1 = partial != 0;
        }
        table.uniques.extend(by_index.into_values());
        schema.insert(t, table);
    }
    schema
}

async fn postgres_schema(f: &Fixture) -> Schema {
    let cols: Vec<(String, String, String, String)> = f
        .store
        .with_conn(async |c| {
            sql::all(
                c,
                "SELECT table_name::text, column_name::text, data_type::text, is_nullable::text \
                 FROM information_schema.columns WHERE table_schema = current_schema() \
                 AND table_name <> '_sqlx_migrations'",
                &[],
                sql::tuple,
            )
            .await
        })
        .await
        .unwrap();
    let mut schema = Schema::new();
    for (t, name, ty, nullable) in cols {
        let table = schema.entry(t).or_default();
        table.columns.insert(name, (class(&ty), nullable == "YES"));
    }
    let uniques: Vec<(String, String, bool)> = f
        .store
        .with_conn(async |c| {
            sql::all(
                c,
                "SELECT t.relname::text, array_to_string(ARRAY(\
                     SELECT COALESCE(a.attname::text, '<expr>') FROM unnest(x.indkey::int2[]) k \
                     LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k), ','), \
                     x.indpred IS NOT NULL \
                 FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid \
                 JOIN pg_namespace n ON n.oid = t.relnamespace \
                 WHERE x.indisunique AND n.nspname = current_schema() \
                 AND t.relname <> '_sqlx_migrations'",
                &[],
                sql::tuple,
            )
            .await
        })
        .await
        .unwrap();
    for (t, columns, partial) in uniques {
        let set = columns.split(',').map(str::to_string).collect();
        schema.entry(t).or_default().uniques.insert((set, partial));
    }
    schema
}

#[tokio::test]
async fn both_engines_migrate_to_the_same_schema() {
    let Some(pg) = Engine::postgres().await else {
        return;
    };
    let lite = Fixture::on(Engine::Sqlite).await;
    let mut sqlite = sqlite_schema(&lite).await;
    let postgres = postgres_schema(&Fixture::on(pg).await).await;
    // SQLite's hidden `rowid`, which PostgreSQL spells out as a column where Haven's SQL reads
    // it, counts as that column when the SQLite table has one.
    for (name, table) in &postgres {
        let Some(lite_table) = sqlite.get_mut(name) else {
            continue;
        };
        let has_rowid = lite
            .execute(&format!("SELECT rowid FROM {name} LIMIT 0"), &[])
            .await
            .is_ok();
        if table.columns.contains_key("rowid") && has_rowid {
            let rowid = "rowid".to_string();
            lite_table
                .columns
                .entry(rowid.clone())
                .or_insert((Class::Integer, false));
            lite_table.uniques.insert(([rowid].into(), false));
        }
    }
    assert!(sqlite.len() > 20, "the whole schema was read: {sqlite:#?}");
    let drift = differences("SQLite", &sqlite, "PostgreSQL", &postgres);
    assert!(
        drift.is_empty(),
        "the engines' migrations drifted apart:\n{}",
        drift.join("\n")
    );
}

/// The comparison itself, on hand-made schemas: what a migration on one engine only does.
#[test]
fn a_migration_on_one_engine_only_is_drift() {
    let table = |cols: &[(&str, Class, bool)], uniques: &[&[&str]]| Table {
        columns: cols
            .iter()
            .map(|(n, c, null)| (n.to_string(), (c.clone(), *null)))
            .collect(),
        uniques: uniques
            .iter()
            .map(|u| (u.iter().map(|c| c.to_string()).collect(), false))
            .collect(),
    };
    let base = || {
        Schema::from([(
            "people".to_string(),
            table(
                &[
                    ("id", class("INTEGER"), false),
                    ("name", class("TEXT"), false),
                    ("muted", class("INTEGER"), false),
                    ("sealed", class("BLOB"), true),
                ],
                &[&["id"]],
            ),
        )])
    };
    let pg = Schema::from([(
        "people".to_string(),
        table(
            &[
                ("id", class("bigint"), false),
                ("name", class("text"), false),
                ("muted", class("boolean"), false),
                ("sealed", class("bytea"), true),
            ],
            &[&["id"]],
        ),
    )]);
    assert!(
        differences("SQLite", &base(), "PostgreSQL", &pg).is_empty(),
        "the engines' spellings of one schema agree"
    );

    let mut new_table = base();
    new_table.insert("notes".into(), table(&[("id", Class::Integer, false)], &[]));
    let mut new_column = base();
    let people = new_column.get_mut("people").unwrap();
    people.columns.insert("email".into(), (Class::Text, true));
    let mut nullable = base();
    let people = nullable.get_mut("people").unwrap();
    people.columns.insert("name".into(), (Class::Text, true));
    let mut retyped = base();
    let people = retyped.get_mut("people").unwrap();
    people.columns.insert("sealed".into(), (Class::Text, true));
    let mut unique = base();
    let people = unique.get_mut("people").unwrap();
    people.uniques.insert((["name".to_string()].into(), false));
    for (sqlite, expected) in [
        (new_table, "table notes is on SQLite only"),
        (new_column, "column people.email is on SQLite only"),
        (nullable, "column people.name is (Text, true) on SQLite but (Text, false) on PostgreSQL (class, nullable)"),
        (retyped, "column people.sealed is (Text, true) on SQLite but (Bytes, true) on PostgreSQL (class, nullable)"),
        (unique, "unique people({\"name\"}, false) is on SQLite only"),
    ] {
        assert_eq!(
            differences("SQLite", &sqlite, "PostgreSQL", &pg),
            [expected]
        );
    }
}
