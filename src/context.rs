//! What every command runs with: the settings, the database (connected on first need),
//! the result cache (opened on first need) and stdout. Every read goes through
//! [`Ctx::print_query`] or [`Ctx::fetch_all`], so every read is cached alike; every write
//! goes through [`Ctx::write`], which invalidates exactly what the write reports it
//! touched.

use std::io::{BufWriter, StdoutLock, Write};

use anyhow::Result;

use crate::cache::key::Scope;
use crate::cache::{Cache, Source};
use crate::db::connection::{AnyConnection, write_transaction};
use crate::db::database::Database;
use crate::db::migrations;
use crate::db::queries::Written;
use crate::db::read::ReadQuery;
use crate::db::target::{Backend, Target};
use crate::output::{self, Out, Style};
use crate::rows::Rows;
use crate::settings::Settings;

pub struct Ctx {
    pub settings: Settings,
    pub db: Database,
    cache: CacheState,
    pub out: BufWriter<StdoutLock<'static>>,
}

enum CacheState {
    Unopened,
    Open(Box<Cache>),
    /// Could not be opened (why).
    Unavailable(anyhow::Error),
}

impl Ctx {
    pub fn new(settings: Settings) -> Result<Self> {
        let target = Target::for_url(settings.database_url.as_deref())?;
        Ok(Self {
            settings,
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
        self.settings.style
    }

    /// The migrated connection, for the `db` commands.
    pub fn conn(&mut self) -> Result<&mut AnyConnection> {
        self.db.migrated()
    }

    /// The cache, opened on first use; `None` (after one warning) if it cannot be.
    pub fn cache(&mut self) -> Option<&mut Cache> {
        if let (false, Err(e)) = self.open_cache_once() {
            crate::ui::warn(format_args!(
                "running without the cache: {}",
                crate::ui::chain(e)
            ));
        }
        match &mut self.cache {
            CacheState::Open(cache) => Some(cache),
            _ => None,
        }
    }

    /// Run `f` with the cache (opened on first use) and the database; `None` if the
    /// cache cannot be opened (after one warning).
    pub fn with_cache<T>(&mut self, f: impl FnOnce(&mut Cache, &mut Database) -> T) -> Option<T> {
        self.cache()?;
        match &mut self.cache {
            CacheState::Open(cache) => Some(f(cache, &mut self.db)),
            _ => None,
        }
    }

    /// Open the cache unless that was tried already: (tried before, the outcome).
    fn open_cache_once(&mut self) -> (bool, std::result::Result<(), &anyhow::Error>) {
        let tried = !matches!(self.cache, CacheState::Unopened);
        if !tried {
            self.cache = match self.open_cache() {
                Ok(cache) => CacheState::Open(Box::new(cache)),
                Err(e) => CacheState::Unavailable(e),
            };
        }
        match &self.cache {
            CacheState::Unavailable(e) => (tried, Err(e)),
            _ => (tried, Ok(())),
        }
    }

    fn open_cache(&self) -> Result<Cache> {
        let scope = Scope {
            backend: self.backend().name(),
            database: self.db.target.identity(),
            session: self.db.target.session(),
            schema: migrations::latest_version(),
        };
        let c = &self.settings.cache;
        Cache::open(&c.location()?, scope, c.policy)
    }

    /// Run reads and return their rows (several reads agree: one snapshot, or one
    /// validation of their cached versions).
    pub fn fetch_all(&mut self, queries: &[&ReadQuery]) -> Result<Vec<Rows>> {
        let mut results: Vec<Rows> = queries.iter().map(|_| Rows::default()).collect();
        let mut outs: Vec<Out<'_>> = results.iter_mut().map(Out::Rows).collect();
        self.open_cache_for_reads();
        let bypass = self.settings.cache.bypass;
        read(&mut self.cache, &mut self.db, bypass, queries, &mut outs)?;
        Ok(results)
    }

    pub fn fetch(&mut self, query: &ReadQuery) -> Result<Rows> {
        Ok(self.fetch_all(&[query])?.pop().expect("one result"))
    }

    /// Run a read and print it; rows stream to stdout as they arrive.
    pub fn print_query(&mut self, query: &ReadQuery) -> Result<()> {
        let (style, bypass) = (self.style(), self.settings.cache.bypass);
        self.open_cache_for_reads();
        let mut outs = [Out::Print {
            style,
            out: &mut self.out,
            stdout: true,
        }];
        read(&mut self.cache, &mut self.db, bypass, &[query], &mut outs)
    }

    /// Open the cache unless `--no-cache` keeps reads away from it.
    fn open_cache_for_reads(&mut self) {
        if !self.settings.cache.bypass {
            self.cache();
        }
    }

    /// Run a write in one transaction (`BEGIN IMMEDIATE` on SQLite). Just before it
    /// commits, the cache holds the generations of the tables the write reports it
    /// touched; once it has committed, the entries that read them are dropped — also under
    /// `--no-cache`, so a later cached read cannot see the old rows. If the cache cannot
    /// confirm that, one warning says what to run.
    pub fn write<T>(
        &mut self,
        f: impl FnOnce(&mut AnyConnection) -> Result<Written<T>>,
    ) -> Result<T> {
        let _ = self.open_cache_once();
        let mut cache = match &mut self.cache {
            CacheState::Open(cache) => Some(cache.as_mut()),
            _ => None,
        };
        let mut held = false;
        let written = write_transaction(self.db.migrated()?, |conn| {
            let written = f(conn)?;
            if let Some(cache) = cache.as_mut() {
                held = cache.hold(written.touched);
            }
            Ok(written)
        })?;
        if let Some(cache) = cache {
            cache.invalidate(written.touched, held);
        } else if let CacheState::Unavailable(e) = &self.cache
            && !written.touched.is_empty()
        {
            let location = self.settings.cache.shown().unwrap_or_default();
            crate::cache::unconfirmed(&location, written.touched, false, e);
        }
        Ok(written.value)
    }

    /// Print collected rows.
    pub fn print_rows(&mut self, rows: &Rows) -> Result<()> {
        output::render(self.style(), rows, &mut self.out)
    }

    /// A confirmation (`deleted owner 5`) on stdout, unless `-q`.
    pub fn say(&mut self, message: impl std::fmt::Display) -> Result<()> {
        if !self.settings.quiet {
            writeln!(self.out, "{message}")?;
        }
        Ok(())
    }

    /// Report a new row's id: `added owner 42`, or just `42` with `-q`.
    pub fn added(&mut self, what: &str, id: i64) -> Result<()> {
        if self.settings.quiet {
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
            cache.finish();
        }
        self.out.flush()?;
        Ok(())
    }
}

/// The one route of a read: through the cache when it is open for reads, straight from
/// the database otherwise (`--no-cache`, or a cache that could not be opened).
fn read(
    cache: &mut CacheState,
    db: &mut Database,
    bypass: bool,
    queries: &[&ReadQuery],
    outs: &mut [Out<'_>],
) -> Result<()> {
    match cache {
        CacheState::Open(cache) if !bypass => cache.read(db, queries, outs),
        _ => db.run_uncached(queries, outs),
    }
}
