//! The config file: settings under `[defaults]` and `[profiles.NAME]`, named queries under
//! `[queries.NAME]`. This module reads and checks the file; which settings exist and what
//! values they take is clap's to say (`cli.rs` passes a [`Checker`] built from the global
//! flags), so the file cannot drift from the command line. Nothing here knows clap.
//!
//! Every mistake names the file, the line and the key, and is a usage error (exit 2):
//! nothing in the file is ignored.

pub mod query;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

pub use self::query::NamedQuery;
use crate::UsageError;

/// Settings whose values may hold a password (redacted when shown; a file holding one
/// should not be readable by others).
pub const SECRET_KEYS: [&str; 2] = ["database_url", "cache_url"];

/// What the file may set: the settings' names, and a check of a value by the same parser
/// as the flag's.
pub trait Checker {
    /// Every setting the file may set, in the order `--help` lists them.
    fn keys(&self) -> Vec<String>;
    /// `Err` says why `value` is not a valid value of setting `key`.
    fn check(&self, key: &str, value: &str) -> Result<(), String>;
}

/// A parsed, checked config file.
#[derive(Debug, Default)]
pub struct ConfigFile {
    pub path: PathBuf,
    pub defaults: Section,
    pub profiles: BTreeMap<String, Section>,
    pub queries: BTreeMap<String, NamedQuery>,
    /// A `database_url` or `cache_url` of some section holds a password.
    pub holds_password: bool,
    /// The file's permission bits (Unix).
    pub mode: Option<u32>,
}

/// The settings of `[defaults]` or of one profile: key → value.
#[derive(Debug, Default, Clone)]
pub struct Section {
    pub values: BTreeMap<String, Entry>,
}

/// One setting's value, as text for the flag's parser, and its line in the file.
#[derive(Debug, Clone)]
pub struct Entry {
    pub value: String,
    pub line: usize,
}

/// Where a setting's value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The command line (the flag, e.g. `--ttl`).
    Flag(String),
    /// An environment variable (its name).
    Env(String),
    /// `[profiles.NAME]` of the config file, at a line.
    Profile { name: String, line: usize },
    /// `[defaults]` of the config file, at a line.
    Defaults { line: usize },
    /// petdb's own default.
    BuiltIn,
}

impl Source {
    /// The kind of source: flag, env, profile, defaults or built-in.
    pub fn kind(&self) -> &'static str {
        match self {
            Source::Flag(_) => "flag",
            Source::Env(_) => "env",
            Source::Profile { .. } => "profile",
            Source::Defaults { .. } => "defaults",
            Source::BuiltIn => "built-in",
        }
    }
}

/// One setting as this run sees it: its value (as text) and where it came from.
#[derive(Debug, Clone)]
pub struct Effective {
    pub key: String,
    pub value: Option<String>,
    pub source: Source,
}

/// The config file of this run, the profile, and where every setting came from: what
/// `cli::parse` found, for `config show`, `queries` and `run`.
#[derive(Debug, Default, Clone)]
pub struct Chosen {
    /// The file's path and how it was named (`None`: no `--config` and no config dir).
    pub path: Option<(PathBuf, Source)>,
    /// The file, when it exists (and this command reads it).
    pub file: Option<Arc<ConfigFile>>,
    /// `--profile` / `PETDB_PROFILE`.
    pub profile: Option<String>,
    /// `config`, `profile`, then every setting the file may set.
    pub settings: Vec<Effective>,
}

impl Chosen {
    /// The named query `name`, or a usage error naming the ones there are.
    pub fn query(&self, name: &str) -> Result<&NamedQuery> {
        let Some(file) = &self.file else {
            let place = match &self.path {
                Some((path, _)) => format!("there is no config file at {}", path.display()),
                None => "there is no config file (pass --config FILE)".to_owned(),
            };
            return Err(UsageError(format!("no query `{name}`: {place}")).into());
        };
        file.queries.get(name).ok_or_else(|| {
            let names: Vec<&str> = file.queries.keys().map(String::as_str).collect();
            let known = if names.is_empty() {
                "it defines no [queries.NAME]".to_owned()
            } else {
                format!("queries: {}", names.join(", "))
            };
            UsageError(format!(
                "no query `{name}` in {} ({known})",
                file.path.display()
            ))
            .into()
        })
    }

