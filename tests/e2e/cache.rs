//! The result cache, end to end: hits, misses, staleness, TTL, eviction, invalidation,
//! concurrency, damage, privacy.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::common::{Backend, TestEnv, cache_events, data_statements, has_event};

const SUMMARY: &[&str] = &["report", "owners-summary", "--limit", "5"];

#[test]
fn miss_then_hit_and_a_hit_sends_no_data_query() {
    let env = TestEnv::seeded(20);
    let (first, stderr) = env.echo(SUMMARY);
    assert!(has_event(&stderr, "miss"), "{stderr}");
    assert!(has_event(&stderr, "fill"), "{stderr}");
    assert_eq!(data_statements(&stderr).len(), 1, "{stderr}");

    let (second, stderr) = env.echo(SUMMARY);
    assert_eq!(second, first, "a hit prints what the miss printed");
    assert!(has_event(&stderr, "hit"), "{stderr}");
    assert!(
        data_statements(&stderr).is_empty(),
        "a hit sent a data query:\n{stderr}"
    );
    // Strict mode: exactly one small version query, no migration check.
    let sent: Vec<&str> = stderr.lines().filter(|l| l.starts_with("sql ")).collect();
    assert!(
        sent.iter().any(|l| l.contains("table_versions")),
        "{stderr}"
    );
    assert!(!stderr.contains("__diesel_schema_migrations"), "{stderr}");
}

#[test]
fn the_output_format_is_not_part_of_the_key() {
    let env = TestEnv::seeded(5);
    env.ok(SUMMARY);
    for extra in [
        &["--format", "json"][..],
        &["--format", "csv", "--no-header"],
        &["--format", "tsv"],
    ] {
        let mut args = SUMMARY.to_vec();
        args.extend_from_slice(extra);
        let (_, stderr) = env.echo(&args);
        assert!(has_event(&stderr, "hit"), "{extra:?}: {stderr}");
    }
    let (json, _) = env.echo(&[SUMMARY, &["--format", "json"]].concat());
    let (json_nocache, _) = env.echo(&[SUMMARY, &["--format", "json", "--no-cache"]].concat());
    assert_eq!(json, json_nocache, "a hit renders exactly as a fresh read");
}

#[test]
fn a_write_through_petdb_drops_what_it_touched() {
    let env = TestEnv::seeded(5);
    env.ok(&["owners", "list"]);
    env.ok(&["species", "list"]);
    let (_, stderr) = env.echo(&["owners", "update", "1", "--name", "Renamed Person"]);
    assert!(
        cache_events(&stderr)
            .iter()
            .any(|e| e.starts_with("invalidate owners: 1 entries")),
        "{stderr}"
    );

    let (out, stderr) = env.echo(&["owners", "list", "--format", "json"]);
    assert!(has_event(&stderr, "miss"), "{stderr}");
    assert!(out.contains("Renamed Person"));
    let (_, stderr) = env.echo(&["species", "list"]);
    assert!(
        has_event(&stderr, "hit"),
        "an untouched table keeps its entries: {stderr}"
    );
}

#[test]
fn a_raw_write_by_another_client_makes_the_next_strict_read_stale() {
    let env = TestEnv::seeded(5);
    let before = env.json(&["owners", "get", "2"]);
    env.raw_execute("UPDATE owners SET name = 'Changed Elsewhere' WHERE id = 2");
    let (out, stderr) = env.echo(&["owners", "get", "2", "--format", "json"]);
    let stale = cache_events(&stderr)
        .into_iter()
        .find(|e| e.starts_with("stale"))
        .expect("a stale event");
    assert!(stale.contains("owners v") && stale.contains('→'), "{stale}");
    assert!(
        has_event(&stderr, "miss") && has_event(&stderr, "fill"),
        "{stderr}"
    );
    assert!(out.contains("Changed Elsewhere"), "{out}");
    assert_ne!(before[0]["name"], "Changed Elsewhere");
    let (_, stderr) = env.echo(&["owners", "get", "2"]);
    assert!(has_event(&stderr, "hit"), "refilled: {stderr}");
}

