//! The suite really runs on the backend it was asked for.

use crate::common::{Backend, PG_URL_VAR, TestEnv};

/// CI sets `PETDB_TEST_EXPECT_BACKEND`; if PostgreSQL were silently skipped, this fails.
#[test]
fn suite_runs_on_the_expected_backend() {
    let env = TestEnv::new();
    let status = env.json(&["db", "status"]);
    let reported = status["backend"].as_str().unwrap().to_owned();
    let expected = std::env::var("PETDB_TEST_EXPECT_BACKEND").unwrap_or_else(|_| {
        if std::env::var(PG_URL_VAR).is_ok_and(|v| !v.is_empty()) {
            "postgres"
        } else {
            "sqlite"
        }
        .into()
    });
    assert_eq!(reported, expected);
    assert_eq!(env.backend == Backend::Postgres, expected == "postgres");
}
