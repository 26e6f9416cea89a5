//! Bad input: one `petdb:` line on stderr naming the problem, the documented exit code,
//! no panic, nothing on stdout, and the database unchanged.

use crate::common::{Backend, TestEnv};

/// (arguments, exit code, text the error must contain)
const CASES: &[(&[&str], i32, &str)] = &[
    (&["owners", "get", "0"], 2, "'0'"),
    (&["owners", "get", "-1"], 2, "'-1'"),
    (&["owners", "get", "abc"], 2, "'abc'"),
    (
        &["owners", "get", "99999999999999999999"],
        2,
        "'99999999999999999999'",
    ),
    (&["owners", "get", "424242"], 1, "owner 424242 not found"),
    (
        &["owners", "update", "424242", "--name", "X"],
        1,
        "owner 424242 not found",
    ),
    (&["owners", "delete", "424242"], 1, "owner 424242 not found"),
    (&["owners", "add", "--name", ""], 2, "--name"),
    (&["owners", "add"], 2, "--name"),
    (&["owners", "list", "--limit", "-5"], 2, "'-5'"),
    (&["owners", "list", "--sort", "phone"], 2, "'phone'"),
    (
        &[
            "pets",
            "add",
            "--owner",
            "424242",
            "--species",
            "Dog",
            "--name",
            "X",
        ],
        1,
        "owner 424242 not found",
    ),
    (
        &[
            "pets",
            "add",
            "--owner",
            "1",
            "--species",
            "Dragon",
            "--name",
            "X",
        ],
        1,
        "species 'Dragon' not found",
    ),
    (
        &[
            "pets",
            "add",
            "--owner",
            "1",
            "--species",
            "Dog",
            "--name",
            "X",
            "--birth-date",
            "2020-13-01",
        ],
        2,
        "'2020-13-01'",
    ),
    (
        &[
            "pets",
            "add",
            "--owner",
            "1",
            "--species",
            "Dog",
            "--name",
            "X",
            "--birth-date",
            "01/02/2020",
        ],
        2,
        "'01/02/2020'",
    ),
    (
        &["pets", "update", "1", "--species", "Dragon"],
        1,
        "species 'Dragon' not found",
    ),
    (
        &["species", "add", "--name", "Dog"],
        1,
        "species 'Dog' already exists",
    ),
    (&["species", "delete", "1"], 1, "is used by"),
    (&["species", "get", "0"], 2, "'0'"),
    (
        &[
            "procedures",
            "add",
            "--pet",
            "1",
            "--kind",
            "x",
            "--cost-cents",
            "-100",
        ],
        2,
        "'-100'",
    ),
    (
        &[
            "procedures",
            "add",
            "--pet",
            "1",
            "--kind",
            "x",
            "--cost-cents",
            "12.50",
        ],
        2,
        "'12.50'",
    ),
    (
        &[
            "procedures",
            "add",
            "--pet",
            "1",
            "--kind",
            "x",
            "--cost-cents",
            "99999999999",
        ],
        2,
        "'99999999999'",
    ),
    (
        &[
            "procedures",
            "add",
            "--pet",
            "424242",
            "--kind",
            "x",
            "--cost-cents",
            "1",
        ],
        1,
        "pet 424242 not found",
    ),
    (
        &["procedures", "list", "--until", "2024-02-30"],
        2,
        "'2024-02-30'",
    ),
    (
        &["report", "monthly-revenue", "--since", "last week"],
        2,
        "'last week'",
    ),
    (&["db", "seed", "--owners", "-3"], 2, "'-3'"),
    (&["db", "seed", "--pets-per-owner", "NaN"], 2, "'NaN'"),
    (&["db", "seed"], 1, "already has data"),
    (&["db", "reset"], 2, "--yes"),
    (&["owners", "lst"], 2, "'lst'"),
    (
        &["owners"],
        2,
        "`petdb owners` needs a subcommand: list, get, add, update, delete",
    ),
    (&[], 2, "`petdb` needs a subcommand: db, owners, pets"),
    (&["--format", "xml", "owners", "list"], 2, "'xml'"),
    (&["completions", "tcsh"], 2, "'tcsh'"),
];

#[test]
fn bad_input_gets_one_clear_line_the_right_code_and_changes_nothing() {
    let env = TestEnv::seeded(3);
    let before = env.snapshot();
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
    assert_eq!(env.snapshot(), before);
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
