//! The database: which one ([`target`]), how to reach it ([`connection`]), its schema
//! and migrations, the reads and writes petdb runs on it, and seeding.

pub mod adhoc;
pub mod catalog;
pub mod connection;
pub mod database;
pub mod dynamic_row;
pub mod migrations;
pub mod models;
pub mod queries;
pub mod read;
pub mod schema;
pub mod seed;
pub mod target;
pub mod versions;
