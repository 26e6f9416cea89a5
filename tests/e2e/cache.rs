//! The result cache, end to end: hits, misses, staleness, TTL, eviction, invalidation,
//! concurrency, damage, privacy.

use std::process::{Command, Stdio};
use std::time::Duration;

use crate::common::{TestEnv, cache_events, data_statements, has_event};

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

/// The same for ad-hoc SQL calling functions and operators (on PostgreSQL their check
/// against the catalog happened when the entry was filled, not on every hit).
#[test]
fn consistency_ttl_serves_an_adhoc_hit_with_the_database_gone() {
    let env = TestEnv::seeded(5);
    let sql = [
        "--format",
        "csv",
        "--consistency",
        "ttl",
        "sql",
        "SELECT count(*) AS n, max(lower(name)) AS m FROM owners WHERE id > 0",
    ];
    let cached = env.ok(&sql);
    env.drop_database();
    let (out, stderr) = env.echo(&sql);
    assert_eq!(out, cached);
    assert!(has_event(&stderr, "hit"), "{stderr}");
    assert!(!stderr.contains("connect"), "{stderr}");
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

/// The TTL an entry was filled with bounds its life for every reader, on disk as on
/// Redis (where the entry expires by itself).
#[test]
fn an_entry_lives_no_longer_than_its_fillers_ttl() {
    let env = TestEnv::seeded(3);
    env.ok(&["species", "list", "--ttl", "1"]);
    std::thread::sleep(Duration::from_millis(1100));
    let (out, stderr) = env.echo(&["species", "list", "--ttl", "3600"]);
    assert!(!has_event(&stderr, "hit"), "{stderr}");
    assert!(has_event(&stderr, "miss"), "{stderr}");
    assert_eq!(out, env.ok(&["species", "list", "--no-cache"]));
    let (_, stderr) = env.echo(&["species", "list", "--ttl", "3600"]);
    assert!(has_event(&stderr, "hit"), "refilled for an hour: {stderr}");
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
    assert!(csv.starts_with("hits,misses,stale,expired,fills,evictions,skips,damaged,saved_micros,entries,bytes,served_stale,hit_ratio,saved_ms,location\n2,1,"), "{csv}");
    assert!(env.ok(&["cache", "stats"]).contains("hit_ratio"));

    env.ok(&["cache", "stats", "--reset"]);
    let s = env.json(&["cache", "stats"]);
    assert_eq!(
        (s["hits"].as_i64(), s["misses"].as_i64()),
        (Some(0), Some(0))
    );
    assert_eq!(s["entries"], 1, "a reset keeps the entries");
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

/// Overlapping processes missing the same key: one runs the query, the others wait.
#[test]
fn a_stampede_runs_the_query_once() {
    let env = TestEnv::seeded(300);
    let bin = assert_cmd::cargo::cargo_bin("petdb");
    let children: Vec<_> = (0..8)
        .map(|_| {
            Command::new(&bin)
                .envs(env.envs())
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
            let envs = env.envs();
            std::thread::spawn(move || {
                let run = |args: &[&str]| {
                    let out = Command::new(&bin)
                        .envs(envs.iter().map(|(k, v)| (k, v)))
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

/// An empty result is a result (an owner without pets); a lookup that finds nothing is a
/// failed command, and nothing read with it is kept.
#[test]
fn empty_results_are_cached_but_not_found_lookups_are_not() {
    let env = TestEnv::new();
    env.ok(&["owners", "add", "--name", "No Pets"]);
    env.ok(&["owners", "get", "1", "--with-pets"]);
    let (_, stderr) = env.echo(&["owners", "get", "1", "--with-pets"]);
    assert_eq!(
        cache_events(&stderr)
            .iter()
            .filter(|e| e.starts_with("hit"))
            .count(),
        2,
        "{stderr}"
    );
    let before = env.json(&["cache", "stats"]);
    env.fails(&["owners", "get", "2", "--with-pets"], 1);
    env.fails(&["species", "get", "9"], 1);
    let after = env.json(&["cache", "stats"]);
    assert_eq!(before["entries"], after["entries"], "{after}");
    assert_eq!(
        before["misses"], after["misses"],
        "a failed command is not a cached read"
    );
}

/// `cache stats --format prometheus`, parsed by a Prometheus text-format parser; `--output`
/// writes the same to a file (for node_exporter's textfile collector).
#[test]
fn stats_export_to_prometheus() {
    let env = TestEnv::seeded(3);
    env.ok(SUMMARY);
    env.ok(SUMMARY);
    let text = env.ok(&["--format", "prometheus", "cache", "stats"]);
    let lines = text.lines().map(|l| Ok(l.to_owned()));
    let scrape = prometheus_parse::Scrape::parse(lines).expect("valid exposition text");
    let value = |name: &str| {
        let s = scrape
            .samples
            .iter()
            .find(|s| s.metric == name)
            .unwrap_or_else(|| panic!("{name} in {text}"));
        match s.value {
            prometheus_parse::Value::Counter(v)
            | prometheus_parse::Value::Gauge(v)
            | prometheus_parse::Value::Untyped(v) => v,
            _ => panic!("{name}: {:?}", s.value),
        }
    };
    assert_eq!(value("petdb_cache_hits_total"), 1.0);
    assert_eq!(value("petdb_cache_misses_total"), 1.0);
    assert_eq!(value("petdb_cache_entries"), 1.0);
    assert!(value("petdb_cache_bytes") > 0.0);
    assert!(value("petdb_cache_saved_seconds_total") >= 0.0);
    for metric in ["hits", "misses", "fills", "served_stale"] {
        let name = format!("petdb_cache_{metric}_total");
        assert!(
            text.contains(&format!("# TYPE {name} counter")),
            "{name}: {text}"
        );
    }
    assert!(text.contains("# TYPE petdb_cache_entries gauge"));
    // To a file, replacing it whole.
    let file = env.path("petdb.prom");
    std::fs::write(&file, "old").unwrap();
    let printed = env.ok(&[
        "--format",
        "prometheus",
        "cache",
        "stats",
        "--output",
        file.to_str().unwrap(),
    ]);
    assert!(printed.is_empty());
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(
        written.starts_with("# HELP petdb_cache_hits_total"),
        "{written}"
    );
    let dir: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("petdb.prom"))
        .collect();
    assert_eq!(dir, ["petdb.prom"], "no temporary file left");
    // Only cache stats speaks Prometheus.
    let err = env.fails(&["--format", "prometheus", "owners", "list"], 2);
    assert!(err.contains("only for `petdb cache stats`"), "{err}");
}
