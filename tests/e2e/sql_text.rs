//! `petdb sql` runs exactly the text the user wrote (issue 12, items 1 and 7): no
//! re-rendering by the parser reaches the database, only placeholder numbering; and a
//! cached answer prints the column names this spelling gets from the database.

use crate::common::{Backend, TestEnv};
use crate::sql_support::{assert_never_cached, has, run, truth};

#[test]
fn a_hex_integer_is_the_number_the_database_reads() {
    let env = TestEnv::seeded(20);
    if env.backend != Backend::Sqlite {
        return; // 0x10 is SQLite's hex integer (PostgreSQL 15 reads 0 then x10)
    }
    let hex = "select count(*) from owners where id = 0x10";
    assert_eq!(
        truth(&env, hex, &[]),
        "count(*)\n1\n",
        "0x10 is 16, not X'10'"
    );
    let (out, events) = run(&env, hex, &[]);
    assert_eq!(out, "count(*)\n1\n");
    assert!(has(&events, "fill"), "{events:?}");
    // Other spellings of 16, and the blob X'10', keep their own entries.
    for (sql, expected) in [
        ("select count(*) from owners where id = 16", "1"),
        ("select count(*) from owners where id = X'10'", "0"),
        ("select count(*) from owners where id = 0X10", "1"),
    ] {
        let (out, events) = run(&env, sql, &[]);
        assert!(
            !has(&events, "hit"),
            "{sql} shared 0x10's entry: {events:?}"
        );
        assert_eq!(out, format!("count(*)\n{expected}\n"), "{sql}");
        assert_eq!(out, truth(&env, sql, &[]), "{sql}");
    }
}

#[test]
fn postfix_isnull_is_not_an_alias() {
    let env = TestEnv::seeded(2);
    let isnull = "select 1 isnull";
    // ISNULL is a keyword to SQLite: as an alias it needs quotes there.
    let alias = match env.backend {
        Backend::Sqlite => "select 1 as \"isnull\"",
        Backend::Postgres => "select 1 as isnull",
    };
    let expected = match env.backend {
        Backend::Sqlite => "1 isnull\n0\n",
        Backend::Postgres => "?column?\nfalse\n",
    };
    assert_eq!(truth(&env, isnull, &[]), expected);
    let (out, _) = run(&env, isnull, &[]);
    assert_eq!(out, expected);
    let (out, events) = run(&env, alias, &[]);
    assert!(!has(&events, "hit"), "{events:?}");
    assert_eq!(out, "isnull\n1\n");
    // Variants: NOTNULL, and an expression before ISNULL.
    for sql in [
        "select 1 notnull",
        "select null isnull as x",
        "select id isnull from pets where id = 1",
        "select (id) notnull from pets where id = 1",
    ] {
        let (out, _) = run(&env, sql, &[]);
        assert_eq!(out, truth(&env, sql, &[]), "{sql}");
    }
}

#[test]
fn the_database_receives_the_text_as_written() {
    let env = TestEnv::seeded(2);
    let sql = "select   count(*)  /* a comment */ from PETS where id=1 -- the end";
    let out = env
        .cmd()
        .args(["--echo-sql", "--no-cache", "sql", sql])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    // --echo-sql prints each statement exactly as sent.
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with("sql ") && l.contains(sql)),
        "not sent as written:\n{stderr}"
    );
    // A final `;` may go, nothing else.
    let out = env
        .cmd()
        .args([
            "--echo-sql",
            "--no-cache",
            "sql",
            "SELECT id FROM pets WHERE id = 2 ;",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let sent: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("sql ") && l.contains("WHERE id = 2"))
        .collect();
    assert_eq!(sent.len(), 1, "{stderr}");
    assert!(!sent[0].contains(';'), "{stderr}");
}

#[test]
fn a_hit_prints_the_column_names_of_its_own_spelling() {
    let env = TestEnv::seeded(3);
    let spellings: &[(&str, &[&str])] = &[
        ("select p.id+1 from pets p where p.id = 1", &[]),
        ("select p.id + 1 from pets p where p.id = 1", &[]),
        ("SELECT p.id+1 FROM pets p WHERE p.id = 1", &[]),
        ("select (p.id+1) from pets p where p.id = 1", &[]),
        ("select count(*) from pets", &[]),
        ("select COUNT(*) from pets", &[]),
        ("select Count( * ) from pets", &[]),
        ("select * from (select id*2 from pets where id = 1) t", &[]),
        (
            "select * from (select id * 2 from pets where id = 1) as t",
            &[],
        ),
        (
            "with t as (select id*2 from pets where id = 1) select * from t",
            &[],
        ),
        ("select id from pets where id = 1", &[]),
        ("select ID from pets where id = 1", &[]),
        ("select name n from pets where id = 1", &[]),
        ("select name as N from pets where id = 1", &[]),
        ("select $1 from pets where id = 1", &["7"]),
        ("select ?1 from pets where id = 1", &["7"]),
        ("select ? from pets where id = 1", &["7"]),
    ];
    for _ in 0..2 {
        for (sql, params) in spellings {
            let (out, _) = run(&env, sql, params);
            assert_eq!(out, truth(&env, sql, params), "{sql}");
        }
    }
}

