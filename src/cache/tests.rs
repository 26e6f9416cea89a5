//! The cache's policy, tested without processes or a database: an in-memory store
//! (`memory.rs`) and a fake database whose versions and rows the test controls. Each
//! outcome of a lookup, and each way a fill can go, is here.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::time::Duration;

use anyhow::Result;

use super::entry::{self, Meta};
use super::key::Scope;
use super::memory::{MemoryStore, State};
use super::source::{Snapshot, Source};
use super::store::{Generation, Invalidation};
use super::{Bounds, Cache, Consistency, Lookup, Settings, now_ms};
use crate::db::read::ReadQuery;
use crate::db::schema::{Table, Tables};
use crate::db::state::DbState;
use crate::db::versions::Versions;
use crate::output::{Collector, Out, RowSink};
use crate::rows::{Rows, Value};

/// A database: table versions and stamp, each statement's rows, and what happens while
/// one runs.
#[derive(Default)]
struct FakeDb {
    versions: Versions,
    stamp: String,
    /// Tables whose version trigger is gone, with why.
    untracked: Vec<(Table, String)>,
    rows: HashMap<String, Rows>,
    /// Statements run, in order.
    ran: Vec<String>,
    /// Runs while a statement runs (a write by someone else, say).
    during_run: Option<Box<dyn FnMut()>>,
}

impl Snapshot for FakeDb {
    fn state(&mut self, tables: Tables) -> Result<DbState> {
        Ok(DbState {
            versions: self
                .versions
                .iter()
                .filter(|(t, _)| tables.contains(**t))
                .map(|(t, v)| (*t, *v))
                .collect(),
            stamp: self.stamp.clone(),
        })
    }

    fn captured(&mut self, _query: &ReadQuery) -> Result<Option<String>> {
        Ok(None)
    }

    fn untracked(&mut self, tables: Tables) -> Result<Vec<(Table, String)>> {
        Ok(self
            .untracked
            .iter()
            .filter(|(t, _)| tables.contains(*t))
            .cloned()
            .collect())
    }

    fn run(&mut self, query: &ReadQuery, sink: &mut dyn RowSink) -> Result<()> {
        self.ran.push(query.sql.clone());
        if let Some(hook) = self.during_run.as_mut() {
            hook();
        }
        let rows = self.rows.get(&query.sql).cloned().unwrap_or_default();
        sink.begin(&rows.columns)?;
        for r in &rows.rows {
            sink.row(r)?;
        }
        Ok(())
    }
}

impl Source for FakeDb {
    fn state(&mut self, tables: Tables) -> Result<DbState> {
        Snapshot::state(self, tables)
    }

    fn snapshot(&mut self, f: &mut dyn FnMut(&mut dyn Snapshot) -> Result<()>) -> Result<()> {
        f(self)
    }

