//! Values exactly as the database holds them: each cell of `petdb sql` in csv compared
//! with what the backend's own client (`sqlite3 -csv`, `psql --csv`) prints for it, the
//! JSON form of numbers, dates and specials, column names whatever the row count, cached
//! answers against uncached ones, and the SQLite math functions.

use std::process::Command;

use crate::common::{Backend, TestEnv, has_event};

/// The backend's own client's csv (with header) for `sql` on this bench's database:
/// `sqlite3 -csv -header` (the system shell, SQLite 3.40) or `psql -X --csv` in UTC.
pub fn client_csv(env: &TestEnv, sql: &str) -> String {
    try_client_csv(env, sql).unwrap_or_else(|e| panic!("{e}"))
}

/// [`client_csv`], or the client's error.
pub fn try_client_csv(env: &TestEnv, sql: &str) -> Result<String, String> {
    let out = match env.backend {
        Backend::Sqlite => Command::new("sqlite3")
            .args([
                "-readonly",
                "-bail",
                "-cmd",
                ".timeout 10000",
                "-csv",
                "-header",
                &env.url,
                sql,
            ])
            .output(),
        Backend::Postgres => Command::new("psql")
            .args([
                "-X",
                "-q",
                "--csv",
                "-v",
                "ON_ERROR_STOP=1",
                "-d",
                &env.url,
                "-c",
                sql,
            ])
            .env("PGTZ", "UTC")
            .env("PGCLIENTENCODING", "UTF8")
            .output(),
    }
    .expect("the backend's client is installed");
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() || !stderr.trim().is_empty() {
        return Err(format!("the client failed on {sql}: {stderr}"));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// `petdb --no-cache --format csv sql …`.
pub fn petdb_csv(env: &TestEnv, sql: &str) -> String {
    try_petdb_csv(env, sql).unwrap_or_else(|e| panic!("{e}"))
}

/// [`petdb_csv`], or petdb's error.
pub fn try_petdb_csv(env: &TestEnv, sql: &str) -> Result<String, String> {
    let out = env
        .cmd()
        .args(["--no-cache", "--format", "csv", "sql", sql])
        .output()
        .expect("run petdb");
    if !out.status.success() {
        return Err(format!(
            "petdb failed on {sql}: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("petdb wrote no UTF-8 for {sql}: {e}"))
}

/// RFC 4180 records (an empty line is one empty field, as both clients write a row of
/// one NULL).
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => record.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

/// Does petdb's text of a SQLite REAL (from the bundled SQLite 3.53, 17 significant
/// digits) say what the system `sqlite3` 3.40 printed (15 significant digits, `%!.15g`)?
pub fn same_sqlite_real(petdb: &str, sqlite3: &str) -> bool {
    if petdb == sqlite3 {
        return true;
    }
    let (Ok(ours), Ok(theirs)) = (petdb.parse::<f64>(), sqlite3.parse::<f64>()) else {
        return false;
    };
    let fifteen: f64 = format!("{ours:.14e}").parse().unwrap();
    fifteen == theirs || (fifteen - theirs).abs() <= theirs.abs() * 5e-15
}

/// Does petdb's cell say what psql printed? The same text, except booleans: petdb prints
/// `true`/`false` where psql prints `t`/`f` (documented).
pub fn same_postgres_cell(petdb: &str, psql: &str) -> bool {
    petdb == psql || matches!((petdb, psql), ("true", "t") | ("false", "f"))
}

/// Assert petdb's csv for `sql` equals the client's, cell by cell.
fn same_as_client(env: &TestEnv, sql: &str) {
    let ours = petdb_csv(env, sql);
    let theirs = client_csv(env, sql);
    let (a, b) = (parse_csv(&ours), parse_csv(&theirs));
    assert_eq!(a.len(), b.len(), "{sql}\npetdb:\n{ours}\nclient:\n{theirs}");
    for (row_a, row_b) in a.iter().zip(&b) {
        assert_eq!(
            row_a.len(),
            row_b.len(),
            "{sql}\npetdb:\n{ours}\nclient:\n{theirs}"
        );
        for (x, y) in row_a.iter().zip(row_b) {
            let same = match env.backend {
                Backend::Sqlite => same_sqlite_real(x, y),
                Backend::Postgres => same_postgres_cell(x, y),
            };
            assert!(
                same,
                "{sql}: petdb {x:?}, client {y:?}\npetdb:\n{ours}\nclient:\n{theirs}"
            );
        }
    }
}

#[test]
fn sqlite_has_the_math_functions_of_the_sqlite3_shell() {
    let env = TestEnv::new();
    let row = &env.json(&["sql", "select sqrt(16) AS s, pi() AS p"])[0];
    assert_eq!(row["s"], 4.0);
    assert_eq!(row["p"], std::f64::consts::PI);
    if env.backend == Backend::Sqlite {
        assert_eq!(
            petdb_csv(&env, "select sqrt(16), pi()"),
            "sqrt(16),pi()\n4.0,3.1415926535897931\n"
        );
        let sql = "select pow(2, 10) AS a, ln(1) AS b, log(100) AS c, floor(2.5) AS d, ceil(2.1) AS e, sin(0) AS f, log2(8) AS g, atan2(1, 1) AS h";
        same_as_client(&env, sql);
    }
}

/// petdb takes SQLite's math functions from glibc's libm when first called (src/math.rs),
/// not at start-up: each value is libm's own, to the last bit. The expected values come
/// from libm itself, called by this test (which links it the usual way).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn sqlite_math_functions_are_libm_s_to_the_bit() {
    unsafe extern "C" {
        fn acos(x: f64) -> f64;
        fn acosh(x: f64) -> f64;
        fn asin(x: f64) -> f64;
        fn asinh(x: f64) -> f64;
        fn atan(x: f64) -> f64;
        fn atan2(y: f64, x: f64) -> f64;
        fn atanh(x: f64) -> f64;
        fn cos(x: f64) -> f64;
        fn cosh(x: f64) -> f64;
        fn exp(x: f64) -> f64;
        fn log(x: f64) -> f64;
        fn log10(x: f64) -> f64;
        fn log2(x: f64) -> f64;
        fn pow(x: f64, y: f64) -> f64;
        fn sin(x: f64) -> f64;
        fn sinh(x: f64) -> f64;
        fn tan(x: f64) -> f64;
        fn tanh(x: f64) -> f64;
    }
    let env = TestEnv::new();
    if env.backend != Backend::Sqlite {
        return;
    }
    type Unary = unsafe extern "C" fn(f64) -> f64;
    // SQL name, libm's function, arguments (inside each domain, near its edges too).
    let unary: [(&str, Unary, &[f64]); 16] = [
        ("acos", acos, &[0.3, -0.999_999, 1e-300]),
        ("acosh", acosh, &[1.000_001, 3.0, 1e300]),
        ("asin", asin, &[0.3, -0.999_999, 1e-300]),
        ("asinh", asinh, &[3.0, -1e-8, 1e300]),
        ("atan", atan, &[7.0, -0.5, 1e-300]),
        ("atanh", atanh, &[0.4, -0.999_999, 1e-10]),
        ("cos", cos, &[1e10, 1.234, -0.1]),
        ("cosh", cosh, &[2.0, -0.001, 700.0]),
        ("exp", exp, &[1.1, -745.0, 709.7]),
        ("ln", log, &[3.0, 1e-300, 0.999_999_9]),
        ("log10", log10, &[7.0, 1e-300, 123_456.789]),
        ("log2", log2, &[10.0, 3e-300, 0.3]),
        ("sin", sin, &[1.234, 1e22, -3.0]),
        ("sinh", sinh, &[2.0, -1e-8, 700.0]),
        ("tan", tan, &[0.5, 1.5, -1e10]),
        ("tanh", tanh, &[0.7, -1e-8, 19.0]),
    ];
    let mut calls = Vec::new();
    let mut expected = Vec::new();
    for (name, f, args) in unary {
        for &x in args {
            calls.push(format!("{name}({x:e})"));
            // SAFETY: libm's functions, called as C declares them.
            expected.push(unsafe { f(std::hint::black_box(x)) });
        }
    }
    for (y, x) in [(1.0, 3.0), (-2.5, -0.1), (1e-300, 1e300)] {
        calls.push(format!("atan2({y:e}, {x:e})"));
        // SAFETY: as above.
        expected.push(unsafe { atan2(std::hint::black_box(y), x) });
    }
    for (x, y) in [(2.0, 0.5), (1.0001, 12345.0), (10.0, -300.5), (0.5, 1e3)] {
        calls.push(format!("pow({x:e}, {y:e})"));
        // SAFETY: as above.
        expected.push(unsafe { pow(std::hint::black_box(x), y) });
    }
    let sql = format!("SELECT {}", calls.join(", "));
    let out = env.ok(&["--no-cache", "--no-header", "--format", "csv", "sql", &sql]);
    let got: Vec<f64> = out
        .trim_end()
        .split(',')
        .map(|v| v.parse().unwrap_or_else(|_| panic!("{v:?} in {out}")))
        .collect();
    assert_eq!(got.len(), expected.len(), "{out}");
    for ((call, got), want) in calls.iter().zip(got).zip(expected) {
        assert_eq!(
            got.to_bits(),
            want.to_bits(),
            "{call}: petdb {got:e}, libm {want:e}"
        );
    }
}

#[test]
fn postgres_numbers_keep_every_digit() {
    let env = TestEnv::new();
    if env.backend != Backend::Postgres {
        return;
    }
    let sql = "SELECT 1::numeric/3 AS a, 123456789012345678901234567890::numeric AS b, \
               'NaN'::numeric AS c, 'Infinity'::numeric AS d, '-Infinity'::numeric AS e, \
               12.50::numeric(6,2) AS f, -0.000012 AS g, 0::numeric(10,3) AS h, \
               0.1::float4 AS i, 1234567::float4 AS j, 1e20::float8 AS k, 1.5e-5::float8 AS l, \
               '-0'::float8 AS m, 'NaN'::float8 AS n, 'Infinity'::float8 AS o, \
               '-Infinity'::float4 AS p, 0.1::float8 + 0.2 AS q, 1e15::float8 AS r, \
               1e14::float8 AS s, 2.5e-300::float8 AS t";
    same_as_client(&env, sql);
    let json = env.ok(&["--no-cache", "--format", "json", "sql", sql]);
    for piece in [
        r#""a":0.33333333333333333333,"#,
        r#""b":123456789012345678901234567890,"#,
        r#""c":"NaN","d":"Infinity","e":"-Infinity","#,
        r#""f":12.50,"g":-0.000012,"h":0.000,"#,
        r#""i":0.1,"j":1.234567e+06,"k":1e+20,"l":1.5e-05,"m":-0,"#,
        r#""n":"NaN","o":"Infinity","p":"-Infinity","q":0.30000000000000004,"#,
        r#""r":1e+15,"s":100000000000000,"t":2.5e-300}"#,
    ] {
        assert!(json.contains(piece), "{piece} in {json}");
    }
    serde_json::from_str::<serde_json::Value>(&json).expect("valid JSON");
}

#[test]
fn postgres_dates_and_times_print_as_psql_prints_them() {
    let env = TestEnv::new();
    if env.backend != Backend::Postgres {
        return;
    }
    same_as_client(
        &env,
        "SELECT 'infinity'::date AS a, '-infinity'::date AS b, 'infinity'::timestamp AS c, \
         '-infinity'::timestamp AS d, 'infinity'::timestamptz AS e, '0044-03-15 BC'::date AS f, \
         '4714-11-24 BC'::date AS g, '5874897-12-31'::date AS h, '10000-01-01'::date AS i, \
         '2024-01-02 03:04:05.5'::timestamp AS j, '2024-01-02 03:04:05.5+02'::timestamptz AS k, \
         '0044-03-15 12:00:00.25 BC'::timestamp AS l, '0044-03-15 12:00:00 BC'::timestamptz AS m, \
         '294276-12-31 23:59:59.999999'::timestamp AS n, '1999-12-31 23:59:59.000001'::timestamp AS o, \
         '12:34:56.789'::time AS p, '24:00:00'::time AS q, '12:34:56+05:30'::timetz AS r, \
         '00:00:00-08'::timetz AS s, '1 day -2 hours'::interval AS t, '-1 day +2 hours'::interval AS u, \
         '-1 year -2 mons'::interval AS v, '100 hours'::interval AS w, '-0.5 seconds'::interval AS x, \
         '1 year 2 mons 3 days 04:05:06.5'::interval AS y, '0'::interval AS z",
    );
    let row = &env.json(&[
        "--no-cache",
        "sql",
        "SELECT '0044-03-15 BC'::date AS d, 'infinity'::timestamptz AS t",
    ])[0];
    assert_eq!(row["d"], "0044-03-15 BC");
    assert_eq!(row["t"], "infinity");
}

#[test]
fn postgres_other_types_print_as_psql_prints_them() {
    let env = TestEnv::new();
    if env.backend != Backend::Postgres {
        return;
    }
    same_as_client(
        &env,
        r#"SELECT ARRAY[1, 2, 3] AS a, ARRAY['a b', '', 'NULL', 'x"y', NULL, 'c,d', '{', 'a\b'] AS b,
                  ARRAY[[1, 2], [3, 4]] AS c, '[0:1]={1,2}'::int[] AS d, ARRAY[true, false] AS e,
                  ARRAY[1.50, NULL] AS f, ARRAY[0.1::float4] AS g, '{}'::int[] AS h,
                  ARRAY['2024-01-01'::date] AS i, ARRAY['\xff'::bytea] AS j,
                  '00000000-0000-0000-0000-00000000000a'::uuid AS k, '\xdeadbeef'::bytea AS l,
                  '{"a": [1, 2]}'::json AS m, '{"a": [1,2]}'::jsonb AS n, '192.168.0.1/24'::inet AS o,
                  '::ffff:1.2.3.4'::inet AS p, '10.0.0.0/8'::cidr AS q, '2001:db8::1'::inet AS r,
                  'pg_class'::regclass::oid AS s, 'r'::"char" AS t, B'0101' AS u,
                  '08:00:2b:01:02:03'::macaddr AS v, ROW(1, 'a b', NULL) AS w, 'x'::char(3) AS x,
                  'a'::name AS y, '1 2'::int2vector AS z, true AS bool"#,
    );
    let err = env.fails(&["sql", "SELECT 12.5::money AS m"], 1);
    assert!(err.contains("money") && err.contains("cast it"), "{err}");
}

#[test]
fn booleans_print_true_and_false_where_psql_prints_t_and_f() {
    let env = TestEnv::new();
    if env.backend != Backend::Postgres {
        return;
    }
    let sql = "SELECT true AS a, false AS b";
    assert_eq!(client_csv(&env, sql), "a,b\nt,f\n");
    assert_eq!(petdb_csv(&env, sql), "a,b\ntrue,false\n");
}

#[test]
fn sqlite_reals_print_as_sqlite_prints_them() {
    let env = TestEnv::seeded(1);
    if env.backend != Backend::Sqlite {
        return;
    }
    let values = [
        "0.1 + 0.2",
        "1e20",
        "1.0",
        "-0.0",
        "1e-7",
        "9007199254740993.0",
        "1.0 / 3",
        "9e999",
        "-9e999",
        "1e15",
        "123456789.123",
        "2.5e-300",
    ];
    let select = |wrap: &dyn Fn(&str) -> String| {
        let cols: Vec<String> = values
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{} AS c{i}", wrap(v)))
            .collect();
        format!("SELECT {}", cols.join(", "))
    };
    let plain = select(&|v| v.to_owned());
    let cast = select(&|v| format!("CAST({v} AS TEXT)"));
    // Exactly the bundled library's own text, which CAST gives inside petdb …
    let ours = petdb_csv(&env, &plain);
    assert_eq!(ours, petdb_csv(&env, &cast));
    assert!(
        ours.ends_with(
            "\n0.30000000000000004,1.0e+20,1.0,0.0,1.0e-07,9007199254740992.0,0.33333333333333332,\
             Inf,-Inf,1000000000000000.0,123456789.123,2.5e-300\n"
        ),
        "{ours}"
    );
    // … which says what the system sqlite3 (3.40, 15 digits) prints.
    same_as_client(&env, &plain);
    // JSON: the same digits as numbers; the infinities as strings.
    let json = env.ok(&["--no-cache", "--format", "json", "sql", &plain]);
    assert!(
        json.contains(r#""c0":0.30000000000000004,"c1":1.0e+20,"c2":1.0,"#)
            && json.contains(r#""c7":"Infinity","c8":"-Infinity","#),
        "{json}"
    );
    serde_json::from_str::<serde_json::Value>(&json).expect("valid JSON");
    // Reals read from a table, not only computed.
    same_as_client(
        &env,
        "SELECT cost_cents / 3.0 AS a, cost_cents * 1.0 AS b, avg(cost_cents) AS c FROM procedures GROUP BY id ORDER BY id LIMIT 20",
    );
}

#[test]
fn sqlite_text_nulls_and_blobs() {
    let env = TestEnv::seeded(1);
    if env.backend != Backend::Sqlite {
        return;
    }
    let sql = "SELECT '' AS a, NULL AS b, 'a b' AS c, 'it''s' AS d, 'é ✓' AS e, 'x,\"y\"\nz' AS f";
    same_as_client(&env, sql);
    // NULL is an empty field, '' is "" — as sqlite3 -csv writes them.
    assert!(petdb_csv(&env, sql).starts_with("a,b,c,d,e,f\n\"\",,"));
    let (a, b) = (client_csv(&env, sql), petdb_csv(&env, sql));
    assert!(a.starts_with("a,b,c,d,e,f\n\"\",,"), "{a}");
    assert_eq!(parse_csv(&a), parse_csv(&b));
    // BLOBs: \x hex (sqlite3 -csv writes the raw bytes).
    assert_eq!(petdb_csv(&env, "SELECT x'41ff00' AS b"), "b\n\\x41ff00\n");
}

#[test]
fn duplicate_column_names_do_not_depend_on_the_row_count() {
    let env = TestEnv::seeded(2);
    for format in ["csv", "tsv", "json"] {
        let some = env.ok(&[
            "--no-cache",
            "--format",
            format,
            "sql",
            "SELECT id AS a, name AS a, 3 AS b FROM species WHERE id = 1",
        ]);
        let none = env.ok(&[
            "--no-cache",
            "--format",
            format,
            "sql",
            "SELECT id AS a, name AS a, 3 AS b FROM species WHERE id < 0",
        ]);
        match format {
            "csv" => {
                assert!(some.starts_with("a,a,b\n"), "{some}");
                assert_eq!(none, "a,a,b\n");
            }
            "tsv" => assert_eq!(none, "a\ta\tb\n"),
            _ => assert_eq!(none, "[]\n"),
        }
    }
    // The same names as the backend's client gives the non-empty result.
    let sql = "SELECT s.*, t.* FROM species s JOIN species t ON t.id = s.id WHERE s.id = 1";
    let header = |csv: &str| csv.lines().next().unwrap().to_owned();
    assert_eq!(
        header(&petdb_csv(&env, sql)),
        header(&client_csv(&env, sql))
    );
    assert_eq!(
        petdb_csv(&env, &sql.replace("s.id = 1", "s.id < 0")),
        "id,name,description,id,name,description\n"
    );
    // Cached: the empty result keeps its names.
    let empty = "SELECT id AS a, name AS a FROM species WHERE id < 0";
    env.ok(&["--format", "csv", "sql", empty]);
    let (out, stderr) = env.echo(&["--format", "csv", "sql", empty]);
    assert!(has_event(&stderr, "hit"), "{stderr}");
    assert_eq!(out, "a,a\n");
}

#[test]
fn a_cached_answer_equals_the_uncached_one() {
    let env = TestEnv::seeded(3);
    let sql = match env.backend {
        Backend::Sqlite => {
            "SELECT p.id, p.name, 0.1 + 0.2 AS r, 1e20 AS big, -0.0 AS z, 9e999 AS inf, '' AS empty, \
             NULL AS n, x'00ff' AS blob, sqrt(2) AS root, avg(x.cost_cents) AS mean \
             FROM pets p LEFT JOIN procedures x ON x.pet_id = p.id GROUP BY p.id ORDER BY p.id"
        }
        Backend::Postgres => {
            "SELECT p.id, p.name, 1::numeric / 3 AS r, 1e20::float8 AS big, '-0'::float8 AS z, \
             'Infinity'::float8 AS inf, 'NaN'::numeric AS nan, '' AS empty, NULL AS n, \
             '\\x00ff'::bytea AS blob, ARRAY[p.id, NULL] AS arr, \
             avg(x.cost_cents) AS mean, 0.1::float4 AS f4, p.id > 1 AS b \
             FROM pets p LEFT JOIN procedures x ON x.pet_id = p.id GROUP BY p.id ORDER BY p.id"
        }
    };
    for format in ["csv", "json", "tsv", "table"] {
        let uncached = env.ok(&["--no-cache", "--format", format, "sql", sql]);
        let (_, stderr) = env.echo(&["--format", format, "sql", sql]);
        assert!(
            has_event(&stderr, "fill") || has_event(&stderr, "hit"),
            "{stderr}"
        );
        let (hit, stderr) = env.echo(&["--format", format, "sql", sql]);
        assert!(has_event(&stderr, "hit"), "{stderr}");
        assert_eq!(hit, uncached, "{format}");
    }
}
