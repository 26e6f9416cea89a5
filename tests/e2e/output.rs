//! Output formats and the global flags that shape them.

use std::io::Read;
use std::process::Stdio;

use crate::common::TestEnv;

fn clinic() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["species", "add", "--name", "Dog"]);
    env.ok(&[
        "owners",
        "add",
        "--name",
        "Ann \"Nan\" Lee, Jr.",
        "--phone",
        "555\t1",
    ]);
    env.ok(&["owners", "add", "--name", "Bob"]);
    env
}

#[test]
fn json_is_an_array_of_typed_objects() {
    let env = clinic();
    let v = env.json(&["owners", "list"]);
    let first = v[0].as_object().unwrap();
    let keys: Vec<&str> = first.keys().map(String::as_str).collect();
    assert_eq!(keys.len(), 5);
    assert!(first["id"].is_i64(), "numbers stay numbers");
    assert!(v[1]["phone"].is_null(), "NULL is null");
    assert_eq!(v[0]["name"], "Ann \"Nan\" Lee, Jr.");
    assert_eq!(
        env.ok(&["owners", "list", "--name", "nobody", "--format", "json"]),
        "[]\n"
    );
}

#[test]
fn csv_quotes_and_tsv_escapes() {
    let env = clinic();
    let csv = env.ok(&["owners", "list", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("id,name,phone,email,created_at"));
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("1,\"Ann \"\"Nan\"\" Lee, Jr.\",555\t1,,")
    );
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rec = reader.records().next().unwrap().unwrap();
    assert_eq!(&rec[1], "Ann \"Nan\" Lee, Jr.");

    let tsv = env.ok(&["owners", "list", "--format", "tsv"]);
    let row: Vec<&str> = tsv.lines().nth(1).unwrap().split('\t').collect();
    assert_eq!(
        row.len(),
        5,
        "a tab inside a value is escaped, not a column break"
    );
    assert_eq!(row[2], "555\\t1");
}

#[test]
fn no_header_drops_the_header_row() {
    let env = clinic();
    let csv = env.ok(&["owners", "list", "--format", "csv", "--no-header"]);
    assert!(csv.starts_with("1,"), "{csv}");
    let table = env.ok(&["owners", "list", "--no-header"]);
    assert!(!table.contains("email") && table.contains("Bob"), "{table}");
    let with = env.ok(&["owners", "list"]);
    assert!(with.contains("email") && with.contains("Bob"));
}

