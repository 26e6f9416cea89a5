//! `petdb watch`: a read printed again when, and only when, a table it reads changes —
//! run as a child process while the test writes, through petdb and as another client.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::common::TestEnv;

/// A `petdb watch` running in the background, its stdout collected line by line.
struct Watch {
    child: Child,
    lines: Arc<Mutex<Vec<String>>>,
}

impl Watch {
    fn start(env: &TestEnv, args: &[&str]) -> Watch {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("petdb"))
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .envs(env.envs())
            .arg("watch")
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start petdb watch");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let stdout = child.stdout.take().unwrap();
        let sink = Arc::clone(&lines);
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                sink.lock().unwrap().push(line);
            }
        });
        Watch { child, lines }
    }

    fn output(&self) -> Vec<String> {
        self.lines.lock().unwrap().clone()
    }

    /// The header lines seen so far (one per result printed).
    fn headers(&self) -> usize {
        self.output()
            .iter()
            .filter(|l| l.starts_with("Every "))
            .count()
    }

    /// Wait (up to 20 s) until `n` results have been printed.
    fn wait_for_results(&self, n: usize) {
        let started = Instant::now();
        while self.headers() < n {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "{n} results expected, got: {:#?}",
                self.output()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Wait (up to 20 s) for it to exit; its exit code and stderr.
    fn wait_exit(&mut self) -> (Option<i32>, String) {
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                let mut err = String::new();
                use std::io::Read;
                self.child
                    .stderr
                    .take()
                    .unwrap()
                    .read_to_string(&mut err)
                    .unwrap();
                return (status.code(), err);
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "watch did not exit: {:#?}",
                self.output()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn interrupt(&self) {
        // SAFETY: a plain kill(2) of our own child.
        unsafe { libc::kill(self.child.id() as libc::pid_t, libc::SIGINT) };
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn insert_pet_raw(env: &TestEnv, owner: i64, name: &str) {
    env.raw_execute(&format!(
        "INSERT INTO pets (owner_id, species_id, name, created_at) \
         VALUES ({owner}, 1, '{name}', '2024-01-01 00:00:00')"
    ));
}

#[test]
fn until_change_exits_at_another_clients_write_with_the_new_result() {
    let env = TestEnv::seeded(5);
    let mut watch = Watch::start(
        &env,
        &[
            "--interval",
            "0.2",
            "--until-change",
            "pets",
            "list",
            "--owner",
            "1",
        ],
    );
    watch.wait_for_results(1);
    insert_pet_raw(&env, 1, "Newcomer");
    let (code, err) = watch.wait_exit();
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(watch.headers(), 2, "{:#?}", watch.output());
    let out = watch.output().join("\n");
    let (first, second) = out.split_at(out.rfind("Every ").unwrap());
    assert!(
        !first.contains("Newcomer") && second.contains("Newcomer"),
        "{out}"
    );
}

#[test]
fn nothing_but_a_write_to_a_table_it_reads_is_a_change() {
    let env = TestEnv::seeded(5);
    let mut watch = Watch::start(
        &env,
        &["--interval", "0.2", "--until-change", "species", "list"],
    );
    watch.wait_for_results(1);
    // Reads (a fill, a hit) and writes to other tables, by petdb and by another client.
    env.ok(&["species", "list"]);
    env.ok(&["species", "list", "--format", "csv"]);
    env.ok(&["owners", "add", "--name", "Someone"]);
    insert_pet_raw(&env, 2, "Elsewhere");
    std::thread::sleep(Duration::from_millis(1500));
    assert!(
        watch.child.try_wait().unwrap().is_none(),
        "watch ended without a change: {:#?}",
        watch.output()
    );
    assert_eq!(watch.headers(), 1, "{:#?}", watch.output());
    // A write by petdb to the table it reads.
    env.ok(&["species", "add", "--name", "Axolotl"]);
    let (code, err) = watch.wait_exit();
    assert_eq!(code, Some(0), "{err}");
    assert!(watch.output().join("\n").contains("Axolotl"));
}

#[test]
fn without_a_terminal_each_result_is_appended_after_a_timestamp_and_ctrl_c_ends_it() {
    let env = TestEnv::seeded(5);
    let watch = Watch::start(
        &env,
        &[
            "--interval",
            "0.2",
            "sql",
            "SELECT count(*) AS n FROM pets WHERE owner_id = 2",
        ],
    );
    watch.wait_for_results(1);
    env.add_pet(2, "cat", "First");
    watch.wait_for_results(2);
    insert_pet_raw(&env, 2, "Second");
    watch.wait_for_results(3);
    let mut watch = watch;
    watch.interrupt();
    let (code, err) = watch.wait_exit();
    assert_eq!(code, Some(0), "Ctrl-C is a clean end: {err}");
    assert_eq!(err, "", "nothing on stderr");
    let out = watch.output();
    let headers: Vec<&String> = out.iter().filter(|l| l.starts_with("Every ")).collect();
    assert_eq!(headers.len(), 3, "{out:#?}");
    for h in &headers {
        let (command, time) = h.split_once("    ").unwrap();
        assert_eq!(
            command,
            "Every 0.2s: petdb sql 'SELECT count(*) AS n FROM pets WHERE owner_id = 2'"
        );
        assert!(
            chrono::NaiveDateTime::parse_from_str(time, "%Y-%m-%d %H:%M:%S UTC").is_ok(),
            "{h}"
        );
    }
    let counts: Vec<i64> = out
        .iter()
        .filter_map(|l| l.trim_matches(|c: char| !c.is_ascii_digit()).parse().ok())
        .collect();
    assert_eq!(counts.len(), 3, "{out:#?}");
    assert_eq!(
        (counts[1] - counts[0], counts[2] - counts[1]),
        (1, 1),
        "{out:#?}"
    );
}

#[test]
fn watch_refuses_what_it_cannot_follow() {
    let env = TestEnv::seeded(3);
    let err = env.fails(&["watch", "sql", "SELECT random()"], 2);
    assert!(err.contains("cannot tell which tables it reads"), "{err}");
    let err = env.fails(&["watch", "owners", "add", "--name", "X"], 2);
    assert!(err.contains("`owners add` is not a read command"), "{err}");
    let err = env.fails(&["watch", "--interval", "0", "species", "list"], 2);
    assert!(err.contains("--interval"), "{err}");
    let err = env.fails(&["watch", "--interval", "soon", "species", "list"], 2);
    assert!(err.contains("0.5"), "{err}");
    // A command that fails fails the watch.
    let err = env.fails(&["watch", "owners", "get", "999"], 1);
    assert_eq!(err.trim(), "petdb: owner 999 not found");
    assert!(env.ok(&["watch", "--help"]).contains("--until-change"));
}
