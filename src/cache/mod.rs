//! The result cache: what makes a read a hit, a miss, stale or expired; stampede
//! protection; fills and invalidation; statistics and `--echo-sql` events. Storage is
//! behind [`store::Store`] (disk now, Redis as well), so this policy is written once.
//!
//! A cache must never make petdb lie. A hit under `--consistency strict` (the default)
//! needs the entry younger than the TTL *and* every table it read at the version recorded
//! when it was filled — one small query. Versions are recorded in the same snapshot as the
//! rows, so an entry never claims newer versions than its rows have. A cache problem
//! (unwritable, damaged, unreachable) turns into a miss and at most one warning; it never
//! fails a command the database could answer.

pub mod disk;
pub mod entry;
pub mod files;
pub mod key;
pub mod redis;
pub mod stats;
pub mod store;

use std::collections::BTreeMap;
use std::io::Write;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::Result;

use self::entry::{CheckedRows, Entry, Meta, RowsEncoder};
use self::key::{Key, Scope};
use self::stats::Stats;
use self::store::{Blob, Bounds, Put, Store};
use crate::db::connection::{AnyConnection, read_snapshot};
use crate::db::database::Database;
use crate::db::read::{self, ReadQuery};
use crate::db::versions;
use crate::echo;
use crate::output::{self, Collector, Out, RowSink};
use crate::rows::Value;

/// How a hit is validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consistency {
    /// TTL and unchanged table versions (one small query per hit).
    Strict,
    /// TTL alone: a hit touches no database.
    Ttl,
}

#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub ttl: Duration,
    pub consistency: Consistency,
    /// Run the query and replace the entry, whatever is cached.
    pub refresh: bool,
    pub bounds: Bounds,
    /// How long a miss waits for another process filling the same key.
    pub lock_wait: Duration,
}

/// Table name → version.
type Versions = BTreeMap<String, i64>;

pub struct Cache {
    store: Box<dyn Store>,
    scope: Scope,
    settings: Settings,
    /// Events of this process not yet added to the shared statistics.
    delta: Stats,
    /// Set after a store error: warned once, the rest of the command runs uncached.
    broken: bool,
}

/// One read of a batch on its way through the cache.
struct Slot<'q> {
    query: &'q ReadQuery,
    key: Key,
    /// A candidate entry: present, intact and not expired (validity still to check).
    entry: Option<Entry>,
    /// What a hit will give: a kept rendering, or the decoded rows.
    payload: Option<Payload>,
    stale: bool,
    expired: bool,
}

enum Payload {
    Rendering(Blob),
    Rows(CheckedRows),
}

impl Cache {
    pub fn new(store: Box<dyn Store>, scope: Scope, settings: Settings) -> Self {
        Self {
            store,
            scope,
            settings,
            delta: Stats::default(),
            broken: false,
        }
    }

    pub fn key(&self, query: &ReadQuery) -> Key {
        self.scope.key(query)
    }

    pub fn location(&self) -> String {
        self.store.location()
    }

