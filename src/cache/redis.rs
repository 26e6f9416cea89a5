//! The Redis store: the same entries, tags, statistics and fill locks as the disk store,
//! kept in one Redis so cron jobs on several hosts share a cache (see `--cache-url`).
//!
//! ```text
//! <prefix>stats                      hash of counters, bumped with HINCRBY by every host
//! <prefix><db id>:e:<key>            an entry (see entry.rs), expiring with the filler's TTL
//! <prefix><db id>:r:<key>:<style>    a kept rendering of it, expiring with it
//! <prefix><db id>:t:<table>          set of the keys whose entries read <table>
//! <prefix><db id>:g:<table>          the table's invalidation generation
//! <prefix><db id>:l:<key>            fill lock (SET NX PX), for stampede protection
//! <prefix><db id>:hits, :used        per-entry hit counts and last use, for `cache list`
//! ```
//!
//! Invalidating a table reads its tag set instead of scanning the keyspace, and like a fill
//! it runs as one Lua script, so a fill whose query started before an invalidation cannot
//! land after it. Bounds are Redis's own business (`maxmemory` with `allkeys-lru`); the
//! per-entry size limit is still petdb's.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};
use redis::{Connection, Script};

use super::entry;
use super::key::Key;
use super::stats::Stats;
use super::store::{Blob, Bounds, FillLock, Listed, Put, Store};
use crate::output::STYLE_TAGS;

/// Connecting, and every command, give up after this long: a Redis that has gone silent
/// delays a command by at most this much once (the cache is then left alone).
pub const TIMEOUT: Duration = Duration::from_millis(1500);

