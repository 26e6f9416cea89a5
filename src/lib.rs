//! petdb: a veterinary clinic's database on the command line, over SQLite or PostgreSQL
//! through Diesel. `main.rs` parses and maps errors to exit codes; everything else is here.

pub mod cache;
pub mod cli;
pub mod commands;
pub mod context;
pub mod db;
pub mod echo;
pub mod output;
pub mod rows;
pub mod ui;

/// A mistake in how petdb was called that clap could not see (exit code 2).
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}
