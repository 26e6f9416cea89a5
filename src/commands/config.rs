//! `petdb config show` and `petdb config path`.

use std::io::Write;

use anyhow::{Context, Result};

use crate::cli::ConfigCommand;
use crate::config::{Effective, SECRET_KEYS, Source};
use crate::db::target::{default_sqlite_path, redact_unparsed};
use crate::rows::{Rows, Value};
use crate::settings::Settings;

pub fn run(settings: &Settings, cmd: ConfigCommand) -> Result<()> {
    match cmd {
        ConfigCommand::Path => {
            let (path, _) = settings.config.path.as_ref().context(
                "cannot find the user's config directory (set HOME or XDG_CONFIG_HOME, or pass --config)",
            )?;
            let mut out = std::io::stdout().lock();
            writeln!(out, "{}", path.display())?;
            out.flush()?;
            Ok(())
        }
        ConfigCommand::Show => show(settings),
    }
}

/// One row per setting: its value (passwords as `***`), the kind of source and exactly
/// which flag, variable or line.
fn show(settings: &Settings) -> Result<()> {
    let chosen = &settings.config;
    let mut rows = Rows {
        columns: ["setting", "value", "source", "detail"]
            .map(String::from)
            .to_vec(),
        rows: Vec::new(),
    };
    for e in &chosen.settings {
        let value = shown_value(settings, e).map_or(Value::Null, Value::Text);
        let detail = match &e.source {
            Source::Flag(flag) => flag.clone(),
            Source::Env(var) => var.clone(),
            // The file is the `config` row's value.
            Source::Profile { name, line } => format!("[profiles.{name}] line {line}"),
            Source::Defaults { line } => format!("[defaults] line {line}"),
            Source::BuiltIn if e.key == "config" && chosen.file.is_none() => {
                "no such file".to_owned()
            }
            Source::BuiltIn => String::new(),
        };
        rows.rows.push(vec![
            Value::Text(e.key.clone()),
            value,
            Value::Text(e.source.kind().to_owned()),
            Value::Text(detail),
        ]);
    }
    super::print_plain(settings, &rows)
}

/// The value to show: as set (a URL's password masked), or the default a setting without
/// one stands for.
fn shown_value(settings: &Settings, e: &Effective) -> Option<String> {
    match (&e.value, e.key.as_str()) {
        (Some(v), key) if SECRET_KEYS.contains(&key) => Some(redact_unparsed(v)),
        (Some(v), _) => Some(v.clone()),
        (None, "config") => settings
            .config
            .path
            .as_ref()
            .map(|(p, _)| p.display().to_string()),
        (None, "database_url") => default_sqlite_path().ok().map(|p| p.display().to_string()),
        (None, "cache_dir") => settings.cache.dir().ok().map(|p| p.display().to_string()),
        (None, _) => None,
    }
}
