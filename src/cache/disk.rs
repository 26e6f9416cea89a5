//! The on-disk store: one file per entry, so a hit opens one file however large the cache
//! grows; no index is loaded per invocation.
//!
//! ```text
//! <dir>/CACHEDIR.TAG
//! <dir>/v1/entries/<2 hex>/<64 hex>       one entry (see entry.rs); mtime = last use
//! <dir>/v1/entries/<2 hex>/<64 hex>.<style>  a rendering of it (e.g. `.csv-noheader`)
//! <dir>/v1/tags/<db id>/<table>/<64 hex>  empty marker: that entry reads <table>
//! <dir>/v1/tags/<db id>/<table>.gen       the table's invalidation generation (and its lock)
//! <dir>/v1/locks/<2 hex>                  fill-lock stripes, for stampede protection
//! <dir>/v1/stats                          shared counters (locked read-modify-write)
//! <dir>/v1/evict.lock                     one evictor at a time
//! ```
//!
//! Entries are written to a temporary file and renamed into place. A fill holds the
//! generation locks of its tables while it checks the generations and renames, and an
//! invalidation holds the same locks while it deletes and bumps them, so a fill whose
//! query started before an invalidation can never land after it.

use std::collections::BTreeSet;
use std::fs::{self, File};
use std::io::{self, Read};
use std::os::unix::fs::{FileExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result, bail};
use lru::LruCache;

use super::entry;
use super::files::{self, is_temp_name, lock_within, open_private, private_dir, write_atomic};
use super::key::Key;
use super::stats::Stats;
use super::store::{Blob, Bounds, FillLock, Listed, Put, Store};
use crate::output::STYLE_TAGS;

/// How long to wait for the stats or a generation lock before giving up on the update.
const LOCK_WAIT: Duration = Duration::from_secs(10);
/// Evict down to this share of each bound, so eviction runs now and then, not every fill.
const LOW_WATER: f64 = 0.9;
/// Fill locks are striped over this many files (`locks/00` … `locks/ff`).
const LOCK_STRIPES: usize = 256;
/// Larger renderings are checked and copied in chunks rather than read whole.
const STREAM_FROM_BYTES: u64 = 256 * 1024;
/// Metadata is small; a header claiming more than this is damaged.
const MAX_HEAD_BYTES: u64 = 64 * 1024 * 1024;
/// A temporary file older than this was left by a crash.
const STALE_TEMP: Duration = Duration::from_secs(60);

const CACHEDIR_TAG: &str = "Signature: 8a477f597d28d172789f06886806bc55\n\
# This file is a cache directory tag created by petdb.\n\
# For information about cache directory tags see https://bford.info/cachedir/\n";

pub struct DiskStore {
    dir: PathBuf,
    root: PathBuf,
    db_id: String,
    /// Changes to the entry and byte gauges not yet written to the stats file.
    pending: Stats,
}

impl DiskStore {
    /// Open (creating) the cache in `dir` for the database `db_id`. Refuses a directory
    /// that is not private to this user, or that cannot be written.
    pub fn open(dir: &Path, db_id: &str) -> Result<Self> {
        private_dir(dir)
            .with_context(|| format!("cannot create cache directory {}", dir.display()))?;
        check_private(dir)?;
        let root = dir.join("v1");
        for sub in ["entries", "tags", "locks"] {
            private_dir(&root.join(sub))
                .with_context(|| format!("cannot create {}", root.join(sub).display()))?;
        }
        // The fill-lock stripes exist from the start, so a read never adds files to a
        // cache it does not fill (a failed command leaves the directory as it was).
        let locks = root.join("locks");
        if !locks.join(format!("{:02x}", LOCK_STRIPES - 1)).exists() {
            for stripe in 0..LOCK_STRIPES {
                open_private(&locks.join(format!("{stripe:02x}"))).with_context(|| {
                    format!("cache directory {} is not writable", dir.display())
                })?;
            }
        }
        let tag = dir.join("CACHEDIR.TAG");
        if !tag.exists() {
            write_atomic(&tag, CACHEDIR_TAG.as_bytes())
                .with_context(|| format!("cache directory {} is not writable", dir.display()))?;
        }
        // Read-only directories (or a full disk) show up here rather than on every fill.
        open_private(&root.join("stats"))
            .with_context(|| format!("cache directory {} is not writable", dir.display()))?;
        Ok(Self {
            dir: dir.to_path_buf(),
            root,
            db_id: db_id.to_owned(),
            pending: Stats::default(),
        })
    }

