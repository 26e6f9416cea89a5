//! `table_versions`: the per-table write counters the database's triggers bump, read by
//! `db status` and by the cache to tell a current entry from a stale one.

use std::collections::BTreeMap;

use anyhow::Result;
use diesel::prelude::*;

use super::connection::AnyConnection;
use super::schema::{Table, Tables, table_versions};

/// Each table's version.
pub type Versions = BTreeMap<Table, i64>;

/// Current versions of `tables`, in one small query.
pub fn read(conn: &mut AnyConnection, tables: Tables) -> Result<Versions> {
    if tables.is_empty() {
        return Ok(Versions::new());
    }
    let names: Vec<&str> = tables.iter().map(Table::name).collect();
    let rows: Vec<(String, i64)> = table_versions::table
        .select((table_versions::table_name, table_versions::version))
        .filter(table_versions::table_name.eq_any(names))
        .order(table_versions::table_name)
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(name, v)| Table::from_name(&name).map(|t| (t, v)))
        .collect())
}
