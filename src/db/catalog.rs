//! What the database's own catalog says about names an ad-hoc statement uses: whether a
//! relation is a view, and its definition (for `petdb sql` to see through views to the
//! tables they read); and, on PostgreSQL, whether a function or operator of a name the
//! statement uses exists outside pg_catalog, where a user-defined overload could capture
//! the call.

use anyhow::Result;
use diesel::prelude::*;
use diesel::sql_types::{Array, Nullable, Text};

use super::connection::AnyConnection;

#[derive(QueryableByName)]
struct Definition {
    #[diesel(sql_type = Nullable<Text>)]
    definition: Option<String>,
}

#[derive(QueryableByName)]
struct Found {
    #[diesel(sql_type = Text)]
    what: String,
}

/// The definition of the view `schema.name` (or `name` as the statement would resolve it),
/// if that is a view. SQLite gives its `CREATE VIEW` text, PostgreSQL the query.
pub fn view_definition(
    conn: &mut AnyConnection,
    schema: Option<&str>,
    name: &str,
) -> Result<Option<String>> {
    let found = match conn {
        AnyConnection::Sqlite(c) => diesel::sql_query(
            "SELECT sql AS definition FROM sqlite_master WHERE type = 'view' AND name = ? COLLATE NOCASE",
        )
        .bind::<Text, _>(name)
        .get_result::<Definition>(c)
        .optional()?,
        AnyConnection::Postgresql(c) => {
            // Resolved the way the statement's own name is: through the search path.
            let quoted = match schema {
                Some(s) => format!("{}.{}", quote_ident(s), quote_ident(name)),
                None => quote_ident(name),
            };
            diesel::sql_query(
                "SELECT pg_get_viewdef(c.oid) AS definition FROM pg_class c WHERE c.oid = to_regclass($1) AND c.relkind = 'v'",
            )
            .bind::<Text, _>(quoted)
            .get_result::<Definition>(c)
            .optional()?
        }
    };
    Ok(found.and_then(|d| d.definition))
}

/// The functions and operators a PostgreSQL statement calls, by name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Routines {
    pub functions: Vec<String>,
    pub operators: Vec<String>,
}

impl Routines {
    pub fn is_empty(&self) -> bool {
        self.functions.is_empty() && self.operators.is_empty()
    }
}

/// Refuse to run a statement (a usage error naming it) that calls a function of a name
/// that also exists outside pg_catalog: the database may resolve the call to it — code
/// petdb cannot vouch for.
pub fn refuse_captured_calls(conn: &mut AnyConnection, routines: &Routines) -> Result<()> {
    if routines.functions.is_empty() {
        return Ok(());
    }
    let AnyConnection::Postgresql(c) = conn else {
        return Ok(());
    };
    // Only what the search path reaches can take an unqualified call (a qualified one
    // outside pg_catalog was refused before anything was sent).
    let found = diesel::sql_query(
        "SELECT 'function ' || n.nspname || '.' || p.proname AS what FROM pg_proc p \
           JOIN pg_namespace n ON n.oid = p.pronamespace \
          WHERE p.proname = ANY($1) AND (n.nspname <> 'pg_catalog' OR p.oid >= 16384) \
            AND n.nspname = ANY(current_schemas(true)) \
          ORDER BY what LIMIT 1",
    )
    .bind::<Array<Text>, _>(&routines.functions)
    .get_result::<Found>(c)
    .optional()?;
    match found {
        None => Ok(()),
        Some(Found { what }) => Err(crate::UsageError(format!(
            "`petdb sql` runs only functions it knows to be free of side effects; {what} \
             is on the search path and the call could resolve to it"
        ))
        .into()),
    }
}

/// Why a result of a statement calling `routines` cannot be kept, if so: a function or
/// operator of one of their names exists outside pg_catalog, or the database has a
/// user-defined cast (an explicit `::` or an implicit conversion may run it, and what it
/// reads no version tracks).
pub fn capture(conn: &mut AnyConnection, routines: &Routines) -> Result<Option<String>> {
    if let Some(cast) = user_cast(conn)? {
        return Ok(Some(format!(
            "the database has a user-defined cast ({cast}), which a conversion in the statement could run"
        )));
    }
    if routines.is_empty() {
        return Ok(None);
    }
    Ok(foreign_routine(conn, &routines.functions, &routines.operators)?.map(|what| {
        format!(
            "{what} exists outside pg_catalog and could take the place of the built-in the statement calls"
        )
    }))
}

/// PostgreSQL: the first cast not created with the database system (its oid is past the
/// built-in range), as `source AS target`. `None` on SQLite, which has no such thing.
fn user_cast(conn: &mut AnyConnection) -> Result<Option<String>> {
    let AnyConnection::Postgresql(c) = conn else {
        return Ok(None);
    };
    let found = diesel::sql_query(
        "SELECT format_type(castsource, NULL) || ' AS ' || format_type(casttarget, NULL) AS what \
           FROM pg_cast WHERE oid >= 16384 ORDER BY oid LIMIT 1",
    )
    .get_result::<Found>(c)
    .optional()?;
    Ok(found.map(|f| f.what))
}

/// PostgreSQL: the first function or operator outside pg_catalog named like one of
/// `functions` / `operators` (such a one could capture a call petdb takes for a
/// built-in). `None` on SQLite, which has no user-defined functions here.
fn foreign_routine(
    conn: &mut AnyConnection,
    functions: &[String],
    operators: &[String],
) -> Result<Option<String>> {
    let AnyConnection::Postgresql(c) = conn else {
        return Ok(None);
    };
    let found = diesel::sql_query(
        "SELECT what FROM (\
           SELECT 'function ' || n.nspname || '.' || p.proname AS what FROM pg_proc p \
             JOIN pg_namespace n ON n.oid = p.pronamespace \
            WHERE p.proname = ANY($1) AND (n.nspname <> 'pg_catalog' OR p.oid >= 16384) \
           UNION ALL \
           SELECT 'operator ' || n.nspname || '.' || o.oprname FROM pg_operator o \
             JOIN pg_namespace n ON n.oid = o.oprnamespace \
            WHERE o.oprname = ANY($2) AND (n.nspname <> 'pg_catalog' OR o.oid >= 16384)\
         ) AS f ORDER BY what LIMIT 1",
    )
    .bind::<Array<Text>, _>(functions)
    .bind::<Array<Text>, _>(operators)
    .get_result::<Found>(c)
    .optional()?;
    Ok(found.map(|f| f.what))
}

/// A name as a PostgreSQL identifier, quoted so its case is kept.
fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}
