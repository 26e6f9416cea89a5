//! The disk store's own behaviour: LRU eviction within its bounds, its files (damaged,
//! foreign, private), and directories it cannot use. Always on the disk cache.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::common::{Backend, TestEnv, cache_events, has_event};

const SUMMARY: &[&str] = &["report", "owners-summary", "--limit", "5"];

fn seeded_disk(owners: u32) -> TestEnv {
    TestEnv::new_disk().seed(owners)
}

/// Fill each of `keys` (pet ids) in turn, pausing so that modification times differ.
fn fill_pets(env: &TestEnv, extra: &[&str], ids: &[&str]) {
    for id in ids {
        env.ok(&[&["pets", "get", id][..], extra].concat());
        std::thread::sleep(Duration::from_millis(30));
    }
}

fn is_hit(env: &TestEnv, extra: &[&str], id: &str) -> bool {
    let (_, stderr) = env.echo(&[&["pets", "get", id][..], extra].concat());
    has_event(&stderr, "hit")
}

#[test]
fn eviction_by_entries_follows_lru_order() {
    let env = seeded_disk(5);
    let limit = ["--cache-max-entries", "4"];
    fill_pets(&env, &limit, &["1", "2", "3", "4"]);
    // Use 1 again: now 2 is the least recently used.
    assert!(is_hit(&env, &limit, "1"));
    std::thread::sleep(Duration::from_millis(30));
    let (_, stderr) = env.echo(&[&["pets", "get", "5"][..], &limit].concat());
    assert!(
        cache_events(&stderr)
            .iter()
            .any(|e| e.starts_with("evict 2 ")),
        "{stderr}"
    );
    // 5 entries > 4: evicted down to 90% (3): 2 and 3 go, 1, 4 and 5 stay.
    let stats = env.json(&["cache", "stats"]);
    assert_eq!(stats["entries"], 3);
    assert_eq!(stats["evictions"], 2);
    for (id, kept) in [
        ("1", true),
        ("4", true),
        ("5", true),
        ("2", false),
        ("3", false),
    ] {
        assert_eq!(
            is_hit(&env, &["--cache-max-entries", "100"], id),
            kept,
            "pet {id}"
        );
    }
}

/// An entry past the TTL it was filled with is useless to every reader: it goes before
/// any live entry, however recently it was used.
#[test]
fn eviction_takes_expired_entries_first() {
    let env = seeded_disk(5);
    let limit = ["--cache-max-entries", "4"];
    fill_pets(&env, &limit, &["2", "3", "4"]);
    fill_pets(&env, &[&limit[..], &["--ttl", "1"]].concat(), &["1"]);
    std::thread::sleep(Duration::from_millis(1100));
    let (_, stderr) = env.echo(&[&["pets", "get", "5"][..], &limit].concat());
    assert!(
        cache_events(&stderr)
            .iter()
            .any(|e| e.starts_with("evict 2 ")),
        "{stderr}"
    );
    // 1 (expired, though used last) and 2 (least recently used) go.
    let long = ["--cache-max-entries", "100", "--ttl", "3600"];
    for (id, kept) in [("1", false), ("2", false), ("3", true), ("4", true), ("5", true)] {
        assert_eq!(is_hit(&env, &long, id), kept, "pet {id}");
    }
}

#[test]
fn eviction_by_bytes_follows_lru_order() {
    let env = seeded_disk(5);
    env.ok(&["pets", "get", "1"]);
    let size = env.json(&["cache", "stats"])["bytes"].as_i64().unwrap();
    // Room for three entries of about this size.
    let max = (size * 3 + size / 2).to_string();
    let limit = ["--cache-max-bytes", max.as_str()];
    env.ok(&["cache", "invalidate", "--all"]);
    fill_pets(&env, &limit, &["1", "2", "3"]);
    assert!(is_hit(&env, &limit, "1"));
    std::thread::sleep(Duration::from_millis(30));
    env.ok(&[&["pets", "get", "4"][..], &limit].concat());
    let stats = env.json(&["cache", "stats"]);
    assert!(
        stats["bytes"].as_i64().unwrap() <= size * 3 + size / 2,
        "{stats}"
    );
    assert!(stats["evictions"].as_i64().unwrap() >= 1, "{stats}");
    assert!(
        !is_hit(&env, &["--cache-max-bytes", "1GB"], "2"),
        "the least recently used went first"
    );
    assert!(is_hit(&env, &["--cache-max-bytes", "1GB"], "4"));
}

