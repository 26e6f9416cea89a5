//! The version-addressed store, for servers where only single-key operations are safe:
//! Redis Cluster and Valkey (`redis+cluster://`, `cluster.rs`) and memcached
//! (`memcache://`, `memcached.rs`), both behind the small [`Kv`] interface.
//!
//! ```text
//! {<prefix><db id>}:n                  the namespace generation <space>
//! {<prefix><db id>}:g:<table>          the table's invalidation generation
//! {<prefix><db id>}:s:<figure>         one counter per figure (INCRBY / incr)
//! <prefix><db id>:e:<space>:{<key>}    an entry, expiring when its header says
//! <prefix><db id>:r:<space>:{<key>}:<style>  a kept rendering, expiring with it
//! <prefix><db id>:h:<space>:{<key>}    its hit count (Redis Cluster only)
//! <prefix><db id>:l:{<key>}            fill lock (SET NX PX / add)
//! ```
//!
//! Every entry is addressed by the namespace generation, and records the generations of
//! its tables it was filled under (and, under `strict`, their versions in the database).
//! Invalidating a table is one single-key write of a fresh generation; `cache invalidate
//! --all` writes a fresh namespace generation. Nothing is looked up through a tag set: an
//! entry of an old namespace is never addressed again, one of an old table generation is
//! judged stale by the lookup (it compares every generation), and both age out by TTL or
//! the server's LRU. The keys in braces share one hash tag, so the metadata reads with one
//! `MGET` on a Redis Cluster too; an entry, its renderings and its lock share another.

mod admin;
mod cluster;
mod kv;
mod lock;
mod memcached;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use anyhow::{Context, Result, bail};

use self::kv::Kv;
use super::entry;
use super::key::Key;
use super::rendering::Blob;
use super::stats::Stats;
use super::store::{FillLock, Generation, Invalidation, Put, Read, Store, Tag};
use crate::db::schema::{Table, Tables};

/// Does `url` name a server the version-addressed store serves?
pub fn serves(url: &str) -> bool {
    url.starts_with(cluster::SCHEME) || url.starts_with(memcached::SCHEME)
}

pub struct VersionedStore {
    kv: Rc<RefCell<Box<dyn Kv>>>,
    /// `<prefix><db id>:`: entries, renderings, hit counts, locks.
    ns: String,
    /// `{<prefix><db id>}:`: generations and counters, one hash tag.
    meta: String,
    /// The namespace generation, read once per batch of reads.
    space: Option<String>,
    /// Expiry (Unix ms) of the entries this process read or wrote: a rendering expires
    /// with its entry.
    expiries: HashMap<Key, u64>,
    /// The entry the last lookup read whole for its head: the rows a hit then serves, with
    /// no second round trip.
    last: Option<(Key, Vec<u8>)>,
    prefix: String,
}

impl VersionedStore {
    /// Connect (within the Redis store's timeout) to the server at `url`, for the database
    /// `db_id`.
    pub fn open(url: &str, prefix: &str, db_id: &str) -> Result<Self> {
        if prefix.contains(['{', '}']) {
            bail!(
                "--cache-prefix '{prefix}' has a brace: on {url} petdb's keys use braces as hash tags"
            );
        }
        let kv: Box<dyn Kv> = if url.starts_with(memcached::SCHEME) {
            Box::new(memcached::Memcached::open(url)?)
        } else {
            Box::new(cluster::Cluster::open(url)?)
        };
        Ok(Self {
            kv: Rc::new(RefCell::new(kv)),
            ns: format!("{prefix}{db_id}:"),
            meta: format!("{{{prefix}{db_id}}}:"),
            space: None,
            expiries: HashMap::new(),
            last: None,
            prefix: prefix.to_owned(),
        })
    }