    fn entry_path(&self, key: &Key) -> PathBuf {
        let hex = key.hex();
        self.root.join("entries").join(&hex[..2]).join(hex)
    }

    fn tag_dir(&self, db_id: &str, table: &str) -> PathBuf {
        self.root.join("tags").join(db_id).join(table)
    }

    fn gen_path(&self, db_id: &str, table: &str) -> PathBuf {
        self.root
            .join("tags")
            .join(db_id)
            .join(format!("{table}.gen"))
    }

    /// Lock a generation file, returning it and its value.
    fn lock_generation(&self, db_id: &str, table: &str) -> Result<(File, u64)> {
        let path = self.gen_path(db_id, table);
        private_dir(path.parent().expect("has a parent"))?;
        let file = open_private(&path)?;
        if !lock_within(&file, LOCK_WAIT)? {
            bail!("timed out waiting for the lock on {}", path.display());
        }
        let generation = read_u64(&file)?;
        Ok((file, generation))
    }

    /// Remove an entry file and its renderings; `true` if the entry was there.
    fn remove_entry_file(&mut self, path: &Path) -> io::Result<bool> {
        for tag in STYLE_TAGS {
            let rendering = rendering_path(path, tag);
            if let Ok(m) = fs::metadata(&rendering)
                && fs::remove_file(&rendering).is_ok()
            {
                self.pending.bytes -= m.len() as i64;
            }
        }
        match fs::metadata(path) {
            Ok(m) => match fs::remove_file(path) {
                Ok(()) => {
                    self.pending.entries -= 1;
                    self.pending.bytes -= m.len() as i64;
                    Ok(true)
                }
                Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
                Err(e) => Err(e),
            },
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Invalidate `tables` of database `db_id`: delete their entries, bump generations.
    fn invalidate_db_tables(&mut self, db_id: &str, tables: &BTreeSet<String>) -> Result<u64> {
        let mut removed = 0;
        for table in tables {
            let (gen_file, generation) = self.lock_generation(db_id, table)?;
            let dir = self.tag_dir(db_id, table);
            if let Ok(markers) = fs::read_dir(&dir) {
                for marker in markers.flatten() {
                    let name = marker.file_name();
                    if let Some(key) = name.to_str().and_then(Key::from_hex)
                        && self.remove_entry_file(&self.entry_path(&key))?
                    {
                        removed += 1;
                    }
                    let _ = fs::remove_file(marker.path());
                }
            }
            write_u64(&gen_file, generation + 1)?;
        }
        Ok(removed)
    }

    /// Every entry: its path, key, size with its renderings, and last use. Removes crash
    /// leftovers, renderings whose entry is gone, and foreign files on the way.
    fn scan(&self) -> Result<Vec<Scanned>> {
        let mut found = Vec::new();
        for shard in fs::read_dir(self.root.join("entries"))?.flatten() {
            let Ok(files) = fs::read_dir(shard.path()) else {
                continue;
            };
            let mut renderings: Vec<(String, u64, PathBuf)> = Vec::new();
            let first = found.len();
            for file in files.flatten() {
                let path = file.path();
                let Ok(meta) = file.metadata() else { continue };
                let name = file.file_name();
                let name = name.to_string_lossy();
                let mtime = meta.modified().unwrap_or(UNIX_EPOCH);
                let rendering_of = name
                    .split_once('.')
                    .filter(|(hex, tag)| Key::from_hex(hex).is_some() && STYLE_TAGS.contains(tag))
                    .map(|(hex, _)| hex.to_owned());
                match (Key::from_hex(&name), rendering_of) {
                    (Some(key), _) if meta.is_file() => found.push(Scanned {
                        path,
                        key,
                        bytes: meta.len(),
                        used: mtime,
                    }),
                    (_, Some(hex)) if meta.is_file() => renderings.push((hex, meta.len(), path)),
                    _ if is_temp_name(&name) => {
                        if mtime.elapsed().unwrap_or_default() > STALE_TEMP {
                            let _ = fs::remove_file(&path);
                        }
                    }
                    _ => {
                        crate::echo::note(format_args!(
                            "removing foreign file {} from the cache",
                            path.display()
                        ));
                        let _ = if meta.is_dir() {
                            fs::remove_dir_all(&path)
                        } else {
                            fs::remove_file(&path)
                        };
                    }
                }
            }
            for (hex, bytes, path) in renderings {
                match found[first..].iter_mut().find(|e| e.key.hex() == hex) {
                    Some(entry) => entry.bytes += bytes,
                    None => {
                        let _ = fs::remove_file(path);
                    }
                }
            }
        }
        Ok(found)
    }

    /// Drop tag markers whose entry is gone (evicted or removed by key).
    fn sweep_markers(&self) {
        let Ok(dbs) = fs::read_dir(self.root.join("tags")) else {
            return;
        };
        for db in dbs.flatten() {
            let Ok(tables) = fs::read_dir(db.path()) else {
                continue;
            };
            for table in tables.flatten().filter(|t| t.path().is_dir()) {
                let Ok(markers) = fs::read_dir(table.path()) else {
                    continue;
                };
                for marker in markers.flatten() {
                    let gone = marker
                        .file_name()
                        .to_str()
                        .and_then(Key::from_hex)
                        .is_none_or(|k| !self.entry_path(&k).exists());
                    if gone {
                        let _ = fs::remove_file(marker.path());
                    }
                }
            }
        }
    }

    /// Apply `change` to the stats file under its lock; returns the totals after.
    fn update_stats(&mut self, change: impl FnOnce(&mut Stats)) -> Result<Stats> {
        let path = self.root.join("stats");
        let file = open_private(&path)?;
        if !lock_within(&file, LOCK_WAIT)? {
            bail!("timed out waiting for the lock on {}", path.display());
        }
        let mut bytes = Vec::new();
        (&file).read_to_end(&mut bytes)?;
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
}

impl Store for DiskStore {
    fn location(&self) -> String {
        self.dir.display().to_string()
    }

    fn get(&mut self, key: &Key) -> Result<Option<Vec<u8>>> {
        match fs::read(self.entry_path(key)) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    fn get_head(&mut self, key: &Key) -> Result<Option<(Vec<u8>, u64)>> {
        let mut file = match File::open(self.entry_path(key)) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e.into()),
        };
        let total = file.metadata()?.len();
        let mut head = Vec::with_capacity(entry::HEADER_LEN);
        (&mut file)
            .take(entry::HEADER_LEN as u64)
            .read_to_end(&mut head)?;
        // A damaged header may claim anything: read what is there, and let decoding judge.
        if let Some(len) = entry::head_len(&head) {
            let rest = len.saturating_sub(head.len() as u64).min(MAX_HEAD_BYTES);
            file.take(rest).read_to_end(&mut head)?;
        }
        Ok(Some((head, total)))
    }

    fn get_rendering(&mut self, key: &Key, style: &str) -> Result<Option<Blob>> {
        let file = match File::open(rendering_path(&self.entry_path(key), style)) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e.into()),
        };
        if file.metadata()?.len() >= STREAM_FROM_BYTES {
            return Ok(Some(Blob::File(file)));
        }
        let mut bytes = Vec::new();
        (&file).read_to_end(&mut bytes)?;
        Ok(Some(Blob::Owned(bytes)))
    }

