//! The `cache` commands' side of the cache — listing, statistics, invalidation — written
//! once over the stores' [`Admin`](super::store::Admin) primitives, so the disk and Redis
//! caches answer alike and `cache invalidate` reports like a write's invalidation does.

use anyhow::{Result, bail};

use super::Cache;
use super::entry::{self, Meta};
use super::key::Key;
use super::stats::Stats;
use super::store::{Invalidation, Read};
use crate::db::schema::Tables;
use crate::echo;

/// One entry as `cache list` shows it.
#[derive(Debug, Clone)]
pub struct Listed {
    pub key: Key,
    pub meta: Meta,
    pub hits: u64,
    pub bytes: u64,
    /// Unix time in milliseconds of the last fill or hit.
    pub last_used_ms: u64,
}

impl Cache {
    /// Where the cache lives, as `cache path` and warnings name it.
    pub fn location(&self) -> String {
        self.store.location()
    }

    /// If the store cannot enumerate its entries (memcached), say on stderr that
    /// `command` has nothing to go through, and return `true`: not an error, so a script
    /// running it on every cache goes on.
    pub fn cannot_enumerate(&self, command: &str) -> bool {
        if self.store.enumerates() {
            return false;
        }
        crate::ui::warn(format_args!(
            "{command}: {} cannot enumerate its keys, so there is nothing to go through \
             (cache stats still counts hits and misses)",
            self.store.location()
        ));
        true
    }

    /// Does an invalidation count what it removed? (Not on a version-addressed store.)
    pub fn counts_removed(&self) -> bool {
        self.store.counts_removed()
    }

    /// Every entry, most recently used first. Damaged entries are removed on the way.
    pub fn list(&mut self) -> Result<Vec<Listed>> {
        let mut out = Vec::new();
        for stored in self.store.scan()? {
            let Some((head, total)) = self.store.get(&stored.key, Read::Head)? else {
                continue; // gone since the scan
            };
            match entry::decode_head(&head, total, &stored.key) {
                Ok(e) => out.push(Listed {
                    key: stored.key,
                    hits: stored.hits.unwrap_or(e.hits),
                    bytes: stored.bytes,
                    last_used_ms: stored.last_used_ms.max(e.meta.filled_at_ms),
                    meta: e.meta,
                }),
                Err(e) => {
                    echo::note(format_args!(
                        "removing damaged cache entry {} ({e})",
                        stored.key
                    ));
                    self.store.remove(&stored.key)?;
                    self.delta.damaged += 1;
                }
            }
        }
        out.sort_by(|a, b| b.last_used_ms.cmp(&a.last_used_ms).then(a.key.cmp(&b.key)));
        Ok(out)
    }

    /// The statistics, with `entries` and `bytes` counted afresh.
    pub fn stats(&mut self) -> Result<Stats> {
        let mut stats = self.store.counters()?;
        stats.add(&self.delta);
        let stored = self.store.scan()?;
        stats.entries = stored.len() as i64;
        stats.bytes = stored.iter().map(|s| s.bytes as i64).sum();
        Ok(stats)
    }

    /// Zero the counters (hits, misses, …); entries stay.
    pub fn reset_stats(&mut self) -> Result<()> {
        self.delta = Stats::default();
        self.store.reset_counters()
    }

    /// Remove every entry; returns how many.
    pub fn invalidate_all(&mut self) -> Result<u64> {
        let removed = self.store.clear()?;
        echo::cache_event("invalidate", format_args!("all: {removed} entries"));
        Ok(removed)
    }

    /// Remove the entries that read any of `tables`; returns how many.
    pub fn invalidate_tables(&mut self, tables: Tables) -> Result<u64> {
        let removed = self.store.invalidate(tables, Invalidation::Complete)?;
        invalidated(tables, removed, self.store.counts_removed());
        Ok(removed)
    }

    /// Remove the one entry whose key is or starts with `prefix` (lower-case hex); 0 if
    /// none, an error if several match.
    pub fn invalidate_key(&mut self, prefix: &str) -> Result<u64> {
        let key = match Key::from_hex(prefix) {
            Some(key) => key,
            None => {
                let matches: Vec<Key> = self
                    .store
                    .scan()?
                    .into_iter()
                    .map(|s| s.key)
                    .filter(|k| k.hex().starts_with(prefix))
                    .collect();
                match matches.as_slice() {
                    [] => return Ok(0),
                    [one] => *one,
                    many => bail!(
                        "key prefix '{prefix}' matches {} entries; give more digits",
                        many.len()
                    ),
                }
            }
        };
        let removed = u64::from(self.store.remove(&key)?);
        echo::cache_event("invalidate", format_args!("{key}: {removed} entries"));
        Ok(removed)
    }
}

/// The `-v` event of a table invalidation.
/// (`counted`: the store counts what it removes; else it moved their generations.)
pub(super) fn invalidated(tables: Tables, removed: u64, counted: bool) {
    if counted {
        echo::cache_event(
            "invalidate",
            format_args!("{}: {removed} entries", tables.names()),
        );
    } else {
        echo::cache_event(
            "invalidate",
            format_args!("{}: generation moved", tables.names()),
        );
    }
}
