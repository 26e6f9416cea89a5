//! petdb's benchmark harness (DESIGN.md §5): one function per benchmark (B1…B7, H1…H3,
//! I1, I2 and `scale`; H4 and H5, on shared caches, in `shared.rs`), the fixtures they
//! share, the timing loop, and the rendering of
//! `bench/RESULTS.md` and `bench/results.svg`.
//!
//! `main` reads the options, then runs each selected benchmark in turn; a benchmark asks
//! [`Fixtures`] for what it needs (the medium data set seeded on SQLite and PostgreSQL, a
//! filled cache), which is made on first use, so `bench/run B3` seeds nothing B3 does not
//! read. Each benchmark times whole commands side by side: each round runs every contender
//! once, in alternating order, so drift on a noisy machine hits all alike. The harness
//! prints medians (wall time, and peak RSS from `wait4`) with the judged ratio or figure
//! against each target; after a full run it writes them to `bench/RESULTS.md` and a chart
//! of the ratios to `bench/results.svg` (after a partial one only with `--write`).
//!
//! Run it through `bench/run` (which builds it); `bench/run --help` lists the options.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};

mod shared;

/// One benchmark: its name on the command line, a line for `--help`, and the function
/// that prepares and measures it.
#[derive(Clone, Copy)]
struct Benchmark {
    name: &'static str,
    about: &'static str,
    run: fn(&mut Fixtures) -> Result<Vec<Outcome>>,
}

/// Every benchmark, in the order they run and are reported.
const BENCHMARKS: [Benchmark; 15] = [
    benchmark("B1", "report hit / uncached (SQLite, PostgreSQL)", b1),
    benchmark(
        "B2",
        "that hit / `cat` of its output (petdb built release-lto, and release)",
        b2,
    ),
    benchmark("B3", "uncached `petdb sql` / sqlite3, psql", b3),
    benchmark("B4", "hit with 100,000 entries / with 100", b4),
    benchmark("B5", "`db seed` of the data set, SQLite", b5),
    benchmark("B6", "peak memory: B1 hit, uncached pets export", b6),
    benchmark(
        "B7",
        "strict hit, and TTL hit / SQLAlchemy + dogpile.cache hit",
        b7,
    ),
    benchmark("H1", "20-row report: strict hit / TTL hit (SQLite)", h1),
    benchmark("H2", "20-row report: TTL hit / `cat` of its output", h2),
    benchmark("H3", "20-row report: strict hit / TTL hit (PostgreSQL)", h3),
    benchmark(
        "H4",
        "20-row report: Redis Cluster hit / single-Redis hit (disk too)",
        shared::h4,
    ),
    benchmark(
        "H5",
        "20-row report: memcached hit / single-Redis hit (disk too)",
        shared::h5,
    ),
    benchmark(
        "I1",
        "csv import of the set's pets (and owners) / `db seed` of the same rows, SQLite",
        i1,
    ),
    benchmark(
        "I2",
        "`db dump | db load` / `pg_dump | psql` of the set, PostgreSQL",
        i2,
    ),
    benchmark("scale", "hit / uncached, 300 owners and --owners", scale),
];

const fn benchmark(
    name: &'static str,
    about: &'static str,
    run: fn(&mut Fixtures) -> Result<Vec<Outcome>>,
) -> Benchmark {
    Benchmark { name, about, run }
}

/// B3's statements: what they are, and the SQL.
const B3_STATEMENTS: [(&str, &str); 3] = [
    (
        "aggregate",
        "SELECT o.id, o.name, count(p.id) AS pets FROM owners o LEFT JOIN pets p ON p.owner_id = o.id GROUP BY o.id, o.name ORDER BY pets DESC, o.id LIMIT 20",
    ),
    ("point lookup", "SELECT * FROM owners WHERE id = 4242"),
    ("250k-row export", "SELECT * FROM pets"),
];

const PG_DEFAULT: &str = "postgres://postgres@127.0.0.1:5432/postgres";

struct Options {
    rounds: usize,
    warmup: usize,
    owners: u64,
    pg_url: Option<String>,
    /// The shared caches of H4 and H5 (`scripts/shared-caches start` starts the last two).
    redis_url: String,
    cluster_url: String,
    memcached_url: String,
    python: bool,
    /// The benchmarks to run, in [`BENCHMARKS`] order: all of them unless some were named.
    selected: Vec<Benchmark>,
    /// Write RESULTS.md and results.svg even if only some benchmarks ran.
    write: bool,
}

impl Options {
    fn all_selected(&self) -> bool {
        self.selected.len() == BENCHMARKS.len()
    }

    /// Whether RESULTS.md and results.svg are written: after a full run, or with --write.
    fn writes(&self) -> bool {
        self.all_selected() || self.write
    }

    fn selected_names(&self) -> Vec<&'static str> {
        self.selected.iter().map(|b| b.name).collect()
    }
}

fn main() -> Result<()> {
    let mut fx = Fixtures::new(parse_args()?)?;
    let mut outcomes = Vec::new();
    for benchmark in fx.opts.selected.clone() {
        outcomes.extend((benchmark.run)(&mut fx)?);
    }
    publish(&outcomes, &fx)
}

/// What the benchmarks share, each part made on first use: the petdb binary and the work
/// directory, the seeded databases, and the filled caches of B1 and of H1 and H2.
struct Fixtures {
    opts: Options,
    root: PathBuf,
    /// Cargo's profile directory this harness was built into, holding petdb and
    /// `examples/fill_cache` too.
    bin: PathBuf,
    petdb: String,
    work: PathBuf,
    medium: Option<String>,
    small: Option<String>,
    /// The seeded PostgreSQL database's URL once looked for (`None` inside: no server).
    pg: Option<Option<String>>,
    b1: Option<B1Cache>,
    h: Option<HitPair>,
}

/// B1's SQLite hit, with its entry in a fresh cache directory (B2, B6 and B7 use it too).
#[derive(Clone)]
struct B1Cache {
    hit: Contender,
    dir: String,
}

/// The 20-row report's hit under the default strict consistency and under
/// `--consistency ttl`, both checked to be hits (H1, H2 and, on PostgreSQL, H3).
#[derive(Clone)]
struct HitPair {
    strict: Contender,
    ttl: Contender,
}

/// H1…H3's command: the report's first 20 rows, in the default table format.
const H_REPORT: [&str; 4] = ["report", "owners-summary", "--limit", "20"];

impl Fixtures {
    fn new(opts: Options) -> Result<Self> {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let bin = profile_dir()?;
        let petdb = bin.join("petdb");
        ensure!(
            petdb.exists(),
            "{} is missing: build first (bench/run does it)",
            petdb.display()
        );
        let petdb = utf8(&petdb)?.to_owned();
        let work = root.join("bench/work");
        std::fs::create_dir_all(&work)?;
        isolate(&work);
        Ok(Self {
            opts,
            root,
            bin,
            petdb,
            work,
            medium: None,
            small: None,
            pg: None,
            b1: None,
            h: None,
        })
    }

    /// The profile petdb was built with (`release-lto` under bench/run).
    fn profile(&self) -> String {
        self.bin
            .file_name()
            .map_or_else(|| "?".into(), |n| n.to_string_lossy().into_owned())
    }