    fn put_rendering(&mut self, key: &Key, style: &str, bytes: &[u8]) -> Result<()> {
        let entry = self.entry_path(key);
        if !entry.exists() {
            return Ok(()); // invalidated meanwhile: nothing to render for
        }
        let path = rendering_path(&entry, style);
        let old = fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        write_atomic(&path, bytes)?;
        self.pending.bytes += bytes.len() as i64 - old as i64;
        Ok(())
    }

    fn touch(&mut self, key: &Key, hits: u64) -> Result<()> {
        // Writing the counter also moves the file's mtime: the LRU clock.
        match fs::OpenOptions::new()
            .write(true)
            .open(self.entry_path(key))
        {
            Ok(f) => Ok(f.write_all_at(&hits.to_le_bytes(), entry::HITS_OFFSET)?),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    fn remove(&mut self, key: &Key) -> Result<bool> {
        Ok(self.remove_entry_file(&self.entry_path(key))?)
    }

    fn generations(&mut self, tables: &[String]) -> Result<Vec<u64>> {
        tables
            .iter()
            .map(|t| match File::open(self.gen_path(&self.db_id, t)) {
                Ok(f) => Ok(read_u64(&f)?),
                Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(0),
                Err(e) => Err(e.into()),
            })
            .collect()
    }

    fn put(
        &mut self,
        key: &Key,
        bytes: &[u8],
        tables: &[String],
        generations: &[u64],
        _ttl: Duration,
    ) -> Result<Put> {
        let db_id = self.db_id.clone();
        let mut ordered: Vec<(&String, u64)> =
            tables.iter().zip(generations.iter().copied()).collect();
        ordered.sort();
        ordered.dedup();
        let mut held = Vec::with_capacity(ordered.len());
        for (table, expected) in &ordered {
            let (file, current) = self.lock_generation(&db_id, table)?;
            if current != *expected {
                return Ok(Put::Invalidated);
            }
            held.push(file);
        }
        // Tag first, then rename the entry into place: a crash in between leaves a tag
        // for nothing (swept later), never an entry no invalidation can find.
        let hex = key.hex();
        for (table, _) in &ordered {
            let dir = self.tag_dir(&db_id, table);
            private_dir(&dir)?;
            files::open_private(&dir.join(&hex))?;
        }
        let path = self.entry_path(key);
        private_dir(path.parent().expect("has a parent"))?;
        let old = fs::metadata(&path).map(|m| m.len()).ok();
        write_atomic(&path, bytes)?;
        drop(held);
        if old.is_none() {
            self.pending.entries += 1;
        }
        self.pending.bytes += bytes.len() as i64 - old.unwrap_or(0) as i64;
        Ok(Put::Stored)
    }

    fn invalidate_tables(&mut self, tables: &[String]) -> Result<u64> {
        let set: BTreeSet<String> = tables.iter().cloned().collect();
        let db_id = self.db_id.clone();
        self.invalidate_db_tables(&db_id, &set)
    }

    fn invalidate_all(&mut self) -> Result<u64> {
        // Bump every known table of every database first, so fills in flight are dropped.
        let mut removed = 0;
        if let Ok(dbs) = fs::read_dir(self.root.join("tags")) {
            for db in dbs.flatten() {
                let db_id = db.file_name().to_string_lossy().into_owned();
                let tables: BTreeSet<String> = fs::read_dir(db.path())
                    .map(|it| {
                        it.flatten()
                            .filter_map(|f| {
                                f.file_name()
                                    .to_str()?
                                    .strip_suffix(".gen")
                                    .map(str::to_owned)
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                removed += self.invalidate_db_tables(&db_id, &tables)?;
            }
        }
        for scanned in self.scan()? {
            if self.remove_entry_file(&scanned.path)? {
                removed += 1;
            }
        }
        Ok(removed)
    }

    fn list(&mut self) -> Result<Vec<Listed>> {
        let mut out = Vec::new();
        for Scanned {
            path,
            key,
            bytes: size,
            used: mtime,
        } in self.scan()?
        {
            let Ok(bytes) = fs::read(&path) else { continue };
            match entry::decode_meta(&bytes) {
                Ok((meta, hits)) if meta.key == key.0 => out.push(Listed {
                    key,
                    meta,
                    hits,
                    bytes: size,
                    last_used_ms: millis(mtime),
                }),
                _ => {
                    crate::echo::note(format_args!(
                        "removing damaged cache entry {}",
                        path.display()
                    ));
                    self.remove_entry_file(&path)?;
                    self.pending.damaged += 1;
                }
            }
        }
        out.sort_by(|a, b| b.last_used_ms.cmp(&a.last_used_ms).then(a.key.cmp(&b.key)));
        Ok(out)
    }

    fn lock(&mut self, keys: &[Key], wait: Duration) -> Result<Option<FillLock>> {
        let stripes: BTreeSet<String> = keys
            .iter()
            .map(|k| format!("{:02x}", k.0[0] as usize % LOCK_STRIPES))
            .collect();
        let deadline = std::time::Instant::now() + wait;
        let mut held = Vec::with_capacity(stripes.len());
        for stripe in stripes {
            let file = open_private(&self.root.join("locks").join(stripe))?;
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if !lock_within(&file, left)? {
                return Ok(None);
            }
            held.push(file);
        }
        Ok(Some(Box::new(held)))
    }

    fn add_stats(&mut self, delta: &Stats) -> Result<Stats> {
        let pending = std::mem::take(&mut self.pending);
        let result = self.update_stats(|s| {
            let mut d = *delta;
            d.entries += pending.entries;
            d.bytes += pending.bytes;
            d.damaged += pending.damaged;
            d.evictions += pending.evictions;
            s.add(&d);
        });
        if result.is_err() {
            self.pending = pending;
        }
        result
    }

    fn stats(&mut self) -> Result<Stats> {
        let files = self.scan()?;
        let (entries, bytes) = (
            files.len() as i64,
            files.iter().map(|f| f.bytes as i64).sum(),
        );
        let pending = std::mem::take(&mut self.pending);
        self.update_stats(|s| {
            s.damaged += pending.damaged;
            s.evictions += pending.evictions;
            s.entries = entries;
            s.bytes = bytes;
        })
    }

    fn reset_stats(&mut self) -> Result<()> {
        self.update_stats(Stats::reset_counters).map(drop)
    }

    fn enforce(&mut self, totals: &Stats, bounds: &Bounds) -> Result<u64> {
        if totals.entries as u64 <= bounds.max_entries && totals.bytes as u64 <= bounds.max_bytes {
            return Ok(0);
        }
        let lock = open_private(&self.root.join("evict.lock"))?;
        if lock.try_lock().is_err() {
            return Ok(0); // another process is evicting right now
        }
        let mut files = self.scan()?;
        files.sort_by_key(|f| f.used);
        // Oldest use first into the LRU, so the least recently used pops first.
        let mut order: LruCache<Key, (PathBuf, u64)> = LruCache::unbounded();
        let (mut entries, mut bytes) = (files.len() as u64, 0u64);
        for Scanned {
            path,
            key,
            bytes: size,
            ..
        } in files
        {
            bytes += size;
            order.put(key, (path, size));
        }
        let target_entries = (bounds.max_entries as f64 * LOW_WATER) as u64;
        let target_bytes = (bounds.max_bytes as f64 * LOW_WATER) as u64;
        let mut evicted = 0;
        if entries > bounds.max_entries || bytes > bounds.max_bytes {
            while entries > target_entries || bytes > target_bytes {
                let Some((_, (path, size))) = order.pop_lru() else {
                    break;
                };
                if fs::remove_file(&path).is_ok() {
                    evicted += 1;
                }
                entries -= 1;
                bytes -= size;
            }
            self.sweep_markers();
        }
        // The gauges are written as counted, so the removals above are already in them.
        self.pending.entries = 0;
        self.pending.bytes = 0;
        self.update_stats(|s| {
            s.evictions += evicted as i64;
            s.entries = entries as i64;
            s.bytes = bytes as i64;
        })?;
        Ok(evicted)
    }
}

/// Refuse a cache directory another user owns or anyone may write to: its entries could
/// have been planted.
fn check_private(dir: &Path) -> Result<()> {
    let meta = fs::metadata(dir)?;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    if meta.uid() != me {
        bail!(
            "cache directory {} belongs to another user (uid {}); not trusting it",
            dir.display(),
            meta.uid()
        );
    }
    if meta.permissions().mode() & 0o002 != 0 {
        bail!(
            "cache directory {} is writable by everyone; not trusting it (chmod 700 it)",
            dir.display()
        );
    }
    Ok(())
}

/// An entry found by [`DiskStore::scan`].
struct Scanned {
    path: PathBuf,
    key: Key,
    /// The entry and its renderings.
    bytes: u64,
    used: SystemTime,
}

fn rendering_path(entry: &Path, style: &str) -> PathBuf {
    let mut name = entry
        .file_name()
        .expect("entry paths have a name")
        .to_os_string();
    name.push(".");
    name.push(style);
    entry.with_file_name(name)
}

fn read_u64(file: &File) -> io::Result<u64> {
    let mut buf = [0u8; 8];
    match file.read_exact_at(&mut buf, 0) {
        Ok(()) => Ok(u64::from_le_bytes(buf)),
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(0),
        Err(e) => Err(e),
    }
}

fn write_u64(file: &File, v: u64) -> io::Result<()> {
    file.write_all_at(&v.to_le_bytes(), 0)
}

fn millis(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or_default()
}
