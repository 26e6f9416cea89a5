//! The one decision of the cache: may a read be answered from its entry right now? Every
//! path that serves a cached answer — before the fill lock, under it, and inside the
//! snapshot of a miss — asks [`judge`], the only code that compares TTLs, versions and
//! entry state.

use std::time::Duration;

use super::entry::{self, CheckedRows, Entry};
use super::rendering::Blob;
use super::source::Source;
use super::store::Generation;
use super::store::Read;
use super::{Cache, Consistency, Slot, now_ms};
use crate::db::schema::{Table, Tables};
use crate::db::state::DbState;
use crate::echo;
use crate::output::Out;

/// What a lookup found for one read.
pub enum Lookup {
    /// An entry that may be served now, ready to serve.
    Hit(Box<Found>),
    /// No entry.
    Miss,
    /// A table the entry read has been written since it was filled.
    Stale { moved: String },
    /// The entry is older than the TTL (the reader's, or the filler's).
    Expired { age: Duration, ttl: Duration },
    /// The entry could not be read back intact; it has been removed.
    Damaged { why: String },
    /// The read must not be cached at all.
    Uncacheable { why: String },
}

impl Lookup {
    pub fn is_hit(&self) -> bool {
        matches!(self, Lookup::Hit(_))
    }
}

/// A servable entry: its checked head, and what a hit will write.
pub struct Found {
    pub entry: Entry,
    pub payload: Payload,
}

pub enum Payload {
    /// A kept rendering in the style asked for (checked).
    Rendering(Blob),
    /// The entry's rows (checked, not decoded).
    Rows(CheckedRows),
}

/// Each table's generation in the store now (`None`: missing).
pub type Generations = Vec<(Table, Option<Generation>)>;

