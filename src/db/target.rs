//! Which database a URL names: the backend (diesel_cli's `Backend::for_url` rule), the path
//! or connection string to open, and the password-free identity used in cache keys,
//! messages and `--echo-sql`.

use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use url::Url;

/// Seconds libpq waits for a PostgreSQL server before giving up, unless the URL says (so
/// an unreachable or silent server fails within 5 s).
pub const PG_CONNECT_TIMEOUT_SECS: u32 = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A database petdb can open.
#[derive(Debug, Clone)]
pub enum Target {
    /// A SQLite file; `default` when no URL was given (its directory is then created).
    Sqlite { path: PathBuf, default: bool },
    /// A PostgreSQL server; `url` still carries any password, `display` never does.
    Postgres { url: String, display: String },
}

impl Target {
    /// Parse `--database-url` / `DATABASE_URL`; `None` means the default SQLite file.
    pub fn for_url(url: Option<&str>) -> Result<Self> {
        match url {
            None => Ok(Target::Sqlite {
                path: default_sqlite_path()?,
                default: true,
            }),
            Some(u) if u.trim().is_empty() => bail!("the database URL is empty"),
            Some(u) if u.starts_with("postgres://") || u.starts_with("postgresql://") => {
                let parsed = Url::parse(u).map_err(|e| {
                    anyhow::anyhow!("invalid PostgreSQL URL '{}': {e}", redact_unparsed(u))
                })?;
                Ok(Target::Postgres {
                    url: with_connect_timeout(parsed.clone()),
                    display: redacted(&parsed),
                })
            }
            Some(u) if u.contains("://") && !u.starts_with("sqlite://") => {
                let scheme = u.split("://").next().unwrap_or_default();
                bail!(
                    "unsupported database URL scheme '{scheme}://' (use postgres://, postgresql:// or a SQLite path)"
                )
            }
            Some(u) => {
                let path = u.strip_prefix("sqlite://").unwrap_or(u);
                if path.is_empty() {
                    bail!("the SQLite path in '{u}' is empty");
                }
                Ok(Target::Sqlite {
                    path: PathBuf::from(path),
                    default: false,
                })
            }
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Target::Sqlite { .. } => Backend::Sqlite,
            Target::Postgres { .. } => Backend::Postgres,
        }
    }

    /// A stable, password-free name for this database: the canonical file path for SQLite
    /// (so `./a.db` and `/abs/a.db` agree), `user@host:port/dbname` for PostgreSQL.
    pub fn identity(&self) -> String {
        match self {
            Target::Sqlite { path, .. } => canonical_sqlite_path(path).display().to_string(),
            Target::Postgres { url, .. } => postgres_identity(url),
        }
    }
}

impl fmt::Display for Target {
    /// How the database is named to the user: never with a password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Sqlite { path, .. } => write!(f, "{}", path.display()),
            Target::Postgres { display, .. } => f.write_str(display),
        }
    }
}

/// `$XDG_DATA_HOME/petdb/petdb.sqlite3` on Linux (the platform data dir elsewhere).
pub fn default_sqlite_path() -> Result<PathBuf> {
    let dir = dirs::data_dir()
        .context("cannot find the user's data directory (set HOME or pass --database-url)")?;
    Ok(dir.join("petdb").join("petdb.sqlite3"))
}

