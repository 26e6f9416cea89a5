//! The entry format: round trips, and every kind of damage rejected.

use super::*;
use crate::cache::store::Generation;
use crate::rows::Value;

pub(crate) fn sample() -> (Meta, Rows, Key) {
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
        tables: vec![Table::Pets],
        versions: vec![(Table::Pets, 41)],
        stamp: "sqlite:7:abc".into(),
        generations: vec![(Table::Pets, Generation::fresh())],
        filled_at_ms: 1_700_000_000_000,
        ttl_ms: 300_000,
        query_micros: 1234,
        row_count: 2,
        query: StoredQuery {
            binds: vec![Value::Int(7), Value::Text("x".into())],
            columns: vec!["id".into(), "name".into()],
            cache_empty: true,
            ..StoredQuery::default()
        },
    };
    (meta, rows, key)
}

const EXPIRES: u64 = 1_700_000_300_000;

/// What the cargo-fuzz target does (fuzz/fuzz_targets/cache_entry.rs), bounded and seeded
/// so it runs in every `cargo test`: random bytes and mutations of real entries never
/// panic, and never decode to rows that do not match their checksum.
#[test]
fn random_and_mutated_bytes_never_panic() {
    use rand::{RngExt, SeedableRng};
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(99);
    let (meta, rows, key) = sample();
    let good = encode(&meta, EXPIRES, &rows).unwrap();
    let rendering = crate::cache::rendering::encode(&key, "csv", 7, b"id,name\n1,Rex\n");
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
    let encode_all = |rows: &Rows, limit| {
        let mut enc = RowsEncoder::new(limit);
        enc.begin(&rows.columns).unwrap();
        rows.rows.iter().for_each(|r| enc.row(r).unwrap());
        enc.finish()
    };
    let (bytes, count) = encode_all(&rows, 1 << 20).unwrap();
    assert_eq!(bytes, postcard::to_allocvec(&rows).unwrap());
    assert_eq!(count, 2);
    let many = Rows {
        columns: vec!["n".into()],
        rows: (0..300).map(|i| vec![Value::Int(i)]).collect(),
    };
    assert_eq!(
        encode_all(&many, 1 << 20).unwrap().0,
        postcard::to_allocvec(&many).unwrap(),
        "a multi-byte count"
    );
    assert!(encode_all(&rows, 8).is_none(), "over the limit");
}

#[test]
fn round_trips() {
    let (meta, rows, key) = sample();
    let bytes = encode(&meta, EXPIRES, &rows).unwrap();
    let head = head_len(&bytes).unwrap() as usize;
    let e = decode_head(&bytes[..head], bytes.len() as u64, &key).unwrap();
    assert_eq!(e.meta, meta);
    assert_eq!(e.expires_at_ms, EXPIRES);
    assert_eq!(expires_at(&bytes), Some(EXPIRES));
    assert_eq!(decode_rows(&bytes, &e).unwrap(), rows);
    assert_eq!(e.hits, 0);
}

#[test]
fn hits_live_outside_the_checksums() {
    let (meta, rows, key) = sample();
    let mut bytes = encode(&meta, EXPIRES, &rows).unwrap();
    bytes[HITS_OFFSET as usize..HITS_OFFSET as usize + 8].copy_from_slice(&5u64.to_le_bytes());
    let e = decode_head(&bytes, bytes.len() as u64, &key).unwrap();
    assert_eq!(e.hits, 5);
    assert_eq!(decode_rows(&bytes, &e).unwrap(), rows);
}

#[test]
fn every_truncation_and_every_flipped_byte_is_rejected() {
    let (meta, rows, key) = sample();
    let bytes = encode(&meta, EXPIRES, &rows).unwrap();
    let good = decode_head(&bytes, bytes.len() as u64, &key).unwrap();
    // Whole entry: head or rows fail (what a hit would read).
    let whole =
        |b: &[u8]| decode_head(b, b.len() as u64, &key).and_then(|e| decode_rows(b, &e).map(drop));
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
        whole(b"garbage that is long enough to have a header, but it is not one at all, no")
            .is_err()
    );
}
