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
use crate::rows::Rows;

pub const MAGIC: &[u8; 6] = b"PETDBC";
pub const RENDERING_MAGIC: &[u8; 6] = b"PETDBR";
pub const FORMAT: u16 = 2;
pub const HEADER_LEN: usize = 64;
pub const RENDERING_HEADER_LEN: usize = 48;
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
    let meta_bytes = postcard::to_allocvec(meta)?;
    let rows_bytes = postcard::to_allocvec(rows)?;
    let mut out = Vec::with_capacity(HEADER_LEN + meta_bytes.len() + rows_bytes.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&0u64.to_le_bytes());
    out.extend_from_slice(&(meta_bytes.len() as u64).to_le_bytes());
    out.extend_from_slice(&(rows_bytes.len() as u64).to_le_bytes());
    out.extend_from_slice(&xxh3_128(&meta_bytes).to_le_bytes());
    out.extend_from_slice(&xxh3_128(&rows_bytes).to_le_bytes());
    out.extend_from_slice(&meta_bytes);
    out.extend_from_slice(&rows_bytes);
    Ok(out)
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

/// Decode the rows from a whole entry, which must hold the rows `entry` was checked with
/// (the file may have been refilled since its head was read).
pub fn decode_rows(bytes: &[u8], entry: &Entry) -> Result<Rows> {
    check_head(bytes)?;
    let (meta_len, rows_len) = (u64_at(bytes, 16), u64_at(bytes, 24));
    let body = (bytes.len() - HEADER_LEN) as u64;
    if meta_len.checked_add(rows_len) != Some(body) {
        bail!("entry length mismatch: header says {meta_len}+{rows_len}, file has {body}");
    }
    ensure!(
        u128_at(bytes, 48) == entry.rows_sum,
        "entry was refilled meanwhile"
    );
    let rows_bytes = &bytes[HEADER_LEN + meta_len as usize..];
    ensure!(
        xxh3_128(rows_bytes) == entry.rows_sum,
        "entry rows checksum mismatch"
    );
    let rows: Rows = postcard::from_bytes(rows_bytes)?;
    ensure!(
        rows.rows.len() as u64 == entry.meta.row_count,
        "row count mismatch"
    );
    ensure!(
        rows.rows.iter().all(|r| r.len() == rows.columns.len()),
        "a row does not match its columns"
    );
    Ok(rows)
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
        for len in 0..r.len() {
            assert!(decode_rendering(&r[..len], 42).is_err());
        }
        for i in 0..r.len() {
            let mut bad = r.clone();
            bad[i] ^= 1;
            assert!(decode_rendering(&bad, 42).is_err(), "byte {i}");
        }
    }
}