    /// Answer `queries`, each into its output, from the cache where valid and from the
    /// database otherwise (then filling the cache).
    pub fn serve(
        &mut self,
        db: &mut Database,
        queries: &[&ReadQuery],
        outs: &mut [Out<'_>],
    ) -> Result<()> {
        if queries.iter().any(|q| q.uncacheable.is_some()) {
            for q in queries {
                let why = q
                    .uncacheable
                    .as_deref()
                    .unwrap_or("read together with an uncacheable statement");
                self.skip(self.scope.key(q), why);
            }
            return read::run_all(db.migrated()?, queries, outs);
        }
        let mut slots: Vec<Slot<'_>> = queries
            .iter()
            .map(|q| Slot {
                query: q,
                key: self.scope.key(q),
                entry: None,
                payload: None,
                stale: false,
                expired: false,
            })
            .collect();

        if !self.settings.refresh {
            for slot in &mut slots {
                self.load(slot);
            }
            if self.validate_now(db, &mut slots) && self.prepare(&mut slots, outs) {
                return self.hit_all(&mut slots, outs);
            }
        }

        // Some reads must run. Take their fill locks so that processes missing the same
        // key at once run it once; whoever waited finds the entry filled.
        let missing: Vec<Key> = slots
            .iter()
            .filter(|s| s.payload.is_none())
            .map(|s| s.key)
            .collect();
        let mut lock = self.lock(&missing);
        if !self.settings.refresh {
            // Read the bytes under the lock but decode after releasing it, so the other
            // waiters are not served one at a time.
            let fetched: Vec<Option<(Vec<u8>, u64)>> = slots
                .iter()
                .map(|s| {
                    if s.entry.is_some() {
                        None
                    } else {
                        self.guard(|store| store.get_head(&s.key)).flatten()
                    }
                })
                .collect();
            if slots
                .iter()
                .zip(&fetched)
                .all(|(s, f)| s.entry.is_some() || f.is_some())
            {
                lock = None;
            }
            for (slot, head) in slots.iter_mut().zip(fetched) {
                if let Some((head, total)) = head {
                    self.accept(slot, &head, total);
                }
            }
            if lock.is_none() && self.validate_now(db, &mut slots) && self.prepare(&mut slots, outs)
            {
                return self.hit_all(&mut slots, outs);
            }
            self.prepare(&mut slots, outs);
        }
        let _lock = lock;

        let mut tables: Vec<String> = slots
            .iter()
            .flat_map(|s| s.query.tables.iter().cloned())
            .collect();
        tables.sort();
        tables.dedup();
        // Generations before the query: a fill is dropped if a table is invalidated meanwhile.
        let generations = self.guard(|store| store.generations(&tables));

        let conn = db.migrated()?;
        let (versions, ran) = read_snapshot(conn, |conn| {
            let versions = read_versions(conn, &tables)?;
            let mut ran = Vec::with_capacity(slots.len());
            for (slot, out) in slots.iter_mut().zip(outs.iter_mut()) {
                if self.still_valid(slot, &versions) && slot.payload.is_some() {
                    self.hit(slot, out)?;
                    ran.push(None);
                } else {
                    ran.push(Some(self.run(conn, slot, out)?));
                }
            }
            Ok((versions, ran))
        })?;
        // A lookup by id that found nothing makes the command fail ("not found"): then
        // nothing of this batch is kept, and nothing counted.
        let not_found = slots.iter().zip(&ran).any(|(slot, ran)| {
            !slot.query.cache_empty
                && matches!(
                    ran,
                    Some(Ran {
                        rows: Some((_, 0)),
                        ..
                    })
                )
        });
        if not_found {
            return Ok(());
        }
        // Counted once the reads have succeeded: a failed command is not a cached read.
        for (slot, ran) in slots.iter().zip(ran) {
            if let Some(ran) = ran {
                self.delta.misses += 1;
                self.delta.stale += i64::from(slot.stale);
                self.delta.expired += i64::from(slot.expired);
                self.fill(slot, ran, &versions, &tables, generations.as_deref());
            }
        }
        Ok(())
    }

    /// Drop the entries that read any of `tables` (after a write to them committed).
    pub fn invalidate_tables(&mut self, tables: &[&str]) {
        let owned: Vec<String> = tables.iter().map(|t| (*t).to_owned()).collect();
        if let Some(n) = self.guard(|store| store.invalidate_tables(&owned)) {
            echo::cache_event(
                "invalidate",
                format_args!("{}: {n} entries", tables.join(", ")),
            );
        }
    }

    /// The store itself, for the `cache` commands.
    pub fn store(&mut self) -> &mut dyn Store {
        self.store.as_mut()
    }

    /// Add this process's events to the shared statistics and evict if over the bounds.
    /// Called when a command succeeds: a failed one leaves the statistics as they were.
    pub fn flush(&mut self) {
        if self.broken || self.delta.is_zero() {
            return;
        }
        let delta = std::mem::take(&mut self.delta);
        let bounds = self.settings.bounds;
        let Some(totals) = self.guard(|store| store.add_stats(&delta)) else {
            return;
        };
        if let Some(evicted) = self.guard(|store| store.enforce(&totals, &bounds))
            && evicted > 0
        {
            echo::cache_event(
                "evict",
                format_args!(
                    "{evicted} least recently used entries (limits: {} entries, {})",
                    bounds.max_entries,
                    bytesize::ByteSize(bounds.max_bytes)
                ),
            );
        }
    }

    // -----------------------------------------------------------------------------------

    /// Run a store operation; on failure warn once and stop using the cache.
    fn guard<T>(&mut self, op: impl FnOnce(&mut dyn Store) -> Result<T>) -> Option<T> {
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

    /// Fetch and check the head of the entry for `slot`.
    fn load(&mut self, slot: &mut Slot<'_>) {
        if let Some(Some((head, total))) = self.guard(|store| store.get_head(&slot.key)) {
            self.accept(slot, &head, total);
        }
    }

    /// Check an entry head for `slot`: a damaged one is removed, an expired one dropped.
    fn accept(&mut self, slot: &mut Slot<'_>, head: &[u8], total: u64) {
        let entry = match entry::decode_head(head, total, &slot.key) {
            Ok(e) => e,
            Err(e) => return self.damaged(slot, &e),
        };
        let age = age(&entry.meta);
        if age >= self.settings.ttl {
            if !slot.expired {
                echo::cache_event(
                    "expired",
                    format_args!(
                        "{} (age {:.1}s ≥ ttl {}s)",
                        slot.key,
                        age.as_secs_f64(),
                        self.settings.ttl.as_secs()
                    ),
                );
                slot.expired = true;
            }
            return;
        }
        slot.entry = Some(entry);
    }

    fn damaged(&mut self, slot: &mut Slot<'_>, e: &anyhow::Error) {
        echo::note(format_args!(
            "cache entry {} is damaged ({e}); removed",
            slot.key
        ));
        self.guard(|store| store.remove(&slot.key));
        self.delta.damaged += 1;
        slot.entry = None;
        slot.payload = None;
    }

    /// Are all entries valid right now? Under `ttl`, presence is enough (no database);
    /// under `strict`, one query reads the versions of every table the entries read.
    fn validate_now(&mut self, db: &mut Database, slots: &mut [Slot<'_>]) -> bool {
        if slots.iter().any(|s| s.entry.is_none()) {
            return false;
        }
        if self.settings.consistency == Consistency::Ttl {
            return true;
        }
        let mut tables: Vec<String> = slots
            .iter()
            .flat_map(|s| {
                s.entry
                    .as_ref()
                    .map(|e| e.meta.tables.clone())
                    .unwrap_or_default()
            })
            .collect();
        tables.sort();
        tables.dedup();
        // A database that is missing or not migrated yet fails here and takes the full path.
        let Ok(current) = db
            .connection()
            .and_then(|conn| read_versions(conn, &tables))
        else {
            return false;
        };
        let mut all = true;
        for slot in slots.iter_mut() {
            if !self.still_valid(slot, &current) {
                all = false;
            }
        }
        all
    }

    /// Is the slot's entry valid at `current` versions (always, under `ttl`)? Reports and
    /// drops it if not. (Whether it is ready to serve is [`Cache::prepare`]'s business.)
    fn still_valid(&mut self, slot: &mut Slot<'_>, current: &Versions) -> bool {
        let Some(entry) = &slot.entry else {
            return false;
        };
        if self.settings.consistency == Consistency::Strict
            && let Some(change) = changed(&entry.meta, current)
        {
            if !slot.stale {
                echo::cache_event("stale", format_args!("{} ({change})", slot.key));
                slot.stale = true;
            }
            slot.entry = None;
            slot.payload = None;
            return false;
        }
        true
    }

    /// Get each entry ready to serve its output: a kept rendering for printed output if
    /// there is one, else the decoded rows. `false` if any slot has nothing to serve.
    fn prepare(&mut self, slots: &mut [Slot<'_>], outs: &[Out<'_>]) -> bool {
        let mut all = true;
        for (slot, out) in slots.iter_mut().zip(outs) {
            if slot.payload.is_some() {
                continue;
            }
            let Some(entry) = &slot.entry else {
                all = false;
                continue;
            };
            let rows_sum = entry.rows_sum;
            if let Out::Print { style, .. } = out
                && let Some(Some(mut blob)) =
                    self.guard(|store| store.get_rendering(&slot.key, style.tag()))
                && blob.check(rows_sum).is_ok()
            {
                slot.payload = Some(Payload::Rendering(blob));
                continue;
            }
            let rows = match self.guard(|store| store.get(&slot.key)) {
                Some(Some(bytes)) if entry::rows_sum(&bytes) == Some(rows_sum) => {
                    entry::check_rows(bytes, entry)
                }
                // Refilled, invalidated or unreadable since its head was read: a miss.
                _ => {
                    slot.entry = None;
                    all = false;
                    continue;
                }
            };
            match rows {
                Ok(rows) => slot.payload = Some(Payload::Rows(rows)),
                Err(e) => {
                    self.damaged(slot, &e);
                    all = false;
                }
            }
        }
        all
    }

    fn hit_all(&mut self, slots: &mut [Slot<'_>], outs: &mut [Out<'_>]) -> Result<()> {
        for (slot, out) in slots.iter_mut().zip(outs.iter_mut()) {
            self.hit(slot, out)?;
        }
        Ok(())
    }

    fn hit(&mut self, slot: &mut Slot<'_>, out: &mut Out<'_>) -> Result<()> {
        let entry = slot.entry.as_ref().expect("a hit has an entry");
        let meta = &entry.meta;
        echo::cache_event(
            "hit",
            format_args!(
                "{} ({}) age {:.1}s, saved {:.1}ms",
                slot.key,
                meta.tables.join(", "),
                age(meta).as_secs_f64(),
                meta.query_micros as f64 / 1000.0
            ),
        );
        let (hits, rows_sum, saved) = (entry.hits + 1, entry.rows_sum, meta.query_micros);
        match (slot.payload.take().expect("a hit is prepared"), out) {
            (Payload::Rendering(mut blob), Out::Print { out, stdout, .. }) => {
                blob.write_body(&mut **out, *stdout)?
            }
            (Payload::Rows(rows), Out::Print { style, out, .. }) => {
                // Render from the rows, keeping the output so later hits need not.
                let limit = self.settings.bounds.max_entry_bytes;
                let mut copy = CopyWriter {
                    out: &mut **out,
                    copy: Some(Vec::new()),
                    limit,
                };
                let mut sink = output::sink(*style, &mut copy);
                rows.stream(sink.as_mut())?;
                sink.end()?;
                drop(sink);
                if let Some(rendered) = copy.copy {
                    let kept = entry::encode_rendering(rows_sum, &rendered);
                    let tag = style.tag();
                    self.guard(|store| store.put_rendering(&slot.key, tag, &kept));
                }
            }
            (Payload::Rows(rows), Out::Rows(target)) => **target = rows.decode()?,
            (Payload::Rendering(_), Out::Rows(_)) => {
                unreachable!("renderings are only prepared for printed output")
            }
        }
        self.delta.hits += 1;
        self.delta.saved_micros += saved as i64;
        self.guard(|store| store.touch(&slot.key, hits));
        Ok(())
    }

    /// Run a missed read into its output, keeping copies for the cache.
    fn run(
        &mut self,
        conn: &mut AnyConnection,
        slot: &mut Slot<'_>,
        out: &mut Out<'_>,
    ) -> Result<Ran> {
        echo::cache_event(
            "miss",
            format_args!("{} ({})", slot.key, slot.query.tables.join(", ")),
        );
        let limit = self.settings.bounds.max_entry_bytes;
        let started = Instant::now();
        match out {
            Out::Print { style, out, .. } => {
                let mut copy = CopyWriter {
                    out: &mut **out,
                    copy: Some(Vec::new()),
                    limit,
                };
                let mut sink = output::sink(*style, &mut copy);
                let mut tee = Tee {
                    out: sink.as_mut(),
                    encoder: RowsEncoder::new(limit),
                };
                read::stream(conn, slot.query, &mut tee)?;
                let (rows, elapsed) = (tee.encoder.finish(), started.elapsed());
                sink.end()?;
                drop(sink);
                let rendering = copy.copy.map(|body| (style.tag(), body));
                Ok(Ran {
                    rows,
                    rendering,
                    elapsed,
                })
            }
            Out::Rows(target) => {
                let mut collector = Collector::default();
                let mut tee = Tee {
                    out: &mut collector,
                    encoder: RowsEncoder::new(limit),
                };
                read::stream(conn, slot.query, &mut tee)?;
                let (rows, elapsed) = (tee.encoder.finish(), started.elapsed());
                **target = collector.rows;
                Ok(Ran {
                    rows,
                    rendering: None,
                    elapsed,
                })
            }
        }
    }

    fn lock(&mut self, keys: &[Key]) -> Option<store::FillLock> {
        if keys.is_empty() {
            return None;
        }
        let wait = self.settings.lock_wait;
        let started = Instant::now();
        match self.guard(|store| store.lock(keys, wait)) {
            Some(Some(lock)) => {
                let waited = started.elapsed();
                if waited > Duration::from_millis(50) {
                    echo::note(format_args!(
                        "waited {:.2}s for another process filling the same result",
                        waited.as_secs_f64()
                    ));
                }
                Some(lock)
            }
            Some(None) => {
                echo::note(format_args!(
                    "waited {}s for another process filling the same result; running it here",
                    wait.as_secs()
                ));
                None
            }
            None => None,
        }
    }

    fn fill(
        &mut self,
        slot: &Slot<'_>,
        ran: Ran,
        versions: &Versions,
        tables: &[String],
        generations: Option<&[u64]>,
    ) {
        let key = slot.key;
        let Some((rows_bytes, row_count)) = ran.rows else {
            self.skip(
                key,
                format_args!(
                    "result over the {} entry limit",
                    bytesize::ByteSize(self.settings.bounds.max_entry_bytes)
                ),
            );
            return;
        };
        let Some(generations) = generations else {
            return;
        };
        let own_tables = &slot.query.tables;
        let meta = Meta {
            key: key.0,
            sql: slot.query.sql.clone(),
            tables: own_tables.clone(),
            versions: own_tables
                .iter()
                .map(|t| (t.clone(), versions.get(t).copied().unwrap_or(0)))
                .collect(),
            filled_at_ms: now_ms(),
            query_micros: ran.elapsed.as_micros() as u64,
            row_count,
        };
        let bytes = match entry::encode_parts(&meta, &rows_bytes) {
            Ok(b) => b,
            Err(e) => return self.skip(key, format_args!("cannot encode: {e}")),
        };
        let limit = self.settings.bounds.max_entry_bytes;
        if bytes.len() as u64 > limit {
            let size = bytesize::ByteSize(bytes.len() as u64);
            return self.skip(
                key,
                format_args!(
                    "result of {size} over the {} entry limit",
                    bytesize::ByteSize(limit)
                ),
            );
        }
        let own_generations: Vec<u64> = own_tables
            .iter()
            .map(|t| {
                tables
                    .iter()
                    .position(|x| x == t)
                    .map_or(0, |i| generations[i])
            })
            .collect();
        let ttl = self.settings.ttl;
        match self.guard(|store| store.put(&key, &bytes, own_tables, &own_generations, ttl)) {
            Some(Put::Stored) => {
                self.delta.fills += 1;
                echo::cache_event(
                    "fill",
                    format_args!(
                        "{key} ({} rows, {}, query {:.1}ms)",
                        meta.row_count,
                        bytesize::ByteSize(bytes.len() as u64),
                        meta.query_micros as f64 / 1000.0
                    ),
                );
                if let (Some((tag, body)), Some(sum)) = (ran.rendering, entry::rows_sum(&bytes)) {
                    let kept = entry::encode_rendering(sum, &body);
                    self.guard(|store| store.put_rendering(&key, tag, &kept));
                }
            }
            Some(Put::Invalidated) => self.skip(key, "a table it reads was written while it ran"),
            None => {}
        }
    }

    fn skip(&mut self, key: Key, why: impl std::fmt::Display) {
        self.delta.skips += 1;
        echo::cache_event("skip", format_args!("{key} ({why})"));
    }
}

/// A read that ran: its encoded rows and count, and its rendering (each unless over the
/// entry limit), and its time.
struct Ran {
    rows: Option<(Vec<u8>, u64)>,
    rendering: Option<(&'static str, Vec<u8>)>,
    elapsed: Duration,
}

/// Passes rows on while encoding a copy for the cache, until it outgrows the limit.
struct Tee<'a> {
    out: &'a mut dyn RowSink,
    encoder: RowsEncoder,
}

impl RowSink for Tee<'_> {
    fn begin(&mut self, columns: &[String]) -> Result<()> {
        self.encoder.columns(columns);
        self.out.begin(columns)
    }

    fn row(&mut self, row: &[Value]) -> Result<()> {
        self.encoder.push(row);
        self.out.row(row)
    }

    fn end(&mut self) -> Result<()> {
        self.out.end()
    }
}

/// Writes through while keeping a copy of the output, until the copy outgrows `limit`.
struct CopyWriter<'a> {
    out: &'a mut dyn Write,
    copy: Option<Vec<u8>>,
    limit: u64,
}

impl Write for CopyWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        if let Some(copy) = self.copy.as_mut() {
            if (copy.len() + n) as u64 > self.limit {
                self.copy = None;
            } else {
                copy.extend_from_slice(&buf[..n]);
            }
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

fn read_versions(conn: &mut AnyConnection, tables: &[String]) -> Result<Versions> {
    if tables.is_empty() {
        return Ok(Versions::new());
    }
    Ok(versions::read(conn, tables)?.into_iter().collect())
}

/// How the versions moved since the fill (`pets v41→v42, owners v7→v9`), if at all.
fn changed(meta: &Meta, current: &Versions) -> Option<String> {
    let moved: Vec<String> = meta
        .versions
        .iter()
        .filter_map(|(t, v)| match current.get(t) {
            Some(now) if now == v => None,
            Some(now) => Some(format!("{t} v{v}→v{now}")),
            None => Some(format!("{t} v{v}→gone")),
        })
        .collect();
    (!moved.is_empty()).then(|| moved.join(", "))
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or_default()
}

fn age(meta: &Meta) -> Duration {
    Duration::from_millis(now_ms().saturating_sub(meta.filled_at_ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_names_each_moved_table() {
        let meta = Meta {
            key: [0; 32],
            sql: String::new(),
            tables: vec!["owners".into(), "pets".into()],
            versions: vec![("owners".into(), 7), ("pets".into(), 41)],
            filled_at_ms: 0,
            query_micros: 0,
            row_count: 0,
        };
        let same: Versions = [("owners".to_owned(), 7), ("pets".to_owned(), 41)].into();
        assert_eq!(changed(&meta, &same), None);
        let moved: Versions = [("owners".to_owned(), 7), ("pets".to_owned(), 42)].into();
        assert_eq!(changed(&meta, &moved).as_deref(), Some("pets v41→v42"));
    }
}
