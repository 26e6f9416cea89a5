//! Helpers for the `petdb sql` analysis tests: run with `-v` and read the cache events,
//! and compare what the cache answers with what the database answers (`--no-cache`).

use crate::common::{TestEnv, cache_events};

/// `petdb -v sql …` in csv: (stdout, cache events). Fails the test if petdb fails.
pub fn run(env: &TestEnv, sql: &str, params: &[&str]) -> (String, Vec<String>) {
    let out = env
        .cmd()
        .args(["-v", "--format", "csv", "sql", sql])
        .args(param_args(params))
        .output()
        .expect("run petdb");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "petdb sql {sql:?} failed: {stderr}");
    (
        String::from_utf8(out.stdout).expect("utf-8"),
        cache_events(&stderr),
    )
}

/// What the database itself answers now (`--no-cache`), in csv.
pub fn truth(env: &TestEnv, sql: &str, params: &[&str]) -> String {
    let mut args = vec!["--no-cache", "--format", "csv", "sql", sql];
    let extra = param_args(params);
    args.extend(extra.iter().map(String::as_str));
    env.ok(&args)
}

/// `--param x` for each value (`NULL` binds NULL).
fn param_args(params: &[&str]) -> Vec<String> {
    let mut v = Vec::new();
    for p in params {
        if *p == "NULL" {
            v.push("--param-null".to_owned());
        } else {
            v.push("--param".to_owned());
            v.push((*p).to_owned());
        }
    }
    v
}

pub fn has(events: &[String], kind: &str) -> bool {
    events.iter().any(|e| e.starts_with(kind))
}

/// The reason given by the `skip` event, if any.
pub fn skip_reason(events: &[String]) -> Option<String> {
    events.iter().find(|e| e.starts_with("skip")).cloned()
}

/// Run `sql` twice: both times it must run uncached — a `skip` event naming a reason that
/// contains `why`, no hit, no fill — and answer what the database answers.
pub fn assert_never_cached(env: &TestEnv, sql: &str, params: &[&str], why: &str) {
    for _ in 0..2 {
        let (_, events) = run(env, sql, params);
        let skip =
            skip_reason(&events).unwrap_or_else(|| panic!("{sql:?} was not skipped: {events:?}"));
        assert!(
            skip.to_lowercase().contains(&why.to_lowercase()),
            "{sql:?}: the reason should mention {why:?}: {skip}"
        );
        assert!(
            !has(&events, "hit") && !has(&events, "fill"),
            "{sql:?}: {events:?}"
        );
    }
}

/// Run `sql` until it is cached (fill, then hit), apply `write`, and check that what
/// petdb prints afterwards is what the database says — and that it differs from before
/// when `changes` (so the write really mattered).
pub fn assert_cached_then_fresh(
    env: &TestEnv,
    sql: &str,
    params: &[&str],
    write: impl Fn(),
    changes: bool,
) {
    let (before, events) = run(env, sql, params);
    assert!(has(&events, "fill"), "{sql:?} was not cached: {events:?}");
    assert_eq!(before, truth(env, sql, params), "{sql:?}");
    let (again, events) = run(env, sql, params);
    assert!(has(&events, "hit"), "{sql:?}: {events:?}");
    assert_eq!(again, before, "{sql:?}");
    write();
    let (after, events) = run(env, sql, params);
    assert_eq!(
        after,
        truth(env, sql, params),
        "{sql:?} answered from a stale entry: {events:?}"
    );
    if changes {
        assert_ne!(
            after, before,
            "{sql:?}: the write should have changed the answer"
        );
    }
}
