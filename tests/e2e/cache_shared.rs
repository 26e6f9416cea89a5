//! The shared-cache group: the same behaviour on every shared store — single Redis,
//! Redis Cluster and memcached. `.ci/run` runs it once per store with `--include-ignored`:
//! on the single Redis of `PETDB_TEST_REDIS_URL` with the rest of the Redis tests, then
//! with `PETDB_TEST_SHARED_CACHE_URL` naming a cluster, then memcached. Plain `cargo test`
//! lists these as ignored rather than passing them untested.

use std::io::Read;
use std::net::TcpListener;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{TestEnv, data_statements, has_event};

const URL_VAR: &str = "PETDB_TEST_SHARED_CACHE_URL";
const SUMMARY: &[&str] = &["report", "owners-summary", "--limit", "20"];

fn url() -> String {
    std::env::var(URL_VAR)
        .or_else(|_| std::env::var(crate::common::REDIS_URL_VAR))
        .unwrap_or_else(|_| {
            panic!("{URL_VAR} (or PETDB_TEST_REDIS_URL) must name the shared cache")
        })
}

/// petdb as run on "host" `name`: a home and a disk cache directory of its own.
pub fn on_host(env: &TestEnv, name: &str) -> assert_cmd::Command {
    let mut cmd = env.cmd();
    let home = env.path(name);
    cmd.env("HOME", &home)
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_DATA_HOME", home.join("data"))
        .args(["--cache-dir", home.join("cache").to_str().unwrap()]);
    cmd
}

pub fn run_on(env: &TestEnv, host: &str, args: &[&str]) -> (String, String) {
    let out = on_host(env, host)
        .arg("--echo-sql")
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{args:?} on {host}: {stderr}");
    (String::from_utf8(out.stdout).unwrap(), stderr)
}

#[test]
#[ignore = "needs a shared cache: set PETDB_TEST_SHARED_CACHE_URL or PETDB_TEST_REDIS_URL, pass --include-ignored"]
fn two_hosts_share_hits_and_see_each_others_writes() {
    let env = TestEnv::new_shared(&url()).seed(10);
    for consistency in ["strict", "ttl"] {
        let read = [SUMMARY, &["--consistency", consistency]].concat();
        let (filled, _) = run_on(&env, "host-a", &read);
        let (served, stderr) = run_on(&env, "host-b", &read);
        assert_eq!(served, filled, "{consistency}");
        assert!(has_event(&stderr, "hit"), "{consistency}: {stderr}");
        assert!(data_statements(&stderr).is_empty(), "{stderr}");
        assert!(
            !env.path("host-b").join("cache").join("v1").exists(),
            "nothing was written to B's disk cache"
        );

        // A write on B: A's next read misses and answers what the database holds now.
        let name = format!("Changed Under {consistency}");
        run_on(&env, "host-b", &["owners", "update", "1", "--name", &name]);
        let (now, stderr) = run_on(&env, "host-a", &read);
        assert!(has_event(&stderr, "miss"), "{consistency}: {stderr}");
        let uncached = env.ok(&[&read[..], &["--no-cache"]].concat());
        assert_eq!(now, uncached, "{consistency}");
        assert_ne!(now, filled, "{consistency}: the write shows");
    }
}

