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
    /// (so `./a.db` and `/abs/a.db` agree), `host:port/dbname` for PostgreSQL (libpq's
    /// environment filling in what the URL leaves out). Hosts sharing a cache share this
    /// database's invalidations through it.
    pub fn identity(&self) -> String {
        match self {
            Target::Sqlite { path, .. } => canonical_sqlite_path(path).display().to_string(),
            Target::Postgres { url, .. } => postgres_identity(url, &Env::current()).0,
        }
    }

    /// Everything on this side of the connection that can change what a query returns,
    /// besides the database: for PostgreSQL the effective user, every connection parameter
    /// and every libpq environment variable but the password ones (`PGOPTIONS` sets
    /// `search_path`, `TimeZone`, a role…), and a service file's contents if one is named.
    /// Part of every cache key, so `--consistency ttl` keeps sessions apart too (under
    /// `strict` the server's own view of the session is checked on every hit as well).
    pub fn session(&self) -> String {
        match self {
            Target::Sqlite { .. } => String::new(),
            Target::Postgres { url, .. } => postgres_session(url, &Env::current()),
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

/// The libpq environment (`PG…` variables) and the OS user, as a session sees them.
struct Env {
    vars: Vec<(String, String)>,
    os_user: String,
}

impl Env {
    fn current() -> Self {
        let mut vars: Vec<(String, String)> = std::env::vars_os()
            .filter_map(|(k, v)| Some((k.into_string().ok()?, v.to_string_lossy().into_owned())))
            .filter(|(k, _)| k.starts_with("PG") && k != "PGPASSWORD" && k != "PGPASSFILE")
            .collect();
        vars.sort();
        // SAFETY: geteuid has no preconditions and cannot fail.
        let uid = unsafe { libc::geteuid() };
        Env {
            vars,
            os_user: uid.to_string(),
        }
    }

    fn var(&self, name: &str) -> Option<&str> {
        self.vars
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    }
}

/// (`host:port/dbname`, user) as libpq resolves them: the URL, then the environment, then
/// libpq's defaults.
fn postgres_identity(url: &str, env: &Env) -> (String, String) {
    let Ok(u) = Url::parse(url) else {
        return (redact_unparsed(url), String::new());
    };
    let param = |name: &str| {
        u.query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
            .filter(|v| !v.is_empty())
    };
    let host = param("host")
        .or_else(|| u.host_str().filter(|h| !h.is_empty()).map(str::to_owned))
        .or_else(|| env.var("PGHOST").map(str::to_owned))
        .unwrap_or_else(|| "localhost".to_owned());
    let port = param("port")
        .and_then(|p| p.parse::<u16>().ok())
        .or(u.port())
        .or_else(|| env.var("PGPORT").and_then(|p| p.parse().ok()))
        .unwrap_or(5432);
    let user = param("user")
        .or_else(|| Some(u.username().to_owned()).filter(|s| !s.is_empty()))
        .or_else(|| env.var("PGUSER").map(str::to_owned))
        .unwrap_or_else(|| format!("uid {}", env.os_user));
    let db = param("dbname")
        .or_else(|| Some(u.path().trim_start_matches('/').to_owned()).filter(|s| !s.is_empty()))
        .or_else(|| env.var("PGDATABASE").map(str::to_owned))
        .unwrap_or_else(|| user.clone());
    (format!("{host}:{port}/{db}"), user)
}

fn postgres_session(url: &str, env: &Env) -> String {
    let (_, user) = postgres_identity(url, env);
    let mut parts = vec![format!("user={user}")];
    if let Ok(u) = Url::parse(url) {
        let mut params: Vec<(String, String)> = u
            .query_pairs()
            .filter(|(k, _)| k != "password")
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        params.sort();
        parts.extend(params.into_iter().map(|(k, v)| format!("{k}={v}")));
    }
    parts.extend(env.vars.iter().map(|(k, v)| format!("{k}={v}")));
    // A service file can set any parameter: what it says now is part of the session.
    let service_named = env.var("PGSERVICE").is_some() || url.contains("service=");
    if service_named {
        let home = std::env::var_os("HOME").map(std::path::PathBuf::from);
        let files = [
            env.var("PGSERVICEFILE").map(std::path::PathBuf::from),
            home.map(|h| h.join(".pg_service.conf")),
            Some(
                std::path::Path::new(env.var("PGSYSCONFDIR").unwrap_or("/etc/postgresql-common"))
                    .join("pg_service.conf"),
            ),
        ];
        for file in files.into_iter().flatten() {
            if let Ok(bytes) = std::fs::read(&file) {
                parts.push(format!(
                    "{}={}",
                    file.display(),
                    blake3::hash(&bytes).to_hex()
                ));
            }
        }
    }
    parts.join("\x1f")
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
    fn libpq_fills_in_what_the_url_leaves_out() {
        let env = |vars: &[(&str, &str)]| Env {
            vars: vars
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            os_user: "1000".into(),
        };
        let bare = "postgres:///?connect_timeout=4";
        assert_eq!(
            postgres_identity(bare, &env(&[])),
            ("localhost:5432/uid 1000".into(), "uid 1000".into())
        );
        let pg = env(&[
            ("PGDATABASE", "clinic"),
            ("PGHOST", "db"),
            ("PGUSER", "ann"),
        ]);
        assert_eq!(postgres_identity(bare, &pg).0, "db:5432/clinic");
        let url = "postgres://bob@h:6543/x";
        assert_eq!(postgres_identity(url, &pg).0, "h:6543/x", "the URL wins");
        // The session differs with the user and with any libpq variable, never with a password.
        let base = postgres_session(url, &env(&[]));
        assert_ne!(base, postgres_session("postgres://eve@h:6543/x", &env(&[])));
        assert_ne!(
            base,
            postgres_session(url, &env(&[("PGOPTIONS", "-c search_path=evil")]))
        );
        assert_ne!(
            base,
            postgres_session(&format!("{url}?options=-c%20TimeZone%3DUTC"), &env(&[]))
        );
        let secret = postgres_session("postgres://bob:s3cret@h:6543/x?password=s3cret", &env(&[]));
        assert!(!secret.contains("s3cret"), "{secret}");
    }

    #[test]
    fn passwords_never_show() {
        let t = Target::for_url(Some("postgres://bob:s3cret@db.example:6543/clinic")).unwrap();
        assert!(!t.to_string().contains("s3cret"), "{t}");
        assert!(!t.identity().contains("s3cret"));
        assert!(!t.session().contains("s3cret"));
        assert_eq!(t.identity(), "db.example:6543/clinic");
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
