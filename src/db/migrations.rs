//! The embedded schema migrations (one folder per backend), run automatically on first use
//! and explicitly by `db migrate`; serialized so that two processes starting on a fresh
//! database do not both try to create it.

use anyhow::{Result, anyhow};
use diesel::connection::SimpleConnection;
use diesel::migration::{Migration, MigrationSource};
use diesel::pg::Pg;
use diesel::sql_types::{Nullable, Text};
use diesel::sqlite::Sqlite;
use diesel::{QueryableByName, RunQueryDsl};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use super::connection::{AnyConnection, write_transaction};
use super::queries::Written;
use super::schema::Tables;

const SQLITE: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Key of the PostgreSQL advisory lock held while migrating ("petdb" in ASCII).
const PG_MIGRATION_LOCK: i64 = 0x0070_6574_6462;

/// The newest migration's version: the schema version part of every cache key. Both
/// folders carry the same versions (a unit test checks).
pub fn latest_version() -> String {
    versions::<Sqlite>(&SQLITE).pop().unwrap_or_default()
}

fn versions<DB: diesel::backend::Backend>(source: &impl MigrationSource<DB>) -> Vec<String> {
    let mut v: Vec<String> = source
        .migrations()
        .map(|ms| ms.iter().map(|m| m.name().version().to_string()).collect())
        .unwrap_or_default();
    v.sort();
    v
}

fn all_versions(conn: &AnyConnection) -> Vec<String> {
    match conn {
        AnyConnection::Sqlite(_) => versions::<Sqlite>(&SQLITE),
        AnyConnection::Postgresql(_) => versions::<Pg>(&POSTGRES),
    }
}

#[derive(QueryableByName)]
struct MaxVersion {
    #[diesel(sql_type = Nullable<Text>)]
    version: Option<String>,
}

/// Cheap check on every start: one query when the schema is current, otherwise migrate.
pub fn ensure_current(conn: &mut AnyConnection) -> Result<()> {
    let applied =
        diesel::sql_query("SELECT MAX(version) AS version FROM __diesel_schema_migrations")
            .get_result::<MaxVersion>(conn)
            .ok()
            .and_then(|r| r.version);
    if applied.as_deref() >= Some(latest_version().as_str()) {
        return Ok(());
    }
    run_pending(conn).map(|_| ())
}

/// Run every pending migration under a lock; returns the versions that ran.
pub fn run_pending(conn: &mut AnyConnection) -> Result<Vec<String>> {
    write_transaction(conn, |conn| {
        let ran = match conn {
            AnyConnection::Sqlite(c) => c.run_pending_migrations(SQLITE),
            AnyConnection::Postgresql(c) => {
                c.batch_execute(&format!(
                    "SELECT pg_advisory_xact_lock({PG_MIGRATION_LOCK})"
                ))?;
                c.run_pending_migrations(POSTGRES)
            }
        }
        .map_err(|e| anyhow!("migration failed: {e}"))?;
        Ok(ran.iter().map(ToString::to_string).collect())
    })
}

/// Revert every migration and run them all again, in the caller's write transaction: an
/// empty database with fresh ids.
pub fn redo_all(conn: &mut AnyConnection) -> Result<Written<()>> {
    {
        match conn {
            AnyConnection::Sqlite(c) => match c.revert_all_migrations(SQLITE).map(drop) {
                Ok(()) => c.run_pending_migrations(SQLITE).map(drop),
                Err(e) => Err(e),
            },
            AnyConnection::Postgresql(c) => {
                c.batch_execute(&format!(
                    "SELECT pg_advisory_xact_lock({PG_MIGRATION_LOCK})"
                ))?;
                match c.revert_all_migrations(POSTGRES).map(drop) {
                    Ok(()) => c.run_pending_migrations(POSTGRES).map(drop),
                    Err(e) => Err(e),
                }
            }
        }
        .map_err(|e| anyhow!("reset failed: {e}"))?;
        Ok(Written::new((), Tables::ALL))
    }
}

/// Every known migration with whether it has run.
pub fn status(conn: &mut AnyConnection) -> Result<Vec<(String, bool)>> {
    let applied: Vec<String> = match conn {
        AnyConnection::Sqlite(c) => c.applied_migrations(),
        AnyConnection::Postgresql(c) => c.applied_migrations(),
    }
    .map_err(|e| anyhow!("cannot read the migration table: {e}"))?
    .iter()
    .map(ToString::to_string)
    .collect();
    Ok(all_versions(conn)
        .into_iter()
        .map(|v| {
            let done = applied.contains(&v);
            (v, done)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_backends_have_the_same_migrations() {
        let lite = versions::<Sqlite>(&SQLITE);
        assert!(!lite.is_empty());
        assert_eq!(lite, versions::<Pg>(&POSTGRES));
        assert_eq!(latest_version(), *lite.last().unwrap());
    }
}
