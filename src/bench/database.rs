//! The database a benchmark runs on: a SQLite file in a temporary folder by default, or, with
//! `--database postgres://…`, a fresh database created on that server for the run and dropped
//! after it. A benchmark never writes into the database the URL names itself.

use anyhow::{Context, Result};
use sqlx::Connection;
use std::path::PathBuf;

/// A database made for one benchmark run.
pub struct BenchDatabase {
    /// What the store opens.
    pub url: String,
    made: Made,
}

enum Made {
    Folder(PathBuf),
    Postgres { server: String, name: String },
}

impl BenchDatabase {
    /// A SQLite file in a new temporary folder, or a new database on the PostgreSQL server
    /// `server` names.
    pub async fn create(server: Option<&str>) -> Result<BenchDatabase> {
        match server {
            Some(server) if crate::store::is_postgres(server) => {
                let url = crate::store::create_postgres_database(server, "haven_bench")
                    .await
                    .context("creating the benchmark's database")?;
                let name = url::Url::parse(&url)?
                    .path()
                    .trim_start_matches('/')
                    .to_string();
                Ok(BenchDatabase {
                    url,
                    made: Made::Postgres {
                        server: server.to_string(),
                        name,
                    },
                })
            }
            Some(other) => anyhow::bail!(
                "--database takes a postgres:// URL (without it the benchmark uses a temporary \
                 SQLite file), not {other:?}"
            ),
            None => {
                let dir = std::env::temp_dir().join(format!(
                    "haven-bench-{}-{}",
                    std::process::id(),
                    hex::encode(rand::random::<[u8; 4]>())
                ));
                std::fs::create_dir_all(&dir)?;
                let url = dir.join("bench.db").to_string_lossy().into_owned();
                Ok(BenchDatabase {
                    url,
                    made: Made::Folder(dir),
                })
            }
        }
    }

    /// The engine's name, for the figures.
    pub fn engine(&self) -> &'static str {
        match self.made {
            Made::Folder(_) => "SQLite",
            Made::Postgres { .. } => "PostgreSQL",
        }
    }

    /// Removes the folder or drops the database.
    pub async fn remove(self) {
        match self.made {
            Made::Folder(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            Made::Postgres { server, name } => {
                if let Ok(mut conn) = sqlx::PgConnection::connect(&server).await {
                    let drop = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                    let _ = sqlx::query(&drop).execute(&mut conn).await;
                    let _ = conn.close().await;
                }
            }
        }
    }
}
