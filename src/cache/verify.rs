//! `cache verify`: does the cache agree with the database? Each checked entry's read runs
//! again in one read snapshot with the state of the tables it read (as a miss runs), the
//! entry is judged against that state by the same [`judge`] a hit uses — an entry that is
//! stale or expired there would not be served, so it is reported as such, not as a
//! disagreement — and the rows of a servable entry must equal the database's byte for
//! byte, as encoded, and so must every rendering kept beside it (what a hit in that format
//! would write).
//!
//! Only this database's entries are checked: an entry belongs to it when its key
//! recomputes, from the read the entry records, under this cache's scope (backend,
//! database identity, session, schema version). Entries of another database sharing a
//! cache directory, or of another session or schema version, are counted and skipped:
//! their reads could not be judged against this database.

use std::time::Duration;

use anyhow::Result;

use super::entry::{self, Entry, RowsEncoder};
use super::key::Key;
use super::lookup::{Against, Lookup, judge};
use super::source::{Snapshot, Source};
use super::store::Read;
use super::{Cache, now_ms};
use crate::db::schema::{Table, Tables};
use crate::echo;
use crate::output::{self, Collector, Format, Style, Tee};
use crate::rows::{Rows, Value};

/// Which entries to check.
#[derive(Debug, Clone, Copy)]
pub struct Plan {
    /// At most this many, chosen at random; `None`: every one.
    pub sample: Option<usize>,
    /// Only entries that read one of these (`NONE`: all).
    pub tables: Tables,
}

/// What `verify` found.
#[derive(Debug, Default)]
pub struct Verification {
    /// This database's entries (that read the tables asked for).
    pub total: usize,
    /// Entries of other databases, sessions or schema versions: skipped.
    pub foreign: usize,
    /// Damaged entries found (and removed, as every lookup does) while listing.
    pub damaged: usize,
    /// The entries checked, by key.
    pub checked: Vec<Checked>,
}

impl Verification {
    /// How many checked entries have each verdict: (agree, stale, expired, differ,
    /// damaged or gone, failed).
    pub fn counts(&self) -> [usize; 6] {
        let mut n = [0; 6];
        for c in &self.checked {
            n[match c.verdict {
                Verdict::Agrees => 0,
                Verdict::Stale { .. } => 1,
                Verdict::Expired { .. } => 2,
                Verdict::Differs(_) => 3,
                Verdict::Damaged { .. } | Verdict::Gone => 4,
                Verdict::Failed { .. } => 5,
            }] += 1;
        }
        n
    }
}

#[derive(Debug)]
pub struct Checked {
    pub key: Key,
    pub sql: String,
    pub tables: Vec<Table>,
    pub verdict: Verdict,
}

#[derive(Debug)]
pub enum Verdict {
    /// Servable, and equal to the database.
    Agrees,
    /// A table it read was written since (or the stamp moved): it would not be served.
    Stale { moved: String },
    /// Older than the TTL: it would not be served.
    Expired { age: Duration, ttl: Duration },
    /// Servable, and not what the database holds: the cache would lie.
    Differs(Difference),
    /// It could not be read back intact (removed; never served).
    Damaged { why: String },
    /// Removed or replaced since it was listed.
    Gone,
    /// Its read could not run again.
    Failed { why: String },
}

impl Verdict {
    pub fn name(&self) -> &'static str {
        match self {
            Verdict::Agrees => "agrees",
            Verdict::Stale { .. } => "stale",
            Verdict::Expired { .. } => "expired",
            Verdict::Differs(_) => "mismatch",
            Verdict::Damaged { .. } => "damaged",
            Verdict::Gone => "gone",
            Verdict::Failed { .. } => "failed",
        }
    }
}

/// Where the cached answer and the database's first part.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// What differs, in words (`row 3 of 10`).
    pub what: String,
    /// The row's number (from 1), when a row differs.
    pub row: Option<u64>,
    /// The cache's side (a row, the column names, or a rendering's line), if it has one.
    pub cached: Option<Vec<Value>>,
    /// The database's side, if it has one.
    pub database: Option<Vec<Value>>,
}

/// Every style a rendering may be kept in.
const STYLES: [Style; 7] = [
    Style {
        format: Format::Table,
        header: true,
    },
    Style {
        format: Format::Table,
        header: false,
    },
    Style {
        format: Format::Json,
        header: true,
    },
    Style {
        format: Format::Csv,
        header: true,
    },
    Style {
        format: Format::Csv,
        header: false,
    },
    Style {
        format: Format::Tsv,
        header: true,
    },
    Style {
        format: Format::Tsv,
        header: false,
    },
];

