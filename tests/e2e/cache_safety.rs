//! Nothing outside petdb's own files is touched through the cache directory: a symlink
//! planted inside it is never followed, nothing but a regular file petdb named is ever
//! removed, a FIFO never makes a read wait, and a directory others may write to is not
//! trusted. Always on the disk cache.

use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;
use std::time::Duration;

use crate::common::{TestEnv, has_event, tree_digest};

const OWNERS: &[&str] = &["--format", "csv", "owners", "list"];

/// A directory of someone else's: files named like petdb's, and a tree.
fn victim(env: &TestEnv) -> std::path::PathBuf {
    let dir = env.path("victim");
    std::fs::create_dir_all(dir.join("tree/deeper")).unwrap();
    let hex = "ab".to_owned() + &"0".repeat(62);
    for name in [
        hex.clone(),
        format!("{hex}.csv"),
        "notes.txt".into(),
        ".tmp-1-1".into(),
    ] {
        std::fs::write(dir.join(&name), format!("precious {name}")).unwrap();
    }
    std::fs::write(dir.join("tree/deeper/file"), "precious too").unwrap();
    std::fs::write(dir.join("owners.gen"), "gffffffffffffffff").unwrap();
    dir
}

/// Every command that reads, fills, evicts, lists, counts or invalidates the cache.
fn exercise(env: &TestEnv) {
    for args in [
        OWNERS,
        OWNERS,
        &["report", "species-counts"],
        &["pets", "list", "--cache-max-entries", "1"],
        &["cache", "list"],
        &["cache", "stats"],
        &["owners", "add", "--name", "Written"],
        &["cache", "invalidate", "--table", "owners", "pets"],
        &["cache", "invalidate", "--key", "abcd"],
        &["cache", "invalidate", "--all"],
        OWNERS,
        &["cache", "list"],
    ] {
        env.ok(args);
    }
}

#[test]
fn a_symlink_planted_in_the_cache_is_never_followed() {
    let env = TestEnv::new_disk().seed(5);
    env.ok(OWNERS); // the cache exists, with a tag directory for this database
    let root = env.cache_dir().join("v1");
    let db = std::fs::read_dir(root.join("tags"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let victims: Vec<std::path::PathBuf> = (0..3)
        .map(|i| {
            let v = victim(&env);
            let copy = env.path(&format!("victim{i}"));
            std::fs::rename(&v, &copy).unwrap();
            copy
        })
        .collect();
    // A shard, a table's tag directory and an entry's own path, each a link elsewhere.
    let shard = root.join("entries/ab");
    let _ = std::fs::remove_dir_all(&shard);
    symlink(&victims[0], &shard).unwrap();
    let owners_tags = db.join("owners");
    let _ = std::fs::remove_dir_all(&owners_tags);
    symlink(&victims[1], &owners_tags).unwrap();
    let before: Vec<String> = victims.iter().map(|v| tree_digest(v)).collect();
    exercise(&env);
    let after: Vec<String> = victims.iter().map(|v| tree_digest(v)).collect();
    assert_eq!(before, after, "files outside the cache changed");
    // Answers are still right.
    assert_eq!(
        env.ok(OWNERS),
        env.ok(&[&["--no-cache"][..], OWNERS].concat())
    );
    // An entry's path linked to a file elsewhere: a miss, and the file stays as it was.
    let target = victims[2].join("notes.txt");
    for entry in std::fs::read_dir(root.join("entries")).unwrap().flatten() {
        if !entry.file_type().unwrap().is_dir() {
            continue;
        }
        for file in std::fs::read_dir(entry.path()).unwrap().flatten() {
            let path = file.path();
            let _ = std::fs::remove_file(&path);
            symlink(&target, &path).unwrap();
        }
    }
    let digest = tree_digest(&victims[2]);
    let (out, events) = env.echo(OWNERS);
    assert!(!has_event(&events, "hit"), "{events}");
    assert_eq!(out, env.ok(&[&["--no-cache"][..], OWNERS].concat()));
    exercise(&env);
    assert_eq!(tree_digest(&victims[2]), digest);
}

/// The cache's own `v1` directory replaced by a link to someone else's: refused as a whole
/// (petdb runs without the cache, saying so), and nothing there is read or written.
#[test]
fn a_symlink_in_place_of_the_cache_s_own_directory_is_refused() {
    let env = TestEnv::new_disk().seed(5);
    env.ok(OWNERS);
    let root = env.cache_dir().join("v1");
    let victim = victim(&env);
    std::fs::rename(&root, env.path("old-v1")).unwrap();
    symlink(&victim, &root).unwrap();
    let before = tree_digest(&victim);
    let uncached = env.ok(&[&["--no-cache"][..], OWNERS].concat());
    let out = env.cmd().args(OWNERS).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), uncached);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("running without the cache") && err.contains("not a directory petdb made"),
        "{err}"
    );
    // The cache commands fail (no cache to work on); reads and writes go on without it.
    for args in [
        &["report", "species-counts"][..],
        &["owners", "add", "--name", "Written"],
        &["cache", "list"],
        &["cache", "invalidate", "--all"],
        OWNERS,
    ] {
        env.cmd().args(args).output().unwrap();
    }
    assert_eq!(
        tree_digest(&victim),
        before,
        "files outside the cache changed"
    );
}