    /// The warning due when the file holds a password that others can read (as ssh says
    /// of a key file).
    pub fn exposure_warning(&self) -> Option<String> {
        let file = self.file.as_ref()?;
        let mode = file.mode?;
        (file.holds_password && mode & 0o044 != 0).then(|| {
            format!(
                "{} holds a password and is readable by others (mode {:03o}); run: chmod 600 {}",
                file.path.display(),
                mode & 0o777,
                file.path.display()
            )
        })
    }
}

/// The default config file: `petdb/config.toml` in the user's config directory.
pub fn default_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("petdb").join("config.toml"))
}

/// Read and check the file at `path`. A missing file is `None` unless it was named
/// explicitly (`--config`, `PETDB_CONFIG`).
pub fn load(path: &Path, explicit: bool, checker: &dyn Checker) -> Result<Option<ConfigFile>> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => return Ok(None),
        Err(e) => {
            return Err(e).with_context(|| format!("cannot read config file {}", path.display()));
        }
    };
    let text = String::from_utf8(bytes)
        .map_err(|_| UsageError(format!("{}: not UTF-8 text", path.display())))?;
    let mut file = parse(path, &text, checker)?;
    file.mode = mode(path);
    Ok(Some(file))
}

#[cfg(unix)]
fn mode(path: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).ok().map(|m| m.permissions().mode())
}

#[cfg(not(unix))]
fn mode(_: &Path) -> Option<u32> {
    None
}

/// Parse and check `text`, the contents of `path`.
pub fn parse(path: &Path, text: &str, checker: &dyn Checker) -> Result<ConfigFile> {
    let at = At { path, text };
    let doc = DeTable::parse(text).map_err(|e| {
        let line = e.span().map_or(1, |s| at.line(s.start));
        at.error_at_line(line, crate::ui::one_line(e.message()))
    })?;
    let keys = checker.keys();
    let mut file = ConfigFile {
        path: path.to_owned(),
        ..ConfigFile::default()
    };
    for (key, value) in in_file_order(doc.get_ref()) {
        match key.get_ref().as_ref() {
            "defaults" => {
                let table = at.table(value, "[defaults]")?;
                file.defaults = at.section(table, "[defaults]", &keys, checker)?;
            }
            "profiles" => {
                for (name, section) in in_file_order(at.table(value, "[profiles]")?) {
                    let name = at.name(name, "profile")?;
                    let place = format!("[profiles.{name}]");
                    let table = at.table(section, &place)?;
                    let section = at.section(table, &place, &keys, checker)?;
                    file.profiles.insert(name, section);
                }
            }
            "queries" => {
                for (key, query) in in_file_order(at.table(value, "[queries]")?) {
                    let name = at.name(key, "query")?;
                    let place = format!("[queries.{name}]");
                    let table = at.table(query, &place)?;
                    let line = at.line(key.span().start);
                    let query = query::parse(&at, &name, table, line)?;
                    file.queries.insert(name, query);
                }
            }
            other if keys.iter().any(|k| k == other) => {
                return Err(at.error(
                    key.span(),
                    format!("`{other}` must be under [defaults] or a [profiles.NAME] table"),
                ));
            }
            other => {
                return Err(at.error(
                    key.span(),
                    format!(
                        "unknown table `{other}` (the file has [defaults], [profiles.NAME] and [queries.NAME])"
                    ),
                ));
            }
        }
    }
    file.holds_password = std::iter::once(&file.defaults)
        .chain(file.profiles.values())
        .flat_map(|s| s.values.iter())
        .any(|(k, e)| {
            SECRET_KEYS.contains(&k.as_str())
                && crate::db::target::redact_unparsed(&e.value) != e.value
        });
    Ok(file)
}

/// A table's entries in the order they appear in the file, so the first mistake is the
/// one reported.
fn in_file_order<'a, 'i>(
    table: &'a DeTable<'i>,
) -> Vec<(
    &'a Spanned<std::borrow::Cow<'i, str>>,
    &'a Spanned<DeValue<'i>>,
)> {
    let mut entries: Vec<_> = table.iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    entries
}

/// The file being read: for messages that name it and a line.
pub(crate) struct At<'a> {
    path: &'a Path,
    text: &'a str,
}

