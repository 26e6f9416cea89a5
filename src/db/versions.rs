//! `table_versions`: the per-table write counters the database's triggers bump, read by
//! `db status` and by the cache to tell a current entry from a stale one.

use anyhow::Result;
use diesel::prelude::*;

use super::connection::AnyConnection;
use super::schema::table_versions;

/// Current versions of `tables` (all data tables when empty), sorted by table name.
pub fn read(conn: &mut AnyConnection, tables: &[String]) -> Result<Vec<(String, i64)>> {
    let mut q = table_versions::table
        .select((table_versions::table_name, table_versions::version))
        .order(table_versions::table_name)
        .into_boxed();
    if !tables.is_empty() {
        q = q.filter(table_versions::table_name.eq_any(tables));
    }
    Ok(q.load(conn)?)
}