/// Store an entry and tag it, unless a generation moved. KEYS: entry, then each table's
/// generation key, then each table's tag set. ARGV: bytes, ttl ms, key hex, then each
/// expected generation.
const PUT: &str = r#"
local n = (#KEYS - 1) / 2
for i = 1, n do
  if (tonumber(redis.call('GET', KEYS[1 + i])) or 0) ~= tonumber(ARGV[3 + i]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
for i = 1, n do
  redis.call('SADD', KEYS[1 + n + i], ARGV[3])
  redis.call('PEXPIRE', KEYS[1 + n + i], 2 * tonumber(ARGV[2]))
end
return 1
"#;

/// Drop every entry tagged with a table and bump its generation. KEYS: tag set, generation.
/// ARGV: key prefix (`<prefix><db id>:`), then the rendering styles. Returns entries removed.
const INVALIDATE: &str = r#"
local removed = 0
for _, hex in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  removed = removed + redis.call('DEL', ARGV[1] .. 'e:' .. hex)
  for i = 2, #ARGV do redis.call('DEL', ARGV[1] .. 'r:' .. hex .. ':' .. ARGV[i]) end
  redis.call('HDEL', ARGV[1] .. 'hits', hex)
  redis.call('HDEL', ARGV[1] .. 'used', hex)
end
redis.call('DEL', KEYS[1])
redis.call('INCR', KEYS[2])
return removed
"#;

/// Keep a rendering only while its entry exists, expiring with it. KEYS: entry, rendering.
const PUT_RENDERING: &str = r#"
local ttl = redis.call('PTTL', KEYS[1])
if ttl <= 0 then return 0 end
redis.call('SET', KEYS[2], ARGV[1], 'PX', ttl)
return 1
"#;

/// Take over a fill lock from a holder known to be dead, only if it still holds it.
/// KEYS: lock. ARGV: the dead holder's token, our token, lock ttl ms.
const TAKE_OVER: &str = r#"
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0
"#;

/// Release a fill lock only if it is still ours. KEYS: lock. ARGV: token.
const UNLOCK: &str = r#"
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"#;

pub struct RedisStore {
    conn: Rc<RefCell<Connection>>,
    /// `<prefix>`, shared by every database.
    prefix: String,
    /// `<prefix><db id>:`, this database's keys.
    ns: String,
    shown: String,
}

impl RedisStore {
    /// Connect (within [`TIMEOUT`]) to the Redis at `url`, for the database `db_id`.
    pub fn open(url: &str, prefix: &str, db_id: &str) -> Result<Self> {
        let shown = crate::db::target::redact_unparsed(url);
        let info = redis::IntoConnectionInfo::into_connection_info(url)
            .with_context(|| format!("invalid Redis URL {shown}"))?;
        // No CLIENT SETINFO round trips: the handshake then waits at most once.
        let settings = info.redis_settings().clone().set_skip_set_lib_name();
        let client = redis::Client::open(info.set_redis_settings(settings))?;
        let conn = client
            .get_connection_with_timeout(TIMEOUT)
            .with_context(|| format!("cannot reach Redis at {shown}"))?;

        conn.set_read_timeout(Some(TIMEOUT))?;
        conn.set_write_timeout(Some(TIMEOUT))?;
        Ok(Self {
            conn: Rc::new(RefCell::new(conn)),
            prefix: prefix.to_owned(),
            ns: format!("{prefix}{db_id}:"),
            shown: format!("{shown} (prefix {prefix})"),
        })
    }

    fn entry_key(&self, key: &Key) -> String {
        format!("{}e:{}", self.ns, key.hex())
    }

    fn rendering_key(&self, key: &Key, style: &str) -> String {
        format!("{}r:{}:{style}", self.ns, key.hex())
    }

    fn query<T: redis::FromRedisValue>(&self, cmd: &redis::Cmd) -> Result<T> {
        Ok(cmd.query(&mut *self.conn.borrow_mut())?)
    }

    /// If the lock `name` is held by a process of this host that no longer exists (killed
    /// mid-fill), take it over atomically and say so.
    fn take_over_if_dead(&self, name: &str, token: &str, ttl_ms: u64) -> Result<bool> {
        let Some(holder) = self.query::<Option<String>>(redis::cmd("GET").arg(name))? else {
            return Ok(false); // released meanwhile: the next SET NX gets it
        };
        let dead = parse_lock_token(&holder)
            .is_some_and(|(host, pid)| host == hostname() && !process_alive(pid));
        if !dead {
            return Ok(false);
        }
        let took: i64 = Script::new(TAKE_OVER)
            .key(name)
            .arg(&holder)
            .arg(token)
            .arg(ttl_ms)
            .invoke(&mut *self.conn.borrow_mut())?;
        Ok(took == 1)
    }

    /// Every key matching `pattern`, by SCAN (admin commands only: never on the read path).
    fn scan(&self, pattern: &str) -> Result<Vec<String>> {
        let mut keys = Vec::new();
        let mut cursor: u64 = 0;
        loop {
            let (next, batch): (u64, Vec<String>) = self.query(
                redis::cmd("SCAN")
                    .arg(cursor)
                    .arg("MATCH")
                    .arg(pattern)
                    .arg("COUNT")
                    .arg(1000),
            )?;
            keys.extend(batch);
            if next == 0 {
                return Ok(keys);
            }
            cursor = next;
        }
    }

    fn invalidate_ns_tables(&self, ns: &str, tables: &[String]) -> Result<u64> {
        let script = Script::new(INVALIDATE);
        let mut removed = 0;
        for table in tables {
            let mut call = script.key(format!("{ns}t:{table}"));
            call.key(format!("{ns}g:{table}")).arg(ns);
            for tag in STYLE_TAGS {
                call.arg(tag);
            }
            removed += call.invoke::<u64>(&mut *self.conn.borrow_mut())?;
        }
        Ok(removed)
    }
}

/// A held fill lock; released (if still ours) when dropped.
struct RedisLock {
    conn: Rc<RefCell<Connection>>,
    keys: Vec<String>,
    token: String,
}

impl Drop for RedisLock {
    fn drop(&mut self) {
        let script = Script::new(UNLOCK);
        for k in &self.keys {
            // A failed release is harmless: the lock expires.
            let _: Result<i64, _> = script
                .key(k)
                .arg(&self.token)
                .invoke(&mut *self.conn.borrow_mut());
        }
    }
}

impl Store for RedisStore {
    fn location(&self) -> String {
        self.shown.clone()
    }

    fn get(&mut self, key: &Key) -> Result<Option<Vec<u8>>> {
        self.query(redis::cmd("GET").arg(self.entry_key(key)))
    }

    fn get_rendering(&mut self, key: &Key, style: &str) -> Result<Option<Blob>> {
        let bytes: Option<Vec<u8>> =
            self.query(redis::cmd("GET").arg(self.rendering_key(key, style)))?;
        Ok(bytes.map(Blob::Owned))
    }

    fn put_rendering(&mut self, key: &Key, style: &str, bytes: &[u8]) -> Result<()> {
        Script::new(PUT_RENDERING)
            .key(self.entry_key(key))
            .key(self.rendering_key(key, style))
            .arg(bytes)
            .invoke::<i64>(&mut *self.conn.borrow_mut())?;
        Ok(())
    }

    fn touch(&mut self, key: &Key, hits: u64) -> Result<()> {
        let hex = key.hex();
        redis::pipe()
            .cmd("HINCRBY")
            .arg(format!("{}hits", self.ns))
            .arg(&hex)
            .arg(1)
            .ignore()
            .cmd("HSET")
            .arg(format!("{}used", self.ns))
            .arg(&hex)
            .arg(now_ms())
            .ignore()
            .query::<()>(&mut *self.conn.borrow_mut())?;
        let _ = hits; // the count lives in Redis, incremented atomically
        Ok(())
    }

    fn remove(&mut self, key: &Key) -> Result<bool> {
        let mut del = redis::cmd("DEL");
        del.arg(self.entry_key(key));
        let removed: u64 = self.query(&del)?;
        let mut rest = redis::cmd("DEL");
        for tag in STYLE_TAGS {
            rest.arg(self.rendering_key(key, tag));
        }
        self.query::<u64>(&rest)?;
        Ok(removed > 0)
    }

    fn generations(&mut self, tables: &[String]) -> Result<Vec<u64>> {
        if tables.is_empty() {
            return Ok(Vec::new());
        }
        let mut mget = redis::cmd("MGET");
        for t in tables {
            mget.arg(format!("{}g:{t}", self.ns));
        }
        let values: Vec<Option<u64>> = self.query(&mget)?;
        Ok(values.into_iter().map(|v| v.unwrap_or(0)).collect())
    }

    fn put(
        &mut self,
        key: &Key,
        bytes: &[u8],
        tables: &[String],
        generations: &[u64],
        ttl: Duration,
    ) -> Result<Put> {
        let script = Script::new(PUT);
        let mut call = script.key(self.entry_key(key));
        for t in tables {
            call.key(format!("{}g:{t}", self.ns));
        }
        for t in tables {
            call.key(format!("{}t:{t}", self.ns));
        }
        call.arg(bytes)
            .arg(ttl.as_millis().max(1) as u64)
            .arg(key.hex());
        for g in generations {
            call.arg(*g);
        }
        let stored: i64 = call.invoke(&mut *self.conn.borrow_mut())?;
        Ok(if stored == 1 {
            Put::Stored
        } else {
            Put::Invalidated
        })
    }

    fn invalidate_tables(&mut self, tables: &[String]) -> Result<u64> {
        let ns = self.ns.clone();
        self.invalidate_ns_tables(&ns, tables)
    }

    fn invalidate_all(&mut self) -> Result<u64> {
        // Through the tag sets first (bumping generations, so fills in flight are dropped),
        // then whatever entries are left.
        let mut removed = 0;
        for tag_key in self.scan(&format!("{}*:t:*", self.prefix))? {
            if let Some((ns, table)) = tag_key.rsplit_once("t:") {
                removed += self.invalidate_ns_tables(ns, &[table.to_owned()])?;
            }
        }
        for pattern in ["*:e:*", "*:r:*", "*:hits", "*:used"] {
            let keys = self.scan(&format!("{}{pattern}", self.prefix))?;
            for chunk in keys.chunks(500) {
                let mut del = redis::cmd("DEL");
                del.arg(chunk);
                let n: u64 = self.query(&del)?;
                if pattern == "*:e:*" {
                    removed += n;
                }
            }
        }
        Ok(removed)
    }

    fn list(&mut self) -> Result<Vec<Listed>> {
        let mut out = Vec::new();
        for redis_key in self.scan(&format!("{}e:*", self.ns))? {
            let Some(key) = redis_key.rsplit(':').next().and_then(Key::from_hex) else {
                continue;
            };
            let Some(bytes) = self.get(&key)? else {
                continue;
            };
            let Ok((meta, _)) = entry::decode_meta(&bytes) else {
                crate::echo::note(format_args!("removing damaged cache entry {redis_key}"));
                self.remove(&key)?;
                continue;
            };
            let hex = key.hex();
            let hits: Option<u64> =
                self.query(redis::cmd("HGET").arg(format!("{}hits", self.ns)).arg(&hex))?;
            let used: Option<u64> =
                self.query(redis::cmd("HGET").arg(format!("{}used", self.ns)).arg(&hex))?;
            let mut bytes_total = bytes.len() as u64;
            for tag in STYLE_TAGS {
                bytes_total +=
                    self.query::<u64>(redis::cmd("STRLEN").arg(self.rendering_key(&key, tag)))?;
            }
            out.push(Listed {
                key,
                hits: hits.unwrap_or(0),
                last_used_ms: used.unwrap_or(meta.filled_at_ms),
                bytes: bytes_total,
                meta,
            });
        }
        out.sort_by(|a, b| b.last_used_ms.cmp(&a.last_used_ms).then(a.key.cmp(&b.key)));
        Ok(out)
    }

    /// Lock `keys` for a fill, waiting at most `wait` for other holders. A lock expires
    /// after `wait` too: a holder that crashed on another host delays the others by no
    /// more than they would wait anyway, and one that crashed on this host (its process
    /// is gone) is taken over at once.
    fn lock(&mut self, keys: &[Key], wait: Duration) -> Result<Option<FillLock>> {
        let token = lock_token(&hostname(), std::process::id(), now_ms());
        let ttl_ms = wait.as_millis().max(1) as u64;
        let mut names: Vec<String> = keys
            .iter()
            .map(|k| format!("{}l:{}", self.ns, k.hex()))
            .collect();
        names.sort();
        names.dedup();
        let deadline = Instant::now() + wait;
        let mut held = RedisLock {
            conn: Rc::clone(&self.conn),
            keys: Vec::new(),
            token: token.clone(),
        };
        let mut pause = Duration::from_millis(2);
        for name in names {
            loop {
                let got: Option<String> = self.query(
                    redis::cmd("SET")
                        .arg(&name)
                        .arg(&token)
                        .arg("NX")
                        .arg("PX")
                        .arg(ttl_ms),
                )?;
                if got.is_some() || self.take_over_if_dead(&name, &token, ttl_ms)? {
                    held.keys.push(name);
                    break;
                }
                if Instant::now() >= deadline {
                    return Ok(None);
                }
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(25));
            }
        }
        Ok(Some(Box::new(held)))
    }

    fn add_stats(&mut self, delta: &Stats) -> Result<Stats> {
        let key = format!("{}stats", self.prefix);
        let mut pipe = redis::pipe();
        let mut any = false;
        for (field, value) in Stats::FIELDS.iter().zip(delta.to_array()) {
            // Entries and bytes are counted, not tracked, on Redis.
            if value != 0 && *field != "entries" && *field != "bytes" {
                pipe.cmd("HINCRBY")
                    .arg(&key)
                    .arg(*field)
                    .arg(value)
                    .ignore();
                any = true;
            }
        }
        if any {
            pipe.query::<()>(&mut *self.conn.borrow_mut())?;
        }
        Ok(Stats::default())
    }

    fn stats(&mut self) -> Result<Stats> {
        let fields: Vec<(String, i64)> =
            self.query(redis::cmd("HGETALL").arg(format!("{}stats", self.prefix)))?;
        let mut values = [0i64; 11];
        for (name, v) in fields {
            if let Some(i) = Stats::FIELDS.iter().position(|f| *f == name) {
                values[i] = v;
            }
        }
        let mut stats = Stats::from_array(values);
        let entries = self.scan(&format!("{}*:e:*", self.prefix))?;
        let renderings = self.scan(&format!("{}*:r:*", self.prefix))?;
        stats.entries = entries.len() as i64;
        stats.bytes = 0;
        for k in entries.iter().chain(&renderings) {
            stats.bytes += self.query::<i64>(redis::cmd("STRLEN").arg(k))?;
        }
        Ok(stats)
    }

    fn reset_stats(&mut self) -> Result<()> {
        self.query::<()>(redis::cmd("DEL").arg(format!("{}stats", self.prefix)))
    }

    fn enforce(&mut self, _totals: &Stats, _bounds: &Bounds) -> Result<u64> {
        Ok(0) // Redis evicts by its own maxmemory policy
    }
}

fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_owned())
        .unwrap_or_else(|_| "host".into())
}

