//! Bad input: one `petdb:` line on stderr naming the problem, the documented exit code,
//! no panic, nothing on stdout, and the database unchanged.

use crate::common::{Backend, TestEnv, tree_digest};

/// R4: (arguments, exit code, text the error must contain). Every command family, every
/// kind of bad value: ids, references, duplicates, dates, costs, numbers, sizes, long
/// strings, writes through `sql`, broken URLs and paths.
#[rustfmt::skip]
const CASES: &[(&[&str], i32, &str)] = &[
    // ids
    (&["owners", "get", "0"], 2, "'0'"),
    (&["owners", "get", "-1"], 2, "'-1'"),
    (&["owners", "get", "abc"], 2, "'abc'"),
    (&["owners", "get", "99999999999999999999"], 2, "'99999999999999999999'"),
    (&["owners", "get", "1.5"], 2, "'1.5'"),
    (&["owners", "get", "424242"], 1, "owner 424242 not found"),
    (&["owners", "get", "424242", "--with-pets"], 1, "owner 424242 not found"),
    (&["owners", "update", "424242", "--name", "X"], 1, "owner 424242 not found"),
    (&["owners", "delete", "424242"], 1, "owner 424242 not found"),
    (&["pets", "get", "424242"], 1, "pet 424242 not found"),
    (&["pets", "delete", "0"], 2, "'0'"),
    (&["species", "get", "0"], 2, "'0'"),
    (&["species", "delete", "424242"], 1, "species 424242 not found"),
    (&["procedures", "get", "-7"], 2, "'-7'"),
    (&["procedures", "delete", "424242"], 1, "procedure 424242 not found"),
    // required and empty values
    (&["owners", "add", "--name", ""], 2, "--name"),
    (&["owners", "add", "--name", "   "], 2, "--name"),
    (&["owners", "add"], 2, "--name"),
    (&["owners", "update", "1"], 2, "required"),
    (&["species", "update", "1", "--name", ""], 2, "--name"),
    // broken references and duplicates
    (&["pets", "add", "--owner", "424242", "--species", "Dog", "--name", "X"], 1, "owner 424242 not found"),
    (&["pets", "add", "--owner", "1", "--species", "Dragon", "--name", "X"], 1, "species 'Dragon' not found"),
    (&["pets", "update", "1", "--species", "Dragon"], 1, "species 'Dragon' not found"),
    (&["pets", "update", "1", "--owner", "424242"], 1, "owner 424242 not found"),
    (&["procedures", "add", "--pet", "424242", "--kind", "x", "--cost-cents", "1"], 1, "pet 424242 not found"),
    (&["species", "add", "--name", "Dog"], 1, "species 'Dog' already exists"),
    (&["species", "add", "--name", "dOG"], 1, "already exists"),
    (&["species", "update", "2", "--name", "dog"], 1, "already exists"),
    (&["species", "delete", "1"], 1, "is used by"),
    (&["owners", "delete", "1"], 1, "--cascade"),
    // dates
    (&["pets", "add", "--owner", "1", "--species", "Dog", "--name", "X", "--birth-date", "2020-13-01"], 2, "'2020-13-01'"),
    (&["pets", "add", "--owner", "1", "--species", "Dog", "--name", "X", "--birth-date", "01/02/2020"], 2, "'01/02/2020'"),
    (&["pets", "update", "1", "--birth-date", "31-12-2020"], 2, "'31-12-2020'"),
    (&["procedures", "list", "--until", "2024-02-30"], 2, "'2024-02-30'"),
    (&["procedures", "add", "--pet", "1", "--kind", "x", "--cost-cents", "1", "--date", "2024/01/01"], 2, "'2024/01/01'"),
    (&["report", "monthly-revenue", "--since", "last week"], 2, "'last week'"),
    // costs and numbers
    (&["procedures", "add", "--pet", "1", "--kind", "x", "--cost-cents", "-100"], 2, "'-100'"),
    (&["procedures", "add", "--pet", "1", "--kind", "x", "--cost-cents", "12.50"], 2, "'12.50'"),
    (&["procedures", "add", "--pet", "1", "--kind", "x", "--cost-cents", "99999999999"], 2, "'99999999999'"),
    (&["owners", "list", "--limit", "-5"], 2, "'-5'"),
    (&["owners", "list", "--offset", "many"], 2, "'many'"),
    (&["owners", "list", "--sort", "phone"], 2, "'phone'"),
    (&["db", "seed", "--owners", "-3"], 2, "'-3'"),
    (&["db", "seed", "--owners", "99999999999"], 2, "'99999999999'"),
    (&["db", "seed", "--pets-per-owner", "NaN"], 2, "'NaN'"),
    (&["db", "seed"], 1, "already has data"),
    (&["db", "reset"], 2, "--yes"),
    // cache flags and commands
    (&["owners", "list", "--ttl", "-1"], 2, "'-1'"),
    (&["owners", "list", "--consistency", "eventual"], 2, "'eventual'"),
    (&["owners", "list", "--cache-max-entries", "0"], 2, "'0'"),
    (&["owners", "list", "--cache-max-bytes", "lots"], 2, "'lots'"),
    (&["owners", "list", "--no-cache", "--refresh"], 2, "--refresh"),
    (&["cache", "invalidate"], 2, "required"),
    (&["cache", "invalidate", "--key", "zz"], 2, "'zz'"),
    (&["cache", "invalidate", "--table", "vets"], 2, "'vets'"),
    (&["owners", "list", "--cache-prefix", "a b"], 2, "'a b'"),
    // writes and worse through sql
    (&["sql", "DELETE FROM pets"], 2, "'DELETE'"),
    (&["sql", "UPDATE owners SET name = 'x'"], 2, "'UPDATE'"),
    (&["sql", "DROP TABLE owners"], 2, "'DROP'"),
    (&["sql", "SELECT 1; DROP TABLE owners"], 2, "one statement"),
    (&["sql", "WITH d AS (DELETE FROM pets RETURNING *) SELECT * FROM d"], 2, "'DELETE'"),
    (&["sql", "ATTACH DATABASE '/tmp/petdb-r4.db' AS x"], 2, "'ATTACH'"),
    (&["sql", "PRAGMA writable_schema = 1"], 2, "'PRAGMA'"),
    (&["sql", "SELECT * FROM pets WHERE id = ?"], 2, "placeholder"),
    (&["sql", "SELECT nope FROM pets"], 1, "nope"),
    (&["sql", "-f", "/nonexistent/petdb.sql"], 1, "cannot read /nonexistent/petdb.sql"),
    // usage
    (&["owners", "lst"], 2, "'lst'"),
    (&["owners"], 2, "`petdb owners` needs a subcommand: list, get, add, update, delete"),
    (&[], 2, "`petdb` needs a subcommand: db, owners, pets"),
    (&["--format", "xml", "owners", "list"], 2, "'xml'"),
    (&["--color", "rainbow", "owners", "list"], 2, "'rainbow'"),
    (&["completions", "tcsh"], 2, "'tcsh'"),
    (&["completions", "bash", "extra"], 2, "'extra'"),
    // databases that cannot be opened
    (&["--database-url", "mysql://localhost/x", "owners", "list"], 1, "unsupported database URL scheme 'mysql://'"),
    (&["--database-url", "sqlite://", "owners", "list"], 1, "is empty"),
    (&["--database-url", "postgres://[broken/x", "owners", "list"], 1, "invalid PostgreSQL URL"),
    (&["--database-url", "/nonexistent/dir/clinic.db", "owners", "list"], 1, "does not exist"),
];

