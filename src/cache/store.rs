//! What the cache needs from storage, as two small traits that the disk and the Redis
//! stores implement: [`Store`] for a read and a fill, [`Admin`] for `cache list`,
//! `cache stats` and `cache invalidate --all`. Everything else — what a hit is, when to
//! fill, what to count, what to tell the user — is policy, written once above them.

use std::any::Any;
use std::time::Duration;

use anyhow::Result;

use super::key::Key;
use super::rendering::Blob;
use super::stats::Stats;
use crate::db::schema::{Table, Tables};

/// A held fill lock; dropping it releases the lock.
pub type FillLock = Box<dyn Any>;

/// How much of an entry to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Read {
    /// At least the header and metadata (see [`super::entry::head_len`]): what a lookup
    /// needs before deciding to use the rows.
    Head,
    /// All of it.
    Whole,
}

/// What [`Store::put`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Put {
    Stored,
    /// A table the entry reads was invalidated after the query started: storing it could
    /// serve rows older than a write that has already returned.
    Invalidated,
}

/// Storage for a read and a fill.
pub trait Store {
    /// The entry under `key` (its head, or all of it) and the entry's whole length.
    fn get(&mut self, key: &Key, read: Read) -> Result<Option<(Vec<u8>, u64)>>;

    /// A rendering (one output style, e.g. `csv-noheader`) kept beside the entry `key`.
    fn rendering(&mut self, key: &Key, style: &str) -> Result<Option<Blob>>;

    /// Keep a rendering beside the entry `key`, if the entry is still there (it lives and
    /// goes with the entry).
    fn put_rendering(&mut self, key: &Key, style: &str, bytes: &[u8]) -> Result<()>;

    /// Store the encoded entry `bytes` under `key`, tagged with each table it read —
    /// unless a table's generation moved away from the one given (read before the query
    /// ran). The entry's header says when it expires.
    fn put(&mut self, key: &Key, bytes: &[u8], tags: &[(Table, u64)]) -> Result<Put>;

    /// Record a hit on `key`: recency for eviction, and the entry's hit count.
    fn touch(&mut self, key: &Key) -> Result<()>;

    /// Remove one entry and its renderings; `true` if the entry was there.
    fn remove(&mut self, key: &Key) -> Result<bool>;

    /// Each table's invalidation generation, in `tables` order.
    fn generations(&mut self, tables: Tables) -> Result<Vec<(Table, u64)>>;

    /// Remove every entry tagged with any of `tables` and move their generations, so a
    /// fill whose query started before cannot land; returns how many entries went.
    fn invalidate(&mut self, tables: Tables) -> Result<u64>;

    /// Exclusive fill locks on `keys`, waiting at most `wait`; `None` on timeout.
    fn lock(&mut self, keys: &[Key], wait: Duration) -> Result<Option<FillLock>>;

    /// Add this process's counts to the shared statistics (exact however many processes
    /// run at once); a store may do its upkeep here (the disk store evicts).
    fn record(&mut self, delta: &Stats) -> Result<()>;
}

/// One stored entry, as [`Admin::scan`] finds it.
#[derive(Debug, Clone)]
pub struct Stored {
    pub key: Key,
    /// The entry and its renderings.
    pub bytes: u64,
    /// Unix time in milliseconds of the last hit, or fill (0 if the store cannot tell).
    pub last_used_ms: u64,
    /// Hits, where the store counts them outside the entry (else the entry's header).
    pub hits: Option<u64>,
}

/// Storage for the `cache` commands.
pub trait Admin {
    /// Where the entries live (a directory, or a Redis URL without password and prefix).
    fn location(&self) -> String;

    /// Every entry of this cache (for this database and prefix), in no particular order.
    fn scan(&mut self) -> Result<Vec<Stored>>;

    /// The shared counters (hits, misses, …); `entries` and `bytes` as last recorded.
    fn counters(&mut self) -> Result<Stats>;

    /// Zero the counters.
    fn reset_counters(&mut self) -> Result<()>;

    /// Remove every entry of this cache and move every generation; returns how many
    /// entries went.
    fn clear(&mut self) -> Result<u64>;
}

/// A store the cache can use: both sides.
pub trait Storage: Store + Admin {}

impl<T: Store + Admin> Storage for T {}
