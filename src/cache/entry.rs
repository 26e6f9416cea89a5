//! One cached result and its byte formats.
//!
//! An **entry** is a fixed header, the metadata, then the typed rows, both
//! postcard-encoded and each covered by its own XXH3-128 checksum (the metadata is checked
//! on every lookup, the rows when they are used):
//!
//! ```text
//! 0   magic "PETDBC" + format u16      8   hits (u64 LE; updated in place, not checksummed)
//! 16  metadata length (u64 LE)         24  rows length (u64 LE)
//! 32  XXH3-128(metadata)               48  XXH3-128(rows)
//! 64  metadata, then rows
//! ```
//!
//! A **rendering** is the output of one format (say csv without header) made from an
//! entry's rows, kept beside it so a hit can skip re-rendering. It names the rows it was
//! made from by their checksum, so it can never outlive a refill:
//!
//! ```text
//! 0   magic "PETDBR" + format u16      8   XXH3-128 of the entry rows it renders
//! 24  body length (u64 LE)             32  XXH3-128(body)      48  body
//! ```
//!
//! Anything else — truncated, foreign, another format version, a checksum that does not
//! match — decodes to an error, never to rows or output.

use anyhow::{Result, bail, ensure};
use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_128;

use super::key::Key;
use crate::rows::{Rows, Value};

pub const MAGIC: &[u8; 6] = b"PETDBC";
pub const RENDERING_MAGIC: &[u8; 6] = b"PETDBR";
pub const FORMAT: u16 = 2;
pub const HEADER_LEN: usize = 64;
pub const RENDERING_HEADER_LEN: usize = 48;
/// How much of a large rendering is in memory at once while it is checked or copied.
pub const CHUNK: usize = 1024 * 1024;
/// Offset of the in-place hit counter.
pub const HITS_OFFSET: u64 = 8;

/// What is known about a result besides its rows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub key: [u8; 32],
    /// The statement, for `cache list`.
    pub sql: String,
    /// Tables read: the invalidation tags.
    pub tables: Vec<String>,
    /// `table_versions` of those tables when the rows were read, sorted by table.
    pub versions: Vec<(String, i64)>,
    /// Unix time in milliseconds when filled.
    pub filled_at_ms: u64,
    /// How long the query took: what a hit saves.
    pub query_micros: u64,
    pub row_count: u64,
}

/// A checked entry head: its metadata, and the checksum its rows must have.
#[derive(Debug, Clone)]
pub struct Entry {
    pub meta: Meta,
    /// Hits recorded in the header (informational; global stats are exact elsewhere).
    pub hits: u64,
    /// Checksum of the rows: what the rows read later, and any rendering, must match.
    pub rows_sum: u128,
}

pub fn encode(meta: &Meta, rows: &Rows) -> Result<Vec<u8>> {
    encode_parts(meta, &postcard::to_allocvec(rows)?)
}

