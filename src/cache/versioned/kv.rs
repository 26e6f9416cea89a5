//! The few single-key operations a version-addressed store needs from a server
//! (`cluster.rs` for Redis Cluster and Valkey, `memcached.rs` for memcached).

use anyhow::Result;

/// A key–value server reached by single-key operations, plus two multi-key ones confined
/// to keys that share one hash tag (one slot on a Redis Cluster).
pub trait Kv {
    /// What warnings and `cache path` name (never a password).
    fn location(&self) -> String;

    fn get(&mut self, key: &str) -> Result<Option<Vec<u8>>>;

    /// Several keys of one hash tag at once, in order.
    fn get_many(&mut self, keys: &[String]) -> Result<Vec<Option<Vec<u8>>>>;

    /// Store `value`, expiring at `expires_at_ms` (Unix ms) or never.
    fn set(&mut self, key: &str, value: &[u8], expires_at_ms: Option<u64>) -> Result<()>;

    /// Store `value` only if `key` holds nothing (`SET NX PX` / memcached `add`), expiring
    /// after `ttl_ms` or never; `true` if stored.
    fn add(&mut self, key: &str, value: &[u8], ttl_ms: Option<u64>) -> Result<bool>;

    fn delete(&mut self, key: &str) -> Result<bool>;

    /// Delete `key` if it still holds `value` (a fill lock's release or take-over).
    fn delete_if(&mut self, key: &str, value: &[u8]) -> Result<()>;

    /// Add to counters (keys of one hash tag), each created at 0 when missing.
    fn add_counts(&mut self, counts: &[(String, u64)]) -> Result<()>;

    /// Count a hit on an entry in the counter `key`, expiring with the entry; a server
    /// that cannot list entries keeps no such count.
    fn count_hit(&mut self, key: &str, expires_at_ms: u64) -> Result<()>;

    /// Every key matching the glob `pattern` on every server; `None` if the server cannot
    /// enumerate its keys (memcached).
    fn keys(&mut self, pattern: &str) -> Result<Option<Vec<String>>>;

    /// Each key's value length (keys as [`Kv::keys`] found them).
    fn lengths(&mut self, keys: &[String]) -> Result<Vec<u64>>;
}