#[test]
fn cache_path_follows_flag_env_and_default() {
    let env = TestEnv::new_disk();
    assert_eq!(
        env.ok(&["cache", "path"]).trim(),
        env.cache_dir().display().to_string()
    );
    let custom = env.path("elsewhere");
    let out = env
        .cmd()
        .env("PETDB_CACHE_DIR", &custom)
        .args(["cache", "path"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        custom.display().to_string()
    );
    let flag = env.path("flagged");
    assert_eq!(
        env.ok(&["cache", "path", "--cache-dir", flag.to_str().unwrap()])
            .trim(),
        flag.display().to_string()
    );
}

/// Rewrite every cache file whose name is (`rendering` false) or is not (true) a bare key.
fn corrupt_cache_files(env: &TestEnv, rendering: bool, how: impl Fn(&[u8]) -> Vec<u8>) -> usize {
    let mut n = 0;
    for shard in std::fs::read_dir(env.cache_dir().join("v1/entries"))
        .unwrap()
        .flatten()
    {
        for file in std::fs::read_dir(shard.path()).unwrap().flatten() {
            if file.file_name().to_string_lossy().contains('.') != rendering {
                continue;
            }
            let bytes = std::fs::read(file.path()).unwrap();
            std::fs::write(file.path(), how(&bytes)).unwrap();
            n += 1;
        }
    }
    n
}

#[test]
fn damaged_entries_are_misses_removed_and_refilled() {
    let env = seeded_disk(5);
    let good = env.ok(&[SUMMARY, &["--format", "json"]].concat());
    type Damage = fn(&[u8]) -> Vec<u8>;
    let damages: [(&str, Damage); 4] = [
        ("truncated", |b| b[..b.len() / 2].to_vec()),
        ("garbage", |b| {
            b.iter()
                .map(|x| x.wrapping_mul(31).wrapping_add(7))
                .collect()
        }),
        ("metadata flipped", |b| {
            let mut v = b.to_vec();
            v[70] ^= 1;
            v
        }),
        ("empty", |_| Vec::new()),
    ];
    for (name, damage) in damages {
        assert_eq!(corrupt_cache_files(&env, false, damage), 1, "{name}");
        let (out, stderr) = env.echo(&[SUMMARY, &["--format", "json"]].concat());
        assert_eq!(out, good, "{name}: a damaged entry must never yield rows");
        assert!(stderr.contains("damaged"), "{name}: {stderr}");
        assert!(
            has_event(&stderr, "miss") && has_event(&stderr, "fill"),
            "{name}: {stderr}"
        );
        let (_, stderr) = env.echo(SUMMARY);
        assert!(has_event(&stderr, "hit"), "{name}: refilled: {stderr}");
    }
    assert_eq!(env.json(&["cache", "stats"])["damaged"], 4);

    // Damaged rows are caught as soon as the rows are needed (here: a format not yet kept).
    assert_eq!(
        corrupt_cache_files(&env, false, |b| {
            let mut v = b.to_vec();
            let last = v.len() - 1;
            v[last] ^= 1;
            v
        }),
        1
    );
    let (out, stderr) = env.echo(&[SUMMARY, &["--format", "tsv"]].concat());
    assert_eq!(
        out,
        env.ok(&[SUMMARY, &["--format", "tsv", "--no-cache"]].concat())
    );
    assert!(
        stderr.contains("damaged") && has_event(&stderr, "miss"),
        "{stderr}"
    );

    // A damaged rendering is not served either: the output is rendered again from the rows.
    let table = env.ok(SUMMARY);
    assert!(corrupt_cache_files(&env, true, |b| b[..b.len() - 3].to_vec()) >= 1);
    let (out, stderr) = env.echo(SUMMARY);
    assert_eq!(out, table);
    assert!(has_event(&stderr, "hit"), "the rows were intact: {stderr}");
    assert!(corrupt_cache_files(&env, true, |_| b"PETDBR garbage".to_vec()) >= 1);
    assert_eq!(env.ok(SUMMARY), table);
}

#[test]
fn foreign_files_in_the_cache_are_removed() {
    let env = seeded_disk(2);
    env.ok(&["species", "list"]);
    let shard = env.cache_dir().join("v1/entries/zz");
    std::fs::create_dir_all(&shard).unwrap();
    std::fs::write(shard.join("notes.txt"), "not ours").unwrap();
    let other = env.cache_dir().join("v1/entries/00");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("0".repeat(64)), "garbage with an entry's name").unwrap();
    let listed = env.json(&["cache", "list"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert!(!shard.join("notes.txt").exists());
    assert!(!other.join("0".repeat(64)).exists());
    assert_eq!(
        env.ok(&["species", "list", "--format", "csv"])
            .lines()
            .count(),
        13
    );
}

fn modes_under(dir: &Path, out: &mut Vec<(String, u32, bool)>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let meta = e.metadata().unwrap();
        out.push((
            e.path().display().to_string(),
            meta.permissions().mode() & 0o777,
            meta.is_dir(),
        ));
        if meta.is_dir() {
            modes_under(&e.path(), out);
        }
    }
}

#[test]
fn the_cache_is_private_even_under_a_permissive_umask() {
    let env = seeded_disk(3);
    // A shell with umask 000 runs petdb: everything it creates must still be private.
    let bin = assert_cmd::cargo::cargo_bin("petdb");
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "umask 000 && '{}' owners list >/dev/null && '{}' species list > /dev/null",
            bin.display(),
            bin.display()
        ))
        .env("DATABASE_URL", &env.url)
        .env("HOME", env.home())
        .env("XDG_CACHE_HOME", env.home().join("cache"))
        .status()
        .unwrap();
    assert!(status.success());
    env.ok(&["owners", "update", "1", "--name", "X"]);
    let root = env.cache_dir();
    assert_eq!(
        std::fs::metadata(&root).unwrap().permissions().mode() & 0o777,
        0o700
    );
    let mut all = Vec::new();
    modes_under(&root, &mut all);
    assert!(all.len() > 5, "{all:?}");
    for (path, mode, is_dir) in all {
        assert_eq!(mode, if is_dir { 0o700 } else { 0o600 }, "{path}");
    }
}

