//! The `cache` commands' side of the version-addressed store: listing and sizes (where
//! the server can enumerate), the counters, and `cache invalidate --all`.

use std::collections::HashMap;

use anyhow::Result;

use super::{VersionedStore, cluster, key_of};
use crate::cache::key::Key;
use crate::cache::stats::Stats;
use crate::cache::store::{Admin, Generation, Stored};

impl Admin for VersionedStore {
    fn location(&self) -> String {
        format!("{} (prefix {})", self.kv.borrow().location(), self.prefix)
    }

    fn enumerates(&self) -> bool {
        self.kv.borrow().location().starts_with(cluster::SCHEME)
    }

    fn counts_removed(&self) -> bool {
        false
    }

    fn scan(&mut self) -> Result<Vec<Stored>> {
        let space = self.space()?;
        let Some(entries) = self.keys_of("e", &space)? else {
            return Ok(Vec::new());
        };
        let renderings = self.keys_of("r", &space)?.unwrap_or_default();
        let mut sizes: HashMap<Key, u64> = HashMap::new();
        let lengths = self.kv().lengths(&entries)?;
        for (name, len) in entries.iter().zip(lengths) {
            if let Some(key) = key_of(name) {
                sizes.insert(key, len);
            }
        }
        let lengths = self.kv().lengths(&renderings)?;
        for (name, len) in renderings.iter().zip(lengths) {
            if let Some(size) = key_of(name).and_then(|k| sizes.get_mut(&k)) {
                *size += len;
            }
        }
        let mut out = Vec::with_capacity(sizes.len());
        for (key, bytes) in sizes {
            let name = self.hits_key(&key)?;
            let hits = self.kv().get(&name)?;
            let hits = hits.and_then(|b| String::from_utf8_lossy(&b).parse().ok());
            out.push(Stored {
                key,
                bytes,
                last_used_ms: 0,
                hits: Some(hits.unwrap_or(0)),
            });
        }
        Ok(out)
    }

    fn counters(&mut self) -> Result<Stats> {
        let values = self.kv().get_many(&self.stat_keys())?;
        let mut figures = [0i64; Stats::FIELDS.len()];
        for (figure, v) in figures.iter_mut().zip(values) {
            *figure = v
                .and_then(|b| String::from_utf8_lossy(&b).trim().parse().ok())
                .unwrap_or(0);
        }
        Ok(Stats::from_array(figures))
    }

    fn reset_counters(&mut self) -> Result<()> {
        for name in self.stat_keys() {
            self.kv().delete(&name)?;
        }
        Ok(())
    }

    fn clear(&mut self) -> Result<u64> {
        // A fresh namespace first: from now on nothing of the old one is addressed.
        let old = self.space()?;
        let fresh = Generation::fresh();
        let name = format!("{}n", self.meta);
        self.kv().set(&name, fresh.as_str().as_bytes(), None)?;
        self.space = Some(fresh.as_str().to_owned());
        self.expiries.clear();
        self.last = None;
        // Then, where the server can enumerate, the old namespace's keys go at once.
        let mut removed = 0;
        for kind in ["e", "r", "h"] {
            for name in self.keys_of(kind, &old)?.unwrap_or_default() {
                if self.kv().delete(&name)? && kind == "e" {
                    removed += 1;
                }
            }
        }
        Ok(removed)
    }
}
