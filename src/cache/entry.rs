//! One cached result as bytes: a fixed header, the metadata, then the typed rows, both
//! postcard-encoded and each covered by its own XXH3-128 checksum (the metadata is checked
//! on every lookup, the rows when they are used):
//!
//! ```text
//! 0   magic "PETDBC" + format u16      8   hits (u64 LE; the store's, updated in place)
//! 16  keep until, Unix ms (u64 LE)     24  metadata length (u64 LE)
//! 32  rows length (u64 LE)             40  XXH3-128(expiry + metadata)
//! 56  XXH3-128(rows)                   72  metadata, then rows
//! ```
//!
//! Anything else — truncated, foreign, another format version, a checksum that does not
//! match — decodes to an error, never to rows. (Renderings: see `rendering.rs`.)

use anyhow::{Result, bail, ensure};
use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::{Xxh3, xxh3_128};

use super::key::Key;
use super::store::Generation;
use crate::db::catalog::Routines;
use crate::db::read::ReadQuery;
use crate::db::schema::Table;
use crate::output::RowSink;
use crate::rows::{Rows, Value};

pub const MAGIC: &[u8; 6] = b"PETDBC";
pub const FORMAT: u16 = 7;
pub const HEADER_LEN: usize = 72;
/// Offset of the in-place hit counter (not checksummed: it changes on every hit).
pub const HITS_OFFSET: u64 = 8;
const EXPIRES_OFFSET: usize = 16;
/// The latest "keep until" an entry is given (Unix ms, 2^53 − 1: about the year 287,000):
/// a longer `--ttl` / `--max-stale` keeps it this long. Past it a Redis script's Lua
/// numbers lose precision and `PXAT` is refused.
pub const LATEST_EXPIRY_MS: u64 = (1 << 53) - 1;

/// `d` in whole milliseconds, saturating at `u64::MAX` (a TTL may be `u64::MAX` seconds).
pub fn millis(d: std::time::Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// What is known about a result besides its rows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub key: [u8; 32],
    /// The statement, for `cache list`.
    pub sql: String,
    /// Tables read: the invalidation tags.
    pub tables: Vec<Table>,
    /// `table_versions` of those tables when the rows were read, in table order.
    pub versions: Vec<(Table, i64)>,
    /// The database's stamp when the rows were read: incarnation, schema and session
    /// (see `db/state.rs`). An entry is valid only while it is the same.
    pub stamp: String,
    /// The store's generation of each table, read before the query ran: what a
    /// `--consistency ttl` hit checks (see `store::Generation`).
    pub generations: Vec<(Table, Generation)>,
    /// Unix time in milliseconds when filled.
    pub filled_at_ms: u64,
    /// The filler's TTL in milliseconds: the entry is valid no longer than this.
    pub ttl_ms: u64,
    /// How long the query took: what a hit saves.
    pub query_micros: u64,
    pub row_count: u64,
    /// Everything else the read was: what `cache verify` needs to run it again and
    /// `cache explain` to show, and what recomputes its key (so an entry of another
    /// database, session or schema sharing the directory is told apart).
    pub query: StoredQuery,
}

/// A read as the cache keeps it beside its rows: with [`Meta::sql`] and [`Meta::tables`],
/// the whole [`ReadQuery`] that filled the entry (it was cacheable, so it has no
/// `uncacheable` reason).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StoredQuery {
    /// The text the key covers, when it is not `sql` (ad-hoc SQL's normalized form).
    pub cache_text: Option<String>,
    /// The bound values, typed.
    pub binds: Vec<Value>,
    /// The declared column names (an empty result's, for built-in reads).
    pub columns: Vec<String>,
    /// The statement that names an empty result's columns (ad-hoc SQL).
    pub column_probe: Option<String>,
    /// What else the key covers (view definitions).
    pub fingerprint: Vec<String>,
    /// PostgreSQL functions and operators the statement calls, checked before it runs.
    pub functions: Vec<String>,
    pub operators: Vec<String>,
    /// Whether an empty result is kept (false for lookups by id: empty is "not found").
    pub cache_empty: bool,
}

