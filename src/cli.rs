//! Every clap type of the command line, and nothing else: parsing lives here, behaviour in
//! `commands/`.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::config::{self, Source};
use crate::db::queries;
use crate::db::schema::Table;
use crate::output;
use crate::rows::Value;

/// Parse the process's command line, with the config file's settings under it: a flag
/// beats its environment variable, which beats the selected profile, which beats
/// `[defaults]`, which beats petdb's default. Besides what derive does, this puts
/// `petdb sql`'s `--param` and `--param-null` values back in command-line order.
///
/// A clap error comes back as a `clap::Error` inside the `anyhow::Error`.
pub fn parse() -> anyhow::Result<Cli> {
    parse_from(std::env::args_os())
}

pub fn parse_from<I, T>(args: I) -> anyhow::Result<Cli>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    parse_args(args.into_iter().map(Into::into).collect(), Cli::command)
}

/// Parse a command line given inside another — a line of `cache warm`, the command of
/// `cache explain` or `watch`, after the process's own global flags — as [`parse_from`]
/// does, except that a flag given twice takes its last value: the line's own flags win.
pub fn parse_nested<I, T>(args: I) -> anyhow::Result<Cli>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    parse_args(args.into_iter().map(Into::into).collect(), || {
        Cli::command().args_override_self(true)
    })
}

fn parse_args(
    args: Vec<std::ffi::OsString>,
    new_command: fn() -> clap::Command,
) -> anyhow::Result<Cli> {
    // Help and every usage error come from clap's own arrangement of the global flags, so
    // that they read exactly as clap writes them; a line that asks for help goes there
    // directly. `--version` reads the same either way.
    if args
        .iter()
        .skip(1)
        .any(|a| a == "--help" || a == "-h" || a == "help")
    {
        return parse_with(&args, new_command, Globals::Clap);
    }
    match parse_with(&args, new_command, Globals::OnPath) {
        Err(e)
            if e.downcast_ref::<clap::Error>()
                .is_some_and(|e| e.kind() != clap::error::ErrorKind::DisplayVersion) =>
        {
            parse_with(&args, new_command, Globals::Clap)
        }
        result => result,
    }
}

/// How the global flags reach the subcommands in one parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Globals {
    /// Clap's `global = true`: before parsing clap copies every global flag into every
    /// subcommand ([`for_args`] spares it most of that), and after it copies each one's value
    /// into every level of the matches. The reference: help and errors come from this.
    Clap,
    /// The global flags stay plain flags of the top level, and only the subcommands that
    /// the command line can reach get copies of them ([`on_path`]); [`level_of`] and
    /// [`merge_path`] then take each one's value as clap would. A fraction of clap's cost.
    OnPath,
}

impl Globals {
    fn command(self, command: clap::Command, args: &[std::ffi::OsString]) -> clap::Command {
        match self {
            Globals::Clap => for_args(command, args),
            Globals::OnPath => on_path(command, args),
        }
    }
}

fn parse_with(
    args: &[std::ffi::OsString],
    new_command: fn() -> clap::Command,
    how: Globals,
) -> anyhow::Result<Cli> {
    let command = new_command();
    let globals = global_ids(&command);
    let mut command = how.command(command, args);
    let mut matches = command.try_get_matches_from_mut(args)?;
    let path = config_path(&command, &matches);
    // Set but empty is unset (as PETDB_CACHE_URL is read).
    let profile = level_of(&matches, "profile")
        .get_one::<String>("profile")
        .filter(|p| !p.is_empty())
        .cloned();
    // The settings in `--help` order (re-defaulting an argument moves it to the end).
    let order: Vec<String> = ["config", "profile"]
        .into_iter()
        .map(String::from)
        .chain(config_args(&command, &globals).map(|a| a.get_id().to_string()))
        .collect();
    let mut file = None;
    let mut layer = Default::default();
    if reads_config(&matches) {
        if let Some((path, source)) = &path {
            let checker = FlagChecker(&command, &globals);
            file = config::load(path, *source != Source::BuiltIn, &checker)?;
        }
        let path = path.as_ref().map(|(p, _)| p.as_path());
        layer = config::layer(file.as_ref(), path, profile.as_deref())?;
    }
    if !layer.is_empty() {
        // Parse again with the file's values as the defaults: clap still decides what the
        // command line and the environment set, and parses every value.
        std::mem::forget(std::mem::replace(
            &mut command,
            how.command(new_command(), args),
        ));
        for (key, (value, _)) in &layer {
            command = command.mut_arg(key.as_str(), |arg| arg.default_value(value.clone()));
        }
        std::mem::forget(matches);
        matches = command.try_get_matches_from_mut(args)?;
    }
    let settings = effective(&command, &matches, &layer, &order);
    let params = matches.subcommand_matches("sql").map(ordered_params);
    let mut cli = cli_from(how, &command, &globals, &mut matches)?;
    if let (Command::Sql(sql), Some(params)) = (&mut cli.command, params) {
        sql.params = params;
    }
    cli.global.chosen = config::Chosen {
        settings,
        path,
        file: file.map(std::sync::Arc::new),
        profile,
    };
    // Tearing down clap's whole command tree costs a third of start-up; the process is
    // short-lived, so leave it to exit.
    std::mem::forget(command);
    std::mem::forget(matches);
    Ok(cli)
}

/// The parsed command line of `matches` (what derive makes of it; `chosen` and `sql.params`
/// are left to [`parse_with`]).
fn cli_from(
    how: Globals,
    command: &clap::Command,
    globals: &[clap::Id],
    matches: &mut ArgMatches,
) -> Result<Cli, clap::Error> {
    match how {
        Globals::Clap => Cli::from_arg_matches_mut(matches),
        Globals::OnPath => {
            let mut global = GlobalArgs::from_arg_matches_mut(matches)?;
            merge_path(command, globals, matches, &mut global)?;
            Ok(Cli {
                global,
                command: Command::from_arg_matches_mut(matches)?,
            })
        }
    }
}

/// The ids of `command`'s global flags.
fn global_ids(command: &clap::Command) -> Vec<clap::Id> {
    command
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.get_id().clone())
        .collect()
}

/// Whether `sub`, by its name or an alias, is a word of the command line: only such a
/// subcommand can be parsed (petdb has no flag subcommands and infers no names).
fn named(sub: &clap::Command, words: &std::collections::HashSet<&std::ffi::OsStr>) -> bool {
    std::iter::once(sub.get_name())
        .chain(sub.get_all_aliases())
        .any(|name| words.contains(std::ffi::OsStr::new(name)))
}

fn words(args: &[std::ffi::OsString]) -> std::collections::HashSet<&std::ffi::OsStr> {
    args.iter().skip(1).map(|a| a.as_os_str()).collect()
}

/// `command`, made cheaper to parse `args` with: before parsing, clap copies each of the
/// 20 global flags into every subcommand (help texts and all: most of petdb's start-up).
/// A subcommand whose name is not a word of `args` cannot be the one run, so it gets a
/// hidden placeholder under each global flag's id instead, which clap keeps rather than
/// copying the flag. Help, errors and the subcommand run are as without this. This is
/// [`Globals::Clap`], what help and errors come from.
fn for_args(command: clap::Command, args: &[std::ffi::OsString]) -> clap::Command {
    let words = words(args);
    // A placeholder has the flag's long name too: without one it would be a positional
    // argument, and clap's checks of a subcommand's positionals (run when an error looks
    // for suggestions among the subcommands) would fail on it.
    let globals: Vec<(clap::Id, String)> = command
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| {
            let long = a.get_long().unwrap_or(a.get_id().as_str());
            (a.get_id().clone(), long.to_owned())
        })
        .collect();
    command.mut_subcommands(|sub| {
        if named(&sub, &words) {
            sub
        } else {
            sub.args(globals.iter().map(|(id, long)| {
                clap::Arg::new(id.clone())
                    .long(long.clone())
                    .action(clap::ArgAction::SetTrue)
                    .hide(true)
            }))
        }
    })
}

/// `command` for [`Globals::OnPath`]: the global flags become plain flags of the top level
/// (clap then neither copies them into every subcommand nor their values into every level
/// of the matches), and each subcommand named in `args` gets copies of them, as clap's own
/// copies but without environment variable or default: a copy holds a value only when the
/// command line gives it at that level. A parent subcommand (`report` of `report
/// owners-summary`) gets them only when something flag-like stands between the first and
/// the last word naming a subcommand: otherwise nothing on the line is at a parent's level,
/// and a parent's copies would go unused.
fn on_path(command: clap::Command, args: &[std::ffi::OsString]) -> clap::Command {
    /// Give the copies to each subcommand named in `words` below `command` (to a parent
    /// only if `parents`); `left` counts those still to give them to (the last one takes
    /// `copies` themselves).
    fn give(
        command: &mut clap::Command,
        words: &std::collections::HashSet<&std::ffi::OsStr>,
        parents: bool,
        copies: &mut Vec<clap::Arg>,
        left: &mut usize,
    ) {
        for sub in command.get_subcommands_mut() {
            if !named(sub, words) {
                continue;
            }
            if parents || count(sub, words, parents) == 0 {
                *left -= 1;
                let args = if *left == 0 {
                    std::mem::take(copies)
                } else {
                    copies.clone()
                };
                *sub = std::mem::take(sub).args(args);
            }
            give(sub, words, parents, copies, left);
        }
    }
    /// How many subcommands `give` gives copies to below `command`.
    fn count(
        command: &clap::Command,
        words: &std::collections::HashSet<&std::ffi::OsStr>,
        parents: bool,
    ) -> usize {
        command
            .get_subcommands()
            .filter(|sub| named(sub, words))
            .map(|sub| {
                let below = count(sub, words, parents);
                if parents { below + 1 } else { below.max(1) }
            })
            .sum()
    }
    /// The names (and aliases) of every subcommand named in `words`, at any depth.
    fn names<'c>(
        command: &'c clap::Command,
        words: &std::collections::HashSet<&std::ffi::OsStr>,
        into: &mut std::collections::HashSet<&'c str>,
    ) {
        for sub in command.get_subcommands().filter(|sub| named(sub, words)) {
            into.extend(std::iter::once(sub.get_name()).chain(sub.get_all_aliases()));
            names(sub, words, into);
        }
    }
    let words = words(args);
    let mut named_here = std::collections::HashSet::new();
    names(&command, &words, &mut named_here);
    let at: Vec<usize> = (1..args.len())
        .filter(|&i| args[i].to_str().is_some_and(|a| named_here.contains(a)))
        .collect();
    let parents = match (at.first(), at.last()) {
        (Some(&first), Some(&last)) => args[first..last]
            .iter()
            .any(|a| a.as_encoded_bytes().starts_with(b"-")),
        _ => false,
    };
    let mut left = count(&command, &words, parents);
    if left == 0 {
        return command.mut_args(|a| a.global(false));
    }
    // Help and errors come from clap's own arrangement (see `parse_args`), so a copy
    // needs no help text.
    let mut copies: Vec<clap::Arg> = command
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| {
            a.clone()
                .global(false)
                .env(None::<&'static str>)
                .default_value(None::<&'static str>)
                .help(None::<&'static str>)
                .long_help(None::<&'static str>)
        })
        .collect();
    let mut command = command.mut_args(|a| a.global(false));
    give(&mut command, &words, parents, &mut copies, &mut left);
    command
}

/// The level of `matches` whose value of global flag `id` counts, as clap's `global = true`
/// decides: the deepest given it on the command line, else the top one (the environment,
/// the config file or the default). Under [`Globals::Clap`] every level holds that value.
fn level_of<'m>(matches: &'m ArgMatches, id: &str) -> &'m ArgMatches {
    let mut found = matches;
    let mut level = matches;
    while let Some((_, sub)) = level.subcommand() {
        if given_at(sub, id) {
            found = sub;
        }
        level = sub;
    }
    found
}