/// What an entry is judged against besides its age.
#[derive(Clone, Copy)]
pub enum Against<'a> {
    /// Nothing: its age alone (a first sieve before anything is read).
    Age,
    /// `--consistency ttl`: the store's generations of its tables (no database).
    Generations(&'a Generations),
    /// `--consistency strict`: the database's state now (its stamp and the versions of
    /// the entry's tables).
    State(&'a DbState),
}

/// The decision: `None` if `entry` may be served at `now_ms` with a reader's `ttl`,
/// judged `against` the current state; otherwise why not.
pub fn judge(entry: &Entry, now_ms: u64, ttl: Duration, against: Against<'_>) -> Option<Lookup> {
    let age = Duration::from_millis(now_ms.saturating_sub(entry.meta.filled_at_ms));
    let lifetime = Duration::from_millis(entry.meta.ttl_ms);
    let ttl = ttl.min(lifetime);
    if age >= ttl {
        return Some(Lookup::Expired { age, ttl });
    }
    if let Against::Generations(current) = against {
        for (table, filled) in &entry.meta.generations {
            let now = current
                .iter()
                .find(|(t, _)| t == table)
                .and_then(|(_, g)| g.as_ref());
            let moved = match now {
                Some(g) if g == filled && !g.is_held() => continue,
                Some(g) if g.is_held() => {
                    "a write to it is committing, or its invalidation was not confirmed"
                }
                Some(_) => "invalidated since",
                None => "its generation is gone from the cache",
            };
            return Some(Lookup::Stale {
                moved: format!("{table}: {moved}"),
            });
        }
    }
    if let Against::State(current) = against {
        if entry.meta.stamp != current.stamp {
            return Some(Lookup::Stale {
                moved: "the schema, the database or the session changed".into(),
            });
        }
        let moved: Vec<String> = entry
            .meta
            .versions
            .iter()
            .filter_map(|(t, v)| match current.versions.get(t) {
                Some(now) if now == v => None,
                Some(now) => Some(format!("{t} v{v}→v{now}")),
                None => Some(format!("{t} v{v}→gone")),
            })
            .collect();
        if !moved.is_empty() {
            return Some(Lookup::Stale {
                moved: moved.join(", "),
            });
        }
    }
    None
}

impl Cache {
    /// Look every read of a batch up: its entry's head, its age, under `strict` the
    /// versions of every table the batch's entries read (one query), and what a hit would
    /// serve. Reports each reason for a miss once per read (`-v`).
    pub(super) fn lookup_batch(
        &mut self,
        source: &mut dyn Source,
        slots: &mut [Slot<'_>],
        outs: &[Out<'_>],
    ) {
        let now = now_ms();
        let mut candidates: Vec<Option<Entry>> = Vec::with_capacity(slots.len());
        for slot in slots.iter_mut() {
            let entry = self.head(slot);
            let entry = entry.filter(|e| match judge(e, now, self.settings.ttl, Against::Age) {
                None => true,
                Some(why) => {
                    self.note(slot, why);
                    false
                }
            });
            candidates.push(entry);
        }
        // What the entries are judged against: only worth reading if every read of the
        // batch could hit.
        let tables: Tables = candidates
            .iter()
            .flatten()
            .flat_map(|e| e.meta.tables.iter().copied())
            .collect();
        let all = candidates.iter().all(Option::is_some);
        let (mut state, mut generations) = (None, None);
        match self.settings.consistency {
            // A database that is missing or not migrated yet fails here: the miss path
            // then runs the batch in a snapshot of a migrated one.
            Consistency::Strict if all => state = source.state(tables).ok(),
            Consistency::Ttl if all => {
                generations = self.guard(|store| store.generations(tables));
            }
            _ => {}
        }
        for ((slot, entry), out) in slots.iter_mut().zip(candidates).zip(outs) {
            slot.lookup = Lookup::Miss;
            slot.unverified = None;
            let Some(entry) = entry else { continue };
            let against = match (&state, &generations) {
                (Some(state), _) => Against::State(state),
                (_, Some(generations)) => Against::Generations(generations),
                _ => {
                    // Fresh by age, the rest not read: the miss path's snapshot will tell.
                    if let Lookup::Hit(found) = self.prepare(slot, entry, out) {
                        slot.unverified = Some(found);
                    }
                    continue;
                }
            };
            slot.lookup = match judge(&entry, now, self.settings.ttl, against) {
                Some(why) => {
                    self.note(slot, why);
                    Lookup::Miss
                }
                None => self.prepare(slot, entry, out),
            };
        }
    }

    /// Is the entry `slot` found still servable in the snapshot's `state` (under `ttl`,
    /// at the store's `generations`)? The in-snapshot check of a miss path.
    pub(super) fn still_servable(
        &mut self,
        slot: &mut Slot<'_>,
        state: &DbState,
        generations: Option<&Generations>,
    ) -> bool {
        let found = match std::mem::replace(&mut slot.lookup, Lookup::Miss) {
            Lookup::Hit(found) => found,
            _ => match slot.unverified.take() {
                Some(found) => found,
                None => return false,
            },
        };
        let against = match (self.settings.consistency, generations) {
            (Consistency::Ttl, Some(generations)) => Against::Generations(generations),
            (Consistency::Ttl, None) => return false,
            (Consistency::Strict, _) => Against::State(state),
        };
        match judge(&found.entry, now_ms(), self.settings.ttl, against) {
            None => {
                slot.lookup = Lookup::Hit(found);
                true
            }
            Some(why) => {
                self.note(slot, why);
                false
            }
        }
    }

    /// The checked head of `slot`'s entry, if there is one (damage is removed and noted).
    pub(super) fn head(&mut self, slot: &mut Slot<'_>) -> Option<Entry> {
        let (head, total) = self.guard(|store| store.get(&slot.key, Read::Head))??;
        match entry::decode_head(&head, total, &slot.key) {
            Ok(entry) => Some(entry),
            Err(e) => {
                self.damaged(slot, &e);
                None
            }
        }
    }

    /// Ready a servable entry for its output: a kept rendering of the style asked for if
    /// there is one, else its rows.
    pub(super) fn prepare(&mut self, slot: &mut Slot<'_>, entry: Entry, out: &Out<'_>) -> Lookup {
        if let Out::Print { style, .. } = out
            && let Some(Some(mut blob)) =
                self.guard(|store| store.rendering(&slot.key, style.tag()))
            && blob.check(&slot.key, style.tag(), entry.rows_sum).is_ok()
        {
            let payload = Payload::Rendering(blob);
            return Lookup::Hit(Box::new(Found { entry, payload }));
        }
        let bytes = match self.guard(|store| store.get(&slot.key, Read::Whole)) {
            Some(Some((bytes, _))) if entry::rows_sum(&bytes) == Some(entry.rows_sum) => bytes,
            // Refilled, invalidated or unreadable since its head was read: a miss.
            _ => return Lookup::Miss,
        };
        match entry::check_rows(bytes, &entry) {
            Ok(rows) => Lookup::Hit(Box::new(Found {
                entry,
                payload: Payload::Rows(rows),
            })),
            Err(e) => {
                self.damaged(slot, &e);
                Lookup::Miss
            }
        }
    }

    fn damaged(&mut self, slot: &mut Slot<'_>, e: &anyhow::Error) {
        echo::note(format_args!(
            "cache entry {} is damaged ({e}); removed",
            slot.key
        ));
        self.guard(|store| store.remove(&slot.key));
        self.delta.damaged += 1;
        self.note(slot, Lookup::Damaged { why: e.to_string() });
    }

    /// Report why `slot` is not a hit, once per read, and remember it for the counts.
    fn note(&mut self, slot: &mut Slot<'_>, why: Lookup) {
        if slot.reason.is_some() {
            return;
        }
        match &why {
            Lookup::Stale { moved } => {
                echo::cache_event("stale", format_args!("{} ({moved})", slot.key))
            }
            Lookup::Expired { age, ttl } => echo::cache_event(
                "expired",
                format_args!(
                    "{} (age {:.1}s ≥ ttl {}s)",
                    slot.key,
                    age.as_secs_f64(),
                    ttl.as_secs()
                ),
            ),
            _ => {}
        }
        slot.reason = Some(why);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::entry::Meta;
    use crate::db::schema::Table;

    fn entry(filled: u64, lifetime_ms: u64, versions: &[(Table, i64)]) -> Entry {
        Entry {
            meta: Meta {
                key: [0; 32],
                sql: String::new(),
                tables: versions.iter().map(|(t, _)| *t).collect(),
                versions: versions.to_vec(),
                stamp: "s1".into(),
                generations: versions.iter().map(|(t, _)| (*t, token(1))).collect(),
                filled_at_ms: filled,
                ttl_ms: lifetime_ms,
                query_micros: 0,
                row_count: 0,
                query: Default::default(),
            },
            expires_at_ms: filled + lifetime_ms,
            hits: 0,
            rows_sum: 0,
        }
    }

    #[test]
    fn an_entry_is_judged_by_age_then_versions() {
        let e = entry(1_000, 300_000, &[(Table::Owners, 7), (Table::Pets, 41)]);
        let ttl = Duration::from_secs(300);
        let state = |versions: &[(Table, i64)], stamp: &str| DbState {
            versions: versions.iter().copied().collect(),
            stamp: stamp.into(),
        };
        let same = state(&[(Table::Owners, 7), (Table::Pets, 41)], "s1");
        assert!(judge(&e, 2_000, ttl, Against::State(&same)).is_none());
        assert!(judge(&e, 2_000, ttl, Against::Age).is_none());
        let moved = state(&[(Table::Owners, 7), (Table::Pets, 42)], "s1");
        match judge(&e, 2_000, ttl, Against::State(&moved)) {
            Some(Lookup::Stale { moved }) => assert_eq!(moved, "pets v41→v42"),
            _ => panic!("stale expected"),
        }
        let gone = state(&[(Table::Owners, 7)], "s1");
        assert!(matches!(
            judge(&e, 2_000, ttl, Against::State(&gone)),
            Some(Lookup::Stale { .. })
        ));
        let restamped = state(&[(Table::Owners, 7), (Table::Pets, 41)], "s2");
        match judge(&e, 2_000, ttl, Against::State(&restamped)) {
            Some(Lookup::Stale { moved }) => assert!(moved.contains("schema"), "{moved}"),
            _ => panic!("a new stamp makes it stale"),
        }
        assert!(matches!(
            judge(&e, 301_000, ttl, Against::State(&same)),
            Some(Lookup::Expired { .. })
        ));
    }

    fn token(n: u64) -> Generation {
        Generation::parse(&format!("g{n:016x}")).unwrap()
    }

    #[test]
    fn under_ttl_an_entry_needs_its_tables_at_the_same_unheld_generation() {
        let e = entry(1_000, 300_000, &[(Table::Owners, 7)]);
        let ttl = Duration::from_secs(300);
        let at = |g: Option<Generation>| vec![(Table::Owners, g)];
        assert!(judge(&e, 2_000, ttl, Against::Generations(&at(Some(token(1))))).is_none());
        for (current, why) in [
            (Some(token(2)), "invalidated"),
            (Some(Generation::held()), "committing"),
            (None, "gone"),
        ] {
            match judge(&e, 2_000, ttl, Against::Generations(&at(current))) {
                Some(Lookup::Stale { moved }) => assert!(moved.contains(why), "{moved}"),
                _ => panic!("{why}: stale expected"),
            }
        }
    }

    #[test]
    fn the_fillers_ttl_bounds_an_entry_too() {
        let e = entry(1_000, 10_000, &[]);
        let long = Duration::from_secs(3600);
        assert!(judge(&e, 10_000, long, Against::Age).is_none());
        match judge(&e, 11_000, long, Against::Age) {
            Some(Lookup::Expired { ttl, .. }) => assert_eq!(ttl, Duration::from_secs(10)),
            _ => panic!("expired expected"),
        }
    }
}
