//! The test bench: a private database (a SQLite file, or a fresh PostgreSQL database when
//! `PETDB_TEST_PG_URL` names a server) and private cache/data/home directories, and the
//! real `petdb` binary pointed at them. Every test gets its own, so tests run in parallel.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};

use assert_cmd::Command;
use diesel::prelude::*;
use petdb::db::connection::{self, AnyConnection};
use petdb::db::read::{self, ReadQuery};
use petdb::db::target::Target;
use petdb::rows::Rows;
use tempfile::TempDir;

/// Admin URL of the PostgreSQL server the suite runs against; unset means SQLite.
pub const PG_URL_VAR: &str = "PETDB_TEST_PG_URL";
/// The Redis server for tests of the shared cache.
pub const REDIS_URL_VAR: &str = "PETDB_TEST_REDIS_URL";
/// `redis` runs every test's cache on Redis (each test under its own key prefix).
pub const CACHE_VAR: &str = "PETDB_TEST_CACHE";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Where a bench keeps its cache.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CacheBackend {
    Disk,
    Redis { url: String, prefix: String },
}

pub struct TestEnv {
    pub dir: TempDir,
    pub url: String,
    pub backend: Backend,
    pub cache: CacheBackend,
    /// (admin url, database name) of a PostgreSQL database to drop afterwards.
    pg: Option<(String, String)>,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

impl TestEnv {
    /// An empty, not yet created database on the suite's backend, with the suite's cache.
    pub fn new() -> Self {
        let cache = match std::env::var(CACHE_VAR).as_deref() {
            Ok("redis") => Self::redis_cache(),
            Ok("disk") | Err(_) => CacheBackend::Disk,
            Ok(other) => panic!("{CACHE_VAR}={other}: expected disk or redis"),
        };
        Self::with_cache(cache)
    }

    /// Like [`TestEnv::new`], but always with the disk cache (for tests of its files).
    pub fn new_disk() -> Self {
        Self::with_cache(CacheBackend::Disk)
    }

    /// Like [`TestEnv::new`], but always with the Redis cache at `PETDB_TEST_REDIS_URL`.
    pub fn new_redis() -> Self {
        Self::with_cache(Self::redis_cache())
    }

    /// Like [`TestEnv::new`], but with the cache at `url` (any `--cache-url`: Redis, Redis
    /// Cluster, memcached), under a key prefix of its own.
    pub fn new_shared(url: &str) -> Self {
        Self::with_cache(CacheBackend::Redis {
            url: url.to_owned(),
            prefix: Self::test_prefix(),
        })
    }

    fn redis_cache() -> CacheBackend {
        let url = std::env::var(REDIS_URL_VAR)
            .unwrap_or_else(|_| panic!("{REDIS_URL_VAR} must name the Redis server for this test"));
        CacheBackend::Redis {
            url,
            prefix: Self::test_prefix(),
        }
    }

    fn test_prefix() -> String {
        format!(
            "petdb-test:{}:{}:{}:",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed),
            nanos()
        )
    }

    /// An empty SQLite database with the suite's cache, whatever the suite's backend.
    pub fn new_sqlite() -> Self {
        let mut env = Self::new();
        if env.backend == Backend::Postgres {
            env.drop_database();
            env.pg = None;
            env.backend = Backend::Sqlite;
            env.url = env.dir.path().join("clinic.sqlite3").display().to_string();
        }
        env
    }

    fn with_cache(cache: CacheBackend) -> Self {
        let dir = tempfile::Builder::new()
            .prefix("petdb-test-")
            .tempdir()
            .expect("temp dir");
        match std::env::var(PG_URL_VAR) {
            Ok(admin) if !admin.is_empty() => {
                let name = format!(
                    "petdb_t_{}_{}_{}",
                    std::process::id(),
                    COUNTER.fetch_add(1, Ordering::Relaxed),
                    nanos()
                );
                let mut admin_conn = PgConnection::establish(&admin).unwrap_or_else(|e| {
                    panic!("{PG_URL_VAR} is set but PostgreSQL is unreachable: {e}")
                });
                diesel::sql_query(format!("CREATE DATABASE {name}"))
                    .execute(&mut admin_conn)
                    .expect("create test database");
                let url = replace_db_name(&admin, &name);
                TestEnv {
                    dir,
                    url,
                    backend: Backend::Postgres,
                    cache,
                    pg: Some((admin, name)),
                }
            }
            _ => {
                let url = dir.path().join("clinic.sqlite3").display().to_string();
                TestEnv {
                    dir,
                    url,
                    backend: Backend::Sqlite,
                    cache,
                    pg: None,
                }
            }
        }
    }