/// A fill lock's value: who holds it (`<host>-<pid>-<ms>`), unique per attempt.
fn lock_token(host: &str, pid: u32, ms: u64) -> String {
    format!("{host}-{pid}-{ms}")
}

/// The host and pid of a lock token (a host name may itself contain `-`).
fn parse_lock_token(token: &str) -> Option<(&str, u32)> {
    let mut parts = token.rsplitn(3, '-');
    let _ms: u64 = parts.next()?.parse().ok()?;
    let pid = parts.next()?.parse().ok()?;
    Some((parts.next()?, pid))
}

/// Does process `pid` exist on this host? (A process we may not signal still exists.)
fn process_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return true;
    };
    if pid <= 0 {
        return true;
    }
    // SAFETY: signal 0 sends nothing; it only checks that the process exists.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_tokens_name_their_host_and_pid_even_when_the_host_has_dashes() {
        let token = lock_token("cron-host-3", 4242, 1_700_000_000_000);
        assert_eq!(parse_lock_token(&token), Some(("cron-host-3", 4242)));
        assert_eq!(parse_lock_token("garbage"), None);
        assert_eq!(parse_lock_token("host-notapid-1"), None);
    }

    #[test]
    fn a_reaped_process_is_dead_and_a_live_one_is_not() {
        assert!(process_alive(std::process::id()));
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        assert!(!process_alive(pid));
    }
}
