//! The Redis store: the same entries, tags, statistics and fill locks as the disk store,
//! kept in one Redis so cron jobs on several hosts share a cache (see `--cache-url`).
//!
//! ```text
//! <prefix><db id>:stats              hash of counters, bumped with HINCRBY by every host
//! <prefix><db id>:e:<key>            an entry (see entry.rs), expiring when its header says
//! <prefix><db id>:r:<key>            hash of its kept renderings by style, expiring with it
//! <prefix><db id>:t:<table>          set of the keys whose entries read <table>
//! <prefix><db id>:g:<table>          the table's invalidation generation
//! <prefix><db id>:l:<key>            fill lock (SET NX PX), for stampede protection
//! <prefix><db id>:hits, :used        per-entry hit counts and last use, for `cache list`
//! ```
//!
//! Invalidating a table reads its tag set instead of scanning the keyspace, and like a fill
//! it runs as one Lua script (`scripts.rs`), so a fill whose query started before an
//! invalidation cannot land after it. Bounds are Redis's own business (`maxmemory` with
//! `allkeys-lru`); the per-entry size limit is still petdb's.

pub(super) mod lock;
mod scripts;

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};
use redis::{Connection, Script};

use super::entry;
use super::key::Key;
use super::rendering::Blob;
use super::stats::Stats;
use super::store::{Admin, FillLock, Generation, Invalidation, Put, Read, Store, Stored, Tag};
use crate::db::schema::{Table, Tables};

/// Connecting, and every command, give up after this long: a Redis that has gone silent
/// delays a command by at most this much once (the cache is then left alone).
pub const TIMEOUT: Duration = Duration::from_millis(1500);

/// How many leading bytes of an entry a lookup fetches first: the header and, nearly
/// always, all of the metadata.
const HEAD_GUESS: u64 = 4096;

pub struct RedisStore {
    conn: Rc<RefCell<Connection>>,
    /// `<prefix><db id>:`, this database's keys (nothing else is ever read or written).
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
            ns: format!("{prefix}{db_id}:"),
            shown: format!("{shown} (prefix {prefix})"),
        })
    }

    fn stats_key(&self) -> String {
        format!("{}stats", self.ns)
    }

    fn entry_key(&self, key: &Key) -> String {
        format!("{}e:{}", self.ns, key.hex())
    }

    fn renderings_key(&self, key: &Key) -> String {
        format!("{}r:{}", self.ns, key.hex())
    }

    fn query<T: redis::FromRedisValue>(&self, cmd: &redis::Cmd) -> Result<T> {
        Ok(cmd.query(&mut *self.conn.borrow_mut())?)
    }

    /// Every key matching `pattern`, by SCAN (admin commands only: never on the read path).
    fn scan_keys(&self, pattern: &str) -> Result<Vec<String>> {
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

    fn invalidate_names(
        &self,
        tables: impl IntoIterator<Item = String>,
        how: Invalidation,
    ) -> Result<u64> {
        let script = Script::new(scripts::INVALIDATE);
        let mut removed = 0;
        for table in tables {
            let generation = match how {
                Invalidation::Hold => Generation::held(),
                Invalidation::Complete => Generation::fresh(),
            };
            let (n, garbage): (u64, u64) = script
                .key(format!("{}t:{table}", self.ns))
                .key(format!("{}g:{table}", self.ns))
                .arg(&self.ns)
                .arg(generation.as_str())
                .arg(if how == Invalidation::Complete {
                    "1"
                } else {
                    "0"
                })
                .invoke(&mut *self.conn.borrow_mut())?;
            if garbage > 0 {
                crate::ui::warn(format_args!(
                    "{}t:{table} in Redis was not petdb's tag set; removed it (its entries \
                     are no longer served: their generation moved)",
                    self.ns
                ));
            }
            removed += n;
        }
        Ok(removed)
    }
}

