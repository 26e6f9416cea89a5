//! The disk store's housekeeping: walking the entries (for `cache list` and `stats`),
//! removing what a crash or a stranger left, the shared counters, eviction within the
//! bounds (expired entries first, then least recently used) and `invalidate --all`.

use std::collections::BTreeSet;
use std::fs;
use std::os::unix::fs::FileExt;
use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{Result, bail};
use lru::LruCache;

use super::files::{
    Found, is_temp_name, list_dir, lock_within, open_private, open_regular, read_len,
    remove_regular,
};
use super::{DiskStore, LOCK_WAIT};
use crate::cache::entry;
use crate::cache::key::Key;
use crate::cache::stats::Stats;
use crate::cache::store::{Admin, Invalidation, Stored};
use crate::echo;

/// Evict down to this share of each bound, so eviction runs now and then, not every fill.
const LOW_WATER: f64 = 0.9;
/// A temporary file older than this was left by a crash.
const STALE_TEMP: Duration = Duration::from_secs(60);

/// An entry found by [`DiskStore::walk`].
pub(super) struct Walked {
    pub path: PathBuf,
    pub key: Key,
    /// The entry and its renderings.
    pub bytes: u64,
    pub used: SystemTime,
}

impl DiskStore {
    /// Every entry: its path, key, size with its renderings, and last use. Removes what a
    /// crash left (old temporary files, renderings whose entry is gone) — regular files
    /// with names petdb makes, nothing else; whatever else is there is left alone.
    pub(super) fn walk(&self) -> Result<Vec<Walked>> {
        let mut found = Vec::new();
        let entries = self.root.join("entries");
        for (shard, kind) in list_dir(&entries) {
            let is_shard =
                kind.is_dir() && shard.len() == 2 && shard.bytes().all(|b| b.is_ascii_hexdigit());
            if !is_shard {
                ignore(&entries.join(&shard));
                continue;
            }
            let dir = entries.join(&shard);
            let mut renderings: Vec<(String, PathBuf)> = Vec::new();
            let first = found.len();
            for (name, kind) in list_dir(&dir) {
                let path = dir.join(&name);
                let rendering_of = name
                    .split_once('.')
                    .filter(|(hex, style)| Key::from_hex(hex).is_some() && is_style(style))
                    .map(|(hex, _)| hex.to_owned());
                let key = Key::from_hex(&name).filter(|k| k.hex()[..2] == shard);
                let Ok(meta) = fs::symlink_metadata(&path) else {
                    continue;
                };
                match (key, rendering_of) {
                    (Some(key), _) if kind.is_file() => found.push(Walked {
                        path,
                        key,
                        bytes: meta.len(),
                        used: meta.modified().unwrap_or(UNIX_EPOCH),
                    }),
                    (_, Some(hex)) if kind.is_file() => renderings.push((hex, path)),
                    _ if is_temp_name(&name) && kind.is_file() => {
                        let age = meta.modified().ok().and_then(|m| m.elapsed().ok());
                        if age.unwrap_or_default() > STALE_TEMP {
                            let _ = remove_regular(&path);
                        }
                    }
                    _ => ignore(&path),
                }
            }
            for (hex, path) in renderings {
                match found[first..].iter_mut().find(|e| e.key.hex() == hex) {
                    Some(entry) => {
                        entry.bytes += fs::symlink_metadata(&path).map_or(0, |m| m.len());
                    }
                    None => {
                        let _ = remove_regular(&path);
                    }
                }
            }
        }
        Ok(found)
    }

    /// Drop tag markers whose entry is gone (evicted or removed by key).
    fn sweep_markers(&self) {
        let tags = self.root.join("tags");
        for (db, _) in list_dir(&tags) {
            for (table, kind) in list_dir(&tags.join(&db)) {
                if !kind.is_dir() {
                    continue;
                }
                let dir = tags.join(&db).join(&table);
                for (marker, kind) in list_dir(&dir) {
                    let gone = Key::from_hex(&marker).is_some_and(|k| {
                        !fs::symlink_metadata(self.entry_path(&k)).is_ok_and(|m| m.is_file())
                    });
                    if gone && kind.is_file() {
                        let _ = remove_regular(&dir.join(&marker));
                    }
                }
            }
        }
    }

    /// Apply `change` to the stats file under its lock; returns the totals after.
    pub(super) fn update_stats(&mut self, change: impl FnOnce(&mut Stats)) -> Result<Stats> {
        let path = self.root.join("stats");
        let file = match self.stats.take() {
            Some(file) => file,
            None => open_private(&path)?,
        };
        if !lock_within(&file, LOCK_WAIT)? {
            bail!("timed out waiting for the lock on {}", path.display());
        }
        // From the start (the file was just opened, and is only ever written with
        // `write_all_at`); longer than any form of the file: a longer one is damaged.
        let bytes = read_len(&file, 256)?;
        let mut stats = if bytes.is_empty() {
            Stats::default()
        } else {
            Stats::decode(&bytes).unwrap_or_else(|| {
                crate::ui::warn(format_args!(
                    "{} was damaged; statistics start again from zero",
                    path.display()
                ));
                Stats::default()
            })
        };
        change(&mut stats);
        // Always the same length: overwrite in place.
        file.write_all_at(&stats.encode(), 0)?;
        Ok(stats)
    }

