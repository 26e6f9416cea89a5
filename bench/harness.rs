//! petdb's benchmark harness: seeds the medium data set once (SQLite, and PostgreSQL when
//! reachable), then times whole commands side by side — each round runs every contender
//! of a benchmark once, in alternating order, so drift on a noisy machine hits all alike —
//! and prints medians and ratios against the targets of DESIGN.md §5, writing them to
//! `bench/RESULTS.md`.
//!
//! Run through `bench/run` (which builds it); `bench/run --help` lists the options.

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};

/// One command to time.
#[derive(Clone)]
struct Contender {
    name: String,
    argv: Vec<String>,
    env: Vec<(String, String)>,
}

impl Contender {
    fn new(name: &str, argv: &[&str]) -> Self {
        Self {
            name: name.into(),
            argv: argv.iter().map(|s| (*s).to_owned()).collect(),
            env: Vec::new(),
        }
    }

    fn command(&self) -> Command {
        let mut c = Command::new(&self.argv[0]);
        c.args(&self.argv[1..])
            .envs(self.env.iter().map(|(k, v)| (k, v)));
        c
    }

    /// Run once with output discarded; the wall time.
    fn time(&self) -> Result<Duration> {
        let started = Instant::now();
        let status = self
            .command()
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()?;
        let elapsed = started.elapsed();
        ensure!(
            status.success(),
            "{} failed ({status}): {}",
            self.name,
            self.argv.join(" ")
        );
        Ok(elapsed)
    }
}

/// A benchmark: contenders timed together, and the ratio that is judged.
struct Bench {
    id: &'static str,
    title: String,
    contenders: Vec<Contender>,
    /// `contenders[numerator] / contenders[denominator]` must be at most `target`.
    numerator: usize,
    denominator: usize,
    target: f64,
    target_text: &'static str,
}

struct Outcome {
    id: &'static str,
    title: String,
    medians: Vec<(String, Duration)>,
    ratio: f64,
    target: f64,
    target_text: &'static str,
}

impl Outcome {
    fn met(&self) -> bool {
        self.ratio <= self.target
    }
}

struct Options {
    rounds: usize,
    warmup: usize,
    owners: u64,
    pg_url: Option<String>,
}