impl Store for RedisStore {
    fn get(&mut self, key: &Key, read: Read) -> Result<Option<(Vec<u8>, u64)>> {
        let name = self.entry_key(key);
        if read == Read::Whole {
            let bytes: Option<Vec<u8>> = match self.query(redis::cmd("GET").arg(&name)) {
                Err(e) if wrong_type(&e) => return Ok(Some((Vec::new(), 0))), // damage
                other => other?,
            };
            return Ok(bytes.map(|b| {
                let len = b.len() as u64;
                (b, len)
            }));
        }
        // The head without the rows (a hit served from a rendering never needs them):
        // its first bytes and the whole length in one round trip, the rest of a long
        // metadata in a second.
        let got: Option<(Vec<u8>, u64)> = Script::new(scripts::HEAD)
            .key(&name)
            .arg(HEAD_GUESS)
            .invoke(&mut *self.conn.borrow_mut())?;
        // Not a string (garbage at petdb's key) reads as empty: damage, removed like any.
        let Some((mut head, total)) = got else {
            return Ok(None);
        };
        if let Some(len) = entry::head_len(&head)
            && len > head.len() as u64
            && total > head.len() as u64
        {
            let rest: Vec<u8> = self.query(
                redis::cmd("GETRANGE")
                    .arg(&name)
                    .arg(head.len())
                    .arg(len.min(total) - 1),
            )?;
            head.extend_from_slice(&rest);
        }
        Ok(Some((head, total)))
    }

    fn rendering(&mut self, key: &Key, style: &str) -> Result<Option<Blob>> {
        let bytes: Option<Vec<u8>> = self
            .query(redis::cmd("HGET").arg(self.renderings_key(key)).arg(style))
            .or_else(|e| if wrong_type(&e) { Ok(None) } else { Err(e) })?;
        Ok(bytes.map(Blob::Owned))
    }

    fn put_rendering(&mut self, key: &Key, style: &str, bytes: &[u8]) -> Result<()> {
        Script::new(scripts::PUT_RENDERING)
            .key(self.entry_key(key))
            .key(self.renderings_key(key))
            .arg(style)
            .arg(bytes)
            .invoke::<i64>(&mut *self.conn.borrow_mut())?;
        Ok(())
    }

    fn put(&mut self, key: &Key, bytes: &[u8], tags: &[Tag]) -> Result<Put> {
        let expires_at = entry::expires_at(bytes).context("not an encoded entry")?;
        let script = Script::new(scripts::PUT);
        let mut call = script.key(self.entry_key(key));
        for tag in tags {
            call.key(format!("{}g:{}", self.ns, tag.table));
        }
        for tag in tags {
            call.key(format!("{}t:{}", self.ns, tag.table));
        }
        call.arg(bytes).arg(expires_at.max(1)).arg(key.hex());
        for tag in tags {
            call.arg(tag.generation.as_str())
                .arg(if tag.create { "1" } else { "0" });
        }
        let stored: i64 = call.invoke(&mut *self.conn.borrow_mut())?;
        Ok(if stored == 1 {
            Put::Stored
        } else {
            Put::Invalidated
        })
    }

    fn touch(&mut self, key: &Key) -> Result<()> {
        Script::new(scripts::TOUCH)
            .key(format!("{}hits", self.ns))
            .key(format!("{}used", self.ns))
            .arg(key.hex())
            .arg(now_ms())
            .invoke::<i64>(&mut *self.conn.borrow_mut())?;
        Ok(())
    }

    fn remove(&mut self, key: &Key) -> Result<bool> {
        let removed: u64 = self.query(redis::cmd("DEL").arg(self.entry_key(key)))?;
        self.query::<u64>(redis::cmd("DEL").arg(self.renderings_key(key)))?;
        Ok(removed > 0)
    }

    fn generations(&mut self, tables: Tables) -> Result<Vec<(Table, Option<Generation>)>> {
        if tables.is_empty() {
            return Ok(Vec::new());
        }
        let mut mget = redis::cmd("MGET");
        for t in tables.iter() {
            mget.arg(format!("{}g:{t}", self.ns));
        }
        // MGET reads a key of another type as nil: missing, so a change.
        let values: Vec<Option<String>> = self.query(&mget)?;
        Ok(tables
            .iter()
            .zip(values)
            .map(|(t, v)| (t, v.as_deref().and_then(Generation::parse)))
            .collect())
    }

    fn invalidate(&mut self, tables: Tables, how: Invalidation) -> Result<u64> {
        self.invalidate_names(tables.iter().map(|t| t.name().to_owned()), how)
    }

    fn lock(&mut self, keys: &[Key], wait: Duration) -> Result<Option<FillLock>> {
        self.lock_keys(keys, wait)
    }

