//! Differential test: a few hundred generated read-only queries (seeded, deterministic)
//! over literal expressions and the seeded clinic data, each run through
//! `petdb --no-cache --format csv sql` and through the backend's own client
//! (`sqlite3 -csv -header`, `psql -X --csv` in UTC), compared cell by cell.
//!
//! Allowed differences, as the README documents them: PostgreSQL booleans (petdb
//! `true`/`false`, psql `t`/`f`); SQLite reals, which petdb prints with the bundled SQLite
//! 3.53 (17 significant digits) where the system `sqlite3` 3.40 prints 15 — they must
//! agree to 15 digits. Every column is aliased: petdb runs the statement as sqlparser
//! renders it, so an unaliased expression may be named differently.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::common::{Backend, TestEnv};
use crate::values::{
    parse_csv, same_postgres_cell, same_sqlite_real, try_client_csv, try_petdb_csv,
};

/// How many queries, and the seed they are generated from.
const QUERIES: usize = 300;
const SEED: u64 = 12;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ty {
    Int,
    Real,
    Text,
    Date,
    /// PostgreSQL numeric; decimal literals (REAL) on SQLite.
    Numeric,
    Bool,
}

const TYPES: [Ty; 6] = [Ty::Int, Ty::Real, Ty::Text, Ty::Date, Ty::Numeric, Ty::Bool];