/// Does the command line give global flag `id` at this level? (Under [`Globals::OnPath`] a
/// parent subcommand has no copy of it: the answer is no.)
fn given_at(level: &ArgMatches, id: &str) -> bool {
    matches!(level.try_contains_id(id), Ok(true))
        && level.value_source(id) == Some(clap::parser::ValueSource::CommandLine)
}

/// Under [`Globals::OnPath`], update `global` (read from the top level of `matches`) with
/// the global flags given on the command line after a subcommand, level by level down, so
/// that the deepest wins (see [`level_of`]).
fn merge_path(
    command: &clap::Command,
    globals: &[clap::Id],
    matches: &ArgMatches,
    global: &mut GlobalArgs,
) -> Result<(), clap::Error> {
    let mut level = matches;
    while let Some((_, sub)) = level.subcommand() {
        let given = |id: &clap::Id| given_at(sub, id.as_str());
        if globals.iter().any(given) {
            // A copy has no default of its own, but a switch is always present (false or
            // 0): leave out every flag not given here, so that only the given ones update.
            let mut given_here = sub.clone();
            for id in globals.iter().filter(|id| !given(id)) {
                if !given_here.contains_id(id.as_str()) {
                    continue;
                }
                let action = command
                    .get_arguments()
                    .find(|a| a.get_id() == id)
                    .map(clap::Arg::get_action);
                let removed = match action {
                    Some(clap::ArgAction::SetTrue | clap::ArgAction::SetFalse) => {
                        matches!(given_here.try_remove_one::<bool>(id.as_str()), Ok(Some(_)))
                    }
                    Some(clap::ArgAction::Count) => {
                        matches!(given_here.try_remove_one::<u8>(id.as_str()), Ok(Some(_)))
                    }
                    _ => false,
                };
                if !removed {
                    // Not expected; clap's own way then parses the line.
                    return Err(clap::Error::raw(
                        clap::error::ErrorKind::ArgumentConflict,
                        format!("global flag `{id}` has a value not from the command line"),
                    ));
                }
            }
            global.update_from_arg_matches_mut(&mut given_here)?;
            std::mem::forget(given_here);
        }
        level = sub;
    }
    Ok(())
}

/// Global flags that describe one invocation, not a setup: the config file cannot set
/// them. Every other global flag is a setting of `[defaults]` and `[profiles.NAME]`, under
/// its long name with `_` (a new global flag is one automatically).
const NOT_IN_CONFIG: [&str; 6] = [
    "config", "profile", "echo_sql", "verbose", "no_cache", "refresh",
];

/// The global flags (of `globals`) the config file can set, in `--help` order.
fn config_args<'c>(
    command: &'c clap::Command,
    globals: &'c [clap::Id],
) -> impl Iterator<Item = &'c clap::Arg> {
    command
        .get_arguments()
        .filter(|a| globals.contains(a.get_id()) && !NOT_IN_CONFIG.contains(&a.get_id().as_str()))
}

/// Checks a setting from the file with the flag's own value parser (a one-flag command
/// given the value as its default, as the real parse will be).
struct FlagChecker<'a>(&'a clap::Command, &'a [clap::Id]);

impl config::Checker for FlagChecker<'_> {
    fn keys(&self) -> Vec<String> {
        config_args(self.0, self.1)
            .map(|a| a.get_id().to_string())
            .collect()
    }

    fn check(&self, key: &str, value: &str) -> Result<(), String> {
        let Some(arg) = config_args(self.0, self.1).find(|a| a.get_id() == key) else {
            return Err("not a setting".into());
        };
        let mut probe = clap::Arg::new(arg.get_id().clone())
            .action(arg.get_action().clone())
            .value_parser(arg.get_value_parser().clone())
            .default_value(value.to_owned());
        if let Some(long) = arg.get_long() {
            probe = probe.long(long.to_owned());
        }
        if let Some(names) = arg.get_value_names() {
            probe = probe.value_names(names.iter().map(|n| n.to_string()));
        }
        let result = clap::Command::new("petdb")
            .no_binary_name(true)
            .arg(probe)
            .try_get_matches_from(Vec::<String>::new());
        match result {
            Ok(_) => Ok(()),
            Err(e) => Err(crate::ui::one_line(
                e.render()
                    .to_string()
                    .lines()
                    .take_while(|l| !l.starts_with("For more information"))
                    .map(|l| l.strip_prefix("error: ").unwrap_or(l))
                    .collect::<Vec<_>>()
                    .join("\n")
                    .as_str(),
            )),
        }
    }
}

/// The config file to read and how it was named; `None` when no config dir is known.
fn config_path(command: &clap::Command, matches: &ArgMatches) -> Option<(PathBuf, Source)> {
    let matches = level_of(matches, "config");
    match matches.get_one::<PathBuf>("config") {
        Some(path) => {
            let arg = command.get_arguments().find(|a| a.get_id() == "config")?;
            Some((
                path.clone(),
                given_by(arg, matches).unwrap_or(Source::BuiltIn),
            ))
        }
        None => config::default_path().map(|p| (p, Source::BuiltIn)),
    }
}

/// `completions` and `config path` work whatever the file holds.
fn reads_config(matches: &ArgMatches) -> bool {
    match matches.subcommand() {
        Some(("completions", _)) => false,
        Some(("config", m)) => !matches!(m.subcommand_name(), Some("path")),
        _ => true,
    }
}

/// The flag or environment variable that set `arg`, by clap's account; `None` for a
/// default.
fn given_by(arg: &clap::Arg, matches: &ArgMatches) -> Option<Source> {
    use clap::parser::ValueSource;
    let id = arg.get_id().as_str();
    match matches.value_source(id)? {
        ValueSource::CommandLine => {
            Some(Source::Flag(format!("--{}", arg.get_long().unwrap_or(id))))
        }
        ValueSource::EnvVariable => Some(Source::Env(
            arg.get_env()
                .map(|e| e.to_string_lossy().into_owned())
                .unwrap_or_default(),
        )),
        _ => None,
    }
}

/// Each setting's value and source: clap says whether the command line or the
/// environment set it; a default is the config file's when the file set one.
fn effective(
    command: &clap::Command,
    matches: &ArgMatches,
    layer: &std::collections::BTreeMap<String, (String, Source)>,
    order: &[String],
) -> Vec<config::Effective> {
    order
        .iter()
        .filter_map(|id| command.get_arguments().find(|a| a.get_id() == id.as_str()))
        .map(|arg| {
            let id = arg.get_id().as_str();
            let matches = level_of(matches, id);
            let value = matches.get_raw(id).map(|values| {
                values
                    .map(|v| v.to_string_lossy())
                    .collect::<Vec<_>>()
                    .join(",")
            });
            let source = given_by(arg, matches).unwrap_or_else(|| {
                layer
                    .get(id)
                    .map_or(Source::BuiltIn, |(_, source)| source.clone())
            });
            config::Effective {
                key: id.to_owned(),
                value,
                source,
            }
        })
        .collect()
}

fn ordered_params(m: &ArgMatches) -> Vec<Value> {
    let mut indexed: Vec<(usize, Value)> = Vec::new();
    if let (Some(idx), Some(vals)) = (m.indices_of("param"), m.get_many::<Value>("param")) {
        indexed.extend(idx.zip(vals.cloned()));
    }
    if let Some(idx) = m.indices_of("param_null") {
        indexed.extend(idx.map(|i| (i, Value::Null)));
    }
    indexed.sort_by_key(|(i, _)| *i);
    indexed.into_iter().map(|(_, v)| v).collect()
}

