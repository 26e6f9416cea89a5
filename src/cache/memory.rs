//! A store in memory, for the policy's unit tests: the same contract as the disk and Redis
//! stores, with its state shared so a test can act as "another process" — fill, damage or
//! invalidate behind the cache's back, or at the moment a fill lock is taken.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::time::Duration;

use anyhow::Result;

use super::entry;
use super::key::Key;
use super::rendering::Blob;
use super::stats::Stats;
use super::store::{Admin, FillLock, Generation, Invalidation, Put, Read, Store, Stored, Tag};
use crate::db::schema::{Table, Tables};

/// Everything the store holds.
#[derive(Default)]
pub struct State {
    pub entries: HashMap<Key, Vec<u8>>,
    pub renderings: HashMap<(Key, String), Vec<u8>>,
    pub generations: HashMap<Table, Generation>,
    pub tags: HashMap<Table, HashSet<Key>>,
    pub hits: HashMap<Key, u64>,
    pub counters: Stats,
}

impl State {
    /// Invalidate `table` as another process's write would.
    pub fn invalidate(&mut self, table: Table, how: Invalidation) -> u64 {
        if how == Invalidation::Hold {
            self.generations.insert(table, Generation::held());
            return 0;
        }
        self.generations.insert(table, Generation::fresh());
        let mut removed = 0;
        for key in self.tags.remove(&table).unwrap_or_default() {
            removed += u64::from(self.entries.remove(&key).is_some());
            self.renderings.retain(|(k, _), _| *k != key);
        }
        removed
    }
}

pub type Hook = Box<dyn FnMut(&mut State)>;

#[derive(Default)]
pub struct MemoryStore {
    pub state: Rc<RefCell<State>>,
    /// Runs when a fill lock is taken (another process filling meanwhile, say).
    pub on_lock: Option<Hook>,
    /// Every invalidation fails (the store is unreachable for a moment).
    pub fail_invalidations: bool,
}

impl Store for MemoryStore {
    fn get(&mut self, key: &Key, read: Read) -> Result<Option<(Vec<u8>, u64)>> {
        let state = self.state.borrow();
        Ok(state.entries.get(key).map(|bytes| {
            let total = bytes.len() as u64;
            let len = match read {
                Read::Whole => bytes.len(),
                Read::Head => {
                    entry::head_len(bytes).map_or(bytes.len(), |n| (n as usize).min(bytes.len()))
                }
            };
            (bytes[..len].to_vec(), total)
        }))
    }

    fn rendering(&mut self, key: &Key, style: &str) -> Result<Option<Blob>> {
        let state = self.state.borrow();
        Ok(state
            .renderings
            .get(&(*key, style.to_owned()))
            .map(|b| Blob::Owned(b.clone())))
    }

    fn put_rendering(&mut self, key: &Key, style: &str, bytes: &[u8]) -> Result<()> {
        let mut state = self.state.borrow_mut();
        if state.entries.contains_key(key) {
            state
                .renderings
                .insert((*key, style.to_owned()), bytes.to_vec());
        }
        Ok(())
    }

    fn put(&mut self, key: &Key, bytes: &[u8], tags: &[Tag]) -> Result<Put> {
        let mut state = self.state.borrow_mut();
        for tag in tags {
            let current = state.generations.get(&tag.table);
            match (current, tag.create) {
                (None, true) => {
                    state.generations.insert(tag.table, tag.generation.clone());
                }
                (Some(g), false) if *g == tag.generation => {}
                _ => return Ok(Put::Invalidated),
            }
        }
        for tag in tags {
            state.tags.entry(tag.table).or_default().insert(*key);
        }
        state.entries.insert(*key, bytes.to_vec());
        state.renderings.retain(|(k, _), _| k != key);
        Ok(Put::Stored)
    }

    fn touch(&mut self, key: &Key) -> Result<()> {
        *self.state.borrow_mut().hits.entry(*key).or_default() += 1;
        Ok(())
    }

    fn remove(&mut self, key: &Key) -> Result<bool> {
        let mut state = self.state.borrow_mut();
        state.renderings.retain(|(k, _), _| k != key);
        Ok(state.entries.remove(key).is_some())
    }

    fn generations(&mut self, tables: Tables) -> Result<Vec<(Table, Option<Generation>)>> {
        let state = self.state.borrow();
        Ok(tables
            .iter()
            .map(|t| (t, state.generations.get(&t).cloned()))
            .collect())
    }

    fn invalidate(&mut self, tables: Tables, how: Invalidation) -> Result<u64> {
        if self.fail_invalidations {
            anyhow::bail!("the store is unreachable");
        }
        let mut state = self.state.borrow_mut();
        Ok(tables.iter().map(|t| state.invalidate(t, how)).sum())
    }

    fn lock(&mut self, _keys: &[Key], _wait: Duration) -> Result<Option<FillLock>> {
        if let Some(hook) = self.on_lock.as_mut() {
            hook(&mut self.state.borrow_mut());
        }
        Ok(Some(Box::new(())))
    }

    fn record(&mut self, delta: &Stats) -> Result<()> {
        self.state.borrow_mut().counters.add(delta);
        Ok(())
    }
}

impl Admin for MemoryStore {
    fn location(&self) -> String {
        "memory".into()
    }

    fn scan(&mut self) -> Result<Vec<Stored>> {
        let state = self.state.borrow();
        Ok(state
            .entries
            .iter()
            .map(|(key, bytes)| Stored {
                key: *key,
                bytes: bytes.len() as u64,
                last_used_ms: 0,
                hits: state.hits.get(key).copied(),
            })
            .collect())
    }

    fn counters(&mut self) -> Result<Stats> {
        Ok(self.state.borrow().counters)
    }

    fn reset_counters(&mut self) -> Result<()> {
        self.state.borrow_mut().counters.reset_counters();
        Ok(())
    }

    fn clear(&mut self) -> Result<u64> {
        let mut state = self.state.borrow_mut();
        let n = state.entries.len() as u64;
        let tables: Vec<Table> = state.tags.keys().copied().collect();
        for t in tables {
            state.invalidate(t, Invalidation::Complete);
        }
        state.entries.clear();
        state.renderings.clear();
        Ok(n)
    }
}
