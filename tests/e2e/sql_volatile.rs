//! Results that depend on the clock, the time zone, the session or a user-defined
//! function are never cached (issue 12, item 3): positive proof only, per-function
//! argument rules, and on PostgreSQL a catalog check for overloads outside pg_catalog.

use crate::common::{Backend, TestEnv};
use crate::sql_support::{assert_cached_then_fresh, assert_never_cached};

#[test]
fn sqlite_clock_readers_in_any_spelling() {
    let env = TestEnv::seeded(2);
    if env.backend != Backend::Sqlite {
        return;
    }
    for (sql, params) in [
        ("SELECT datetime('n'||'ow') AS t", &[][..]),
        ("SELECT strftime('%H:%M:%f') AS t", &[]),
        ("SELECT datetime(?) AS t", &["now"]),
        ("SELECT date($1) AS t", &["now"]),
        ("SELECT unixepoch('subsec') AS t", &[]),
        ("SELECT date('2024-01-01', 'localtime') AS t", &[]),
        (
            "SELECT datetime('2024-01-01 10:00', '+1 hour', 'UTC') AS t",
            &[],
        ),
        ("SELECT date('NOW') AS t", &[]),
        ("SELECT date('Now', '-1 day') AS t", &[]),
        ("SELECT julianday() AS t", &[]),
        ("SELECT unixepoch() AS t", &[]),
        ("SELECT time() AS t", &[]),
        ("SELECT CURRENT_TIME AS t", &[]),
        ("SELECT current_date AS t", &[]),
        (
            "SELECT strftime('%Y', performed_at) AS y FROM procedures LIMIT 1",
            &[],
        ),
        ("SELECT date(notes) AS t FROM procedures LIMIT 1", &[]),
        ("SELECT timediff('2024-01-01', 'now') AS t", &[]),
        ("SELECT randomblob(4) AS r", &[]),
        ("SELECT changes() AS c", &[]),
    ] {
        assert_never_cached(&env, sql, params, "");
    }
    // A column that says 'now' is the reason column arguments are not trusted.
    env.raw_execute("UPDATE procedures SET notes = 'now' WHERE id = 1");
    assert_never_cached(
        &env,
        "SELECT datetime(notes) AS t FROM procedures WHERE id = 1",
        &[],
        "fix the moment",
    );
    // Constant moments are cached.
    for sql in [
        "SELECT date('2024-02-29', '+1 day') AS d, count(*) AS n FROM owners",
        "SELECT strftime('%Y-%m', '2024-02-29 10:00:00') AS m, count(*) AS n FROM owners",
        "SELECT julianday('2024-01-01') - julianday('2023-01-01') AS days, count(*) AS n FROM owners",
    ] {
        assert_cached_then_fresh(
            &env,
            sql,
            &[],
            || {
                env.ok(&["owners", "add", "--name", "Clockless"]);
            },
            true,
        );
    }
}