#[test]
fn global_flags_work_before_or_after_the_subcommand() {
    let env = clinic();
    let after = env.ok(&["owners", "list", "--format", "json"]);
    let before = env.ok(&["--format", "json", "owners", "list"]);
    let middle = env.ok(&["owners", "--format", "json", "list"]);
    assert_eq!(after, before);
    assert_eq!(after, middle);
    let url = env.url.clone();
    let flag = env
        .cmd()
        .env_remove("DATABASE_URL")
        .args(["owners", "list", "--database-url", &url, "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(flag.stdout).unwrap(), after);
}

#[test]
fn quiet_prints_bare_ids_and_no_confirmations() {
    let env = clinic();
    assert_eq!(env.ok(&["owners", "add", "--name", "Cy", "-q"]), "3\n");
    assert_eq!(
        env.ok(&["--quiet", "owners", "update", "3", "--name", "Cyd"]),
        ""
    );
    assert_eq!(env.ok(&["-q", "owners", "delete", "3"]), "");
}

#[test]
fn no_color_and_color_never_keep_stderr_plain() {
    let env = clinic();
    let out = env
        .cmd()
        .env("NO_COLOR", "1")
        .args(["owners", "get", "9"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains('\x1b'));
    let out = env
        .cmd()
        .args(["--color", "always", "owners", "get", "9"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr).contains('\x1b'),
        "--color always colours"
    );
    let out = env
        .cmd()
        .args(["--color", "never", "owners", "get", "9"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains('\x1b'));
}

/// `petdb pets list | head -1`: the reader goes away; petdb exits 0 with nothing on stderr.
#[test]
fn a_closed_pipe_exits_zero_quietly() {
    let env = TestEnv::seeded(400);
    for format in ["table", "csv", "json", "tsv"] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("petdb"))
            .envs(env.envs())
            .args(["procedures", "list", "--format", format])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        child
            .stdout
            .as_mut()
            .unwrap()
            .read_exact(&mut first)
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn help_and_version_exit_zero_on_stdout() {
    let env = TestEnv::new();
    assert!(env.ok(&["--help"]).contains("Usage"));
    assert!(env.ok(&["--version"]).starts_with("petdb "));
    assert!(env.ok(&["pets", "list", "--help"]).contains("--with-owner"));
}

/// A cron wrapper that closes stdout (`petdb … >&-`), or all three standard streams:
/// petdb still succeeds (or fails with its exit code), and its output and its errors land
/// nowhere — in particular not in the first files it opens, which would get file
/// descriptors 0, 1 and 2 (a cache lock or entry, the database).
#[test]
fn a_closed_stdout_writes_nothing_into_the_cache() {
    let env = TestEnv::new_disk().seed(40);
    let closed = |redirect: &str, args: &[&str], code: i32| {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!(r#"exec "$0" "$@" {redirect}"#))
            .arg(assert_cmd::cargo::cargo_bin("petdb"))
            .args(args)
            .env_clear()
            .envs(env.envs())
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(code),
            "{redirect} {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    for redirect in [">&-", "<&- >&- 2>&-"] {
        // A miss that fills, then a hit; and an error, whose message goes to stderr.
        closed(redirect, &["--format", "csv", "pets", "list"], 0);
        closed(redirect, &["report", "owners-summary"], 0);
        closed(redirect, &["owners", "get", "987654"], 1);
    }
    let csv = env.ok(&["--format", "csv", "--no-cache", "pets", "list"]);
    let first_row = csv.lines().nth(1).expect("a pet");
    let root = env.cache_dir().join("v1");
    for lock in std::fs::read_dir(root.join("locks")).unwrap() {
        let lock = lock.unwrap().path();
        assert_eq!(std::fs::metadata(&lock).unwrap().len(), 0, "{lock:?}");
    }
    let stats = std::fs::read(root.join("stats")).unwrap();
    assert!(
        stats.starts_with(b"PETDBS02") && stats.len() == 8 + 12 * 8,
        "stats file intact"
    );
    // Every entry decodes (a damaged one would be removed and counted), and the output
    // is only where a rendering keeps it.
    let (_, stderr) = env.echo(&["cache", "list"]);
    assert!(!stderr.contains("damaged"), "{stderr}");
    assert_eq!(env.json(&["cache", "list"]).as_array().unwrap().len(), 2);
    assert_eq!(env.json(&["cache", "stats"])["damaged"], 0);
    let mut files = vec![env.cache_dir()];
    while let Some(p) = files.pop() {
        if p.is_dir() {
            files.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        } else if !p.to_string_lossy().ends_with(".csv") {
            let bytes = std::fs::read(&p).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            assert!(!text.contains(first_row), "output found in {p:?}");
            assert!(!text.contains("987654"), "an error message found in {p:?}");
        }
    }
}

/// build.rs links libgcc's unwinder from `libgcc_eh.a` when the C toolchain has it, so the
/// binary maps no `libgcc_s.so` at start (≈0.1 ms of every run on a virtual machine), and
/// links the shared one as before when it has not.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn the_binary_needs_libgcc_s_only_without_a_static_unwinder() {
    let archive = std::process::Command::new("cc")
        .arg("-print-file-name=libgcc_eh.a")
        .output()
        .unwrap();
    let archive = String::from_utf8(archive.stdout).unwrap();
    let has_static = std::path::Path::new(archive.trim()).is_file();
    let dynamic = dynamic_section();
    assert!(dynamic.contains("(NEEDED)"), "{dynamic}");
    assert_eq!(
        dynamic.contains("libgcc_s"),
        !has_static,
        "libgcc_eh.a at {archive:?}; {dynamic}"
    );
}

/// src/math.rs gives SQLite glibc's math functions on first use, so no run maps libm at
/// start (≈ 0.07 ms of every run on a virtual machine).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn the_binary_does_not_load_libm_at_start() {
    let dynamic = dynamic_section();
    assert!(dynamic.contains("libc.so"), "{dynamic}");
    assert!(!dynamic.contains("libm.so"), "{dynamic}");
}

/// The binary's dynamic section as `readelf -d` prints it (the libraries it needs at start).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn dynamic_section() -> String {
    let out = std::process::Command::new("readelf")
        .args([
            "-d",
            assert_cmd::cargo::cargo_bin("petdb").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "readelf -d failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}