    fn work_path(&self, name: &str) -> Result<String> {
        Ok(utf8(&self.work.join(name))?.to_owned())
    }

    /// The medium SQLite database (`--owners` owners), seeded once.
    fn medium(&mut self) -> Result<String> {
        if let Some(db) = &self.medium {
            return Ok(db.clone());
        }
        let db = self.work_path(&format!("medium-{}.sqlite3", self.opts.owners))?;
        seed_once(&self.petdb, &db, self.opts.owners)?;
        self.medium = Some(db.clone());
        Ok(db)
    }

    /// The small SQLite database (300 owners), seeded once.
    fn small(&mut self) -> Result<String> {
        if let Some(db) = &self.small {
            return Ok(db.clone());
        }
        let db = self.work_path("small-300.sqlite3")?;
        seed_once(&self.petdb, &db, 300)?;
        self.small = Some(db.clone());
        Ok(db)
    }

    /// The medium set on PostgreSQL (seeded once), or `None` under `--no-pg` or if the
    /// server is unreachable.
    fn pg(&mut self) -> Result<Option<String>> {
        if let Some(pg) = &self.pg {
            return Ok(pg.clone());
        }
        let pg = match &self.opts.pg_url {
            Some(admin) => prepare_pg(&self.petdb, admin, self.opts.owners)?,
            None => None,
        };
        self.pg = Some(pg.clone());
        Ok(pg)
    }

    /// B1's SQLite hit, its entry filled in a fresh `cache-b1` on first use.
    fn b1(&mut self) -> Result<B1Cache> {
        if let Some(b1) = &self.b1 {
            return Ok(b1.clone());
        }
        let medium = self.medium()?;
        let dir = self.cache_dir("cache-b1")?;
        let hit = Contender::from_argv(
            "petdb hit (SQLite)",
            self.petdb_args(&medium, &dir, &["report", "owners-summary"]),
        );
        hit.output()?;
        let b1 = B1Cache { hit, dir };
        self.b1 = Some(b1.clone());
        Ok(b1)
    }

    /// H1's and H2's pair of SQLite hits, their entry filled in a fresh `cache-h` on
    /// first use.
    fn h(&mut self) -> Result<HitPair> {
        if let Some(h) = &self.h {
            return Ok(h.clone());
        }
        let medium = self.medium()?;
        let dir = self.cache_dir("cache-h")?;
        let h = self.hit_pair(&medium, &dir, "SQLite")?;
        self.h = Some(h.clone());
        Ok(h)
    }

    /// The 20-row report on `db` with cache `dir`, strict and TTL: the entry filled,
    /// then each checked with `-v` to be a hit.
    fn hit_pair(&self, db: &str, dir: &str, on: &str) -> Result<HitPair> {
        let strict = Contender::from_argv(
            format!("petdb strict hit ({on})"),
            self.petdb_args(db, dir, &H_REPORT),
        );
        let ttl = Contender::from_argv(
            format!("petdb TTL hit ({on})"),
            self.petdb_args(
                db,
                dir,
                &[&H_REPORT[..], &["--consistency", "ttl"]].concat(),
            ),
        );
        strict.output()?; // fill
        strict.ensure_hit()?;
        ttl.ensure_hit()?;
        Ok(HitPair { strict, ttl })
    }

    /// petdb built with the plain `release` profile (the README's first command), which
    /// bench/run builds beside the `release-lto` one; `None` if this harness was itself
    /// built with `release`.
    fn petdb_release(&self) -> Result<Option<String>> {
        if self.profile() == "release" {
            return Ok(None);
        }
        let petdb = self.bin.with_file_name("release").join("petdb");
        ensure!(
            petdb.exists(),
            "{} is missing: build it first (bench/run does it)",
            petdb.display()
        );
        Ok(Some(utf8(&petdb)?.to_owned()))
    }

    /// A cache directory under bench/work, emptied.
    fn cache_dir(&self, name: &str) -> Result<String> {
        let dir = self.work.join(name);
        let _ = std::fs::remove_dir_all(&dir);
        Ok(utf8(&dir)?.to_owned())
    }

    /// A petdb command line on database `db` with cache directory `cache`.
    fn petdb_args(&self, db: &str, cache: &str, args: &[&str]) -> Vec<String> {
        let mut v = vec![
            self.petdb.clone(),
            "--database-url".into(),
            db.into(),
            "--cache-dir".into(),
            cache.into(),
        ];
        v.extend(args.iter().map(|s| (*s).to_owned()));
        v
    }

    /// Without a cache directory: for --no-cache runs, which never open one.
    fn petdb_plain(&self, db: &str, args: &[&str]) -> Vec<String> {
        let mut v = vec![self.petdb.clone(), "--database-url".into(), db.into()];
        v.extend(args.iter().map(|s| (*s).to_owned()));
        v
    }

    /// Measure each bench in turn.
    fn measure(&self, benches: &[Bench]) -> Result<Vec<Outcome>> {
        let mut outcomes = Vec::new();
        for bench in benches {
            eprintln!("{} {} …", bench.id, bench.title);
            outcomes.push(run(bench, self.opts.warmup)?);
        }
        Ok(outcomes)
    }
}

/// Cargo's profile directory holding this harness (`target/release-lto` under bench/run):
/// it is built as an example, into `<profile>/examples/`.
fn profile_dir() -> Result<PathBuf> {
    let exe = std::env::current_exe().context("cannot find the harness's own path")?;
    let examples = exe.parent().filter(|d| d.ends_with("examples"));
    let profile = examples.and_then(Path::parent).with_context(|| {
        format!(
            "{} is not in a cargo examples directory: run it through bench/run",
            exe.display()
        )
    })?;
    Ok(profile.to_owned())
}

/// The judge of a benchmark's first contender against its second: median(a) / median(b)
/// at most `max`.
fn ratio(max: f64) -> Judge {
    Judge::Ratio { a: 0, b: 1, max }
}

/// The first contender against the second, reported without a target.
const INFO: Judge = Judge::Info { a: 0, b: 1 };

/// B1: a hit vs the same command uncached.
fn b1(fx: &mut Fixtures) -> Result<Vec<Outcome>> {
    let B1Cache { hit, dir } = fx.b1()?;
    let medium = fx.medium()?;
    let miss = Contender::from_argv(
        "petdb uncached (SQLite)",
        fx.petdb_args(&medium, &dir, &["report", "owners-summary", "--no-cache"]),
    );
    let owners = fx.opts.owners;
    let mut benches = vec![Bench {
        id: "B1",
        title: format!("`report owners-summary`, {owners} owners, SQLite: hit / uncached"),
        contenders: vec![hit, miss],
        judge: ratio(0.01),
        target: "≤ 1/100",
        rounds: fx.opts.rounds,
        settle: false,
    }];
    if let Some(pg_url) = fx.pg()? {
        let hit = Contender::from_argv(
            "petdb hit (PostgreSQL)",
            fx.petdb_args(&pg_url, &dir, &["report", "owners-summary"]),
        );
        let miss = Contender::from_argv(
            "petdb uncached (PostgreSQL)",
            fx.petdb_args(&pg_url, &dir, &["report", "owners-summary", "--no-cache"]),
        );
        hit.output()?;
        benches.push(Bench {
            id: "B1",
            title: format!("`report owners-summary`, {owners} owners, PostgreSQL: hit / uncached"),
            contenders: vec![hit, miss],
            judge: ratio(0.02),
            target: "≤ 1/50",
            rounds: fx.opts.rounds,
            settle: false,
        });
    }
    fx.measure(&benches)
}

