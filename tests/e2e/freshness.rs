//! `--max-stale`: when the database cannot be reached, a read is answered from an entry
//! younger than the given age, with one warning naming its age and the error; without the
//! flag, with an older entry, or on any other error, the command fails as it would.

use std::time::{Duration, Instant};

use crate::common::{Backend, Forwarder, TestEnv, has_event};

const SUMMARY: &[&str] = &[
    "--format",
    "csv",
    "report",
    "owners-summary",
    "--limit",
    "5",
];

/// A database the test can make unreachable: PostgreSQL behind a forwarder the test
/// closes, or SQLite in a directory the test moves away. Returns the URL petdb must use,
/// and the switch.
fn reachable_until_cut(env: &TestEnv) -> (String, Box<dyn Fn() + '_>) {
    match env.backend {
        Backend::Postgres => {
            let mut url = url::Url::parse(&env.url).unwrap();
            let forwarder = Forwarder::to(url.port().unwrap_or(5432));
            url.set_port(Some(forwarder.port)).unwrap();
            (url.to_string(), Box::new(move || forwarder.close()))
        }
        Backend::Sqlite => {
            let dir = env.path("volume");
            std::fs::create_dir_all(&dir).unwrap();
            let db = dir.join("clinic.sqlite3");
            std::fs::copy(&env.url, &db).unwrap();
            let away = env.path("volume-unmounted");
            (
                db.display().to_string(),
                Box::new(move || std::fs::rename(&dir, &away).unwrap()),
            )
        }
    }
}

