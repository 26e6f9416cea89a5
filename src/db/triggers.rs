//! petdb's version triggers as the database holds them: whether each is still exactly as
//! the migrations made it (`db status`, and the check before a fill), and putting them
//! back (`db migrate`). The expected definitions come from the migration files themselves,
//! so the two cannot drift apart.

use anyhow::Result;
use diesel::connection::SimpleConnection;

use super::connection::AnyConnection;
use super::schema::{Table, Tables};
use super::state::{TriggerState, fetch, sql_literal};
use crate::rows::Value;

/// The migration that defines the triggers as they are now.
pub(crate) const PG_MIGRATION: &str =
    include_str!("../../migrations/postgres/2026-11-27-000002_never_repeating_versions/up.sql");
/// The migration that pins the search path of petdb's trigger functions (run again after a
/// repair recreates one: `CREATE OR REPLACE` drops the setting).
const PG_PIN_SEARCH_PATH: &str =
    include_str!("../../migrations/postgres/2026-11-28-000003_pinned_search_path/up.sql");
#[cfg(test)]
const SQLITE_MIGRATION: &str =
    include_str!("../../migrations/sqlite/2026-11-27-000002_never_repeating_versions/up.sql");

const EVENTS: [&str; 3] = ["INSERT", "UPDATE", "DELETE"];

/// The exact text of a SQLite version trigger (as `sqlite_master.sql` keeps it).
fn sqlite_trigger(table: Table, event: &str) -> String {
    format!(
        "CREATE TRIGGER {t}_version_{e} AFTER {event} ON {t}\nBEGIN UPDATE table_versions SET \
         version = random() & 9223372036854775807 WHERE table_name = '{t}'; END",
        t = table.name(),
        e = event.to_lowercase()
    )
}

/// The body between the `$$` quotes of the function `name` in `sql`.
pub(crate) fn dollar_body(sql: &str, name: &str) -> String {
    let statement = function_statement(sql, name);
    let start = statement.find("$$").map_or(0, |i| i + 2);
    let end = statement.rfind("$$").unwrap_or(statement.len());
    statement[start..end].to_owned()
}

/// The whole `CREATE … FUNCTION name` statement of `sql`, through its closing `$$;`.
fn function_statement<'a>(sql: &'a str, name: &str) -> &'a str {
    let start = sql
        .find(&format!("FUNCTION {name}("))
        .and_then(|at| sql[..at].rfind("CREATE"))
        .expect("the migration defines the function");
    let body = sql[start..].find("$$").expect("a dollar-quoted body") + start + 2;
    let end = sql[body..].find("$$;").expect("a closed body") + body + 3;
    &sql[start..end]
}

/// SQL true when the function `p` resolves names through the search path petdb pinned
/// (pg_catalog, its own schema, pg_temp last), not the calling session's.
const PINNED: &str = "p.proconfig = ARRAY['search_path=pg_catalog, ' || p.pronamespace::regnamespace::text || ', pg_temp']";

/// SQL true when the event trigger `e` and its function `p` are petdb's own.
fn watch_intact() -> String {
    format!(
        "e.evtevent = 'ddl_command_end' AND p.proname = 'petdb_note_ddl' AND p.prosrc = {} AND {PINNED}",
        sql_literal(&dollar_body(PG_MIGRATION, "petdb_note_ddl"))
    )
}

