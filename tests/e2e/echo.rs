//! `--echo-sql`: what was sent, with binds and time, and never a password.

use crate::common::{Backend, TestEnv, statements};

#[test]
fn echo_shows_statements_with_binds_and_times() {
    let env = TestEnv::seeded(3);
    let out = env
        .cmd()
        .args(["--echo-sql", "pets", "list", "--owner", "2", "--name", "x"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let select = statements(&stderr)
        .into_iter()
        .find(|l| l.contains("FROM pets"))
        .expect("the pets query");
    assert!(select.contains("binds: [2, \"%x%\"]"), "{select}");
    assert!(select.contains("ms"), "{select}");
    // Nothing of it reaches stdout.
    assert!(!String::from_utf8_lossy(&out.stdout).contains("SELECT"));
}

#[test]
fn echo_covers_writes_too() {
    let env = TestEnv::seeded(1);
    let out = env
        .cmd()
        .args(["--echo-sql", "owners", "add", "--name", "Echo"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        statements(&stderr)
            .iter()
            .any(|l| l.contains("INSERT INTO") && l.contains("\"Echo\"")),
        "{stderr}"
    );
}

#[test]
fn echo_never_shows_a_password() {
    let env = TestEnv::new();
    if env.backend != Backend::Postgres {
        // The password part needs a PostgreSQL URL: with trust auth, any password connects.
        let err = env.fails(
            &[
                "--echo-sql",
                "--database-url",
                "postgres://u:hunter2@127.0.0.1:1/db",
                "owners",
                "list",
            ],
            1,
        );
        assert!(!err.contains("hunter2"), "{err}");
        return;
    }
    let mut url = url::Url::parse(&env.url).unwrap();
    url.set_password(Some("hunter2")).unwrap();
    let out = env
        .cmd()
        .args([
            "--echo-sql",
            "--database-url",
            url.as_str(),
            "owners",
            "list",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("connect"), "{stderr}");
    assert!(!stderr.contains("hunter2"), "{stderr}");
}

/// What `--echo-sql` prints is exactly what was sent: whitespace in a literal included.
#[test]
fn echo_shows_a_statement_exactly_as_sent() {
    let env = TestEnv::seeded(1);
    let (out, stderr) = env.echo(&["--no-cache", "sql", "SELECT 'a  b   c' AS spaced"]);
    assert!(out.contains("a  b   c"), "{out}");
    assert!(stderr.contains("'a  b   c'"), "{stderr}");
}