#[test]
fn a_raw_write_to_a_joined_table_makes_the_report_stale() {
    let env = TestEnv::seeded(5);
    env.ok(SUMMARY);
    env.raw_execute("DELETE FROM procedures WHERE id = 1");
    let (_, stderr) = env.echo(SUMMARY);
    assert!(
        cache_events(&stderr)
            .iter()
            .any(|e| e.starts_with("stale") && e.contains("procedures v")),
        "{stderr}"
    );
}

#[test]
fn ttl_consistency_trusts_the_ttl_and_strict_does_not() {
    let env = TestEnv::seeded(5);
    env.ok(&["owners", "get", "3"]);
    env.raw_execute("UPDATE owners SET name = 'Outside Change' WHERE id = 3");
    // ttl: the entry is younger than the TTL, so it is served (the user asked for this).
    let out = env.ok(&["owners", "get", "3", "--consistency", "ttl"]);
    assert!(!out.contains("Outside Change"));
    // strict (default) notices.
    assert!(env.ok(&["owners", "get", "3"]).contains("Outside Change"));
}

#[test]
fn consistency_ttl_serves_a_hit_with_the_database_gone() {
    let env = TestEnv::seeded(5);
    let cached = env.ok(&[SUMMARY, &["--format", "json"]].concat());
    env.drop_database();
    let (out, stderr) =
        env.echo(&[SUMMARY, &["--format", "json", "--consistency", "ttl"]].concat());
    assert_eq!(out, cached);
    assert!(has_event(&stderr, "hit"), "{stderr}");
    assert!(
        !stderr.contains("connect"),
        "a ttl hit must not connect: {stderr}"
    );
    assert!(stderr.lines().all(|l| !l.starts_with("sql ")), "{stderr}");
    // PETDB_CONSISTENCY works the same.
    let out = env
        .cmd()
        .env("PETDB_CONSISTENCY", "ttl")
        .args(SUMMARY)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), cached);
}

#[test]
fn entries_expire_after_the_ttl() {
    let env = TestEnv::seeded(3);
    env.ok(&["species", "list"]);
    std::thread::sleep(Duration::from_millis(1100));
    let (_, stderr) = env.echo(&["species", "list", "--ttl", "1"]);
    assert!(
        cache_events(&stderr)
            .iter()
            .any(|e| e.starts_with("expired") && e.contains("ttl 1s")),
        "{stderr}"
    );
    assert!(has_event(&stderr, "miss"), "{stderr}");
    let (_, stderr) = env.echo(&["species", "list", "--ttl", "1"]);
    assert!(has_event(&stderr, "hit"), "refilled: {stderr}");
    let (_, stderr) = env.echo(&["species", "list", "--ttl", "0"]);
    assert!(
        has_event(&stderr, "expired"),
        "--ttl 0 never serves: {stderr}"
    );
}

#[test]
fn no_cache_bypasses_and_refresh_replaces() {
    let env = TestEnv::seeded(3);
    env.ok(&["species", "list"]);
    let before = env.json(&["cache", "stats"]);
    let (_, stderr) = env.echo(&["species", "list", "--no-cache"]);
    assert!(cache_events(&stderr).is_empty(), "{stderr}");
    assert_eq!(data_statements(&stderr).len(), 1);
    let after = env.json(&["cache", "stats"]);
    assert_eq!(before["hits"], after["hits"]);
    assert_eq!(before["misses"], after["misses"]);

    let (_, stderr) = env.echo(&["species", "list", "--refresh"]);
    assert!(
        has_event(&stderr, "miss") && has_event(&stderr, "fill"),
        "{stderr}"
    );
    assert!(!has_event(&stderr, "hit"));
    let stats = env.json(&["cache", "stats"]);
    assert_eq!(stats["fills"], 2);
    assert_eq!(stats["entries"], 1, "replaced, not added");
    env.fails(&["species", "list", "--refresh", "--no-cache"], 2);
}

/// Fill each of `keys` (pet ids) in turn, pausing so that modification times differ.
fn fill_pets(env: &TestEnv, extra: &[&str], ids: &[&str]) {
    for id in ids {
        env.ok(&[&["pets", "get", id][..], extra].concat());
        std::thread::sleep(Duration::from_millis(30));
    }
}