impl StoredQuery {
    pub fn of(query: &ReadQuery) -> Self {
        Self {
            cache_text: query.cache_text.clone(),
            binds: query.binds.clone(),
            columns: query.columns.clone(),
            column_probe: query.column_probe.clone(),
            fingerprint: query.fingerprint.clone(),
            functions: query.routines.functions.clone(),
            operators: query.routines.operators.clone(),
            cache_empty: query.cache_empty,
        }
    }
}

impl Meta {
    /// The read this entry holds the result of, ready to run again.
    pub fn read_query(&self) -> ReadQuery {
        let q = &self.query;
        ReadQuery {
            sql: self.sql.clone(),
            cache_text: q.cache_text.clone(),
            binds: q.binds.clone(),
            tables: self.tables.iter().copied().collect(),
            routines: Routines {
                functions: q.functions.clone(),
                operators: q.operators.clone(),
            },
            columns: q.columns.clone(),
            column_probe: q.column_probe.clone(),
            fingerprint: q.fingerprint.clone(),
            uncacheable: None,
            cache_empty: q.cache_empty,
        }
    }
}

/// A checked entry head: its metadata, and the checksum its rows must have.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub meta: Meta,
    /// Unix time in milliseconds after which the store may drop the entry: the filler's
    /// TTL, plus its `--max-stale` (an entry past its TTL can still answer while the
    /// database is unreachable).
    pub expires_at_ms: u64,
    /// Hits recorded in the header (informational; global stats are exact elsewhere).
    pub hits: u64,
    /// Checksum of the rows: what the rows read later, and any rendering, must match.
    pub rows_sum: u128,
}

pub fn encode(meta: &Meta, expires_at_ms: u64, rows: &Rows) -> Result<Vec<u8>> {
    encode_parts(meta, expires_at_ms, &postcard::to_allocvec(rows)?)
}

/// An entry from its metadata and its rows already encoded (see [`RowsEncoder`]).
pub fn encode_parts(meta: &Meta, expires_at_ms: u64, rows_bytes: &[u8]) -> Result<Vec<u8>> {
    let meta_bytes = postcard::to_allocvec(meta)?;
    let mut out = Vec::with_capacity(HEADER_LEN + meta_bytes.len() + rows_bytes.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&0u64.to_le_bytes());
    out.extend_from_slice(&expires_at_ms.to_le_bytes());
    out.extend_from_slice(&(meta_bytes.len() as u64).to_le_bytes());
    out.extend_from_slice(&(rows_bytes.len() as u64).to_le_bytes());
    out.extend_from_slice(&head_sum(expires_at_ms, &meta_bytes).to_le_bytes());
    out.extend_from_slice(&xxh3_128(rows_bytes).to_le_bytes());
    out.extend_from_slice(&meta_bytes);
    out.extend_from_slice(rows_bytes);
    Ok(out)
}

fn head_sum(expires_at_ms: u64, meta_bytes: &[u8]) -> u128 {
    let mut h = Xxh3::new();
    h.update(&expires_at_ms.to_le_bytes());
    h.update(meta_bytes);
    h.digest128()
}

/// Encodes a result row by row as it streams past, into exactly the bytes
/// `postcard::to_allocvec(&Rows)` would give — without ever holding the typed rows, and
/// giving up as soon as they outgrow `limit` bytes.
pub struct RowsEncoder {
    columns: Vec<u8>,
    body: Vec<u8>,
    count: usize,
    limit: usize,
    over: bool,
}

impl RowsEncoder {
    pub fn new(limit: u64) -> Self {
        Self {
            columns: Vec::new(),
            body: Vec::new(),
            count: 0,
            limit: usize::try_from(limit).unwrap_or(usize::MAX),
            over: false,
        }
    }