    fn kv(&self) -> std::cell::RefMut<'_, Box<dyn Kv>> {
        self.kv.borrow_mut()
    }

    /// The namespace generation, created if there is none.
    fn space(&mut self) -> Result<String> {
        if let Some(space) = &self.space {
            return Ok(space.clone());
        }
        let name = format!("{}n", self.meta);
        let mut tries = 0;
        let space = loop {
            let now = self.kv().get(&name)?;
            if let Some(g) = now.and_then(|b| Generation::parse(&String::from_utf8_lossy(&b))) {
                break g;
            }
            // Missing or damaged: a fresh one (unless another process just set one).
            let fresh = Generation::fresh();
            let set = if tries == 0 {
                self.kv().add(&name, fresh.as_str().as_bytes(), None)?
            } else {
                self.kv().set(&name, fresh.as_str().as_bytes(), None)?;
                true
            };
            if set {
                break fresh;
            }
            tries += 1;
        };
        self.space = Some(space.as_str().to_owned());
        Ok(space.as_str().to_owned())
    }

    /// The name of `key`'s `kind` (`e`ntry, `r`endering, `h`its) in this namespace.
    fn named(&mut self, kind: &str, key: &Key, tail: &str) -> Result<String> {
        let space = self.space()?;
        Ok(format!("{}{kind}:{space}:{{{}}}{tail}", self.ns, key.hex()))
    }

    fn entry_key(&mut self, key: &Key) -> Result<String> {
        self.named("e", key, "")
    }

    fn rendering_key(&mut self, key: &Key, style: &str) -> Result<String> {
        self.named("r", key, &format!(":{style}"))
    }

    fn hits_key(&mut self, key: &Key) -> Result<String> {
        self.named("h", key, "")
    }

    fn generation_key(&self, table: impl std::fmt::Display) -> String {
        format!("{}g:{table}", self.meta)
    }

    fn stat_keys(&self) -> Vec<String> {
        Stats::FIELDS
            .iter()
            .map(|f| format!("{}s:{f}", self.meta))
            .collect()
    }

    /// Every key of the namespace `space` of kind `kind` (`e`, `r`, `h`); `None` if the
    /// server cannot enumerate.
    fn keys_of(&mut self, kind: &str, space: &str) -> Result<Option<Vec<String>>> {
        let pattern = format!("{}{kind}:{space}:*", self.ns);
        self.kv().keys(&pattern)
    }
}

/// The entry key inside the braces of a stored key name.
fn key_of(name: &str) -> Option<Key> {
    let start = name.find('{')? + 1;
    let end = start + name[start..].find('}')?;
    Key::from_hex(&name[start..end])
}

impl Store for VersionedStore {
    fn begin_read(&mut self) {
        self.space = None;
        self.expiries.clear();
        self.last = None;
    }

    fn get(&mut self, key: &Key, read: Read) -> Result<Option<(Vec<u8>, u64)>> {
        if read == Read::Whole
            && self.last.as_ref().is_some_and(|(k, _)| k == key)
            && let Some((_, bytes)) = self.last.take()
        {
            let len = bytes.len() as u64;
            return Ok(Some((bytes, len)));
        }
        // The whole entry in one round trip (there is no GETRANGE on memcached).
        let name = self.entry_key(key)?;
        let Some(bytes) = self.kv().get(&name)? else {
            return Ok(None);
        };
        if let Some(at) = entry::expires_at(&bytes) {
            self.expiries.insert(*key, at);
        }
        if read == Read::Head {
            self.last = Some((*key, bytes.clone()));
        }
        let len = bytes.len() as u64;
        Ok(Some((bytes, len)))
    }

    fn rendering(&mut self, key: &Key, style: &str) -> Result<Option<Blob>> {
        let name = self.rendering_key(key, style)?;
        Ok(self.kv().get(&name)?.map(Blob::Owned))
    }

    fn put_rendering(&mut self, key: &Key, style: &str, bytes: &[u8]) -> Result<()> {
        if !self.expiries.contains_key(key) {
            self.get(key, Read::Head)?;
        }
        // A rendering of an entry that has gone is not kept; one left by an older entry is
        // never served (it is checked against the entry's rows).
        let Some(at) = self.expiries.get(key).copied() else {
            return Ok(());
        };
        let name = self.rendering_key(key, style)?;
        self.kv().set(&name, bytes, Some(at))
    }