impl Cache {
    /// Check entries of this database against `source` (see the module's comment).
    /// Writes nothing but the removal of damaged entries, fills nothing, counts nothing
    /// but that damage.
    pub fn verify(&mut self, source: &mut dyn Source, plan: Plan) -> Result<Verification> {
        let mut report = Verification::default();
        let mut ours: Vec<Key> = Vec::new();
        if self.cannot_enumerate("cache verify") {
            return Ok(report);
        }
        for stored in self.store.scan()? {
            let Some((head, total)) = self.store.get(&stored.key, Read::Head)? else {
                continue; // gone since the scan
            };
            let entry = match entry::decode_head(&head, total, &stored.key) {
                Ok(entry) => entry,
                Err(e) => {
                    self.remove_damaged(&stored.key, &e)?;
                    report.damaged += 1;
                    continue;
                }
            };
            if self.scope.key(&entry.meta.read_query()) != stored.key {
                report.foreign += 1;
                continue;
            }
            if plan.tables.is_empty() || entry.meta.tables.iter().any(|t| plan.tables.contains(*t))
            {
                ours.push(stored.key);
            }
        }
        report.total = ours.len();
        if let Some(n) = plan.sample
            && n < ours.len()
        {
            let picked = rand::seq::index::sample(&mut rand::rng(), ours.len(), n);
            ours = picked.into_iter().map(|i| ours[i]).collect();
        }
        ours.sort();
        for key in ours {
            let checked = self.verify_one(source, key)?;
            report.checked.push(checked);
        }
        Ok(report)
    }

    fn remove_damaged(&mut self, key: &Key, e: &anyhow::Error) -> Result<()> {
        echo::note(format_args!("removing damaged cache entry {key} ({e})"));
        self.store.remove(key)?;
        self.delta.damaged += 1;
        Ok(())
    }

    fn verify_one(&mut self, source: &mut dyn Source, key: Key) -> Result<Checked> {
        let checked = |meta: Option<&entry::Meta>, verdict| Checked {
            key,
            sql: meta.map(|m| m.sql.clone()).unwrap_or_default(),
            tables: meta.map(|m| m.tables.clone()).unwrap_or_default(),
            verdict,
        };
        let Some((bytes, total)) = self.store.get(&key, Read::Whole)? else {
            return Ok(checked(None, Verdict::Gone));
        };
        let decoded = entry::decode_head(&bytes, total, &key)
            .and_then(|entry| Ok((entry::check_rows(bytes, &entry)?, entry)));
        let (rows, entry) = match decoded {
            Ok(found) => found,
            Err(e) => {
                self.remove_damaged(&key, &e)?;
                let why = e.to_string();
                return Ok(checked(None, Verdict::Damaged { why }));
            }
        };
        let meta = &entry.meta;
        let verdict = match self.run_again(source, &entry) {
            Err(e) => Verdict::Failed {
                why: crate::ui::chain(&e),
            },
            Ok(Err(Lookup::Expired { age, ttl })) => Verdict::Expired { age, ttl },
            Ok(Err(Lookup::Stale { moved })) => Verdict::Stale { moved },
            Ok(Err(_)) => unreachable!("judge says stale or expired"),
            Ok(Ok((encoded, database))) => {
                if encoded != rows.encoded() {
                    Verdict::Differs(first_difference(&rows.decode()?, &database))
                } else {
                    match self.renderings_differ(&key, &entry, &database)? {
                        Some(difference) => Verdict::Differs(difference),
                        None => Verdict::Agrees,
                    }
                }
            }
        };
        Ok(checked(Some(meta), verdict))
    }