/// petdb — a veterinary clinic's owners, pets, species and procedures, on SQLite or
/// PostgreSQL.
#[derive(Debug, Parser)]
#[command(
    name = "petdb",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Flags accepted before or after any subcommand.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Config file of settings, profiles and named queries [default: petdb/config.toml in
    /// the user's config dir]
    #[arg(long, env = "PETDB_CONFIG", global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Use the settings of [profiles.NAME] of the config file
    #[arg(long, env = "PETDB_PROFILE", global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite
    /// file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user's data dir]
    #[arg(
        long,
        env = "DATABASE_URL",
        hide_env_values = true,
        global = true,
        value_name = "URL"
    )]
    pub database_url: Option<String>,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table, global = true)]
    pub format: Format,

    /// Leave out the header row (table, csv, tsv)
    #[arg(long, global = true)]
    pub no_header: bool,

    /// Print only data: `add` prints the bare id, confirmations are not printed
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Print every SQL statement sent (with binds and time) to stderr
    #[arg(long, global = true)]
    pub echo_sql: bool,

    /// Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// When to use colour on stderr (NO_COLOR is respected under `auto`)
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, global = true, value_name = "WHEN")]
    pub color: ColorWhen,

    #[command(flatten)]
    pub cache: CacheArgs,

    /// The config file and where each setting came from (filled in by [`parse`]).
    #[arg(skip)]
    pub chosen: config::Chosen,
}

/// How reads use the result cache.
#[derive(Debug, Args)]
#[command(next_help_heading = "Cache")]
pub struct CacheArgs {
    /// Cache directory [default: petdb in the user's cache dir]
    #[arg(long, env = "PETDB_CACHE_DIR", global = true, value_name = "DIR")]
    pub cache_dir: Option<PathBuf>,

    /// Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)
    #[arg(
        long,
        env = "PETDB_CACHE_URL",
        hide_env_values = true,
        global = true,
        value_name = "URL"
    )]
    pub cache_url: Option<String>,

    /// Prefix of every Redis key petdb writes
    #[arg(long, env = "PETDB_CACHE_PREFIX", default_value = "petdb:", global = true, value_name = "PREFIX",
          value_parser = parse_prefix)]
    pub cache_prefix: String,

    /// Read from the database only: no cache lookup, no fill (writes still invalidate)
    #[arg(long, global = true, conflicts_with = "refresh")]
    pub no_cache: bool,

    /// Run the query even if cached, and replace the entry
    #[arg(long, global = true)]
    pub refresh: bool,

    /// Entries older than this many seconds are not served
    #[arg(
        long,
        env = "PETDB_TTL",
        default_value_t = 300,
        global = true,
        value_name = "SECS"
    )]
    pub ttl: u64,

    /// When the database cannot be reached, answer from a cached result up to this old
    /// (e.g. 30m, 2h), with a warning [default: off]
    #[arg(long, env = "PETDB_MAX_STALE", global = true, value_name = "DURATION",
          value_parser = parse_duration)]
    pub max_stale: Option<std::time::Duration>,

    /// strict: a hit also checks that the tables it read are unchanged (one small query);
    /// ttl: trust the TTL alone, touching no database on a hit
    #[arg(long, env = "PETDB_CONSISTENCY", value_enum, default_value_t = ConsistencyArg::Strict, global = true)]
    pub consistency: ConsistencyArg,

    /// Most entries kept; least recently used go first
    #[arg(long, env = "PETDB_CACHE_MAX_ENTRIES", default_value_t = 100_000, global = true, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..))]
    pub cache_max_entries: u64,

    /// Most bytes kept (e.g. 256MiB, 1GB)
    #[arg(long, env = "PETDB_CACHE_MAX_BYTES", default_value = "256MiB", global = true, value_name = "SIZE",
          value_parser = parse_size)]
    pub cache_max_bytes: u64,

    /// A larger result is served but not cached
    #[arg(long, env = "PETDB_CACHE_MAX_ENTRY_BYTES", default_value = "32MiB", global = true, value_name = "SIZE",
          value_parser = parse_size)]
    pub cache_max_entry_bytes: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ConsistencyArg {
    Strict,
    Ttl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
    Tsv,
    /// Prometheus text exposition (`cache stats` only)
    Prometheus,
}

impl From<Format> for output::Format {
    fn from(f: Format) -> Self {
        match f {
            Format::Table => output::Format::Table,
            Format::Json => output::Format::Json,
            Format::Csv => output::Format::Csv,
            Format::Tsv => output::Format::Tsv,
            Format::Prometheus => output::Format::Prometheus,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Create, migrate, inspect, seed or reset the database
    #[command(subcommand)]
    Db(DbCommand),
    /// Pet owners
    #[command(subcommand)]
    Owners(OwnersCommand),
    /// Pets
    #[command(subcommand)]
    Pets(PetsCommand),
    /// Species
    #[command(subcommand)]
    Species(SpeciesCommand),
    /// Procedures done to pets
    #[command(subcommand)]
    Procedures(ProceduresCommand),
    /// Join-and-aggregate reports
    #[command(subcommand)]
    Report(ReportCommand),
    /// Run one read-only SQL statement, cached like every other read
    Sql(SqlArgs),
    /// Run a named query of the config file, cached like every other read
    Run(RunArgs),
    /// List the named queries of the config file, with their parameters
    Queries,
    /// Show the effective settings and where each came from, or the config file's path
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Inspect and manage the result cache
    #[command(subcommand)]
    Cache(CacheCommand),
    /// Re-print a read whenever a table it reads changes (polls their versions, not the data)
    Watch(WatchArgs),
    /// Print a shell completion script
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

// ---------------------------------------------------------------------------------------
// db

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum DbCommand {
    /// Create the database (if it does not exist) and run its migrations
    Init,
    /// Run pending migrations and print the ones that ran
    Migrate,
    /// Show the backend, the database, each migration and each table's row count and version
    Status,
    /// Fill an empty database with a deterministic, realistic data set
    Seed(SeedArgs),
    /// Delete every row and restart ids (reverts and re-runs all migrations)
    Reset {
        /// Confirm that all data is to be deleted
        #[arg(long, required = true)]
        yes: bool,
    },
    /// Write every table (species, owners, pets, procedures): JSON lines on stdout, or a
    /// directory of csv files
    #[command(after_help = "Examples:\n  \
        petdb db dump > clinic.jsonl\n  \
        petdb db dump backup/        (backup/species.csv, owners.csv, pets.csv, procedures.csv)\n  \
        petdb db dump | petdb --database-url postgres://localhost/clinic db load")]
    Dump {
        /// A directory for the csv files (created if missing; existing files are not
        /// overwritten), or `-` for JSON lines on stdout
        #[arg(value_name = "DIR|-", default_value = "-")]
        target: PathBuf,
    },
    /// Load what `db dump` wrote, keeping every id (refused into a database with data
    /// unless --on-conflict is given)
    Load(LoadArgs),
}

#[derive(Debug, Args)]
pub struct LoadArgs {
    /// A directory of csv files as `db dump DIR` writes, a JSON-lines file, or `-` for
    /// JSON lines on stdin
    #[arg(value_name = "DIR|FILE|-", default_value = "-")]
    pub source: PathBuf,
    #[command(flatten)]
    pub write: ImportWrite,
    /// What a row whose id exists already does (required when the database has data)
    #[arg(long, value_enum, value_name = "WHAT")]
    pub on_conflict: Option<OnConflict>,
}

/// `import FILE` of owners, pets, species and procedures.
#[derive(Debug, Args)]
#[command(
    after_help = "Columns are matched by header name: exactly those `list --format csv` prints. Optional ones\n\
    may be left out (a missing id is assigned); unknown ones are an error. Every row is checked\n\
    before anything is written, and the rows are written in one transaction: all or nothing.\n\
    \n\
    Examples:\n  \
    petdb owners import owners.csv\n  \
    petdb pets import new-pets.json --dry-run\n  \
    petdb --database-url old.sqlite3 pets list --format csv | petdb pets import - --on-conflict skip"
)]
pub struct ImportArgs {
    /// The file to read (`-` for stdin)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Its format [default: from the extension: .csv, .tsv, .json, .jsonl; csv for stdin]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
    #[command(flatten)]
    pub write: ImportWrite,
    /// What a row whose id exists already does
    #[arg(long, value_enum, value_name = "WHAT", default_value_t = OnConflict::Error)]
    pub on_conflict: OnConflict,
}

/// What `import` and `db load` share.
#[derive(Debug, Args, Clone, Copy)]
pub struct ImportWrite {
    /// Check every row and report the counts, without writing anything
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    Csv,
    Tsv,
    Json,
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnConflict {
    /// Report it as an error: nothing is written
    Error,
    /// Leave the existing row as it is
    Skip,
    /// Overwrite the existing row with the columns given
    Update,
}

impl From<InputFormat> for crate::input::Format {
    fn from(f: InputFormat) -> Self {
        match f {
            InputFormat::Csv => Self::Csv,
            InputFormat::Tsv => Self::Tsv,
            InputFormat::Json => Self::Json,
            InputFormat::Jsonl => Self::Jsonl,
        }
    }
}

impl From<OnConflict> for crate::db::import::OnConflict {
    fn from(c: OnConflict) -> Self {
        match c {
            OnConflict::Error => Self::Error,
            OnConflict::Skip => Self::Skip,
            OnConflict::Update => Self::Update,
        }
    }
}

#[derive(Debug, Args)]
pub struct SeedArgs {
    /// Number of owners
    #[arg(long, default_value_t = 300, value_parser = clap::value_parser!(u64).range(0..=10_000_000))]
    pub owners: u64,
    /// Average pets per owner (each owner gets 0..=2×K)
    #[arg(long, default_value_t = 2.5, value_parser = parse_non_negative_f64)]
    pub pets_per_owner: f64,
    /// Average procedures per pet (each pet gets 0..=2×P)
    #[arg(long, default_value_t = 4.0, value_parser = parse_non_negative_f64)]
    pub procedures_per_pet: f64,
    /// Random seed: the same seed gives the same data on either backend
    #[arg(long, default_value_t = 1)]
    pub rng_seed: u64,
    /// Delete existing data first (as `db reset --yes`) instead of refusing
    #[arg(long)]
    pub reset: bool,
    /// Seed only an empty database; leave one with data as it is (exit 0)
    #[arg(long, conflicts_with = "reset")]
    pub if_empty: bool,
}

// ---------------------------------------------------------------------------------------
// shared argument groups

/// `--limit` / `--offset` of every list.
#[derive(Debug, Args, Clone, Copy)]
pub struct Page {
    /// Return at most N rows
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(0..), allow_negative_numbers = true)]
    pub limit: Option<i64>,
    /// Skip the first N rows
    #[arg(long, value_name = "N", default_value_t = 0, value_parser = clap::value_parser!(i64).range(0..), allow_negative_numbers = true)]
    pub offset: i64,
    /// Sort descending
    #[arg(long)]
    pub desc: bool,
}