/// B2: the B1 hit vs `cat` of a file holding the same output, twice: petdb built with
/// bench/run's `release-lto` profile, and with the plain `release` one (the README's
/// first command). Each build is checked to print the same bytes, and with `-v` to hit.
fn b2(fx: &mut Fixtures) -> Result<Vec<Outcome>> {
    let hit = fx.b1()?.hit;
    let expected = fx.work.join("owners-summary.txt");
    let output = hit.output()?;
    std::fs::write(&expected, &output)?;
    let cat = Contender::new("cat", &["cat", utf8(&expected)?]);
    let mut builds = vec![(fx.profile(), hit.clone())];
    match fx.petdb_release()? {
        Some(release) => builds.push(("release".to_owned(), hit.program(release))),
        None => eprintln!("B2: the harness itself was built with `release`: one build to measure"),
    }
    let mut benches = Vec::new();
    for (profile, hit) in builds {
        let hit = hit.named(format!("petdb hit ({profile})"));
        ensure!(
            hit.output()? == output,
            "B2: petdb built with `{profile}` prints other output than the B1 hit"
        );
        hit.ensure_hit()?;
        benches.push(Bench {
            id: "B2",
            title: format!(
                "that hit, petdb built with `{profile}` / `cat` of the same {:.1} MB of output",
                output.len() as f64 / 1e6
            ),
            contenders: vec![hit, cat.clone()],
            judge: ratio(3.0),
            target: "≤ 3×",
            rounds: fx.opts.rounds,
            settle: false,
        });
    }
    fx.measure(&benches)
}

/// B3: uncached `petdb sql` vs the databases' own clients, on the same SQL and data.
fn b3(fx: &mut Fixtures) -> Result<Vec<Outcome>> {
    let medium = fx.medium()?;
    let pg = fx.pg()?;
    let mut benches = Vec::new();
    for (what, sql) in B3_STATEMENTS {
        let petdb_sql = |db: &str| {
            fx.petdb_plain(
                db,
                &["sql", sql, "--no-cache", "--format", "tsv", "--no-header"],
            )
        };
        benches.push(Bench {
            id: "B3",
            title: format!("uncached `petdb sql` / `sqlite3`, {what}"),
            contenders: vec![
                Contender::from_argv("petdb sql (SQLite)", petdb_sql(&medium)),
                Contender::new("sqlite3", &["sqlite3", &medium, sql]),
            ],
            judge: ratio(1.2),
            target: "≤ 1.2×",
            rounds: fx.opts.rounds,
            settle: false,
        });
        if let Some(pg_url) = &pg {
            benches.push(Bench {
                id: "B3",
                title: format!("uncached `petdb sql` / `psql -X -A -t`, {what}"),
                contenders: vec![
                    Contender::from_argv("petdb sql (PostgreSQL)", petdb_sql(pg_url)),
                    Contender::new("psql", &["psql", "-X", "-A", "-t", pg_url, "-c", sql]),
                ],
                judge: ratio(1.2),
                target: "≤ 1.2×",
                rounds: fx.opts.rounds,
                settle: false,
            });
        }
    }
    fx.measure(&benches)
}

/// B4: a hit's cost with 100 vs 100,000 entries present.
fn b4(fx: &mut Fixtures) -> Result<Vec<Outcome>> {
    let medium = fx.medium()?;
    let few = b4_hit(fx, &medium, 100)?;
    let many = b4_hit(fx, &medium, 100_000)?;
    let bench = Bench {
        id: "B4",
        title: "hit with 100,000 entries / with 100".into(),
        contenders: vec![many, few],
        judge: ratio(1.3),
        target: "≤ 1.3×",
        rounds: fx.opts.rounds,
        settle: false,
    };
    fx.measure(&[bench])
}

/// A B4 hit in a cache of `n` entries: n - 1 from `fill_cache`, beside the real one.
fn b4_hit(fx: &Fixtures, medium: &str, n: u64) -> Result<Contender> {
    let dir = fx.cache_dir(&format!("cache-{n}"))?;
    let status = Command::new(fx.bin.join("examples/fill_cache"))
        .arg(&dir)
        .arg((n - 1).to_string())
        .status()?;
    ensure!(status.success(), "filling {dir} failed");
    let c = Contender::from_argv(
        format!("petdb hit, {n} entries"),
        fx.petdb_args(
            medium,
            &dir,
            &["--cache-max-entries", "1000000", "report", "owners-summary"],
        ),
    );
    c.output()?; // the real entry, beside n - 1 others
    Ok(c)
}

/// B5: seeding the medium set.
fn b5(fx: &mut Fixtures) -> Result<Vec<Outcome>> {
    let seeded = fx.work_path("seed-b5.sqlite3")?;
    let owners = fx.opts.owners.to_string();
    let seed = Contender::new(
        "petdb db seed",
        &[
            &fx.petdb,
            "--database-url",
            &seeded,
            "-q",
            "db",
            "seed",
            "--owners",
            &owners,
        ],
    )
    .before(&[
        "sh",
        "-c",
        &format!("rm -f '{seeded}' '{seeded}-wal' '{seeded}-shm'"),
    ]);
    let bench = Bench {
        id: "B5",
        title: format!("`db seed --owners {owners}` on SQLite"),
        contenders: vec![seed],
        judge: Judge::Time {
            a: 0,
            max: Duration::from_secs(20),
        },
        target: "≤ 20 s",
        rounds: 3,
        settle: false,
    };
    fx.measure(&[bench])
}

