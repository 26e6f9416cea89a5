//! `petdb sql`: ad-hoc reads — input, types, parameters, read-only enforcement,
//! normalization, invalidation through joins and views, and errors.

use crate::common::{Backend, TestEnv, cache_events, data_statements, has_event};

#[test]
fn the_statement_comes_from_an_argument_a_file_or_stdin() {
    let env = TestEnv::seeded(3);
    let sql = "SELECT name FROM species WHERE id = 2";
    let from_arg = env.ok(&["sql", sql, "--format", "csv"]);
    assert_eq!(from_arg, "name\nCat\n");

    let file = env.path("q.sql");
    std::fs::write(&file, format!("-- the cat\n{sql};\n")).unwrap();
    assert_eq!(
        env.ok(&["sql", "-f", file.to_str().unwrap(), "--format", "csv"]),
        from_arg
    );

    let out = env
        .cmd()
        .args(["sql", "-f", "-", "--format", "csv"])
        .write_stdin(sql)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), from_arg);

    let err = env.fails(&["sql", "-f", env.path("missing.sql").to_str().unwrap()], 1);
    assert!(
        err.contains("cannot read") && err.contains("missing.sql"),
        "{err}"
    );
    env.fails(&["sql"], 2);
    env.fails(&["sql", sql, "-f", file.to_str().unwrap()], 2);
}

#[test]
fn any_columns_and_types_render_in_every_format() {
    let env = TestEnv::seeded(2);
    let sql = match env.backend {
        Backend::Sqlite => {
            "SELECT 42 AS i, 2.5 AS r, 'Rex' AS t, NULL AS n, 1 = 1 AS b, DATE('2024-02-29') AS d, 'a,\"b\"' AS q"
        }
        Backend::Postgres => {
            "SELECT 42 AS i, 2.5::float8 AS r, 'Rex' AS t, NULL AS n, 1 = 1 AS b, DATE '2024-02-29' AS d, 'a,\"b\"' AS q"
        }
    };
    let json = env.json(&["sql", sql]);
    let row = &json[0];
    assert_eq!(row["i"], 42);
    assert_eq!(row["r"], 2.5);
    assert_eq!(row["t"], "Rex");
    assert!(row["n"].is_null());
    match env.backend {
        Backend::Sqlite => assert_eq!(row["b"], 1, "SQLite has no booleans"),
        Backend::Postgres => assert_eq!(row["b"], true),
    }
    assert_eq!(row["d"], "2024-02-29");
    let csv = env.ok(&["sql", sql, "--format", "csv"]);
    assert!(csv.starts_with("i,r,t,n,b,d,q\n42,2.5,Rex,,"), "{csv}");
    assert!(
        csv.trim_end().ends_with(",2024-02-29,\"a,\"\"b\"\"\""),
        "{csv}"
    );
    let tsv = env.ok(&["sql", sql, "--format", "tsv", "--no-header"]);
    assert_eq!(tsv.split('\t').count(), 7);
    let table = env.ok(&["sql", sql]);
    assert!(table.contains("Rex") && table.contains("2024-02-29"));
}

#[test]
fn numeric_timestamps_and_intervals_on_postgres() {
    let env = TestEnv::seeded(1);
    if env.backend != Backend::Postgres {
        return; // these types exist only there
    }
    let sql = "SELECT 12.50::numeric(6,2) AS price, TIMESTAMP '2024-01-02 03:04:05' AS at, INTERVAL '1 day 02:00:00' AS took, '{\"a\": 1}'::jsonb AS doc";
    let json = env.ok(&["sql", sql, "--format", "json"]);
    assert!(
        json.contains("\"price\":12.50,"),
        "numeric keeps its scale: {json}"
    );
    let row = &serde_json::from_str::<serde_json::Value>(&json).unwrap()[0];
    assert_eq!(row["at"], "2024-01-02 03:04:05");
    assert_eq!(row["took"], "1 day 02:00:00");
    assert_eq!(row["doc"], "{\"a\": 1}");
    let csv = env.ok(&["sql", "SELECT ARRAY[1, 2] AS a", "--format", "csv"]);
    assert_eq!(csv, "a\n\"{1,2}\"\n");
    let err = env.fails(&["sql", "SELECT 12.5::money AS m"], 1);
    assert!(err.contains("money") && err.contains("cast it"), "{err}");
}