#[test]
fn bad_input_gets_one_clear_line_the_right_code_and_changes_nothing() {
    assert!(CASES.len() >= 50, "R4 asks for at least 50 bad inputs");
    let env = TestEnv::seeded(3);
    env.ok(&["owners", "list"]); // a cache with something in it
    let (db_before, cache_before) = (env.snapshot(), tree_digest(&env.cache_dir()));
    for (args, code, needle) in CASES {
        let out = env.cmd().args(*args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*code), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?} printed to stdout");
        assert_eq!(
            stderr.lines().count(),
            1,
            "{args:?} needs one line: {stderr:?}"
        );
        assert!(stderr.starts_with("petdb: "), "{args:?}: {stderr}");
        assert!(
            stderr.contains(needle),
            "{args:?}: {stderr:?} lacks {needle:?}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
    assert_eq!(env.snapshot(), db_before, "the database changed");
    if matches!(env.cache, crate::common::CacheBackend::Disk) {
        assert_eq!(
            tree_digest(&env.cache_dir()),
            cache_before,
            "the cache changed"
        );
    }
    assert!(!std::path::Path::new("/tmp/petdb-r4.db").exists());
    eprintln!("R4: {} bad inputs", CASES.len());
}

/// Values that are not valid text: clap refuses them, naming the argument.
#[test]
fn non_utf8_and_huge_arguments_are_refused_cleanly() {
    use std::os::unix::ffi::OsStrExt;
    let env = TestEnv::seeded(2);
    let before = env.snapshot();
    let bad = std::ffi::OsStr::from_bytes(b"Bad\xff\xfeName");
    let out = env
        .cmd()
        .args(["owners", "add", "--name"])
        .arg(bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("UTF-8"), "{stderr}");
    let huge_id = "9".repeat(20_000);
    let err = env.fails(&["pets", "get", &huge_id], 2);
    assert_eq!(err.lines().count(), 1);
    let huge_format = "x".repeat(20_000);
    env.fails(&["--format", &huge_format, "pets", "list"], 2);
    let huge_sql = format!("DELETE FROM pets WHERE name = '{}'", "a".repeat(100_000));
    env.fails(&["sql", &huge_sql], 2);
    assert_eq!(env.snapshot(), before);
}

/// Injection strings in every text filter are data: they match nothing, change nothing.
#[test]
fn injection_strings_in_filters_are_only_data() {
    let env = TestEnv::seeded(5);
    let before = env.snapshot();
    let evil = [
        "' OR '1'='1",
        "'; DROP TABLE owners; --",
        "\" OR 1=1 --",
        "%' UNION SELECT * FROM owners --",
        "x'); DELETE FROM pets; --",
    ];
    for s in evil {
        for args in [
            vec!["owners", "list", "--name", s],
            vec!["pets", "list", "--species", s],
            vec!["pets", "list", "--name", s],
            vec!["procedures", "list", "--kind", s],
            vec!["species", "list", "--name", s],
            vec!["sql", "SELECT * FROM owners WHERE name = ?", "--param", s],
        ] {
            let mut all = args.clone();
            all.extend(["--format", "json"]);
            assert_eq!(env.ok(&all), "[]\n", "{args:?}");
        }
    }
    // And as stored values they come back exactly as written.
    let id = env.ok(&["-q", "owners", "add", "--name", evil[1]]);
    let row = env.json(&["owners", "get", id.trim()]);
    assert_eq!(row[0]["name"], evil[1]);
    assert_eq!(env.raw_i64("SELECT COUNT(*) FROM owners"), 6);
    let _ = before;
}

#[test]
fn unreachable_databases_fail_fast_and_clearly() {
    let env = TestEnv::new();
    let started = std::time::Instant::now();
    let err = env.fails(
        &[
            "--database-url",
            "postgres://petdb:hunter2@127.0.0.1:1/clinic",
            "owners",
            "list",
        ],
        1,
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(6));
    assert!(
        err.starts_with(
            "petdb: cannot connect to PostgreSQL at postgres://petdb:***@127.0.0.1:1/clinic"
        ),
        "{err}"
    );
    assert!(!err.contains("hunter2"), "the password leaked: {err}");
    assert_eq!(err.lines().count(), 1, "{err}");

    let missing = env.path("no/such/dir/clinic.db");
    let err = env.fails(
        &[
            "--database-url",
            missing.to_str().unwrap(),
            "owners",
            "list",
        ],
        1,
    );
    assert!(err.contains("does not exist"), "{err}");
    assert!(
        !missing.parent().unwrap().exists(),
        "petdb must not create a directory it was not asked to"
    );

    let err = env.fails(
        &["--database-url", "mysql://localhost/x", "owners", "list"],
        1,
    );
    assert!(
        err.contains("unsupported database URL scheme 'mysql://'"),
        "{err}"
    );
}

#[test]
fn a_corrupt_sqlite_file_is_an_error_not_a_panic() {
    let env = TestEnv::new();
    let file = env.path("corrupt.db");
    std::fs::write(&file, b"this is not a database, just some bytes that go on for a while....................................................................................................").unwrap();
    let before = std::fs::read(&file).unwrap();
    let err = env.fails(
        &["--database-url", file.to_str().unwrap(), "owners", "list"],
        1,
    );
    assert!(err.contains("not a database"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn a_database_error_is_folded_onto_one_line() {
    let env = TestEnv::seeded(1);
    // A trigger that fails a write, so the database's own (multi-line on PostgreSQL) error
    // is what petdb must print.
    match env.backend {
        Backend::Sqlite => env.raw_execute(
            "CREATE TRIGGER no_owners BEFORE INSERT ON owners BEGIN SELECT RAISE(ABORT, 'owners are closed'); END",
        ),
        Backend::Postgres => {
            env.raw_execute(
                "CREATE FUNCTION no_owners() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'owners are closed' USING DETAIL = 'second line', HINT = 'third line'; END $$",
            );
            env.raw_execute("CREATE TRIGGER no_owners BEFORE INSERT ON owners FOR EACH ROW EXECUTE FUNCTION no_owners()");
        }
    }
    let err = env.fails(&["owners", "add", "--name", "X"], 1);
    assert_eq!(err.lines().count(), 1, "{err:?}");
    assert!(err.contains("owners are closed"), "{err}");
}
