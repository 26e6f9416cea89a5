//! One `run` per subcommand family; this file routes a parsed command line to it.

mod cache;
mod completions;
mod db;
mod owners;
mod pets;
mod procedures;
mod report;
mod species;
mod sql;

use anyhow::Result;

use crate::cli::{Cli, Command};
use crate::context::Ctx;

/// Run a parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    if let Command::Completions { shell } = cli.command {
        return completions::run(shell);
    }
    if cli.global.echo_sql {
        crate::echo::enable_sql()?;
    } else if cli.global.verbose {
        crate::echo::enable_events();
    }
    let mut ctx = Ctx::new(cli.global)?;
    match cli.command {
        Command::Db(cmd) => db::run(&mut ctx, cmd)?,
        Command::Owners(cmd) => owners::run(&mut ctx, cmd)?,
        Command::Pets(cmd) => pets::run(&mut ctx, cmd)?,
        Command::Species(cmd) => species::run(&mut ctx, cmd)?,
        Command::Procedures(cmd) => procedures::run(&mut ctx, cmd)?,
        Command::Report(cmd) => report::run(&mut ctx, cmd)?,
        Command::Sql(args) => sql::run(&mut ctx, args)?,
        Command::Cache(cmd) => cache::run(&mut ctx, cmd)?,
        Command::Completions { .. } => unreachable!("handled above"),
    }
    ctx.finish()
}

/// `Some(None)` for an empty string: how `update` clears an optional field.
fn clearable(value: &Option<String>) -> Option<Option<&str>> {
    value.as_deref().map(|v| (!v.is_empty()).then_some(v))
}

/// An optional field on `add`: empty is the same as absent.
fn optional(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|v| !v.is_empty())
}
