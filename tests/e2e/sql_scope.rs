//! Every table a statement reads is found, resolved by scope (issue 12, item 2): a CTE
//! named like a table hides it only inside its own WITH's query; PostgreSQL's `TABLE x`
//! counts; anything petdb cannot tie to its tables runs uncached, `-v` saying why.

use crate::common::{Backend, TestEnv};
use crate::sql_support::{assert_cached_then_fresh, assert_never_cached, has, run};

fn add_owner(env: &TestEnv) -> impl Fn() + '_ {
    move || {
        env.ok(&["owners", "add", "--name", "Late Arrival"]);
    }
}

#[test]
fn a_cte_named_like_a_table_hides_it_only_in_its_own_query() {
    let env = TestEnv::seeded(3);
    for sql in [
        // The brief's example.
        "SELECT max(id) AS m FROM owners, (WITH owners AS (SELECT 1 AS one) SELECT one FROM owners) AS t",
        "SELECT (SELECT max(id) FROM owners) AS m, (WITH owners AS (SELECT 1 AS id) SELECT max(id) FROM owners) AS one",
        "SELECT count(*) AS n FROM (WITH owners AS (SELECT 1 AS id) SELECT id FROM owners) AS t, owners",
        "SELECT max(id) AS m FROM owners WHERE id IN (WITH owners AS (SELECT 2 AS id) SELECT id FROM owners) OR true",
        "SELECT max(id) AS m FROM (SELECT id FROM owners UNION ALL SELECT * FROM (WITH owners AS (SELECT 0 AS id) SELECT id FROM owners) AS x) AS u",
        "WITH x AS (SELECT max(id) AS m FROM owners) SELECT m FROM x",
        "WITH x AS (SELECT 1 AS a), y AS (SELECT max(id) AS m FROM owners) SELECT m FROM x, y",
        "WITH RECURSIVE t(n) AS (SELECT max(id) FROM owners UNION ALL SELECT n - 1 FROM t WHERE n > 1) SELECT count(*) AS n FROM t",
        "SELECT max(id) AS m FROM owners o JOIN (WITH pets AS (SELECT 1 AS k) SELECT k FROM pets) p ON p.k = 1",
        "SELECT (SELECT max(id) FROM OWNERS) AS m",
        "SELECT max(id) AS m FROM \"owners\"",
    ] {
        assert_cached_then_fresh(&env, sql, &[], add_owner(&env), true);
    }
}

#[test]
fn a_cte_named_like_a_table_reading_it_counts_as_reading_it() {
    let env = TestEnv::seeded(3);
    // On PostgreSQL the CTE body reads the table; on SQLite this is a circular
    // reference (an error, never cached): either way no entry may survive a write.
    let sql = "WITH owners AS (SELECT * FROM owners) SELECT max(id) AS m FROM owners";
    if env.backend == Backend::Postgres {
        assert_cached_then_fresh(&env, sql, &[], add_owner(&env), true);
    }
    // A CTE that reads a later one: SQLite sees it, PostgreSQL does not (an error there).
    if env.backend == Backend::Sqlite {
        let sql =
            "WITH a AS (SELECT * FROM b), b AS (SELECT max(id) AS m FROM owners) SELECT m FROM a";
        let (_, events) = run(&env, sql, &[]);
        assert!(has(&events, "skip") || has(&events, "fill"), "{events:?}");
        env.ok(&["owners", "add", "--name", "Later"]);
        let (out, _) = run(&env, sql, &[]);
        assert_eq!(out, crate::sql_support::truth(&env, sql, &[]));
    }
}

#[test]
fn postgres_table_statements_are_tables() {
    let env = TestEnv::seeded(3);
    if env.backend != Backend::Postgres {
        return;
    }
    for sql in [
        "WITH t AS (TABLE owners) SELECT count(*) AS n FROM t",
        "SELECT count(*) AS n FROM (TABLE owners) AS x",
        "SELECT count(*) AS n FROM (TABLE owners UNION ALL TABLE owners) AS x",
        "SELECT count(*) AS n FROM (SELECT * FROM owners WHERE false UNION TABLE owners) AS x",
        "WITH t AS (TABLE public.owners) SELECT count(*) AS n FROM t",
    ] {
        assert_cached_then_fresh(&env, sql, &[], add_owner(&env), true);
    }
    // Alone, sqlparser cannot read it: run as written, uncached.
    assert_never_cached(&env, "TABLE owners", &[], "cannot analyse");
    assert_never_cached(&env, "table OWNERS;", &[], "cannot analyse");
    let (_, events) = run(&env, "(TABLE owners)", &[]);
    assert!(!has(&events, "hit"), "{events:?}");
    assert_cached_then_fresh(
        &env,
        "(TABLE owners) UNION ALL (TABLE owners)",
        &[],
        add_owner(&env),
        true,
    );
}

#[test]
fn what_cannot_be_tied_to_petdb_tables_runs_uncached() {
    let env = TestEnv::seeded(2);
    let sqlite = [
        ("SELECT count(*) AS n FROM sqlite_master", "sqlite_master"),
        ("SELECT * FROM json_each('[1, 2]')", "table-valued function"),
        (
            "SELECT name FROM pragma_table_info('owners')",
            "table-valued function",
        ),
        ("SELECT count(*) AS n FROM sqlite_schema", "sqlite_schema"),
        (
            "SELECT count(*) AS n FROM temp.sqlite_master",
            "temp.sqlite_master",
        ),
        ("SELECT 1 AS one WHERE 1 IN vets", "vets"),
    ];
    let postgres = [
        (
            "SELECT count(*) AS n FROM generate_series(1, 3)",
            "table-valued function",
        ),
        ("SELECT * FROM unnest(ARRAY[1, 2]) AS u", "unnest"),
        ("SELECT count(*) AS n FROM pg_class", "pg_class"),
        (
            "SELECT count(*) AS n FROM pg_catalog.pg_class",
            "pg_catalog.pg_class",
        ),
        (
            "SELECT count(*) AS n FROM information_schema.tables",
            "information_schema.tables",
        ),
        (
            "SELECT count(*) AS n FROM pets TABLESAMPLE BERNOULLI (50)",
            "TABLESAMPLE",
        ),
        (
            "SELECT count(*) AS n FROM pets p, LATERAL (SELECT p.id) AS l",
            "LATERAL",
        ),
        ("SELECT count(*) AS n FROM vets", "vets"),
    ];
    env.raw_execute("CREATE TABLE vets (id INTEGER PRIMARY KEY)");
    match env.backend {
        Backend::Sqlite => {
            for (sql, why) in sqlite {
                assert_never_cached(&env, sql, &[], why);
            }
        }
        Backend::Postgres => {
            for (sql, why) in postgres {
                assert_never_cached(&env, sql, &[], why);
            }
        }
    }
    // A view over something petdb cannot track is no better.
    let view = match env.backend {
        Backend::Sqlite => "CREATE VIEW odd AS SELECT value FROM json_each('[1]')",
        Backend::Postgres => "CREATE VIEW odd AS SELECT g FROM generate_series(1, 2) AS g",
    };
    env.raw_execute(view);
    assert_never_cached(&env, "SELECT * FROM odd", &[], "view odd");
    env.raw_execute("CREATE VIEW fine AS WITH pets AS (SELECT 1 AS k) SELECT max(o.id) AS m FROM owners o, pets");
    assert_cached_then_fresh(&env, "SELECT m FROM fine", &[], add_owner(&env), true);
}