fn main() -> Result<()> {
    let opts = parse_args()?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let petdb = root.join("target/release/petdb");
    let filler = root.join("target/release/examples/fill_cache");
    ensure!(
        petdb.exists(),
        "build first: cargo build --release (bench/run does)"
    );
    let work = root.join("bench/work");
    std::fs::create_dir_all(&work)?;
    let petdb = petdb.to_str().context("utf-8 path")?.to_owned();

    let lite_db = work.join(format!("medium-{}.sqlite3", opts.owners));
    let lite = lite_db.to_str().context("utf-8 path")?.to_owned();
    seed_once(&petdb, &lite, opts.owners)?;
    let pg = match &opts.pg_url {
        Some(admin) => prepare_pg(&petdb, admin, opts.owners)?,
        None => None,
    };

    let mut benches = Vec::new();
    // B1: hit vs the same command uncached.
    let cache = work.join("cache-b1");
    let _ = std::fs::remove_dir_all(&cache);
    let cache = cache.to_str().context("utf-8")?.to_owned();
    let report = |db: &str, extra: &[&str]| {
        let mut argv = vec![
            petdb.as_str(),
            "--database-url",
            db,
            "--cache-dir",
            cache.as_str(),
            "report",
            "owners-summary",
        ];
        argv.extend_from_slice(extra);
        argv.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>()
    };
    let hit_lite = Contender {
        name: "petdb hit (SQLite)".into(),
        argv: report(&lite, &[]),
        env: vec![],
    };
    let miss_lite = Contender {
        name: "petdb uncached (SQLite)".into(),
        argv: report(&lite, &["--no-cache"]),
        env: vec![],
    };
    hit_lite.time()?; // fill
    benches.push(Bench {
        id: "B1",
        title: format!(
            "report owners-summary, {} owners, SQLite: hit / uncached",
            opts.owners
        ),
        contenders: vec![hit_lite.clone(), miss_lite],
        numerator: 0,
        denominator: 1,
        target: 0.01,
        target_text: "≤ 1/100",
    });
    if let Some(pg_url) = &pg {
        let hit_pg = Contender {
            name: "petdb hit (PostgreSQL)".into(),
            argv: report(pg_url, &[]),
            env: vec![],
        };
        let miss_pg = Contender {
            name: "petdb uncached (PostgreSQL)".into(),
            argv: report(pg_url, &["--no-cache"]),
            env: vec![],
        };
        hit_pg.time()?;
        benches.push(Bench {
            id: "B1",
            title: format!(
                "report owners-summary, {} owners, PostgreSQL: hit / uncached",
                opts.owners
            ),
            contenders: vec![hit_pg, miss_pg],
            numerator: 0,
            denominator: 1,
            target: 0.02,
            target_text: "≤ 1/50",
        });
    }

    // B2: a hit vs cat of a file holding the same output.
    let expected = work.join("owners-summary.txt");
    let out = hit_lite.command().output()?;
    ensure!(out.status.success(), "the B2 hit failed");
    std::fs::write(&expected, &out.stdout)?;
    benches.push(Bench {
        id: "B2",
        title: format!(
            "the same hit vs `cat` of its output ({} bytes)",
            out.stdout.len()
        ),
        contenders: vec![
            hit_lite.clone(),
            Contender::new("cat", &["cat", expected.to_str().context("utf-8")?]),
        ],
        numerator: 0,
        denominator: 1,
        target: 3.0,
        target_text: "≤ 3×",
    });

    // B4: hit cost with 100 vs 100,000 entries present.
    let mut b4 = Vec::new();
    for n in [100u64, 100_000] {
        let dir = work.join(format!("cache-{n}"));
        let _ = std::fs::remove_dir_all(&dir);
        let status = Command::new(&filler)
            .arg(&dir)
            .arg((n - 1).to_string())
            .status()?;
        ensure!(status.success(), "filling {} failed", dir.display());
        let dir = dir.to_str().context("utf-8")?.to_owned();
        let c = Contender {
            name: format!("petdb hit, {n} entries"),
            argv: [
                petdb.as_str(),
                "--database-url",
                &lite,
                "--cache-dir",
                &dir,
                "--cache-max-entries",
                "1000000",
                "report",
                "owners-summary",
            ]
            .iter()
            .map(|s| (*s).to_owned())
            .collect(),
            env: vec![],
        };
        c.time()?; // the real entry, beside n - 1 others
        b4.push(c);
    }
    benches.push(Bench {
        id: "B4",
        title: "hit with 100,000 entries / with 100".into(),
        contenders: vec![b4[1].clone(), b4[0].clone()],
        numerator: 0,
        denominator: 1,
        target: 1.3,
        target_text: "≤ 1.3×",
    });

    let mut outcomes = Vec::new();
    for bench in &benches {
        eprintln!("{} {} …", bench.id, bench.title);
        outcomes.push(run(bench, &opts)?);
    }
    let report = render(&outcomes, &opts);
    print!("{report}");
    std::fs::write(root.join("bench/RESULTS.md"), &report)?;
    eprintln!("written to bench/RESULTS.md");
    Ok(())
}

fn run(bench: &Bench, opts: &Options) -> Result<Outcome> {
    for c in &bench.contenders {
        for _ in 0..opts.warmup {
            c.time()?;
        }
    }
    let mut samples: Vec<Vec<Duration>> = vec![Vec::new(); bench.contenders.len()];
    for round in 0..opts.rounds {
        // Alternate the order every round.
        let order: Vec<usize> = if round % 2 == 0 {
            (0..bench.contenders.len()).collect()
        } else {
            (0..bench.contenders.len()).rev().collect()
        };
        for i in order {
            samples[i].push(bench.contenders[i].time()?);
        }
    }
    let medians: Vec<(String, Duration)> = bench
        .contenders
        .iter()
        .zip(samples)
        .map(|(c, s)| (c.name.clone(), median(s)))
        .collect();
    let ratio =
        medians[bench.numerator].1.as_secs_f64() / medians[bench.denominator].1.as_secs_f64();
    Ok(Outcome {
        id: bench.id,
        title: bench.title.clone(),
        medians,
        ratio,
        target: bench.target,
        target_text: bench.target_text,
    })
}