    /// The encoded rows and their count, unless they went over the limit.
    pub fn finish(self) -> Option<(Vec<u8>, u64)> {
        if self.over {
            return None;
        }
        let mut out = self.columns;
        out = postcard::to_extend(&self.count, out).ok()?;
        out.extend_from_slice(&self.body);
        Some((out, self.count as u64))
    }
}

impl RowSink for RowsEncoder {
    fn begin(&mut self, columns: &[String]) -> Result<()> {
        self.columns = postcard::to_allocvec(columns)?;
        Ok(())
    }

    fn row(&mut self, row: &[Value]) -> Result<()> {
        if self.over {
            return Ok(());
        }
        match postcard::to_extend(row, std::mem::take(&mut self.body)) {
            Ok(body) if body.len() + self.columns.len() <= self.limit => {
                self.body = body;
                self.count += 1;
            }
            _ => {
                self.over = true;
                self.body = Vec::new();
            }
        }
        Ok(())
    }

    fn end(&mut self) -> Result<()> {
        Ok(())
    }
}

pub(crate) fn u64_at(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"))
}

pub(crate) fn u128_at(bytes: &[u8], at: usize) -> u128 {
    u128::from_le_bytes(bytes[at..at + 16].try_into().expect("16 bytes"))
}

/// How many leading bytes hold the header and the metadata, judging by the header.
pub fn head_len(header: &[u8]) -> Option<u64> {
    (header.len() >= HEADER_LEN)
        .then(|| u64_at(header, 24))
        .and_then(|m| m.checked_add(HEADER_LEN as u64))
}

/// When the entry in `bytes` expires (Unix ms), judging by its header alone — what a
/// store needs for its own housekeeping (Redis's expiry, disk eviction). Unchecked.
pub fn expires_at(bytes: &[u8]) -> Option<u64> {
    (bytes.len() >= HEADER_LEN && &bytes[..6] == MAGIC).then(|| u64_at(bytes, EXPIRES_OFFSET))
}

/// Check the header and the metadata (the first [`head_len`] bytes are enough).
fn check_head(bytes: &[u8]) -> Result<Entry> {
    ensure!(
        bytes.len() >= HEADER_LEN,
        "truncated entry ({} bytes)",
        bytes.len()
    );
    ensure!(&bytes[..6] == MAGIC, "not a petdb cache entry");
    let format = u16::from_le_bytes([bytes[6], bytes[7]]);
    ensure!(
        format == FORMAT,
        "cache entry format {format}, expected {FORMAT}"
    );
    let meta_end = u64_at(bytes, 24).saturating_add(HEADER_LEN as u64);
    ensure!(
        bytes.len() as u64 >= meta_end,
        "truncated entry ({} bytes, metadata ends at {meta_end})",
        bytes.len()
    );
    let meta_bytes = &bytes[HEADER_LEN..meta_end as usize];
    let expires_at_ms = u64_at(bytes, EXPIRES_OFFSET);
    ensure!(
        head_sum(expires_at_ms, meta_bytes) == u128_at(bytes, 40),
        "entry metadata checksum mismatch"
    );
    Ok(Entry {
        meta: postcard::from_bytes(meta_bytes)?,
        expires_at_ms,
        hits: u64_at(bytes, 8),
        rows_sum: u128_at(bytes, 56),
    })
}

/// Check the head of the entry stored under `key`, `total` bytes long in all (so a
/// truncated entry is caught without reading its rows).
pub fn decode_head(bytes: &[u8], total: u64, key: &Key) -> Result<Entry> {
    let entry = check_head(bytes)?;
    let expected = u64_at(bytes, 24)
        .checked_add(u64_at(bytes, 32))
        .and_then(|b| b.checked_add(HEADER_LEN as u64));
    ensure!(
        expected == Some(total),
        "entry length mismatch: {total} bytes, header says {expected:?}"
    );
    ensure!(entry.meta.key == key.0, "entry belongs to another key");
    Ok(entry)
}