    fn run_uncached(&mut self, queries: &[&ReadQuery], outs: &mut [Out<'_>]) -> Result<()> {
        for (q, out) in queries.iter().zip(outs.iter_mut()) {
            let Out::Rows(target) = out else {
                unreachable!("tests read rows")
            };
            let mut c = Collector::default();
            self.run(q, &mut c)?;
            **target = c.rows;
        }
        Ok(())
    }
}

struct Bench {
    cache: Cache,
    state: Rc<RefCell<State>>,
    db: FakeDb,
}

fn settings(consistency: Consistency) -> Settings {
    Settings {
        ttl: Duration::from_secs(300),
        consistency,
        refresh: false,
        bounds: Bounds {
            max_entries: 100,
            max_bytes: 1 << 20,
            max_entry_bytes: 1 << 20,
        },
        lock_wait: Duration::from_millis(10),
        max_stale: None,
    }
}

fn scope() -> Scope {
    Scope {
        backend: "sqlite",
        database: "/tmp/clinic.db".into(),
        session: String::new(),
        schema: "1".into(),
    }
}

fn bench(consistency: Consistency) -> Bench {
    let store = MemoryStore::default();
    let state = Rc::clone(&store.state);
    let mut db = FakeDb {
        versions: [(Table::Owners, 7), (Table::Pets, 41)].into(),
        stamp: "stamp-1".into(),
        ..FakeDb::default()
    };
    db.rows.insert(OWNERS.into(), rows(&["Ann", "Bob"]));
    db.rows.insert(PETS.into(), rows(&["Rex"]));
    Bench {
        cache: Cache::new(Box::new(store), scope(), settings(consistency)),
        state,
        db,
    }
}

const OWNERS: &str = "SELECT name FROM owners";
const PETS: &str = "SELECT name FROM pets";

fn rows(names: &[&str]) -> Rows {
    Rows {
        columns: vec!["name".into()],
        rows: names
            .iter()
            .map(|n| vec![Value::Text((*n).into())])
            .collect(),
    }
}

fn query(sql: &str, table: Table) -> ReadQuery {
    ReadQuery {
        sql: sql.into(),
        tables: Tables::of(&[table]),
        ..ReadQuery::default()
    }
}

impl Bench {
    /// Read `queries` through the cache, as a command would.
    fn read(&mut self, queries: &[&ReadQuery]) -> Vec<Rows> {
        let mut results: Vec<Rows> = queries.iter().map(|_| Rows::default()).collect();
        let mut outs: Vec<Out<'_>> = results.iter_mut().map(Out::Rows).collect();
        self.cache.read(&mut self.db, queries, &mut outs).unwrap();
        results
    }

    fn lookup(&mut self, q: &ReadQuery) -> Lookup {
        self.cache.lookup(&mut self.db, q)
    }

    fn runs(&self) -> usize {
        self.db.ran.len()
    }