    fn put(&mut self, key: &Key, bytes: &[u8], tags: &[Tag]) -> Result<Put> {
        self.last = None;
        let at = entry::expires_at(bytes).context("not an encoded entry")?;
        for tag in tags.iter().filter(|t| t.create) {
            let name = self.generation_key(tag.table);
            if !self
                .kv()
                .add(&name, tag.generation.as_str().as_bytes(), None)?
            {
                return Ok(Put::Invalidated);
            }
        }
        // Not atomic with the write below: a generation moving in between leaves an entry
        // that records the old one, which no lookup serves.
        let names: Vec<String> = tags.iter().map(|t| self.generation_key(t.table)).collect();
        if !names.is_empty() {
            let now = self.kv().get_many(&names)?;
            let moved = tags
                .iter()
                .zip(now)
                .any(|(tag, now)| now.as_deref() != Some(tag.generation.as_str().as_bytes()));
            if moved {
                return Ok(Put::Invalidated);
            }
        }
        let name = self.entry_key(key)?;
        self.kv().set(&name, bytes, Some(at.max(1)))?;
        self.expiries.insert(*key, at);
        Ok(Put::Stored)
    }

    fn touch(&mut self, key: &Key) -> Result<()> {
        let Some(at) = self.expiries.get(key).copied() else {
            return Ok(());
        };
        let name = self.hits_key(key)?;
        self.kv().count_hit(&name, at)
    }

    fn remove(&mut self, key: &Key) -> Result<bool> {
        self.last = None;
        let name = self.entry_key(key)?;
        let removed = self.kv().delete(&name)?;
        let hits = self.hits_key(key)?;
        self.kv().delete(&hits)?;
        let pattern = self.named("r", key, ":*")?;
        let renderings = self.kv().keys(&pattern)?.unwrap_or_default();
        for r in renderings {
            self.kv().delete(&r)?;
        }
        self.expiries.remove(key);
        Ok(removed)
    }

    fn generations(&mut self, tables: Tables) -> Result<Vec<(Table, Option<Generation>)>> {
        if tables.is_empty() {
            return Ok(Vec::new());
        }
        let names: Vec<String> = tables.iter().map(|t| self.generation_key(t)).collect();
        let values = self.kv().get_many(&names)?;
        Ok(tables
            .iter()
            .zip(values)
            .map(|(t, v)| {
                let g = v.and_then(|b| Generation::parse(&String::from_utf8_lossy(&b)));
                (t, g)
            })
            .collect())
    }

    fn invalidate(&mut self, tables: Tables, how: Invalidation) -> Result<u64> {
        for table in tables.iter() {
            let generation = match how {
                Invalidation::Hold => Generation::held(),
                Invalidation::Complete => Generation::fresh(),
            };
            let name = self.generation_key(table);
            self.kv().set(&name, generation.as_str().as_bytes(), None)?;
        }
        // The entries stay where they are, never served again: nothing counted them.
        Ok(0)
    }

    fn lock(&mut self, keys: &[Key], wait: std::time::Duration) -> Result<Option<FillLock>> {
        let names: Vec<String> = keys
            .iter()
            .map(|k| format!("{}l:{{{}}}", self.ns, k.hex()))
            .collect();
        lock::lock(&self.kv, names, wait)
    }

    fn record(&mut self, delta: &Stats) -> Result<()> {
        let counts: Vec<(String, u64)> = self
            .stat_keys()
            .into_iter()
            .zip(Stats::FIELDS)
            .zip(delta.to_array())
            // Entries and bytes are counted (where the server can), not tracked.
            .filter(|((_, field), _)| *field != "entries" && *field != "bytes")
            .filter_map(|((name, _), v)| {
                u64::try_from(v).ok().filter(|v| *v > 0).map(|v| (name, v))
            })
            .collect();
        if counts.is_empty() {
            return Ok(());
        }
        self.kv().add_counts(&counts)
    }
}
