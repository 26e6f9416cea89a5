//! The database: which one ([`target`]), how to reach it ([`connection`]), its schema
//! and migrations, the reads and writes petdb runs on it, and seeding.

pub(crate) mod adhoc;
pub(crate) mod catalog;
pub mod connection;
pub(crate) mod database;
pub(crate) mod dump;
pub(crate) mod dynamic_row;
pub(crate) mod import;
pub(crate) mod migrations;
pub(crate) mod models;
pub(crate) mod queries;
pub mod read;
pub mod schema;
pub(crate) mod seed;
pub(crate) mod sqlite_ro;
pub mod state;
pub mod target;
pub(crate) mod triggers;
pub(crate) mod unreachable;
pub(crate) mod versions;