impl From<Page> for queries::Page {
    fn from(p: Page) -> Self {
        queries::Page {
            limit: p.limit,
            offset: p.offset,
            desc: p.desc,
        }
    }
}

/// A positive row id.
#[derive(Debug, Args, Clone, Copy)]
pub struct IdArg {
    /// Row id
    #[arg(value_parser = parse_id, allow_negative_numbers = true)]
    pub id: i64,
}

// ---------------------------------------------------------------------------------------
// owners

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum OwnersCommand {
    /// List owners
    List(OwnersList),
    /// Show one owner
    Get {
        #[command(flatten)]
        id: IdArg,
        /// Also load the owner's pets (one batched query)
        #[arg(long)]
        with_pets: bool,
    },
    /// Add an owner and print its id
    Add(OwnerFields),
    /// Change an owner's fields (an empty value clears phone or email)
    Update {
        #[command(flatten)]
        id: IdArg,
        #[command(flatten)]
        fields: OwnerChanges,
    },
    /// Delete an owner (refused while it has pets, unless --cascade)
    Delete {
        #[command(flatten)]
        id: IdArg,
        /// Also delete the owner's pets and their procedures
        #[arg(long)]
        cascade: bool,
    },
    /// Add (or with --on-conflict, update) owners from a csv, tsv, json or jsonl file
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct OwnersList {
    /// Name contains PAT (case-insensitive; `*` and `?` are wildcards)
    #[arg(long, value_name = "PAT")]
    pub name: Option<String>,
    /// Sort column
    #[arg(long, value_enum, default_value_t = OwnerSort::Id)]
    pub sort: OwnerSort,
    #[command(flatten)]
    pub page: Page,
    /// Also load each owner's pets (one batched query for all owners)
    #[arg(long)]
    pub with_pets: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OwnerSort {
    Id,
    Name,
    CreatedAt,
}

impl From<OwnerSort> for queries::owners::Sort {
    fn from(s: OwnerSort) -> Self {
        match s {
            OwnerSort::Id => Self::Id,
            OwnerSort::Name => Self::Name,
            OwnerSort::CreatedAt => Self::CreatedAt,
        }
    }
}

#[derive(Debug, Args)]
pub struct OwnerFields {
    #[arg(long, value_parser = parse_name)]
    pub name: String,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
}

#[derive(Debug, Args)]
#[group(required = true, multiple = true)]
pub struct OwnerChanges {
    #[arg(long, value_parser = parse_name)]
    pub name: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
}

// ---------------------------------------------------------------------------------------
// pets

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum PetsCommand {
    /// List pets
    List(PetsList),
    /// Show one pet
    Get {
        #[command(flatten)]
        id: IdArg,
        /// Also load the pet's owner (one batched query)
        #[arg(long)]
        with_owner: bool,
    },
    /// Add a pet and print its id
    Add(PetFields),
    /// Change a pet's fields (an empty --birth-date clears it)
    Update {
        #[command(flatten)]
        id: IdArg,
        #[command(flatten)]
        fields: PetChanges,
    },
    /// Delete a pet and its procedures
    Delete {
        #[command(flatten)]
        id: IdArg,
    },
    /// Add (or with --on-conflict, update) pets from a csv, tsv, json or jsonl file
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct PetsList {
    /// Only this owner's pets
    #[arg(long, value_name = "ID", value_parser = parse_id, allow_negative_numbers = true)]
    pub owner: Option<i64>,
    /// Only pets of this species (exact name, case-insensitive)
    #[arg(long, value_name = "NAME")]
    pub species: Option<String>,
    /// Name contains PAT (case-insensitive; `*` and `?` are wildcards)
    #[arg(long, value_name = "PAT")]
    pub name: Option<String>,
    /// Sort column
    #[arg(long, value_enum, default_value_t = PetSort::Id)]
    pub sort: PetSort,
    #[command(flatten)]
    pub page: Page,
    /// Also load each pet's owner (one batched query for all pets)
    #[arg(long)]
    pub with_owner: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PetSort {
    Id,
    Name,
    BirthDate,
    CreatedAt,
}

impl From<PetSort> for queries::pets::Sort {
    fn from(s: PetSort) -> Self {
        match s {
            PetSort::Id => Self::Id,
            PetSort::Name => Self::Name,
            PetSort::BirthDate => Self::BirthDate,
            PetSort::CreatedAt => Self::CreatedAt,
        }
    }
}

#[derive(Debug, Args)]
pub struct PetFields {
    /// Owner id
    #[arg(long, value_name = "ID", value_parser = parse_id, allow_negative_numbers = true)]
    pub owner: i64,
    /// Species name (see `petdb species list`)
    #[arg(long, value_name = "NAME")]
    pub species: String,
    #[arg(long, value_parser = parse_name)]
    pub name: String,
    /// Birth date, YYYY-MM-DD
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub birth_date: Option<NaiveDate>,
}

#[derive(Debug, Args)]
#[group(required = true, multiple = true)]
pub struct PetChanges {
    /// New owner id
    #[arg(long, value_name = "ID", value_parser = parse_id, allow_negative_numbers = true)]
    pub owner: Option<i64>,
    /// New species name
    #[arg(long, value_name = "NAME")]
    pub species: Option<String>,
    #[arg(long, value_parser = parse_name)]
    pub name: Option<String>,
    /// Birth date, YYYY-MM-DD (empty to clear)
    #[arg(long, value_name = "DATE", value_parser = parse_optional_date)]
    pub birth_date: Option<ClearableDate>,
}

// ---------------------------------------------------------------------------------------
// species

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SpeciesCommand {
    /// List species
    List {
        /// Name contains PAT (case-insensitive; `*` and `?` are wildcards)
        #[arg(long, value_name = "PAT")]
        name: Option<String>,
        #[command(flatten)]
        page: Page,
    },
    /// Show one species
    Get {
        #[command(flatten)]
        id: IdArg,
    },
    /// Add a species and print its id
    Add {
        #[arg(long, value_parser = parse_name)]
        name: String,
        #[arg(long)]
        description: Option<String>,
    },
    /// Change a species (an empty --description clears it)
    Update {
        #[command(flatten)]
        id: IdArg,
        #[command(flatten)]
        fields: SpeciesChanges,
    },
    /// Delete a species (refused while pets use it)
    Delete {
        #[command(flatten)]
        id: IdArg,
    },
    /// Add (or with --on-conflict, update) species from a csv, tsv, json or jsonl file
    Import(ImportArgs),
}

#[derive(Debug, Args)]
#[group(required = true, multiple = true)]
pub struct SpeciesChanges {
    #[arg(long, value_parser = parse_name)]
    pub name: Option<String>,
    #[arg(long)]
    pub description: Option<String>,
}

// ---------------------------------------------------------------------------------------
// procedures

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ProceduresCommand {
    /// List procedures
    List(ProceduresList),
    /// Show one procedure
    Get {
        #[command(flatten)]
        id: IdArg,
    },
    /// Record a procedure and print its id
    Add(ProcedureFields),
    /// Delete a procedure
    Delete {
        #[command(flatten)]
        id: IdArg,
    },
    /// Add (or with --on-conflict, update) procedures from a csv, tsv, json or jsonl file
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct ProceduresList {
    /// Only this pet's procedures
    #[arg(long, value_name = "ID", value_parser = parse_id, allow_negative_numbers = true)]
    pub pet: Option<i64>,
    /// Only procedures on this owner's pets
    #[arg(long, value_name = "ID", value_parser = parse_id, allow_negative_numbers = true)]
    pub owner: Option<i64>,
    /// Only this kind (exact, case-insensitive)
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,
    /// Performed on or after DATE (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<NaiveDate>,
    /// Performed on or before DATE (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<NaiveDate>,
    /// Sort column
    #[arg(long, value_enum, default_value_t = ProcedureSort::Id)]
    pub sort: ProcedureSort,
    #[command(flatten)]
    pub page: Page,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProcedureSort {
    Id,
    PerformedAt,
    Cost,
}

impl From<ProcedureSort> for queries::procedures::Sort {
    fn from(s: ProcedureSort) -> Self {
        match s {
            ProcedureSort::Id => Self::Id,
            ProcedureSort::PerformedAt => Self::PerformedAt,
            ProcedureSort::Cost => Self::Cost,
        }
    }
}

#[derive(Debug, Args)]
pub struct ProcedureFields {
    /// Pet id
    #[arg(long, value_name = "ID", value_parser = parse_id, allow_negative_numbers = true)]
    pub pet: i64,
    /// What was done, e.g. vaccination
    #[arg(long, value_parser = parse_name)]
    pub kind: String,
    /// Date performed, YYYY-MM-DD [default: today, UTC]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Cost in cents (0 or more)
    #[arg(long, value_name = "CENTS", value_parser = parse_cost, allow_negative_numbers = true)]
    pub cost_cents: i32,
    /// Free-text notes, e.g. what was found
    #[arg(long)]
    pub notes: Option<String>,
}

// ---------------------------------------------------------------------------------------
// report

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ReportCommand {
    /// Per owner: pets, procedures, total spend and last visit, biggest spenders first
    OwnersSummary {
        /// Return at most N owners
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(0..), allow_negative_numbers = true)]
        limit: Option<i64>,
    },
    /// Per species: pets, owners and procedures
    SpeciesCounts,
    /// Per month: procedures and revenue
    MonthlyRevenue {
        /// From DATE (YYYY-MM-DD)
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        since: Option<NaiveDate>,
        /// Up to and including DATE (YYYY-MM-DD)
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        until: Option<NaiveDate>,
    },
}

// ---------------------------------------------------------------------------------------
// sql

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    petdb sql \"SELECT kind, count(*) FROM procedures GROUP BY kind\"\n  \
    petdb sql \"SELECT * FROM pets WHERE owner_id = ? AND name LIKE ?\" --param 42 --param 'R%'\n  \
    petdb sql -f report.sql --format csv\n  \
    echo 'SELECT 1' | petdb sql\n  \
    petdb sql -- '-- a leading comment\nSELECT 1'    (after --, nothing is read as a flag)")]
pub struct SqlArgs {
    /// The statement (SELECT, WITH … SELECT, VALUES or EXPLAIN); or -f FILE, or pipe it on
    /// stdin
    #[arg(value_name = "STATEMENT", conflicts_with = "file")]
    pub statement: Option<String>,

    /// Read the statement from FILE (`-` for stdin)
    #[arg(short = 'f', long, value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// Bind the next placeholder (`?` or `$1`): 42 binds an integer, 4.2 a real, anything
    /// else text; choose with a prefix: int:7, real:7, text:007
    #[arg(long, value_name = "VALUE", allow_hyphen_values = true, value_parser = parse_param)]
    pub param: Vec<Value>,

    /// Bind NULL to the next placeholder
    #[arg(long, num_args = 0, default_missing_value = "null", action = clap::ArgAction::Append)]
    pub param_null: Vec<String>,

    /// Every bound value in command-line order (filled in by [`parse`])
    #[arg(skip)]
    pub params: Vec<Value>,
}

// ---------------------------------------------------------------------------------------
// run, queries, config

#[derive(Debug, Args)]
#[command(
    after_help = "A named query is a [queries.NAME] table of the config file (see `petdb config path`):\n\n  \
    [queries.pets_born_since]\n  \
    description = \"An owner's pets born on or after a date\"\n  \
    sql = \"SELECT id, name FROM pets WHERE owner_id = :owner AND birth_date >= :since\"\n  \
    params = [\n    \
      { name = \"owner\", type = \"int\" },\n    \
      { name = \"since\", type = \"date\", default = \"2020-01-01\" },\n  \
    ]\n\n\
    :NAME in the SQL is a parameter: its value is bound, never spliced into the text.\n\
    Parameter types: int, real, text, date (YYYY-MM-DD), bool (true/false).\n\n\
    Examples:\n  \
    petdb run pets_born_since --param owner=7\n  \
    petdb run pets_born_since --param owner=7 --param since=2024-01-01 --format csv\n  \
    petdb --profile prod run pets_born_since --param owner=7"
)]
pub struct RunArgs {
    /// The query's name (see `petdb queries`)
    #[arg(value_name = "NAME")]
    pub name: String,