impl At<'_> {
    /// The 1-based line of byte `offset`.
    fn line(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1
    }

    fn error_at_line(&self, line: usize, message: impl fmt::Display) -> anyhow::Error {
        UsageError(format!("{}:{line}: {message}", self.path.display())).into()
    }

    /// A usage error at the start of `span`.
    pub(crate) fn error(
        &self,
        span: std::ops::Range<usize>,
        message: impl fmt::Display,
    ) -> anyhow::Error {
        self.error_at_line(self.line(span.start), message)
    }

    pub(crate) fn table<'v, 'i>(
        &self,
        value: &'v Spanned<DeValue<'i>>,
        place: &str,
    ) -> Result<&'v DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(t) => Ok(t),
            other => Err(self.error(
                value.span(),
                format!("{place} must be a table, not {}", type_name(other)),
            )),
        }
    }

    /// A profile's or query's name: usable on the command line.
    fn name(&self, key: &Spanned<std::borrow::Cow<'_, str>>, what: &str) -> Result<String> {
        let name = key.get_ref().as_ref();
        let ok = !name.is_empty()
            && !name.starts_with('-')
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if ok {
            Ok(name.to_owned())
        } else {
            Err(self.error(
                key.span(),
                format!("{what} name `{name}`: use letters, digits, `_` and `-`"),
            ))
        }
    }

    /// The settings of `[defaults]` or a profile, each checked by its flag's parser.
    fn section(
        &self,
        table: &DeTable<'_>,
        place: &str,
        keys: &[String],
        checker: &dyn Checker,
    ) -> Result<Section> {
        let mut section = Section::default();
        for (key, value) in in_file_order(table) {
            let name = key.get_ref().as_ref();
            if !keys.iter().any(|k| k == name) {
                return Err(self.error(key.span(), unknown_setting(name, place, keys)));
            }
            let text = scalar(value.get_ref()).ok_or_else(|| {
                self.error(
                    value.span(),
                    format!(
                        "{name}: expected a string, number or boolean, not {}",
                        type_name(value.get_ref())
                    ),
                )
            })?;
            checker
                .check(name, &text)
                .map_err(|why| self.error(value.span(), format!("{name}: {why}")))?;
            section.values.insert(
                name.to_owned(),
                Entry {
                    value: text,
                    line: self.line(key.span().start),
                },
            );
        }
        Ok(section)
    }
}

fn unknown_setting(name: &str, place: &str, keys: &[String]) -> String {
    let underscored = name.replace('-', "_");
    let close = keys
        .iter()
        .filter(|k| **k == underscored || edit_distance(k, name) <= 2)
        .min_by_key(|k| edit_distance(k, &underscored));
    match close {
        Some(k) => format!("unknown setting `{name}` in {place} (did you mean `{k}`?)"),
        None => format!(
            "unknown setting `{name}` in {place} (settings: {})",
            keys.join(", ")
        ),
    }
}

/// Levenshtein distance, for "did you mean".
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// A scalar as the text a flag would be given: strings as they are, numbers in decimal,
/// booleans as `true`/`false`, dates as ISO 8601.
pub(crate) fn scalar(value: &DeValue<'_>) -> Option<String> {
    match value {
        DeValue::String(s) => Some(s.to_string()),
        DeValue::Integer(i) => Some(
            i128::from_str_radix(i.as_str(), i.radix())
                .map_or_else(|_| i.to_string(), |n| n.to_string()),
        ),
        DeValue::Float(f) => Some(f.as_str().to_owned()),
        DeValue::Boolean(b) => Some(b.to_string()),
        DeValue::Datetime(d) => Some(d.to_string()),
        DeValue::Array(_) | DeValue::Table(_) => None,
    }
}