struct Gen {
    rng: ChaCha8Rng,
    pg: bool,
    /// Columns usable as leaves (in a query over the clinic's tables).
    columns: Vec<(Ty, &'static str)>,
}

const TEXTS: &[&str] = &[
    "",
    "a",
    "Rex",
    "O'Brien",
    "say \"hi\"",
    "a,b",
    "line1\nline2",
    "cr\r\nlf",
    "tab\there",
    "é",
    "✓ done",
    "日本語",
    "🐶",
    " lead",
    "trail ",
    "NULL",
    "\\.",
    "x\\y",
    "  ",
    "{1,2}",
    "0.10",
];

const EDGE_INTS: &[&str] = &[
    "0",
    "1",
    "-1",
    "42",
    "2147483647",
    "-2147483648",
    "4294967296",
    "9223372036854775807",
    "-9223372036854775807",
];

const EDGE_REALS: &[&str] = &[
    "0.1",
    "0.5",
    "1.0",
    "-0.0",
    "1e20",
    "1e-7",
    "1.5e-5",
    "9007199254740993.0",
    "1e308",
    "2.2250738585072014e-308",
    "5e-324",
    "123456789012345.678",
    "1e15",
    "1e16",
    "100.0",
    "-2.5",
    "3.141592653589793",
    "0.30000000000000004",
    "1e100",
    "65536.125",
];

impl Gen {
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.rng.random_range(0..xs.len())]
    }

    fn chance(&mut self, percent: u32) -> bool {
        self.rng.random_range(0..100) < percent
    }

    fn quote(s: &str) -> String {
        format!("'{}'", s.replace('\'', "''"))
    }

    fn small_int(&mut self) -> String {
        self.rng.random_range(-1000i64..=1000).to_string()
    }

    fn nonzero_small(&mut self) -> String {
        let n = self.rng.random_range(1i64..=97);
        if self.chance(30) {
            format!("(-{n})")
        } else {
            n.to_string()
        }
    }

    /// A real in -50..50 with a few decimals: safe inside functions and arithmetic.
    fn small_real(&mut self) -> String {
        let v = self.rng.random_range(-50_000i64..=50_000) as f64 / 1000.0;
        self.real_literal(&format!("{v:?}"))
    }

    fn real_literal(&mut self, text: &str) -> String {
        if !self.pg {
            return if text.starts_with('-') {
                format!("({text})")
            } else {
                text.to_owned()
            };
        }
        let fits_float4 = text
            .parse::<f64>()
            .map_or(true, |v| v == 0.0 || (1e-30..1e30).contains(&v.abs()));
        if fits_float4 && self.chance(15) {
            format!("CAST('{text}' AS real)")
        } else {
            format!("CAST('{text}' AS double precision)")
        }
    }

    fn random_real(&mut self) -> String {
        let mantissa = self.rng.random_range(1u64..=999_999_999);
        let exp = self.rng.random_range(-40i32..=40);
        let sign = if self.chance(30) { "-" } else { "" };
        let text = format!("{sign}{mantissa}e{exp}");
        self.real_literal(&text)
    }

    fn null(&self, ty: Ty) -> String {
        if !self.pg {
            return "NULL".to_owned();
        }
        let t = match ty {
            Ty::Int => "bigint",
            Ty::Real => "double precision",
            Ty::Text => "text",
            Ty::Date => "date",
            Ty::Numeric => "numeric",
            Ty::Bool => "boolean",
        };
        format!("CAST(NULL AS {t})")
    }

    fn leaf(&mut self, ty: Ty) -> String {
        if self.chance(8) {
            return self.null(ty);
        }
        if self.chance(35) {
            let cols: Vec<&'static str> = self
                .columns
                .iter()
                .filter(|(t, _)| *t == ty)
                .map(|(_, c)| *c)
                .collect();
            if !cols.is_empty() {
                return self.pick(&cols).to_owned();
            }
        }
        match ty {
            Ty::Int => {
                if self.chance(30) {
                    let i = self.pick(EDGE_INTS);
                    if i.starts_with('-') {
                        format!("({i})")
                    } else {
                        i.to_owned()
                    }
                } else {
                    let s = self.small_int();
                    if s.starts_with('-') {
                        format!("({s})")
                    } else {
                        s
                    }
                }
            }
            Ty::Real => {
                if self.chance(10) {
                    if self.pg {
                        let special = self.pick(&["NaN", "Infinity", "-Infinity"]);
                        self.real_literal(special)
                    } else {
                        self.pick(&["9e999", "(-9e999)"]).to_owned()
                    }
                } else if self.chance(50) {
                    let e = self.pick(EDGE_REALS);
                    self.real_literal(e)
                } else {
                    self.random_real()
                }
            }
            Ty::Text => Self::quote(self.pick(TEXTS)),
            Ty::Date => self.date(),
            Ty::Numeric => {
                let int = self.rng.random_range(0u64..=999_999);
                let frac_len = self.rng.random_range(0usize..=6);
                let frac: String = (0..frac_len)
                    .map(|_| char::from(b'0' + self.rng.random_range(0u8..10)))
                    .collect();
                let sign = if self.chance(25) { "-" } else { "" };
                let mut lit = if frac.is_empty() {
                    format!("{int}.0")
                } else {
                    format!("{int}.{frac}")
                };
                if self.pg && self.chance(15) {
                    lit = self
                        .pick(&[
                            "123456789012345678901234567890.123456789",
                            "NaN",
                            "Infinity",
                            "-Infinity",
                            "0.000000001",
                        ])
                        .to_owned();
                    return format!("CAST('{lit}' AS numeric)");
                }
                if self.pg {
                    format!("CAST('{sign}{lit}' AS numeric)")
                } else if sign.is_empty() {
                    lit
                } else {
                    format!("(-{lit})")
                }
            }
            Ty::Bool => {
                let (a, b) = (self.small_int(), self.small_int());
                format!("({a}) < ({b})")
            }
        }
    }

    fn date(&mut self) -> String {
        let y = self.rng.random_range(1900..=2100);
        let m = self.rng.random_range(1..=12);
        let d = self.rng.random_range(1..=28);
        let h = self.rng.random_range(0..24);
        let mi = self.rng.random_range(0..60);
        let micros = self.rng.random_range(0..1_000_000);
        if !self.pg {
            return match self.rng.random_range(0..5) {
                0 => format!(
                    "date('{y:04}-{m:02}-{d:02}', '+{} days')",
                    self.rng.random_range(0..400)
                ),
                1 => format!(
                    "datetime('{y:04}-{m:02}-{d:02} {h:02}:{mi:02}:00', '+{} minutes')",
                    self.rng.random_range(0..10_000)
                ),
                2 => format!("julianday('{y:04}-{m:02}-{d:02}')"),
                3 => format!(
                    "strftime('%Y-%m-%d %H:%M:%f', '{y:04}-{m:02}-{d:02} {h:02}:{mi:02}:05.{:03}')",
                    micros / 1000
                ),
                _ => format!("'{y:04}-{m:02}-{d:02}'"),
            };
        }
        match self.rng.random_range(0..9) {
            0 => format!(
                "DATE '{y:04}-{m:02}-{d:02}' + {}",
                self.rng.random_range(-400..400)
            ),
            1 => format!("TIMESTAMP '{y:04}-{m:02}-{d:02} {h:02}:{mi:02}:07.{micros:06}'"),
            2 => format!("CAST('{y:04}-{m:02}-{d:02} {h:02}:{mi:02}:00+05:30' AS timestamptz)"),
            3 => self
                .pick(&[
                    "DATE 'infinity'",
                    "DATE '-infinity'",
                    "TIMESTAMP 'infinity'",
                    "CAST('-infinity' AS timestamptz)",
                    "DATE '0044-03-15 BC'",
                    "TIMESTAMP '0001-01-01 00:00:00 BC'",
                    "DATE '12345-06-07'",
                ])
                .to_owned(),
            4 => format!(
                "INTERVAL '{} days {} hours {} minutes'",
                self.rng.random_range(-40..40),
                self.rng.random_range(-30..30),
                self.rng.random_range(-90..90)
            ),
            5 => format!("TIME '{h:02}:{mi:02}:33.{micros:06}'"),
            6 => format!("CAST('{h:02}:{mi:02}:00-08' AS timetz)"),
            7 => format!(
                "TIMESTAMP '{y:04}-{m:02}-{d:02} 00:00:00' + INTERVAL '{} seconds'",
                self.rng.random_range(-100_000..100_000)
            ),
            _ => format!("DATE '{y:04}-{m:02}-{d:02}'"),
        }
    }

    fn expr(&mut self, ty: Ty, depth: u32) -> String {
        if depth >= 3 || self.chance(40) {
            return self.leaf(ty);
        }
        let d = depth + 1;
        // (PostgreSQL's CASE needs one type: not dates, times and intervals mixed.)
        if self.chance(12) && ty != Ty::Bool && ty != Ty::Date {
            let cond = self.expr(Ty::Bool, d);
            let (a, b) = (self.expr(ty, d), self.expr(ty, d));
            return format!("CASE WHEN {cond} THEN {a} ELSE {b} END");
        }
        match ty {
            Ty::Int => match self.rng.random_range(0..6) {
                0 => format!("{} + {}", self.small_int(), self.small_int()),
                1 => format!("({}) * ({})", self.small_int(), self.small_int()),
                2 => format!("length({})", self.expr(Ty::Text, d)),
                3 => format!("abs({})", self.small_int()),
                4 => format!("({}) % {}", self.small_int(), self.nonzero_small()),
                _ => format!("({}) / {}", self.small_int(), self.nonzero_small()),
            },
            Ty::Real => {
                let s = self.small_real();
                match self.rng.random_range(0..14) {
                    0 => format!("sqrt(abs({s}))"),
                    1 => format!("power({s}, {})", self.rng.random_range(0..6)),
                    2 => format!("ln(abs({s}) + 1)"),
                    3 => format!("exp({s} / 10)"),
                    4 => format!("floor({s})"),
                    5 => format!("ceil({s})"),
                    6 => format!("sin({s})"),
                    7 => format!("cos({s})"),
                    8 => "pi()".to_owned(),
                    9 => format!("{s} + {}", self.small_real()),
                    10 => format!("{s} * {}", self.small_real()),
                    11 => format!("{} / {}", self.leaf(Ty::Real), self.nonzero_small()),
                    12 => format!("round({s})"),
                    _ => format!("abs({})", self.leaf(Ty::Real)),
                }
            }
            Ty::Text => match self.rng.random_range(0..8) {
                0 => format!("upper({})", self.expr(Ty::Text, d)),
                1 => format!("lower({})", self.expr(Ty::Text, d)),
                2 => format!("trim({})", self.expr(Ty::Text, d)),
                3 => format!(
                    "substr({}, {}, {})",
                    self.expr(Ty::Text, d),
                    self.rng.random_range(1..5),
                    self.rng.random_range(0..6)
                ),
                4 => format!("replace({}, 'a', 'A,\"')", self.expr(Ty::Text, d)),
                5 => format!("{} || {}", self.expr(Ty::Text, d), self.expr(Ty::Text, d)),
                6 => format!("CAST({} AS TEXT)", self.expr(Ty::Int, d)),
                _ => format!("coalesce({}, 'none')", self.expr(Ty::Text, d)),
            },
            Ty::Numeric => {
                let a = self.leaf(Ty::Numeric);
                match self.rng.random_range(0..6) {
                    0 => format!("{a} / {}", self.nonzero_small()),
                    1 => format!("round({a}, {})", self.rng.random_range(0..4)),
                    2 => format!("{a} * {}", self.leaf(Ty::Numeric)),
                    3 => format!("{a} + {}", self.leaf(Ty::Numeric)),
                    4 => format!("abs({a})"),
                    _ => format!("{a} - {}", self.small_int()),
                }
            }
            Ty::Date => self.leaf(Ty::Date),
            Ty::Bool => match self.rng.random_range(0..4) {
                0 => format!("{} = {}", self.expr(Ty::Text, d), self.expr(Ty::Text, d)),
                1 => format!("{} IS NULL", self.expr(Ty::Text, d)),
                2 => format!("({}) > ({})", self.small_real(), self.small_real()),
                _ => self.leaf(Ty::Bool),
            },
        }
    }

    fn select_list(&mut self, n: usize) -> Vec<String> {
        (0..n)
            .map(|i| {
                let ty = self.pick(&TYPES);
                format!("{} AS c{i}", self.expr(ty, 0))
            })
            .collect()
    }

    fn literal_query(&mut self) -> String {
        self.columns.clear();
        let n = self.rng.random_range(1..=6);
        format!("SELECT {}", self.select_list(n).join(", "))
    }

    fn table_query(&mut self) -> String {
        let m = self.rng.random_range(1..5);
        let (r, limit) = (self.rng.random_range(0..m), self.rng.random_range(1..40));
        match self.rng.random_range(0..5) {
            0 => {
                self.columns = vec![
                    (Ty::Int, "p.id"),
                    (Ty::Int, "p.owner_id"),
                    (Ty::Text, "p.name"),
                    (Ty::Text, "s.name"),
                    (Ty::Date, "p.birth_date"),
                ];
                let n = self.rng.random_range(1..=5);
                format!(
                    "SELECT p.id AS id, {} FROM pets p JOIN species s ON s.id = p.species_id \
                     WHERE p.id % {m} = {r} ORDER BY p.id LIMIT {limit}",
                    self.select_list(n).join(", ")
                )
            }
            1 => {
                self.columns = vec![
                    (Ty::Int, "o.id"),
                    (Ty::Text, "o.name"),
                    (Ty::Text, "o.email"),
                    (Ty::Text, "o.phone"),
                    (Ty::Date, "o.created_at"),
                ];
                let n = self.rng.random_range(1..=5);
                format!(
                    "SELECT o.id AS id, o.name AS name, o.email AS email, {} FROM owners o \
                     ORDER BY o.id LIMIT {limit}",
                    self.select_list(n).join(", ")
                )
            }
            2 => {
                self.columns = vec![
                    (Ty::Int, "x.cost_cents"),
                    (Ty::Int, "x.pet_id"),
                    (Ty::Text, "x.kind"),
                    (Ty::Text, "x.notes"),
                    (Ty::Date, "x.performed_at"),
                ];
                let n = self.rng.random_range(1..=4);
                let money = if self.pg {
                    "x.cost_cents / 100.0 AS eur, CAST(x.cost_cents AS double precision) / 3 AS third, CAST(x.cost_cents AS numeric) / 7 AS seventh"
                } else {
                    "x.cost_cents / 100.0 AS eur, CAST(x.cost_cents AS REAL) / 3 AS third, round(x.cost_cents / 7.0, 2) AS seventh"
                };
                format!(
                    "SELECT x.id AS id, {money}, {} FROM procedures x WHERE x.id % {m} = {r} \
                     ORDER BY x.id LIMIT {limit}",
                    self.select_list(n).join(", ")
                )
            }
            3 => {
                self.columns.clear();
                "SELECT x.kind AS kind, count(*) AS n, sum(x.cost_cents) AS total, \
                     avg(x.cost_cents) AS mean, min(x.performed_at) AS first, \
                     max(x.notes) AS last_note, avg(x.cost_cents / 100.0) AS mean_eur, \
                     sum(CASE WHEN x.notes IS NULL THEN 1 ELSE 0 END) AS no_notes \
                     FROM procedures x GROUP BY x.kind ORDER BY x.kind"
                    .to_owned()
            }
            _ => {
                self.columns.clear();
                format!(
                    "SELECT o.id AS id, count(p.id) AS pets, min(p.name) AS first_pet, \
                     max(p.birth_date) AS youngest, avg(p.id) AS mean_pet_id \
                     FROM owners o LEFT JOIN pets p ON p.owner_id = o.id \
                     GROUP BY o.id ORDER BY o.id LIMIT {limit}"
                )
            }
        }
    }
}

