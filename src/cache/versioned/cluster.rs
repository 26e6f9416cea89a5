//! Redis Cluster (and Valkey cluster) as a [`Kv`]: `redis+cluster://[user:pass@]host:port,
//! host:port/`, any reachable node of the list being enough to find the rest. Every
//! command names one key, or keys of one hash tag; `cache list`, `cache stats` and
//! `cache invalidate --all` go through every master with `SCAN`.

use anyhow::{Context, Result, bail};
use redis::cluster::{ClusterClient, ClusterConnection};
use redis::cluster_routing::{RoutingInfo, SingleNodeRoutingInfo};
use redis::{Cmd, FromRedisValue, Value};

use super::kv::Kv;
use crate::cache::redis::TIMEOUT;

pub const SCHEME: &str = "redis+cluster://";

/// Release a fill lock only if it still holds our token. KEYS: lock. ARGV: token.
const DELETE_IF: &str = "if redis.call('GET', KEYS[1]) == ARGV[1] then \
                         return redis.call('DEL', KEYS[1]) end return 0";

/// Add to counters of one hash tag. KEYS: counters. ARGV: one increment each.
const ADD_COUNTS: &str = "for i = 1, #KEYS do redis.call('INCRBY', KEYS[i], ARGV[i]) end return 1";

/// Count a hit, expiring with the entry. KEYS: counter. ARGV: expiry (Unix ms).
const COUNT_HIT: &str =
    "redis.call('INCR', KEYS[1]) redis.call('PEXPIREAT', KEYS[1], ARGV[1]) return 1";

pub struct Cluster {
    conn: ClusterConnection,
    shown: String,
}

impl Cluster {
    pub fn open(url: &str) -> Result<Self> {
        let shown = crate::db::target::redact_unparsed(url);
        let nodes = nodes(url).with_context(|| format!("invalid Redis Cluster URL {shown}"))?;
        let client = ClusterClient::builder(nodes)
            .connection_timeout(TIMEOUT)
            .response_timeout(TIMEOUT)
            // One retry (a slot that moved), soon: a node that is down costs its keys,
            // not a wait.
            .retries(1)
            .min_retry_wait(1)
            .max_retry_wait(20)
            .build()
            .with_context(|| format!("invalid Redis Cluster URL {shown}"))?;
        let conn = client
            .get_connection()
            .with_context(|| format!("cannot reach Redis Cluster at {shown}"))?;
        Ok(Self { conn, shown })
    }

    fn query<T: FromRedisValue>(&mut self, cmd: &Cmd) -> Result<T> {
        Ok(cmd.query(&mut self.conn)?)
    }

    fn eval(&mut self, script: &str, keys: &[&str], args: &[Vec<u8>]) -> Result<Value> {
        let mut cmd = redis::cmd("EVAL");
        cmd.arg(script).arg(keys.len());
        for k in keys {
            cmd.arg(*k);
        }
        for a in args {
            cmd.arg(a.as_slice());
        }
        self.query(&cmd)
    }

    /// Every master's address, from `CLUSTER SLOTS`.
    fn masters(&mut self) -> Result<Vec<(String, u16)>> {
        let slots: Vec<Vec<Value>> = self.query(redis::cmd("CLUSTER").arg("SLOTS"))?;
        let mut out = Vec::new();
        for range in slots {
            let Some(node) = range.into_iter().nth(2) else {
                continue;
            };
            let node: Vec<Value> = redis::from_redis_value(node)?;
            let mut node = node.into_iter();
            let (Some(host), Some(port)) = (node.next(), node.next()) else {
                continue;
            };
            let master = (
                redis::from_redis_value::<String>(host)?,
                redis::from_redis_value::<u16>(port)?,
            );
            if !out.contains(&master) {
                out.push(master);
            }
        }
        Ok(out)
    }
}

/// The nodes of `redis+cluster://[user:pass@]h1:p1,h2:p2[/]` as plain Redis URLs.
fn nodes(url: &str) -> Result<Vec<String>> {
    let rest = url
        .strip_prefix(SCHEME)
        .context("not a redis+cluster:// URL")?;
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    let (auth, hosts) = match rest.rsplit_once('@') {
        Some((auth, hosts)) => (format!("{auth}@"), hosts),
        None => (String::new(), rest),
    };
    if hosts.contains('/') || hosts.contains('?') {
        bail!("expected redis+cluster://host:port,host:port/ (no database: a cluster has one)");
    }
    let nodes: Vec<String> = hosts
        .split(',')
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .map(|h| format!("redis://{auth}{h}"))
        .collect();
    if nodes.is_empty() {
        bail!("no host:port in it");
    }
    Ok(nodes)
}