fn run(env: &TestEnv, url: &str, args: &[&str]) -> std::process::Output {
    env.cmd()
        .env("DATABASE_URL", url)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn an_unreachable_database_is_answered_from_a_young_enough_entry() {
    let env = TestEnv::seeded(10);
    if env.backend == Backend::Sqlite {
        env.raw_execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    let (url, cut) = reachable_until_cut(&env);
    let filled = run(&env, &url, SUMMARY);
    assert!(filled.status.success());
    cut();

    // Without the flag: the error, as ever.
    let plain = run(&env, &url, SUMMARY);
    assert_eq!(plain.status.code(), Some(1));
    assert!(plain.stdout.is_empty());

    // With it: the cached answer, one warning naming the age and the error, in time.
    let started = Instant::now();
    let out = run(
        &env,
        &url,
        &[&["-v", "--max-stale", "1h"][..], SUMMARY].concat(),
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "within the connect timeout"
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.stdout, filled.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let warnings: Vec<&str> = stderr.lines().filter(|l| l.contains("warning")).collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(
        warnings[0].contains("cannot be reached") && warnings[0].contains(" ago"),
        "{stderr}"
    );
    assert!(has_event(&stderr, "stale-served"), "{stderr}");
    // PETDB_MAX_STALE works the same, and counts.
    let out = env
        .cmd()
        .env("DATABASE_URL", &url)
        .env("PETDB_MAX_STALE", "30m")
        .args(SUMMARY)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stats = run(&env, &url, &["--format", "json", "cache", "stats"]);
    let stats: serde_json::Value = serde_json::from_slice(&stats.stdout).unwrap();
    assert_eq!(stats["served_stale"], 2, "{stats}");

    // An entry older than the flag allows: the error.
    std::thread::sleep(Duration::from_millis(1100));
    let old = run(&env, &url, &[&["--max-stale", "1s"][..], SUMMARY].concat());
    assert_eq!(old.status.code(), Some(1));
    // And a read that was never cached: the error.
    let never = run(&env, &url, &["--max-stale", "1h", "species", "list"]);
    assert_eq!(never.status.code(), Some(1));
}

#[test]
fn under_ttl_an_expired_entry_is_served_while_the_database_is_away() {
    let env = TestEnv::seeded(10);
    if env.backend == Backend::Sqlite {
        env.raw_execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    let (url, cut) = reachable_until_cut(&env);
    // (The filler's --max-stale keeps a Redis entry past its TTL for that long.)
    let short = [
        &["--ttl", "1", "--consistency", "ttl", "--max-stale", "1h"][..],
        SUMMARY,
    ]
    .concat();
    let filled = run(&env, &url, &short);
    assert!(filled.status.success());
    std::thread::sleep(Duration::from_millis(1100));
    cut();
    let out = run(&env, &url, &short);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.stdout, filled.stdout);
}

/// Only the database being unreachable is papered over: a missing table is an error with
/// or without the flag, and an answer the database gives is never replaced.
#[test]
fn other_errors_are_never_papered_over() {
    let env = TestEnv::seeded(3);
    let sql = ["--format", "csv", "sql", "SELECT count(*) AS n FROM owners"];
    env.ok(&sql);
    let err = env.fails(&["--max-stale", "1h", "sql", "SELECT * FROM ownerz"], 1);
    assert!(err.contains("ownerz"), "{err}");
    let bad = env.fails(&["--max-stale", "1d", "--ttl", "abc", "owners", "list"], 2);
    assert!(bad.contains("--ttl"), "{bad}");
    let bad = env.fails(&["--max-stale", "soon", "owners", "list"], 2);
    assert!(bad.contains("soon"), "{bad}");
    // The database reachable: the flag changes nothing.
    env.ok(&["owners", "add", "--name", "New"]);
    let (out, stderr) = env.echo(&[&["--max-stale", "1h"][..], &sql[..]].concat());
    assert!(!has_event(&stderr, "stale-served"), "{stderr}");
    assert_eq!(out, env.ok(&[&["--no-cache"][..], &sql[..]].concat()));
}

/// An environment variable and its value.
type Var<'a> = (&'a str, &'a str);

/// `--ttl` and `--max-stale` at their extremes, as flags and as environment variables: the
/// answer is filled, served and served stale as at any other setting — nothing overflows
/// (issue: "overflow when adding durations", exit 101). A duration past the largest one is
/// a usage error naming it.
#[test]
fn durations_at_their_extremes_do_not_overflow() {
    let env = TestEnv::seeded(3);
    if env.backend == Backend::Sqlite {
        env.raw_execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    let (url, cut) = reachable_until_cut(&env);
    let max_ttl = u64::MAX.to_string();
    let sql = ["--format", "csv", "sql", "SELECT count(*) AS n FROM owners"];
    let get = ["--format", "csv", "owners", "get", "1"];
    let truth = |args: &[&str]| {
        let out = run(&env, &url, &[&["--no-cache"][..], args].concat());
        assert!(out.status.success());
        out.stdout
    };
    let (sql_truth, get_truth) = (truth(&sql), truth(&get));
    let cases: [(&[Var], Vec<&str>); 5] = [
        (&[], vec!["--ttl", &max_ttl, "--max-stale", "1s"]),
        (&[], vec!["--max-stale", "5124095576030431h"]),
        (&[("PETDB_MAX_STALE", "1s")], vec!["--ttl", &max_ttl]),
        (
            &[
                ("PETDB_TTL", &max_ttl),
                ("PETDB_MAX_STALE", "5124095576030431h"),
            ],
            vec![],
        ),
        (
            &[],
            vec!["--ttl", &max_ttl, "--max-stale", "18446744073709551615s"],
        ),
    ];
    let with = |envs: &[(&str, &str)], flags: &[&str], args: &[&str]| {
        let out = env
            .cmd()
            .env("DATABASE_URL", &url)
            .envs(envs.iter().copied())
            .args([flags, args].concat())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(0), "{envs:?} {flags:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        (out.stdout, stderr)
    };
    for (envs, flags) in &cases {
        for _ in 0..2 {
            assert_eq!(with(envs, flags, &sql).0, sql_truth, "{envs:?} {flags:?}");
            assert_eq!(with(envs, flags, &get).0, get_truth, "{envs:?} {flags:?}");
        }
    }
    cut();
    for (envs, flags) in &cases {
        let (out, stderr) = with(envs, flags, &sql);
        assert_eq!(out, sql_truth, "{envs:?} {flags:?}");
        assert!(stderr.contains("cannot be reached"), "{stderr}");
    }
    for (var, flag, value) in [
        ("PETDB_MAX_STALE", "--max-stale", "18446744073709551616s"),
        ("PETDB_TTL", "--ttl", "18446744073709551616"),
    ] {
        let bad = env.fails(&[flag, value, "owners", "list"], 2);
        assert!(bad.contains(value) && !bad.contains("panicked"), "{bad}");
        let out = env
            .cmd()
            .env(var, value)
            .args(["owners", "list"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let bad = String::from_utf8_lossy(&out.stderr);
        assert!(bad.contains(value) && !bad.contains("panicked"), "{bad}");
    }
}