    fn record(&mut self, delta: &Stats) -> Result<()> {
        let script = Script::new(scripts::ADD_COUNTS);
        let stats = self.stats_key();
        let mut call = script.key(&stats);
        let mut any = false;
        for (field, value) in Stats::FIELDS.iter().zip(delta.to_array()) {
            // Entries and bytes are counted (by SCAN), not tracked, on Redis.
            if value != 0 && *field != "entries" && *field != "bytes" {
                call.arg(*field).arg(value);
                any = true;
            }
        }
        if any && call.invoke::<i64>(&mut *self.conn.borrow_mut())? == 1 {
            crate::ui::warn(format_args!(
                "{stats} in Redis was not petdb's statistics hash; replaced it (counting \
                 starts again from this command)"
            ));
        }
        Ok(())
    }
}

impl Admin for RedisStore {
    fn location(&self) -> String {
        self.shown.clone()
    }

    fn scan(&mut self) -> Result<Vec<Stored>> {
        let size = Script::new(scripts::SIZE);
        let mut out = Vec::new();
        for name in self.scan_keys(&format!("{}e:*", self.ns))? {
            let Some(key) = name.rsplit(':').next().and_then(Key::from_hex) else {
                continue;
            };
            let hex = key.hex();
            // Garbage at these keys (another type) counts as nothing recorded.
            let hits: Option<u64> = self
                .query(redis::cmd("HGET").arg(format!("{}hits", self.ns)).arg(&hex))
                .or_else(|e| if wrong_type(&e) { Ok(None) } else { Err(e) })?;
            let used: Option<u64> = self
                .query(redis::cmd("HGET").arg(format!("{}used", self.ns)).arg(&hex))
                .or_else(|e| if wrong_type(&e) { Ok(None) } else { Err(e) })?;
            let bytes: u64 = match size
                .key(&name)
                .key(self.renderings_key(&key))
                .invoke(&mut *self.conn.borrow_mut())
            {
                Ok(n) => n,
                Err(e) if e.code() == Some("WRONGTYPE") => 0, // garbage: listed as damage
                Err(e) => return Err(e.into()),
            };
            out.push(Stored {
                key,
                bytes,
                last_used_ms: used.unwrap_or(0),
                hits: Some(hits.unwrap_or(0)),
            });
        }
        Ok(out)
    }

    fn counters(&mut self) -> Result<Stats> {
        let stats = self.stats_key();
        let kind: String = self.query(redis::cmd("TYPE").arg(&stats))?;
        if kind != "hash" && kind != "none" {
            crate::ui::warn(format_args!(
                "{stats} in Redis is a {kind}, not petdb's statistics hash: counting from zero \
                 (the next command that counts replaces it)"
            ));
            return Ok(Stats::default());
        }
        let fields: Vec<(String, i64)> = self.query(redis::cmd("HGETALL").arg(&stats))?;
        let mut values = [0i64; Stats::FIELDS.len()];
        for (name, v) in fields {
            if let Some(i) = Stats::FIELDS.iter().position(|f| *f == name) {
                values[i] = v;
            }
        }
        Ok(Stats::from_array(values))
    }

    fn reset_counters(&mut self) -> Result<()> {
        self.query::<()>(redis::cmd("DEL").arg(self.stats_key()))
    }

    fn clear(&mut self) -> Result<u64> {
        // Through the tag sets first (bumping generations, so fills in flight are dropped),
        // then whatever entries are left.
        let tables: Vec<String> = self
            .scan_keys(&format!("{}t:*", self.ns))?
            .iter()
            .filter_map(|k| k.strip_prefix(&format!("{}t:", self.ns)).map(str::to_owned))
            .collect();
        let mut removed = self.invalidate_names(tables, Invalidation::Complete)?;
        for pattern in ["e:*", "r:*", "hits", "used"] {
            let keys = self.scan_keys(&format!("{}{pattern}", self.ns))?;
            for chunk in keys.chunks(500) {
                let n: u64 = self.query(redis::cmd("DEL").arg(chunk))?;
                if pattern == "e:*" {
                    removed += n;
                }
            }
        }
        Ok(removed)
    }
}

/// Is this Redis's answer to a key of another type than the command expects?
fn wrong_type(e: &anyhow::Error) -> bool {
    e.downcast_ref::<redis::RedisError>()
        .is_some_and(|e| e.code() == Some("WRONGTYPE"))
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or_default()
}
