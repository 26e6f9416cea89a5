//! The on-disk store: one file per entry, so a hit opens one file however large the cache
//! grows; no index is loaded per invocation.
//!
//! ```text
//! <dir>/CACHEDIR.TAG
//! <dir>/v1/entries/<2 hex>/<64 hex>          one entry (see entry.rs); mtime = last use
//! <dir>/v1/entries/<2 hex>/<64 hex>.<style>  a rendering of it (e.g. `.csv-noheader`)
//! <dir>/v1/tags/<db id>/<table>/<64 hex>     empty marker: that entry reads <table>
//! <dir>/v1/tags/<db id>/<table>.gen          the table's generation (see store::Generation)
//! <dir>/v1/locks/<2 hex>                     fill-lock stripes, for stampede protection
//! <dir>/v1/stats                             shared counters (locked read-modify-write)
//! <dir>/v1/evict.lock                        one evictor at a time
//! ```
//!
//! Entries, and generations, are written to a temporary file and renamed into place, so
//! a reader sees an old file or a new one, never a part — and no lock is needed for an
//! invalidation to take effect (it cannot time out). Housekeeping (scans, eviction, the
//! `cache` commands) is in `scan.rs`.

mod files;
mod scan;

use std::collections::BTreeSet;
use std::fs;
use std::io::{self, Read as _};
use std::os::unix::fs::{FileExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};

use self::files::{
    Found, check_private, create_if_absent, list_dir, lock_within, open_private, open_regular,
    own_dir, private_dir, read_len, remove_regular, write_atomic,
};
use self::scan::is_style;
use super::Bounds;
use super::entry;
use super::key::Key;
use super::rendering::Blob;
use super::stats::Stats;
use super::store::{FillLock, Generation, Invalidation, Put, Read, Store, Tag};
use crate::db::schema::{Table, Tables};

/// How long to wait for the stats lock before giving up on the update.
const LOCK_WAIT: Duration = Duration::from_secs(10);
/// Fill locks are striped over this many files (`locks/00` … `locks/ff`).
const LOCK_STRIPES: usize = 256;
/// Larger renderings are checked and copied in chunks rather than read whole.
const STREAM_FROM_BYTES: u64 = 256 * 1024;
/// Metadata is small; a header claiming more than this is damaged.
const MAX_HEAD_BYTES: u64 = 64 * 1024 * 1024;

const CACHEDIR_TAG: &str = "Signature: 8a477f597d28d172789f06886806bc55\n\
# This file is a cache directory tag created by petdb.\n\
# For information about cache directory tags see https://bford.info/cachedir/\n";

pub struct DiskStore {
    dir: PathBuf,
    root: PathBuf,
    db_id: String,
    bounds: Bounds,
    /// Changes to the gauges (entries, bytes) and damage not yet in the stats file.
    pending: Stats,
    /// The stats file as `open` found it writable, until the first update uses it.
    stats: Option<fs::File>,
}