    /// In one snapshot: the state of the entry's tables, the entry judged against it, and
    /// — if it would be served — its read run again: (its rows as encoded, its rows).
    #[allow(clippy::type_complexity)]
    fn run_again(
        &self,
        source: &mut dyn Source,
        entry: &Entry,
    ) -> Result<std::result::Result<(Vec<u8>, Rows), Lookup>> {
        let query = entry.meta.read_query();
        let ttl = self.settings.ttl;
        let mut outcome = None;
        source.snapshot(&mut |snap: &mut dyn Snapshot| {
            let state = snap.state(query.tables)?;
            if let Some(why) = judge(entry, now_ms(), ttl, Against::State(&state)) {
                outcome = Some(Err(why));
                return Ok(());
            }
            let mut encoder = RowsEncoder::new(u64::MAX);
            let mut collector = Collector::default();
            snap.run(&query, &mut Tee(&mut collector, &mut encoder))?;
            let (encoded, _) = encoder.finish().expect("no limit");
            outcome = Some(Ok((encoded, std::mem::take(&mut collector.rows))));
            Ok(())
        })?;
        Ok(outcome.expect("the snapshot ran"))
    }

    /// The first kept rendering of `entry` (intact, so a hit would serve it) that is not
    /// what `database`'s rows render to, if any.
    fn renderings_differ(
        &mut self,
        key: &Key,
        entry: &Entry,
        database: &Rows,
    ) -> Result<Option<Difference>> {
        for style in STYLES {
            let tag = style.tag();
            let Some(mut blob) = self.store.rendering(key, tag)? else {
                continue;
            };
            if blob.check(key, tag, entry.rows_sum).is_err() {
                continue; // never served: a hit checks it too
            }
            let mut kept = Vec::new();
            blob.write_body(&mut kept, false)?;
            let mut fresh = Vec::new();
            output::render(style, database, &mut fresh)?;
            if kept != fresh {
                let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
                let (kept, fresh) = (text(&kept), text(&fresh));
                let (mut a, mut b) = (kept.lines(), fresh.lines());
                let mut line = 1;
                let (cached, database) = loop {
                    match (a.next(), b.next()) {
                        (x, y) if x != y => break (x, y),
                        (None, None) => break (None, None), // only line endings differ
                        _ => line += 1,
                    }
                };
                let as_row = |l: Option<&str>| l.map(|l| vec![Value::Text(l.to_owned())]);
                return Ok(Some(Difference {
                    what: format!("line {line} of the kept {tag} rendering"),
                    row: None,
                    cached: as_row(cached),
                    database: as_row(database),
                }));
            }
        }
        Ok(None)
    }
}

/// Where two results part: their column names, the first row that differs, or the
/// first row only one of them has.
pub fn first_difference(cached: &Rows, database: &Rows) -> Difference {
    let names = |r: &Rows| Some(r.columns.iter().cloned().map(Value::Text).collect());
    if cached.columns != database.columns {
        return Difference {
            what: "column names".into(),
            row: None,
            cached: names(cached),
            database: names(database),
        };
    }
    let (n, m) = (cached.rows.len(), database.rows.len());
    let at = (0..n.max(m))
        .find(|&i| cached.rows.get(i) != database.rows.get(i))
        // Equal as values, different as bytes (say, -0.0 and 0.0).
        .unwrap_or(0);
    let what = if n == m {
        format!("row {} of {n}", at + 1)
    } else {
        format!("row {} (the cache has {n} rows, the database {m})", at + 1)
    };
    Difference {
        what,
        row: Some(at as u64 + 1),
        cached: cached.rows.get(at).cloned(),
        database: database.rows.get(at).cloned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(columns: &[&str], rows: &[&[i64]]) -> Rows {
        Rows {
            columns: columns.iter().map(|c| (*c).to_owned()).collect(),
            rows: rows
                .iter()
                .map(|r| r.iter().map(|v| Value::Int(*v)).collect())
                .collect(),
        }
    }

    #[test]
    fn the_first_difference_is_named() {
        let a = rows(&["id"], &[&[1], &[2], &[3]]);
        let d = first_difference(&a, &rows(&["id"], &[&[1], &[5], &[3]]));
        assert_eq!((d.what.as_str(), d.row), ("row 2 of 3", Some(2)));
        assert_eq!(d.cached, Some(vec![Value::Int(2)]));
        assert_eq!(d.database, Some(vec![Value::Int(5)]));
        let d = first_difference(&a, &rows(&["id"], &[&[1], &[2]]));
        assert_eq!(d.row, Some(3));
        assert!(
            d.what.contains("the cache has 3 rows, the database 2"),
            "{}",
            d.what
        );
        assert_eq!(d.database, None);
        let d = first_difference(&a, &rows(&["n"], &[&[1], &[2], &[3]]));
        assert_eq!(d.what, "column names");
    }
}