/// An entry from its metadata and its rows already encoded (see [`RowsEncoder`]).
pub fn encode_parts(meta: &Meta, rows_bytes: &[u8]) -> Result<Vec<u8>> {
    let meta_bytes = postcard::to_allocvec(meta)?;
    let mut out = Vec::with_capacity(HEADER_LEN + meta_bytes.len() + rows_bytes.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&0u64.to_le_bytes());
    out.extend_from_slice(&(meta_bytes.len() as u64).to_le_bytes());
    out.extend_from_slice(&(rows_bytes.len() as u64).to_le_bytes());
    out.extend_from_slice(&xxh3_128(&meta_bytes).to_le_bytes());
    out.extend_from_slice(&xxh3_128(rows_bytes).to_le_bytes());
    out.extend_from_slice(&meta_bytes);
    out.extend_from_slice(rows_bytes);
    Ok(out)
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
            limit: limit as usize,
            over: false,
        }
    }

    pub fn columns(&mut self, columns: &[String]) {
        self.columns = postcard::to_allocvec(columns).unwrap_or_default();
    }

    pub fn push(&mut self, row: &[Value]) {
        if self.over {
            return;
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

fn u64_at(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"))
}

fn u128_at(bytes: &[u8], at: usize) -> u128 {
    u128::from_le_bytes(bytes[at..at + 16].try_into().expect("16 bytes"))
}

/// How many leading bytes hold the header and the metadata, judging by the header.
pub fn head_len(header: &[u8]) -> Option<u64> {
    (header.len() >= HEADER_LEN)
        .then(|| u64_at(header, 16))
        .and_then(|m| m.checked_add(HEADER_LEN as u64))
}

/// Check the header and the metadata (the first [`head_len`] bytes are enough).
fn check_head(bytes: &[u8]) -> Result<(Meta, u64, u128)> {
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
    let meta_len = u64_at(bytes, 16);
    let meta_end = HEADER_LEN as u64 + meta_len;
    ensure!(
        bytes.len() as u64 >= meta_end,
        "truncated entry ({} bytes, metadata ends at {meta_end})",
        bytes.len()
    );
    let meta_bytes = &bytes[HEADER_LEN..meta_end as usize];
    ensure!(
        xxh3_128(meta_bytes) == u128_at(bytes, 32),
        "entry metadata checksum mismatch"
    );
    Ok((
        postcard::from_bytes(meta_bytes)?,
        u64_at(bytes, 8),
        u128_at(bytes, 48),
    ))
}

/// Check and decode only the metadata (for `cache list`).
pub fn decode_meta(bytes: &[u8]) -> Result<(Meta, u64)> {
    let (meta, hits, _) = check_head(bytes)?;
    Ok((meta, hits))
}

/// Check the head of the entry stored under `key`, `total` bytes long in all (so a
/// truncated entry is caught without reading its rows).
pub fn decode_head(bytes: &[u8], total: u64, key: &Key) -> Result<Entry> {
    let (meta, hits, rows_sum) = check_head(bytes)?;
    let expected = u64_at(bytes, 16)
        .checked_add(u64_at(bytes, 24))
        .and_then(|b| b.checked_add(HEADER_LEN as u64));
    ensure!(
        expected == Some(total),
        "entry length mismatch: {total} bytes, header says {expected:?}"
    );
    ensure!(meta.key == key.0, "entry belongs to another key");
    Ok(Entry {
        meta,
        hits,
        rows_sum,
    })
}

/// An entry's rows, checked against their checksum but not decoded yet.
pub struct CheckedRows {
    bytes: Vec<u8>,
    start: usize,
    count: u64,
}

/// Check the rows of a whole entry, which must hold the rows `entry` was checked with
/// (the file may have been refilled since its head was read).
pub fn check_rows(bytes: Vec<u8>, entry: &Entry) -> Result<CheckedRows> {
    check_head(&bytes)?;
    let (meta_len, rows_len) = (u64_at(&bytes, 16), u64_at(&bytes, 24));
    let body = (bytes.len() - HEADER_LEN) as u64;
    if meta_len.checked_add(rows_len) != Some(body) {
        bail!("entry length mismatch: header says {meta_len}+{rows_len}, file has {body}");
    }
    ensure!(
        u128_at(&bytes, 48) == entry.rows_sum,
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
    /// All rows at once.
    pub fn decode(&self) -> Result<Rows> {
        let mut rows = crate::output::Collector::default();
        self.stream(&mut rows)?;
        Ok(rows.rows)
    }

    /// Feed the rows to `sink` one at a time, never holding them all decoded.
    pub fn stream(&self, sink: &mut dyn crate::output::RowSink) -> Result<()> {
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

/// Run every decoder over `bytes`; used by the fuzz target and its bounded unit test.
/// Panics only if a decoder accepted bytes it must not have.
#[doc(hidden)]
pub fn fuzz_one(bytes: &[u8], key: &Key) {
    let _ = decode_meta(bytes);
    if let Ok(entry) = decode_head(bytes, bytes.len() as u64, key)
        && let Ok(rows) = decode_rows(bytes, &entry)
    {
        // Accepted: then it must be exactly what its checksum and metadata say.
        assert_eq!(rows.rows.len() as u64, entry.meta.row_count);
        assert_eq!(
            Some(xxh3_128(&bytes[HEADER_LEN + u64_at(bytes, 16) as usize..])),
            Some(entry.rows_sum)
        );
    }
    let _ = decode_rendering(bytes, 7);
    let _ = super::stats::Stats::decode(bytes);
}

/// Check and decode the rows of a whole entry (see [`check_rows`]).
pub fn decode_rows(bytes: &[u8], entry: &Entry) -> Result<Rows> {
    check_rows(bytes.to_vec(), entry)?.decode()
}

/// The rows checksum of an encoded entry: what its renderings are bound to.
pub fn rows_sum(encoded: &[u8]) -> Option<u128> {
    (encoded.len() >= HEADER_LEN).then(|| u128_at(encoded, 48))
}

pub fn encode_rendering(rows_sum: u128, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(RENDERING_HEADER_LEN + body.len());
    out.extend_from_slice(RENDERING_MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&rows_sum.to_le_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&xxh3_128(body).to_le_bytes());
    out.extend_from_slice(body);
    out
}

/// Check a rendering kept in `file` window by window, so a large one is never in memory
/// whole (each window is mapped, hashed and unmapped): intact, and made from rows with
/// `rows_sum`.
pub fn check_rendering_file(file: &std::fs::File, rows_sum: u128) -> Result<()> {
    use std::os::unix::fs::FileExt;
    let total = file.metadata()?.len();
    let mut header = [0u8; RENDERING_HEADER_LEN];
    file.read_exact_at(&mut header, 0)
        .map_err(|_| anyhow::anyhow!("truncated rendering"))?;
    ensure!(&header[..6] == RENDERING_MAGIC, "not a petdb rendering");
    ensure!(
        u16::from_le_bytes([header[6], header[7]]) == FORMAT,
        "rendering of another format version"
    );
    ensure!(u128_at(&header, 8) == rows_sum, "rendering of other rows");
    ensure!(
        u64_at(&header, 24) == total - RENDERING_HEADER_LEN as u64,
        "rendering length mismatch"
    );
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    let mut at = 0u64; // windows start at page-aligned offsets; the header is skipped
    while at < total {
        let len = (total - at).min(CHUNK as u64) as usize;
        // SAFETY: renderings are never modified in place (a refill writes a new file and
        // renames it over this one), so the mapped bytes cannot change under us.
        let window = unsafe {
            memmap2::MmapOptions::new()
                .offset(at)
                .len(len)
                .populate()
                .map(file)?
        };
        let skip = if at == 0 {
            RENDERING_HEADER_LEN.min(len)
        } else {
            0
        };
        hasher.update(&window[skip..]);
        at += len as u64;
    }
    ensure!(
        hasher.digest128() == u128_at(&header, 32),
        "rendering checksum mismatch"
    );
    Ok(())
}

/// The body of a rendering, if it is intact and was made from rows with `rows_sum`.
pub fn decode_rendering(bytes: &[u8], rows_sum: u128) -> Result<&[u8]> {
    ensure!(bytes.len() >= RENDERING_HEADER_LEN, "truncated rendering");
    ensure!(&bytes[..6] == RENDERING_MAGIC, "not a petdb rendering");
    ensure!(
        u16::from_le_bytes([bytes[6], bytes[7]]) == FORMAT,
        "rendering of another format version"
    );
    ensure!(u128_at(bytes, 8) == rows_sum, "rendering of other rows");
    let body = &bytes[RENDERING_HEADER_LEN..];
    ensure!(
        u64_at(bytes, 24) == body.len() as u64,
        "rendering length mismatch"
    );
    ensure!(
        xxh3_128(body) == u128_at(bytes, 32),
        "rendering checksum mismatch"
    );
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rows::Value;

    fn sample() -> (Meta, Rows, Key) {
        let key = Key([7; 32]);
        let rows = Rows {
            columns: vec!["id".into(), "name".into()],
            rows: vec![
                vec![Value::Int(1), Value::Text("Rex".into())],
                vec![Value::Int(2), Value::Null],
            ],
        };
        let meta = Meta {
            key: key.0,
            sql: "SELECT id, name FROM pets".into(),
            tables: vec!["pets".into()],
            versions: vec![("pets".into(), 41)],
            filled_at_ms: 1_700_000_000_000,
            query_micros: 1234,
            row_count: 2,
        };
        (meta, rows, key)
    }

    /// What the cargo-fuzz target does (fuzz/fuzz_targets/cache_entry.rs), bounded and
    /// seeded so it runs in every `cargo test`: random bytes and mutations of real
    /// entries never panic, and never decode to rows that do not match their checksum.
    #[test]
    fn random_and_mutated_bytes_never_panic() {
        use rand::{RngExt, SeedableRng};
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(99);
        let (meta, rows, key) = sample();
        let good = encode(&meta, &rows).unwrap();
        let rendering = encode_rendering(7, b"id,name\n1,Rex\n");
        for i in 0..20_000 {
            let bytes: Vec<u8> = match i % 4 {
                0 => (0..rng.random_range(0..200))
                    .map(|_| rng.random::<u8>())
                    .collect(),
                1 => {
                    let mut v = good.clone();
                    for _ in 0..rng.random_range(1..4) {
                        let at = rng.random_range(0..v.len());
                        v[at] = rng.random();
                    }
                    v
                }
                2 => good[..rng.random_range(0..good.len())].to_vec(),
                _ => {
                    let mut v = rendering.clone();
                    let at = rng.random_range(0..v.len());
                    v[at] ^= 1 << rng.random_range(0..8);
                    v
                }
            };
            fuzz_one(&bytes, &key);
        }
    }

    #[test]
    fn rows_encoded_as_they_stream_are_plain_postcard() {
        let (_, rows, _) = sample();
        let mut enc = RowsEncoder::new(1 << 20);
        enc.columns(&rows.columns);
        for r in &rows.rows {
            enc.push(r);
        }
        let (bytes, count) = enc.finish().unwrap();
        assert_eq!(bytes, postcard::to_allocvec(&rows).unwrap());
        assert_eq!(count, 2);
        let many = Rows {
            columns: vec!["n".into()],
            rows: (0..300).map(|i| vec![Value::Int(i)]).collect(),
        };
        let mut enc = RowsEncoder::new(1 << 20);
        enc.columns(&many.columns);
        many.rows.iter().for_each(|r| enc.push(r));
        assert_eq!(
            enc.finish().unwrap().0,
            postcard::to_allocvec(&many).unwrap(),
            "a multi-byte count"
        );
        let mut small = RowsEncoder::new(8);
        small.columns(&rows.columns);
        rows.rows.iter().for_each(|r| small.push(r));
        assert!(small.finish().is_none(), "over the limit");
    }

    #[test]
    fn round_trips() {
        let (meta, rows, key) = sample();
        let bytes = encode(&meta, &rows).unwrap();
        assert_eq!(decode_meta(&bytes).unwrap().0, meta);
        let head = head_len(&bytes).unwrap() as usize;
        let e = decode_head(&bytes[..head], bytes.len() as u64, &key).unwrap();
        assert_eq!(e.meta, meta);
        assert_eq!(decode_rows(&bytes, &e).unwrap(), rows);
        assert_eq!(e.hits, 0);
    }

    #[test]
    fn hits_live_outside_the_checksums() {
        let (meta, rows, key) = sample();
        let mut bytes = encode(&meta, &rows).unwrap();
        bytes[HITS_OFFSET as usize..HITS_OFFSET as usize + 8].copy_from_slice(&5u64.to_le_bytes());
        let e = decode_head(&bytes, bytes.len() as u64, &key).unwrap();
        assert_eq!(e.hits, 5);
        assert_eq!(decode_rows(&bytes, &e).unwrap(), rows);
    }

    #[test]
    fn every_truncation_and_every_flipped_byte_is_rejected() {
        let (meta, rows, key) = sample();
        let bytes = encode(&meta, &rows).unwrap();
        let good = decode_head(&bytes, bytes.len() as u64, &key).unwrap();
        // Whole entry: head or rows fail (what a hit would read).
        let whole = |b: &[u8]| {
            decode_head(b, b.len() as u64, &key).and_then(|e| decode_rows(b, &e).map(drop))
        };
        let head_only = |b: &[u8]| decode_head(b, b.len() as u64, &key).map(drop);
        for len in 0..bytes.len() {
            assert!(whole(&bytes[..len]).is_err(), "truncated to {len}");
            assert!(
                head_only(&bytes[..len]).is_err(),
                "a truncation is caught by the head alone, {len}"
            );
            assert!(
                decode_rows(&bytes[..len], &good).is_err(),
                "truncated rows, {len}"
            );
        }
        for i in (0..bytes.len()).filter(|i| !(8..16).contains(i)) {
            let mut bad = bytes.clone();
            bad[i] ^= 0x5a;
            assert!(whole(&bad).is_err(), "byte {i} flipped");
            assert!(
                decode_rows(&bad, &good).is_err(),
                "byte {i} flipped, rows read against the good head"
            );
        }
        assert!(
            decode_head(&bytes, bytes.len() as u64, &Key([8; 32])).is_err(),
            "another key's entry"
        );
        assert!(
            whole(b"garbage that is long enough to have a header, but it is not one at all")
                .is_err()
        );
    }

    #[test]
    fn renderings_belong_to_their_rows() {
        let body = b"id,name\n1,Rex\n";
        let r = encode_rendering(42, body);
        assert_eq!(decode_rendering(&r, 42).unwrap(), body);
        assert!(decode_rendering(&r, 43).is_err(), "made from other rows");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r");
        let in_file = |bytes: &[u8]| {
            std::fs::write(&path, bytes).unwrap();
            check_rendering_file(&std::fs::File::open(&path).unwrap(), 42)
        };
        assert!(in_file(&r).is_ok());
        for len in 0..r.len() {
            assert!(decode_rendering(&r[..len], 42).is_err());
            assert!(
                in_file(&r[..len]).is_err(),
                "from a file, truncated to {len}"
            );
        }
        for i in 0..r.len() {
            let mut bad = r.clone();
            bad[i] ^= 1;
            assert!(decode_rendering(&bad, 42).is_err(), "byte {i}");
            assert!(in_file(&bad).is_err(), "from a file, byte {i}");
        }
        // A body over several windows.
        let big: Vec<u8> = (0..(CHUNK * 2 + 12345)).map(|i| (i % 251) as u8).collect();
        let r = encode_rendering(42, &big);
        assert!(in_file(&r).is_ok());
        let mut bad = r.clone();
        bad[CHUNK + 17] ^= 1;
        assert!(in_file(&bad).is_err());
    }
}
