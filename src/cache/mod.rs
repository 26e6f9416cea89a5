//! The result cache. A read flows through it like this:
//!
//! 1. [`Cache::read`] (`read.rs`) takes a batch of reads that must agree;
//! 2. `lookup.rs` decides for each — hit, miss, stale, expired, damaged
//!    or uncacheable — with [`lookup::judge`], the one place that compares TTLs, versions
//!    and entry state;
//! 3. if every read hits, they are served (`read.rs`); otherwise the miss path
//!    (`miss.rs`) locks, looks again, runs the batch in one snapshot and fills
//!    (`fill.rs`).
//!
//! Storage sits behind two small traits (`store.rs`) with a disk store (`disk/`) and a
//! Redis store (`redis/`); the database behind one (`source.rs`). `admin.rs` serves the
//! `cache` commands; `entry.rs`, `rendering.rs`, `key.rs` and `stats.rs` are formats.
//!
//! A cache must never make petdb lie. A hit under `--consistency strict` (the default)
//! needs the entry younger than the TTL *and* every table it read at the version recorded
//! when it was filled — one small query. Versions are recorded in the same snapshot as the
//! rows, so an entry never claims newer versions than its rows have. A cache problem
//! (unwritable, damaged, unreachable) turns into a miss and at most one warning; it never
//! fails a command the database could answer.

mod admin;
pub mod disk;
pub mod entry;
mod fill;
pub mod key;
mod lookup;
mod miss;
mod outcome;
mod read;
mod redis;
mod rendering;
mod source;
pub mod stats;
pub mod store;
pub mod verify;
mod versioned;

#[cfg(test)]
mod memory;
#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::Result;

pub use self::admin::Listed;
use self::key::{Key, Scope};
pub use self::lookup::Lookup;
pub use self::outcome::Outcome;
pub use self::source::{Snapshot, Source};
use self::stats::Stats;
use self::store::{Invalidation, Storage};
use crate::db::read::ReadQuery;
use crate::db::schema::Tables;
use crate::echo;

/// How a hit is validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consistency {
    /// TTL and unchanged table versions (one small query per hit).
    Strict,
    /// TTL alone: a hit touches no database.
    Ttl,
}

/// Limits on what the cache keeps.
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    pub max_entries: u64,
    pub max_bytes: u64,
    /// A larger result is served but not stored.
    pub max_entry_bytes: u64,
}

/// How the cache behaves for this run.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub ttl: Duration,
    pub consistency: Consistency,
    /// Run the query and replace the entry, whatever is cached.
    pub refresh: bool,
    pub bounds: Bounds,
    /// How long a miss waits for another process filling the same key.
    pub lock_wait: Duration,
    /// When the database cannot be reached, serve an entry up to this old (`--max-stale`).
    pub max_stale: Option<Duration>,
}

/// Where the entries live.
#[derive(Debug, Clone)]
pub enum Location {
    Dir(PathBuf),
    Redis { url: String, prefix: String },
}

pub struct Cache {
    store: Box<dyn Storage>,
    scope: Scope,
    settings: Settings,
    /// Events of this process not yet added to the shared statistics.
    delta: Stats,
    /// Set after a store error: warned once, the rest of the command runs uncached.
    broken: bool,
    /// Something of this command's answer has been written (a stale one can no longer
    /// take its place).
    wrote: bool,
    /// What became of each read answered so far (see `outcome.rs`).
    outcomes: Vec<Outcome>,
}

/// One read of a batch on its way through the cache.
struct Slot<'q> {
    query: &'q ReadQuery,
    key: Key,
    /// The latest lookup's outcome.
    lookup: Lookup,
    /// An entry fresh by age whose versions the latest lookup did not read (under
    /// `strict`, when another read of the batch missed): judged again in the snapshot.
    unverified: Option<Box<lookup::Found>>,
    /// The first reason this read was not a hit (reported once, counted once).
    reason: Option<Lookup>,
}

