//! Redis Cluster only: a master going down mid-run costs the keys it held, nothing more.
//! The test starts a three-master cluster of its own (ports 7111-7113, `redis-server` and
//! `redis-cli` on PATH) and kills one of its nodes; `.ci/run` runs it with the cluster
//! step of the shared-cache group.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::common::{TestEnv, has_event};

const PORTS: [u16; 3] = [7111, 7112, 7113];

/// Three cluster masters of this test's own, stopped by PID when dropped.
struct OwnCluster {
    dir: tempfile::TempDir,
}

impl OwnCluster {
    fn start() -> Self {
        let dir = tempfile::tempdir().unwrap();
        for port in PORTS {
            let status = Command::new("redis-server")
                .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
                .args(["--cluster-enabled", "yes", "--cluster-node-timeout", "1000"])
                // The live masters keep serving their slots while one is down.
                .args(["--cluster-require-full-coverage", "no"])
                .args(["--save", "", "--appendonly", "no", "--daemonize", "yes"])
                .arg("--cluster-config-file")
                .arg(dir.path().join(format!("nodes-{port}.conf")))
                .arg("--pidfile")
                .arg(pid_file(dir.path(), port))
                .arg("--dir")
                .arg(dir.path())
                .status()
                .expect("redis-server on PATH");
            assert!(status.success());
        }
        let cluster = Self { dir };
        for port in PORTS {
            wait_for(|| cli(port, &["ping"]).contains("PONG"));
        }
        let nodes: Vec<String> = PORTS.iter().map(|p| format!("127.0.0.1:{p}")).collect();
        let out = Command::new("redis-cli")
            .args(["--cluster", "create"])
            .args(&nodes)
            .args(["--cluster-replicas", "0", "--cluster-yes"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
        for port in PORTS {
            wait_for(|| cli(port, &["cluster", "info"]).contains("cluster_state:ok"));
        }
        cluster
    }

    fn url(&self) -> String {
        let nodes: Vec<String> = PORTS.iter().map(|p| format!("127.0.0.1:{p}")).collect();
        format!("redis+cluster://{}/", nodes.join(","))
    }

    fn kill(&self, port: u16) {
        let pid = std::fs::read_to_string(pid_file(self.dir.path(), port)).unwrap();
        let status = Command::new("kill")
            .arg("-9")
            .arg(pid.trim())
            .status()
            .unwrap();
        assert!(status.success());
        wait_for(|| !cli(port, &["ping"]).contains("PONG"));
    }
}

impl Drop for OwnCluster {
    fn drop(&mut self) {
        for port in PORTS {
            if let Ok(pid) = std::fs::read_to_string(pid_file(self.dir.path(), port)) {
                let _ = Command::new("kill").arg(pid.trim()).status();
            }
        }
    }
}

fn pid_file(dir: &Path, port: u16) -> std::path::PathBuf {
    dir.join(format!("redis-{port}.pid"))
}

fn cli(port: u16, args: &[&str]) -> String {
    Command::new("redis-cli")
        .args(["-h", "127.0.0.1", "-p", &port.to_string()])
        .args(args)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default()
}

fn wait_for(mut ok: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !ok() {
        assert!(Instant::now() < deadline, "timed out");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn args(r: &[String]) -> Vec<&str> {
    r.iter().map(String::as_str).collect()
}

#[test]
#[ignore = "starts a Redis Cluster of its own: needs redis-server; pass --include-ignored"]
fn a_killed_cluster_node_costs_only_the_keys_it_held() {
    let cluster = OwnCluster::start();
    let env = TestEnv::new_shared(&cluster.url()).seed(20);
    let reads: Vec<Vec<String>> = (1..=12)
        .map(|n| {
            ["pets", "list", "--limit", &n.to_string(), "--format", "csv"]
                .map(String::from)
                .to_vec()
        })
        .collect();
    let mut expected = Vec::new();
    for r in &reads {
        expected.push(env.ok(&[&args(r)[..], &["--no-cache"]].concat()));
        env.ok(&args(r));
    }
    // The node holding the generations and counters stays; one holding entries goes.
    let keys = |port: u16| cli(port, &["--scan"]);
    let victim = PORTS
        .into_iter()
        .find(|p| {
            let k = keys(*p);
            k.contains(":e:") && !k.contains("}:n")
        })
        .expect("a node with entries but not the metadata");
    cluster.kill(victim);

    let (mut hits, mut warned) = (0, 0);
    for (r, expected) in reads.iter().zip(&expected) {
        let started = Instant::now();
        let out = env.cmd().arg("-v").args(args(r)).output().unwrap();
        assert!(started.elapsed() < Duration::from_secs(10));
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "{stderr}");
        assert_eq!(
            &String::from_utf8(out.stdout).unwrap(),
            expected,
            "{stderr}"
        );
        if has_event(&stderr, "hit") {
            hits += 1;
        } else {
            assert_eq!(
                stderr.lines().filter(|l| l.contains("warning")).count(),
                1,
                "{stderr}"
            );
            warned += 1;
        }
    }
    assert!(hits > 0 && warned > 0, "hits {hits}, warned {warned}");
}