fn is_hit(env: &TestEnv, extra: &[&str], id: &str) -> bool {
    let (_, stderr) = env.echo(&[&["pets", "get", id][..], extra].concat());
    has_event(&stderr, "hit")
}

#[test]
fn eviction_by_entries_follows_lru_order() {
    let env = TestEnv::seeded(5);
    let limit = ["--cache-max-entries", "4"];
    fill_pets(&env, &limit, &["1", "2", "3", "4"]);
    // Use 1 again: now 2 is the least recently used.
    assert!(is_hit(&env, &limit, "1"));
    std::thread::sleep(Duration::from_millis(30));
    let (_, stderr) = env.echo(&[&["pets", "get", "5"][..], &limit].concat());
    assert!(
        cache_events(&stderr)
            .iter()
            .any(|e| e.starts_with("evict 2 ")),
        "{stderr}"
    );
    // 5 entries > 4: evicted down to 90% (3): 2 and 3 go, 1, 4 and 5 stay.
    let stats = env.json(&["cache", "stats"]);
    assert_eq!(stats["entries"], 3);
    assert_eq!(stats["evictions"], 2);
    for (id, kept) in [
        ("1", true),
        ("4", true),
        ("5", true),
        ("2", false),
        ("3", false),
    ] {
        assert_eq!(
            is_hit(&env, &["--cache-max-entries", "100"], id),
            kept,
            "pet {id}"
        );
    }
}

#[test]
fn eviction_by_bytes_follows_lru_order() {
    let env = TestEnv::seeded(5);
    env.ok(&["pets", "get", "1"]);
    let size = env.json(&["cache", "stats"])["bytes"].as_i64().unwrap();
    // Room for three entries of about this size.
    let max = (size * 3 + size / 2).to_string();
    let limit = ["--cache-max-bytes", max.as_str()];
    env.ok(&["cache", "invalidate", "--all"]);
    fill_pets(&env, &limit, &["1", "2", "3"]);
    assert!(is_hit(&env, &limit, "1"));
    std::thread::sleep(Duration::from_millis(30));
    env.ok(&[&["pets", "get", "4"][..], &limit].concat());
    let stats = env.json(&["cache", "stats"]);
    assert!(
        stats["bytes"].as_i64().unwrap() <= size * 3 + size / 2,
        "{stats}"
    );
    assert!(stats["evictions"].as_i64().unwrap() >= 1, "{stats}");
    assert!(
        !is_hit(&env, &["--cache-max-bytes", "1GB"], "2"),
        "the least recently used went first"
    );
    assert!(is_hit(&env, &["--cache-max-bytes", "1GB"], "4"));
}

#[test]
fn a_result_over_the_entry_limit_is_served_but_not_cached() {
    let env = TestEnv::seeded(20);
    let (out, stderr) = env.echo(&[
        "procedures",
        "list",
        "--cache-max-entry-bytes",
        "2KB",
        "--format",
        "json",
    ]);
    assert!(
        cache_events(&stderr)
            .iter()
            .any(|e| e.starts_with("skip") && e.contains("entry limit")),
        "{stderr}"
    );
    let all: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        all.as_array().unwrap().len() as i64,
        env.raw_i64("SELECT COUNT(*) FROM procedures")
    );
    let (_, stderr) = env.echo(&["procedures", "list", "--cache-max-entry-bytes", "2KB"]);
    assert!(has_event(&stderr, "miss") && !has_event(&stderr, "hit"));
    let stats = env.json(&["cache", "stats"]);
    assert_eq!(stats["entries"], 0);
    assert_eq!(stats["skips"], 2);
}

