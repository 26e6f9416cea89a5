//! What a cached read is valid for besides its rows, read from the database in one round
//! trip with the table versions: a **stamp** of the database's incarnation, its schema and
//! (on PostgreSQL) the session. Any DDL, a restored or replaced database, another role or
//! search_path or TimeZone — each changes the stamp, so an entry filled before can never
//! match. And, before a fill, whether each table's version trigger is still as petdb made
//! it (`untracked`): a table whose writes may not move its version is never cached.
//!
//! - SQLite: `PRAGMA schema_version` (moves on every schema change) and the incarnation.
//! - PostgreSQL: the DDL generation an event trigger replaces after every schema change
//!   (where the migrating role could create one: a superuser), else a fingerprint of the
//!   catalog rows that decide a result (slower to read, as exact); the incarnation; the
//!   effective role, its attributes and memberships, and every setting not at its built-in
//!   default (however it was set: the server's file, `ALTER DATABASE`/`ALTER ROLE … SET`,
//!   `PGOPTIONS`, a custom `app.*` setting a policy or view might read).

use anyhow::{Context, Result};

use super::connection::AnyConnection;
use super::read::{self, ReadQuery};
use super::schema::{Table, Tables};
use super::versions::Versions;
use crate::rows::Value;

/// The versions of some tables and the stamp they were read with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DbState {
    pub versions: Versions,
    pub stamp: String,
}

/// Read the state of `tables`: one statement (two on PostgreSQL without the event trigger).
pub fn read(conn: &mut AnyConnection, tables: Tables) -> Result<DbState> {
    let names = quoted_list(tables);
    match conn {
        AnyConnection::Sqlite(_) => Ok(sqlite_state(&fetch(conn, &sqlite_sql(tables))?)),
        AnyConnection::Postgresql(_) => {
            let sql = format!(
                "SELECT s.session, s.watch, v.table_name, v.version FROM (SELECT {SESSION} AS session, \
                 {WATCH} AS watch) s LEFT JOIN ONLY table_versions v ON v.table_name IN ({names})"
            );
            let rows = fetch(conn, &sql)?;
            let first = rows.first().context("the state query returned nothing")?;
            let (session, watch) = (text(&first[0]), text(&first[1]));
            let schema = if watch.is_empty() {
                // No event trigger watching DDL: the catalog itself, fingerprinted.
                let rows = fetch(conn, &fingerprint())?;
                format!(
                    "catalog:{}",
                    rows.first().map(|r| text(&r[0])).unwrap_or_default()
                )
            } else {
                format!("ddl:{watch}")
            };
            let stamp = blake3::hash(format!("{session}\x1e{schema}").as_bytes()).to_hex();
            Ok(DbState {
                versions: versions_of(&rows, 2),
                stamp: format!("postgres:{}", &stamp[..32]),
            })
        }
    }
}

/// The same for a SQLite file, through a read-only connection of petdb's own: what a strict
/// hit reads, without opening a writable connection (whose close would remove the
/// database's `-wal` and `-shm` files, for the next process to create again).
pub fn read_sqlite_file(file: &str, tables: Tables) -> Result<DbState> {
    let conn =
        super::sqlite_ro::ReadOnly::open(file, super::connection::SQLITE_BUSY_TIMEOUT_MS as i32)?;
    Ok(sqlite_state(&conn.rows(&sqlite_sql(tables))?))
}

/// One statement, no join: the schema version, the incarnation and each version as a
/// `(name, value)` row (a strict hit prepares it on a fresh connection, so every clause
/// counts: this form is ≈ 40 µs cheaper there than a join of subqueries).
fn sqlite_sql(tables: Tables) -> String {
    format!(
        "SELECT 'schema_version', schema_version FROM pragma_schema_version \
         UNION ALL SELECT 'incarnation', value FROM petdb_meta WHERE key = 'incarnation' \
         UNION ALL SELECT table_name, version FROM table_versions WHERE table_name IN ({})",
        quoted_list(tables)
    )
}

