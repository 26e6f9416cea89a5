//! H4 and H5: the 20-row report's hit on a shared cache — Redis Cluster (H4), memcached
//! (H5) — against the same hit on single Redis and on disk (H1's), strict and TTL, side by
//! side in one run. Judged: the shared store's hit within 1.3× of single Redis's.

use std::process::{Command, Stdio};

use anyhow::Result;

use super::{Bench, Contender, Fixtures, H_REPORT, HitPair, Outcome, ratio};

pub const REDIS_DEFAULT: &str = "redis://127.0.0.1:6379/0";
pub const CLUSTER_DEFAULT: &str = "redis+cluster://127.0.0.1:7101,127.0.0.1:7102,127.0.0.1:7103/";
pub const MEMCACHED_DEFAULT: &str = "memcache://127.0.0.1:11211";

/// The bench's keys, apart from anything else on those servers.
const PREFIX: &str = "petdb-bench:";

/// H4: a Redis Cluster hit / a single-Redis hit.
pub fn h4(fx: &mut Fixtures) -> Result<Vec<Outcome>> {
    let url = fx.opts.cluster_url.clone();
    against(fx, "H4", "Redis Cluster", &url)
}

/// H5: a memcached hit / a single-Redis hit.
pub fn h5(fx: &mut Fixtures) -> Result<Vec<Outcome>> {
    let url = fx.opts.memcached_url.clone();
    against(fx, "H5", "memcached", &url)
}

fn against(fx: &mut Fixtures, id: &'static str, name: &str, url: &str) -> Result<Vec<Outcome>> {
    let redis_url = fx.opts.redis_url.clone();
    for (label, u) in [(name, url), ("Redis", redis_url.as_str())] {
        if !reachable(fx, u) {
            eprintln!("{id} skipped: no {label} at {u} (scripts/shared-caches start)");
            return Ok(Vec::new());
        }
    }
    let disk = fx.h()?;
    let medium = fx.medium()?;
    let shared = pair(fx, &medium, url, name)?;
    let redis = pair(fx, &medium, &redis_url, "Redis")?;
    let owners = fx.opts.owners;
    let benches = [
        ("strict", shared.strict, redis.strict, disk.strict),
        ("TTL", shared.ttl, redis.ttl, disk.ttl),
    ]
    .into_iter()
    .map(|(mode, shared, redis, disk)| Bench {
        id,
        title: format!(
            "`report owners-summary --limit 20`, {owners} owners, SQLite: {name} {mode} hit / \
             single-Redis {mode} hit (disk for reference)"
        ),
        contenders: vec![shared, redis, disk],
        judge: ratio(1.3),
        target: "≤ 1.3×",
        rounds: fx.opts.rounds,
        settle: false,
    })
    .collect::<Vec<_>>();
    fx.measure(&benches)
}

/// Does petdb reach the cache at `url` (no warning from `cache stats`)?
fn reachable(fx: &Fixtures, url: &str) -> bool {
    Command::new(&fx.petdb)
        .args([
            "--cache-url",
            url,
            "--cache-prefix",
            PREFIX,
            "cache",
            "stats",
        ])
        .stdout(Stdio::null())
        .output()
        .is_ok_and(|o| o.status.success() && o.stderr.is_empty())
}

/// The 20-row report on `db` with the cache at `url`, strict and TTL: the entry filled,
/// then each checked with `-v` to be a hit.
fn pair(fx: &Fixtures, db: &str, url: &str, label: &str) -> Result<HitPair> {
    let dir = fx.cache_dir("cache-shared")?; // not used: the cache is at `url`
    let argv = |extra: &[&str]| {
        let mut v = fx.petdb_args(db, &dir, &H_REPORT);
        v.extend(
            ["--cache-url", url, "--cache-prefix", PREFIX]
                .iter()
                .chain(extra)
                .map(|s| (*s).to_owned()),
        );
        v
    };
    let strict = Contender::from_argv(format!("petdb strict hit ({label})"), argv(&[]));
    let ttl = Contender::from_argv(
        format!("petdb TTL hit ({label})"),
        argv(&["--consistency", "ttl"]),
    );
    strict.output()?; // fill
    strict.ensure_hit()?;
    ttl.ensure_hit()?;
    Ok(HitPair { strict, ttl })
}