impl Kv for Cluster {
    fn location(&self) -> String {
        self.shown.clone()
    }

    fn get(&mut self, key: &str) -> Result<Option<Vec<u8>>> {
        match self.query(redis::cmd("GET").arg(key)) {
            // Another type at petdb's key (garbage) reads as damage.
            Err(e) if is_wrong_type(&e) => Ok(Some(Vec::new())),
            other => other,
        }
    }

    fn get_many(&mut self, keys: &[String]) -> Result<Vec<Option<Vec<u8>>>> {
        // MGET reads a key of another type as nil.
        self.query(redis::cmd("MGET").arg(keys))
    }

    fn set(&mut self, key: &str, value: &[u8], expires_at_ms: Option<u64>) -> Result<()> {
        let mut cmd = redis::cmd("SET");
        cmd.arg(key).arg(value);
        if let Some(at) = expires_at_ms {
            cmd.arg("PXAT").arg(at);
        }
        self.query(&cmd)
    }

    fn add(&mut self, key: &str, value: &[u8], ttl_ms: Option<u64>) -> Result<bool> {
        let mut cmd = redis::cmd("SET");
        cmd.arg(key).arg(value).arg("NX");
        if let Some(ms) = ttl_ms {
            cmd.arg("PX").arg(ms);
        }
        Ok(self.query::<Option<String>>(&cmd)?.is_some())
    }

    fn delete(&mut self, key: &str) -> Result<bool> {
        Ok(self.query::<u64>(redis::cmd("DEL").arg(key))? > 0)
    }

    fn delete_if(&mut self, key: &str, value: &[u8]) -> Result<()> {
        self.eval(DELETE_IF, &[key], &[value.to_vec()])?;
        Ok(())
    }

    fn add_counts(&mut self, counts: &[(String, u64)]) -> Result<()> {
        let keys: Vec<&str> = counts.iter().map(|(k, _)| k.as_str()).collect();
        let args: Vec<Vec<u8>> = counts.iter().map(|(_, v)| v.to_string().into()).collect();
        self.eval(ADD_COUNTS, &keys, &args)?;
        Ok(())
    }

    fn count_hit(&mut self, key: &str, expires_at_ms: u64) -> Result<()> {
        self.eval(COUNT_HIT, &[key], &[expires_at_ms.to_string().into()])?;
        Ok(())
    }

    fn keys(&mut self, pattern: &str) -> Result<Option<Vec<String>>> {
        let mut keys = Vec::new();
        for (host, port) in self.masters()? {
            let mut cursor: u64 = 0;
            loop {
                let routing = RoutingInfo::SingleNode(SingleNodeRoutingInfo::ByAddress {
                    host: host.clone(),
                    port,
                });
                let scan = redis::cmd("SCAN")
                    .arg(cursor)
                    .arg("MATCH")
                    .arg(pattern)
                    .arg("COUNT")
                    .arg(1000)
                    .clone();
                let reply = self
                    .conn
                    .route_command(&scan, routing)
                    .with_context(|| format!("SCAN on {host}:{port}"))?;
                let (next, batch): (u64, Vec<String>) = redis::from_redis_value(reply)?;
                keys.extend(batch);
                if next == 0 {
                    break;
                }
                cursor = next;
            }
        }
        Ok(Some(keys))
    }

    fn lengths(&mut self, keys: &[String]) -> Result<Vec<u64>> {
        keys.iter()
            .map(|k| match self.query(redis::cmd("STRLEN").arg(k)) {
                Err(e) if is_wrong_type(&e) => Ok(0),
                other => other,
            })
            .collect()
    }
}

fn is_wrong_type(e: &anyhow::Error) -> bool {
    e.downcast_ref::<redis::RedisError>()
        .is_some_and(|e| e.code() == Some("WRONGTYPE"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cluster_url_names_each_node_with_the_same_credentials() {
        assert_eq!(
            nodes("redis+cluster://127.0.0.1:7101,127.0.0.1:7102/").unwrap(),
            ["redis://127.0.0.1:7101", "redis://127.0.0.1:7102"]
        );
        assert_eq!(
            nodes("redis+cluster://u:p@h1:1,h2:2").unwrap(),
            ["redis://u:p@h1:1", "redis://u:p@h2:2"]
        );
        assert!(nodes("redis+cluster:///").is_err());
        assert!(nodes("redis+cluster://h:1/0").is_err());
    }
}
