//! What every command runs with: the global flags, the database (connected on first
//! need), the result cache (opened on first need), and stdout. Every read goes through
//! [`Ctx::print_query`] or [`Ctx::fetch_all`], so every read is cached alike.

use std::io::{BufWriter, StdoutLock, Write};
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context as _, Result};

use crate::cache::disk::DiskStore;
use crate::cache::key::Scope;
use crate::cache::redis::RedisStore;
use crate::cache::store::Bounds;
use crate::cache::store::Store;
use crate::cache::{Cache, Consistency, Settings};
use crate::cli::{ConsistencyArg, GlobalArgs};
use crate::db::database::Database;
use crate::db::migrations;
use crate::db::read::{self, ReadQuery};
use crate::db::target::{Backend, Target};
use crate::output::{self, Out, Style};
use crate::rows::Rows;

/// How long a miss waits for another process filling the same entry.
const FILL_LOCK_WAIT: Duration = Duration::from_secs(10);

pub struct Ctx {
    pub global: GlobalArgs,
    pub db: Database,
    cache: CacheState,
    pub out: BufWriter<StdoutLock<'static>>,
}

enum CacheState {
    Unopened,
    Open(Box<Cache>),
    /// Could not be opened; the warning was printed.
    Unavailable,
    /// `--no-cache`: reads do not use it.
    Bypassed,
}