fn sqlite_state(rows: &[Vec<Value>]) -> DbState {
    let field = |name: &str| {
        rows.iter()
            .find(|r| matches!(&r[0], Value::Text(n) if n == name))
            .map(|r| text(&r[1]))
    };
    let stamp = match field("schema_version") {
        Some(schema) => format!(
            "sqlite:{schema}:{}",
            field("incarnation").unwrap_or_default()
        ),
        None => String::new(),
    };
    DbState {
        versions: versions_of(rows, 0),
        stamp,
    }
}

/// Everything about the session that can change what a query returns or how its values
/// come out, as one text.
const SESSION: &str = "concat_ws(E'\\x1f', current_user, session_user, current_database(), \
     current_setting('search_path'), current_setting('TimeZone'), current_setting('DateStyle'), \
     current_setting('IntervalStyle'), current_setting('extra_float_digits'), \
     current_setting('lc_monetary'), current_setting('lc_numeric'), current_setting('lc_time'), \
     current_setting('bytea_output'), current_setting('row_security'), \
     current_setting('standard_conforming_strings'), current_setting('default_text_search_config'), \
     current_setting('server_version_num'), \
     (SELECT concat_ws(':', rolsuper, rolinherit, rolbypassrls, rolconfig) FROM pg_roles WHERE rolname = current_user), \
     (SELECT concat_ws(':', count(*), max(xmin::text::int8)) FROM pg_auth_members), \
     (SELECT value FROM petdb_meta WHERE key = 'incarnation'), \
     (SELECT md5(string_agg(name || '=' || setting, E'\\x1f' ORDER BY name)) FROM pg_settings \
      WHERE source <> 'default' AND name NOT LIKE '%transaction\\_%'))";

/// The DDL generation, if petdb's event trigger is in place and enabled always, with the
/// catalog rows of the trigger and its function (so replacing either changes the stamp;
/// whether the function is petdb's own is checked before every fill); otherwise NULL.
/// Also NULL while anything else could set the generation back after petdb's trigger
/// moved it — another enabled event trigger, a trigger or rule on `petdb_meta` — so the
/// catalog fingerprint decides instead.
pub(crate) const WATCH: &str = "(SELECT concat_ws(':', m.value, e.oid, e.xmin, p.oid, p.xmin) \
     FROM petdb_meta m, pg_event_trigger e JOIN pg_proc p ON p.oid = e.evtfoid \
     WHERE m.key = 'ddl' AND e.evtname = 'petdb_ddl' AND e.evtenabled = 'A' \
     AND NOT EXISTS (SELECT 1 FROM pg_event_trigger o WHERE o.evtname <> 'petdb_ddl' AND o.evtenabled <> 'D') \
     AND NOT EXISTS (SELECT 1 FROM pg_trigger x WHERE x.tgrelid = m.tableoid AND NOT x.tgisinternal) \
     AND NOT EXISTS (SELECT 1 FROM pg_rewrite w WHERE w.ev_class = m.tableoid))";

/// The catalogs whose user-created rows (oid past the built-in range) could capture a
/// call, a conversion or a comparison: counted, summed and their newest `xmin` taken.
const USER_CATALOGS: [&str; 13] = [
    "pg_proc",
    "pg_operator",
    "pg_cast",
    "pg_type",
    "pg_namespace",
    "pg_collation",
    "pg_opclass",
    "pg_opfamily",
    "pg_ts_config",
    "pg_ts_dict",
    "pg_conversion",
    "pg_extension",
    "pg_language",
];

/// [`FINGERPRINT_SQL`] with the user-created rows of [`USER_CATALOGS`] in place.
fn fingerprint() -> String {
    let objects: Vec<String> = USER_CATALOGS
        .iter()
        .map(|c| {
            format!(
                "(SELECT concat_ws(':', count(*), sum(oid::int8), max(xmin::text::int8)) FROM {c} WHERE oid >= 16384)"
            )
        })
        .collect();
    FINGERPRINT_SQL.replace("{USER_OBJECTS}", &objects.join(", "))
}