fn canonical_sqlite_path(path: &Path) -> PathBuf {
    if let Ok(p) = path.canonicalize() {
        return p;
    }
    // Not created yet: canonicalize the directory and keep the file name.
    match (path.parent(), path.file_name()) {
        (Some(dir), Some(name)) => {
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            dir.canonicalize()
                .map(|d| d.join(name))
                .unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    }
}

/// Add libpq's `connect_timeout` unless the user set one, so an unreachable server fails
/// within seconds instead of hanging a cron job.
fn with_connect_timeout(mut url: Url) -> String {
    if !url.query_pairs().any(|(k, _)| k == "connect_timeout") {
        url.query_pairs_mut()
            .append_pair("connect_timeout", &PG_CONNECT_TIMEOUT_SECS.to_string());
    }
    url.to_string()
}

/// The URL with its password (in the user-info or a `password=` parameter) masked.
pub fn redacted(url: &Url) -> String {
    let mut shown = url.clone();
    if shown.password().is_some() {
        let _ = shown.set_password(Some("***"));
    }
    if shown.query_pairs().any(|(k, _)| k == "password") {
        let pairs: Vec<(String, String)> = shown
            .query_pairs()
            .map(|(k, v)| {
                let v = if k == "password" {
                    "***".to_owned()
                } else {
                    v.into_owned()
                };
                (k.into_owned(), v)
            })
            .collect();
        shown.query_pairs_mut().clear().extend_pairs(pairs);
    }
    shown.to_string()
}

/// Redact a string that may be a URL; used where parsing has not happened or failed.
pub fn redact_unparsed(s: &str) -> String {
    match Url::parse(s) {
        Ok(u) if u.has_host() => redacted(&u),
        _ => {
            // Unparseable: hide everything between "://" and the last '@'.
            match (s.find("://"), s.rfind('@')) {
                (Some(start), Some(at)) if at > start + 3 => {
                    format!("{}***{}", &s[..start + 3], &s[at..])
                }
                _ => s.to_owned(),
            }
        }
    }
}

fn postgres_identity(url: &str) -> String {
    let Ok(u) = Url::parse(url) else {
        return redact_unparsed(url);
    };
    let param = |name: &str| {
        u.query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    };
    let host = param("host").unwrap_or_else(|| u.host_str().unwrap_or("localhost").to_owned());
    let port = param("port")
        .and_then(|p| p.parse::<u16>().ok())
        .or(u.port())
        .unwrap_or(5432);
    let user = param("user").unwrap_or_else(|| u.username().to_owned());
    let db = param("dbname").unwrap_or_else(|| u.path().trim_start_matches('/').to_owned());
    format!("{user}@{host}:{port}/{db}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backend_follows_the_scheme() {
        let pg = Target::for_url(Some("postgres://u@h/db")).unwrap();
        assert_eq!(pg.backend(), Backend::Postgres);
        let pg2 = Target::for_url(Some("postgresql://u@h/db")).unwrap();
        assert_eq!(pg2.backend(), Backend::Postgres);
        let lite = Target::for_url(Some("sqlite:///tmp/x.db")).unwrap();
        assert!(matches!(lite, Target::Sqlite { ref path, .. } if path == Path::new("/tmp/x.db")));
        let bare = Target::for_url(Some("x.db")).unwrap();
        assert_eq!(bare.backend(), Backend::Sqlite);
        assert!(Target::for_url(Some("mysql://h/db")).is_err());
        assert!(Target::for_url(Some("")).is_err());
    }

    #[test]
    fn passwords_never_show() {
        let t = Target::for_url(Some("postgres://bob:s3cret@db.example:6543/clinic")).unwrap();
        assert!(!t.to_string().contains("s3cret"), "{t}");
        assert!(!t.identity().contains("s3cret"));
        assert_eq!(t.identity(), "bob@db.example:6543/clinic");
        let q = Target::for_url(Some("postgres://h/db?user=bob&password=s3cret")).unwrap();
        assert!(!q.to_string().contains("s3cret"), "{q}");
        assert!(!q.identity().contains("s3cret"));
        assert!(!redact_unparsed("postgres://bob:s3cret@[bad/db").contains("s3cret"));
    }

    #[test]
    fn a_connect_timeout_is_added_once() {
        let Target::Postgres { url, .. } = Target::for_url(Some("postgres://h/db")).unwrap() else {
            panic!()
        };
        assert!(url.contains("connect_timeout=4"), "{url}");
        let Target::Postgres { url, .. } =
            Target::for_url(Some("postgres://h/db?connect_timeout=2")).unwrap()
        else {
            panic!()
        };
        assert_eq!(url.matches("connect_timeout").count(), 1);
    }

    #[test]
    fn sqlite_identity_is_canonical() {
        let dir = tempfile::tempdir().unwrap();
        let abs = dir.path().join("a.db");
        let t = Target::for_url(Some(abs.to_str().unwrap())).unwrap();
        let with_dots = dir.path().join(".").join("a.db");
        let t2 = Target::for_url(Some(with_dots.to_str().unwrap())).unwrap();
        assert_eq!(t.identity(), t2.identity());
    }
}