#[test]
fn an_unusable_cache_dir_means_uncached_with_one_warning() {
    let env = seeded_disk(3);
    let expected = env.ok(&["species", "list", "--no-cache"]);

    // A path under a file cannot be created.
    let blocker = env.path("blocker");
    std::fs::write(&blocker, "").unwrap();
    let bad = blocker.join("cache");
    let out = env
        .cmd()
        .args(["species", "list", "--cache-dir", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("petdb: warning: running without the cache"),
        "{stderr}"
    );

    // A world-writable directory is not trusted.
    let open = env.path("open");
    std::fs::create_dir(&open).unwrap();
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).unwrap();
    let out = env
        .cmd()
        .args(["species", "list", "--cache-dir", open.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("writable by everyone"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1);

    // Writes still work (and warn once) when the cache cannot be invalidated.
    let out = env
        .cmd()
        .args([
            "owners",
            "add",
            "--name",
            "Y",
            "--cache-dir",
            bad.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stderr).unwrap().lines().count(), 1);
}

#[test]
fn a_read_only_cache_dir_means_uncached_with_one_warning() {
    if unsafe { libc::geteuid() } == 0 {
        // root ignores file modes: simulate read-only with a bind of the stats file to a
        // directory, which makes every write fail the same way.
        let env = seeded_disk(2);
        env.ok(&["species", "list"]);
        let stats = env.cache_dir().join("v1/stats");
        std::fs::remove_file(&stats).unwrap();
        std::fs::create_dir(&stats).unwrap();
        let out = env
            .cmd()
            .args(["species", "list", "--refresh"])
            .output()
            .unwrap();
        assert!(out.status.success());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("warning"), "{stderr}");
        return;
    }
    let env = seeded_disk(2);
    env.ok(&["species", "list"]);
    let dir = env.cache_dir();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o500)).unwrap();
    let out = env.cmd().args(["species", "list"]).output().unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stderr).unwrap().lines().count(), 1);
}

#[test]
fn keys_listings_and_echo_never_show_a_password() {
    let env = seeded_disk(2);
    if env.backend != Backend::Postgres {
        return; // only a PostgreSQL URL carries a password
    }
    let mut url = url::Url::parse(&env.url).unwrap();
    url.set_password(Some("hunter2")).unwrap();
    let (_, stderr) = env.echo(&["--database-url", url.as_str(), "owners", "list"]);
    assert!(!stderr.contains("hunter2"));
    let list = env.ok(&["cache", "list", "--format", "json"]);
    let stats = env.ok(&["cache", "stats", "--format", "json"]);
    assert!(!list.contains("hunter2") && !stats.contains("hunter2"));
    let mut all = Vec::new();
    modes_under(&env.cache_dir(), &mut all);
    for (path, _, is_dir) in all {
        assert!(!path.contains("hunter2"));
        if !is_dir {
            let bytes = std::fs::read(&path).unwrap();
            assert!(
                !String::from_utf8_lossy(&bytes).contains("hunter2"),
                "{path}"
            );
        }
    }
}

/// A cache directory someone else owns could hold planted entries: refused, with one
/// warning, and the command still answers.
#[test]
fn a_cache_dir_owned_by_another_user_is_not_trusted() {
    let env = seeded_disk(2);
    let expected = env.ok(&["species", "list", "--no-cache"]);
    // As root, make one that belongs to `nobody`; otherwise `/` belongs to someone else.
    let dir = if unsafe { libc::geteuid() } == 0 {
        let dir = env.path("theirs");
        std::fs::create_dir(&dir).unwrap();
        std::os::unix::fs::chown(&dir, Some(65534), Some(65534)).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
        dir
    } else {
        std::path::PathBuf::from("/")
    };
    let out = env
        .cmd()
        .args(["species", "list", "--cache-dir", dir.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("belongs to another user"), "{stderr}");
}
