//! End-to-end tests: the real `petdb` binary against a private database, on SQLite by
//! default and on PostgreSQL when `PETDB_TEST_PG_URL` is set (`.ci/run` runs both).

mod backend;
mod cache;
mod cache_disk;
mod cache_redis;
mod cache_safety;
mod cache_tools;
mod common;
mod completions;
mod config;
mod db;
mod differential;
mod echo;
mod errors;
mod freshness;
mod import;
mod invalidation;
mod load;
mod output;
mod owners;
mod pets;
mod procedures;
mod reliability;
mod reports;
mod species;
mod sql;
mod sql_keys;
mod sql_scope;
mod sql_support;
mod sql_text;
mod sql_volatile;
mod validity;
mod values;
mod watch;