#[test]
fn invalidate_all_table_and_key_report_counts() {
    let env = TestEnv::seeded(5);
    for args in [
        &["owners", "list"][..],
        &["owners", "get", "1"],
        &["pets", "list"],
        &["species", "list"],
        SUMMARY,
    ] {
        env.ok(args);
    }
    // owners: owners list, owners get, the summary.
    assert_eq!(
        env.ok(&["cache", "invalidate", "--table", "owners"]).trim(),
        "removed 3 entries"
    );
    assert_eq!(
        env.ok(&["cache", "invalidate", "--table", "owners"]).trim(),
        "removed 0 entries"
    );
    // pets list reads pets and species.
    assert_eq!(
        env.ok(&["cache", "invalidate", "--table", "procedures", "species"])
            .trim(),
        "removed 2 entries"
    );

    env.ok(&["owners", "list"]);
    env.ok(&["pets", "list"]);
    let listed = env.json(&["cache", "list"]);
    let key = listed[0]["key"].as_str().unwrap().to_owned();
    assert_eq!(key.len(), 64);
    assert_eq!(
        env.ok(&["cache", "invalidate", "--key", &key[..10]]).trim(),
        "removed 1 entry"
    );
    assert_eq!(
        env.ok(&["cache", "invalidate", "--key", &key]).trim(),
        "removed 0 entries"
    );
    assert_eq!(
        env.ok(&["cache", "invalidate", "--all"]).trim(),
        "removed 1 entry"
    );
    assert_eq!(env.json(&["cache", "list"]), serde_json::json!([]));

    env.fails(&["cache", "invalidate"], 2);
    env.fails(&["cache", "invalidate", "--all", "--table", "pets"], 2);
    env.fails(&["cache", "invalidate", "--table", "vets"], 2);
    env.fails(&["cache", "invalidate", "--key", "not-hex"], 2);
}

#[test]
fn list_and_stats_describe_the_cache() {
    let env = TestEnv::seeded(5);
    env.ok(SUMMARY);
    env.ok(SUMMARY);
    env.ok(SUMMARY);
    let listed = env.json(&["cache", "list"]);
    let e = &listed[0];
    assert_eq!(e["tables"], "owners,pets,procedures");
    assert_eq!(e["hits"], 2);
    assert_eq!(e["rows"], 5);
    assert!(e["bytes"].as_i64().unwrap() > 100);
    assert!(
        e["sql"]
            .as_str()
            .unwrap()
            .starts_with("SELECT o.id AS owner_id")
    );

    let s = env.json(&["cache", "stats"]);
    assert_eq!(
        (
            s["hits"].as_i64(),
            s["misses"].as_i64(),
            s["fills"].as_i64()
        ),
        (Some(2), Some(1), Some(1))
    );
    assert!((s["hit_ratio"].as_f64().unwrap() - 2.0 / 3.0).abs() < 1e-3);
    assert!(s["saved_micros"].as_i64().unwrap() > 0);
    assert_eq!(s["entries"], 1);
    let csv = env.ok(&["cache", "stats", "--format", "csv"]);
    assert!(csv.starts_with("hits,misses,stale,expired,fills,evictions,skips,damaged,saved_micros,entries,bytes,hit_ratio,saved_ms,location\n2,1,"), "{csv}");
    assert!(env.ok(&["cache", "stats"]).contains("hit_ratio"));

    env.ok(&["cache", "stats", "--reset"]);
    let s = env.json(&["cache", "stats"]);
    assert_eq!(
        (s["hits"].as_i64(), s["misses"].as_i64()),
        (Some(0), Some(0))
    );
    assert_eq!(s["entries"], 1, "a reset keeps the entries");
}