#[test]
fn postgres_clock_and_session_readers() {
    let env = TestEnv::seeded(2);
    if env.backend != Backend::Postgres {
        return;
    }
    for (sql, params) in [
        ("SELECT ('n'||'ow')::timestamptz AS t", &[][..]),
        ("SELECT ('to'||'day')::date AS t", &[]),
        ("SELECT $1::date AS t", &["today"]),
        ("SELECT CAST($1 AS timestamp) AS t", &["now"]),
        ("SELECT 'now'::date AS t", &[]),
        ("SELECT 'TODAY'::timestamp AS t", &[]),
        ("SELECT DATE 'tomorrow' AS t", &[]),
        (
            "SELECT count(*) AS n FROM procedures WHERE performed_at > 'yesterday'",
            &[],
        ),
        ("SELECT current_schema AS s", &[]),
        ("SELECT current_schema() AS s", &[]),
        ("SELECT current_user AS u", &[]),
        ("SELECT session_user AS u", &[]),
        ("SELECT user AS u", &[]),
        ("SELECT current_catalog AS c", &[]),
        ("SELECT current_role AS r", &[]),
        ("SELECT localtimestamp AS t", &[]),
        ("SELECT CURRENT_DATE AS d", &[]),
        ("SELECT now() AS t", &[]),
        ("SELECT clock_timestamp() AS t", &[]),
        ("SELECT version() AS v", &[]),
        (
            "SELECT count(*) AS n FROM pets TABLESAMPLE SYSTEM (50)",
            &[],
        ),
        ("SELECT age(TIMESTAMP '2020-01-01') AS a", &[]),
        (
            "SELECT date_trunc('day', DATE '2024-01-01')::text AS d",
            &[],
        ),
        ("SELECT TIMESTAMP '2024-01-01' AT TIME ZONE 'UTC' AS t", &[]),
        ("SELECT to_timestamp(0)::text AS t", &[]),
        ("SELECT created_at::date AS d FROM owners LIMIT 1", &[]),
        ("SELECT '2024-01-01 00:00'::timestamptz::text AS t", &[]),
        ("SELECT 'pets'::regclass::text AS r", &[]),
    ] {
        assert_never_cached(&env, sql, params, "");
    }
    // Constant dates and timestamps are cached.
    for sql in [
        "SELECT DATE '2024-02-29' + 1 AS d, count(*) AS n FROM owners",
        "SELECT '2024-02-29'::date AS d, count(*) AS n FROM owners",
        "SELECT date_trunc('month', TIMESTAMP '2024-05-05 10:00') AS m, count(*) AS n FROM owners",
        "SELECT EXTRACT(YEAR FROM TIMESTAMP '2024-05-05') AS y, count(*) AS n FROM owners",
    ] {
        assert_cached_then_fresh(
            &env,
            sql,
            &[],
            || {
                env.ok(&["owners", "add", "--name", "Clockless"]);
            },
            true,
        );
    }
}

#[test]
fn postgres_user_defined_functions_and_overloads_are_not_built_ins() {
    let env = TestEnv::seeded(2);
    if env.backend != Backend::Postgres {
        return;
    }
    env.raw_execute("CREATE SCHEMA evil");
    env.raw_execute(
        "CREATE FUNCTION evil.lower(x text) RETURNS text LANGUAGE sql AS 'SELECT x || random()::text'",
    );
    // A function outside pg_catalog is not run at all (it could do anything).
    let err = env.fails(
        &["sql", "SELECT evil.lower(name) AS l FROM pets LIMIT 1"],
        2,
    );
    assert!(err.contains("evil.lower()"), "{err}");
    // Still fine: the built-in, by name or through pg_catalog…
    let builtin =
        "SELECT lower(name) AS l, count(*) AS n FROM owners GROUP BY 1 ORDER BY 1 LIMIT 1";
    assert_cached_then_fresh(
        &env,
        "SELECT pg_catalog.lower('A') AS l, count(*) AS n FROM owners",
        &[],
        || {
            env.ok(&["owners", "add", "--name", "Zed"]);
        },
        true,
    );
    // …but evil.lower exists, and a search path could put it first: `lower` is a name
    // taken outside pg_catalog now.
    assert_never_cached(&env, builtin, &[], "evil.lower");

    // An overload that captures a call the built-in would refuse (md5 takes text).
    env.raw_execute(
        "CREATE FUNCTION public.md5(x integer) RETURNS text LANGUAGE sql AS 'SELECT ''captured'''",
    );
    // On the search path, it could take the call: refused when it would run.
    for sql in ["SELECT md5(1) AS h", "SELECT md5('a') AS h"] {
        let err = env.fails(&["sql", sql], 2);
        assert!(err.contains("public.md5"), "{err}");
    }

    // An operator outside pg_catalog named like one the statement uses.
    env.raw_execute(
        "CREATE OPERATOR public.|| (LEFTARG = integer, RIGHTARG = integer, FUNCTION = int4pl)",
    );
    assert_never_cached(&env, "SELECT 1 || 2 AS v", &[], "operator public.||");
    // Unknown functions are never trusted either.
    env.raw_execute("CREATE FUNCTION public.double_it(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x * 2'");
    let err = env.fails(&["sql", "SELECT double_it(2) AS d"], 2);
    assert!(err.contains("double_it()"), "{err}");
}
