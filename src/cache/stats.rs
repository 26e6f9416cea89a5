//! Cache statistics: counters every process adds its own events to (under a lock on disk,
//! with HINCRBY on Redis), so figures stay exact however many processes run at once.

use serde::Serialize;

/// Counters, in the order they are stored. `entries` and `bytes` are gauges moved by
/// deltas (and re-counted by `cache stats`); the rest only grow until `--reset`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Cached reads answered from the cache.
    pub hits: i64,
    /// Cached reads that ran the query (no entry, stale, expired, damaged or `--refresh`).
    pub misses: i64,
    /// Misses because a table version moved since the fill.
    pub stale: i64,
    /// Misses because the entry was older than the TTL.
    pub expired: i64,
    /// Entries written.
    pub fills: i64,
    /// Entries removed to stay within the bounds.
    pub evictions: i64,
    /// Results served but not stored (too large, or invalidated while running).
    pub skips: i64,
    /// Damaged entries found and removed.
    pub damaged: i64,
    /// Query time the hits did not spend, in microseconds.
    pub saved_micros: i64,
    /// Reads answered from an entry past the usual rules because the database could not
    /// be reached (`--max-stale`): neither hits nor misses.
    pub served_stale: i64,
    pub entries: i64,
    pub bytes: i64,
}

impl Stats {
    pub const FIELDS: [&'static str; N] = [
        "hits",
        "misses",
        "stale",
        "expired",
        "fills",
        "evictions",
        "skips",
        "damaged",
        "saved_micros",
        "entries",
        "bytes",
        "served_stale",
    ];

    pub fn to_array(self) -> [i64; N] {
        [
            self.hits,
            self.misses,
            self.stale,
            self.expired,
            self.fills,
            self.evictions,
            self.skips,
            self.damaged,
            self.saved_micros,
            self.entries,
            self.bytes,
            self.served_stale,
        ]
    }

    pub fn from_array(a: [i64; N]) -> Self {
        Stats {
            hits: a[0],
            misses: a[1],
            stale: a[2],
            expired: a[3],
            fills: a[4],
            evictions: a[5],
            skips: a[6],
            damaged: a[7],
            saved_micros: a[8],
            entries: a[9],
            bytes: a[10],
            served_stale: a[11],
        }
    }

    pub fn is_zero(&self) -> bool {
        self.to_array().iter().all(|v| *v == 0)
    }

    /// Add `delta`, keeping the gauges at zero or above.
    pub fn add(&mut self, delta: &Stats) {
        let mut a = self.to_array();
        for (x, d) in a.iter_mut().zip(delta.to_array()) {
            *x = x.saturating_add(d).max(0);
        }
        *self = Stats::from_array(a);
    }

    /// hits / (hits + misses), or 0 before any cached read.
    pub fn hit_ratio(&self) -> f64 {
        let reads = self.hits + self.misses;
        if reads == 0 {
            0.0
        } else {
            self.hits as f64 / reads as f64
        }
    }

    /// Reset the counters, keeping the gauges.
    pub fn reset_counters(&mut self) {
        *self = Stats {
            entries: self.entries,
            bytes: self.bytes,
            ..Stats::default()
        };
    }

    /// The fixed on-disk form: magic, then each counter as i64 LE.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(8 + N * 8);
        out.extend_from_slice(MAGIC);
        for v in self.to_array() {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out
    }

    /// `None` if the bytes are not a stats file of this format (or of the previous one,
    /// which had no `served_stale`).
    pub fn decode(bytes: &[u8]) -> Option<Stats> {
        let fields = match (bytes.get(..8)?, bytes.len()) {
            (m, len) if m == MAGIC && len == 8 + N * 8 => N,
            (m, len) if m == MAGIC_11 && len == 8 + 11 * 8 => 11,
            _ => return None,
        };
        let mut a = [0i64; N];
        for (i, v) in a.iter_mut().enumerate().take(fields) {
            let at = 8 + i * 8;
            *v = i64::from_le_bytes(bytes[at..at + 8].try_into().ok()?);
        }
        Some(Stats::from_array(a))
    }
}

/// How many counters there are.
const N: usize = 12;
const MAGIC: &[u8; 8] = b"PETDBS02";
/// The format before `served_stale`.
const MAGIC_11: &[u8; 8] = b"PETDBS01";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_and_adds() {
        let mut s = Stats {
            hits: 3,
            misses: 1,
            entries: 2,
            bytes: 100,
            ..Stats::default()
        };
        assert_eq!(Stats::decode(&s.encode()), Some(s));
        assert_eq!(Stats::decode(b"nonsense"), None);
        s.add(&Stats {
            hits: 1,
            entries: -5,
            bytes: -10,
            ..Stats::default()
        });
        assert_eq!((s.hits, s.entries, s.bytes), (4, 0, 90));
        assert!((s.hit_ratio() - 0.8).abs() < 1e-9);
        s.reset_counters();
        assert_eq!((s.hits, s.misses, s.bytes), (0, 0, 90));
    }
}