/// I1: loading the medium set's species, owners and pets (procedures left out) from csv
/// into an empty SQLite file, against `db seed` inserting the very same rows; and
/// `pets import` of its 250k pets alone into a file holding the owners (reported).
fn i1(fx: &mut Fixtures) -> Result<Vec<Outcome>> {
    let owners = fx.opts.owners.to_string();
    let source = fx.work_path(&format!("i1-source-{owners}.sqlite3"))?;
    let dump = fx.work_path(&format!("i1-dump-{owners}"))?;
    let base = fx.work_path(&format!("i1-owners-{owners}.sqlite3"))?;
    let seed_args = [
        "-q",
        "db",
        "seed",
        "--owners",
        &owners,
        "--procedures-per-pet",
        "0",
    ];
    if !Path::new(&dump).exists() {
        let _ = std::fs::remove_file(&source);
        let _ = std::fs::remove_file(&base);
        let petdb = |db: &str, args: &[&str]| -> Result<()> {
            let argv = fx.petdb_plain(db, args);
            let status = Command::new(&argv[0]).args(&argv[1..]).status()?;
            ensure!(status.success(), "{argv:?} failed");
            Ok(())
        };
        petdb(&source, &seed_args)?;
        petdb(&source, &["-q", "db", "dump", &dump])?;
        std::fs::rename(format!("{dump}/pets.csv"), format!("{dump}.pets.csv"))?;
        petdb(&base, &["-q", "db", "load", &dump])?;
        std::fs::rename(format!("{dump}.pets.csv"), format!("{dump}/pets.csv"))?;
    }
    let target = fx.work_path("i1.sqlite3")?;
    let fresh = format!("rm -f '{target}' '{target}-wal' '{target}-shm'");
    let load = Contender::from_argv(
        "petdb db load (csv)",
        fx.petdb_plain(&target, &["-q", "db", "load", &dump]),
    )
    .before(&["sh", "-c", &fresh]);
    let seed = Contender::from_argv("petdb db seed", fx.petdb_plain(&target, &seed_args))
        .before(&["sh", "-c", &fresh]);
    let pets = format!("{dump}/pets.csv");
    let import = Contender::from_argv(
        "petdb pets import (csv)",
        fx.petdb_plain(&target, &["-q", "pets", "import", &pets]),
    )
    .before(&["sh", "-c", &format!("{fresh} && cp '{base}' '{target}'")]);
    let benches = [
        Bench {
            id: "I1",
            title: format!(
                "csv `db load` of {owners} owners and their pets / `db seed` of the same rows"
            ),
            contenders: vec![load, seed.clone()],
            judge: ratio(1.5),
            target: "≤ 1.5×",
            rounds: 3,
            settle: false,
        },
        Bench {
            id: "I1",
            title: "`pets import` of those pets alone (owners in place) / that `db seed`".into(),
            contenders: vec![import, seed],
            judge: INFO,
            target: "—",
            rounds: 3,
            settle: false,
        },
    ];
    fx.measure(&benches)
}

/// I2: the medium set moved between two PostgreSQL databases by `db dump | db load`, and
/// by `pg_dump --data-only | psql` of the same four tables (reported, not judged). psql
/// stops at the first error, so a failed restore cannot pass for a fast one. (pg_dump
/// empties `search_path`; petdb's trigger functions carry their own since migration
/// 000003, so the restore needs no help.)
fn i2(fx: &mut Fixtures) -> Result<Vec<Outcome>> {
    let Some(source) = fx.pg()? else {
        eprintln!("I2 skipped: no PostgreSQL");
        return Ok(Vec::new());
    };
    let admin = fx.opts.pg_url.clone().context("a PostgreSQL URL")?;
    let mut url = url::Url::parse(&admin)?;
    url.set_path("/petdb_bench_i2");
    let target = url.to_string();
    let _ = Command::new("psql")
        .args([
            admin.as_str(),
            "-qtAc",
            "DROP DATABASE IF EXISTS petdb_bench_i2",
        ])
        .status()?;
    let created = Command::new("psql")
        .args([admin.as_str(), "-qtAc", "CREATE DATABASE petdb_bench_i2"])
        .status()?;
    ensure!(created.success(), "cannot create petdb_bench_i2");
    let init = Command::new(&fx.petdb)
        .args(["--database-url", &target, "-q", "db", "init"])
        .status()?;
    ensure!(init.success(), "petdb db init on {target} failed");
    let empty = format!(
        "psql '{target}' -qtAc 'TRUNCATE species, owners, pets, procedures RESTART IDENTITY'"
    );
    let petdb = &fx.petdb;
    let ours = Contender::new(
        "petdb db dump | db load",
        &["sh", "-c", &format!(
            "'{petdb}' --database-url '{source}' db dump | '{petdb}' --database-url '{target}' -q db load"
        )],
    )
    .before(&["sh", "-c", &empty]);
    let theirs = Contender::new(
        "pg_dump | psql",
        &[
            "sh",
            "-c",
            &format!(
                "pg_dump --data-only -t species -t owners -t pets -t procedures '{source}' \
             | psql -q -X -v ON_ERROR_STOP=1 '{target}' >/dev/null"
            ),
        ],
    )
    .before(&["sh", "-c", &empty]);
    let bench = Bench {
        id: "I2",
        title: format!(
            "`db dump | db load` / `pg_dump | psql`, {} owners",
            fx.opts.owners
        ),
        contenders: vec![ours, theirs],
        judge: INFO,
        target: "—",
        rounds: 3,
        settle: false,
    };
    fx.measure(&[bench])
}

/// B6: peak memory of a hit, and of an uncached export of every pet.
fn b6(fx: &mut Fixtures) -> Result<Vec<Outcome>> {
    let hit = fx.b1()?.hit;
    let medium = fx.medium()?;
    let pg = fx.pg()?;
    let export = |db: &str| fx.petdb_plain(db, &["pets", "list", "--format", "csv", "--no-cache"]);
    let mut benches = vec![
        Bench {
            id: "B6",
            title: "peak RSS of the B1 hit".into(),
            contenders: vec![hit],
            judge: Judge::Memory { a: 0, max_mb: 15.0 },
            target: "≤ 15 MB",
            rounds: fx.opts.rounds,
            settle: false,
        },
        Bench {
            id: "B6",
            title: "peak RSS of `pets list --format csv --no-cache`, all pets, SQLite".into(),
            contenders: vec![Contender::from_argv(
                "petdb pets list (SQLite)",
                export(&medium),
            )],
            judge: Judge::Memory { a: 0, max_mb: 60.0 },
            target: "≤ 60 MB",
            rounds: 5,
            settle: false,
        },
    ];
    if let Some(pg_url) = &pg {
        benches.push(Bench {
            id: "B6",
            title: "peak RSS of `pets list --format csv --no-cache`, all pets, PostgreSQL".into(),
            contenders: vec![Contender::from_argv(
                "petdb pets list (PostgreSQL)",
                export(pg_url),
            )],
            judge: Judge::Memory { a: 0, max_mb: 60.0 },
            target: "≤ 60 MB",
            rounds: 5,
            settle: false,
        });
    }
    fx.measure(&benches)
}

/// B7: a hit vs the same cached query on SQLAlchemy + dogpile.cache (dbm backend).
fn b7(fx: &mut Fixtures) -> Result<Vec<Outcome>> {
    if !fx.opts.python {
        eprintln!("B7 skipped: --no-python");
        return Ok(Vec::new());
    }
    let medium = fx.medium()?;
    let dir = fx.b1()?.dir;
    match python_contender(&fx.root, &fx.work, &medium) {
        Ok(python) => fx.measure(&b7_benches(fx, &medium, &dir, python)?),
        Err(e) => {
            eprintln!("B7 skipped: {e:#}");
            Ok(Vec::new())
        }
    }
}