pub(crate) fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// The settings `profile` selects: the profile's over `[defaults]`, each with its source.
/// An unknown profile is a usage error naming the ones there are.
pub fn layer(
    file: Option<&ConfigFile>,
    path: Option<&Path>,
    profile: Option<&str>,
) -> Result<BTreeMap<String, (String, Source)>> {
    let mut layer = BTreeMap::new();
    let Some(file) = file else {
        if let Some(name) = profile {
            let place = match path {
                Some(path) => format!("there is no config file at {}", path.display()),
                None => "there is no config file (pass --config FILE)".to_owned(),
            };
            return Err(UsageError(format!("unknown profile `{name}`: {place}")).into());
        }
        return Ok(layer);
    };
    for (key, e) in &file.defaults.values {
        layer.insert(
            key.clone(),
            (e.value.clone(), Source::Defaults { line: e.line }),
        );
    }
    if let Some(name) = profile {
        let Some(section) = file.profiles.get(name) else {
            let names: Vec<&str> = file.profiles.keys().map(String::as_str).collect();
            let known = if names.is_empty() {
                "it defines no [profiles.NAME]".to_owned()
            } else {
                format!("profiles: {}", names.join(", "))
            };
            return Err(UsageError(format!(
                "unknown profile `{name}` in {} ({known})",
                file.path.display()
            ))
            .into());
        };
        for (key, e) in &section.values {
            layer.insert(
                key.clone(),
                (
                    e.value.clone(),
                    Source::Profile {
                        name: name.to_owned(),
                        line: e.line,
                    },
                ),
            );
        }
    }
    Ok(layer)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Keys;

    impl Checker for Keys {
        fn keys(&self) -> Vec<String> {
            ["format", "ttl", "database_url", "cache_url", "no_header"]
                .map(String::from)
                .to_vec()
        }
        fn check(&self, key: &str, value: &str) -> Result<(), String> {
            match key {
                "ttl" => value
                    .parse::<u64>()
                    .map(|_| ())
                    .map_err(|e| format!("invalid value '{value}': {e}")),
                "format" if !["table", "csv"].contains(&value) => {
                    Err(format!("invalid value '{value}'"))
                }
                _ => Ok(()),
            }
        }
    }

    fn parse_str(text: &str) -> Result<ConfigFile> {
        parse(Path::new("c.toml"), text, &Keys)
    }

    fn error(text: &str) -> String {
        format!("{:#}", parse_str(text).unwrap_err())
    }

    #[test]
    fn sections_and_lines() {
        let file = parse_str(
            "[defaults]\nformat = \"csv\"\nttl = 0x10\n\n[profiles.prod]\nttl = 1_000\nno_header = true\n",
        )
        .unwrap();
        assert_eq!(file.defaults.values["ttl"].value, "16");
        assert_eq!(file.defaults.values["format"].line, 2);
        let prod = &file.profiles["prod"].values;
        assert_eq!(prod["ttl"].value, "1000");
        assert_eq!(prod["no_header"].value, "true");
        assert_eq!(prod["no_header"].line, 7);
        assert!(!file.holds_password);
    }

    #[test]
    fn mistakes_name_the_file_line_and_key() {
        assert_eq!(
            error("[defaults]\nformt = \"csv\"\n"),
            "c.toml:2: unknown setting `formt` in [defaults] (did you mean `format`?)"
        );
        assert_eq!(
            error("[defaults]\n\n[profiles.p]\nno-header = true\n"),
            "c.toml:4: unknown setting `no-header` in [profiles.p] (did you mean `no_header`?)"
        );
        assert!(error("[defaults]\nzzz = 1\n").contains("(settings: format, ttl,"));
        assert_eq!(
            error("[defaults]\nttl = -1\n"),
            "c.toml:2: ttl: invalid value '-1': invalid digit found in string"
        );
        assert_eq!(
            error("[defaults]\nttl = [1]\n"),
            "c.toml:2: ttl: expected a string, number or boolean, not an array"
        );
        assert_eq!(
            error("ttl = 5\n"),
            "c.toml:1: `ttl` must be under [defaults] or a [profiles.NAME] table"
        );
        assert!(error("[default]\n").starts_with("c.toml:1: unknown table `default`"));
        assert!(error("[defaults]\nttl = \n").starts_with("c.toml:2: "));
        assert!(error("profiles = 3\n").contains("[profiles] must be a table"));
        assert!(error("[profiles.\"a b\"]\n").contains("profile name `a b`"));
    }

    #[test]
    fn passwords_are_noticed_in_any_section() {
        let file =
            parse_str("[profiles.p]\ncache_url = \"redis://:s3cret@host:6379/0\"\n").unwrap();
        assert!(file.holds_password);
        let file = parse_str("[defaults]\ndatabase_url = \"postgres://u:pw@h/db\"\n").unwrap();
        assert!(file.holds_password);
        let file = parse_str("[defaults]\ndatabase_url = \"postgres://u@h/db\"\n").unwrap();
        assert!(!file.holds_password);
    }

    #[test]
    fn profiles_layer_over_defaults() {
        let file =
            parse_str("[defaults]\nttl = 1\nformat = \"csv\"\n[profiles.p]\nttl = 2\n").unwrap();
        let layer = layer(Some(&file), None, Some("p")).unwrap();
        assert_eq!(layer["ttl"].0, "2");
        assert!(matches!(layer["ttl"].1, Source::Profile { line: 5, .. }));
        assert_eq!(layer["format"].1, Source::Defaults { line: 3 });
        let e = super::layer(Some(&file), None, Some("q")).unwrap_err();
        assert_eq!(
            format!("{e:#}"),
            "unknown profile `q` in c.toml (profiles: p)"
        );
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("format", "formt"), 1);
        assert_eq!(edit_distance("", "ab"), 2);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