    /// A database seeded with `owners` owners (rng seed 7).
    pub fn seeded(owners: u32) -> Self {
        Self::new().seed(owners)
    }

    /// Seed this bench's database with `owners` owners (rng seed 7).
    pub fn seed(self, owners: u32) -> Self {
        self.cmd()
            .args([
                "db",
                "seed",
                "--owners",
                &owners.to_string(),
                "--rng-seed",
                "7",
            ])
            .assert()
            .success();
        self
    }

    /// `petdb` with this bench's database and directories, and nothing of the user's.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("petdb").expect("binary built");
        let home = self.dir.path().join("home");
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", &home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .env("RUST_BACKTRACE", "0")
            .env("DATABASE_URL", &self.url)
            .timeout(std::time::Duration::from_secs(120));
        if let CacheBackend::Redis { url, prefix } = &self.cache {
            cmd.env("PETDB_CACHE_URL", url)
                .env("PETDB_CACHE_PREFIX", prefix);
        }
        cmd
    }

    /// The environment [`TestEnv::cmd`] gives petdb, for processes started by hand.
    pub fn envs(&self) -> Vec<(String, String)> {
        let home = self.home();
        let mut v = vec![
            ("HOME".to_owned(), home.display().to_string()),
            (
                "XDG_DATA_HOME".to_owned(),
                home.join("data").display().to_string(),
            ),
            (
                "XDG_CACHE_HOME".to_owned(),
                home.join("cache").display().to_string(),
            ),
            ("RUST_BACKTRACE".to_owned(), "0".to_owned()),
            ("DATABASE_URL".to_owned(), self.url.clone()),
        ];
        if let CacheBackend::Redis { url, prefix } = &self.cache {
            v.push(("PETDB_CACHE_URL".to_owned(), url.clone()));
            v.push(("PETDB_CACHE_PREFIX".to_owned(), prefix.clone()));
        }
        v
    }

    /// A connection to this bench's Redis.
    pub fn redis(&self) -> redis::Connection {
        let CacheBackend::Redis { url, .. } = &self.cache else {
            panic!("not a Redis bench")
        };
        redis::Client::open(url.as_str())
            .unwrap()
            .get_connection()
            .expect("Redis reachable")
    }

    /// Every Redis key under this bench's prefix.
    pub fn redis_keys(&self) -> Vec<String> {
        let CacheBackend::Redis { prefix, .. } = &self.cache else {
            panic!("not a Redis bench")
        };
        redis::cmd("KEYS")
            .arg(format!("{prefix}*"))
            .query(&mut self.redis())
            .unwrap()
    }

    /// Run petdb with `args`, expect success, return stdout.
    /// `pets add` for `owner`, of `species` (name or id), named `name`; prints the id.
    pub fn add_pet(&self, owner: i64, species: &str, name: &str) -> String {
        let owner = owner.to_string();
        self.ok(&[
            "pets",
            "add",
            "--owner",
            &owner,
            "--species",
            species,
            "--name",
            name,
        ])
    }

    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run petdb");
        assert!(
            out.status.success(),
            "petdb {args:?} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Run petdb with `args`, expect `code`, return stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.cmd().args(args).output().expect("run petdb");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(
            out.status.code(),
            Some(code),
            "petdb {args:?}: stdout {:?} stderr {stderr:?}",
            String::from_utf8_lossy(&out.stdout)
        );
        stderr
    }

    /// `--format json` output of `args`, parsed.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        serde_json::from_str(&self.ok(&all)).expect("valid json")
    }

    /// A connection opened by the test itself, outside petdb's binary.
    pub fn raw(&self) -> AnyConnection {
        connection::open(&Target::for_url(Some(&self.url)).unwrap()).expect("raw connection")
    }

    /// Execute one statement on a raw connection (a write by "another client").
    pub fn raw_execute(&self, sql: &str) {
        let mut conn = self.raw();
        diesel::sql_query(sql)
            .execute(&mut conn)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// Rows of a query run on a raw connection.
    pub fn raw_rows(&self, sql: &str) -> Rows {
        let q = ReadQuery {
            sql: sql.into(),
            ..ReadQuery::default()
        };
        read::fetch(&mut self.raw(), &q).unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    /// A single integer from a raw query.
    pub fn raw_i64(&self, sql: &str) -> i64 {
        self.raw_rows(sql).rows[0][0].as_int().expect("an integer")
    }

    /// Every row of every table, versions included: equal snapshots mean nothing changed.
    pub fn snapshot(&self) -> String {
        let mut s = String::new();
        for t in ["species", "owners", "pets", "procedures", "table_versions"] {
            let order = if t == "table_versions" {
                "table_name"
            } else {
                "id"
            };
            let rows = self.raw_rows(&format!("SELECT * FROM {t} ORDER BY {order}"));
            s.push_str(&format!("{t}: {:?}\n", rows.rows));
        }
        s
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    /// The default cache directory of this bench (`$XDG_CACHE_HOME/petdb`).
    pub fn cache_dir(&self) -> PathBuf {
        self.home().join("cache").join("petdb")
    }

    /// Run petdb with `--echo-sql`, expect success, return (stdout, stderr).
    pub fn echo(&self, args: &[&str]) -> (String, String) {
        let out = self
            .cmd()
            .arg("--echo-sql")
            .args(args)
            .output()
            .expect("run petdb");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "petdb {args:?} failed: {stderr}");
        (String::from_utf8(out.stdout).expect("utf-8"), stderr)
    }

    /// Execute several statements in one go on a raw connection.
    pub fn raw_batch(&self, sql: &str) {
        use diesel::connection::SimpleConnection;
        let mut conn = self.raw();
        conn.batch_execute(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// This bench's PostgreSQL URL without its user, so `PGUSER` decides who connects.
    pub fn url_without_user(&self) -> String {
        let mut url = url::Url::parse(&self.url).expect("a URL");
        url.set_username("").expect("a URL with a user part");
        url.to_string()
    }

    /// (admin URL, database name) of this bench's PostgreSQL database.
    pub fn pg(&self) -> Option<(&str, &str)> {
        self.pg.as_ref().map(|(a, n)| (a.as_str(), n.as_str()))
    }

    /// Run statements on the PostgreSQL server as the admin, outside this database (to
    /// create roles, or databases from templates).
    pub fn pg_admin_execute(&self, sql: &str) {
        let (admin, _) = self.pg().expect("a PostgreSQL bench");
        let mut conn = PgConnection::establish(admin).expect("admin connection");
        diesel::sql_query(sql)
            .execute(&mut conn)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// Run petdb with `args` and `envs`, expect success, return (stdout, stderr).
    pub fn run_with(&self, envs: &[(&str, &str)], args: &[&str]) -> (String, String) {
        let out = self
            .cmd()
            .envs(envs.iter().copied())
            .args(args)
            .output()
            .expect("run petdb");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(
            out.status.success(),
            "petdb {args:?} with {envs:?} failed: {stderr}"
        );
        (String::from_utf8(out.stdout).expect("utf-8"), stderr)
    }

    /// `args` answered through the cache (with `-v`) and without it must agree; returns
    /// the answer and the cache events.
    pub fn agrees(&self, args: &[&str]) -> (String, String) {
        let cached = self.run_with(&[], &[&["-v"][..], args].concat());
        let fresh = self.ok(&[&["--no-cache"][..], args].concat());
        assert_eq!(
            cached.0, fresh,
            "cached answer of {args:?} differs: {}",
            cached.1
        );
        cached
    }

    /// Make the database disappear: delete the SQLite file, or drop the PostgreSQL database.
    pub fn drop_database(&self) {
        match &self.pg {
            Some((admin, name)) => {
                let mut conn = PgConnection::establish(admin).expect("admin connection");
                diesel::sql_query(format!("DROP DATABASE {name} WITH (FORCE)"))
                    .execute(&mut conn)
                    .expect("drop database");
            }
            None => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", self.url));
                }
            }
        }
    }
}

/// A TCP forwarder to a server (PostgreSQL, Redis) that a test can make stop answering
/// (`silent`: connections accepted, never answered) or go away (`close`: connections
/// refused) — a server "unreachable for a moment", without touching the real one.
pub struct Forwarder {
    pub port: u16,
    pub silent: std::sync::Arc<std::sync::atomic::AtomicBool>,
    closed: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Forwarder {
    pub fn to(server_port: u16) -> Self {
        use std::io::{Read, Write};
        use std::net::{TcpListener, TcpStream};
        use std::sync::Arc;
        use std::sync::atomic::{AtomicBool, Ordering};
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let silent = Arc::new(AtomicBool::new(false));
        let closed = Arc::new(AtomicBool::new(false));
        let (flag, gone) = (Arc::clone(&silent), Arc::clone(&closed));
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                if gone.load(Ordering::SeqCst) {
                    return; // drops the listener: the port refuses connections
                }
                if flag.load(Ordering::SeqCst) {
                    std::mem::forget(client); // accepted, never answered
                    continue;
                }
                let Ok(server) = TcpStream::connect(("127.0.0.1", server_port)) else {
                    continue;
                };
                for (mut from, mut to) in [
                    (client.try_clone().unwrap(), server.try_clone().unwrap()),
                    (server, client),
                ] {
                    let (flag, gone) = (Arc::clone(&flag), Arc::clone(&gone));
                    std::thread::spawn(move || {
                        let mut buf = [0u8; 16384];
                        while let Ok(n) = from.read(&mut buf) {
                            let stop = flag.load(Ordering::SeqCst) || gone.load(Ordering::SeqCst);
                            if n == 0 || stop || to.write_all(&buf[..n]).is_err() {
                                break;
                            }
                        }
                        let _ = to.shutdown(std::net::Shutdown::Both);
                    });
                }
            }
        });
        Forwarder {
            port,
            silent,
            closed,
        }
    }

    /// From now on the port refuses connections, and open ones end.
    pub fn close(&self) {
        self.closed.store(true, std::sync::atomic::Ordering::SeqCst);
        let _ = std::net::TcpStream::connect(("127.0.0.1", self.port)); // wake the accept
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// `--echo-sql` / `-v` cache event lines (`cache   hit …`), without the `cache` label.
pub fn cache_events(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix("cache "))
        .map(|l| l.trim_start().to_owned())
        .collect()
}

/// Fill `args` (agreeing with `--no-cache`), then check the next run is a hit.
pub fn filled(env: &TestEnv, args: &[&str]) {
    env.agrees(args);
    let (_, events) = env.agrees(args);
    assert!(
        has_event(&events, "hit"),
        "{args:?} should be cached: {events}"
    );
}

/// Does `stderr` show a cache event starting with `kind` (hit, miss, stale, …)?
pub fn has_event(stderr: &str, kind: &str) -> bool {
    cache_events(stderr).iter().any(|e| e.starts_with(kind))
}

impl Drop for TestEnv {
    fn drop(&mut self) {
        if let CacheBackend::Redis { url, prefix } = &self.cache
            && let Ok(mut conn) = redis::Client::open(url.as_str()).and_then(|c| c.get_connection())
            && let Ok(keys) = redis::cmd("KEYS")
                .arg(format!("{prefix}*"))
                .query::<Vec<String>>(&mut conn)
            && !keys.is_empty()
        {
            let _: Result<(), _> = redis::cmd("DEL").arg(&keys).query(&mut conn);
        }
        if let Some((admin, name)) = &self.pg
            && let Ok(mut conn) = PgConnection::establish(admin)
        {
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(&mut conn);
        }
    }
}

fn nanos() -> u32 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos()
}