#[test]
fn cache_path_follows_flag_env_and_default() {
    let env = TestEnv::new();
    assert_eq!(
        env.ok(&["cache", "path"]).trim(),
        env.cache_dir().display().to_string()
    );
    let custom = env.path("elsewhere");
    let out = env
        .cmd()
        .env("PETDB_CACHE_DIR", &custom)
        .args(["cache", "path"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        custom.display().to_string()
    );
    let flag = env.path("flagged");
    assert_eq!(
        env.ok(&["cache", "path", "--cache-dir", flag.to_str().unwrap()])
            .trim(),
        flag.display().to_string()
    );
}

/// Rewrite every cache file whose name is (`rendering` false) or is not (true) a bare key.
fn corrupt_cache_files(env: &TestEnv, rendering: bool, how: impl Fn(&[u8]) -> Vec<u8>) -> usize {
    let mut n = 0;
    for shard in std::fs::read_dir(env.cache_dir().join("v1/entries"))
        .unwrap()
        .flatten()
    {
        for file in std::fs::read_dir(shard.path()).unwrap().flatten() {
            if file.file_name().to_string_lossy().contains('.') != rendering {
                continue;
            }
            let bytes = std::fs::read(file.path()).unwrap();
            std::fs::write(file.path(), how(&bytes)).unwrap();
            n += 1;
        }
    }
    n
}

#[test]
fn damaged_entries_are_misses_removed_and_refilled() {
    let env = TestEnv::seeded(5);
    let good = env.ok(&[SUMMARY, &["--format", "json"]].concat());
    type Damage = fn(&[u8]) -> Vec<u8>;
    let damages: [(&str, Damage); 4] = [
        ("truncated", |b| b[..b.len() / 2].to_vec()),
        ("garbage", |b| {
            b.iter()
                .map(|x| x.wrapping_mul(31).wrapping_add(7))
                .collect()
        }),
        ("metadata flipped", |b| {
            let mut v = b.to_vec();
            v[70] ^= 1;
            v
        }),
        ("empty", |_| Vec::new()),
    ];
    for (name, damage) in damages {
        assert_eq!(corrupt_cache_files(&env, false, damage), 1, "{name}");
        let (out, stderr) = env.echo(&[SUMMARY, &["--format", "json"]].concat());
        assert_eq!(out, good, "{name}: a damaged entry must never yield rows");
        assert!(stderr.contains("damaged"), "{name}: {stderr}");
        assert!(
            has_event(&stderr, "miss") && has_event(&stderr, "fill"),
            "{name}: {stderr}"
        );
        let (_, stderr) = env.echo(SUMMARY);
        assert!(has_event(&stderr, "hit"), "{name}: refilled: {stderr}");
    }
    assert_eq!(env.json(&["cache", "stats"])["damaged"], 4);

    // Damaged rows are caught as soon as the rows are needed (here: a format not yet kept).
    assert_eq!(
        corrupt_cache_files(&env, false, |b| {
            let mut v = b.to_vec();
            let last = v.len() - 1;
            v[last] ^= 1;
            v
        }),
        1
    );
    let (out, stderr) = env.echo(&[SUMMARY, &["--format", "tsv"]].concat());
    assert_eq!(
        out,
        env.ok(&[SUMMARY, &["--format", "tsv", "--no-cache"]].concat())
    );
    assert!(
        stderr.contains("damaged") && has_event(&stderr, "miss"),
        "{stderr}"
    );

    // A damaged rendering is not served either: the output is rendered again from the rows.
    let table = env.ok(SUMMARY);
    assert!(corrupt_cache_files(&env, true, |b| b[..b.len() - 3].to_vec()) >= 1);
    let (out, stderr) = env.echo(SUMMARY);
    assert_eq!(out, table);
    assert!(has_event(&stderr, "hit"), "the rows were intact: {stderr}");
    assert!(corrupt_cache_files(&env, true, |_| b"PETDBR garbage".to_vec()) >= 1);
    assert_eq!(env.ok(SUMMARY), table);
}

/// A hit replays the output kept from the miss, in each format, exactly as fresh output.
#[test]
fn kept_renderings_match_fresh_output_in_every_format() {
    let env = TestEnv::seeded(8);
    for extra in [
        &[][..],
        &["--no-header"],
        &["--format", "json"],
        &["--format", "csv"],
        &["--format", "csv", "--no-header"],
        &["--format", "tsv"],
        &["--format", "tsv", "--no-header"],
    ] {
        let args = [SUMMARY, extra].concat();
        let fresh = env.ok(&[&args[..], &["--no-cache"]].concat());
        for round in 0..3 {
            assert_eq!(env.ok(&args), fresh, "{extra:?}, round {round}");
        }
    }
}

#[test]
fn foreign_files_in_the_cache_are_removed() {
    let env = TestEnv::seeded(2);
    env.ok(&["species", "list"]);
    let shard = env.cache_dir().join("v1/entries/zz");
    std::fs::create_dir_all(&shard).unwrap();
    std::fs::write(shard.join("notes.txt"), "not ours").unwrap();
    let other = env.cache_dir().join("v1/entries/00");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("0".repeat(64)), "garbage with an entry's name").unwrap();
    let listed = env.json(&["cache", "list"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert!(!shard.join("notes.txt").exists());
    assert!(!other.join("0".repeat(64)).exists());
    assert_eq!(
        env.ok(&["species", "list", "--format", "csv"])
            .lines()
            .count(),
        13
    );
}

fn modes_under(dir: &Path, out: &mut Vec<(String, u32, bool)>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let meta = e.metadata().unwrap();
        out.push((
            e.path().display().to_string(),
            meta.permissions().mode() & 0o777,
            meta.is_dir(),
        ));
        if meta.is_dir() {
            modes_under(&e.path(), out);
        }
    }
}

#[test]
fn the_cache_is_private_even_under_a_permissive_umask() {
    let env = TestEnv::seeded(3);
    // A shell with umask 000 runs petdb: everything it creates must still be private.
    let bin = assert_cmd::cargo::cargo_bin("petdb");
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "umask 000 && '{}' owners list >/dev/null && '{}' species list > /dev/null",
            bin.display(),
            bin.display()
        ))
        .env("DATABASE_URL", &env.url)
        .env("HOME", env.home())
        .env("XDG_CACHE_HOME", env.home().join("cache"))
        .status()
        .unwrap();
    assert!(status.success());
    env.ok(&["owners", "update", "1", "--name", "X"]);
    let root = env.cache_dir();
    assert_eq!(
        std::fs::metadata(&root).unwrap().permissions().mode() & 0o777,
        0o700
    );
    let mut all = Vec::new();
    modes_under(&root, &mut all);
    assert!(all.len() > 5, "{all:?}");
    for (path, mode, is_dir) in all {
        assert_eq!(mode, if is_dir { 0o700 } else { 0o600 }, "{path}");
    }
}

