//! petdb: a veterinary clinic's database on the command line, over SQLite or PostgreSQL
//! through Diesel. `main.rs` parses, dispatches and maps errors to exit codes; everything
//! else is here. Modules the tests, the benchmarks and the fuzz target use are public; the
//! rest is private to the crate, so what nothing calls is reported as dead code.

pub mod cache;
pub mod cli;
mod commands;
mod config;
mod context;
pub mod db;
mod echo;
mod input;
mod output;
pub mod process;
pub mod rows;
mod settings;
pub mod ui;

pub use commands::run;
pub use settings::Settings;

/// A mistake in how petdb was called that clap could not see (exit code 2).
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}