impl Cache {
    /// Open the cache at `location` for the database `scope` describes.
    pub fn open(location: &Location, scope: Scope, settings: Settings) -> Result<Self> {
        let db_id = scope.database_id();
        let store: Box<dyn Storage> = match location {
            Location::Dir(dir) => Box::new(disk::DiskStore::open(dir, &db_id, settings.bounds)?),
            Location::Redis { url, prefix } if versioned::serves(url) => {
                Box::new(versioned::VersionedStore::open(url, prefix, &db_id)?)
            }
            Location::Redis { url, prefix } => {
                Box::new(redis::RedisStore::open(url, prefix, &db_id)?)
            }
        };
        Ok(Self::new(store, scope, settings))
    }

    pub fn new(store: Box<dyn Storage>, scope: Scope, settings: Settings) -> Self {
        Self {
            store,
            scope,
            settings,
            delta: Stats::default(),
            broken: false,
            wrote: false,
            outcomes: Vec::new(),
        }
    }

    /// Before a write to `tables` commits: hold their generations, so that from now until
    /// the invalidation is confirmed no `--consistency ttl` hit serves what read them.
    /// `false` if the store could not (then [`Cache::invalidate`] says so).
    pub fn hold(&mut self, tables: Tables) -> bool {
        !tables.is_empty()
            && !self.broken
            && self.store.invalidate(tables, Invalidation::Hold).is_ok()
    }

    /// After a write to `tables` committed: replace their generations and drop the entries
    /// that read them. If that cannot be confirmed, one warning names what to run; until
    /// then a held generation (see [`Cache::hold`]) keeps TTL hits away from them, and a
    /// strict hit checks the database anyway.
    pub fn invalidate(&mut self, tables: Tables, held: bool) {
        if tables.is_empty() {
            return;
        }
        let result = if self.broken {
            Err(anyhow::anyhow!("it failed earlier in this command"))
        } else {
            self.store.invalidate(tables, Invalidation::Complete)
        };
        match result {
            Ok(removed) => admin::invalidated(tables, removed, self.store.counts_removed()),
            Err(e) => {
                self.broken = true;
                unconfirmed(&self.store.location(), tables, held, &e);
            }
        }
    }

    /// Add this process's events to the shared statistics. Called when a command
    /// succeeds: a failed one leaves the statistics as they were. Tried even after a store
    /// error earlier in the command (a full disk, a Redis hiccup): what happened is
    /// counted, so hits + misses stay equal to the cached reads.
    pub fn finish(&mut self) {
        if self.delta.is_zero() {
            return;
        }
        let delta = std::mem::take(&mut self.delta);
        if let Err(e) = self.store.record(&delta)
            && !self.broken
        {
            self.broken = true;
            crate::ui::warn(format_args!(
                "cache at {} could not count this command: {}",
                self.store.location(),
                crate::ui::chain(&e)
            ));
        }
    }

    /// Run a store operation; on failure warn once and stop using the cache.
    fn guard<T>(&mut self, op: impl FnOnce(&mut dyn Storage) -> Result<T>) -> Option<T> {
        if self.broken {
            return None;
        }
        match op(self.store.as_mut()) {
            Ok(v) => Some(v),
            Err(e) => {
                self.broken = true;
                crate::ui::warn(format_args!(
                    "cache at {} unusable, continuing without it: {}",
                    self.store.location(),
                    crate::ui::chain(&e)
                ));
                None
            }
        }
    }

    fn skip(&mut self, key: Key, why: impl std::fmt::Display) {
        self.delta.skips += 1;
        echo::cache_event("skip", format_args!("{key} ({why})"));
        self.outcomes.push(Outcome::Skipped {
            why: why.to_string(),
        });
    }
}

/// The one warning of a write whose invalidation could not be confirmed.
pub fn unconfirmed(location: &str, tables: Tables, held: bool, e: &anyhow::Error) {
    let names: Vec<&str> = tables.iter().map(|t| t.name()).collect();
    let meanwhile = if held {
        "until then, cached answers that read them are not served under --consistency ttl"
    } else {
        "until then, --consistency ttl may serve cached answers that read them"
    };
    crate::ui::warn(format_args!(
        "the write committed, but the cache at {location} could not confirm dropping what \
         read {} ({}); run `petdb cache invalidate --table {}` once it is reachable ({meanwhile})",
        names.join(", "),
        crate::ui::chain(e),
        names.join(" ")
    ));
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or_default()
}
