//! Cache keys: a BLAKE3 hash of everything that decides a result — the backend, the
//! database's password-free identity, the schema version, the SQL and each bound value
//! with its type (integer 1 and text '1' differ). Output format is deliberately absent:
//! entries hold typed rows, rendered after.

use std::fmt;

use crate::db::read::ReadQuery;
use crate::rows::Value;

/// Bumped when the meaning of a key changes, so old entries can never match.
const KEY_FORMAT: &[u8] = b"petdb-cache-key/2";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key(pub [u8; 32]);

impl Key {
    pub fn hex(&self) -> String {
        blake3::Hash::from_bytes(self.0).to_hex().to_string()
    }

    /// The first 12 hex digits: what `--echo-sql` and `cache list` show.
    pub fn short(&self) -> String {
        self.hex()[..12].to_owned()
    }

    pub fn from_hex(s: &str) -> Option<Key> {
        blake3::Hash::from_hex(s).ok().map(|h| Key(*h.as_bytes()))
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.short())
    }
}

/// What every key of one database shares.
#[derive(Debug, Clone)]
pub struct Scope {
    pub backend: &'static str,
    /// The database's password-free identity: shared by every session, it names the
    /// store's namespace (so a write's invalidation reaches every session's entries).
    pub database: String,
    /// What this side of the connection adds (see `Target::session`): part of every key.
    pub session: String,
    pub schema: String,
}

impl Scope {
    /// A short stable id of the database, used to name its tag directory or key prefix.
    pub fn database_id(&self) -> String {
        let mut h = blake3::Hasher::new();
        field(&mut h, self.backend.as_bytes());
        field(&mut h, self.database.as_bytes());
        h.finalize().to_hex()[..16].to_owned()
    }

    pub fn key(&self, query: &ReadQuery) -> Key {
        let mut h = blake3::Hasher::new();
        field(&mut h, KEY_FORMAT);
        field(&mut h, self.backend.as_bytes());
        field(&mut h, self.database.as_bytes());
        field(&mut h, self.session.as_bytes());
        field(&mut h, self.schema.as_bytes());
        field(
            &mut h,
            query.cache_text.as_deref().unwrap_or(&query.sql).as_bytes(),
        );
        h.update(&(query.binds.len() as u64).to_le_bytes());
        for v in &query.binds {
            bind(&mut h, v);
        }
        h.update(&(query.fingerprint.len() as u64).to_le_bytes());
        for f in &query.fingerprint {
            field(&mut h, f.as_bytes());
        }
        Key(*h.finalize().as_bytes())
    }
}

/// Length-prefixed, so ("ab", "c") and ("a", "bc") hash apart.
fn field(h: &mut blake3::Hasher, bytes: &[u8]) {
    h.update(&(bytes.len() as u64).to_le_bytes());
    h.update(bytes);
}

fn bind(h: &mut blake3::Hasher, v: &Value) {
    match v {
        Value::Null => {
            h.update(b"n");
        }
        Value::Bool(b) => {
            h.update(b"b");
            h.update(&[u8::from(*b)]);
        }
        Value::Int(i) => {
            h.update(b"i");
            h.update(&i.to_le_bytes());
        }
        Value::Real(f) => {
            h.update(b"r");
            h.update(&f.to_bits().to_le_bytes());
        }
        Value::Decimal(s) => {
            h.update(b"d");
            field(h, s.as_bytes());
        }
        Value::Text(s) => {
            h.update(b"t");
            field(h, s.as_bytes());
        }
        Value::Bytes(b) => {
            h.update(b"x");
            field(h, b);
        }
        Value::Date(d) => {
            h.update(b"D");
            field(h, d.format("%Y-%m-%d").to_string().as_bytes());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope() -> Scope {
        Scope {
            backend: "sqlite",
            database: "/tmp/a.db".into(),
            session: String::new(),
            schema: "1".into(),
        }
    }

    fn q(sql: &str, binds: Vec<Value>) -> ReadQuery {
        ReadQuery {
            sql: sql.into(),
            binds,
            ..ReadQuery::default()
        }
    }

    #[test]
    fn typed_binds_make_different_keys() {
        let s = scope();
        let int = s.key(&q("SELECT ?", vec![Value::Int(1)]));
        let text = s.key(&q("SELECT ?", vec![Value::Text("1".into())]));
        assert_ne!(int, text);
        assert_eq!(int, s.key(&q("SELECT ?", vec![Value::Int(1)])), "stable");
    }

    #[test]
    fn everything_in_scope_matters() {
        let query = q("SELECT 1", vec![]);
        let base = scope().key(&query);
        let mut other = scope();
        other.database = "/tmp/b.db".into();
        assert_ne!(base, other.key(&query));
        let mut other = scope();
        other.session = "user=eve".into();
        assert_ne!(base, other.key(&query));
        let mut other = scope();
        other.schema = "2".into();
        assert_ne!(base, other.key(&query));
        let mut other = scope();
        other.backend = "postgres";
        assert_ne!(base, other.key(&query));
        assert_ne!(base, scope().key(&q("SELECT 2", vec![])));
    }

    #[test]
    fn fields_cannot_run_into_each_other() {
        let s = scope();
        let a = s.key(&q(
            "SELECT ?",
            vec![Value::Text("ab".into()), Value::Text("c".into())],
        ));
        let b = s.key(&q(
            "SELECT ?",
            vec![Value::Text("a".into()), Value::Text("bc".into())],
        ));
        assert_ne!(a, b);
    }

    #[test]
    fn hex_round_trips() {
        let k = scope().key(&q("SELECT 1", vec![]));
        assert_eq!(Key::from_hex(&k.hex()), Some(k));
        assert_eq!(k.short().len(), 12);
    }
}
