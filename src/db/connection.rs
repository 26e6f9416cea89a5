//! One connection type over both backends, opened from a [`Target`], and the two kinds of
//! transaction petdb needs: a write that holds the write lock from its first statement, and
//! a read snapshot in which a query and the table versions it is cached under agree.

use std::path::Path;

use anyhow::{Context, Result, bail};
use diesel::Connection;
use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::pg::PgConnection;
use diesel::sqlite::SqliteConnection;

use super::target::{Backend, Target};
use super::unreachable::{Unreachable, is_connection_level};

/// How long a SQLite connection waits for another process's lock before failing.
pub const SQLITE_BUSY_TIMEOUT_MS: u32 = 10_000;

#[derive(diesel::MultiConnection)]
pub enum AnyConnection {
    Postgresql(PgConnection),
    Sqlite(SqliteConnection),
}

impl AnyConnection {
    pub fn backend(&self) -> Backend {
        match self {
            AnyConnection::Sqlite(_) => Backend::Sqlite,
            AnyConnection::Postgresql(_) => Backend::Postgres,
        }
    }
}

/// Open the database, creating the default SQLite file (and its directory) if needed.
/// The variant is chosen from the URL, never by trial.
pub fn open(target: &Target) -> Result<AnyConnection> {
    match target {
        Target::Sqlite { path, default } => open_sqlite(path, *default).map(AnyConnection::Sqlite),
        Target::Postgres { url, display } => PgConnection::establish(url)
            .map(AnyConnection::Postgresql)
            .map_err(|e| {
                let why = e.to_string();
                let message = format!("cannot connect to PostgreSQL at {display}: {}", why.trim());
                if is_connection_level(&why) {
                    anyhow::Error::new(Unreachable(message))
                } else {
                    anyhow::anyhow!(message)
                }
            }),
    }
}

fn open_sqlite(path: &Path, create_dir: bool) -> Result<SqliteConnection> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
    if let Some(dir) = dir {
        if create_dir {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create the data directory {}", dir.display()))?;
        } else if !dir.is_dir() {
            // An unmounted or vanished volume: the database cannot be reached.
            return Err(anyhow::Error::new(Unreachable(format!(
                "cannot open SQLite database {}: directory {} does not exist",
                path.display(),
                dir.display()
            ))));
        }
    }
    if path.is_dir() {
        bail!(
            "cannot open SQLite database {}: it is a directory",
            path.display()
        );
    }
    let Some(path_str) = path.to_str() else {
        bail!("the SQLite path {} is not valid UTF-8", path.display());
    };
    let is_new = !path.exists();
    let mut conn = SqliteConnection::establish(path_str).map_err(|e| {
        anyhow::Error::new(Unreachable(format!(
            "cannot open SQLite database {}: {e}",
            path.display()
        )))
    })?;
    let mut pragmas = format!(
        "PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;"
    );
    if is_new {
        // WAL lets readers and one writer overlap; the mode is stored in the file.
        pragmas.push_str(" PRAGMA journal_mode = WAL;");
    }
    conn.batch_execute(&pragmas)
        .map_err(|e| anyhow::anyhow!("cannot open SQLite database {}: {e}", path.display()))?;
    Ok(conn)
}

/// Refuse writes on this connection from now on.
pub fn make_read_only(conn: &mut AnyConnection) -> Result<()> {
    match conn {
        AnyConnection::Sqlite(c) => c.batch_execute("PRAGMA query_only = ON")?,
        AnyConnection::Postgresql(c) => {
            c.batch_execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")?
        }
    }
    Ok(())
}

/// Run `f` in a transaction that takes the write lock up front (`BEGIN IMMEDIATE` on
/// SQLite, so concurrent writers queue on the busy timeout instead of failing), committed
/// if `f` succeeds and rolled back otherwise.
pub fn write_transaction<T>(
    conn: &mut AnyConnection,
    f: impl FnOnce(&mut AnyConnection) -> Result<T>,
) -> Result<T> {
    match conn {
        AnyConnection::Sqlite(c) => {
            AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE")?
        }
        AnyConnection::Postgresql(c) => AnsiTransactionManager::begin_transaction(c)?,
    }
    finish(conn, f)
}

/// Run `f` in one read-only snapshot: REPEATABLE READ on PostgreSQL, a deferred read
/// transaction on SQLite (its snapshot starts at the first read).
pub fn read_snapshot<T>(
    conn: &mut AnyConnection,
    f: impl FnOnce(&mut AnyConnection) -> Result<T>,
) -> Result<T> {
    match conn {
        AnyConnection::Sqlite(c) => {
            AnsiTransactionManager::begin_transaction_sql(c, "BEGIN DEFERRED")?
        }
        AnyConnection::Postgresql(c) => AnsiTransactionManager::begin_transaction_sql(
            c,
            "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
        )?,
    }
    finish(conn, f)
}

fn finish<T>(
    conn: &mut AnyConnection,
    f: impl FnOnce(&mut AnyConnection) -> Result<T>,
) -> Result<T> {
    type Tm = <AnyConnection as Connection>::TransactionManager;
    match f(conn) {
        Ok(value) => {
            Tm::commit_transaction(conn)?;
            Ok(value)
        }
        Err(e) => {
            // The original error matters more than a failed rollback.
            let _ = Tm::rollback_transaction(conn);
            Err(e)
        }
    }
}