#[test]
fn an_unusable_cache_dir_means_uncached_with_one_warning() {
    let env = TestEnv::seeded(3);
    let expected = env.ok(&["species", "list", "--no-cache"]);

    // A path under a file cannot be created.
    let blocker = env.path("blocker");
    std::fs::write(&blocker, "").unwrap();
    let bad = blocker.join("cache");
    let out = env
        .cmd()
        .args(["species", "list", "--cache-dir", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("petdb: warning: running without the cache"),
        "{stderr}"
    );

    // A world-writable directory is not trusted.
    let open = env.path("open");
    std::fs::create_dir(&open).unwrap();
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).unwrap();
    let out = env
        .cmd()
        .args(["species", "list", "--cache-dir", open.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("writable by everyone"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1);

    // Writes still work (and warn once) when the cache cannot be invalidated.
    let out = env
        .cmd()
        .args([
            "owners",
            "add",
            "--name",
            "Y",
            "--cache-dir",
            bad.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stderr).unwrap().lines().count(), 1);
}

#[test]
fn a_read_only_cache_dir_means_uncached_with_one_warning() {
    if unsafe { libc::geteuid() } == 0 {
        // root ignores file modes: simulate read-only with a bind of the stats file to a
        // directory, which makes every write fail the same way.
        let env = TestEnv::seeded(2);
        env.ok(&["species", "list"]);
        let stats = env.cache_dir().join("v1/stats");
        std::fs::remove_file(&stats).unwrap();
        std::fs::create_dir(&stats).unwrap();
        let out = env
            .cmd()
            .args(["species", "list", "--refresh"])
            .output()
            .unwrap();
        assert!(out.status.success());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("warning"), "{stderr}");
        return;
    }
    let env = TestEnv::seeded(2);
    env.ok(&["species", "list"]);
    let dir = env.cache_dir();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o500)).unwrap();
    let out = env.cmd().args(["species", "list"]).output().unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stderr).unwrap().lines().count(), 1);
}

