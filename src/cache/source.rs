//! What the cache needs from the database, as a trait: the state an entry is valid for
//! (its tables' versions and a stamp of schema, incarnation and session), a snapshot in
//! which a query and that state agree, and plain uncached reads.
//! `db::database::Database` implements it; the policy's unit tests use a fake.

use anyhow::Result;

use crate::db::read::ReadQuery;
use crate::db::schema::{Table, Tables};
use crate::db::state::DbState;
use crate::output::{Out, RowSink};

pub trait Source {
    /// The state of `tables` now (a strict hit's one small query). An error means it
    /// cannot be told (say, a database not migrated yet): the read takes the full path.
    fn state(&mut self, tables: Tables) -> Result<DbState>;

    /// Run `f` in one read snapshot.
    fn snapshot(&mut self, f: &mut dyn FnMut(&mut dyn Snapshot) -> Result<()>) -> Result<()>;

    /// Answer `queries` from the database alone (in one snapshot if several).
    fn run_uncached(&mut self, queries: &[&ReadQuery], outs: &mut [Out<'_>]) -> Result<()>;
}

/// A read snapshot: the state read here agrees with the rows of every query run here.
pub trait Snapshot {
    fn state(&mut self, tables: Tables) -> Result<DbState>;

    /// The tables among `tables` whose writes may not move their version (a version
    /// trigger missing, disabled or altered), each with why: never cached.
    fn untracked(&mut self, tables: Tables) -> Result<Vec<(Table, String)>>;

    /// Why `query`'s result may not be kept although its text is cacheable, if so: a
    /// function or operator it calls could be captured by one outside pg_catalog.
    fn captured(&mut self, query: &ReadQuery) -> Result<Option<String>>;

    /// Run `query`, feeding `sink` its columns and rows (the caller ends the sink).
    fn run(&mut self, query: &ReadQuery, sink: &mut dyn RowSink) -> Result<()>;
}
