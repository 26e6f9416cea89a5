//! A write is seen at once under `--consistency ttl` too, even when the cache loses part of
//! what it keeps (tag sets expired or poisoned, generations evicted, markers swept), and
//! when the invalidation cannot be confirmed the write says what to run. Renderings belong
//! to their entry and format. Redis tests need a Redis server (`.ci/run` runs them with
//! `--include-ignored`).

use std::sync::atomic::Ordering;
use std::time::Duration;

use crate::common::{CacheBackend, Forwarder, TestEnv, has_event};

const TTL: &[&str] = &["--consistency", "ttl"];
const NAMES: &[&str] = &[
    "--format",
    "csv",
    "sql",
    "SELECT name FROM owners ORDER BY id",
];
const COUNT: &[&str] = &["--format", "csv", "sql", "SELECT count(*) AS n FROM owners"];

fn ttl<'a>(args: &[&'a str]) -> Vec<&'a str> {
    [TTL, args].concat()
}

/// `args` under `--consistency ttl` answers as the database does now, without a hit.
fn fresh_under_ttl(env: &TestEnv, args: &[&str]) {
    let (out, events) = env.run_with(&[], &[&["-v"][..], &ttl(args)].concat());
    assert!(!has_event(&events, "hit"), "{args:?}: {events}");
    assert_eq!(out, env.ok(&[&["--no-cache"][..], args].concat()));
}

fn filled_under_ttl(env: &TestEnv, args: &[&str]) {
    env.ok(&ttl(args));
    let (_, events) = env.run_with(&[], &[&["-v"][..], &ttl(args)].concat());
    assert!(has_event(&events, "hit"), "{events}");
}

/// This bench's Redis namespace (`<prefix><db id>:`), once something was cached.
fn namespace(env: &TestEnv) -> String {
    let key = env
        .redis_keys()
        .into_iter()
        .find(|k| k.contains(":e:"))
        .expect("an entry");
    key[..key.find(":e:").unwrap() + 1].to_owned()
}

fn redis_do(env: &TestEnv, args: &[&str]) {
    let mut cmd = redis::cmd(args[0]);
    for a in &args[1..] {
        cmd.arg(*a);
    }
    let _: redis::Value = cmd.query(&mut env.redis()).unwrap();
}

#[test]
fn on_disk_a_write_is_seen_under_ttl_even_with_its_tag_markers_swept() {
    let env = TestEnv::new_disk().seed(5);
    filled_under_ttl(&env, COUNT);
    // An age-based cleaner removed the tag markers; a write cannot find the entry.
    let tags = env.cache_dir().join("v1/tags");
    for db in std::fs::read_dir(&tags).unwrap().flatten() {
        let _ = std::fs::remove_dir_all(db.path().join("owners"));
    }
    env.ok(&["owners", "add", "--name", "After The Sweep"]);
    fresh_under_ttl(&env, COUNT);
    // A generation file gone (say, cleaned away): a change, never "unchanged".
    filled_under_ttl(&env, COUNT);
    for db in std::fs::read_dir(&tags).unwrap().flatten() {
        let _ = std::fs::remove_file(db.path().join("owners.gen"));
    }
    env.raw_execute("INSERT INTO owners (name) VALUES ('By Another Client')");
    let (out, events) = env.run_with(&[], &[&["-v"][..], &ttl(COUNT)].concat());
    assert!(!has_event(&events, "hit"), "{events}");
    assert_eq!(out, env.ok(&[&["--no-cache"][..], COUNT].concat()));
}

#[test]
fn renderings_are_bound_to_their_entry_and_format_on_disk() {
    let env = TestEnv::new_disk().seed(5);
    for format in ["csv", "json"] {
        env.ok(&["--format", format, "owners", "list"]);
        env.ok(&["--format", format, "owners", "list"]); // kept
    }
    let mut copied = 0;
    for shard in std::fs::read_dir(env.cache_dir().join("v1/entries"))
        .unwrap()
        .flatten()
    {
        for file in std::fs::read_dir(shard.path()).unwrap().flatten() {
            let path = file.path();
            if path.extension().is_some_and(|e| e == "json") {
                std::fs::copy(&path, path.with_extension("csv")).unwrap();
                copied += 1;
            }
        }
    }
    assert_eq!(copied, 1);
    let csv = env.ok(&["--format", "csv", "owners", "list"]);
    assert_eq!(
        csv,
        env.ok(&["--no-cache", "--format", "csv", "owners", "list"])
    );
}

