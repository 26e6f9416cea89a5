//! What every command runs with: the settings, the database (connected on first need),
//! the result cache (opened on first need) and stdout. Every read goes through
//! [`Ctx::print_query`] or [`Ctx::fetch_all`], so every read is cached alike; every write
//! goes through [`Ctx::write`], which invalidates exactly what the write reports it
//! touched.

use std::io::{BufWriter, Write};

use anyhow::Result;

use crate::cache::key::Scope;
use crate::cache::{Cache, Lookup, Outcome, Source};
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
    /// Where results go: stdout, or another sink (`cache warm` discards them, `watch`
    /// collects each result before drawing it).
    pub out: BufWriter<Box<dyn Write>>,
    /// `out` is this process's stdout (a large kept rendering may then be copied to it
    /// by the kernel).
    stdout: bool,
    mode: Mode,
}

/// What reads and writes do in this context.
enum Mode {
    /// Reads and writes run.
    Normal,
    /// Reads run; a write is refused (`cache warm`, `watch`).
    ReadsOnly,
    /// Nothing runs: each read is recorded and [`Recorded`] returned instead, so the
    /// command stops there (`cache explain`, and `watch` to learn the tables).
    Record(Vec<ReadQuery>),
}

/// What a read returns in a recording context: the command stops before it runs anything,
/// prints anything or fails as "not found".
#[derive(Debug)]
pub struct Recorded;

impl std::fmt::Display for Recorded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("reads recorded, not run")
    }
}

impl std::error::Error for Recorded {}

enum CacheState {
    Unopened,
    Open(Box<Cache>),
    /// Could not be opened (why).
    Unavailable(anyhow::Error),
}

impl Ctx {
    pub fn new(settings: Settings) -> Result<Self> {
        let mut ctx = Self::with_output(settings, Box::new(std::io::stdout().lock()))?;
        ctx.stdout = true;
        Ok(ctx)
    }

    /// A context whose results go to `out` instead of stdout.
    pub fn with_output(settings: Settings, out: Box<dyn Write>) -> Result<Self> {
        let target = Target::for_url(settings.database_url.as_deref())?;
        Ok(Self {
            settings,
            db: Database::new(target),
            cache: CacheState::Unopened,
            out: BufWriter::new(out),
            stdout: false,
            mode: Mode::Normal,
        })
    }

    /// From now on refuse writes: only reads may run.
    pub fn reads_only(&mut self) {
        self.mode = Mode::ReadsOnly;
    }

    /// From now on record reads instead of running them (see [`Recorded`]).
    pub fn record_reads(&mut self) {
        self.mode = Mode::Record(Vec::new());
    }

    /// The reads recorded so far.
    pub fn recorded(&mut self) -> Vec<ReadQuery> {
        match &mut self.mode {
            Mode::Record(queries) => std::mem::take(queries),
            _ => Vec::new(),
        }
    }

    /// In a recording context, record `queries` and stop the command.
    fn record(&mut self, queries: &[&ReadQuery]) -> Result<()> {
        if let Mode::Record(recorded) = &mut self.mode {
            recorded.extend(queries.iter().map(|q| (*q).clone()));
            return Err(Recorded.into());
        }
        Ok(())
    }

    /// What every key of this database shares.
    pub fn scope(&self) -> Scope {
        Scope {
            backend: self.backend().name(),
            database: self.db.target.identity(),
            session: self.db.target.session(),
            schema: migrations::latest_version(),
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

    /// How the cache would answer `query` now, without running it (see
    /// [`Cache::lookup`]); `None` if the cache cannot be opened.
    pub fn lookup(&mut self, query: &ReadQuery) -> Option<Lookup> {
        self.with_cache(|cache, db| cache.lookup(db, query))
    }

    /// What became of each read since the last call (see [`Outcome`]).
    pub fn take_outcomes(&mut self) -> Vec<Outcome> {
        match &mut self.cache {
            CacheState::Open(cache) => cache.take_outcomes(),
            _ => Vec::new(),
        }
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
        let scope = self.scope();
        let c = &self.settings.cache;
        Cache::open(&c.location()?, scope, c.policy)
    }

    /// Run reads and return their rows (several reads agree: one snapshot, or one
    /// validation of their cached versions).
    pub fn fetch_all(&mut self, queries: &[&ReadQuery]) -> Result<Vec<Rows>> {
        self.record(queries)?;
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
        self.record(&[query])?;
        let (style, bypass) = (self.style(), self.settings.cache.bypass);
        self.open_cache_for_reads();
        let mut outs = [Out::Print {
            style,
            out: &mut self.out,
            stdout: self.stdout,
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
        if !matches!(self.mode, Mode::Normal) {
            anyhow::bail!("only reads run here, and this command writes");
        }
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