fn median(mut s: Vec<Duration>) -> Duration {
    s.sort();
    s[s.len() / 2]
}

fn render(outcomes: &[Outcome], opts: &Options) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# petdb benchmark results\n");
    let _ = writeln!(
        md,
        "One run of `bench/run` ({} rounds per benchmark, contenders alternating, {} warm-up runs each; \
         medians of whole-process wall time). Machine: {} cores, {}.\n",
        opts.rounds,
        opts.warmup,
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
        std::env::consts::OS
    );
    let _ = writeln!(
        md,
        "| # | what | contender | median | ratio | target | met |"
    );
    let _ = writeln!(md, "| --- | --- | --- | --- | --- | --- | --- |");
    for o in outcomes {
        for (i, (name, t)) in o.medians.iter().enumerate() {
            let (ratio, target, met) = if i == 0 {
                (
                    format!("{:.4}", o.ratio),
                    o.target_text.to_owned(),
                    if o.met() { "yes" } else { "**no**" }.to_owned(),
                )
            } else {
                (String::new(), String::new(), String::new())
            };
            let label = if i == 0 {
                format!("{} | {}", o.id, o.title)
            } else {
                " | ".to_owned()
            };
            let _ = writeln!(
                md,
                "| {label} | {name} | {:.2} ms | {ratio} | {target} | {met} |",
                t.as_secs_f64() * 1000.0
            );
        }
    }
    md
}

fn seed_once(petdb: &str, db: &str, owners: u64) -> Result<()> {
    if Path::new(db).exists() {
        return Ok(());
    }
    eprintln!("seeding {db} ({owners} owners)…");
    let status = Command::new(petdb)
        .args([
            "--database-url",
            db,
            "db",
            "seed",
            "--owners",
            &owners.to_string(),
            "--rng-seed",
            "1",
        ])
        .status()?;
    ensure!(status.success(), "seeding {db} failed");
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
        if !created.status.success() {
            bail!("cannot create {name}");
        }
        eprintln!("seeding {name} ({owners} owners)…");
        let status = Command::new(petdb)
            .args([
                "--database-url",
                &url,
                "db",
                "seed",
                "--owners",
                &owners.to_string(),
                "--rng-seed",
                "1",
            ])
            .status()?;
        ensure!(status.success(), "seeding {name} failed");
    }
    Ok(Some(url))
}

fn parse_args() -> Result<Options> {
    let mut opts = Options {
        rounds: 15,
        warmup: 3,
        owners: 100_000,
        pg_url: Some("postgres://postgres@127.0.0.1:5432/postgres".into()),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().with_context(|| format!("{a} needs a value"));
        match a.as_str() {
            "--rounds" => opts.rounds = value()?.parse()?,
            "--warmup" => opts.warmup = value()?.parse()?,
            "--owners" => opts.owners = value()?.parse()?,
            "--pg-url" => opts.pg_url = Some(value()?),
            "--no-pg" => opts.pg_url = None,
            "--help" | "-h" => {
                println!(
                    "bench/run [--rounds N] [--warmup N] [--owners N] [--pg-url ADMIN_URL | --no-pg]\n\
                     defaults: 15 rounds, 3 warm-up runs, 100000 owners (the medium set),\n\
                     PostgreSQL at postgres://postgres@127.0.0.1:5432/postgres"
                );
                std::process::exit(0);
            }
            other => bail!("unknown option {other} (see --help)"),
        }
    }
    ensure!(opts.rounds > 0, "--rounds must be at least 1");
    Ok(opts)
}
