//! `petdb db …`: creation, migrations, status, seeding, reset, and the version triggers.

use crate::common::{Backend, TestEnv};

#[test]
fn init_creates_and_migrates_then_status_shows_it() {
    let env = TestEnv::new();
    let out = env.ok(&["db", "init"]);
    assert!(out.contains("database ready"), "{out}");
    let status = env.json(&["db", "status"]);
    let migrations = status["migrations"].as_array().unwrap();
    assert!(!migrations.is_empty());
    assert!(migrations.iter().all(|m| m["applied"] == true));
    let tables: Vec<&str> = status["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["table"].as_str().unwrap())
        .collect();
    assert_eq!(tables, ["species", "owners", "pets", "procedures"]);
    assert!(
        status["tables"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["rows"] == 0)
    );
}

#[test]
fn migrate_runs_once_then_reports_nothing_pending() {
    let env = TestEnv::new();
    let first = env.ok(&["db", "migrate"]);
    assert!(first.contains("ran migration"), "{first}");
    let second = env.ok(&["db", "migrate"]);
    assert_eq!(second.trim(), "no pending migrations");
}

#[test]
fn status_before_any_migration_lists_them_pending() {
    let env = TestEnv::new();
    let status = env.json(&["db", "status"]);
    assert!(
        status["migrations"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["applied"] == false)
    );
    let text = env.ok(&["db", "status"]);
    assert!(text.contains("pending"), "{text}");
}

#[test]
fn default_database_is_a_file_in_the_users_data_dir() {
    let env = TestEnv::new();
    env.cmd()
        .env_remove("DATABASE_URL")
        .args(["db", "init"])
        .assert()
        .success();
    let file = env.home().join("data").join("petdb").join("petdb.sqlite3");
    assert!(file.is_file(), "{} missing", file.display());
    let status: serde_json::Value = serde_json::from_slice(
        &env.cmd()
            .env_remove("DATABASE_URL")
            .args(["db", "status", "--format", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(status["backend"], "sqlite");
    assert_eq!(status["database"], file.display().to_string());
}

#[test]
fn sqlite_url_forms_and_the_flag_beat_the_environment() {
    let env = TestEnv::new();
    let file = env.path("flag.db");
    let url = format!("sqlite://{}", file.display());
    env.cmd()
        .args(["--database-url", &url, "db", "init"])
        .assert()
        .success();
    assert!(file.is_file());
    // The flag wins over DATABASE_URL: the bench's own database stays uncreated.
    if env.backend == Backend::Sqlite {
        assert!(!std::path::Path::new(&env.url).exists());
    }
}

#[test]
fn seed_is_deterministic_and_sized_by_flags() {
    const SEED: &[&str] = &[
        "db",
        "seed",
        "--owners",
        "40",
        "--pets-per-owner",
        "2",
        "--procedures-per-pet",
        "3",
        "--rng-seed",
        "11",
    ];
    let a = TestEnv::new();
    let out = a.ok(SEED);
    assert!(out.starts_with("seeded 12 species, 40 owners"), "{out}");
    let b = TestEnv::new();
    b.ok(SEED);
    for cmd in [
        &["owners", "list"][..],
        &["pets", "list"],
        &["procedures", "list"],
        &["report", "owners-summary"],
    ] {
        let mut args = cmd.to_vec();
        args.extend(["--format", "json"]);
        assert_eq!(
            a.ok(&args),
            b.ok(&args),
            "{cmd:?} differs between two seeds"
        );
    }
    assert_eq!(a.json(&["owners", "list"]).as_array().unwrap().len(), 40);
    let c = TestEnv::new();
    c.ok(&["db", "seed", "--owners", "40", "--rng-seed", "12"]);
    assert_ne!(
        a.ok(&["owners", "list", "--format", "json"]),
        c.ok(&["owners", "list", "--format", "json"])
    );
}

/// The committed golden file is what seed 7 gives: byte-identical on every backend.
#[test]
fn seeded_json_matches_the_golden_file_on_every_backend() {
    let env = TestEnv::new();
    env.ok(&["db", "seed", "--owners", "5", "--rng-seed", "7"]);
    let mut out = String::new();
    for cmd in [
        &["owners", "list"][..],
        &["pets", "list"],
        &["procedures", "list", "--limit", "10"],
        &["report", "owners-summary"],
    ] {
        let mut args = cmd.to_vec();
        args.extend(["--format", "json"]);
        out.push_str(&env.ok(&args));
    }
    let golden = include_str!("../golden/seed7.json");
    assert_eq!(
        out, golden,
        "seeded output drifted from tests/golden/seed7.json"
    );
}

#[test]
fn seed_refuses_a_database_with_data_unless_reset() {
    let env = TestEnv::seeded(5);
    let before = env.snapshot();
    let err = env.fails(&["db", "seed", "--owners", "5"], 1);
    assert!(err.contains("already has data"), "{err}");
    assert_eq!(env.snapshot(), before);
    let out = env.ok(&["db", "seed", "--owners", "5", "--if-empty"]);
    assert!(out.starts_with("not seeding"), "{out}");
    assert_eq!(env.snapshot(), before);
    env.fails(&["db", "seed", "--if-empty", "--reset"], 2);
    let out = env.ok(&["db", "seed", "--owners", "3", "--reset"]);
    assert!(out.contains("3 owners"), "{out}");
    assert_eq!(env.json(&["owners", "list"]).as_array().unwrap().len(), 3);
}

#[test]
fn seed_if_empty_seeds_an_empty_database() {
    let env = TestEnv::new();
    let out = env.ok(&["db", "seed", "--owners", "4", "--if-empty"]);
    assert!(out.contains("4 owners"), "{out}");
}

#[test]
fn seeded_ids_continue_after_the_seed() {
    let env = TestEnv::seeded(5);
    let max: i64 = env.raw_i64("SELECT MAX(id) FROM owners");
    let id: i64 = env
        .ok(&["-q", "owners", "add", "--name", "New Client"])
        .trim()
        .parse()
        .unwrap();
    assert_eq!(id, max + 1);
}

#[test]
fn reset_requires_yes_and_empties_everything() {
    let env = TestEnv::seeded(5);
    let before = env.snapshot();
    env.fails(&["db", "reset"], 2);
    assert_eq!(env.snapshot(), before);
    env.ok(&["db", "reset", "--yes"]);
    let status = env.json(&["db", "status"]);
    assert!(
        status["tables"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["rows"] == 0)
    );
    let id = env.ok(&["-q", "species", "add", "--name", "Dog"]);
    assert_eq!(id.trim(), "1", "ids restart after a reset");
}

/// The cache relies on `table_versions`: a write by any client, not just petdb, moves it —
/// to a new random value, never back to one it had (so a restored copy cannot match).
#[test]
fn raw_sql_writes_move_table_versions_to_values_never_seen() {
    let env = TestEnv::seeded(3);
    let version = |t: &str| {
        env.raw_i64(&format!(
            "SELECT version FROM table_versions WHERE table_name = '{t}'"
        ))
    };
    let (species, owners, pets, procedures) = (
        version("species"),
        version("owners"),
        version("pets"),
        version("procedures"),
    );
    env.raw_execute("INSERT INTO species (name) VALUES ('Axolotl')");
    assert_ne!(version("species"), species);
    env.raw_execute("UPDATE owners SET phone = '1' WHERE id = 1");
    assert_ne!(version("owners"), owners);
    env.raw_execute("UPDATE pets SET name = 'Renamed' WHERE id = 1");
    assert_ne!(version("pets"), pets);
    env.raw_execute("DELETE FROM procedures WHERE id = 1");
    assert_ne!(version("procedures"), procedures);
    // Only the written table moves, and never to a value it had.
    let owners_now = version("owners");
    let mut seen = std::collections::HashSet::from([pets, version("pets")]);
    for i in 0..50 {
        env.raw_execute(&format!("UPDATE pets SET name = 'Again {i}' WHERE id = 1"));
        assert!(seen.insert(version("pets")), "a pets version repeated");
    }
    assert_eq!(version("owners"), owners_now);
}

/// Run `args` in `n` petdb processes at once; all must succeed.
fn in_parallel(env: &TestEnv, n: usize, args: impl Fn(usize) -> Vec<String>) {
    let bin = assert_cmd::cargo::cargo_bin("petdb");
    let children: Vec<_> = (0..n)
        .map(|i| {
            std::process::Command::new(&bin)
                .envs(env.envs())
                .args(args(i))
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn petdb")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn overlapping_writers_wait_instead_of_failing() {
    let env = TestEnv::seeded(2);
    in_parallel(&env, 8, |i| {
        vec![
            "-q".into(),
            "owners".into(),
            "add".into(),
            "--name".into(),
            format!("Parallel {i}"),
        ]
    });
    assert_eq!(
        env.json(&["owners", "list", "--name", "Parallel"])
            .as_array()
            .unwrap()
            .len(),
        8
    );
}

#[test]
fn first_use_by_many_processes_at_once_migrates_once() {
    let env = TestEnv::new();
    in_parallel(&env, 6, |_| vec!["species".into(), "list".into()]);
    let status = env.json(&["db", "status"]);
    assert!(
        status["migrations"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["applied"] == true)
    );
}