    /// Set parameter NAME to VALUE, e.g. owner=7 (once each; those with a default may be left out)
    #[arg(long = "param", value_name = "NAME=VALUE", allow_hyphen_values = true,
          value_parser = parse_named_param)]
    pub params: Vec<(String, String)>,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ConfigCommand {
    /// Every setting's value and where it came from: flag, env, profile, defaults or built-in
    Show,
    /// Print the config file's path (--config, PETDB_CONFIG or the default), existing or not
    Path,
}

// ---------------------------------------------------------------------------------------
// cache

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum CacheCommand {
    /// Hits, misses, stale, expired, fills, evictions, entries, bytes, hit ratio, time saved
    Stats {
        /// Zero the counters afterwards
        #[arg(long)]
        reset: bool,
        /// Write the statistics to FILE (atomically: a reader never sees a part), e.g. for
        /// node_exporter's textfile collector with --format prometheus
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Remove entries: all of them, those reading some tables, or one by key
    Invalidate(InvalidateArgs),
    /// Every entry: key, tables, age, size, hits, most recently used first
    List,
    /// Print where the cache lives (a directory, or the Redis URL and prefix)
    Path,
    /// Re-run cached entries and check that they agree with the database (exit 1 if not)
    Verify(VerifyArgs),
    /// Run the read commands of a file (one a line) to fill the cache
    Warm(WarmArgs),
    /// Show how the cache would answer a read command, without running it
    Explain(ExplainArgs),
}

#[derive(Debug, Args)]
#[command(
    after_help = "Each checked entry's read runs again in one snapshot with the versions of the tables it read.\n\
    An entry written since it was filled is reported stale (or expired past its TTL), not as a\n\
    disagreement; the others must equal the database byte for byte: their rows and every kept\n\
    rendering. Entries of other databases, sessions or schema versions sharing the cache are\n\
    skipped.\n\
    \n\
    Examples:\n  \
    petdb cache verify                       20 entries chosen at random\n  \
    petdb cache verify --all --table pets\n  \
    petdb cache verify --all --format json"
)]
pub struct VerifyArgs {
    /// Check N entries chosen at random [default: 20]
    #[arg(long, value_name = "N", conflicts_with = "all",
          value_parser = clap::value_parser!(u64).range(1..))]
    pub sample: Option<u64>,
    /// Check every entry
    #[arg(long)]
    pub all: bool,
    /// Only entries that read any of these tables
    #[arg(long, value_enum, num_args = 1.., value_name = "TABLE")]
    pub table: Vec<DataTable>,
}

#[derive(Debug, Args)]
#[command(
    after_help = "FILE holds one read command a line, as typed after `petdb` (a leading `petdb` is allowed);\n\
    blank lines and lines starting with # are skipped. Words are split as a shell splits them\n\
    (quotes, backslashes); nothing is expanded. The global flags of this command (`petdb --ttl 3600\n\
    cache warm FILE`) apply to every line; a line's own flags win.\n\
    \n\
    Each line's output is discarded. A line that is not a read, or fails, is reported with its\n\
    number, the other lines still run, and the exit code is 1.\n\
    \n\
    Example file:\n  \
    # nightly.warm\n  \
    report owners-summary --limit 20\n  \
    pets list --owner 7\n  \
    sql \"SELECT kind, count(*) FROM procedures GROUP BY kind\""
)]
pub struct WarmArgs {
    /// File of read commands, one a line (`-` for stdin)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Nothing runs: petdb works out the reads the command would make and, for each, prints its key,\n\
    its statement, the tables it reads with their versions now, whether it can be cached and why\n\
    not, what the key covers, and the state of its entry (absent, fresh, stale because a table\n\
    moved, expired, damaged).\n\
    \n\
    Examples:\n  \
    petdb cache explain pets list --owner 7\n  \
    petdb cache explain sql \"SELECT count(*) FROM pets\" --format json"
)]
pub struct ExplainArgs {
    /// The read command, as typed after `petdb` (e.g. pets list --owner 7)
    #[arg(value_name = "COMMAND", required = true, num_args = 1.., trailing_var_arg = true,
          allow_hyphen_values = true)]
    pub command: Vec<String>,
}

#[derive(Debug, Args)]
#[command(
    after_help = "petdb checks the versions of the tables the command reads every interval (one small query,\n\
    never the data) and prints the result again only when one has moved: a write by petdb or by any\n\
    other client. On a terminal the screen is redrawn under a header line; otherwise each result is\n\
    appended after a header line with the time (UTC). Ctrl-C ends it (exit 0). watch's own flags go\n\
    before the command.\n\
    \n\
    Examples:\n  \
    petdb watch report owners-summary --limit 10\n  \
    petdb watch --interval 0.5 pets list --owner 7\n  \
    petdb watch --until-change sql \"SELECT count(*) FROM procedures\" && echo changed"
)]
pub struct WatchArgs {
    /// Seconds between two checks of the tables it reads (fractions allowed, e.g. 0.5)
    #[arg(short = 'n', long, value_name = "SECS", default_value = "2",
          value_parser = parse_interval)]
    pub interval: std::time::Duration,
    /// Exit (0) at the first change, after printing the new result
    #[arg(long)]
    pub until_change: bool,
    /// The read command, as typed after `petdb` (e.g. pets list --owner 7)
    #[arg(value_name = "COMMAND", required = true, num_args = 1.., trailing_var_arg = true,
          allow_hyphen_values = true)]
    pub command: Vec<String>,
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct InvalidateArgs {
    /// Every entry in the cache
    #[arg(long)]
    pub all: bool,
    /// Entries that read any of these tables (of the current database)
    #[arg(long, value_enum, num_args = 1.., value_name = "TABLE")]
    pub table: Vec<DataTable>,
    /// One entry, by its key or a unique prefix of it (see `cache list`)
    #[arg(long, value_name = "KEY", value_parser = parse_key_prefix)]
    pub key: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DataTable {
    Species,
    Owners,
    Pets,
    Procedures,
}

impl From<DataTable> for Table {
    fn from(t: DataTable) -> Self {
        match t {
            DataTable::Species => Table::Species,
            DataTable::Owners => Table::Owners,
            DataTable::Pets => Table::Pets,
            DataTable::Procedures => Table::Procedures,
        }
    }
}

// ---------------------------------------------------------------------------------------
// value parsers: each error names the value and what was expected

fn parse_id(s: &str) -> Result<i64, String> {
    match s.parse::<i64>() {
        Ok(id) if id >= 1 => Ok(id),
        Ok(_) => Err("ids are positive integers".into()),
        Err(_) => Err("not an integer id".into()),
    }
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    use chrono::Datelike;
    let date = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|e| format!("expected a date as YYYY-MM-DD ({e})"))?;
    // Year 0 is 1 BC on PostgreSQL and 0000 on SQLite; five-digit years print as neither.
    if !(1..=9999).contains(&date.year()) {
        return Err("expected a date as YYYY-MM-DD, in the years 0001 to 9999".into());
    }
    Ok(date)
}

/// A date, or nothing (an empty value) to clear one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClearableDate(pub Option<NaiveDate>);

fn parse_optional_date(s: &str) -> Result<ClearableDate, String> {
    if s.is_empty() {
        Ok(ClearableDate(None))
    } else {
        parse_date(s).map(|d| ClearableDate(Some(d)))
    }
}

