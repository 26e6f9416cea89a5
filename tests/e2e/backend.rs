//! The suite really runs on the backend it was asked for.

use crate::common::{Backend, CACHE_VAR, CacheBackend, PG_URL_VAR, TestEnv};

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

/// CI sets `PETDB_TEST_EXPECT_CACHE`; if the Redis run silently used the disk, this fails.
#[test]
fn suite_runs_on_the_expected_cache() {
    let env = TestEnv::new();
    let expected = std::env::var("PETDB_TEST_EXPECT_CACHE")
        .unwrap_or_else(|_| std::env::var(CACHE_VAR).unwrap_or_else(|_| "disk".into()));
    let location = env.ok(&["cache", "path"]);
    match expected.as_str() {
        "redis" => {
            assert!(matches!(env.cache, CacheBackend::Redis { .. }));
            assert!(location.starts_with("redis://"), "{location}");
            env.ok(&["species", "list"]);
            assert!(
                env.redis_keys().iter().any(|k| k.contains(":e:")),
                "nothing reached Redis"
            );
        }
        _ => {
            assert_eq!(env.cache, CacheBackend::Disk);
            assert_eq!(location.trim(), env.cache_dir().display().to_string());
        }
    }
}