/// B7's two comparisons, once both sides print the same report and petdb's are hits.
fn b7_benches(fx: &Fixtures, medium: &str, dir: &str, python: Contender) -> Result<Vec<Bench>> {
    // The judged figure is petdb's default, strict hit (one table-version query more
    // than dogpile, which trusts its expiration time alone). That model is petdb's
    // `--consistency ttl`, judged on its own target in the second row.
    let csv = ["report", "owners-summary", "--format", "csv"];
    let ttl_args = [&csv[..], &["--consistency", "ttl"]].concat();
    let hit_strict = Contender::from_argv(
        "petdb strict hit (csv, default)",
        fx.petdb_args(medium, dir, &csv),
    );
    let hit_ttl = Contender::from_argv(
        "petdb TTL hit (csv, --consistency ttl)",
        fx.petdb_args(medium, dir, &ttl_args),
    );
    let ours = hit_strict.output()?; // fills the entry both hit
    let theirs = python.output()?;
    ensure!(
        ours == theirs,
        "B7: the Python script and petdb print different output"
    );
    ensure!(
        hit_ttl.output()? == ours,
        "B7: petdb's strict and TTL hits print different output"
    );
    hit_strict.ensure_hit()?;
    hit_ttl.ensure_hit()?;
    Ok(vec![
        Bench {
            id: "B7",
            title: "default (strict) hit / the same cached report on SQLAlchemy + dogpile.cache (dbm), whole process".into(),
            contenders: vec![hit_strict, python.clone()],
            judge: ratio(1.0 / 80.0),
            target: "≥ 80× faster",
            rounds: fx.opts.rounds.min(10),
            settle: true,
        },
        Bench {
            id: "B7",
            title: "the same with `--consistency ttl`, dogpile's model (expiration time only)".into(),
            contenders: vec![hit_ttl, python],
            judge: ratio(0.01),
            target: "≥ 100× faster",
            rounds: fx.opts.rounds.min(10),
            settle: true,
        },
    ])
}

/// H1: the 20-row report's default (strict) hit vs its `--consistency ttl` hit, SQLite.
fn h1(fx: &mut Fixtures) -> Result<Vec<Outcome>> {
    let HitPair { strict, ttl } = fx.h()?;
    let bench = Bench {
        id: "H1",
        title: format!(
            "`report owners-summary --limit 20`, {} owners, SQLite: strict hit / TTL hit",
            fx.opts.owners
        ),
        contenders: vec![strict, ttl],
        judge: ratio(1.15),
        target: "≤ 1.15×",
        rounds: fx.opts.rounds,
        settle: false,
    };
    // The check alone, in a program that does nothing else (`examples/strict_check`): what
    // a strict hit cannot cost less than, whatever petdb does around it.
    let medium = fx.medium()?;
    let check = utf8(&fx.bin.join("examples/strict_check"))?.to_owned();
    let floor = Bench {
        id: "H1",
        title: "the same check alone: read-only open + state query + close / a program that \
                only starts and exits (the same binary)"
            .into(),
        contenders: vec![
            Contender::new("strict check alone", &[&check, &medium]),
            Contender::new("nothing", &[&check, &medium, "--nothing"]),
        ],
        judge: INFO,
        target: "measured: the floor of the check",
        rounds: fx.opts.rounds,
        settle: false,
    };
    fx.measure(&[bench, floor])
}

/// H2: the 20-row report's TTL hit vs `cat` of a file holding the same output.
fn h2(fx: &mut Fixtures) -> Result<Vec<Outcome>> {
    let ttl = fx.h()?.ttl;
    let expected = fx.work.join("owners-summary-20.txt");
    std::fs::write(&expected, ttl.output()?)?;
    ensure!(
        std::fs::read(&expected)? == ttl.output()?,
        "H2: {} does not hold the bytes the TTL hit prints",
        expected.display()
    );
    let bench = Bench {
        id: "H2",
        title: "`report owners-summary --limit 20`, SQLite: TTL hit / `cat` of the same output"
            .into(),
        contenders: vec![ttl, Contender::new("cat", &["cat", utf8(&expected)?])],
        judge: ratio(1.6),
        target: "≤ 1.6×",
        rounds: fx.opts.rounds,
        settle: false,
    };
    fx.measure(&[bench])
}

/// H3: H1 on PostgreSQL, where a strict hit's version query is a connection and a round
/// trip to the server. Measured, not judged (bench/ANALYSIS.md reads it).
fn h3(fx: &mut Fixtures) -> Result<Vec<Outcome>> {
    let Some(pg_url) = fx.pg()? else {
        eprintln!("H3 skipped: no PostgreSQL (see --pg-url)");
        return Ok(Vec::new());
    };
    let dir = fx.cache_dir("cache-h3")?;
    let HitPair { strict, ttl } = fx.hit_pair(&pg_url, &dir, "PostgreSQL")?;
    let bench = Bench {
        id: "H3",
        title: format!(
            "`report owners-summary --limit 20`, {} owners, PostgreSQL: strict hit / TTL hit",
            fx.opts.owners
        ),
        contenders: vec![strict, ttl],
        judge: INFO,
        target: "measured; see bench/ANALYSIS.md",
        rounds: fx.opts.rounds,
        settle: false,
    };
    fx.measure(&[bench])
}

/// Scale: how a hit and a miss grow from the small to the medium data set.
fn scale(fx: &mut Fixtures) -> Result<Vec<Outcome>> {
    let medium = fx.medium()?;
    let small = fx.small()?;
    let cache = fx.cache_dir("cache-scale")?;
    let mut benches = Vec::new();
    for (label, db) in [("300 owners", &small), ("medium", &medium)] {
        let csv = ["report", "owners-summary", "--format", "csv"];
        let hit = Contender::from_argv(format!("hit, {label}"), fx.petdb_args(db, &cache, &csv));
        let miss = Contender::from_argv(
            format!("uncached, {label}"),
            fx.petdb_args(db, &cache, &[&csv[..], &["--no-cache"]].concat()),
        );
        hit.output()?;
        benches.push(Bench {
            id: "scale",
            title: format!("`report owners-summary --format csv`, {label}: hit / uncached"),
            contenders: vec![hit, miss],
            judge: INFO,
            target: "—",
            rounds: fx.opts.rounds,
            settle: false,
        });
    }
    fx.measure(&benches)
}

/// One command to measure.
#[derive(Clone)]
struct Contender {
    name: String,
    argv: Vec<String>,
    /// Run (untimed) before each timed run, e.g. to remove a database a seed recreates.
    before: Option<Vec<String>>,
}

impl Contender {
    fn new(name: impl Into<String>, argv: &[&str]) -> Self {
        Self::from_argv(name, argv.iter().map(|s| (*s).to_owned()).collect())
    }

    fn from_argv(name: impl Into<String>, argv: Vec<String>) -> Self {
        Self {
            name: name.into(),
            argv,
            before: None,
        }
    }

    fn before(mut self, argv: &[&str]) -> Self {
        self.before = Some(argv.iter().map(|s| (*s).to_owned()).collect());
        self
    }

    /// The same command under another name.
    fn named(mut self, name: impl Into<String>) -> Self {
        self.name = name.into();
        self
    }

    /// The same arguments to another program (another build of petdb).
    fn program(mut self, program: impl Into<String>) -> Self {
        self.argv[0] = program.into();
        self
    }

    /// Run this petdb command once with `-v` and fail unless it reports a cache hit, so a
    /// benchmark of hits never silently times misses.
    fn ensure_hit(&self) -> Result<()> {
        let out = Command::new(&self.argv[0])
            .arg("-v")
            .args(&self.argv[1..])
            .stdout(Stdio::null())
            .output()?;
        let stderr = String::from_utf8_lossy(&out.stderr);
        ensure!(
            out.status.success() && stderr.contains("cache   hit"),
            "{} is not a cache hit: `-v` printed {:?} ({})",
            self.name,
            stderr.trim(),
            self.argv.join(" ")
        );
        Ok(())
    }

