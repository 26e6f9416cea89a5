//! A petdb read command inside another: a line of `cache warm`, the command of
//! `cache explain` and of `watch`. It is parsed by the same parser as the process's own
//! command line, behind the process's own global flags — so `petdb --ttl 3600 cache warm
//! FILE` warms with a 3600 s TTL — and a flag the line gives itself wins. It must be a
//! read: a list, a get, a report, `sql` or `run`.

use anyhow::Result;
use clap::CommandFactory;
use clap::error::ErrorKind;

use crate::cli::{self, Cli, Command, OwnersCommand, PetsCommand, ProceduresCommand};
use crate::cli::{SpeciesCommand, SqlArgs};
use crate::config::Source;
use crate::context::Ctx;
use crate::settings::{Echo, Settings};

/// A nested command line, parsed.
pub enum Parsed {
    /// A command (not yet checked to be a read).
    Command(Box<Cli>),
    /// `--help` (or `--version`) was asked for: clap's text.
    Help(String),
}

/// Parse `words` (the command as typed after `petdb`) behind the global flags `outer` was
/// given on the command line. `Err` is a one-line usage message.
pub fn parse(outer: &Settings, words: &[String]) -> Result<Parsed, String> {
    let mut args: Vec<String> = vec!["petdb".into()];
    args.extend(outer_flags(outer));
    args.extend(words.iter().cloned());
    match cli::parse_nested(&args) {
        Ok(cli) => Ok(Parsed::Command(Box::new(cli))),
        Err(e) => match e.downcast::<clap::Error>() {
            Ok(e) => match e.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                    Ok(Parsed::Help(e.render().to_string()))
                }
                ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
                | ErrorKind::MissingSubcommand => Err(format!(
                    "`{}` needs a subcommand (see petdb {} --help)",
                    name(words),
                    name(words)
                )),
                _ => Err(clap_line(&e)),
            },
            Err(e) => Err(crate::ui::chain(&e)),
        },
    }
}

/// Why `command` cannot run inside another, if so: only reads can.
pub fn check_read(command: &Command, words: &[String]) -> Result<(), String> {
    let read = match command {
        Command::Owners(c) => matches!(c, OwnersCommand::List(_) | OwnersCommand::Get { .. }),
        Command::Pets(c) => matches!(c, PetsCommand::List(_) | PetsCommand::Get { .. }),
        Command::Species(c) => {
            matches!(c, SpeciesCommand::List { .. } | SpeciesCommand::Get { .. })
        }
        Command::Procedures(c) => {
            matches!(
                c,
                ProceduresCommand::List(_) | ProceduresCommand::Get { .. }
            )
        }
        Command::Report(_) | Command::Run(_) => true,
        Command::Sql(SqlArgs {
            statement, file, ..
        }) => {
            let from_stdin =
                statement.is_none() && file.as_ref().is_none_or(|f| f.as_os_str() == "-");
            if from_stdin {
                return Err(
                    "`sql` needs its statement here, as an argument or with -f FILE \
                            (stdin is not read)"
                        .into(),
                );
            }
            true
        }
        Command::Db(_)
        | Command::Queries
        | Command::Config(_)
        | Command::Cache(_)
        | Command::Watch(_)
        | Command::Completions { .. } => false,
    };
    if read {
        Ok(())
    } else {
        Err(format!(
            "`{}` is not a read command (list, get, report, sql or run)",
            name(words)
        ))
    }
}

/// Run a read command (see [`check_read`]) in `ctx`.
pub fn run_read(ctx: &mut Ctx, command: Command) -> Result<()> {
    match command {
        Command::Owners(c) => super::owners::run(ctx, c),
        Command::Pets(c) => super::pets::run(ctx, c),
        Command::Species(c) => super::species::run(ctx, c),
        Command::Procedures(c) => super::procedures::run(ctx, c),
        Command::Report(c) => super::report::run(ctx, c),
        Command::Sql(args) => super::sql::run(ctx, args),
        Command::Run(args) => super::run::run(ctx, args),
        _ => anyhow::bail!("not a read command"),
    }
}

/// The settings of a nested command; turns on `-v` / `--echo-sql` if it asks for them
/// and the process did not.
pub fn settings(cli: Cli) -> (Settings, Command) {
    let settings = Settings::from_args(cli.global);
    match settings.echo {
        // Installed once per process: a second call finds the hook in place.
        Echo::Sql => drop(crate::echo::enable_sql()),
        Echo::Events => crate::echo::enable_events(),
        Echo::Off => {}
    }
    (settings, cli.command)
}

/// The command as typed, quoted as a shell would need it.
pub fn display(words: &[String]) -> String {
    shlex::try_join(words.iter().map(String::as_str)).unwrap_or_else(|_| words.join(" "))
}

/// The subcommand words of `words` (`owners add`).
fn name(words: &[String]) -> String {
    let path: Vec<&str> = words
        .iter()
        .take_while(|w| !w.starts_with('-'))
        .take(2)
        .map(String::as_str)
        .collect();
    if path.is_empty() {
        display(words)
    } else {
        path.join(" ")
    }
}

/// The global flags the process was given on its command line, as flags again
/// (`--ttl=3600`); environment variables and the config file are read again by the
/// nested parse itself.
fn outer_flags(settings: &Settings) -> Vec<String> {
    let command = Cli::command();
    let mut flags = Vec::new();
    for e in &settings.config.settings {
        let Source::Flag(flag) = &e.source else {
            continue;
        };
        let Some(arg) = command
            .get_arguments()
            .find(|a| a.get_id() == e.key.as_str())
        else {
            continue;
        };
        match &e.value {
            Some(value) if arg.get_action().takes_values() => {
                flags.push(format!("{flag}={value}"));
            }
            Some(value) if value == "true" => flags.push(flag.clone()),
            _ => {}
        }
    }
    // The switches that describe one run are not settings of the config file.
    if settings.cache.bypass {
        flags.push("--no-cache".into());
    }
    if settings.cache.policy.refresh {
        flags.push("--refresh".into());
    }
    std::mem::forget(command); // as cli::parse does: dropping clap's tree is slow
    flags
}

/// A clap error as one line (as `main.rs` prints the process's own).
fn clap_line(e: &clap::Error) -> String {
    let rendered = e.render().to_string();
    let message: Vec<&str> = rendered
        .lines()
        .map(str::trim)
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .filter(|l| !l.is_empty())
        .map(|l| l.strip_prefix("error: ").unwrap_or(l))
        .collect();
    message.join(" ")
}