/// An entry's rows, checked against their checksum but not decoded yet.
pub struct CheckedRows {
    bytes: Vec<u8>,
    start: usize,
    count: u64,
}

/// Check the rows of a whole entry, which must hold the rows `entry` was checked with
/// (the entry may have been refilled since its head was read).
pub fn check_rows(bytes: Vec<u8>, entry: &Entry) -> Result<CheckedRows> {
    check_head(&bytes)?;
    let (meta_len, rows_len) = (u64_at(&bytes, 24), u64_at(&bytes, 32));
    let body = (bytes.len() - HEADER_LEN) as u64;
    if meta_len.checked_add(rows_len) != Some(body) {
        bail!("entry length mismatch: header says {meta_len}+{rows_len}, file has {body}");
    }
    ensure!(
        u128_at(&bytes, 56) == entry.rows_sum,
        "entry was refilled meanwhile"
    );
    let start = HEADER_LEN + meta_len as usize;
    ensure!(
        xxh3_128(&bytes[start..]) == entry.rows_sum,
        "entry rows checksum mismatch"
    );
    Ok(CheckedRows {
        bytes,
        start,
        count: entry.meta.row_count,
    })
}

impl CheckedRows {
    /// The rows exactly as stored (what [`RowsEncoder`] makes of the same result).
    pub fn encoded(&self) -> &[u8] {
        &self.bytes[self.start..]
    }

    /// All rows at once.
    pub fn decode(&self) -> Result<Rows> {
        let mut rows = crate::output::Collector::default();
        self.stream(&mut rows)?;
        Ok(rows.rows)
    }

    /// Feed the rows to `sink` one at a time, never holding them all decoded.
    pub fn stream(&self, sink: &mut dyn RowSink) -> Result<()> {
        let (columns, rest): (Vec<String>, &[u8]) =
            postcard::take_from_bytes(&self.bytes[self.start..])?;
        let (count, mut rest): (usize, &[u8]) = postcard::take_from_bytes(rest)?;
        ensure!(count as u64 == self.count, "row count mismatch");
        sink.begin(&columns)?;
        for _ in 0..count {
            let (row, next): (Vec<Value>, &[u8]) = postcard::take_from_bytes(rest)?;
            ensure!(
                row.len() == columns.len(),
                "a row does not match its columns"
            );
            sink.row(&row)?;
            rest = next;
        }
        ensure!(rest.is_empty(), "bytes after the last row");
        Ok(())
    }
}

/// The rows checksum of an encoded entry: what its renderings are bound to.
pub fn rows_sum(encoded: &[u8]) -> Option<u128> {
    (encoded.len() >= HEADER_LEN).then(|| u128_at(encoded, 56))
}

/// Check and decode the rows of a whole entry (see [`check_rows`]).
pub fn decode_rows(bytes: &[u8], entry: &Entry) -> Result<Rows> {
    check_rows(bytes.to_vec(), entry)?.decode()
}

/// Run every decoder over `bytes`; used by the fuzz target and its bounded unit test.
/// Panics only if a decoder accepted bytes it must not have.
#[doc(hidden)]
pub fn fuzz_one(bytes: &[u8], key: &Key) {
    if let Ok(entry) = decode_head(bytes, bytes.len() as u64, key)
        && let Ok(rows) = decode_rows(bytes, &entry)
    {
        // Accepted: then it must be exactly what its checksum and metadata say.
        assert_eq!(rows.rows.len() as u64, entry.meta.row_count);
        assert_eq!(
            Some(xxh3_128(&bytes[HEADER_LEN + u64_at(bytes, 24) as usize..])),
            Some(entry.rows_sum)
        );
    }
    let _ = super::rendering::decode(bytes, key, "csv", 7);
    let _ = super::stats::Stats::decode(bytes);
}

#[cfg(test)]
mod tests;