    fn command(&self) -> Command {
        let mut c = Command::new(&self.argv[0]);
        c.args(&self.argv[1..]);
        c
    }

    /// Run once with output discarded: wall time (and the peak memory `wait4` reports,
    /// which is at least this harness's own, since a child shares its memory until it
    /// execs: [`Contender::peak_rss_kb`] measures through a small intermediary instead).
    fn sample(&self) -> Result<Sample> {
        if let Some(before) = &self.before {
            let status = Command::new(&before[0]).args(&before[1..]).status()?;
            ensure!(status.success(), "preparing {} failed", self.name);
        }
        let started = Instant::now();
        let child = self
            .command()
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        let mut status = 0;
        // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: waiting for our own child, with valid pointers to locals.
        let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
        let wall = started.elapsed();
        ensure!(pid > 0, "wait4 failed for {}", self.name);
        ensure!(
            libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
            "{} failed: {}",
            self.name,
            self.argv.join(" ")
        );
        Ok(Sample {
            wall,
            max_rss_kb: usage.ru_maxrss as u64,
        })
    }

    /// Peak resident memory of one run, measured by GNU time (a small process, so the
    /// figure is the command's own).
    fn peak_rss_kb(&self) -> Result<u64> {
        let report = tempfile_path("rss");
        let status = Command::new("/usr/bin/time")
            .args(["-f", "%M", "-o"])
            .arg(&report)
            .args(&self.argv)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .context("/usr/bin/time (GNU time) is needed for the memory benchmarks")?;
        ensure!(status.success(), "{} failed under /usr/bin/time", self.name);
        let text = std::fs::read_to_string(&report)?;
        let _ = std::fs::remove_file(&report);
        text.trim()
            .parse()
            .with_context(|| format!("GNU time printed {text:?}"))
    }

    /// Run once and return stdout (for setup and for comparing outputs).
    fn output(&self) -> Result<Vec<u8>> {
        let out = self.command().stderr(Stdio::inherit()).output()?;
        ensure!(
            out.status.success(),
            "{} failed: {}",
            self.name,
            self.argv.join(" ")
        );
        Ok(out.stdout)
    }
}

#[derive(Clone, Copy)]
struct Sample {
    wall: Duration,
    max_rss_kb: u64,
}

/// What a benchmark is judged on.
#[derive(Clone, Copy)]
enum Judge {
    /// median(a) / median(b) at most `max`.
    Ratio { a: usize, b: usize, max: f64 },
    /// median(a) at most `max`.
    Time { a: usize, max: Duration },
    /// peak RSS of a at most `max_mb`.
    Memory { a: usize, max_mb: f64 },
    /// A figure reported without a target (scale notes).
    Info { a: usize, b: usize },
}

struct Bench {
    id: &'static str,
    title: String,
    contenders: Vec<Contender>,
    judge: Judge,
    target: &'static str,
    /// Rounds for this benchmark (fewer for slow ones).
    rounds: usize,
    /// Run each contender once, untimed, right before each of its timed samples (as
    /// hyperfine's `--prepare`): on these virtual machines a process that starts right
    /// after a large one has exited runs several times slower, so where one contender is
    /// a large process (B7's Python) the other would otherwise pay for it in every round.
    settle: bool,
}

struct Outcome {
    id: &'static str,
    title: String,
    medians: Vec<(String, Sample)>,
    /// The judged figure, formatted, and the number compared with the target (as a
    /// fraction of the target: ≤ 1 is met).
    figure: String,
    of_target: Option<f64>,
    target: &'static str,
}

/// Warm up, then time every contender round by round, and judge the medians.
fn run(bench: &Bench, warmup: usize) -> Result<Outcome> {
    for c in &bench.contenders {
        for _ in 0..warmup.min(bench.rounds) {
            c.sample()?;
        }
    }
    let medians: Vec<(String, Sample)> = bench
        .contenders
        .iter()
        .zip(rounds(bench)?)
        .map(|(c, s)| (c.name.clone(), median(s)))
        .collect();
    let (figure, of_target) = judge(bench.judge, &medians);
    Ok(Outcome {
        id: bench.id,
        title: bench.title.clone(),
        medians,
        figure,
        of_target,
        target: bench.target,
    })
}

/// The timed rounds: every contender once per round, in alternating order; one list of
/// samples per contender.
fn rounds(bench: &Bench) -> Result<Vec<Vec<Sample>>> {
    let mut samples: Vec<Vec<Sample>> = vec![Vec::new(); bench.contenders.len()];
    let memory = matches!(bench.judge, Judge::Memory { .. });
    for round in 0..bench.rounds {
        let mut order: Vec<usize> = (0..bench.contenders.len()).collect();
        if round % 2 == 1 {
            order.reverse();
        }
        for i in order {
            let c = &bench.contenders[i];
            if bench.settle {
                c.sample()?;
            }
            let mut sample = c.sample()?;
            sample.max_rss_kb = if memory { c.peak_rss_kb()? } else { 0 };
            samples[i].push(sample);
        }
    }
    Ok(samples)
}

/// The judged figure, formatted, and its fraction of the target (if it has one).
fn judge(judge: Judge, medians: &[(String, Sample)]) -> (String, Option<f64>) {
    let wall = |i: usize| medians[i].1.wall.as_secs_f64();
    match judge {
        Judge::Ratio { a, b, max } => {
            let r = wall(a) / wall(b);
            (fmt_ratio(r), Some(r / max))
        }
        Judge::Time { a, max } => (
            format!("{:.2} s", wall(a)),
            Some(wall(a) / max.as_secs_f64()),
        ),
        Judge::Memory { a, max_mb } => {
            let mb = medians[a].1.max_rss_kb as f64 / 1024.0;
            (format!("{mb:.1} MB"), Some(mb / max_mb))
        }
        Judge::Info { a, b } => (fmt_ratio(wall(a) / wall(b)), None),
    }
}

/// A ratio of medians: as a fraction (and 1/N) when small, else as a multiple.
fn fmt_ratio(r: f64) -> String {
    if r < 0.1 {
        format!("{r:.4} (1/{:.0})", 1.0 / r)
    } else {
        format!("{r:.2}×")
    }
}

fn median(mut s: Vec<Sample>) -> Sample {
    s.sort_by_key(|x| x.wall);
    let mut m = s[s.len() / 2];
    let mut rss: Vec<u64> = s.iter().map(|x| x.max_rss_kb).collect();
    rss.sort_unstable();
    m.max_rss_kb = rss[rss.len() / 2];
    m
}

/// Print the report. After a full run (or with `--write`) also write it, with the
/// hand-written ANALYSIS.md after the table, to RESULTS.md, and the chart to results.svg;
/// after a partial one, print the table alone and leave those files as they are.
fn publish(outcomes: &[Outcome], fx: &Fixtures) -> Result<()> {
    let opts = &fx.opts;
    let mut report = render(outcomes, opts, &fx.profile());
    if !opts.writes() {
        print!("{report}");
        eprintln!(
            "only {} ran: bench/RESULTS.md and bench/results.svg left as they were (--write writes them)",
            opts.selected_names().join(", ")
        );
        return Ok(());
    }
    // The hand-written reading of the figures (profiles of any miss) follows the table.
    if let Ok(analysis) = std::fs::read_to_string(fx.root.join("bench/ANALYSIS.md")) {
        report.push('\n');
        report.push_str(&analysis);
    }
    print!("{report}");
    std::fs::write(fx.root.join("bench/RESULTS.md"), &report)?;
    std::fs::write(fx.root.join("bench/results.svg"), chart(outcomes))?;
    eprintln!("written to bench/RESULTS.md and bench/results.svg");
    Ok(())
}

