//! A batch of reads through the cache: served from it when every read hits, otherwise
//! handed to the miss path; and how a hit is written out.

use std::time::Duration;

use anyhow::Result;

use super::lookup::{Found, Lookup, Payload};
use super::source::Source;
use super::{Cache, Slot, now_ms, rendering};
use crate::db::read::ReadQuery;
use crate::echo;
use crate::output::{self, Capture, Out};

impl Cache {
    /// Answer `queries`, each into its output: from the cache if every one of them hits
    /// (so reads that belong together agree), else from the database in one snapshot,
    /// filling the cache.
    pub fn read(
        &mut self,
        source: &mut dyn Source,
        queries: &[&ReadQuery],
        outs: &mut [Out<'_>],
    ) -> Result<()> {
        if queries.iter().any(|q| q.uncacheable.is_some()) {
            for q in queries {
                let why = q
                    .uncacheable
                    .as_deref()
                    .unwrap_or("read together with an uncacheable statement");
                self.skip(self.scope.key(q), why);
            }
            return source.run_uncached(queries, outs);
        }
        self.store.begin_read();
        let mut slots: Vec<Slot<'_>> = queries
            .iter()
            .map(|query| Slot {
                query,
                key: self.scope.key(query),
                lookup: Lookup::Miss,
                unverified: None,
                reason: None,
            })
            .collect();
        if !self.settings.refresh {
            self.lookup_batch(source, &mut slots, outs);
            if slots.iter().all(|s| s.lookup.is_hit()) {
                return self.serve_all(&mut slots, outs);
            }
        }
        match self.read_missed(source, &mut slots, outs) {
            Err(e)
                if self.settings.max_stale.is_some()
                    && !self.wrote
                    && crate::db::unreachable::is_unreachable(&e) =>
            {
                self.serve_stale(&mut slots, outs, e)
            }
            other => other,
        }
    }

    /// The database cannot be reached: answer from the entries, if every read has one
    /// younger than `--max-stale`, with one warning naming its age and the error; else the
    /// error, as without the flag.
    fn serve_stale(
        &mut self,
        slots: &mut [Slot<'_>],
        outs: &mut [Out<'_>],
        error: anyhow::Error,
    ) -> Result<()> {
        let max = self.settings.max_stale.expect("only with --max-stale");
        let now = now_ms();
        let mut oldest = Duration::ZERO;
        for (slot, out) in slots.iter_mut().zip(outs.iter()) {
            let Some(entry) = self.head(slot) else {
                return Err(error);
            };
            let age = Duration::from_millis(now.saturating_sub(entry.meta.filled_at_ms));
            if age >= max {
                return Err(error);
            }
            oldest = oldest.max(age);
            slot.lookup = self.prepare(slot, entry, out);
            if !slot.lookup.is_hit() {
                return Err(error);
            }
        }
        crate::ui::warn(format_args!(
            "the database cannot be reached ({}); serving the cached answer from {} ago \
             (--max-stale {})",
            crate::ui::chain(&error),
            humantime::format_duration(Duration::from_secs(oldest.as_secs().max(1))),
            humantime::format_duration(max)
        ));
        for (slot, out) in slots.iter_mut().zip(outs.iter_mut()) {
            self.serve(slot, out, Served::Stale)?;
        }
        Ok(())
    }

    /// How `query` would be answered now — hit, miss, stale, expired, damaged or
    /// uncacheable — without running it (a damaged entry is removed on the way).
    pub fn lookup(&mut self, source: &mut dyn Source, query: &ReadQuery) -> Lookup {
        if let Some(why) = &query.uncacheable {
            return Lookup::Uncacheable { why: why.clone() };
        }
        let mut rows = crate::rows::Rows::default();
        let outs = [Out::Rows(&mut rows)];
        let mut slots = [Slot {
            query,
            key: self.scope.key(query),
            lookup: Lookup::Miss,
            unverified: None,
            reason: None,
        }];
        self.lookup_batch(source, &mut slots, &outs);
        let [slot] = slots;
        match slot.lookup {
            Lookup::Hit(found) => Lookup::Hit(found),
            _ => slot.reason.unwrap_or(Lookup::Miss),
        }
    }

    pub(super) fn serve_all(&mut self, slots: &mut [Slot<'_>], outs: &mut [Out<'_>]) -> Result<()> {
        for (slot, out) in slots.iter_mut().zip(outs.iter_mut()) {
            self.serve(slot, out, Served::Hit)?;
        }
        Ok(())
    }

    /// Write a found entry's answer into its output and count it.
    pub(super) fn serve(
        &mut self,
        slot: &mut Slot<'_>,
        out: &mut Out<'_>,
        how: Served,
    ) -> Result<()> {
        self.wrote = true;
        let Lookup::Hit(found) = std::mem::replace(&mut slot.lookup, Lookup::Miss) else {
            unreachable!("only hits are served");
        };
        let Found { entry, payload } = *found;
        let meta = &entry.meta;
        echo::cache_event(
            match how {
                Served::Hit => "hit",
                Served::Stale => "stale-served",
            },
            format_args!(
                "{} ({}) age {:.1}s, saved {:.1}ms",
                slot.key,
                meta.tables
                    .iter()
                    .map(|t| t.name())
                    .collect::<Vec<_>>()
                    .join(", "),
                now_ms().saturating_sub(meta.filled_at_ms) as f64 / 1000.0,
                meta.query_micros as f64 / 1000.0
            ),
        );
        match (payload, out) {
            (Payload::Rendering(mut blob), Out::Print { out, stdout, .. }) => {
                blob.write_body(&mut **out, *stdout)?
            }
            (Payload::Rows(rows), Out::Print { style, out, .. }) => {
                // Render from the rows, keeping the output so later hits need not.
                let mut capture = Capture::new(&mut **out, self.settings.bounds.max_entry_bytes);
                let mut sink = output::sink(*style, &mut capture);
                rows.stream(sink.as_mut())?;
                sink.end()?;
                drop(sink);
                if let Some(body) = capture.into_copy() {
                    let tag = style.tag();
                    let kept = rendering::encode(&slot.key, tag, entry.rows_sum, &body);
                    self.guard(|store| store.put_rendering(&slot.key, tag, &kept));
                }
            }
            (Payload::Rows(rows), Out::Rows(target)) => **target = rows.decode()?,
            (Payload::Rendering(_), Out::Rows(_)) => {
                unreachable!("renderings are only prepared for printed output")
            }
        }
        match how {
            Served::Hit => self.delta.hits += 1,
            Served::Stale => self.delta.served_stale += 1,
        }
        self.delta.saved_micros += meta.query_micros as i64;
        self.outcomes.push(super::Outcome::Hit);
        self.guard(|store| store.touch(&slot.key));
        Ok(())
    }
}

/// Why an entry is served.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Served {
    /// It is valid now.
    Hit,
    /// The database cannot be reached, and it is younger than `--max-stale`.
    Stale,
}
