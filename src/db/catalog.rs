//! What the database's own catalog says about a name: whether it is a view, and its
//! definition (for `petdb sql` to see through views to the tables they read).

use anyhow::Result;
use diesel::prelude::*;
use diesel::sql_types::{Nullable, Text};

use super::connection::AnyConnection;

#[derive(QueryableByName)]
struct Definition {
    #[diesel(sql_type = Nullable<Text>)]
    definition: Option<String>,
}

/// The SELECT a view named `name` stands for (SQLite gives its `CREATE VIEW` text).
pub fn view_definition(conn: &mut AnyConnection, name: &str) -> Result<Option<String>> {
    let found = match conn {
        AnyConnection::Sqlite(c) => diesel::sql_query(
            "SELECT sql AS definition FROM sqlite_master WHERE type = 'view' AND name = ? COLLATE NOCASE",
        )
        .bind::<Text, _>(name)
        .get_result::<Definition>(c)
        .optional()?,
        AnyConnection::Postgresql(c) => diesel::sql_query(
            "SELECT definition FROM pg_views WHERE schemaname = current_schema() AND viewname = $1",
        )
        .bind::<Text, _>(name)
        .get_result::<Definition>(c)
        .optional()?,
    };
    Ok(found.and_then(|d| d.definition))
}