    /// Bring the cache within its bounds: expired entries go first, then the least
    /// recently used, down to [`LOW_WATER`] of each bound. One evictor at a time.
    pub(super) fn evict(&mut self) -> Result<()> {
        let lock = open_private(&self.root.join("evict.lock"))?;
        if lock.try_lock().is_err() {
            return Ok(()); // another process is evicting right now
        }
        let now = SystemTime::now();
        let mut walked = self.walk()?;
        // Expired ones sort as if never used; then oldest use first into the LRU, so the
        // least recently used pops first.
        walked.sort_by_key(|w| {
            if expired(&w.path, now) {
                UNIX_EPOCH
            } else {
                w.used
            }
        });
        let (mut entries, mut bytes) = (walked.len() as u64, 0u64);
        let mut order: LruCache<Key, (PathBuf, u64)> = LruCache::unbounded();
        for w in walked {
            bytes += w.bytes;
            order.put(w.key, (w.path, w.bytes));
        }
        let target_entries = (self.bounds.max_entries as f64 * LOW_WATER) as u64;
        let target_bytes = (self.bounds.max_bytes as f64 * LOW_WATER) as u64;
        let mut evicted = 0;
        if entries > self.bounds.max_entries || bytes > self.bounds.max_bytes {
            while entries > target_entries || bytes > target_bytes {
                let Some((_, (path, size))) = order.pop_lru() else {
                    break;
                };
                let before = self.pending;
                if self.remove_entry_file(&path).unwrap_or(false) {
                    evicted += 1;
                }
                self.pending = before; // the gauges are written as counted below
                entries -= 1;
                bytes -= size;
            }
            self.sweep_markers();
            if evicted > 0 {
                echo::cache_event(
                    "evict",
                    format_args!(
                        "{evicted} least recently used entries (limits: {} entries, {})",
                        self.bounds.max_entries,
                        bytesize::ByteSize(self.bounds.max_bytes)
                    ),
                );
            }
        }
        self.update_stats(|s| {
            s.evictions += evicted as i64;
            s.entries = entries as i64;
            s.bytes = bytes as i64;
        })?;
        Ok(())
    }
}

/// Has the entry at `path` outlived its filler's TTL (judging by its header)?
fn expired(path: &std::path::Path, now: SystemTime) -> bool {
    let mut head = [0u8; entry::HEADER_LEN];
    let Ok(Found::File(file, _)) = open_regular(path) else {
        return false;
    };
    if file.read_exact_at(&mut head, 0).is_err() {
        return true; // too short to be an entry: first to go
    }
    let now_ms = now
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or_default();
    entry::expires_at(&head).is_none_or(|at| at <= now_ms)
}

/// Something in the cache directory petdb did not make: left alone, and said under `-v`.
fn ignore(path: &std::path::Path) {
    echo::note(format_args!(
        "leaving {} alone: petdb did not make it",
        path.display()
    ));
}

/// A rendering's style tag: lower-case letters and dashes (`csv-noheader`).
pub(super) fn is_style(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

fn millis(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or_default()
}

impl Admin for DiskStore {
    fn location(&self) -> String {
        self.dir.display().to_string()
    }

    fn scan(&mut self) -> Result<Vec<Stored>> {
        Ok(self
            .walk()?
            .into_iter()
            .map(|w| Stored {
                key: w.key,
                bytes: w.bytes,
                last_used_ms: millis(w.used),
                hits: None,
            })
            .collect())
    }

    fn counters(&mut self) -> Result<Stats> {
        self.update_stats(|_| {})
    }

    fn reset_counters(&mut self) -> Result<()> {
        self.update_stats(Stats::reset_counters).map(drop)
    }

    fn clear(&mut self) -> Result<u64> {
        // Every known table of every database first, so fills in flight are dropped.
        let mut removed = 0;
        let tags = self.root.join("tags");
        for (db_id, kind) in list_dir(&tags) {
            if !kind.is_dir() {
                continue;
            }
            let tables: BTreeSet<String> = list_dir(&tags.join(&db_id))
                .into_iter()
                .filter(|(_, kind)| kind.is_file())
                .filter_map(|(name, _)| name.strip_suffix(".gen").map(str::to_owned))
                .collect();
            removed += self.invalidate_db_tables(&db_id, &tables, Invalidation::Complete)?;
        }
        for walked in self.walk()? {
            if self.remove_entry_file(&walked.path)? {
                removed += 1;
            }
        }
        Ok(removed)
    }
}