/// Stampede protection across hosts: 8 hosts miss one key at once; it runs once, and the
/// statistics of all of them add up exactly.
#[test]
#[ignore = "needs a shared cache: set PETDB_TEST_SHARED_CACHE_URL or PETDB_TEST_REDIS_URL, pass --include-ignored"]
fn a_stampede_across_hosts_runs_the_query_once_and_the_counts_add_up() {
    let env = TestEnv::new_shared(&url()).seed(300);
    let bin = assert_cmd::cargo::cargo_bin("petdb");
    let children: Vec<_> = (0..8)
        .map(|h| {
            let home = env.path(&format!("host-{h}"));
            Command::new(&bin)
                .envs(env.envs())
                .env("HOME", &home)
                .arg("--cache-dir")
                .arg(home.join("cache"))
                .args(["--echo-sql", "report", "species-counts"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut ran = 0;
    for mut c in children {
        let mut stderr = String::new();
        c.stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        assert!(c.wait().unwrap().success(), "{stderr}");
        ran += data_statements(&stderr).len();
    }
    assert_eq!(ran, 1);
    let s = env.json(&["cache", "stats"]);
    let figures = ["misses", "hits", "fills"].map(|f| s[f].as_i64());
    assert_eq!(figures, [Some(1), Some(7), Some(1)], "{s}");
}

#[test]
#[ignore = "needs a shared cache: set PETDB_TEST_SHARED_CACHE_URL or PETDB_TEST_REDIS_URL, pass --include-ignored"]
fn invalidate_all_reaches_every_host_and_stats_reset() {
    let env = TestEnv::new_shared(&url()).seed(10);
    let reads: [&[&str]; 2] = [SUMMARY, &["species", "list"]];
    for read in reads {
        run_on(&env, "host-a", read);
        let (_, stderr) = run_on(&env, "host-b", read);
        assert!(has_event(&stderr, "hit"), "{stderr}");
    }
    let out = on_host(&env, "host-b")
        .args(["cache", "invalidate", "--all"])
        .output()
        .unwrap();
    assert!(out.status.success());
    for read in reads {
        let (_, stderr) = run_on(&env, "host-a", read);
        assert!(has_event(&stderr, "miss"), "{stderr}");
    }
    let s = env.json(&["cache", "stats", "--reset"]);
    assert_eq!(s["hits"], 2, "{s}");
    assert_eq!(s["misses"], 4, "{s}");
    let s = env.json(&["cache", "stats"]);
    assert_eq!(s["hits"], 0, "{s}");
    assert_eq!(s["misses"], 0, "{s}");
}

/// `cache list` and `cache verify` go through what the store can enumerate; on
/// memcached, which cannot, they say so and still exit 0.
#[test]
#[ignore = "needs a shared cache: set PETDB_TEST_SHARED_CACHE_URL or PETDB_TEST_REDIS_URL, pass --include-ignored"]
fn cache_list_and_verify_go_through_the_entries_or_say_why_they_cannot() {
    let env = TestEnv::new_shared(&url()).seed(5);
    env.ok(SUMMARY);
    let memcached = url().starts_with("memcache://");
    for (command, rows) in [("list", 1), ("verify", 1)] {
        let out = env
            .cmd()
            .args(["cache", command, "--format", "csv"])
            .output()
            .unwrap();
        let (stdout, stderr) = (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        );
        assert!(out.status.success(), "{command}: {stderr}");
        if memcached {
            assert!(
                stderr.contains("cannot enumerate its keys") && stderr.lines().count() == 1,
                "{command}: {stderr}"
            );
        } else {
            assert!(stderr.is_empty(), "{command}: {stderr}");
            let entries = stdout
                .lines()
                .filter(|l| l.contains("owners,pets,procedures"));
            assert_eq!(entries.count(), rows, "{command}: {stdout}");
        }
    }
}

/// A shared cache that is not there, or that accepts connections and never answers: one
/// warning, the database's answer, and no command held up past the timeout.
#[test]
#[ignore = "needs a shared cache: set PETDB_TEST_SHARED_CACHE_URL or PETDB_TEST_REDIS_URL, pass --include-ignored"]
fn an_unreachable_or_silent_store_means_one_warning_and_the_databases_answer() {
    let env = TestEnv::new_shared(&url()).seed(10);
    let expected = env.ok(&[SUMMARY, &["--no-cache", "--format", "csv"]].concat());
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_port = silent.local_addr().unwrap().port();
    let keep = std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in silent.incoming().take(4).flatten() {
            held.push(stream);
        }
        std::thread::sleep(Duration::from_secs(15));
    });
    let scheme = url().split("://").next().unwrap().to_owned();
    for port in [1, silent_port] {
        let dead = match scheme.as_str() {
            "redis" => format!("redis://127.0.0.1:{port}/0"),
            other => format!("{other}://127.0.0.1:{port}"),
        };
        for args in [
            &[SUMMARY, &["--format", "csv"]].concat(),
            &vec!["owners", "update", "1", "--phone", "555"],
        ] {
            let started = Instant::now();
            let out = env
                .cmd()
                .args(args)
                .args(["--cache-url", &dead])
                .output()
                .unwrap();
            let took = started.elapsed();
            let stderr = String::from_utf8(out.stderr).unwrap();
            assert!(out.status.success(), "{dead}: {stderr}");
            assert!(took < Duration::from_secs(5), "{dead}: took {took:?}");
            assert_eq!(stderr.lines().count(), 1, "{dead}: {stderr}");
            assert!(
                stderr.contains("warning") && stderr.contains(&format!("127.0.0.1:{port}")),
                "{stderr}"
            );
            if args[0] == "report" {
                assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
            }
        }
    }
    drop(keep);
}