#[test]
#[ignore = "needs Redis: set PETDB_TEST_REDIS_URL and pass --include-ignored"]
fn on_redis_tag_sets_outlive_the_entries_they_index() {
    let env = TestEnv::new_redis().seed(5);
    env.ok(&[&ttl(NAMES)[..], &["--ttl", "3600"]].concat());
    env.ok(&[&ttl(COUNT)[..], &["--ttl", "1"]].concat());
    std::thread::sleep(Duration::from_millis(2500));
    env.ok(&["owners", "update", "1", "--name", "Renamed"]);
    let long = [&ttl(NAMES)[..], &["--ttl", "3600", "-v"]].concat();
    let (out, events) = env.run_with(&[], &long);
    assert!(!has_event(&events, "hit"), "{events}");
    assert!(out.contains("Renamed"), "{out}");
}

#[test]
#[ignore = "needs Redis: set PETDB_TEST_REDIS_URL and pass --include-ignored"]
fn on_redis_a_write_is_seen_under_ttl_whatever_happened_to_the_keys() {
    let env = TestEnv::new_redis().seed(5);
    filled_under_ttl(&env, COUNT);
    let ns = namespace(&env);
    // A poisoned tag key: the write still invalidates, and says what it replaced.
    redis_do(&env, &["DEL", &format!("{ns}t:owners")]);
    redis_do(&env, &["SET", &format!("{ns}t:owners"), "notaset"]);
    let out = env
        .cmd()
        .args(["owners", "add", "--name", "After The Poison"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not petdb's tag set"));
    fresh_under_ttl(&env, COUNT);
    // A generation evicted (allkeys-lru): a change. And a raw write nobody invalidated.
    filled_under_ttl(&env, COUNT);
    redis_do(&env, &["DEL", &format!("{ns}g:owners")]);
    env.raw_execute("INSERT INTO owners (name) VALUES ('By Another Client')");
    fresh_under_ttl(&env, COUNT);
    // A generation of the wrong type: reads treat it as missing, a fill fails without
    // losing its count, and the next write replaces it.
    filled_under_ttl(&env, COUNT);
    redis_do(&env, &["DEL", &format!("{ns}g:owners")]);
    redis_do(&env, &["HSET", &format!("{ns}g:owners"), "x", "1"]);
    let before = env.json(&["cache", "stats"]);
    let (out, _) = env.run_with(&[], &ttl(COUNT));
    assert_eq!(out, env.ok(&[&["--no-cache"][..], COUNT].concat()));
    let after = env.json(&["cache", "stats"]);
    let reads = |s: &serde_json::Value| s["hits"].as_i64().unwrap() + s["misses"].as_i64().unwrap();
    assert_eq!(reads(&after), reads(&before) + 1, "{before} {after}");
    env.ok(&["owners", "add", "--name", "Heals It"]);
    filled_under_ttl(&env, COUNT);
}

#[test]
#[ignore = "needs Redis: set PETDB_TEST_REDIS_URL and pass --include-ignored"]
fn renderings_are_bound_to_their_entry_and_format_on_redis() {
    let env = TestEnv::new_redis().seed(5);
    for format in ["csv", "json"] {
        env.ok(&["--format", format, "owners", "list"]);
        env.ok(&["--format", format, "owners", "list"]);
    }
    let ns = namespace(&env);
    let renderings = env
        .redis_keys()
        .into_iter()
        .find(|k| k.starts_with(&format!("{ns}r:")))
        .unwrap();
    let json: Vec<u8> = redis::cmd("HGET")
        .arg(&renderings)
        .arg("json")
        .query(&mut env.redis())
        .unwrap();
    let _: () = redis::cmd("HSET")
        .arg(&renderings)
        .arg("csv")
        .arg(json)
        .query(&mut env.redis())
        .unwrap();
    let csv = env.ok(&["--format", "csv", "owners", "list"]);
    assert_eq!(
        csv,
        env.ok(&["--no-cache", "--format", "csv", "owners", "list"])
    );
}

#[test]
#[ignore = "needs Redis: set PETDB_TEST_REDIS_URL and pass --include-ignored"]
fn on_redis_invalidate_all_and_stats_stay_in_their_namespace() {
    let env = TestEnv::new_redis().seed(5);
    let CacheBackend::Redis { prefix, .. } = env.cache.clone() else {
        unreachable!()
    };
    env.ok(COUNT);
    env.ok(NAMES);
    // Another environment's prefix that starts with ours, and foreign keys.
    let staging = format!("{prefix}staging:");
    let neighbour = env
        .cmd()
        .env("PETDB_CACHE_PREFIX", &staging)
        .args(COUNT)
        .output()
        .unwrap();
    assert!(neighbour.status.success());
    redis_do(&env, &["SET", &format!("{prefix}x:e:foreign"), "not ours"]);
    redis_do(
        &env,
        &["SET", &format!("{prefix}other:t:owners"), "not ours"],
    );
    let stats = env.json(&["cache", "stats"]);
    assert_eq!(stats["entries"], 2, "{stats}");
    assert_eq!(
        env.ok(&["cache", "invalidate", "--all"]),
        "removed 2 entries\n"
    );
    let keys = env.redis_keys();
    assert!(keys.contains(&format!("{prefix}x:e:foreign")));
    assert!(keys.contains(&format!("{prefix}other:t:owners")));
    let (_, events) = env.run_with(
        &[("PETDB_CACHE_PREFIX", &staging)],
        &[&["-v"][..], COUNT].concat(),
    );
    assert!(
        has_event(&events, "hit"),
        "the neighbour's entry is intact: {events}"
    );
}

#[test]
#[ignore = "needs Redis: set PETDB_TEST_REDIS_URL and pass --include-ignored"]
fn garbage_at_petdbs_redis_keys_never_fails_a_command() {
    let env = TestEnv::new_redis().seed(5);
    env.ok(COUNT);
    let ns = namespace(&env);
    for (key, garbage) in [("stats", "notahash"), ("hits", "nope"), ("used", "nope")] {
        redis_do(&env, &["DEL", &format!("{ns}{key}")]);
        redis_do(&env, &["SET", &format!("{ns}{key}"), garbage]);
    }
    let out = env
        .cmd()
        .args(["cache", "stats", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "one warning: {stderr}");
    assert!(stderr.contains("statistics hash"), "{stderr}");
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(stats["entries"], 1);
    env.ok(COUNT); // a hit: touches the hits and used hashes
    env.ok(&["cache", "list"]);
    let stats = env.json(&["cache", "stats"]);
    assert_eq!(stats["hits"], 1, "counting again: {stats}");
    // An entry key holding a hash: damage, replaced.
    let entry = env
        .redis_keys()
        .into_iter()
        .find(|k| k.contains(":e:"))
        .unwrap();
    redis_do(&env, &["DEL", &entry]);
    redis_do(&env, &["HSET", &entry, "a", "b"]);
    let (out, events) = env.echo(COUNT);
    assert!(events.contains("damaged"), "{events}");
    assert_eq!(out, env.ok(&[&["--no-cache"][..], COUNT].concat()));
}

#[test]
#[ignore = "needs Redis: set PETDB_TEST_REDIS_URL and pass --include-ignored"]
fn a_write_that_cannot_reach_redis_says_what_to_run() {
    let env = TestEnv::new_redis().seed(5);
    let CacheBackend::Redis { url, .. } = env.cache.clone() else {
        unreachable!()
    };
    let parsed = url::Url::parse(&url).unwrap();
    let forwarder = Forwarder::to(parsed.port().unwrap_or(6379));
    let mut via = parsed.clone();
    via.set_port(Some(forwarder.port)).unwrap();
    let via = [("PETDB_CACHE_URL", via.as_str())];
    env.run_with(&via, &ttl(COUNT));
    forwarder.silent.store(true, Ordering::SeqCst);
    let out = env
        .cmd()
        .envs(via)
        .args(["owners", "add", "--name", "While Unreachable"])
        .output()
        .unwrap();
    assert!(out.status.success(), "the write itself succeeds");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("petdb cache invalidate --table owners"),
        "{stderr}"
    );
    forwarder.silent.store(false, Ordering::SeqCst);
    env.ok(&["cache", "invalidate", "--table", "owners"]);
    fresh_under_ttl(&env, COUNT);
}
