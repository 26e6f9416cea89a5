//! The miss path: some read of a batch must run. Lock its key (so processes missing the
//! same result at once run it once), look again (whoever held the lock may have filled
//! it), then run the batch in one snapshot — serving from the cache what is still valid
//! there — and fill what ran.

use std::time::{Duration, Instant};

use anyhow::Result;

use super::fill::Ran;
use super::key::Key;
use super::read::Served;
use super::source::{Snapshot, Source};
use super::store::FillLock;
use super::{Cache, Slot};
use crate::db::schema::Tables;
use crate::db::state::DbState;
use crate::echo;
use crate::output::Out;

impl Cache {
    pub(super) fn read_missed(
        &mut self,
        source: &mut dyn Source,
        slots: &mut [Slot<'_>],
        outs: &mut [Out<'_>],
    ) -> Result<()> {
        // 1. Lock what must run; the lock is held until the fills are stored.
        let missing: Vec<Key> = slots
            .iter()
            .filter(|s| !s.lookup.is_hit())
            .map(|s| s.key)
            .collect();
        let _lock = self.lock(&missing);

        // 2. Look again: another process may have filled it while we waited.
        if !self.settings.refresh {
            self.lookup_batch(source, slots, outs);
            if slots.iter().all(|s| s.lookup.is_hit()) {
                return self.serve_all(slots, outs);
            }
        }

        // 3. Generations before the query: a fill is dropped if a table it read is
        //    invalidated while it runs, and its entry records them.
        let tables: Tables = slots
            .iter()
            .fold(Tables::NONE, |t, s| t.union(s.query.tables));
        let generations = self.guard(|store| store.generations(tables));

        // 4. One snapshot: the state, then each read served from an entry still valid in
        //    it, or run; and which tables' writes may not move their version.
        let mut ran: Vec<Option<Ran>> = Vec::new();
        let mut state = DbState::default();
        let mut untracked = Vec::new();
        let mut captured: Vec<Option<String>> = Vec::new();
        source.snapshot(&mut |snap: &mut dyn Snapshot| {
            state = snap.state(tables)?;
            untracked = snap.untracked(tables)?;
            ran.clear();
            captured.clear();
            for (slot, out) in slots.iter_mut().zip(outs.iter_mut()) {
                if self.still_servable(slot, &state, generations.as_ref()) {
                    self.serve(slot, out, Served::Hit)?;
                    ran.push(None);
                    captured.push(None);
                } else {
                    ran.push(Some(self.run(snap, slot, out)?));
                    captured.push(snap.captured(slot.query)?);
                }
            }
            Ok(())
        })?;

        // 5. A lookup by id that found nothing makes the command fail ("not found"):
        //    then nothing of this batch is kept, and nothing counted.
        let not_found = slots.iter().zip(&ran).any(|(slot, ran)| {
            !slot.query.cache_empty && ran.as_ref().is_some_and(Ran::found_nothing)
        });
        if not_found {
            return Ok(());
        }
        // Counted once the reads have succeeded: a failed command is not a cached read.
        for ((slot, ran), captured) in slots.iter().zip(ran).zip(captured) {
            if let Some(ran) = ran {
                self.count_miss(slot);
                let untracked = untracked
                    .iter()
                    .find(|(t, _)| slot.query.tables.contains(*t))
                    .map(|(_, why)| why.clone());
                match untracked.or(captured) {
                    Some(why) => self.skip(slot.key, why),
                    None => self.fill(slot, ran, &state, generations.as_ref()),
                }
            }
        }
        Ok(())
    }

    fn count_miss(&mut self, slot: &Slot<'_>) {
        use super::Lookup;
        self.delta.misses += 1;
        match slot.reason {
            Some(Lookup::Stale { .. }) => self.delta.stale += 1,
            Some(Lookup::Expired { .. }) => self.delta.expired += 1,
            _ => {}
        }
    }

    /// Take the fill locks of `keys`, waiting for another process filling them.
    fn lock(&mut self, keys: &[Key]) -> Option<FillLock> {
        if keys.is_empty() {
            return None;
        }
        let wait = self.settings.lock_wait;
        let started = Instant::now();
        match self.guard(|store| store.lock(keys, wait)) {
            Some(Some(lock)) => {
                let waited = started.elapsed();
                if waited > Duration::from_millis(50) {
                    echo::note(format_args!(
                        "waited {:.2}s for another process filling the same result",
                        waited.as_secs_f64()
                    ));
                }
                Some(lock)
            }
            Some(None) => {
                echo::note(format_args!(
                    "waited {}s for another process filling the same result; running it here",
                    wait.as_secs()
                ));
                None
            }
            None => None,
        }
    }
}