fn parse_cost(s: &str) -> Result<i32, String> {
    match s.parse::<i64>() {
        Ok(c) if c < 0 => Err("a cost cannot be negative".into()),
        Ok(c) => i32::try_from(c).map_err(|_| format!("a cost is at most {} cents", i32::MAX)),
        Err(_) => Err("expected a whole number of cents".into()),
    }
}

fn parse_name(s: &str) -> Result<String, String> {
    if s.trim().is_empty() {
        Err("must not be empty".into())
    } else {
        Ok(s.to_owned())
    }
}

/// A `--param` value: typed by its form, or by an explicit `int:`, `real:` or `text:`.
fn parse_param(s: &str) -> Result<Value, String> {
    if let Some(t) = s.strip_prefix("text:") {
        return Ok(Value::Text(t.to_owned()));
    }
    if let Some(i) = s.strip_prefix("int:") {
        return i
            .trim()
            .parse()
            .map(Value::Int)
            .map_err(|_| "not an integer".to_owned());
    }
    if let Some(r) = s.strip_prefix("real:") {
        return match r.trim().parse::<f64>() {
            Ok(f) if f.is_finite() => Ok(Value::Real(f)),
            _ => Err("not a finite real number".to_owned()),
        };
    }
    if let Ok(i) = s.parse::<i64>() {
        return Ok(Value::Int(i));
    }
    match s.parse::<f64>() {
        Ok(f) if f.is_finite() && s.contains(['.', 'e', 'E']) => Ok(Value::Real(f)),
        _ => Ok(Value::Text(s.to_owned())),
    }
}

/// `--param NAME=VALUE` of `petdb run`: split at the first `=`.
fn parse_named_param(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((name, value)) if !name.trim().is_empty() => {
            Ok((name.trim().to_owned(), value.to_owned()))
        }
        _ => Err("expected NAME=VALUE, e.g. --param owner=7".into()),
    }
}

/// A duration such as `30m`, `2h`, `1h30m` or `90s`.
fn parse_duration(s: &str) -> Result<std::time::Duration, String> {
    match humantime::parse_duration(s.trim()) {
        Ok(d) if !d.is_zero() => Ok(d),
        Ok(_) => Err("a duration must be longer than zero".into()),
        Err(_) => Err("expected a duration such as 30m, 2h, 1h30m or 90s".into()),
    }
}

fn parse_size(s: &str) -> Result<u64, String> {
    s.trim()
        .parse::<bytesize::ByteSize>()
        .map(|b| b.as_u64())
        .map_err(|_| "expected a size such as 64MiB, 500KB or 1048576".into())
}

/// A Redis key prefix: it ends up in SCAN patterns, so no spaces or glob characters.
fn parse_prefix(s: &str) -> Result<String, String> {
    if s.is_empty()
        || s.len() > 100
        || s.chars()
            .any(|c| c.is_whitespace() || c.is_control() || "*?[]\\".contains(c))
    {
        Err("use 1-100 characters without spaces or * ? [ ] \\".into())
    } else {
        Ok(s.to_owned())
    }
}

fn parse_key_prefix(s: &str) -> Result<String, String> {
    if s.len() >= 4 && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(s.to_ascii_lowercase())
    } else {
        Err("expected a key of 4 to 64 hex digits (see `petdb cache list`)".into())
    }
}

/// `watch --interval`: seconds, fractions allowed, from 0.1 to a day.
fn parse_interval(s: &str) -> Result<std::time::Duration, String> {
    match s.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && (0.1..=86_400.0).contains(&v) => {
            Ok(std::time::Duration::from_secs_f64(v))
        }
        _ => Err("expected seconds from 0.1 to 86400, e.g. 2 or 0.5".into()),
    }
}

