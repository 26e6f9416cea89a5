//! Bench helper: put N synthetic entries (about 1 KiB each, like a small report) into a
//! petdb cache directory through the real disk store, so the harness can compare a hit in
//! a cache of 100 entries with one in a cache of 100,000.
//!
//! Usage: fill_cache DIR N

use std::time::Duration;

use anyhow::{Context, Result};
use petdb::cache::disk::DiskStore;
use petdb::cache::entry::{self, Meta};
use petdb::cache::key::Key;
use petdb::cache::stats::Stats;
use petdb::cache::store::Store;
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
                let mut store = DiskStore::open(&dir, "bench-filler")?;
                let tables = vec!["owners".to_owned()];
                let generations = store.generations(&tables)?;
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
                        tables: tables.clone(),
                        versions: vec![("owners".into(), 1)],
                        filled_at_ms: 0,
                        query_micros: 1000,
                        row_count: rows.rows.len() as u64,
                    };
                    let bytes = entry::encode(&meta, &rows)?;
                    store.put(
                        &key,
                        &bytes,
                        &tables,
                        &generations,
                        Duration::from_secs(3600),
                    )?;
                }
                store.add_stats(&Stats::default())?;
                Ok(())
            })
        })
        .collect();
    for w in workers {
        w.join().expect("filler thread")?;
    }
    Ok(())
}
