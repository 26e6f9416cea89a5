//! Running a missed read while keeping copies for the cache (its rows encoded as they
//! stream, its rendered output), then storing the entry and the rendering.

use std::time::{Duration, Instant};

use anyhow::Result;

use super::entry::{self, Meta, RowsEncoder, StoredQuery};
use super::lookup::Generations;
use super::source::Snapshot;
use super::store::{Generation, Put, Tag};
use super::{Cache, Slot, now_ms, rendering};
use crate::db::state::DbState;
use crate::echo;
use crate::output::{self, Capture, Collector, Out, Tee};

/// A read that ran: its encoded rows and count, and its rendering (each unless over the
/// entry limit), and its time.
pub(super) struct Ran {
    rows: Option<(Vec<u8>, u64)>,
    rendering: Option<(&'static str, Vec<u8>)>,
    elapsed: Duration,
}

impl Ran {
    /// Did the read return no rows?
    pub fn found_nothing(&self) -> bool {
        matches!(self.rows, Some((_, 0)))
    }
}

impl Cache {
    /// Run a missed read into its output in `snap`, keeping copies for the cache.
    pub(super) fn run(
        &mut self,
        snap: &mut dyn Snapshot,
        slot: &Slot<'_>,
        out: &mut Out<'_>,
    ) -> Result<Ran> {
        self.wrote = true;
        echo::cache_event(
            "miss",
            format_args!("{} ({})", slot.key, slot.query.tables.names()),
        );
        let limit = self.settings.bounds.max_entry_bytes;
        let mut encoder = RowsEncoder::new(limit);
        let started = Instant::now();
        let rendering = match out {
            Out::Print { style, out, .. } => {
                let mut capture = Capture::new(&mut **out, limit);
                let mut sink = output::sink(*style, &mut capture);
                snap.run(slot.query, &mut Tee(sink.as_mut(), &mut encoder))?;
                sink.end()?;
                drop(sink);
                capture.into_copy().map(|body| (style.tag(), body))
            }
            Out::Rows(target) => {
                let mut collector = Collector::default();
                snap.run(slot.query, &mut Tee(&mut collector, &mut encoder))?;
                **target = collector.rows;
                None
            }
        };
        Ok(Ran {
            rows: encoder.finish(),
            rendering,
            elapsed: started.elapsed(),
        })
    }

    /// Store what a read ran into the cache, tagged with its tables in `state`, unless
    /// it is too large or a table it read was invalidated meanwhile (`generations` were
    /// read before it ran; `None` if they could not be).
    pub(super) fn fill(
        &mut self,
        slot: &Slot<'_>,
        ran: Ran,
        state: &DbState,
        generations: Option<&Generations>,
    ) {
        let key = slot.key;
        let limit = self.settings.bounds.max_entry_bytes;
        let Some((rows_bytes, row_count)) = ran.rows else {
            let limit = bytesize::ByteSize(limit);
            return self.skip(key, format_args!("result over the {limit} entry limit"));
        };
        let Some(generations) = generations else {
            return; // the store could not tell (a warning was printed): keep nothing
        };
        let tags: Vec<Tag> = generations
            .iter()
            .filter(|(t, _)| slot.query.tables.contains(*t))
            .map(|(table, g)| Tag {
                table: *table,
                generation: g.clone().unwrap_or_else(Generation::fresh),
                create: g.is_none(),
            })
            .collect();
        let tables = slot.query.tables.to_vec();
        let filled_at_ms = now_ms();
        let meta = Meta {
            key: key.0,
            sql: slot.query.sql.clone(),
            versions: tables
                .iter()
                .map(|t| (*t, state.versions.get(t).copied().unwrap_or(0)))
                .collect(),
            stamp: state.stamp.clone(),
            generations: tags
                .iter()
                .map(|t| (t.table, t.generation.clone()))
                .collect(),
            tables,
            filled_at_ms,
            ttl_ms: entry::millis(self.settings.ttl),
            query_micros: ran.elapsed.as_micros() as u64,
            row_count,
            query: StoredQuery::of(slot.query),
        };
        // The store keeps it for its TTL, and as long again as --max-stale may still want it.
        // Both come from the user (up to `u64::MAX` seconds): saturate, never overflow.
        let keep = (self.settings.ttl).saturating_add(self.settings.max_stale.unwrap_or_default());
        let expires_at = filled_at_ms
            .saturating_add(entry::millis(keep))
            .min(entry::LATEST_EXPIRY_MS);
        let bytes = match entry::encode_parts(&meta, expires_at, &rows_bytes) {
            Ok(b) => b,
            Err(e) => return self.skip(key, format_args!("cannot encode: {e}")),
        };
        let size = bytesize::ByteSize(bytes.len() as u64);
        if bytes.len() as u64 > limit {
            let limit = bytesize::ByteSize(limit);
            return self.skip(
                key,
                format_args!("result of {size} over the {limit} entry limit"),
            );
        }
        match self.guard(|store| store.put(&key, &bytes, &tags)) {
            Some(Put::Stored) => {
                self.delta.fills += 1;
                self.outcomes.push(super::Outcome::Filled);
                echo::cache_event(
                    "fill",
                    format_args!(
                        "{key} ({} rows, {size}, query {:.1}ms)",
                        meta.row_count,
                        meta.query_micros as f64 / 1000.0
                    ),
                );
                if let (Some((tag, body)), Some(sum)) = (ran.rendering, entry::rows_sum(&bytes)) {
                    let kept = rendering::encode(&key, tag, sum, &body);
                    self.guard(|store| store.put_rendering(&key, tag, &kept));
                }
            }
            Some(Put::Invalidated) => self.skip(key, "a table it reads was written while it ran"),
            None => {}
        }
    }
}
