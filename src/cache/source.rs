//! What the cache needs from the database, as a trait: the versions of the tables an entry
//! read, a snapshot in which a query and those versions agree, and plain uncached reads.
//! `db::database::Database` implements it; the policy's unit tests use a fake.

use anyhow::Result;

use crate::db::read::ReadQuery;
use crate::db::schema::Tables;
use crate::db::versions::Versions;
use crate::output::{Out, RowSink};

pub trait Source {
    /// The versions of `tables` now (a strict hit's one small query). An error means they
    /// cannot be told (say, a database not migrated yet): the read takes the full path.
    fn versions(&mut self, tables: Tables) -> Result<Versions>;

    /// Run `f` in one read snapshot.
    fn snapshot(&mut self, f: &mut dyn FnMut(&mut dyn Snapshot) -> Result<()>) -> Result<()>;

    /// Answer `queries` from the database alone (in one snapshot if several).
    fn run_uncached(&mut self, queries: &[&ReadQuery], outs: &mut [Out<'_>]) -> Result<()>;
}

/// A read snapshot: versions read here agree with the rows of every query run here.
pub trait Snapshot {
    fn versions(&mut self, tables: Tables) -> Result<Versions>;

    /// Run `query`, feeding `sink` its columns and rows (the caller ends the sink).
    fn run(&mut self, query: &ReadQuery, sink: &mut dyn RowSink) -> Result<()>;
}