/// Every catalog row that decides what a read of petdb's tables returns: the tables as
/// their unqualified names resolve now, their columns, triggers, children, policies,
/// rules and indexes, and every user-defined function, operator, cast, type, collation,
/// operator class and family, text search configuration and dictionary, conversion and
/// extension (one could capture a call or a comparison). Used only where no event trigger watches DDL.
const FINGERPRINT_SQL: &str = "WITH rel AS (SELECT t.name, to_regclass(t.name) AS oid \
     FROM unnest(ARRAY['owners', 'pets', 'procedures', 'species', 'table_versions', 'petdb_meta']) AS t(name)) \
     SELECT md5(concat_ws(E'\\x1f', \
     (SELECT string_agg(concat_ws(':', r.name, c.oid, c.relfilenode, c.relkind, c.relrowsecurity, c.relforcerowsecurity, c.relacl, c.xmin), ';' ORDER BY r.name) FROM rel r LEFT JOIN pg_class c ON c.oid = r.oid), \
     (SELECT string_agg(concat_ws(':', a.attrelid, a.attnum, a.attname, a.atttypid, a.atttypmod, a.attisdropped, a.attnotnull, a.attgenerated, a.attcollation, a.attacl, a.xmin), ';' ORDER BY a.attrelid, a.attnum) FROM pg_attribute a WHERE a.attrelid IN (SELECT oid FROM rel) AND a.attnum > 0), \
     (SELECT string_agg(concat_ws(':', tg.oid, tg.tgname, tg.tgenabled, tg.tgfoid, tg.tgtype, tg.xmin), ';' ORDER BY tg.oid) FROM pg_trigger tg WHERE tg.tgrelid IN (SELECT oid FROM rel)), \
     (SELECT string_agg(concat_ws(':', i.inhrelid, i.inhparent), ';' ORDER BY i.inhrelid) FROM pg_inherits i WHERE i.inhparent IN (SELECT oid FROM rel)), \
     (SELECT string_agg(concat_ws(':', p.oid, p.xmin), ';' ORDER BY p.oid) FROM pg_policy p WHERE p.polrelid IN (SELECT oid FROM rel)), \
     (SELECT string_agg(concat_ws(':', w.oid, w.xmin), ';' ORDER BY w.oid) FROM pg_rewrite w WHERE w.ev_class IN (SELECT oid FROM rel)), \
     {USER_OBJECTS}, \
     (SELECT string_agg(concat_ws(':', i.indexrelid, i.indrelid, i.indclass, i.indcollation, i.xmin), ';' ORDER BY i.indexrelid) FROM pg_index i WHERE i.indrelid IN (SELECT oid FROM rel))))";

/// Why a table's reads cannot be cached now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TriggerState {
    Ok,
    Missing,
    Disabled,
    /// Present, but not as petdb made it (other events, a condition, another function).
    Altered,
    /// Rows written to another table show up in this one (PostgreSQL inheritance).
    HasChildren,
    /// Another trigger or rule on the table, which could skip petdb's (SQLite's
    /// `RAISE(IGNORE)`) or set the version back itself.
    Foreign,
    /// Row-level security is on: a policy (applied for the reading role, or for a view's
    /// owner) may read other tables, settings or volatile functions, none of which moves
    /// the table's version.
    RowSecurity,
    /// An index petdb did not make the way it makes its own: a user-defined operator class
    /// or collation, an expression or a predicate — code the planner may run in place of a
    /// built-in comparison.
    ForeignIndex,
}