/// Serve reads through the cache when it is open, straight from the database otherwise.
fn serve(
    cache: &mut CacheState,
    db: &mut Database,
    queries: &[&ReadQuery],
    outs: &mut [Out<'_>],
) -> Result<()> {
    match cache {
        CacheState::Open(cache) => cache.serve(db, queries, outs),
        _ => read::run_all(db.migrated()?, queries, outs),
    }
}

impl Ctx {
    pub fn new(global: GlobalArgs) -> Result<Self> {
        let target = Target::for_url(global.database_url.as_deref())?;
        Ok(Self {
            global,
            db: Database::new(target),
            cache: CacheState::Unopened,
            out: BufWriter::new(std::io::stdout().lock()),
        })
    }

    pub fn backend(&self) -> Backend {
        self.db.backend()
    }

    pub fn target(&self) -> &Target {
        &self.db.target
    }

    pub fn style(&self) -> Style {
        Style {
            format: self.global.format,
            header: !self.global.no_header,
        }
    }

    /// The migrated connection, for writes and `db` commands.
    pub fn conn(&mut self) -> Result<&mut crate::db::connection::AnyConnection> {
        self.db.migrated()
    }

    /// Where the cache lives, as `cache path` shows it (nothing is opened).
    pub fn cache_location(&self) -> Result<String> {
        match &self.global.cache.cache_url {
            Some(url) => Ok(format!(
                "{} (prefix {})",
                crate::db::target::redact_unparsed(url),
                self.global.cache.cache_prefix
            )),
            None => Ok(self.cache_dir()?.display().to_string()),
        }
    }

    /// The cache directory in effect.
    pub fn cache_dir(&self) -> Result<PathBuf> {
        match &self.global.cache.cache_dir {
            Some(dir) => Ok(dir.clone()),
            None => Ok(dirs::cache_dir()
                .context("cannot find the user's cache directory (set HOME or pass --cache-dir)")?
                .join("petdb")),
        }
    }

    /// The cache, opened on first use; `None` (after one warning) if it cannot be.
    pub fn cache(&mut self) -> Option<&mut Cache> {
        if let CacheState::Unopened | CacheState::Bypassed = self.cache {
            self.cache = match self.open_cache() {
                Ok(cache) => CacheState::Open(Box::new(cache)),
                Err(e) => {
                    crate::ui::warn(format_args!(
                        "running without the cache: {}",
                        crate::ui::chain(&e)
                    ));
                    CacheState::Unavailable
                }
            };
        }
        match &mut self.cache {
            CacheState::Open(cache) => Some(cache),
            _ => None,
        }
    }

    fn open_cache(&self) -> Result<Cache> {
        let c = &self.global.cache;
        let scope = Scope {
            backend: self.backend().name(),
            database: self.db.target.identity(),
            schema: migrations::latest_version(),
        };
        let store: Box<dyn Store> = match &c.cache_url {
            Some(url) => Box::new(RedisStore::open(
                url,
                &c.cache_prefix,
                &scope.database_id(),
            )?),
            None => Box::new(DiskStore::open(&self.cache_dir()?, &scope.database_id())?),
        };
        let settings = Settings {
            ttl: Duration::from_secs(c.ttl),
            consistency: match c.consistency {
                ConsistencyArg::Strict => Consistency::Strict,
                ConsistencyArg::Ttl => Consistency::Ttl,
            },
            refresh: c.refresh,
            bounds: Bounds {
                max_entries: c.cache_max_entries,
                max_bytes: c.cache_max_bytes,
                max_entry_bytes: c.cache_max_entry_bytes,
            },
            lock_wait: FILL_LOCK_WAIT,
        };
        Ok(Cache::new(store, scope, settings))
    }

    /// Run reads and return their rows (several reads agree: one snapshot, or one
    /// validation of their cached versions).
    pub fn fetch_all(&mut self, queries: &[&ReadQuery]) -> Result<Vec<Rows>> {
        let mut results: Vec<Rows> = queries.iter().map(|_| Rows::default()).collect();
        let mut outs: Vec<Out<'_>> = results.iter_mut().map(Out::Rows).collect();
        self.open_cache_for_reads();
        serve(&mut self.cache, &mut self.db, queries, &mut outs)?;
        Ok(results)
    }

    pub fn fetch(&mut self, query: &ReadQuery) -> Result<Rows> {
        Ok(self.fetch_all(&[query])?.pop().expect("one result"))
    }

    /// Run a read and print it; rows stream to stdout as they arrive.
    pub fn print_query(&mut self, query: &ReadQuery) -> Result<()> {
        let style = self.style();
        self.open_cache_for_reads();
        let mut outs = [Out::Print {
            style,
            out: &mut self.out,
            stdout: true,
        }];
        serve(&mut self.cache, &mut self.db, &[query], &mut outs)
    }

    /// Open the cache unless `--no-cache` keeps reads away from it.
    fn open_cache_for_reads(&mut self) {
        if self.global.cache.no_cache {
            if let CacheState::Unopened = self.cache {
                self.cache = CacheState::Bypassed;
            }
        } else {
            self.cache();
        }
    }

    /// After a write to `tables` committed: drop the cache entries that read them (also
    /// under `--no-cache`, so a later cached read cannot see the old rows).
    pub fn wrote(&mut self, tables: &[&str]) {
        if let Some(cache) = self.cache() {
            cache.invalidate_tables(tables);
        }
    }

    /// Print collected rows.
    pub fn print_rows(&mut self, rows: &Rows) -> Result<()> {
        output::render(self.style(), rows, &mut self.out)
    }

    /// A confirmation (`deleted owner 5`) on stdout, unless `-q`.
    pub fn say(&mut self, message: impl std::fmt::Display) -> Result<()> {
        if !self.global.quiet {
            writeln!(self.out, "{message}")?;
        }
        Ok(())
    }

    /// Report a new row's id: `added owner 42`, or just `42` with `-q`.
    pub fn added(&mut self, what: &str, id: i64) -> Result<()> {
        if self.global.quiet {
            writeln!(self.out, "{id}")?;
        } else {
            writeln!(self.out, "added {what} {id}")?;
        }
        Ok(())
    }

    /// Flush stdout (a closed pipe surfaces here as a broken-pipe error) and the cache's
    /// statistics.
    pub fn finish(mut self) -> Result<()> {
        if let CacheState::Open(cache) = &mut self.cache {
            cache.flush();
        }
        self.out.flush()?;
        Ok(())
    }
}
