//! One `run` per subcommand family; this file routes a parsed command line to it.

mod cache;
mod completions;
mod config;
mod db;
mod describe;
mod dump;
mod explain;
mod import;
mod nested;
mod owners;
mod pets;
mod procedures;
mod queries;
mod report;
mod run;
mod species;
mod sql;
mod verify;
mod warm;
mod watch;

use anyhow::Result;

use crate::cli::Command;
use crate::context::Ctx;
use crate::db::queries::not_found;
use crate::db::read::ReadQuery;
use crate::rows::left_join;
use crate::settings::{Echo, Settings};

/// Run `command` with `settings`.
pub fn run(settings: Settings, command: Command) -> Result<()> {
    if let Some(warning) = settings.config.exposure_warning() {
        crate::ui::warn(warning);
    }
    // What needs no database.
    let command = match command {
        Command::Completions { shell } => return completions::run(shell),
        Command::Config(cmd) => return config::run(&settings, cmd),
        Command::Queries => return queries::run(&settings),
        command => command,
    };
    match settings.echo {
        Echo::Sql => crate::echo::enable_sql()?,
        Echo::Events => crate::echo::enable_events(),
        Echo::Off => {}
    }
    let stats = matches!(
        command,
        Command::Cache(crate::cli::CacheCommand::Stats { .. })
    );
    if settings.style.format == crate::output::Format::Prometheus && !stats {
        return Err(crate::UsageError(
            "--format prometheus is only for `petdb cache stats`".into(),
        )
        .into());
    }
    let mut ctx = Ctx::new(settings)?;
    match command {
        Command::Db(cmd) => db::run(&mut ctx, cmd)?,
        Command::Owners(cmd) => owners::run(&mut ctx, cmd)?,
        Command::Pets(cmd) => pets::run(&mut ctx, cmd)?,
        Command::Species(cmd) => species::run(&mut ctx, cmd)?,
        Command::Procedures(cmd) => procedures::run(&mut ctx, cmd)?,
        Command::Report(cmd) => report::run(&mut ctx, cmd)?,
        Command::Sql(args) => sql::run(&mut ctx, args)?,
        Command::Run(args) => run::run(&mut ctx, args)?,
        Command::Cache(cmd) => cache::run(&mut ctx, cmd)?,
        Command::Watch(args) => watch::run(&mut ctx, args)?,
        Command::Completions { .. } | Command::Config(_) | Command::Queries => {
            unreachable!("handled above")
        }
    }
    ctx.finish()
}

/// Rows read together with a main read, joined onto it by key (`--with-pets`, …).
struct Related<'a> {
    query: ReadQuery,
    /// Column of the main rows, and of the related rows, that must match.
    on: (&'a str, &'a str),
    /// Prefix for the related columns in the output.
    prefix: &'a str,
}

/// Print `query` — streamed, unless related rows must be joined to it (both read in one
/// batch: one snapshot or one cache validation) or it is a lookup of `lookup` = (what, id),
/// which fails as `what id not found` when it finds nothing.
fn show(
    ctx: &mut Ctx,
    query: &ReadQuery,
    related: Option<Related<'_>>,
    lookup: Option<(&str, i64)>,
) -> Result<()> {
    let rows = match related {
        Some(r) => {
            let mut both = ctx.fetch_all(&[query, &r.query])?;
            let other = both.pop().expect("two results");
            let main = both.pop().expect("two results");
            left_join(main, r.on.0, &other, r.on.1, r.prefix)
        }
        None if lookup.is_some() => ctx.fetch(query)?,
        None => return ctx.print_query(query),
    };
    if let Some((what, id)) = lookup
        && rows.rows.is_empty()
    {
        return Err(not_found(what, id));
    }
    ctx.print_rows(&rows)
}

/// `Some(None)` for an empty string: how `update` clears an optional field.
fn clearable(value: &Option<String>) -> Option<Option<&str>> {
    value.as_deref().map(|v| (!v.is_empty()).then_some(v))
}

/// An optional field on `add`: empty is the same as absent.
fn optional(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|v| !v.is_empty())
}

/// Print rows in the chosen format without a database (`config show`, `queries`).
fn print_plain(settings: &Settings, rows: &crate::rows::Rows) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    crate::output::render(settings.style, rows, &mut out)?;
    out.flush()?;
    Ok(())
}