    /// What the command's end adds to the shared counters.
    fn counters(&mut self) -> super::stats::Stats {
        self.cache.finish();
        self.state.borrow().counters
    }
}

/// An entry for `q` as another process would have filled it, `age` ago, at `versions`.
fn foreign_entry(
    q: &ReadQuery,
    rows: &Rows,
    versions: &[(Table, i64)],
    generations: &[(Table, Generation)],
    age: Duration,
) -> Vec<u8> {
    let filled = now_ms() - age.as_millis() as u64;
    let meta = Meta {
        key: scope().key(q).0,
        sql: q.sql.clone(),
        tables: q.tables.to_vec(),
        versions: versions.to_vec(),
        stamp: "stamp-1".into(),
        generations: generations.to_vec(),
        filled_at_ms: filled,
        ttl_ms: 300_000,
        query_micros: 1000,
        row_count: rows.rows.len() as u64,
        query: entry::StoredQuery::of(q),
    };
    entry::encode(&meta, filled + 300_000, rows).unwrap()
}

#[test]
fn a_miss_fills_and_the_next_read_hits() {
    let mut b = bench(Consistency::Strict);
    let q = query(OWNERS, Table::Owners);
    assert!(matches!(b.lookup(&q), Lookup::Miss));
    assert_eq!(b.read(&[&q]), [rows(&["Ann", "Bob"])]);
    assert!(b.lookup(&q).is_hit());
    assert_eq!(b.read(&[&q]), [rows(&["Ann", "Bob"])]);
    assert_eq!(b.runs(), 1, "the hit ran nothing");
    let s = b.counters();
    assert_eq!((s.hits, s.misses, s.fills), (1, 1, 1));
}

#[test]
fn a_moved_version_makes_an_entry_stale_under_strict_only() {
    let mut strict = bench(Consistency::Strict);
    let q = query(OWNERS, Table::Owners);
    strict.read(&[&q]);
    strict.db.versions.insert(Table::Owners, 8);
    strict.db.rows.insert(OWNERS.into(), rows(&["Ann"]));
    match strict.lookup(&q) {
        Lookup::Stale { moved } => assert_eq!(moved, "owners v7→v8"),
        _ => panic!("stale expected"),
    }
    assert_eq!(strict.read(&[&q]), [rows(&["Ann"])], "the new rows");
    assert_eq!(strict.runs(), 2);
    assert_eq!(strict.counters().stale, 1);

    let mut ttl = bench(Consistency::Ttl);
    ttl.read(&[&q]);
    ttl.db.versions.insert(Table::Owners, 8);
    assert!(ttl.lookup(&q).is_hit(), "ttl trusts the TTL alone");
}

#[test]
fn an_entry_older_than_the_ttl_is_expired() {
    let mut b = bench(Consistency::Strict);
    let q = query(OWNERS, Table::Owners);
    let old = foreign_entry(
        &q,
        &rows(&["Old"]),
        &[(Table::Owners, 7)],
        &[],
        Duration::from_secs(301),
    );
    b.state.borrow_mut().entries.insert(scope().key(&q), old);
    assert!(matches!(b.lookup(&q), Lookup::Expired { .. }));
    assert_eq!(b.read(&[&q]), [rows(&["Ann", "Bob"])]);
    let s = b.counters();
    assert_eq!((s.expired, s.misses, s.fills), (1, 1, 1));
}

#[test]
fn a_damaged_entry_is_removed_counted_and_refilled() {
    let mut b = bench(Consistency::Strict);
    let q = query(OWNERS, Table::Owners);
    b.read(&[&q]);
    let key = scope().key(&q);
    b.state.borrow_mut().entries.get_mut(&key).unwrap()[80] ^= 0xff;
    assert!(matches!(b.lookup(&q), Lookup::Damaged { .. }));
    assert!(!b.state.borrow().entries.contains_key(&key), "removed");
    assert_eq!(b.read(&[&q]), [rows(&["Ann", "Bob"])]);
    assert!(b.state.borrow().entries.contains_key(&key), "refilled");
    assert_eq!(b.counters().damaged, 1);
}

#[test]
fn an_entry_filled_by_another_process_while_waiting_is_served() {
    let mut b = bench(Consistency::Strict);
    let q = query(OWNERS, Table::Owners);
    let theirs = foreign_entry(
        &q,
        &rows(&["Theirs"]),
        &[(Table::Owners, 7)],
        &[],
        Duration::ZERO,
    );
    let key = scope().key(&q);
    let mut store = MemoryStore {
        state: Rc::clone(&b.state),
        ..MemoryStore::default()
    };
    store.on_lock = Some(Box::new(move |state: &mut State| {
        state.entries.insert(key, theirs.clone());
    }));
    b.cache = Cache::new(Box::new(store), scope(), settings(Consistency::Strict));
    assert_eq!(b.read(&[&q]), [rows(&["Theirs"])]);
    assert_eq!(b.runs(), 0, "the query ran once, in the other process");
    assert_eq!(b.counters().hits, 1);
}

#[test]
fn a_fill_is_dropped_when_its_table_is_invalidated_while_it_runs() {
    let mut b = bench(Consistency::Strict);
    let q = query(OWNERS, Table::Owners);
    let state = Rc::clone(&b.state);
    b.db.during_run = Some(Box::new(move || {
        state
            .borrow_mut()
            .invalidate(Table::Owners, Invalidation::Complete);
    }));
    assert_eq!(b.read(&[&q]), [rows(&["Ann", "Bob"])], "still answered");
    assert!(b.state.borrow().entries.is_empty(), "but not kept");
    let s = b.counters();
    assert_eq!((s.misses, s.fills, s.skips), (1, 0, 1));
}

#[test]
fn an_uncacheable_read_runs_every_time_and_is_never_kept() {
    let mut b = bench(Consistency::Strict);
    let mut q = query(OWNERS, Table::Owners);
    q.uncacheable = Some("it calls random()".into());
    assert!(matches!(b.lookup(&q), Lookup::Uncacheable { why } if why.contains("random")));
    b.read(&[&q]);
    b.read(&[&q]);
    assert_eq!(b.runs(), 2);
    assert!(b.state.borrow().entries.is_empty());
    let s = b.counters();
    assert_eq!((s.hits, s.misses, s.skips), (0, 0, 2));
}

#[test]
fn a_batch_hits_only_together_and_agrees_inside_one_snapshot() {
    let mut b = bench(Consistency::Strict);
    let (owners, pets) = (query(OWNERS, Table::Owners), query(PETS, Table::Pets));
    b.read(&[&owners]);
    // One of two cached: the batch runs in a snapshot, serving the valid one from cache.
    let both = b.read(&[&owners, &pets]);
    assert_eq!(both, [rows(&["Ann", "Bob"]), rows(&["Rex"])]);
    assert_eq!(b.db.ran, [OWNERS, PETS], "only pets ran for the batch");
    b.read(&[&owners, &pets]);
    assert_eq!(b.runs(), 2, "both hit");
    let s = b.counters();
    assert_eq!((s.hits, s.misses), (3, 2));
}

#[test]
fn a_lookup_by_id_that_finds_nothing_keeps_and_counts_nothing() {
    let mut b = bench(Consistency::Strict);
    let mut q = query("SELECT name FROM owners WHERE id = 99", Table::Owners);
    q.cache_empty = false;
    b.read(&[&q]);
    assert!(b.state.borrow().entries.is_empty());
    assert!(b.counters().is_zero());
}

#[test]
fn writes_invalidate_what_read_their_tables_only() {
    let mut b = bench(Consistency::Ttl);
    let (owners, pets) = (query(OWNERS, Table::Owners), query(PETS, Table::Pets));
    b.read(&[&owners]);
    b.read(&[&pets]);
    b.cache.invalidate(Tables::of(&[Table::Pets]), false);
    assert!(b.lookup(&owners).is_hit());
    assert!(matches!(b.lookup(&pets), Lookup::Miss));
}

#[test]
fn a_new_stamp_makes_every_entry_stale() {
    let mut b = bench(Consistency::Strict);
    let q = query(OWNERS, Table::Owners);
    b.read(&[&q]);
    b.db.stamp = "stamp-2".into(); // DDL, another session, a replaced database
    match b.lookup(&q) {
        Lookup::Stale { moved } => assert!(moved.contains("schema"), "{moved}"),
        _ => panic!("stale expected"),
    }
    b.read(&[&q]);
    assert_eq!(b.runs(), 2);
    assert!(b.lookup(&q).is_hit(), "refilled under the new stamp");
}

#[test]
fn a_table_whose_trigger_is_gone_is_never_kept() {
    let mut b = bench(Consistency::Strict);
    let q = query(OWNERS, Table::Owners);
    b.db.untracked = vec![(
        Table::Owners,
        "the version trigger of owners is missing".into(),
    )];
    b.read(&[&q]);
    b.read(&[&q]);
    assert_eq!(b.runs(), 2, "nothing kept");
    assert!(b.state.borrow().entries.is_empty());
    let pets = query(PETS, Table::Pets);
    b.read(&[&pets]);
    assert!(b.lookup(&pets).is_hit(), "other tables are cached as ever");
}

/// What a write does to the cache: hold before commit, complete after.
fn write(b: &mut Bench, table: Table) {
    let held = b.cache.hold(Tables::of(&[table]));
    b.cache.invalidate(Tables::of(&[table]), held);
}

#[test]
fn under_ttl_a_write_is_seen_at_once_and_a_missing_generation_is_a_change() {
    let mut b = bench(Consistency::Ttl);
    let q = query(OWNERS, Table::Owners);
    b.read(&[&q]);
    assert!(b.lookup(&q).is_hit());
    write(&mut b, Table::Owners);
    assert!(matches!(b.lookup(&q), Lookup::Miss), "removed with its tag");
    b.read(&[&q]);
    assert!(b.lookup(&q).is_hit());
    // Another process's invalidation that lost the tags (markers swept, a tag set gone):
    // the generation alone is enough.
    b.state.borrow_mut().tags.clear();
    b.state
        .borrow_mut()
        .invalidate(Table::Owners, Invalidation::Complete);
    assert!(matches!(b.lookup(&q), Lookup::Stale { .. }));
    b.read(&[&q]);
    // The generation evicted from the store: a change, never "unchanged".
    b.state.borrow_mut().generations.clear();
    match b.lookup(&q) {
        Lookup::Stale { moved } => assert!(moved.contains("gone"), "{moved}"),
        _ => panic!("stale expected"),
    }
}

#[test]
fn a_write_whose_invalidation_fails_after_the_hold_keeps_ttl_hits_away() {
    let mut b = bench(Consistency::Ttl);
    let q = query(OWNERS, Table::Owners);
    b.read(&[&q]);
    // The hold lands; the completion does not (the store went away after the commit).
    assert!(b.cache.hold(Tables::of(&[Table::Owners])));
    let failing = MemoryStore {
        state: Rc::clone(&b.state),
        fail_invalidations: true,
        ..MemoryStore::default()
    };
    b.cache = Cache::new(Box::new(failing), scope(), settings(Consistency::Ttl));
    b.cache.invalidate(Tables::of(&[Table::Owners]), true);
    assert!(!b.lookup(&q).is_hit(), "held: no TTL hit");
    b.read(&[&q]);
    assert!(!b.lookup(&q).is_hit(), "nor one filled while held");
    assert_eq!(b.runs(), 2);
}

// ---------------------------------------------------------------------------------------
// what each read became (cache warm), and cache verify

#[test]
fn each_read_records_what_became_of_it() {
    let mut b = bench(Consistency::Strict);
    let q = query(OWNERS, Table::Owners);
    b.read(&[&q]);
    assert_eq!(b.cache.take_outcomes(), [super::Outcome::Filled]);
    b.read(&[&q]);
    assert_eq!(b.cache.take_outcomes(), [super::Outcome::Hit]);
    let mut u = query(PETS, Table::Pets);
    u.uncacheable = Some("it calls random()".into());
    b.read(&[&u]);
    assert!(matches!(
        b.cache.take_outcomes().as_slice(),
        [super::Outcome::Skipped { why }] if why.contains("random")
    ));
    assert!(b.cache.take_outcomes().is_empty(), "taken");
}

fn verify(b: &mut Bench) -> super::verify::Verification {
    let plan = super::verify::Plan {
        sample: None,
        tables: Tables::NONE,
    };
    b.cache.verify(&mut b.db, plan).unwrap()
}

fn verdicts(v: &super::verify::Verification) -> Vec<&'static str> {
    v.checked.iter().map(|c| c.verdict.name()).collect()
}