/// Each table's trigger state (on PostgreSQL an altered DDL watch alters them all: the
/// stamp of a cached read cannot be trusted without it).
pub fn check(conn: &mut AnyConnection, tables: Tables) -> Result<Vec<(Table, TriggerState)>> {
    let names = tables
        .iter()
        .map(|t| sql_literal(t.name()))
        .collect::<Vec<_>>()
        .join(", ");
    if names.is_empty() {
        return Ok(Vec::new());
    }
    match conn {
        AnyConnection::Sqlite(_) => {
            let rows = fetch(
                conn,
                &format!(
                    "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' \
                     AND tbl_name IN ({names}, 'table_versions')"
                ),
            )?;
            let versions_tampered = rows.iter().any(|r| text(&r[1]) == "table_versions");
            Ok(tables
                .iter()
                .map(|table| {
                    let mut state = TriggerState::Ok;
                    // Another trigger on the table could skip petdb's (RAISE(IGNORE)) or
                    // write table_versions itself.
                    let own: Vec<String> = EVENTS
                        .iter()
                        .map(|e| format!("{}_version_{}", table.name(), e.to_lowercase()))
                        .collect();
                    let foreign = rows.iter().any(|r| {
                        text(&r[1]).eq_ignore_ascii_case(table.name())
                            && !own.contains(&text(&r[0]))
                    });
                    for event in EVENTS {
                        let name = format!("{}_version_{}", table.name(), event.to_lowercase());
                        match rows.iter().find(|r| text(&r[0]) == name) {
                            None => state = TriggerState::Missing,
                            Some(r) if text(&r[2]) != sqlite_trigger(table, event) => {
                                if state == TriggerState::Ok {
                                    state = TriggerState::Altered;
                                }
                            }
                            Some(_) => {}
                        }
                    }
                    if versions_tampered && state == TriggerState::Ok {
                        state = TriggerState::Altered;
                    }
                    if foreign && state == TriggerState::Ok {
                        state = TriggerState::Foreign;
                    }
                    (table, state)
                })
                .collect())
        }
        AnyConnection::Postgresql(_) => {
            let bump = sql_literal(&dollar_body(PG_MIGRATION, "petdb_bump_table_version"));
            let intact = watch_intact();
            let rows = fetch(
                conn,
                &format!(
                    "SELECT t.name, tg.tgenabled::text, \
                     (tg.tgtype = 60 AND tg.tgqual IS NULL AND tg.tgnargs = 0 \
                      AND cardinality(tg.tgattr::int2[]) = 0 \
                      AND p.proname = 'petdb_bump_table_version' AND p.prosrc = {bump} AND {PINNED} \
                      AND (SELECT c.relnamespace FROM pg_class c WHERE c.oid = to_regclass(t.name)) = p.pronamespace \
                      AND (SELECT c.relnamespace FROM pg_class c WHERE c.oid = to_regclass('table_versions')) = p.pronamespace \
                      AND (SELECT c.relnamespace FROM pg_class c WHERE c.oid = to_regclass('petdb_meta')) = p.pronamespace), \
                     (SELECT count(*) FROM pg_inherits i WHERE i.inhparent = to_regclass(t.name)), \
                     (SELECT count(*) FROM pg_trigger x WHERE x.tgrelid = to_regclass('table_versions') AND NOT x.tgisinternal) \
                     + (SELECT count(*) FROM pg_rewrite w WHERE w.ev_class = to_regclass('table_versions')) \
                     + (SELECT count(*) FROM pg_class c WHERE c.oid = to_regclass('table_versions') AND c.relrowsecurity) \
                     + (SELECT count(*) FROM pg_inherits i WHERE i.inhparent IN (to_regclass('table_versions'), to_regclass('petdb_meta'))) \
                     + (SELECT count(*) FROM pg_event_trigger e JOIN pg_proc p ON p.oid = e.evtfoid \
                        WHERE e.evtname = 'petdb_ddl' AND e.evtenabled = 'A' AND NOT ({intact})), \
                     (SELECT count(*) FROM pg_trigger x WHERE x.tgrelid = to_regclass(t.name) \
                        AND NOT x.tgisinternal AND x.tgname <> t.name || '_version') \
                     + (SELECT count(*) FROM pg_rewrite w WHERE w.ev_class = to_regclass(t.name)), \
                     (SELECT c.relrowsecurity FROM pg_class c WHERE c.oid = to_regclass(t.name)), \
                     (SELECT count(*) FROM pg_index i WHERE i.indrelid = to_regclass(t.name) AND ( \
                        EXISTS (SELECT 1 FROM unnest(i.indclass::oid[]) AS o WHERE o >= 16384) \
                        OR EXISTS (SELECT 1 FROM unnest(i.indcollation::oid[]) AS o WHERE o >= 16384) \
                        OR i.indexprs IS NOT NULL OR i.indpred IS NOT NULL)) \
                     FROM unnest(ARRAY[{names}]) AS t(name) \
                     LEFT JOIN pg_trigger tg ON tg.tgrelid = to_regclass(t.name) AND tg.tgname = t.name || '_version' \
                     LEFT JOIN pg_proc p ON p.oid = tg.tgfoid"
                ),
            )?;
            Ok(rows
                .iter()
                .filter_map(|r| {
                    let table = Table::from_name(&text(&r[0]))?;
                    let state = match (text(&r[1]).as_str(), &r[2]) {
                        ("", _) => TriggerState::Missing,
                        ("A", Value::Bool(true)) => TriggerState::Ok,
                        ("A", _) => TriggerState::Altered,
                        ("D", _) => TriggerState::Disabled,
                        // 'O' fires only in the origin role, 'R' only in replica: either can
                        // be skipped by a writer's session_replication_role.
                        _ => TriggerState::Disabled,
                    };
                    let state = match state {
                        TriggerState::Ok if r[3].as_int() != Some(0) => TriggerState::HasChildren,
                        TriggerState::Ok if r[4].as_int() != Some(0) => TriggerState::Altered,
                        TriggerState::Ok if r[5].as_int() != Some(0) => TriggerState::Foreign,
                        TriggerState::Ok if r[6] == Value::Bool(true) => TriggerState::RowSecurity,
                        TriggerState::Ok if r[7].as_int() != Some(0) => TriggerState::ForeignIndex,
                        other => other,
                    };
                    Some((table, state))
                })
                .collect())
        }
    }
}