#[test]
fn numbered_parameters_bind_by_their_number() {
    let env = TestEnv::seeded(2);
    // The brief's example: the parser cannot read `5 isnull as c`, the database can.
    let out = env.ok(&[
        "--format",
        "csv",
        "sql",
        "select $2 as a, $1 as b, 5 isnull as c",
        "--param",
        "x",
        "--param",
        "y",
    ]);
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("a,b,c"));
    assert!(lines.next().unwrap().starts_with("y,x,"), "{out}");

    for (sql, params, expected) in [
        ("select $2 as a, $1 as b", &["x", "y"][..], "a,b\ny,x\n"),
        ("select $2 || $1 as v", &["x", "y"], "v\nyx\n"),
        (
            "select $1 as a, $1 as b, $2 as c",
            &["x", "y"],
            "a,b,c\nx,x,y\n",
        ),
        ("select ?2 as a, ?1 as b", &["x", "y"], "a,b\ny,x\n"),
        (
            "select $2 as a, $1 as b, 1 isnull as c",
            &["x", "y"],
            "a,b,c\ny,x,",
        ),
        (
            "select name as n from pets where id = $2 and $1 = $1",
            &["z", "1"],
            "n\n",
        ),
    ] {
        for _ in 0..2 {
            let (out, _) = run(&env, sql, params);
            assert!(out.starts_with(expected), "{sql}: {out}");
            assert_eq!(out, truth(&env, sql, params), "{sql}");
        }
    }
    // Two spellings of the same numbering share nothing wrong: $1/$2 swapped is another
    // statement.
    let (a, _) = run(&env, "select $1 as a, $2 as b", &["x", "y"]);
    let (b, events) = run(&env, "select $2 as a, $1 as b", &["x", "y"]);
    assert_ne!(a, b, "{events:?}");

    // Mixed styles: on PostgreSQL `?` next to `$n` is jsonb's operator (the database
    // refuses it here), on SQLite a usage error.
    match env.backend {
        Backend::Sqlite => {
            let err = env.fails(&["sql", "select ?, $1", "--param", "1"], 2);
            assert!(err.contains("not both"), "{err}");
        }
        Backend::Postgres => {
            env.fails(&["sql", "select ?, $1", "--param", "1"], 1);
            let err = env.fails(&["sql", "select ?, ?1", "--param", "1"], 2);
            assert!(err.contains("not both"), "{err}");
        }
    }
    let err = env.fails(&["sql", "select :x", "--param", "1"], 2);
    assert!(err.contains("named parameters"), "{err}");
    let err = env.fails(&["sql", "select $3 as a", "--param", "1"], 2);
    assert!(err.contains("3 placeholder(s)"), "{err}");
}

#[test]
fn operator_characters_split_otherwise_by_the_parser_are_not_trusted() {
    let env = TestEnv::seeded(2);
    if env.backend != Backend::Postgres {
        return;
    }
    // sqlparser reads `>=-` as one custom operator, PostgreSQL as `>=` and `-`.
    assert_never_cached(
        &env,
        "SELECT count(*) AS n FROM pets WHERE id>=-1",
        &[],
        ">=-",
    );
    // The reverse: sqlparser reads `!=` and `-`, PostgreSQL the operator `!=-` (an error
    // here, but a user-defined one would be found).
    let (_, events) = run(
        &env,
        "SELECT count(*) AS n FROM pets WHERE id > 0 OR 1 = 1",
        &[],
    );
    assert!(has(&events, "fill"), "{events:?}");
    let out = env
        .cmd()
        .args(["-v", "sql", "SELECT count(*) AS n FROM pets WHERE id!=-1"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("operator characters !=-"), "{stderr}");
    // Split alike: cached as usual.
    let (_, events) = run(&env, "SELECT count(*) AS n FROM pets WHERE id=-1", &[]);
    assert!(has(&events, "fill"), "{events:?}");
}