fn render(outcomes: &[Outcome], opts: &Options, profile: &str) -> String {
    let mut md = String::new();
    let run = if opts.all_selected() {
        "bench/run".to_owned()
    } else {
        format!("bench/run {}", opts.selected_names().join(" "))
    };
    let _ = writeln!(md, "# petdb benchmark results\n");
    let _ = writeln!(
        md,
        "One run of `{run}` (petdb built with the `{profile}` profile{b2}). Each benchmark's contenders \
         ran in alternating order, round by round ({} rounds unless noted, after {} warm-up runs each; \
         in B7 each contender also ran once untimed right before each timed run, see ANALYSIS.md). \
         Times are medians of whole-process wall time; B6's memory is the median peak RSS (GNU time's `%M`). \
         Data: {} owners seeded with `--rng-seed 1` (≈2.5 pets per owner, ≈4 procedures per pet). \
         Machine: {}.\n",
        opts.rounds,
        opts.warmup,
        opts.owners,
        machine(),
        b2 = if opts.selected.iter().any(|b| b.name == "B2") && profile != "release" {
            "; B2 with the plain `release` profile too"
        } else {
            ""
        },
    );
    let _ = writeln!(
        md,
        "| # | what | contender | median time | figure | target | met |"
    );
    let _ = writeln!(md, "| --- | --- | --- | --- | --- | --- | --- |");
    for o in outcomes {
        render_rows(&mut md, o);
    }
    let judged: Vec<&Outcome> = outcomes.iter().filter(|o| o.of_target.is_some()).collect();
    let met = judged
        .iter()
        .filter(|o| o.of_target.is_some_and(|f| f <= 1.0))
        .count();
    let chart = if opts.writes() {
        " Chart: `bench/results.svg`."
    } else {
        ""
    };
    let _ = writeln!(
        md,
        "\n{met} of {} judged figures met their target.{chart}",
        judged.len()
    );
    md
}

/// "N cores, CPU model", for the report's header.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    format!("{cores} cores, {cpu}")
}

/// One table row per contender of `o`; the first carries the figure and the verdict.
fn render_rows(md: &mut String, o: &Outcome) {
    for (i, (name, s)) in o.medians.iter().enumerate() {
        let (head, figure, target, met) = if i == 0 {
            let met = match o.of_target {
                Some(f) if f <= 1.0 => "yes",
                Some(_) => "**no**",
                None => "",
            };
            (
                format!("{} | {}", o.id, o.title),
                o.figure.clone(),
                o.target,
                met,
            )
        } else {
            (" | ".into(), String::new(), "", "")
        };
        let _ = writeln!(
            md,
            "| {head} | {name} | {} | {figure} | {target} | {met} |",
            fmt_time(s.wall)
        );
    }
}

fn fmt_time(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms >= 1000.0 {
        format!("{:.2} s", ms / 1000.0)
    } else {
        format!("{ms:.2} ms")
    }
}

/// Bars of each judged figure as a share of its target (the line at 100 %).
fn chart(outcomes: &[Outcome]) -> String {
    let judged: Vec<&Outcome> = outcomes.iter().filter(|o| o.of_target.is_some()).collect();
    let (row, left, width) = (26.0, 430.0, 360.0);
    let height = 60.0 + row * judged.len() as f64;
    let scale = |f: f64| (f.min(1.5) / 1.5) * width;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n\
         <text x=\"10\" y=\"20\" font-size=\"14\">petdb benchmarks: measured figure as a share of its target (shorter is better; the line is the target)</text>\n",
        left + width + 90.0
    );
    for (i, o) in judged.iter().enumerate() {
        let y = 40.0 + row * i as f64;
        let f = o.of_target.unwrap_or(0.0);
        let colour = if f <= 1.0 { "#3a7d44" } else { "#c0392b" };
        let label: String = format!("{} {}", o.id, o.title)
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('`', "");
        let label: String = label.chars().take(68).collect();
        let _ = writeln!(
            svg,
            "<text x=\"10\" y=\"{}\">{label}</text><rect x=\"{left}\" y=\"{y}\" width=\"{:.1}\" height=\"16\" fill=\"{colour}\"/>\
             <text x=\"{:.1}\" y=\"{}\">{} ({:.0} %)</text>",
            y + 12.0,
            scale(f).max(1.0),
            left + scale(f) + 6.0,
            y + 12.0,
            o.figure.replace('&', "&amp;"),
            f * 100.0
        );
    }
    let x = left + scale(1.0);
    let _ = writeln!(
        svg,
        "<line x1=\"{x}\" y1=\"32\" x2=\"{x}\" y2=\"{}\" stroke=\"black\" stroke-dasharray=\"4 3\"/>\n</svg>",
        height - 10.0
    );
    svg
}

/// The Python contender of B7, in a throwaway virtualenv under bench/work (made once).
fn python_contender(root: &Path, work: &Path, db: &str) -> Result<Contender> {
    let venv = work.join("venv");
    let python = venv.join("bin/python");
    if !python.exists() {
        eprintln!("setting up a virtualenv with SQLAlchemy and dogpile.cache for B7…");
        let ok = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()?
            .success()
            && Command::new(venv.join("bin/pip"))
                .args(["install", "--quiet", "sqlalchemy", "dogpile.cache"])
                .status()?
                .success();
        if !ok {
            let _ = std::fs::remove_dir_all(&venv);
            bail!("could not install SQLAlchemy and dogpile.cache");
        }
    }
    let cache = work.join("dogpile-cache.dbm");
    for suffix in [
        "",
        ".db",
        ".dat",
        ".dir",
        ".bak",
        ".lock",
        ".rw.lock",
        ".dogpile.lock",
    ] {
        let _ = std::fs::remove_file(format!("{}{suffix}", cache.display()));
    }
    let script = root.join("bench/dogpile_report.py");
    let c = Contender::new(
        "SQLAlchemy + dogpile.cache hit",
        &[utf8(&python)?, utf8(&script)?, db, utf8(&cache)?],
    );
    c.output()?; // fill
    Ok(c)
}

fn seed_once(petdb: &str, db: &str, owners: u64) -> Result<()> {
    if Path::new(db).exists() {
        return Ok(());
    }
    seed(petdb, db, owners)
}

/// `url` without its password, for messages (a SQLite path is shown as it is).
fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(None);
            u.to_string()
        }
        _ => url.to_owned(),
    }
}

