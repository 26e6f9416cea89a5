//! What the cache needs from storage, as two small traits that the disk and the Redis
//! stores implement: [`Store`] for a read and a fill, [`Admin`] for `cache list`,
//! `cache stats` and `cache invalidate --all`. Everything else — what a hit is, when to
//! fill, what to count, what to tell the user — is policy, written once above them.

use std::any::Any;
use std::time::Duration;

use anyhow::Result;
use serde::{Deserialize, Serialize};

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

/// A table's invalidation generation in a store: a random token that every invalidation
/// replaces — never a counter, so one that is lost or evicted can never come back as the
/// same — and that is *held* from the moment a write to the table is about to commit until
/// its invalidation is confirmed. A `--consistency ttl` hit needs each of its tables at the
/// very token its entry was filled under, and not held; a missing one counts as changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Generation(String);

impl Generation {
    /// A new token, never seen before.
    pub fn fresh() -> Self {
        Self(format!("g{:016x}", rand::random::<u64>()))
    }

    /// A new held token: a write is committing, or its invalidation is not confirmed.
    pub fn held() -> Self {
        Self(format!("h{:016x}", rand::random::<u64>()))
    }

    pub fn is_held(&self) -> bool {
        self.0.starts_with('h')
    }

    /// A token as stored; `None` if it is not one (damage counts as missing).
    pub fn parse(s: &str) -> Option<Self> {
        let ok = s.len() == 17
            && matches!(s.as_bytes()[0], b'g' | b'h')
            && s[1..].bytes().all(|b| b.is_ascii_hexdigit());
        ok.then(|| Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What an entry is stored under for one table it read: the table's generation before the
/// query ran — or, if it had none then, a fresh one the fill sets (only if there is still
/// none: a write in between would have set one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub table: Table,
    pub generation: Generation,
    /// The table had no generation: set this one, unless one appeared meanwhile.
    pub create: bool,
}

/// Which half of an invalidation to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalidation {
    /// Before a write commits: hold the tables' generations (their entries stay, but no
    /// TTL hit will serve them).
    Hold,
    /// After it committed (or for `cache invalidate`): fresh generations, and the entries
    /// that read the tables removed.
    Complete,
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
    /// A batch of reads begins: a store may drop what it remembered of the shared state
    /// (the version-addressed store re-reads its namespace generation, so a long-running
    /// `watch` sees another host's `cache invalidate --all`).
    fn begin_read(&mut self) {}

    /// The entry under `key` (its head, or all of it) and the entry's whole length.
    fn get(&mut self, key: &Key, read: Read) -> Result<Option<(Vec<u8>, u64)>>;

    /// A rendering (one output style, e.g. `csv-noheader`) kept beside the entry `key`.
    fn rendering(&mut self, key: &Key, style: &str) -> Result<Option<Blob>>;

    /// Keep a rendering beside the entry `key`, if the entry is still there (it lives and
    /// goes with the entry).
    fn put_rendering(&mut self, key: &Key, style: &str, bytes: &[u8]) -> Result<()>;

    /// Store the encoded entry `bytes` under `key`, tagged with each table it read —
    /// unless a table's generation is not the tag's any more (a write since the query
    /// started). The entry's header says when it expires.
    fn put(&mut self, key: &Key, bytes: &[u8], tags: &[Tag]) -> Result<Put>;

    /// Record a hit on `key`: recency for eviction, and the entry's hit count.
    fn touch(&mut self, key: &Key) -> Result<()>;

    /// Remove one entry and its renderings; `true` if the entry was there.
    fn remove(&mut self, key: &Key) -> Result<bool>;

    /// Each table's generation, in `tables` order (`None`: missing).
    fn generations(&mut self, tables: Tables) -> Result<Vec<(Table, Option<Generation>)>>;

    /// Invalidate `tables`: hold their generations, or replace them and remove every entry
    /// tagged with them (so a fill whose query started before cannot land); returns how
    /// many entries went.
    fn invalidate(&mut self, tables: Tables, how: Invalidation) -> Result<u64>;

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

    /// Can [`Admin::scan`] find every entry? (memcached cannot enumerate its keys.)
    fn enumerates(&self) -> bool {
        true
    }

    /// Does an invalidation count the entries it removed? (A version-addressed store
    /// leaves them to age out.)
    fn counts_removed(&self) -> bool {
        true
    }

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