impl TriggerState {
    pub fn describe(&self) -> &'static str {
        match self {
            TriggerState::Ok => "ok",
            TriggerState::Missing => "missing",
            TriggerState::Disabled => "disabled",
            TriggerState::Altered => "altered",
            TriggerState::HasChildren => "has inheritance children",
            TriggerState::Foreign => "joined by a trigger or rule petdb does not own",
            TriggerState::RowSecurity => "under row-level security",
            TriggerState::ForeignIndex => "indexed with user-defined code",
        }
    }

    /// Whether `db migrate` puts it right (another's trigger, rule or policy is not
    /// petdb's to remove).
    pub fn repairable(&self) -> bool {
        matches!(
            self,
            TriggerState::Missing | TriggerState::Disabled | TriggerState::Altered
        )
    }

    /// Why a read of `table` is not cached in this state (a `-v` line).
    pub fn why(&self, table: Table) -> String {
        match self {
            TriggerState::Foreign => format!(
                "{table} has a trigger or rule petdb does not own, which could skip or undo its version bump"
            ),
            TriggerState::RowSecurity => format!(
                "{table} has row-level security: its policies may read what no version tracks"
            ),
            TriggerState::ForeignIndex => format!(
                "{table} has an index with a user-defined operator class or collation, an expression or a predicate: the planner may run code no version tracks"
            ),
            other => format!("the version trigger of {table} is {}", other.describe()),
        }
    }
}

/// The state of each table's version trigger(s). A write to a table whose trigger is not
/// `Ok` may leave its version where it was, so its reads are not cached.
pub fn triggers(conn: &mut AnyConnection, tables: Tables) -> Result<Vec<(Table, TriggerState)>> {
    super::triggers::check(conn, tables)
}

/// Quote each table name for an `IN (…)` list (the names are petdb's own constants).
fn quoted_list(tables: Tables) -> String {
    let mut names: Vec<String> = tables.iter().map(|t| format!("'{}'", t.name())).collect();
    if names.is_empty() {
        names.push("''".into()); // matches no table: the state alone
    }
    names.join(", ")
}

pub(crate) fn sql_literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

pub(crate) fn fetch(conn: &mut AnyConnection, sql: &str) -> Result<Vec<Vec<Value>>> {
    let query = ReadQuery {
        sql: sql.to_owned(),
        ..ReadQuery::default()
    };
    Ok(read::fetch(conn, &query)?.rows)
}

fn text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Int(i) => i.to_string(),
        Value::Text(s) | Value::Decimal(s) => s.clone(),
        other => format!("{other:?}"),
    }
}

/// The `(table, version)` pairs of `rows`, from column `at` on (absent ones skipped).
fn versions_of(rows: &[Vec<Value>], at: usize) -> Versions {
    rows.iter()
        .filter_map(|r| {
            let table = match &r[at] {
                Value::Text(name) => Table::from_name(name)?,
                _ => return None,
            };
            Some((table, r[at + 1].as_int()?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, value: Value) -> Vec<Value> {
        vec![Value::Text(name.into()), value]
    }

    #[test]
    fn a_sqlite_state_is_read_by_name_whatever_the_row_order() {
        let rows = vec![
            row("pets", Value::Int(7)),
            row("incarnation", Value::Text("ab12".into())),
            row("owners", Value::Int(-3)),
            row("schema_version", Value::Int(41)),
        ];
        let state = sqlite_state(&rows);
        assert_eq!(state.stamp, "sqlite:41:ab12");
        assert_eq!(
            state.versions,
            Versions::from([(Table::Pets, 7), (Table::Owners, -3)])
        );
    }

    #[test]
    fn a_missing_incarnation_is_empty_and_a_missing_schema_version_no_stamp() {
        let state = sqlite_state(&[row("schema_version", Value::Int(5))]);
        assert_eq!(state.stamp, "sqlite:5:");
        assert!(state.versions.is_empty());
        // Without the schema version there is nothing to compare: no entry matches "".
        assert_eq!(sqlite_state(&[]).stamp, "");
    }

    #[test]
    fn a_version_that_is_not_an_integer_is_absent() {
        let rows = vec![
            row("schema_version", Value::Int(1)),
            row("species", Value::Text("9".into())),
        ];
        assert!(sqlite_state(&rows).versions.is_empty());
    }
}