#[test]
fn verify_agrees_with_an_unchanged_database_and_runs_each_read_again() {
    let mut b = bench(Consistency::Strict);
    let (o, p) = (query(OWNERS, Table::Owners), query(PETS, Table::Pets));
    b.read(&[&o]);
    b.read(&[&p]);
    let runs = b.runs();
    let v = verify(&mut b);
    assert_eq!((v.total, v.foreign, v.damaged), (2, 0, 0));
    assert_eq!(verdicts(&v), ["agrees", "agrees"]);
    assert_eq!(b.runs(), runs + 2, "each entry's read ran again");
    assert_eq!(b.counters().fills, 2, "verify filled nothing");
}

#[test]
fn verify_reports_a_moved_version_as_stale_without_running_it() {
    let mut b = bench(Consistency::Strict);
    let q = query(OWNERS, Table::Owners);
    b.read(&[&q]);
    b.db.versions.insert(Table::Owners, 8);
    b.db.rows.insert(OWNERS.into(), rows(&["Ann"]));
    let runs = b.runs();
    let v = verify(&mut b);
    assert!(matches!(
        &v.checked[0].verdict,
        super::verify::Verdict::Stale { moved } if moved == "owners v7→v8"
    ));
    assert_eq!(b.runs(), runs, "a stale entry is not run again");
}

