//! The shared cache on Redis (`--cache-url`): what several hosts see of each other, and
//! what happens when Redis is gone. These need a Redis server: `.ci/run` runs them with
//! `PETDB_TEST_REDIS_URL` set and `--include-ignored`; plain `cargo test` lists them as
//! ignored rather than passing them untested.

use std::process::Command;
use std::time::{Duration, Instant};

use crate::cache_shared::{on_host, run_on as echo_on};
use crate::common::{CacheBackend, TestEnv, cache_events, data_statements, has_event};

const SUMMARY: &[&str] = &["report", "owners-summary", "--limit", "5"];

#[test]
#[ignore = "needs Redis: set PETDB_TEST_REDIS_URL and pass --include-ignored"]
fn two_hosts_share_hits_and_see_each_others_invalidations() {
    let env = TestEnv::new_redis().seed(20);
    let (filled, stderr) = echo_on(&env, "host-a", SUMMARY);
    assert!(has_event(&stderr, "fill"), "{stderr}");

    // Host B has an empty disk cache of its own, and still hits.
    let (served, stderr) = echo_on(&env, "host-b", SUMMARY);
    assert_eq!(served, filled);
    assert!(has_event(&stderr, "hit"), "{stderr}");
    assert!(data_statements(&stderr).is_empty(), "{stderr}");
    assert!(
        !env.path("host-b").join("cache").join("v1").exists(),
        "nothing was written to B's disk cache"
    );

    // A write on B drops the entry for A too.
    let (_, stderr) = echo_on(
        &env,
        "host-b",
        &["owners", "update", "1", "--name", "Changed On B"],
    );
    assert!(
        cache_events(&stderr)
            .iter()
            .any(|e| e.starts_with("invalidate owners: 1 entries")),
        "{stderr}"
    );
    let (_, stderr) = echo_on(&env, "host-a", SUMMARY);
    assert!(has_event(&stderr, "miss"), "{stderr}");

    // So does an explicit invalidation.
    let out = on_host(&env, "host-b")
        .args(["cache", "invalidate", "--table", "procedures"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        "removed 1 entry"
    );
    let (_, stderr) = echo_on(&env, "host-a", SUMMARY);
    assert!(has_event(&stderr, "miss"), "{stderr}");
}

#[test]
#[ignore = "needs Redis: set PETDB_TEST_REDIS_URL and pass --include-ignored"]
fn stats_add_up_across_eight_concurrent_hosts() {
    let env = TestEnv::new_redis().seed(50);
    let queries: [&[&str]; 5] = [
        &["report", "owners-summary", "--limit", "10"],
        &["report", "species-counts"],
        &["report", "monthly-revenue"],
        &["pets", "list", "--limit", "20"],
        &["owners", "list", "--name", "a"],
    ];
    let bin = assert_cmd::cargo::cargo_bin("petdb");
    let hosts: Vec<_> = (0..8)
        .map(|h| {
            let (bin, envs, dir) = (bin.clone(), env.envs(), env.path(&format!("host-{h}")));
            std::thread::spawn(move || {
                for round in 0..10 {
                    let q = queries[(h + round) % queries.len()];
                    let out = Command::new(&bin)
                        .envs(envs.iter().map(|(k, v)| (k, v)))
                        .arg("--cache-dir")
                        .arg(&dir)
                        .args(q)
                        .output()
                        .unwrap();
                    assert!(
                        out.status.success(),
                        "{}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            })
        })
        .collect();
    for h in hosts {
        h.join().unwrap();
    }
    let s = env.json(&["cache", "stats"]);
    assert_eq!(
        s["hits"].as_i64().unwrap() + s["misses"].as_i64().unwrap(),
        80,
        "{s}"
    );
    // Each distinct query ran once: the other hosts waited for its fill, or came later.
    assert_eq!(s["misses"], 5, "{s}");
    assert_eq!(s["fills"], 5, "{s}");
    assert_eq!(s["entries"], 5, "{s}");
}

#[test]
#[ignore = "needs Redis: set PETDB_TEST_REDIS_URL and pass --include-ignored"]
fn redis_gone_means_answers_from_the_database_with_one_warning() {
    let env = TestEnv::new_redis().seed(10);
    let expected = env.ok(&[SUMMARY, &["--no-cache", "--format", "csv"]].concat());

    // Nothing listening.
    let out = env
        .cmd()
        .args(SUMMARY)
        .args(["--format", "csv", "--cache-url", "redis://127.0.0.1:1/0"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with(
            "petdb: warning: running without the cache: cannot reach Redis at redis://127.0.0.1:1/0"
        ),
        "{stderr}"
    );
    // A silent server, and the same on Redis Cluster and memcached: cache_shared.rs.
}

#[test]
#[ignore = "needs Redis: set PETDB_TEST_REDIS_URL and pass --include-ignored"]
fn keys_live_under_the_prefix_and_database_with_a_ttl() {
    let env = TestEnv::new_redis().seed(5);
    let CacheBackend::Redis { prefix, url } = env.cache.clone() else {
        unreachable!()
    };
    env.ok(&[SUMMARY, &["--ttl", "60"]].concat());
    let keys = env.redis_keys();
    let entry = keys
        .iter()
        .find(|k| k.contains(":e:"))
        .expect("an entry key")
        .clone();
    assert!(entry.starts_with(&prefix));
    let pttl: i64 = redis::cmd("PTTL")
        .arg(&entry)
        .query(&mut env.redis())
        .unwrap();
    assert!(
        pttl > 0 && pttl <= 60_000,
        "the entry expires with the TTL: {pttl}"
    );
    for table in ["owners", "pets", "procedures"] {
        assert!(
            keys.iter().any(|k| k.ends_with(&format!(":t:{table}"))),
            "tag set for {table}: {keys:?}"
        );
    }
    assert!(
        keys.iter()
            .any(|k| k.starts_with(&prefix) && k.ends_with(":stats")),
        "this database's statistics: {keys:?}"
    );

    // Another database under the same prefix shares nothing.
    let other = TestEnv::new_disk().seed(5);
    let out = other
        .cmd()
        .args(["--echo-sql", "--cache-url", &url, "--cache-prefix", &prefix])
        .args(SUMMARY)
        .output()
        .unwrap();
    assert!(has_event(&String::from_utf8_lossy(&out.stderr), "miss"));
    let namespaces: std::collections::BTreeSet<String> = env
        .redis_keys()
        .iter()
        .filter_map(|k| {
            k.strip_prefix(&prefix)?
                .split(':')
                .next()
                .map(str::to_owned)
        })
        .collect();
    assert_eq!(namespaces.len(), 2, "{namespaces:?}");
}

#[test]
#[ignore = "needs Redis: set PETDB_TEST_REDIS_URL and pass --include-ignored"]
fn a_damaged_value_in_redis_is_a_miss_and_is_replaced() {
    let env = TestEnv::new_redis().seed(5);
    let good = env.ok(&[SUMMARY, &["--format", "json"]].concat());
    let entry = env
        .redis_keys()
        .into_iter()
        .find(|k| k.contains(":e:"))
        .unwrap();
    let _: () = redis::cmd("SET")
        .arg(&entry)
        .arg("not an entry at all")
        .query(&mut env.redis())
        .unwrap();
    let (out, stderr) = env.echo(&[SUMMARY, &["--format", "json"]].concat());
    assert_eq!(out, good);
    assert!(
        stderr.contains("damaged") && has_event(&stderr, "fill"),
        "{stderr}"
    );
    let (_, stderr) = env.echo(SUMMARY);
    assert!(has_event(&stderr, "hit"), "{stderr}");
}

#[test]
#[ignore = "needs Redis: set PETDB_TEST_REDIS_URL and pass --include-ignored"]
fn a_redis_password_never_shows() {
    let env = TestEnv::new_redis();
    let url = "redis://:hunter2@127.0.0.1:1/0";
    let path = env.ok(&["cache", "path", "--cache-url", url]);
    assert!(
        !path.contains("hunter2") && path.contains("127.0.0.1:1"),
        "{path}"
    );
    let out = env
        .cmd()
        .args(["species", "list", "--cache-url", url])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("warning") && !stderr.contains("hunter2"),
        "{stderr}"
    );
}

// Stampede protection across hosts is in the shared-cache group (cache_shared.rs), which
// runs on this Redis too.

/// A host killed in the middle of a fill leaves its lock behind. On the same host, whose
/// process is visibly gone, the next run takes the lock over at once; a lock left by
/// another host holds the others up no longer than its own expiry, the fill-lock wait.
#[test]
#[ignore = "needs Redis: set PETDB_TEST_REDIS_URL and pass --include-ignored"]
fn a_fill_lock_left_by_a_killed_process_does_not_hold_others_up() {
    let env = TestEnv::new_redis().seed(20);
    env.ok(SUMMARY);
    let entry = env
        .redis_keys()
        .into_iter()
        .find(|k| k.contains(":e:"))
        .expect("an entry key");
    let lock = entry.replace(":e:", ":l:");
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap();
    let mut gone = Command::new("true").spawn().unwrap();
    let dead_pid = gone.id();
    gone.wait().unwrap();

    let cases = [
        (format!("{}-{dead_pid}-1", host.trim()), 60_000, false),
        ("some-other-host-4242-1".to_owned(), 2_000, true),
    ];
    for (holder, px, waits) in cases {
        env.ok(&["cache", "invalidate", "--all"]);
        let _: () = redis::cmd("SET")
            .arg(&lock)
            .arg(&holder)
            .arg("PX")
            .arg(px)
            .query(&mut env.redis())
            .unwrap();
        let started = Instant::now();
        let (_, stderr) = echo_on(&env, "a", SUMMARY);
        let took = started.elapsed();
        assert_eq!(data_statements(&stderr).len(), 1, "{holder}: {stderr}");
        assert!(has_event(&stderr, "fill"), "{holder}: {stderr}");
        assert_eq!(stderr.contains("waited"), waits, "{holder}: {stderr}");
        if waits {
            // Held up until the other host's lock expired, not for the whole fill wait.
            assert!(took < Duration::from_secs(9), "{holder}: {took:?}");
        }
        let left: Option<String> = redis::cmd("GET")
            .arg(&lock)
            .query(&mut env.redis())
            .unwrap();
        assert_eq!(left, None, "{holder}: our lock is released after the fill");
    }
}
