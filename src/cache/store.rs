//! The storage behind the cache, as a trait: the disk store and the Redis store both
//! implement it, and all cache policy (keys, validity, stampede handling, statistics,
//! echo) lives above it in [`super::Cache`], written once.

use std::any::Any;
use std::time::Duration;

use std::io::{Seek, SeekFrom, Write};

use anyhow::Result;

use super::entry::{self, Meta};
use super::key::Key;
use super::stats::Stats;

/// Limits on what the cache keeps.
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    pub max_entries: u64,
    pub max_bytes: u64,
    /// A larger result is served but not stored.
    pub max_entry_bytes: u64,
}

/// A rendering read from a store: in memory, or (large ones, from disk) an open file that
/// is checked and then copied in chunks, so a hit's memory stays small whatever the
/// output's size.
pub enum Blob {
    Owned(Vec<u8>),
    File(std::fs::File),
}

impl Blob {
    /// Check that this is an intact rendering of the rows with checksum `rows_sum`.
    pub fn check(&mut self, rows_sum: u128) -> Result<()> {
        match self {
            Blob::Owned(bytes) => entry::decode_rendering(bytes, rows_sum).map(drop),
            Blob::File(file) => entry::check_rendering_file(file, rows_sum),
        }
    }

    /// Write the rendered output (call [`Blob::check`] first). When `out` buffers the
    /// process's stdout, a large body is handed to the kernel to copy (no pass through
    /// user memory).
    pub fn write_body(&mut self, out: &mut dyn Write, stdout: bool) -> Result<()> {
        match self {
            Blob::Owned(bytes) => out.write_all(&bytes[entry::RENDERING_HEADER_LEN..])?,
            Blob::File(file) => {
                file.seek(SeekFrom::Start(entry::RENDERING_HEADER_LEN as u64))?;
                if stdout {
                    out.flush()?;
                    std::io::copy(file, &mut std::io::stdout().lock())?;
                } else {
                    std::io::copy(file, out)?;
                }
            }
        }
        Ok(())
    }
}

/// A held fill lock; dropping it releases the lock.
pub type FillLock = Box<dyn Any>;

/// What [`Store::put`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Put {
    Stored,
    /// A table the entry reads was invalidated after the query started: storing it could
    /// serve rows older than a write that has already returned.
    Invalidated,
}

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

pub trait Store {
    /// Where the entries live (a directory, or a Redis URL without password).
    fn location(&self) -> String;

    /// The encoded entry stored under `key`.
    fn get(&mut self, key: &Key) -> Result<Option<Vec<u8>>>;

    /// At least the header and metadata of the entry under `key` (see
    /// [`super::entry::head_len`]) and the entry's whole length: what a lookup needs
    /// before deciding to use the rows.
    fn get_head(&mut self, key: &Key) -> Result<Option<(Vec<u8>, u64)>> {
        Ok(self.get(key)?.map(|bytes| {
            let len = bytes.len() as u64;
            (bytes, len)
        }))
    }

    /// A rendering (one output style, e.g. `csv-noheader`) kept beside the entry `key`.
    fn get_rendering(&mut self, key: &Key, style: &str) -> Result<Option<Blob>>;

    /// Keep a rendering beside the entry `key` (it lives and goes with the entry).
    fn put_rendering(&mut self, key: &Key, style: &str, bytes: &[u8]) -> Result<()>;

    /// Record a hit: recency for eviction, and the entry's own hit count (now `hits`).
    fn touch(&mut self, key: &Key, hits: u64) -> Result<()>;

    /// Remove one entry; `true` if it was there.
    fn remove(&mut self, key: &Key) -> Result<bool>;

    /// Each table's invalidation generation (bumped by every invalidation of the table).
    fn generations(&mut self, tables: &[String]) -> Result<Vec<u64>>;

    /// Store `bytes` under `key`, tagged with `tables`, unless a generation moved away from
    /// `generations` (read before the query ran). `ttl` bounds how long it may be kept.
    fn put(
        &mut self,
        key: &Key,
        bytes: &[u8],
        tables: &[String],
        generations: &[u64],
        ttl: Duration,
    ) -> Result<Put>;

    /// Remove every entry tagged with any of `tables`; returns how many.
    fn invalidate_tables(&mut self, tables: &[String]) -> Result<u64>;

    /// Remove every entry; returns how many.
    fn invalidate_all(&mut self) -> Result<u64>;

    /// Every entry, most recently used first.
    fn list(&mut self) -> Result<Vec<Listed>>;

    /// Exclusive fill locks on `keys`, waiting at most `wait`; `None` on timeout.
    fn lock(&mut self, keys: &[Key], wait: Duration) -> Result<Option<FillLock>>;

    /// Add `delta` to the shared statistics; returns the totals after.
    fn add_stats(&mut self, delta: &Stats) -> Result<Stats>;

    /// The statistics, with `entries` and `bytes` counted afresh.
    fn stats(&mut self) -> Result<Stats>;

    /// Zero the counters (hits, misses, …), keeping entries and bytes.
    fn reset_stats(&mut self) -> Result<()>;

    /// Evict least-recently-used entries if `totals` exceed `bounds`; returns how many.
    fn enforce(&mut self, totals: &Stats, bounds: &Bounds) -> Result<u64>;
}