/// The cells of a csv, or why they differ from the client's.
fn compare(backend: Backend, ours: &str, theirs: &str) -> Result<usize, String> {
    let (a, b) = (parse_csv(ours), parse_csv(theirs));
    if a.len() != b.len() {
        return Err(format!(
            "{} rows from petdb, {} from the client",
            a.len(),
            b.len()
        ));
    }
    let mut cells = 0;
    for (i, (ra, rb)) in a.iter().zip(&b).enumerate() {
        if ra.len() != rb.len() {
            return Err(format!(
                "row {i}: {} cells from petdb, {} from the client",
                ra.len(),
                rb.len()
            ));
        }
        for (j, (x, y)) in ra.iter().zip(rb).enumerate() {
            let same = match backend {
                Backend::Sqlite => same_sqlite_real(x, y),
                Backend::Postgres => same_postgres_cell(x, y),
            };
            if !same {
                return Err(format!("row {i} column {j}: petdb {x:?}, client {y:?}"));
            }
            cells += 1;
        }
    }
    Ok(cells)
}

/// The client's csv for each of `queries`. psql starts slowly (~0.1 s), so on PostgreSQL
/// one psql runs them all, a marker line between results; a query whose output is
/// missing is run again alone (which reports its error).
fn client_outputs(env: &TestEnv, queries: &[String]) -> Vec<Result<String, String>> {
    const MARK: &str = "@@petdb-differential-end-of-result@@";
    let alone = || queries.iter().map(|q| try_client_csv(env, q)).collect();
    if env.backend != Backend::Postgres {
        return alone();
    }
    let mut cmd = std::process::Command::new("psql");
    cmd.args(["-X", "-q", "--csv", "-d", &env.url])
        .env("PGTZ", "UTC")
        .env("PGCLIENTENCODING", "UTF8");
    for q in queries {
        cmd.arg("-c").arg(q).arg("-c").arg(format!("\\echo {MARK}"));
    }
    let out = cmd.output().expect("psql is installed");
    if !out.status.success() || !out.stderr.is_empty() {
        return alone();
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    let parts: Vec<String> = stdout
        .split_terminator(&format!("{MARK}\n"))
        .map(str::to_owned)
        .collect();
    if parts.len() != queries.len() {
        return alone();
    }
    parts.into_iter().map(Ok).collect()
}

#[test]
fn generated_queries_read_as_the_backends_own_client_reads_them() {
    let env = TestEnv::seeded(25);
    let pg = env.backend == Backend::Postgres;
    let mut generator = Gen {
        rng: ChaCha8Rng::seed_from_u64(SEED),
        pg,
        columns: Vec::new(),
    };
    let queries: Vec<String> = (0..QUERIES)
        .map(|i| {
            if i % 5 < 3 {
                generator.literal_query()
            } else {
                generator.table_query()
            }
        })
        .collect();

    // Two at a time: each query is two short processes.
    let results: Vec<(String, Result<usize, String>)> = std::thread::scope(|scope| {
        let halves: Vec<_> = queries
            .chunks(queries.len().div_ceil(2))
            .map(|chunk| {
                let env = &env;
                scope.spawn(move || {
                    chunk
                        .iter()
                        .zip(client_outputs(env, chunk))
                        .map(|(sql, theirs)| {
                            let verdict = try_petdb_csv(env, sql).and_then(|ours| {
                                let theirs = theirs.or_else(|_| try_client_csv(env, sql))?;
                                compare(env.backend, &ours, &theirs).map_err(|why| {
                                    format!("{why}\n--- petdb:\n{ours}--- client:\n{theirs}")
                                })
                            });
                            (sql.clone(), verdict)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        halves.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });

    let cells: usize = results.iter().filter_map(|(_, r)| r.as_ref().ok()).sum();
    let failures: Vec<String> = results
        .iter()
        .filter_map(|(sql, r)| r.as_ref().err().map(|why| format!("{sql}\n{why}")))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {QUERIES} queries differ from the client:\n\n{}",
        failures.len(),
        failures
            .iter()
            .take(8)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
    assert!(cells > 2000, "only {cells} cells compared");
}
