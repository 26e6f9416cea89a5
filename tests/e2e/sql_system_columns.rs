//! PostgreSQL's system columns (`ctid`, `xmin`, `xmax`, `cmin`, `cmax`, `tableoid`) change
//! without a write or DDL petdb sees — `VACUUM FULL` moves `ctid`, a row lock from another
//! session sets `xmax` — so a statement that reads one, in any spelling or clause, or
//! through a view, is never cached; `-v` names the column. On SQLite the names are
//! ordinary ones that petdb's tables lack: the statement is refused as uncacheable and
//! then fails in SQLite's words.

use crate::common::{Backend, TestEnv, cache_events};
use crate::sql_support::{assert_never_cached, truth};
use crate::values::client_csv;

const STATEMENTS: &[(&str, &str)] = &[
    ("SELECT ctid, id FROM owners WHERE id = 8", "ctid"),
    (
        "SELECT o.\"ctid\" AS c FROM owners o WHERE o.id = 8",
        "ctid",
    ),
    (
        "SELECT id FROM owners WHERE XMIN::text <> '0' ORDER BY id",
        "xmin",
    ),
    ("SELECT id, xmax AS x FROM owners ORDER BY id", "xmax"),
    (
        "SELECT count(*) AS n FROM (SELECT cmin FROM owners) AS s",
        "cmin",
    ),
    (
        "WITH t AS (SELECT cmax FROM owners) SELECT count(*) AS n FROM t",
        "cmax",
    ),
    (
        "SELECT DISTINCT tableoid::text AS t FROM owners",
        "tableoid",
    ),
];

/// Run `sql` with `psql` on this bench's database (its csv output).
fn psql(env: &TestEnv, sql: &str) -> String {
    client_csv(env, sql)
}

#[test]
fn postgres_system_columns_are_never_cached() {
    let env = TestEnv::seeded(10);
    if env.backend != Backend::Postgres {
        return;
    }
    // A dead version of row 8 before it: VACUUM FULL will move the live one.
    psql(&env, "UPDATE owners SET name = name WHERE id = 8");
    let sql = "SELECT ctid, id FROM owners WHERE id = 8";
    let before = truth(&env, sql, &[]);
    for (sql, column) in STATEMENTS {
        assert_never_cached(&env, sql, &[], &format!("system column {column}"));
    }
    // No trigger, no DDL event: only the statement's own refusal keeps this honest.
    psql(&env, "VACUUM FULL owners");
    let (after, events) = env.agrees(&["--format", "csv", "sql", sql]);
    assert_ne!(after, before, "VACUUM FULL should have moved the row");
    assert_eq!(after, psql(&env, sql));
    assert!(events.contains("system column ctid"), "{events}");

    // Through a view petdb sees through.
    psql(
        &env,
        "CREATE VIEW owner_rows AS SELECT id, ctid AS at FROM owners",
    );
    assert_never_cached(
        &env,
        "SELECT at FROM owner_rows WHERE id = 8",
        &[],
        "system column ctid",
    );
}

#[test]
fn sqlite_names_them_and_fails_as_sqlite_does() {
    let env = TestEnv::seeded(10);
    if env.backend != Backend::Sqlite {
        return;
    }
    for (sql, column) in STATEMENTS.iter().filter(|(sql, _)| !sql.contains("::")) {
        let out = env
            .cmd()
            .args(["-v", "sql", sql])
            .output()
            .expect("run petdb");
        assert_eq!(out.status.code(), Some(1), "{sql}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let events = cache_events(&stderr);
        assert!(
            events
                .iter()
                .any(|e| e.contains("skip") && e.contains(&format!("system column {column}"))),
            "{sql}: {stderr}"
        );
        assert!(stderr.contains(column), "{sql}: {stderr}");
    }
    let listed = env.ok(&["--format", "csv", "cache", "list"]);
    assert_eq!(listed.lines().count(), 1, "something was cached: {listed}");
}