fn replace_db_name(admin: &str, name: &str) -> String {
    let mut url = url::Url::parse(admin).expect("valid admin URL");
    url.set_path(&format!("/{name}"));
    url.to_string()
}

/// Lines of `--echo-sql` output that are statements (not connects or cache events).
pub fn statements(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.starts_with("sql ")).collect()
}

/// Statements that read or write clinic data (not migrations, versions or transactions).
pub fn data_statements(stderr: &str) -> Vec<&str> {
    statements(stderr)
        .into_iter()
        .filter(|l| {
            ["species", "owners", "pets", "procedures"]
                .iter()
                .any(|t| l.contains(t))
                && !l.contains("__diesel_schema_migrations")
                && !l.contains("table_versions")
        })
        .collect()
}

/// A digest of every file under `dir` (names and bytes): equal digests, equal trees.
pub fn tree_digest(dir: &std::path::Path) -> String {
    fn walk(dir: &std::path::Path, out: &mut Vec<(String, Vec<u8>)>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if std::fs::symlink_metadata(&p).is_ok_and(|m| m.is_dir()) {
                walk(&p, out);
            } else {
                out.push((
                    p.display().to_string(),
                    std::fs::read(&p).unwrap_or_default(),
                ));
            }
        }
    }
    let mut files = Vec::new();
    walk(dir, &mut files);
    files.sort();
    let mut h = blake3::Hasher::new();
    for (name, bytes) in &files {
        h.update(name.as_bytes());
        h.update(&(bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    }
    format!("{} files, {}", files.len(), h.finalize().to_hex())
}

/// Roles, for tests of sessions: cluster-wide, so unique per test and dropped afterwards.
pub struct Role<'a> {
    env: &'a TestEnv,
    pub name: String,
}

impl<'a> Role<'a> {
    pub fn new(env: &'a TestEnv, what: &str) -> Self {
        let (_, db) = env.pg().expect("PostgreSQL");
        let name = format!("{db}_{what}");
        env.pg_admin_execute(&format!("CREATE ROLE {name} LOGIN"));
        Role { env, name }
    }
}

impl Drop for Role<'_> {
    fn drop(&mut self) {
        let (_, db) = self.env.pg().expect("PostgreSQL");
        let _ = std::panic::catch_unwind(|| {
            self.env
                .pg_admin_execute(&format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"));
            self.env
                .pg_admin_execute(&format!("DROP ROLE IF EXISTS {}", self.name));
        });
    }
}
