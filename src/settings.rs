//! Plain settings for one run: the global flags, converted once from clap's types
//! (`cli.rs`) — like ripgrep's high-level args or fd's `Config`. Nothing after this point
//! sees clap: commands, the database, the cache and the printer read these.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result};

use crate::cache::{self, Bounds, Consistency, Location};
use crate::cli::{ColorWhen, ConsistencyArg, GlobalArgs};
use crate::config::Chosen;
use crate::output::Style;

/// How long a miss waits for another process filling the same result.
const FILL_LOCK_WAIT: Duration = Duration::from_secs(10);

#[derive(Debug, Clone)]
pub struct Settings {
    /// `--database-url`; `None` is the default SQLite file.
    pub database_url: Option<String>,
    pub style: Style,
    /// `-q`: only data on stdout.
    pub quiet: bool,
    pub echo: Echo,
    pub color: anstream::ColorChoice,
    pub cache: CacheSettings,
    /// The config file, the profile and where each setting came from.
    pub config: Chosen,
}

/// What petdb says on stderr about its own work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Echo {
    Off,
    /// `-v`: cache events and notes.
    Events,
    /// `--echo-sql`: those and every statement sent.
    Sql,
}

#[derive(Debug, Clone)]
pub struct CacheSettings {
    /// `--no-cache`: reads do not use the cache (writes still invalidate it).
    pub bypass: bool,
    /// `--cache-dir`; `None` is the user's cache directory.
    pub dir: Option<PathBuf>,
    /// `--cache-url` and `--cache-prefix`: the cache is on Redis.
    pub redis: Option<(String, String)>,
    pub policy: cache::Settings,
}

impl CacheSettings {
    /// Where the cache lives.
    pub fn location(&self) -> Result<Location> {
        Ok(match &self.redis {
            Some((url, prefix)) => Location::Redis {
                url: url.clone(),
                prefix: prefix.clone(),
            },
            None => Location::Dir(self.dir()?),
        })
    }

    /// The cache directory (`--cache-dir`, or the user's cache directory).
    pub fn dir(&self) -> Result<PathBuf> {
        match &self.dir {
            Some(dir) => Ok(dir.clone()),
            None => Ok(dirs::cache_dir()
                .context("cannot find the user's cache directory (set HOME or pass --cache-dir)")?
                .join("petdb")),
        }
    }

    /// The cache's location as `cache path` prints it (a password never shows).
    pub fn shown(&self) -> Result<String> {
        Ok(match &self.redis {
            Some((url, prefix)) => format!(
                "{} (prefix {prefix})",
                crate::db::target::redact_unparsed(url)
            ),
            None => self.dir()?.display().to_string(),
        })
    }
}

impl Settings {
    /// The settings the global flags ask for.
    pub fn from_args(args: GlobalArgs) -> Self {
        let c = args.cache;
        Settings {
            config: args.chosen,
            database_url: args.database_url,
            style: Style {
                format: args.format.into(),
                header: !args.no_header,
            },
            quiet: args.quiet,
            echo: if args.echo_sql {
                Echo::Sql
            } else if args.verbose {
                Echo::Events
            } else {
                Echo::Off
            },
            color: match args.color {
                ColorWhen::Auto => anstream::ColorChoice::Auto,
                ColorWhen::Always => anstream::ColorChoice::Always,
                ColorWhen::Never => anstream::ColorChoice::Never,
            },
            cache: CacheSettings {
                bypass: c.no_cache,
                dir: c.cache_dir,
                // Set but empty is unset (as NO_COLOR is read).
                redis: c
                    .cache_url
                    .filter(|url| !url.trim().is_empty())
                    .map(|url| (url, c.cache_prefix)),
                policy: cache::Settings {
                    ttl: Duration::from_secs(c.ttl),
                    consistency: match c.consistency {
                        ConsistencyArg::Strict => Consistency::Strict,
                        ConsistencyArg::Ttl => Consistency::Ttl,
                    },
                    refresh: c.refresh,
                    bounds: Bounds {
                        max_entries: c.cache_max_entries,
                        max_bytes: c.cache_max_bytes,
                        max_entry_bytes: c.cache_max_entry_bytes,
                    },
                    lock_wait: FILL_LOCK_WAIT,
                    max_stale: c.max_stale,
                },
            },
        }
    }
}
