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
}

impl Database {
    pub fn new(target: Target) -> Self {
        Self {
            target,
            conn: None,
            migrated: false,
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
            migrations::ensure_current(self.connection()?)?;
            self.migrated = true;
        }
        self.connection()
    }
}
