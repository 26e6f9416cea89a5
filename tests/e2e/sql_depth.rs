//! Statements nested deeper than petdb analyses (a chain `1+1+…+1`, parentheses,
//! subqueries, CASE) are refused before they are parsed: one line naming the limit, exit 2,
//! no crash (the issue: a 10,000-term chain overflowed the stack, exit 134; 300,000 terms
//! ran for over a minute). Nothing is written to the database or the cache.

use crate::common::TestEnv;

fn chain(terms: usize) -> String {
    format!("SELECT {} AS x", vec!["1"; terms].join("+"))
}

fn nested(open: &str, inner: &str, close: &str, n: usize) -> String {
    format!("{}{inner}{}", open.repeat(n), close.repeat(n))
}

/// Exit 2, one line on stderr naming the limit, nothing on stdout.
fn assert_refused(env: &TestEnv, args: &[&str], what: &str) {
    let out = env.cmd().args(args).output().expect("run petdb");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{what}: {stderr}");
    assert!(out.stdout.is_empty(), "{what}");
    assert_eq!(stderr.lines().count(), 1, "{what}: {stderr}");
    assert!(
        stderr.contains("nests too deeply") && stderr.contains("1000 levels"),
        "{what}: {stderr}"
    );
}

#[test]
fn deep_statements_are_refused_with_one_line() {
    let env = TestEnv::seeded(2);
    let before = env.snapshot();
    let statements = [
        ("a 2,000-term chain", chain(2_000)),
        ("a 10,000-term chain", chain(10_000)),
        ("a 100,000-term chain", chain(100_000)),
        (
            "10,000 parentheses",
            format!("SELECT {} AS x", nested("(", "1", ")", 10_000)),
        ),
        (
            "5,000 nested subqueries",
            format!("SELECT {} AS x", nested("(SELECT ", "1", ")", 5_000)),
        ),
        (
            "5,000 nested CASE",
            format!(
                "SELECT {} AS x",
                nested("CASE WHEN 1 = 1 THEN ", "1", " END", 5_000)
            ),
        ),
        (
            "2,000 chained UNIONs",
            vec!["SELECT 1 AS x"; 2_000].join(" UNION "),
        ),
    ];
    for (what, sql) in &statements {
        let file = env.path("deep.sql");
        std::fs::write(&file, sql).unwrap();
        let file = file.display().to_string();
        assert_refused(&env, &["sql", "-f", &file], what);
        assert_refused(&env, &["cache", "explain", "sql", "-f", &file], what);
        if sql.len() < 100_000 {
            assert_refused(&env, &["sql", sql], what);
            assert_refused(&env, &["cache", "explain", "sql", sql], what);
        }
    }
    assert_eq!(env.snapshot(), before, "the database changed");
    let listed = env.ok(&["--format", "csv", "cache", "list"]);
    assert_eq!(listed.lines().count(), 1, "the cache changed: {listed}");
}

/// Up to the limit, a chain is analysed and cached as any statement.
#[test]
fn a_long_chain_within_the_limit_is_cached() {
    let env = TestEnv::seeded(2);
    let sql = chain(900);
    let (cached, events) = env.agrees(&["--format", "csv", "sql", &sql]);
    assert_eq!(cached, "x\n900\n");
    assert!(events.contains("fill"), "{events}");
}