#[test]
fn verify_finds_rows_that_changed_behind_the_versions() {
    let mut b = bench(Consistency::Strict);
    let q = query(OWNERS, Table::Owners);
    b.read(&[&q]);
    // A write that did not move the version (a trigger bypassed).
    b.db.rows.insert(OWNERS.into(), rows(&["Ann", "Eve"]));
    let v = verify(&mut b);
    let super::verify::Verdict::Differs(d) = &v.checked[0].verdict else {
        panic!("a mismatch expected: {:?}", v.checked[0].verdict)
    };
    assert_eq!(d.row, Some(2));
    assert_eq!(d.cached, Some(vec![Value::Text("Bob".into())]));
    assert_eq!(d.database, Some(vec![Value::Text("Eve".into())]));
    assert_eq!(v.checked[0].sql, OWNERS);
}

#[test]
fn verify_checks_every_kept_rendering_too() {
    use crate::output::{Format, Style};
    let mut b = bench(Consistency::Strict);
    let q = query(OWNERS, Table::Owners);
    let style = Style {
        format: Format::Csv,
        header: true,
    };
    let mut printed = Vec::new();
    let mut outs = [Out::Print {
        style,
        out: &mut printed,
        stdout: false,
    }];
    b.cache.read(&mut b.db, &[&q], &mut outs).unwrap();
    assert_eq!(printed, b"name\nAnn\nBob\n");
    assert_eq!(
        verdicts(&verify(&mut b)),
        ["agrees"],
        "rows and rendering agree"
    );
    // A rendering bound to the entry's rows, but not what they render to.
    let key = scope().key(&q);
    let sum = entry::rows_sum(&b.state.borrow().entries[&key]).unwrap();
    let forged = super::rendering::encode(&key, "csv", sum, b"name\nAnn\nMallory\n");
    b.state
        .borrow_mut()
        .renderings
        .insert((key, "csv".into()), forged);
    let v = verify(&mut b);
    let super::verify::Verdict::Differs(d) = &v.checked[0].verdict else {
        panic!("a mismatch expected")
    };
    assert_eq!(d.what, "line 3 of the kept csv rendering");
    assert_eq!(d.cached, Some(vec![Value::Text("Mallory".into())]));
}