/// Every petdb the harness starts runs on the bench's own files, whatever the environment
/// says: never the user's database (a command given none would create the default one),
/// cache directory (a write such as `db seed` invalidates the configured cache) or config
/// file (its defaults would change what is measured). petdb's own variables are cleared and
/// the defaults pointed into `work`; command lines still name their database and cache.
fn isolate(work: &Path) {
    let ours: Vec<std::ffi::OsString> = std::env::vars_os()
        .map(|(name, _)| name)
        .filter(|name| {
            name.to_str()
                .is_some_and(|n| n.starts_with("PETDB_") || n == "DATABASE_URL")
        })
        .collect();
    // SAFETY: called from `Fixtures::new`, first in `main`, before the harness starts any
    // thread.
    unsafe {
        for name in ours {
            std::env::remove_var(name);
        }
        std::env::set_var("DATABASE_URL", work.join("default.sqlite3"));
        std::env::set_var("PETDB_CACHE_DIR", work.join("cache-default"));
        std::env::set_var("PETDB_CONFIG", "/dev/null");
    }
}

/// `petdb db seed` of `owners` owners (rng seed 1) into the database at `url`.
fn seed(petdb: &str, url: &str, owners: u64) -> Result<()> {
    eprintln!("seeding {} ({owners} owners)…", redact(url));
    let status = Command::new(petdb)
        .args(["--database-url", url, "-q", "db", "seed"])
        .args(["--owners", &owners.to_string(), "--rng-seed", "1"])
        .status()?;
    ensure!(status.success(), "seeding {} failed", redact(url));
    Ok(())
}

/// Create and seed `petdb_bench_<owners>` on the server behind `admin` (once); its URL,
/// or `None` (with a note) if the server is unreachable.
fn prepare_pg(petdb: &str, admin: &str, owners: u64) -> Result<Option<String>> {
    let name = format!("petdb_bench_{owners}");
    let psql = |sql: &str| {
        Command::new("psql")
            .args([admin, "-qtAc", sql])
            .stderr(Stdio::inherit())
            .output()
    };
    let Ok(exists) = psql(&format!(
        "SELECT 1 FROM pg_database WHERE datname = '{name}'"
    )) else {
        eprintln!("psql not found: skipping the PostgreSQL benchmarks");
        return Ok(None);
    };
    if !exists.status.success() {
        eprintln!("PostgreSQL at {admin} unreachable: skipping the PostgreSQL benchmarks");
        return Ok(None);
    }
    let mut url = url::Url::parse(admin).context("--pg-url is not a URL")?;
    url.set_path(&format!("/{name}"));
    let url = url.to_string();
    if String::from_utf8_lossy(&exists.stdout).trim() != "1" {
        let created = psql(&format!("CREATE DATABASE {name}"))?;
        ensure!(created.status.success(), "cannot create {name}");
        seed(petdb, &url, owners)?;
    }
    Ok(Some(url))
}

fn tempfile_path(what: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("petdb-bench-{what}-{}", std::process::id()))
}

fn utf8(p: &Path) -> Result<&str> {
    p.to_str()
        .with_context(|| format!("{} is not UTF-8", p.display()))
}

fn parse_args() -> Result<Options> {
    let mut opts = Options {
        rounds: 15,
        warmup: 3,
        owners: 100_000,
        pg_url: Some(PG_DEFAULT.into()),
        redis_url: shared::REDIS_DEFAULT.into(),
        cluster_url: shared::CLUSTER_DEFAULT.into(),
        memcached_url: shared::MEMCACHED_DEFAULT.into(),
        python: true,
        selected: Vec::new(),
        write: false,
    };
    let mut named = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().with_context(|| format!("{a} needs a value"));
        match a.as_str() {
            "--rounds" => opts.rounds = value()?.parse()?,
            "--warmup" => opts.warmup = value()?.parse()?,
            "--owners" => opts.owners = value()?.parse()?,
            "--pg-url" => opts.pg_url = Some(value()?),
            "--no-pg" => opts.pg_url = None,
            "--redis-url" => opts.redis_url = value()?,
            "--cluster-url" => opts.cluster_url = value()?,
            "--memcached-url" => opts.memcached_url = value()?,
            "--no-python" => opts.python = false,
            "--write" => opts.write = true,
            "--help" | "-h" => {
                print_help();
                std::process::exit(0);
            }
            other if other.starts_with('-') => bail!("unknown option {other} (see --help)"),
            name => named.push(name.to_owned()),
        }
    }
    ensure!(opts.rounds > 0, "--rounds must be at least 1");
    opts.selected = select(&named);
    Ok(opts)
}

/// The benchmarks `named` (any case), in [`BENCHMARKS`] order; all of them if none is.
/// An unknown name ends the program with status 2.
fn select(named: &[String]) -> Vec<Benchmark> {
    let is = |b: &Benchmark, name: &str| b.name.eq_ignore_ascii_case(name);
    if let Some(unknown) = named
        .iter()
        .find(|name| !BENCHMARKS.iter().any(|b| is(b, name)))
    {
        let valid: Vec<&str> = BENCHMARKS.iter().map(|b| b.name).collect();
        eprintln!(
            "bench: no benchmark named {unknown:?}; valid names: {}",
            valid.join(", ")
        );
        std::process::exit(2);
    }
    BENCHMARKS
        .into_iter()
        .filter(|b| named.is_empty() || named.iter().any(|name| is(b, name)))
        .collect()
}

fn print_help() {
    let mut benchmarks = String::new();
    for b in &BENCHMARKS {
        let _ = writeln!(benchmarks, "  {:<7}{}", b.name, b.about);
    }
    println!(
        "bench/run [OPTIONS] [BENCHMARK...]\n\
         \n\
         Runs the named benchmarks (any case, e.g. `bench/run B3 b6`), or all of them, and prints\n\
         the results. A full run also writes bench/RESULTS.md (with bench/ANALYSIS.md after the\n\
         table) and the chart bench/results.svg; a partial one writes nothing unless --write.\n\
         bench/run builds petdb twice, with the release-lto profile (measured throughout) and\n\
         the plain release one (B2's second row); H1, H2 and H3 fail unless petdb reports a\n\
         cache hit (`-v`) for each hit they time, and so do B2 and B7.\n\
         \n\
         Benchmarks:\n\
         {benchmarks}\
         \n\
         Options:\n  \
           --rounds N          timed rounds (default 15; B5 runs 3, B6's exports 5, B7 at most 10)\n  \
           --warmup N          untimed runs of each contender first (default 3)\n  \
           --owners N          owners in the seeded data set (default 100000, the medium set)\n  \
           --pg-url ADMIN_URL  PostgreSQL server for B1, B3, B6 and H3 (default\n                      \
                               {PG_DEFAULT})\n  \
           --no-pg             skip the PostgreSQL contenders (and H3)\n  \
           --redis-url URL     single Redis for H4 and H5 (default {redis})\n  \
           --cluster-url URL   Redis Cluster for H4 (default the one of\n                      \
                               scripts/shared-caches start; H4 is skipped if unreachable)\n  \
           --memcached-url URL memcached for H5 (default {memcached})\n  \
           --no-python         skip B7, which sets up a virtualenv with SQLAlchemy and\n                      \
                               dogpile.cache in bench/work/venv (needs PyPI once)\n  \
           --write             write RESULTS.md and results.svg even if only some benchmarks ran\n  \
           -h, --help          this help",
        redis = shared::REDIS_DEFAULT,
        memcached = shared::MEMCACHED_DEFAULT,
    );
}