/// Put every version trigger (and PostgreSQL's functions and DDL watch) back as the
/// migrations define them; returns what was repaired.
pub fn repair(conn: &mut AnyConnection) -> Result<Vec<String>> {
    let broken: Vec<(Table, TriggerState)> = check(conn, Tables::ALL)?
        .into_iter()
        .filter(|(_, s)| s.repairable())
        .collect();
    let mut repaired = Vec::new();
    match conn {
        AnyConnection::Sqlite(c) => {
            for (table, state) in &broken {
                let mut sql = String::new();
                for event in EVENTS {
                    sql.push_str(&format!(
                        "DROP TRIGGER IF EXISTS {}_version_{};\n{};\n",
                        table.name(),
                        event.to_lowercase(),
                        sqlite_trigger(*table, event)
                    ));
                }
                c.batch_execute(&sql)?;
                repaired.push(format!("{table} version triggers ({})", state.describe()));
            }
        }
        AnyConnection::Postgresql(c) => {
            if !broken.is_empty() {
                c.batch_execute(function_statement(PG_MIGRATION, "petdb_bump_table_version"))?;
                c.batch_execute(PG_PIN_SEARCH_PATH)?;
            }
            for (table, state) in &broken {
                let t = table.name();
                c.batch_execute(&format!(
                    "DROP TRIGGER IF EXISTS {t}_version ON {t};\n\
                     CREATE TRIGGER {t}_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {t}\n    \
                     FOR EACH STATEMENT EXECUTE FUNCTION petdb_bump_table_version();\n\
                     ALTER TABLE {t} ENABLE ALWAYS TRIGGER {t}_version;"
                ))?;
                repaired.push(format!("{t} version trigger ({})", state.describe()));
            }
            repaired.extend(repair_ddl_watch(conn)?);
        }
    }
    Ok(repaired)
}

/// PostgreSQL: put petdb's event trigger back if the role may (a superuser).
fn repair_ddl_watch(conn: &mut AnyConnection) -> Result<Option<String>> {
    let rows = fetch(
        conn,
        &format!(
            "SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), \
             EXISTS (SELECT 1 FROM pg_event_trigger e JOIN pg_proc p ON p.oid = e.evtfoid \
             WHERE e.evtname = 'petdb_ddl' AND e.evtenabled = 'A' AND {})",
            watch_intact()
        ),
    )?;
    let (superuser, intact) = (&rows[0][0], &rows[0][1]);
    if *intact == Value::Bool(true) || *superuser != Value::Bool(true) {
        return Ok(None);
    }
    let AnyConnection::Postgresql(c) = conn else {
        return Ok(None);
    };
    c.batch_execute(&format!(
        "{}\nDROP EVENT TRIGGER IF EXISTS petdb_ddl;\n\
         CREATE EVENT TRIGGER petdb_ddl ON ddl_command_end EXECUTE FUNCTION petdb_note_ddl();\n\
         ALTER EVENT TRIGGER petdb_ddl ENABLE ALWAYS;\n{PG_PIN_SEARCH_PATH}",
        function_statement(PG_MIGRATION, "petdb_note_ddl").replacen(
            "CREATE FUNCTION",
            "CREATE OR REPLACE FUNCTION",
            1
        )
    ))?;
    Ok(Some("the DDL watch (event trigger petdb_ddl)".into()))
}

/// How schema changes are seen (`db status`): by petdb's event trigger, or by the catalog
/// fingerprint and why.
pub fn ddl_watch(conn: &mut AnyConnection) -> Result<&'static str> {
    if let AnyConnection::Sqlite(_) = conn {
        return Ok("schema_version");
    }
    let rows = fetch(
        conn,
        &format!(
            "SELECT EXISTS (SELECT 1 FROM pg_event_trigger e JOIN pg_proc p ON p.oid = e.evtfoid \
             WHERE e.evtname = 'petdb_ddl' AND e.evtenabled = 'A' AND {}), {} IS NOT NULL",
            watch_intact(),
            super::state::WATCH
        ),
    )?;
    Ok(match (&rows[0][0], &rows[0][1]) {
        (Value::Bool(true), Value::Bool(true)) => "event trigger petdb_ddl",
        (Value::Bool(true), _) => {
            "catalog fingerprint (another event trigger, or a trigger or rule on petdb_meta, \
             could set petdb_ddl's mark back)"
        }
        _ => "catalog fingerprint (no event trigger: petdb db migrate as a superuser adds it)",
    })
}

fn text(v: &Value) -> String {
    match v {
        Value::Text(s) => s.clone(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_expected_definitions_are_the_migrations_own() {
        for table in Table::ALL {
            for event in EVENTS {
                let expected = sqlite_trigger(table, event);
                assert!(
                    SQLITE_MIGRATION.contains(&format!("{expected};")),
                    "{expected}"
                );
            }
        }
        let bump = dollar_body(PG_MIGRATION, "petdb_bump_table_version");
        assert!(bump.contains("gen_random_uuid") && bump.trim_start().starts_with("BEGIN"));
        let note = dollar_body(PG_MIGRATION, "petdb_note_ddl");
        assert!(note.contains("UPDATE petdb_meta"), "{note}");
        assert!(function_statement(PG_MIGRATION, "petdb_note_ddl").ends_with("$$;"));
    }
}