/// A FIFO where an entry or a rendering should be: damage, never a read that waits.
#[test]
fn a_fifo_in_the_cache_never_makes_a_read_wait() {
    let env = TestEnv::new_disk().seed(5);
    let expected = env.ok(&[&["--no-cache"][..], OWNERS].concat());
    env.ok(OWNERS);
    env.ok(OWNERS); // a hit: the csv rendering is kept
    let root = env.cache_dir().join("v1/entries");
    let mut planted = 0;
    for shard in std::fs::read_dir(&root).unwrap().flatten() {
        for file in std::fs::read_dir(shard.path()).unwrap().flatten() {
            let path = file.path();
            std::fs::remove_file(&path).unwrap();
            let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
            // SAFETY: a valid, NUL-terminated path.
            assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
            planted += 1;
        }
    }
    assert!(planted >= 2, "an entry and its rendering");
    for args in [OWNERS, OWNERS, &["cache", "list"], &["cache", "stats"]] {
        let out = env
            .cmd()
            .timeout(Duration::from_secs(20))
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        if args == OWNERS {
            assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
        }
    }
}

#[test]
fn a_cache_directory_its_group_may_write_is_not_trusted() {
    let env = TestEnv::new_disk().seed(2);
    let dir = env.path("shared-cache");
    std::fs::create_dir(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o770)).unwrap();
    let out = env
        .cmd()
        .args(["--cache-dir", dir.to_str().unwrap()])
        .args(OWNERS)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("writable by its group"), "{stderr}");
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        0,
        "nothing written"
    );
    assert!(Path::new(&dir).exists());
}

/// Storing fails (here: files where the cache's directories should be, as a full disk
/// would): the answers come from the database, one warning each, and every read is still
/// counted, so hits + misses = cached reads.
#[test]
fn counts_stay_exact_when_storing_fails() {
    let env = TestEnv::new_disk().seed(5);
    env.ok(&["cache", "stats"]);
    let entries = env.cache_dir().join("v1/entries");
    for shard in 0..256 {
        let path = entries.join(format!("{shard:02x}"));
        if !path.exists() {
            std::fs::write(path, "in the way").unwrap();
        }
    }
    let expected = env.ok(&[&["--no-cache"][..], OWNERS].concat());
    for _ in 0..3 {
        let out = env.cmd().args(OWNERS).output().unwrap();
        assert!(out.status.success());
        assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
    let stats = env.json(&["cache", "stats"]);
    assert_eq!(
        (stats["hits"].as_i64(), stats["misses"].as_i64()),
        (Some(0), Some(3)),
        "{stats}"
    );
}
