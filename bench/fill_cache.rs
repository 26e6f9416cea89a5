//! Bench helper: put N synthetic entries (about 1 KiB each, like a small report) into a
//! petdb cache directory through the real disk store, so the harness can compare a hit in
//! a cache of 100 entries with one in a cache of 100,000.
//!
//! Usage: fill_cache DIR N

use anyhow::{Context, Result};
use petdb::cache::Bounds;
use petdb::cache::disk::DiskStore;
use petdb::cache::entry::{self, Meta};
use petdb::cache::key::Key;
use petdb::cache::stats::Stats;
use petdb::cache::store::{Generation, Put, Store, Tag};
use petdb::db::schema::{Table, Tables};
use petdb::rows::{Rows, Value};

const THREADS: u64 = 8;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let dir = std::path::PathBuf::from(args.get(1).context("usage: fill_cache DIR N")?);
    let n: u64 = args.get(2).context("usage: fill_cache DIR N")?.parse()?;
    let workers: Vec<_> = (0..THREADS)
        .map(|t| {
            let dir = dir.clone();
            std::thread::spawn(move || -> Result<()> {
                let bounds = Bounds {
                    max_entries: u64::MAX,
                    max_bytes: u64::MAX,
                    max_entry_bytes: u64::MAX,
                };
                let mut store = DiskStore::open(&dir, "bench-filler", bounds)?;
                // The owners generation as it is (the first put of all sets it).
                let tag_now = |store: &mut DiskStore| -> Result<Tag> {
                    let found = store.generations(Tables::of(&[Table::Owners]))?.remove(0).1;
                    Ok(Tag {
                        table: Table::Owners,
                        create: found.is_none(),
                        generation: found.unwrap_or_else(Generation::fresh),
                    })
                };
                let mut tag = tag_now(&mut store)?;
                let now = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)?
                    .as_millis() as u64;
                for i in (t..n).step_by(THREADS as usize) {
                    let key = Key(*blake3::hash(format!("filler {i}").as_bytes()).as_bytes());
                    let rows = Rows {
                        columns: ["id", "name", "pets", "total_cents"]
                            .map(String::from)
                            .to_vec(),
                        rows: (0..20)
                            .map(|r| {
                                vec![
                                    Value::Int(r),
                                    Value::Text(format!("Owner {i}-{r}")),
                                    Value::Int(r % 5),
                                    Value::Int(r * 1000),
                                ]
                            })
                            .collect(),
                    };
                    let meta = Meta {
                        key: key.0,
                        sql: format!("SELECT … /* filler {i} */"),
                        tables: vec![Table::Owners],
                        versions: vec![(Table::Owners, 1)],
                        stamp: String::new(),
                        generations: Vec::new(),
                        filled_at_ms: now,
                        ttl_ms: 86_400_000,
                        query_micros: 1000,
                        row_count: rows.rows.len() as u64,
                        query: Default::default(),
                    };
                    let bytes = entry::encode(&meta, now + 86_400_000, &rows)?;
                    if store.put(&key, &bytes, std::slice::from_ref(&tag))? != Put::Stored {
                        tag = tag_now(&mut store)?; // another thread set it first
                        store.put(&key, &bytes, std::slice::from_ref(&tag))?;
                    }
                    tag.create = false;
                }
                store.record(&Stats::default())?;
                Ok(())
            })
        })
        .collect();
    for w in workers {
        w.join().expect("filler thread")?;
    }
    Ok(())
}