/// Overlapping processes missing the same key: one runs the query, the others wait.
#[test]
fn a_stampede_runs_the_query_once() {
    let env = TestEnv::seeded(300);
    let bin = assert_cmd::cargo::cargo_bin("petdb");
    let children: Vec<_> = (0..8)
        .map(|_| {
            Command::new(&bin)
                .env("DATABASE_URL", &env.url)
                .env("XDG_CACHE_HOME", env.home().join("cache"))
                .env("HOME", env.home())
                .env("RUST_BACKTRACE", "0")
                .args(["--echo-sql", "report", "species-counts", "--format", "csv"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let outputs: Vec<_> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
    let ran: usize = outputs
        .iter()
        .map(|o| data_statements(&String::from_utf8_lossy(&o.stderr)).len())
        .sum();
    assert_eq!(ran, 1, "the query ran {ran} times");
    let first = &outputs[0].stdout;
    assert!(
        outputs
            .iter()
            .all(|o| o.status.success() && &o.stdout == first)
    );
    let s = env.json(&["cache", "stats"]);
    assert_eq!(
        s["hits"].as_i64().unwrap() + s["misses"].as_i64().unwrap(),
        8
    );
    assert_eq!(s["misses"], 1);
}

/// 8 processes × 50 mixed reads and writes: statistics stay exact, and no process ever
/// reads back older data than a write it has already seen return.
#[test]
fn concurrent_processes_keep_stats_exact_and_never_read_stale() {
    let env = TestEnv::seeded(10);
    let bin = assert_cmd::cargo::cargo_bin("petdb");
    let workers: Vec<_> = (0..8)
        .map(|worker| {
            let bin = bin.clone();
            let url = env.url.clone();
            let home = env.home();
            std::thread::spawn(move || {
                let run = |args: &[&str]| {
                    let out = Command::new(&bin)
                        .env("DATABASE_URL", &url)
                        .env("HOME", &home)
                        .env("XDG_CACHE_HOME", home.join("cache"))
                        .env("RUST_BACKTRACE", "0")
                        .args(args)
                        .output()
                        .unwrap();
                    assert!(
                        out.status.success(),
                        "{args:?}: {}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                    String::from_utf8(out.stdout).unwrap()
                };
                let id = run(&[
                    "-q",
                    "owners",
                    "add",
                    "--name",
                    &format!("Worker {worker} v0"),
                ])
                .trim()
                .to_owned();
                let mut reads = 0;
                for step in 1..=49 {
                    match step % 4 {
                        0 => {
                            run(&[
                                "owners",
                                "update",
                                &id,
                                "--name",
                                &format!("Worker {worker} v{step}"),
                            ]);
                        }
                        1 => {
                            let me = run(&["owners", "get", &id, "--format", "csv", "--no-header"]);
                            let latest = (step / 4) * 4;
                            assert!(
                                me.contains(&format!("Worker {worker} v{latest},")),
                                "stale own row: {me}"
                            );
                            reads += 1;
                        }
                        2 => {
                            let all =
                                run(&["owners", "list", "--name", "worker", "--format", "csv"]);
                            let latest = (step / 4) * 4;
                            assert!(
                                all.contains(&format!("Worker {worker} v{latest},")),
                                "stale shared list"
                            );
                            reads += 1;
                        }
                        _ => {
                            run(&["report", "owners-summary", "--limit", "3"]);
                            reads += 1;
                        }
                    }
                }
                reads
            })
        })
        .collect();
    let reads: i64 = workers.into_iter().map(|w| w.join().expect("worker")).sum();
    let s = env.json(&["cache", "stats"]);
    assert_eq!(
        s["hits"].as_i64().unwrap() + s["misses"].as_i64().unwrap(),
        reads,
        "{s}"
    );
    assert!(s["hits"].as_i64().unwrap() > 0, "{s}");
}

#[test]
fn keys_listings_and_echo_never_show_a_password() {
    let env = TestEnv::seeded(2);
    if env.backend != Backend::Postgres {
        return; // only a PostgreSQL URL carries a password
    }
    let mut url = url::Url::parse(&env.url).unwrap();
    url.set_password(Some("hunter2")).unwrap();
    let (_, stderr) = env.echo(&["--database-url", url.as_str(), "owners", "list"]);
    assert!(!stderr.contains("hunter2"));
    let list = env.ok(&["cache", "list", "--format", "json"]);
    let stats = env.ok(&["cache", "stats", "--format", "json"]);
    assert!(!list.contains("hunter2") && !stats.contains("hunter2"));
    let mut all = Vec::new();
    modes_under(&env.cache_dir(), &mut all);
    for (path, _, is_dir) in all {
        assert!(!path.contains("hunter2"));
        if !is_dir {
            let bytes = std::fs::read(&path).unwrap();
            assert!(
                !String::from_utf8_lossy(&bytes).contains("hunter2"),
                "{path}"
            );
        }
    }
}
