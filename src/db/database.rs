//! The database a command works on, connected lazily and in two depths: a cache hit under
//! `--consistency ttl` never connects, a strict hit connects but skips the migration check
//! (its one version query fails over to the full path on an unmigrated database), and
//! everything else gets a migrated connection.

use anyhow::Result;

use super::connection::{self, AnyConnection};
use super::migrations;
use super::target::{Backend, Target};

pub struct Database {
    pub target: Target,
    conn: Option<AnyConnection>,
    migrated: bool,
    /// Run reads on a read-only connection (for `petdb sql`).
    read_only: bool,
}

impl Database {
    pub fn new(target: Target) -> Self {
        Self {
            target,
            conn: None,
            migrated: false,
            read_only: false,
        }
    }

    pub fn backend(&self) -> Backend {
        self.target.backend()
    }

    /// A connection, without the migration check.
    pub fn connection(&mut self) -> Result<&mut AnyConnection> {
        if self.conn.is_none() {
            self.conn = Some(connection::open(&self.target)?);
        }
        Ok(self.conn.as_mut().expect("just opened"))
    }

    /// A connection to a database whose migrations have all run.
    pub fn migrated(&mut self) -> Result<&mut AnyConnection> {
        if !self.migrated {
            let read_only = self.read_only;
            let conn = self.connection()?;
            migrations::ensure_current(conn)?;
            if read_only {
                connection::make_read_only(conn)?;
            }
            self.migrated = true;
        }
        self.connection()
    }

    /// From the migration check on, refuse every write on this connection: SQLite's
    /// `query_only`, PostgreSQL's read-only transactions. `petdb sql`'s second defence.
    pub fn read_only(&mut self) -> Result<()> {
        self.read_only = true;
        if self.migrated
            && let Some(conn) = self.conn.as_mut()
        {
            connection::make_read_only(conn)?;
        }
        Ok(())
    }
}