impl DiskStore {
    /// Open (creating) the cache in `dir` for the database `db_id`, kept within `bounds`.
    /// Refuses a directory that is not private to this user, or that cannot be written.
    pub fn open(dir: &Path, db_id: &str, bounds: Bounds) -> Result<Self> {
        // A directory that is there costs one stat; anything else goes through creating
        // it (whose error says what is wrong), then is looked at again.
        let meta = match fs::metadata(dir) {
            Ok(meta) if meta.is_dir() => meta,
            _ => {
                private_dir(dir)
                    .with_context(|| format!("cannot create cache directory {}", dir.display()))?;
                fs::metadata(dir)?
            }
        };
        check_private(dir, &meta)?;
        let root = dir.join("v1");
        // No trailing slash: `v1/` would follow a symlink named v1.
        for sub in [
            root.clone(),
            root.join("entries"),
            root.join("tags"),
            root.join("locks"),
        ] {
            own_dir(&sub).with_context(|| format!("cannot use {}", sub.display()))?;
        }
        let unwritable = || format!("cache directory {} is not writable", dir.display());
        // The fill-lock stripes exist from the start, so a read never adds files to a
        // cache it does not fill (a failed command leaves the directory as it was).
        let locks = root.join("locks");
        if !locks.join(format!("{:02x}", LOCK_STRIPES - 1)).exists() {
            for stripe in 0..LOCK_STRIPES {
                open_private(&locks.join(format!("{stripe:02x}"))).with_context(unwritable)?;
            }
        }
        let tag = dir.join("CACHEDIR.TAG");
        if !tag.exists() {
            write_atomic(&tag, CACHEDIR_TAG.as_bytes()).with_context(unwritable)?;
        }
        // Read-only directories (or a full disk) show up here rather than on every fill;
        // the file is kept for the first update of the counters (every read makes one).
        let stats = open_private(&root.join("stats")).with_context(unwritable)?;
        Ok(Self {
            dir: dir.to_path_buf(),
            root,
            db_id: db_id.to_owned(),
            bounds,
            pending: Stats::default(),
            stats: Some(stats),
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

    /// A table's generation (`None`: missing, or not a token).
    fn read_generation(&self, db_id: &str, table: &str) -> Result<Option<Generation>> {
        let Found::File(file, len) = open_regular(&self.gen_path(db_id, table))? else {
            return Ok(None);
        };
        let Ok(text) = String::from_utf8(read_len(&file, len.min(64))?) else {
            return Ok(None);
        };
        Ok(Generation::parse(text.trim()))
    }

    /// Set a table's generation (atomically: readers see the old token or the new one).
    fn write_generation(&self, db_id: &str, table: &str, generation: &Generation) -> Result<()> {
        own_dir(&self.root.join("tags").join(db_id))?;
        Ok(write_atomic(
            &self.gen_path(db_id, table),
            generation.as_str().as_bytes(),
        )?)
    }

    /// Set a missing generation, unless one appeared meanwhile; `true` if this set it.
    fn create_generation(&self, db_id: &str, table: &str, generation: &Generation) -> Result<bool> {
        own_dir(&self.root.join("tags").join(db_id))?;
        let path = self.gen_path(db_id, table);
        Ok(create_if_absent(&path, generation.as_str().as_bytes())?)
    }

    /// Remove an entry file and its renderings (regular files only); `true` if the entry
    /// was there.
    fn remove_entry_file(&mut self, path: &Path) -> io::Result<bool> {
        let shard = path.parent().expect("has a parent");
        let name = path.file_name().expect("has a name").to_string_lossy();
        for (file, kind) in list_dir(shard) {
            let rendering = file
                .strip_prefix(name.as_ref())
                .and_then(|rest| rest.strip_prefix('.'))
                .is_some_and(is_style);
            if rendering
                && kind.is_file()
                && let Some(len) = remove_regular(&shard.join(&file))?
            {
                self.pending.bytes -= len as i64;
            }
        }
        match remove_regular(path)? {
            Some(len) => {
                self.pending.entries -= 1;
                self.pending.bytes -= len as i64;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Invalidate `tables` of database `db_id`: hold or replace their generations (first,
    /// so that whatever else fails, no TTL hit serves them), then delete their entries.
    fn invalidate_db_tables(
        &mut self,
        db_id: &str,
        tables: &BTreeSet<String>,
        how: Invalidation,
    ) -> Result<u64> {
        let mut removed = 0;
        for table in tables {
            let generation = match how {
                Invalidation::Hold => Generation::held(),
                Invalidation::Complete => Generation::fresh(),
            };
            self.write_generation(db_id, table, &generation)?;
            if how == Invalidation::Hold {
                continue;
            }
            let dir = self.tag_dir(db_id, table);
            for (name, kind) in list_dir(&dir) {
                let Some(key) = Key::from_hex(&name).filter(|_| kind.is_file()) else {
                    continue; // not a marker of petdb's: left alone
                };
                if self.remove_entry_file(&self.entry_path(&key))? {
                    removed += 1;
                }
                remove_regular(&dir.join(&name))?;
            }
        }
        Ok(removed)
    }
}

impl Store for DiskStore {
    fn get(&mut self, key: &Key, read: Read) -> Result<Option<(Vec<u8>, u64)>> {
        let (mut file, total) = match open_regular(&self.entry_path(key))? {
            Found::File(f, len) => (f, len),
            Found::Missing => return Ok(None),
            // A symlink, a FIFO…: damage (it decodes as nothing, and is never waited on).
            Found::Other => return Ok(Some((Vec::new(), 0))),
        };
        if read == Read::Whole {
            let mut bytes = Vec::with_capacity(total as usize);
            file.read_to_end(&mut bytes)?;
            let len = bytes.len() as u64;
            return Ok(Some((bytes, len)));
        }
        let mut head = read_len(&file, entry::HEADER_LEN as u64)?;
        // A damaged header may claim anything: read what is there, and let decoding judge.
        if let Some(len) = entry::head_len(&head) {
            let rest = len.saturating_sub(head.len() as u64).min(MAX_HEAD_BYTES);
            // Room for what the file holds, at most: one read, however much is claimed.
            head.reserve_exact(rest.min(total.saturating_sub(head.len() as u64)) as usize);
            file.take(rest).read_to_end(&mut head)?;
        }
        Ok(Some((head, total)))
    }

    fn rendering(&mut self, key: &Key, style: &str) -> Result<Option<Blob>> {
        let Found::File(file, len) = open_regular(&rendering_path(&self.entry_path(key), style))?
        else {
            return Ok(None); // missing, or not a regular file: render from the rows
        };
        if len >= STREAM_FROM_BYTES {
            return Ok(Some(Blob::File(file)));
        }
        // A rendering is replaced, never written in place: what was opened is `len` long
        // (and its checksum judges what was read).
        Ok(Some(Blob::Owned(read_len(&file, len)?)))
    }

    fn put_rendering(&mut self, key: &Key, style: &str, bytes: &[u8]) -> Result<()> {
        let entry = self.entry_path(key);
        if !fs::symlink_metadata(&entry).is_ok_and(|m| m.is_file()) {
            return Ok(()); // invalidated meanwhile: nothing to render for
        }
        let path = rendering_path(&entry, style);
        let old = fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        write_atomic(&path, bytes)?;
        self.pending.bytes += bytes.len() as i64 - old as i64;
        Ok(())
    }

    fn put(&mut self, key: &Key, bytes: &[u8], tags: &[Tag]) -> Result<Put> {
        let db_id = self.db_id.clone();
        for tag in tags {
            let table = tag.table.name();
            let ok = if tag.create {
                self.create_generation(&db_id, table, &tag.generation)?
            } else {
                self.read_generation(&db_id, table)?.as_ref() == Some(&tag.generation)
            };
            if !ok {
                return Ok(Put::Invalidated);
            }
        }
        // Tag first, then rename the entry into place: a crash in between leaves a tag
        // for nothing (swept later), never an entry no invalidation can find. (An
        // invalidation racing with this may miss the new entry: its generation has moved,
        // so no TTL hit serves it, and a strict hit checks the database.)
        let hex = key.hex();
        for tag in tags {
            own_dir(&self.root.join("tags").join(&db_id))?;
            let dir = self.tag_dir(&db_id, tag.table.name());
            own_dir(&dir)?;
            open_private(&dir.join(&hex))?;
        }
        let path = self.entry_path(key);
        own_dir(path.parent().expect("has a parent"))?;
        let old = fs::symlink_metadata(&path)
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.len());
        write_atomic(&path, bytes)?;
        if old.is_none() {
            self.pending.entries += 1;
        }
        self.pending.bytes += bytes.len() as i64 - old.unwrap_or(0) as i64;
        Ok(Put::Stored)
    }

    fn touch(&mut self, key: &Key) -> Result<()> {
        // Writing the counter also moves the file's mtime: the LRU clock. (Concurrent hits
        // may lose an increment: the count is informational, `cache stats` is exact.)
        let file = match fs::OpenOptions::new()
            .read(true)
            .write(true)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
            .open(self.entry_path(key))
        {
            Ok(f) if f.metadata()?.is_file() => f,
            Ok(_) => return Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e.into()),
        };
        let mut hits = [0u8; 8];
        if file.read_exact_at(&mut hits, entry::HITS_OFFSET).is_err() {
            return Ok(()); // replaced by something shorter since the hit was read
        }
        let hits = u64::from_le_bytes(hits).saturating_add(1);
        Ok(file.write_all_at(&hits.to_le_bytes(), entry::HITS_OFFSET)?)
    }

    fn remove(&mut self, key: &Key) -> Result<bool> {
        Ok(self.remove_entry_file(&self.entry_path(key))?)
    }

    fn generations(&mut self, tables: Tables) -> Result<Vec<(Table, Option<Generation>)>> {
        tables
            .iter()
            .map(|t| Ok((t, self.read_generation(&self.db_id, t.name())?)))
            .collect()
    }

    fn invalidate(&mut self, tables: Tables, how: Invalidation) -> Result<u64> {
        let set: BTreeSet<String> = tables.iter().map(|t| t.name().to_owned()).collect();
        let db_id = self.db_id.clone();
        self.invalidate_db_tables(&db_id, &set, how)
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

    fn record(&mut self, delta: &Stats) -> Result<()> {
        let pending = std::mem::take(&mut self.pending);
        let mut d = *delta;
        d.entries += pending.entries;
        d.bytes += pending.bytes;
        d.evictions += pending.evictions;
        let totals = match self.update_stats(|s| s.add(&d)) {
            Ok(totals) => totals,
            Err(e) => {
                self.pending = pending;
                return Err(e);
            }
        };
        if totals.entries as u64 > self.bounds.max_entries
            || totals.bytes as u64 > self.bounds.max_bytes
        {
            self.evict()?;
        }
        Ok(())
    }
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