fn parse_non_negative_f64(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && (0.0..=1000.0).contains(&v) => Ok(v),
        _ => Err("expected a number from 0 to 1000".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    type Line = Vec<String>;

    fn line(words: &[&str]) -> Line {
        words.iter().map(|w| w.to_string()).collect()
    }

    fn os(args: &[String]) -> Vec<std::ffi::OsString> {
        args.iter().map(Into::into).collect()
    }

    fn nested_command() -> clap::Command {
        Cli::command().args_override_self(true)
    }

    /// A parse as text: the whole `Cli` (globals and command), or the error's kind and
    /// rendering.
    fn shown(result: Result<Cli, clap::Error>) -> String {
        match result {
            Ok(cli) => format!("{cli:?}"),
            Err(e) => format!("{:?}\n{}", e.kind(), e.render()),
        }
    }

    /// What plain derive makes of `args`: the whole command with clap's global flags.
    fn plain(new_command: fn() -> clap::Command, args: &[String]) -> String {
        shown(
            new_command()
                .try_get_matches_from(args)
                .and_then(|m| Cli::from_arg_matches(&m)),
        )
    }

    /// What `parse_with` makes of `args` before it reads the config file: clap's parse
    /// with the command arranged as `how` has it, turned into a `Cli`.
    fn staged(
        new_command: fn() -> clap::Command,
        args: &[String],
        how: Globals,
    ) -> Result<Cli, clap::Error> {
        let command = new_command();
        let globals = global_ids(&command);
        let mut command = how.command(command, &os(args));
        let mut matches = command.try_get_matches_from_mut(args)?;
        cli_from(how, &command, &globals, &mut matches)
    }

    /// As `parse_args` stages it: on the path, or clap's own way when that fails.
    fn staged_as_parse_args(new_command: fn() -> clap::Command, args: &[String]) -> String {
        match staged(new_command, args, Globals::OnPath) {
            Err(e) if e.kind() != clap::error::ErrorKind::DisplayVersion => {
                shown(staged(new_command, args, Globals::Clap))
            }
            result => shown(result),
        }
    }

    /// The whole of `parse_with` (config file included) as text.
    fn whole(result: anyhow::Result<Cli>) -> String {
        match result {
            Ok(cli) => format!("{cli:?}"),
            Err(e) => match e.downcast::<clap::Error>() {
                Ok(e) => format!("{:?}\n{}", e.kind(), e.render()),
                Err(e) => format!("{e:#}"),
            },
        }
    }

    /// Checks `lines` three ways: for_args's trimmed command and the path-only arrangement
    /// (with its fall-back, as `parse_args` has it) against plain derive, clap stage only;
    /// and the whole of `parse_args` against the whole of `parse_with` the clap way, config
    /// file and all. A line plain derive parses must parse on the path (no fall-back).
    fn check(new_command: fn() -> clap::Command, lines: &[Line]) {
        for args in lines {
            let expected = plain(new_command, args);
            assert_eq!(
                expected,
                shown(staged(new_command, args, Globals::Clap)),
                "for_args: {args:?}"
            );
            assert_eq!(
                expected,
                staged_as_parse_args(new_command, args),
                "on the path: {args:?}"
            );
            let on_path = staged(new_command, args, Globals::OnPath);
            assert!(
                on_path.is_ok() || !expected.starts_with("Cli"),
                "on the path fails where clap parses: {args:?}: {}",
                shown(on_path)
            );
            assert_eq!(
                whole(parse_with(&os(args), new_command, Globals::Clap)),
                whole(parse_args(os(args), new_command)),
                "parse_args: {args:?}"
            );
        }
    }

    /// Two values of every global flag (none for a switch), tried at every level. A new
    /// global flag fails `every_global_flag_parses_alike_at_every_level` until it is here.
    fn samples(config: &str) -> Vec<(&'static str, [String; 2])> {
        let two = |a: &str, b: &str| [a.to_owned(), b.to_owned()];
        let switch = || [String::new(), String::new()];
        vec![
            ("config", two(config, "/dev/null")),
            ("profile", two("a", "b")),
            ("database_url", two("/tmp/one.db", "postgres://u@h/d")),
            ("format", two("csv", "json")),
            ("no_header", switch()),
            ("quiet", switch()),
            ("echo_sql", switch()),
            ("verbose", switch()),
            ("color", two("never", "always")),
            ("cache_dir", two("/tmp/c1", "/tmp/c2")),
            (
                "cache_url",
                two("redis://127.0.0.1:1/0", "redis://127.0.0.1:2/0"),
            ),
            ("cache_prefix", two("p1:", "p2:")),
            ("no_cache", switch()),
            ("refresh", switch()),
            ("ttl", two("7", "8")),
            ("max_stale", two("30m", "2h")),
            ("consistency", two("ttl", "strict")),
            ("cache_max_entries", two("5", "6")),
            ("cache_max_bytes", two("1MiB", "2MiB")),
            ("cache_max_entry_bytes", two("1KiB", "2KiB")),
        ]
    }

    /// A config file with `[defaults]` and the profiles `a` and `b`.
    fn config_file() -> tempfile::NamedTempFile {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        std::io::Write::write_all(
            &mut file,
            b"[defaults]\nttl = 11\nformat = \"tsv\"\n\n[profiles.a]\nttl = 12\ncolor = \"never\"\n\n\
              [profiles.b]\ncache_prefix = \"b:\"\nconsistency = \"ttl\"\n\n\
              [queries.q]\nsql = \"SELECT :n\"\nparams = [{ name = \"n\", type = \"int\" }]\n",
        )
        .unwrap();
        file
    }

    /// Subcommand paths (with their own arguments after) to put flags around.
    const PATHS: &[(&[&str], &[&str])] = &[
        (&["report", "owners-summary"], &["--limit", "20"]),
        (&["sql"], &["SELECT 1"]),
        (&["cache", "explain"], &["pets", "list"]),
        (&["config", "show"], &[]),
    ];

    /// `flag` (with its value) put before each word of `path` and after the whole line.
    fn placed(path: &[&str], rest: &[&str], flag: &[String]) -> Vec<Line> {
        (0..=path.len())
            .map(|at| {
                let mut args = line(&["petdb"]);
                args.extend(line(&path[..at]));
                args.extend(flag.iter().cloned());
                args.extend(line(&path[at..]));
                args.extend(line(rest));
                args
            })
            .collect()
    }

    #[test]
    fn every_global_flag_parses_alike_at_every_level() {
        let file = config_file();
        let config = file.path().to_str().unwrap().to_owned();
        let samples = samples(&config);
        let command = Cli::command();
        let mut ids: Vec<&str> = command
            .get_arguments()
            .filter(|a| a.is_global_set())
            .map(|a| a.get_id().as_str())
            .collect();
        let mut sampled: Vec<&str> = samples.iter().map(|(id, _)| *id).collect();
        ids.sort_unstable();
        sampled.sort_unstable();
        assert_eq!(ids, sampled, "every global flag needs samples");
        let mut lines = Vec::new();
        for (id, [one, two]) in &samples {
            let arg = command.get_arguments().find(|a| a.get_id() == id).unwrap();
            let long = format!("--{}", arg.get_long().unwrap());
            let given = |value: &str, equals: bool| -> Vec<String> {
                match (value.is_empty(), equals) {
                    (true, _) => vec![long.clone()],
                    (false, true) => vec![format!("{long}={value}")],
                    (false, false) => vec![long.clone(), value.to_owned()],
                }
            };
            for (path, rest) in PATHS {
                // Once, at each level.
                lines.extend(placed(path, rest, &given(one, false)));
                // Twice: first before the subcommand, then at each level below.
                for at in 1..=path.len() {
                    let mut args = line(&["petdb"]);
                    args.extend(given(one, true));
                    args.extend(line(&path[..at]));
                    args.extend(given(two, false));
                    args.extend(line(&path[at..]));
                    args.extend(line(rest));
                    lines.push(args);
                }
                // Its short form, after the subcommand.
                if let Some(short) = arg.get_short() {
                    let mut flag = vec![format!("-{short}")];
                    if !one.is_empty() {
                        flag.push(one.clone());
                    }
                    lines.extend(placed(path, rest, &flag));
                }
            }
        }
        check(Cli::command, &lines);
        // Inside `cache warm` and co, after the process's own flags as `nested` puts them.
        let nested: Vec<Line> = lines
            .iter()
            .map(|args| {
                let mut with = line(&["petdb", "--ttl=3600", "--format=json", "--no-cache"]);
                with.extend(args[1..].iter().cloned());
                with
            })
            .collect();
        check(nested_command, &nested);
    }

    /// Lines of every kind: flags before, after and between subcommands, help at every
    /// level, errors, `help`, `--version`, `--`.
    fn lines(config: &str) -> Vec<Line> {
        let mut lines: Vec<Line> = [
            &["petdb", "report", "owners-summary", "--limit", "20"][..],
            &[
                "petdb",
                "--consistency",
                "ttl",
                "report",
                "owners-summary",
                "--limit",
                "20",
            ],
            &[
                "petdb",
                "--format",
                "csv",
                "report",
                "owners-summary",
                "--ttl",
                "9",
            ],
            &["petdb", "report", "--format", "json", "owners-summary"],
            &[
                "petdb",
                "pets",
                "list",
                "--species",
                "cat",
                "-v",
                "--no-cache",
            ],
            &["petdb", "sql", "SELECT 1", "--echo-sql"],
            &["petdb", "sql", "SELECT 1", "--no-cache"],
            &["petdb", "--format", "report", "sql", "SELECT 1"],
            &["petdb", "report", "--help"],
            &["petdb", "report", "owners-summary", "--help"],
            &["petdb", "report", "owners-summary", "-h"],
            &["petdb", "--ttl", "5", "report", "owners-summary", "--help"],
            &["petdb", "help", "report"],
            &["petdb", "help", "report", "owners-summary"],
            &["petdb", "report", "help"],
            &["petdb", "report", "help", "owners-summary"],
            &["petdb", "help"],
            &["petdb", "--help"],
            &["petdb", "-h"],
            &["petdb", "--version"],
            &["petdb", "-V"],
            &["petdb", "report", "--version"],
            &["petdb", "report", "owners-summary", "--version"],
            &["petdb", "--ttl", "5", "report", "owners-summary", "-V"],
            &["petdb", "cache", "warm", "f.txt", "--version"],
            &["petdb"],
            &["petdb", "report"],
            &["petdb", "--ttl", "5", "report"],
            &["petdb", "cache"],
            &["petdb", "repot", "owners-summary"],
            &["petdb", "report", "owners-sumary"],
            &["petdb", "report", "owners-summary", "--formt", "csv"],
            &["petdb", "report", "owners-summary", "--format", "xml"],
            &["petdb", "report", "owners-summary", "--ttl", "abc"],
            &["petdb", "report", "owners-summary", "--ttl"],
            &["petdb", "--ttl", "abc", "report", "owners-summary"],
            &["petdb", "report", "owners-summary", "--limit", "-1"],
            &["petdb", "owners", "list", "--no-cache", "--refresh"],
            &["petdb", "--no-cache", "--refresh", "owners", "list"],
            &["petdb", "--no-cache", "owners", "list", "--refresh"],
            &["petdb", "--refresh", "owners", "--no-cache", "list"],
            &["petdb", "owners", "--no-cache", "list", "--no-cache"],
            &[
                "petdb",
                "--ttl",
                "1",
                "--ttl",
                "2",
                "report",
                "owners-summary",
            ],
            &[
                "petdb",
                "report",
                "owners-summary",
                "--ttl",
                "1",
                "--ttl",
                "2",
            ],
            &[
                "petdb",
                "--ttl",
                "1",
                "report",
                "--ttl",
                "2",
                "owners-summary",
                "--ttl",
                "3",
            ],
            &["petdb", "-q", "report", "-q", "owners-summary"],
            &["petdb", "-qv", "report", "owners-summary"],
            &["petdb", "report", "owners-summary", "-vq"],
            &["petdb", "report", "owners-summary", "-qq"],
            &["petdb", "cache", "stats", "--format", "prometheus"],
            &[
                "petdb", "cache", "stats", "--reset", "--output", "/tmp/x", "--ttl=4",
            ],
            &["petdb", "cache", "invalidate", "--all", "--no-cache"],
            &[
                "petdb",
                "cache",
                "invalidate",
                "--table",
                "pets",
                "--format",
                "json",
            ],
            &["petdb", "cache", "invalidate"],
            &["petdb", "cache", "verify", "--sample", "3", "--all"],
            &["petdb", "cache", "warm", "f.txt", "--ttl", "60"],
            &["petdb", "--ttl", "60", "cache", "warm", "-"],
            &["petdb", "cache", "--ttl", "60", "warm", "f.txt"],
            &["petdb", "cache", "explain", "pets", "list", "--owner", "7"],
            &["petdb", "cache", "explain", "--ttl", "5", "pets", "list"],
            &["petdb", "cache", "explain", "pets", "list", "--ttl", "5"],
            &["petdb", "cache", "explain", "--", "pets", "list"],
            &["petdb", "cache", "explain"],
            &["petdb", "watch", "-n", "0.5", "--ttl", "3", "pets", "list"],
            &[
                "petdb",
                "watch",
                "--until-change",
                "report",
                "species-counts",
                "-q",
            ],
            &["petdb", "watch", "--interval", "0", "pets", "list"],
            &["petdb", "sql", "--", "report"],
            &["petdb", "sql", "--", "--ttl"],
            &["petdb", "sql", "SELECT ?", "--param", "--ttl"],
            &["petdb", "sql", "SELECT ?", "--param=-5", "--ttl", "6"],
            &["petdb", "sql", "-f", "-", "--format", "csv"],
            &["petdb", "sql", "SELECT 1", "-f", "x.sql"],
            &["petdb", "run", "q", "--param", "n=1", "--ttl", "4"],
            &["petdb", "run", "--format", "csv", "q"],
            &["petdb", "queries", "--format", "json"],
            &[
                "petdb",
                "config",
                "path",
                "--config",
                "/nonexistent/petdb.toml",
            ],
            &[
                "petdb",
                "config",
                "show",
                "--config",
                "/nonexistent/petdb.toml",
            ],
            &["petdb", "config", "show", "--profile", "a"],
            &["petdb", "--profile", "a", "config", "show"],
            &["petdb", "--profile", "", "config", "show"],
            &["petdb", "config", "show", "--profile", "nope"],
            &["petdb", "config", "show", "--cache-url", ""],
            &["petdb", "completions", "bash", "--ttl", "5"],
            &["petdb", "completions", "tcsh"],
            &[
                "petdb",
                "db",
                "seed",
                "--owners",
                "5",
                "--reset",
                "--if-empty",
            ],
            &[
                "petdb",
                "db",
                "reset",
                "--yes",
                "--database-url",
                "/tmp/x.db",
            ],
            &["petdb", "db", "reset"],
            &[
                "petdb",
                "owners",
                "get",
                "3",
                "--with-pets",
                "--format=json",
            ],
            &["petdb", "owners", "get", "0"],
            &["petdb", "owners", "update", "3"],
            &["petdb", "owners", "add", "--name", "Ann", "-q"],
            &["petdb", "pets", "list", "--name", "get", "--ttl", "2"],
            &[
                "petdb",
                "pets",
                "update",
                "2",
                "--birth-date",
                "",
                "--refresh",
            ],
            &[
                "petdb",
                "procedures",
                "list",
                "--since",
                "2024-01-01",
                "--until",
                "2024-13-01",
            ],
            &["petdb", "species", "list", "--verbose", "species"],
            &[
                "petdb",
                "report",
                "monthly-revenue",
                "--since",
                "2024-01-01",
                "--echo-sql",
            ],
            &[
                "petdb",
                "--color",
                "never",
                "--no-header",
                "report",
                "species-counts",
            ],
            &[
                "petdb",
                "--cache-dir",
                "/tmp/c",
                "report",
                "--cache-url",
                "redis://h:1/0",
                "species-counts",
            ],
            &["petdb", "report", "species-counts", "--max-stale", "0s"],
            &[
                "petdb",
                "report",
                "species-counts",
                "--cache-max-entries",
                "0",
            ],
            &["petdb", "report", "species-counts", "--cache-prefix", "a b"],
        ]
        .iter()
        .map(|words| line(words))
        .collect();
        // Each with the config file given before, between and after the subcommands.
        for at in [1, 2, 3] {
            for words in [
                &["petdb", "report", "owners-summary"][..],
                &["petdb", "config", "show"],
                &["petdb", "run", "q", "--param", "n=2"],
                &["petdb", "queries"],
                &["petdb", "--profile", "a", "config", "show"],
                &["petdb", "--ttl", "3", "config", "show", "--profile", "b"],
            ] {
                let mut args = line(words);
                if at <= args.len() {
                    args.splice(at..at, line(&["--config", config]));
                    lines.push(args);
                }
            }
        }
        lines
    }

    #[test]
    fn parsing_on_the_path_changes_no_parse_help_or_error() {
        let file = config_file();
        let lines = lines(file.path().to_str().unwrap());
        check(Cli::command, &lines);
        let nested: Vec<Line> = lines
            .iter()
            .map(|args| {
                let mut with = line(&["petdb", "--ttl=3600", "--verbose", "--cache-prefix=n:"]);
                with.extend(args[1..].iter().cloned());
                with
            })
            .collect();
        check(nested_command, &nested);
    }

    /// Runs `test` of this file again in a process of its own with `vars` set, and tells
    /// whether this is that process (then the caller does the checking).
    fn under_env(test: &str, vars: &[(&str, &str)]) -> bool {
        const CHILD: &str = "PETDB_CLI_TEST_CHILD";
        if let Some(child) = std::env::var_os(CHILD) {
            return child == test;
        }
        let output = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                &format!("cli::tests::{test}"),
                "--exact",
                "--test-threads=1",
            ])
            .env(CHILD, test)
            .envs(vars.iter().copied())
            .output()
            .unwrap();
        assert!(
            output.status.success() && String::from_utf8_lossy(&output.stdout).contains("1 passed"),
            "{test} under {vars:?}:\n{}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        false
    }

    #[test]
    fn environment_variables_parse_alike() {
        let file = config_file();
        let config = file.path().to_str().unwrap().to_owned();
        let vars = [
            ("PETDB_CONFIG", config.as_str()),
            ("PETDB_PROFILE", "a"),
            ("DATABASE_URL", "/tmp/env.db"),
            ("PETDB_CACHE_DIR", "/tmp/env-cache"),
            ("PETDB_CACHE_URL", "redis://127.0.0.1:9/0"),
            ("PETDB_CACHE_PREFIX", "env:"),
            ("PETDB_TTL", "42"),
            ("PETDB_MAX_STALE", "5m"),
            ("PETDB_CONSISTENCY", "ttl"),
            ("PETDB_CACHE_MAX_ENTRIES", "9"),
            ("PETDB_CACHE_MAX_BYTES", "9MiB"),
            ("PETDB_CACHE_MAX_ENTRY_BYTES", "9KiB"),
        ];
        if under_env("environment_variables_parse_alike", &vars) {
            check(Cli::command, &lines(&config));
        }
    }

    #[test]
    fn bad_environment_variables_parse_alike() {
        let vars = [
            ("PETDB_PROFILE", ""),
            ("PETDB_CACHE_URL", ""),
            ("PETDB_TTL", "abc"),
            ("PETDB_CONSISTENCY", "sometimes"),
        ];
        if under_env("bad_environment_variables_parse_alike", &vars) {
            let file = config_file();
            check(Cli::command, &lines(file.path().to_str().unwrap()));
        }
    }

    /// A flag on the command line beats its environment variable, however the line places
    /// its flags: a bad value in the variable is then never read.
    #[test]
    fn a_flag_given_hides_a_bad_environment_variable() {
        let vars = [
            ("PETDB_TTL", "bad"),
            ("PETDB_MAX_STALE", "xx"),
            ("PETDB_CACHE_MAX_BYTES", "lots"),
            ("PETDB_CONSISTENCY", "bogus"),
        ];
        if under_env("a_flag_given_hides_a_bad_environment_variable", &vars) {
            let given = "--ttl 5 --max-stale 1h --cache-max-bytes 1MiB --consistency=strict";
            for line in [
                "report --verbose owners-summary",
                "report --ttl 6 owners-summary",
                "report owners-summary -v",
                "owners -q list --limit 1",
                "report -v species-counts",
                "cache -vq explain -- report --verbose species-counts",
            ] {
                let args: Vec<std::ffi::OsString> = format!("petdb {given} {line}")
                    .split(' ')
                    .map(Into::into)
                    .collect();
                if let Err(e) = parse_args(args, Cli::command) {
                    panic!("{line}: {e:#}");
                }
            }
        }
    }

    /// An unknown flag before any subcommand is a usage error, never a panic: clap looks
    /// for it among the subcommands' flags, and checks each subcommand as it goes.
    #[test]
    fn an_unknown_flag_before_any_subcommand_is_an_error() {
        let mut command = Cli::command();
        command.build();
        for sub in command.get_subcommands() {
            let args = os(&line(&["petdb", "--bogus", sub.get_name()]));
            let e = parse_args(args, Cli::command).expect_err(sub.get_name());
            let e = e.downcast::<clap::Error>().expect("a clap error");
            assert_eq!(
                e.kind(),
                clap::error::ErrorKind::UnknownArgument,
                "{}",
                sub.get_name()
            );
        }
    }

    #[test]
    fn empty_environment_variables_parse_alike() {
        let vars = [
            ("PETDB_PROFILE", ""),
            ("PETDB_CACHE_URL", ""),
            ("PETDB_TTL", "1"),
        ];
        if under_env("empty_environment_variables_parse_alike", &vars) {
            let file = config_file();
            check(Cli::command, &lines(file.path().to_str().unwrap()));
        }
    }

    /// What `on_path` relies on: a copy of a global flag holds no environment variable, so
    /// it must make no difference at a subcommand's level whether the variable's value is
    /// there. Clap counts a value from the environment as given, so no flag may conflict
    /// with a global flag that has one, and none may be exclusive.
    #[test]
    fn nothing_turns_on_a_global_flag_set_by_the_environment() {
        fn walk(command: &clap::Command, with_env: &[clap::Id]) {
            for arg in command.get_arguments() {
                assert!(!arg.is_exclusive_set(), "{} is exclusive", arg.get_id());
                for other in command.get_arg_conflicts_with(arg) {
                    assert!(
                        !with_env.contains(arg.get_id()) && !with_env.contains(other.get_id()),
                        "{} conflicts with {}",
                        arg.get_id(),
                        other.get_id()
                    );
                }
            }
            for sub in command.get_subcommands() {
                walk(sub, with_env);
            }
        }
        let mut command = Cli::command();
        command.build();
        let with_env: Vec<clap::Id> = command
            .get_arguments()
            .filter(|a| a.is_global_set() && a.get_env().is_some())
            .map(|a| a.get_id().clone())
            .collect();
        assert!(with_env.len() > 5);
        walk(&command, &with_env);
    }

    #[test]
    fn params_keep_their_command_line_order() {
        let cli = parse_from([
            "petdb",
            "--config",
            "/dev/null",
            "sql",
            "SELECT ?, ?, ?, ?",
            "--param",
            "1",
            "--param-null",
            "--param",
            "x",
            "--param-null",
        ])
        .unwrap();
        let Command::Sql(sql) = cli.command else {
            panic!()
        };
        assert_eq!(
            sql.params,
            [
                Value::Int(1),
                Value::Null,
                Value::Text("x".into()),
                Value::Null
            ]
        );
    }

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn value_parsers_reject_bad_values() {
        assert!(parse_id("0").is_err());
        assert!(parse_id("-1").is_err());
        assert!(parse_id("abc").is_err());
        assert!(parse_id("99999999999999999999").is_err());
        assert_eq!(parse_id("42"), Ok(42));
        assert!(parse_date("2024-02-30").is_err());
        assert!(parse_date("24-1-1x").is_err());
        assert_eq!(parse_optional_date(""), Ok(ClearableDate(None)));
        assert!(parse_cost("-1").is_err());
        assert!(parse_cost("3000000000").is_err());
        assert_eq!(parse_cost("0"), Ok(0));
        assert!(parse_name("  ").is_err());
        assert!(parse_non_negative_f64("NaN").is_err());
        assert_eq!(parse_size("1KiB"), Ok(1024));
        assert_eq!(parse_size("2MB"), Ok(2_000_000));
        assert!(parse_size("lots").is_err());
        assert!(parse_key_prefix("abc").is_err());
        assert!(parse_key_prefix("xyz123").is_err());
        assert_eq!(parse_key_prefix("ABCD12"), Ok("abcd12".into()));
        assert_eq!(parse_param("42"), Ok(Value::Int(42)));
        assert_eq!(parse_param("-4.5"), Ok(Value::Real(-4.5)));
        assert_eq!(parse_param("1e3"), Ok(Value::Real(1000.0)));
        assert_eq!(parse_param("Rex"), Ok(Value::Text("Rex".into())));
        assert_eq!(parse_param("text:007"), Ok(Value::Text("007".into())));
        assert_eq!(parse_param("int:7"), Ok(Value::Int(7)));
        assert_eq!(parse_param("real:7"), Ok(Value::Real(7.0)));
        assert_eq!(parse_param("inf"), Ok(Value::Text("inf".into())));
        assert!(parse_param("int:x").is_err());
        assert!(
            parse_prefix("a b").is_err()
                && parse_prefix("a*").is_err()
                && parse_prefix("").is_err()
        );
        assert_eq!(parse_prefix("petdb:prod:"), Ok("petdb:prod:".into()));
        assert_eq!(
            parse_named_param("since=2024-01-01"),
            Ok(("since".into(), "2024-01-01".into()))
        );
        assert_eq!(parse_named_param("a=b=c"), Ok(("a".into(), "b=c".into())));
        assert_eq!(parse_named_param("a="), Ok(("a".into(), String::new())));
        assert!(parse_named_param("=1").is_err() && parse_named_param("owner").is_err());
    }
}