#[test]
fn empty_results_still_name_their_columns() {
    let env = TestEnv::seeded(2);
    let csv = env.ok(&[
        "sql",
        "SELECT id, name AS pet FROM pets WHERE id < 0",
        "--format",
        "csv",
    ]);
    assert_eq!(csv, "id,pet\n");
    assert_eq!(
        env.ok(&[
            "sql",
            "SELECT * FROM species WHERE id < 0",
            "--format",
            "json"
        ]),
        "[]\n"
    );
    let (csv, _) = env.echo(&[
        "sql",
        "SELECT * FROM species WHERE id < 0",
        "--format",
        "csv",
    ]);
    assert_eq!(csv, "id,name,description\n", "from the cache too");
}

#[test]
fn parameters_bind_typed_values_in_order() {
    let env = TestEnv::seeded(5);
    let name = env.raw_rows("SELECT name FROM pets WHERE id = 3").rows[0][0].clone();
    let crate_name = match &name {
        petdb::rows::Value::Text(s) => s.clone(),
        other => panic!("{other:?}"),
    };
    let by_q = env.json(&[
        "sql",
        "SELECT id FROM pets WHERE id = ? AND name = ?",
        "--param",
        "3",
        "--param",
        &crate_name,
    ]);
    assert_eq!(by_q[0]["id"], 3);
    let by_dollar = env.json(&[
        "sql",
        "SELECT id FROM pets WHERE name = $2 AND id = $1",
        "--param",
        "3",
        "--param",
        &crate_name,
    ]);
    assert_eq!(by_dollar, by_q);

    // A value is never spliced into the SQL.
    let injection = env.json(&[
        "sql",
        "SELECT id FROM pets WHERE name = ?",
        "--param",
        "x' OR '1'='1",
    ]);
    assert_eq!(injection, serde_json::json!([]));

    // Types: text:3 is text, 3 an integer, 2.5 a real; NULL comes from --param-null.
    let typed = env.json(&[
        "sql",
        "SELECT ? IS NULL AS a, ? AS b, ? AS c, ? AS d",
        "--param-null",
        "--param",
        "text:3",
        "--param",
        "3",
        "--param",
        "2.5",
    ]);
    let truth = if env.backend == Backend::Postgres {
        serde_json::json!(true)
    } else {
        serde_json::json!(1)
    };
    assert_eq!(typed[0]["a"], truth);
    assert_eq!(typed[0]["b"], "3");
    assert_eq!(typed[0]["c"], 3);
    assert_eq!(typed[0]["d"], 2.5);

    // Integer 1 and text '1' are different cache keys.
    env.ok(&["sql", "SELECT ? AS v", "--param", "1"]);
    let (out, stderr) = env.echo(&[
        "sql",
        "SELECT ? AS v",
        "--param",
        "text:1",
        "--format",
        "json",
    ]);
    assert!(has_event(&stderr, "miss"), "{stderr}");
    assert_eq!(out, "[\n  {\"v\":\"1\"}\n]\n");
}

#[test]
fn a_wrong_number_of_parameters_is_a_usage_error() {
    let env = TestEnv::seeded(1);
    let err = env.fails(&["sql", "SELECT * FROM pets WHERE id = ?"], 2);
    assert!(err.contains("1 placeholder(s) but 0 values"), "{err}");
    env.fails(
        &[
            "sql",
            "SELECT * FROM pets WHERE id = ?",
            "--param",
            "1",
            "--param",
            "2",
        ],
        2,
    );
    env.fails(&["sql", "SELECT 1", "--param-null"], 2);
    let err = env.fails(&["sql", "SELECT :name"], 2);
    assert!(err.contains("named parameters"), "{err}");
    env.fails(&["sql", "SELECT ?", "--param", "int:seven"], 2);
}

