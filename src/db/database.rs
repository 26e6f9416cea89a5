//! The database a command works on, connected lazily and in two depths: a cache hit under
//! `--consistency ttl` never connects, a strict hit connects but skips the migration check
//! (its one version query fails over to the full path on an unmigrated database), and
//! everything else gets a migrated connection. It is the cache's [`Source`].

use anyhow::Result;

use super::connection::{self, AnyConnection};
use super::migrations;
use super::read::{self, ReadQuery};
use super::schema::{Table, Tables};
use super::state::{self, DbState, TriggerState};
use super::target::{Backend, Target};
use super::unreachable::Unreachable;
use crate::cache::{Snapshot, Source};
use crate::output::{Out, RowSink};

pub struct Database {
    pub target: Target,
    conn: Option<AnyConnection>,
    migrated: bool,
    /// Run reads on a read-only connection (for `petdb sql`).
    read_only: bool,
    /// Why the database could not be reached, once that happened.
    unreachable: Option<String>,
}

impl Database {
    pub fn new(target: Target) -> Self {
        Self {
            target,
            conn: None,
            migrated: false,
            read_only: false,
            unreachable: None,
        }
    }

    pub fn backend(&self) -> Backend {
        self.target.backend()
    }

    /// A connection, without the migration check.
    pub fn connection(&mut self) -> Result<&mut AnyConnection> {
        if let Some(why) = &self.unreachable {
            // Tried once already: a command waits for an unreachable server only once.
            return Err(anyhow::Error::new(Unreachable(why.clone())));
        }
        if self.conn.is_none() {
            match connection::open(&self.target) {
                Ok(conn) => self.conn = Some(conn),
                Err(e) => {
                    if super::unreachable::is_unreachable(&e) {
                        self.unreachable = Some(crate::ui::chain(&e));
                    }
                    return Err(e);
                }
            }
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

impl Source for Database {
    fn state(&mut self, tables: Tables) -> Result<DbState> {
        // A strict hit on SQLite: a read-only connection of its own, which leaves the
        // database's files as it found them (see `state::read_sqlite_file`).
        if self.conn.is_none()
            && self.unreachable.is_none()
            && let Target::Sqlite { path, .. } = &self.target
            && let Some(file) = path.to_str().filter(|_| path.is_file())
            && let Ok(found) = state::read_sqlite_file(file, tables)
        {
            return Ok(found);
        }
        state::read(self.connection()?, tables)
    }

    fn snapshot(&mut self, f: &mut dyn FnMut(&mut dyn Snapshot) -> Result<()>) -> Result<()> {
        connection::read_snapshot(self.migrated()?, |conn| f(conn))
    }

    fn run_uncached(&mut self, queries: &[&ReadQuery], outs: &mut [Out<'_>]) -> Result<()> {
        read::run_all(self.migrated()?, queries, outs)
    }
}

impl Snapshot for AnyConnection {
    fn state(&mut self, tables: Tables) -> Result<DbState> {
        state::read(self, tables)
    }

    fn captured(&mut self, query: &ReadQuery) -> Result<Option<String>> {
        super::catalog::capture(self, &query.routines)
    }

    fn untracked(&mut self, tables: Tables) -> Result<Vec<(Table, String)>> {
        Ok(state::triggers(self, tables)?
            .into_iter()
            .filter(|(_, s)| *s != TriggerState::Ok)
            .map(|(t, s)| (t, s.why(t)))
            .collect())
    }

    fn run(&mut self, query: &ReadQuery, sink: &mut dyn RowSink) -> Result<()> {
        read::stream(self, query, sink)
    }
}
