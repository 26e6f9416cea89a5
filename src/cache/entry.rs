//! One cached result and its byte format. A file (or Redis value) is a fixed header, then
//! the metadata, then the rows, both postcard-encoded and covered by a BLAKE3 checksum:
//!
//! ```text
//! 0   magic "PETDBC" + format u16      8   hits (u64 LE; updated in place, not checksummed)
//! 16  metadata length (u64 LE)         24  rows length (u64 LE)
//! 32  BLAKE3(metadata ‖ rows)          64  metadata, then rows
//! ```
//!
//! Anything else — truncated, foreign, another format version, a checksum that does not
//! match — decodes to an error, never to rows.

use anyhow::{Result, bail, ensure};
use serde::{Deserialize, Serialize};

use super::key::Key;
use crate::rows::Rows;

pub const MAGIC: &[u8; 6] = b"PETDBC";
pub const FORMAT: u16 = 1;
pub const HEADER_LEN: usize = 64;
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

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub meta: Meta,
    pub rows: Rows,
    /// Hits recorded in the header (informational; global stats are exact elsewhere).
    pub hits: u64,
}

pub fn encode(meta: &Meta, rows: &Rows) -> Result<Vec<u8>> {
    let meta_bytes = postcard::to_allocvec(meta)?;
    let rows_bytes = postcard::to_allocvec(rows)?;
    let mut hasher = blake3::Hasher::new();
    hasher.update(&meta_bytes);
    hasher.update(&rows_bytes);
    let mut out = Vec::with_capacity(HEADER_LEN + meta_bytes.len() + rows_bytes.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&0u64.to_le_bytes());
    out.extend_from_slice(&(meta_bytes.len() as u64).to_le_bytes());
    out.extend_from_slice(&(rows_bytes.len() as u64).to_le_bytes());
    out.extend_from_slice(hasher.finalize().as_bytes());
    out.extend_from_slice(&meta_bytes);
    out.extend_from_slice(&rows_bytes);
    Ok(out)
}

struct Parts<'a> {
    hits: u64,
    meta: &'a [u8],
    rows: &'a [u8],
}

fn split(bytes: &[u8]) -> Result<Parts<'_>> {
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
    let word = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"));
    let (meta_len, rows_len) = (word(16), word(24));
    let body = &bytes[HEADER_LEN..];
    let expected = meta_len.checked_add(rows_len);
    if expected != Some(body.len() as u64) {
        bail!(
            "entry length mismatch: header says {meta_len}+{rows_len}, file has {}",
            body.len()
        );
    }
    let (meta, rows) = body.split_at(meta_len as usize);
    let mut hasher = blake3::Hasher::new();
    hasher.update(meta);
    hasher.update(rows);
    ensure!(
        hasher.finalize().as_bytes() == &bytes[32..64],
        "entry checksum mismatch"
    );
    Ok(Parts {
        hits: word(8),
        meta,
        rows,
    })
}

/// Check and decode only the metadata (for `cache list` and eviction).
pub fn decode_meta(bytes: &[u8]) -> Result<(Meta, u64)> {
    let parts = split(bytes)?;
    Ok((postcard::from_bytes(parts.meta)?, parts.hits))
}

/// Check and decode a whole entry, which must be the one stored under `key`.
pub fn decode(bytes: &[u8], key: &Key) -> Result<Entry> {
    let parts = split(bytes)?;
    let meta: Meta = postcard::from_bytes(parts.meta)?;
    ensure!(meta.key == key.0, "entry belongs to another key");
    let rows: Rows = postcard::from_bytes(parts.rows)?;
    ensure!(
        rows.rows.len() as u64 == meta.row_count,
        "row count mismatch"
    );
    ensure!(
        rows.rows.iter().all(|r| r.len() == rows.columns.len()),
        "a row does not match its columns"
    );
    Ok(Entry {
        meta,
        rows,
        hits: parts.hits,
    })
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
        let e = decode(&bytes, &key).unwrap();
        assert_eq!(e.meta, meta);
        assert_eq!(e.rows, rows);
        assert_eq!(e.hits, 0);
        assert_eq!(decode_meta(&bytes).unwrap().0, meta);
    }

    #[test]
    fn hits_live_outside_the_checksum() {
        let (meta, rows, key) = sample();
        let mut bytes = encode(&meta, &rows).unwrap();
        bytes[HITS_OFFSET as usize..HITS_OFFSET as usize + 8].copy_from_slice(&5u64.to_le_bytes());
        assert_eq!(decode(&bytes, &key).unwrap().hits, 5);
    }

    #[test]
    fn every_truncation_and_every_flipped_byte_is_rejected() {
        let (meta, rows, key) = sample();
        let bytes = encode(&meta, &rows).unwrap();
        for len in 0..bytes.len() {
            assert!(decode(&bytes[..len], &key).is_err(), "truncated to {len}");
        }
        for i in (0..bytes.len()).filter(|i| !(8..16).contains(i)) {
            let mut bad = bytes.clone();
            bad[i] ^= 0x5a;
            assert!(decode(&bad, &key).is_err(), "byte {i} flipped");
        }
        assert!(
            decode(&bytes, &Key([8; 32])).is_err(),
            "another key's entry"
        );
        assert!(
            decode(
                b"garbage that is long enough to have a header, but it is not one at all",
                &key
            )
            .is_err()
        );
    }
}