#[test]
fn only_reads_run_and_nothing_changes() {
    let env = TestEnv::seeded(3);
    let before = env.snapshot();
    let attempts: &[&str] = &[
        "INSERT INTO species (name) VALUES ('Dragon')",
        "UPDATE pets SET name = 'x'",
        "DELETE FROM procedures",
        "DROP TABLE pets",
        "SELECT 1; DELETE FROM pets",
        "SELECT 1; SELECT 2",
        "WITH d AS (DELETE FROM pets RETURNING id) SELECT * FROM d",
        "ATTACH DATABASE 'other.db' AS other",
        "COPY pets TO '/tmp/petdb-copy'",
        "PRAGMA foreign_keys = OFF",
        "PRAGMA query_only = 0",
        "SELECT * INTO pets_copy FROM pets",
        "SELECT * FROM pets FOR UPDATE",
        "EXPLAIN ANALYZE DELETE FROM pets",
        "CREATE TABLE x (id int)",
        "VACUUM",
        "BEGIN",
        "",
    ];
    for sql in attempts {
        let out = env.cmd().args(["sql", sql]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{sql:?} was not refused: {stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "{sql:?}: {stderr}");
        assert!(stderr.starts_with("petdb: "), "{stderr}");
        assert!(out.stdout.is_empty());
    }
    assert_eq!(env.snapshot(), before);
    assert!(!env.path("other.db").exists());
}

#[test]
fn the_connection_itself_is_read_only() {
    let env = TestEnv::seeded(2);
    let before = env.snapshot();
    match env.backend {
        Backend::Postgres => {
            // A write hidden in a function: refused before anything is sent (only
            // functions known to be free of side effects run)…
            env.raw_execute("CREATE FUNCTION wipe() RETURNS bigint LANGUAGE sql AS 'DELETE FROM procedures RETURNING 1'");
            let err = env.fails(&["sql", "SELECT wipe()"], 2);
            assert!(err.contains("wipe()"), "{err}");
            let err = env.fails(
                &[
                    "sql",
                    "SELECT nextval(pg_get_serial_sequence('owners', 'id'))",
                ],
                2,
            );
            assert!(err.contains("nextval()"), "{err}");
            // …and what runs, runs in a read-only transaction.
            let (_, stderr) = env.echo(&["sql", "SELECT count(*) FROM pets"]);
            assert!(stderr.contains("TRANSACTION READ ONLY"), "{stderr}");
        }
        Backend::Sqlite => {
            let (_, stderr) = env.echo(&["sql", "SELECT count(*) FROM pets"]);
            assert!(stderr.contains("PRAGMA query_only = ON"), "{stderr}");
        }
    }
    assert_eq!(env.snapshot(), before);
}

#[test]
fn two_spellings_of_one_query_share_an_entry() {
    let env = TestEnv::seeded(5);
    let name = match &env.raw_rows("SELECT name FROM pets WHERE id = 1").rows[0][0] {
        petdb::rows::Value::Text(s) => s.clone(),
        other => panic!("{other:?}"),
    };
    let a = format!("select * FROM pets where name='{name}'");
    let b = format!("SELECT *\n  from pets WHERE name = '{name}' -- same query");
    let c = format!("select * FROM pets where name='{}'", name.to_lowercase());
    let (first, stderr) = env.echo(&["sql", &a, "--format", "json"]);
    assert!(has_event(&stderr, "miss"));
    let (second, stderr) = env.echo(&["sql", &b, "--format", "json"]);
    assert!(has_event(&stderr, "hit"), "{stderr}");
    assert!(data_statements(&stderr).is_empty());
    assert_eq!(first, second);
    let (_, stderr) = env.echo(&["sql", &c]);
    assert!(
        has_event(&stderr, "miss"),
        "a different literal is a different query: {stderr}"
    );
    assert_eq!(env.json(&["cache", "list"]).as_array().unwrap().len(), 2);
}

#[test]
fn a_raw_write_to_owners_makes_a_cached_join_stale() {
    let env = TestEnv::seeded(5);
    let sql = "SELECT p.name AS pet, o.name AS owner FROM pets p JOIN owners o ON o.id = p.owner_id WHERE p.id = 1";
    let (_, stderr) = env.echo(&["sql", sql]);
    assert!(
        cache_events(&stderr)
            .iter()
            .any(|e| e.starts_with("miss") && e.contains("(owners, pets)")),
        "{stderr}"
    );
    env.raw_execute("UPDATE owners SET name = 'Renamed Elsewhere'");
    let (out, stderr) = env.echo(&["sql", sql, "--format", "csv"]);
    assert!(
        cache_events(&stderr)
            .iter()
            .any(|e| e.starts_with("stale") && e.contains("owners v")),
        "{stderr}"
    );
    assert!(out.contains("Renamed Elsewhere"), "{out}");
}

#[test]
fn subqueries_ctes_and_views_are_tracked_to_their_tables() {
    let env = TestEnv::seeded(5);
    let sql = "WITH big AS (SELECT pet_id FROM procedures WHERE cost_cents > 100000) \
               SELECT count(*) AS n FROM pets WHERE id IN (SELECT pet_id FROM big) AND species_id IN (SELECT id FROM species)";
    let (_, stderr) = env.echo(&["sql", sql]);
    assert!(
        cache_events(&stderr).iter().any(|e| e.starts_with("fill")),
        "{stderr}"
    );
    let listed = env.json(&["cache", "list"]);
    assert_eq!(listed[0]["tables"], "pets,procedures,species");

    env.raw_execute("CREATE VIEW big_spenders AS SELECT o.id, o.name, sum(x.cost_cents) AS total FROM owners o JOIN pets p ON p.owner_id = o.id JOIN procedures x ON x.pet_id = p.id GROUP BY o.id, o.name");
    let view = "SELECT * FROM big_spenders ORDER BY total DESC LIMIT 3";
    let (_, stderr) = env.echo(&["sql", view]);
    assert!(
        cache_events(&stderr)
            .iter()
            .any(|e| e.starts_with("miss") && e.contains("(owners, pets, procedures)")),
        "{stderr}"
    );
    let (_, stderr) = env.echo(&["sql", view]);
    assert!(has_event(&stderr, "hit"), "{stderr}");
    env.raw_execute("DELETE FROM procedures WHERE id = 1");
    let (_, stderr) = env.echo(&["sql", view]);
    assert!(
        cache_events(&stderr)
            .iter()
            .any(|e| e.starts_with("stale") && e.contains("procedures v")),
        "{stderr}"
    );

    // A table petdb does not track is read, but never cached.
    env.raw_execute("CREATE TABLE vets (id INTEGER PRIMARY KEY, name TEXT)");
    let (_, stderr) = env.echo(&["sql", "SELECT * FROM vets"]);
    assert!(
        cache_events(&stderr)
            .iter()
            .any(|e| e.starts_with("skip") && e.contains("reads vets")),
        "{stderr}"
    );
}

#[test]
fn random_and_the_clock_are_never_cached() {
    let env = TestEnv::seeded(2);
    for sql in [
        "SELECT random() AS r",
        "SELECT CURRENT_TIMESTAMP AS now",
        "SELECT count(*) FROM procedures WHERE performed_at > DATE('now')",
    ] {
        for _ in 0..2 {
            let (_, stderr) = env.echo(&["sql", sql]);
            assert!(
                cache_events(&stderr)
                    .iter()
                    .any(|e| e.starts_with("skip") && e.contains("from one run to the next")),
                "{sql}: {stderr}"
            );
            assert!(
                !has_event(&stderr, "hit") && !has_event(&stderr, "fill"),
                "{sql}: {stderr}"
            );
        }
    }
    let a = env.ok(&["sql", "SELECT random() AS r"]);
    let b = env.ok(&["sql", "SELECT random() AS r"]);
    assert_ne!(a, b, "two runs of random() gave one answer");
    assert_eq!(env.json(&["cache", "list"]), serde_json::json!([]));
}

#[test]
fn database_errors_come_back_on_one_line_and_nothing_is_cached() {
    let env = TestEnv::seeded(2);
    // The database's own words: SQLite says "incomplete input" where PostgreSQL says
    // "syntax error at end of input".
    for (sql, needles) in [
        ("SELECT nope FROM pets", &["nope"][..]),
        ("SELECT * FORM pets", &["syntax"]),
        ("SELECT * FROM pets WHERE", &["syntax", "incomplete input"]),
        ("SELECT * FROM no_such_table", &["no_such_table"]),
    ] {
        let err = env.fails(&["sql", sql], 1);
        assert_eq!(err.lines().count(), 1, "{sql}: {err}");
        assert!(
            needles.iter().any(|n| err.to_lowercase().contains(n)),
            "{sql}: {err}"
        );
    }
    assert_eq!(env.json(&["cache", "list"]), serde_json::json!([]));
}

/// A READ ONLY transaction does not stop functions whose effects are outside it: petdb
/// refuses every call it does not know to be free of side effects before anything is
/// sent — large objects, server files, replication slots, the WAL, configuration,
/// statistics, other sessions, locks that outlive the statement, notifications, dblink.
#[test]
fn functions_with_effects_outside_the_transaction_never_run_on_postgres() {
    let env = TestEnv::seeded(2);
    if env.backend != Backend::Postgres {
        return;
    }
    let file = format!("/tmp/petdb-lo-export-{}", std::process::id());
    let _ = std::fs::remove_file(&file);
    let outside = || {
        let count = |sql: &str| env.raw_i64(sql);
        (
            count("SELECT count(*) FROM pg_largeobject_metadata"),
            count("SELECT count(*) FROM pg_replication_slots"),
            // This database's only: other tests migrate theirs under an advisory lock.
            count(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = \
                 (SELECT oid FROM pg_database WHERE datname = current_database())",
            ),
        )
    };
    env.raw_execute("SELECT lo_from_bytea(4242, 'precious')");
    let before = (env.snapshot(), outside());
    let calls = [
        ("lo_import", "SELECT lo_import('/etc/hostname')"),
        ("lo_create", "SELECT lo_create(0)"),
        ("lo_from_bytea", "SELECT lo_from_bytea(0, 'x')"),
        ("lo_unlink", "SELECT lo_unlink(4242)"),
        ("lo_export", &format!("SELECT lo_export(4242, '{file}')")),
        (
            "pg_create_physical_replication_slot",
            "SELECT * FROM pg_create_physical_replication_slot('petdb_test_slot')",
        ),
        ("pg_switch_wal", "SELECT pg_switch_wal()"),
        ("pg_reload_conf", "SELECT pg_reload_conf()"),
        ("pg_stat_reset", "SELECT pg_stat_reset()"),
        ("pg_rotate_logfile", "SELECT pg_rotate_logfile()"),
        (
            "pg_terminate_backend",
            "SELECT pg_terminate_backend(pg_backend_pid())",
        ),
        ("pg_cancel_backend", "SELECT pg_cancel_backend(1)"),
        ("pg_advisory_lock", "SELECT pg_advisory_lock(42)"),
        ("pg_notify", "SELECT pg_notify('chan', 'hello')"),
        (
            "dblink",
            "SELECT * FROM dblink('dbname=test', 'DELETE FROM x') AS t(a int)",
        ),
        (
            "dblink_exec",
            "SELECT dblink_exec('dbname=test', 'DROP TABLE x')",
        ),
        // Hidden: in a CTE, a subquery, an ORDER BY, qualified, quoted, upper case.
        (
            "lo_unlink",
            "WITH x AS (SELECT lo_unlink(4242) AS u) SELECT count(*) FROM x",
        ),
        ("lo_unlink", "SELECT (SELECT LO_UNLINK(4242)) AS u"),
        (
            "lo_unlink",
            "SELECT 1 AS one ORDER BY pg_catalog.lo_unlink(4242)",
        ),
        ("lo_unlink", "SELECT \"lo_unlink\"(4242)"),
        // And in text petdb's parser cannot read (refused by its tokens).
        (
            "lo_unlink",
            "SELECT lo_unlink(4242) FROM pets TABLESAMPLE SYSTEM (50) REPEATABLE (0) WINDOW",
        ),
    ];
    for (name, sql) in calls {
        let err = env.fails(&["sql", sql], 2);
        assert!(err.contains(&format!("{name}()")), "{sql}: {err}");
    }
    assert_eq!((env.snapshot(), outside()), before, "something changed");
    assert!(
        !std::path::Path::new(&file).exists(),
        "a server file was written"
    );
}

/// What an editor or a shell adds does not get in the way: a byte order mark at the start
/// of a file, SQL that starts with a `--` comment (after `--`, nothing is a flag), and a
/// statement piped on stdin without `-f -`.
#[test]
fn a_bom_a_leading_comment_and_a_pipe_all_work() {
    let env = TestEnv::seeded(3);
    let expected = env.ok(&["--format", "csv", "sql", "SELECT count(*) AS n FROM owners"]);
    let file = env.path("bom.sql");
    std::fs::write(&file, "\u{feff}SELECT count(*) AS n FROM owners;\n").unwrap();
    assert_eq!(
        env.ok(&["--format", "csv", "sql", "-f", file.to_str().unwrap()]),
        expected
    );
    let commented = "-- how many owners\nSELECT count(*) AS n FROM owners";
    assert_eq!(
        env.ok(&["--format", "csv", "sql", "--", commented]),
        expected
    );
    let out = env
        .cmd()
        .args(["--format", "csv", "sql"])
        .write_stdin("SELECT count(*) AS n FROM owners")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
}