#[test]
fn verify_skips_entries_of_another_scope_and_removes_damage() {
    let mut b = bench(Consistency::Strict);
    let q = query(OWNERS, Table::Owners);
    b.read(&[&q]);
    // The same read filled for another database sharing the store.
    let mut theirs = scope();
    theirs.database = "/tmp/other.db".into();
    let key = theirs.key(&q);
    let mut bytes = foreign_entry(
        &q,
        &rows(&["X"]),
        &[(Table::Owners, 7)],
        &[],
        Duration::ZERO,
    );
    let entry = entry::decode_head(&bytes, bytes.len() as u64, &scope().key(&q)).unwrap();
    let mut meta = entry.meta;
    meta.key = key.0;
    bytes = entry::encode(&meta, entry.expires_at_ms, &rows(&["X"])).unwrap();
    b.state.borrow_mut().entries.insert(key, bytes);
    // And a damaged one.
    let damaged = super::key::Key([9; 32]);
    b.state.borrow_mut().entries.insert(damaged, vec![1, 2, 3]);
    let v = verify(&mut b);
    assert_eq!((v.total, v.foreign, v.damaged), (1, 1, 1));
    assert_eq!(verdicts(&v), ["agrees"]);
    assert!(!b.state.borrow().entries.contains_key(&damaged), "removed");
}

#[test]
fn verify_samples_and_filters_by_table() {
    let mut b = bench(Consistency::Strict);
    let (o, p) = (query(OWNERS, Table::Owners), query(PETS, Table::Pets));
    b.read(&[&o]);
    b.read(&[&p]);
    let plan = |sample, tables| super::verify::Plan { sample, tables };
    let v = b
        .cache
        .verify(&mut b.db, plan(Some(1), Tables::NONE))
        .unwrap();
    assert_eq!((v.total, v.checked.len()), (2, 1));
    let v = b
        .cache
        .verify(&mut b.db, plan(None, Tables::of(&[Table::Pets])))
        .unwrap();
    assert_eq!((v.total, v.checked.len()), (1, 1));
    assert_eq!(v.checked[0].sql, PETS);
}
