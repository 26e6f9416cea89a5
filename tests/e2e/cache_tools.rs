//! `cache verify`, end to end on the suite's backend
//! and cache (disk or Redis).

use petdb::cache::entry;
use petdb::cache::key::Key;
use petdb::rows::Value;

use crate::common::{CacheBackend, TestEnv};

const OWNER_1_PETS: &[&str] = &["pets", "list", "--owner", "1"];

/// Run petdb with `args`; (exit code, stdout, stderr).
fn run(env: &TestEnv, args: &[&str]) -> (i32, String, String) {
    let out = env.cmd().args(args).output().expect("run petdb");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The key of the one entry whose SQL contains `needle` (from `cache list`).
fn key_of(env: &TestEnv, needle: &str) -> String {
    let listed = env.json(&["cache", "list"]);
    let keys: Vec<String> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["sql"].as_str().unwrap().contains(needle))
        .map(|e| e["key"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(keys.len(), 1, "one entry with {needle:?}: {listed}");
    keys[0].clone()
}

/// Replace the rows of the entry under `key` with `change` of them, as a valid entry
/// (right checksums, right format, its own metadata): what the cache would serve if a
/// write had reached the database without moving a version. Its kept renderings go.
fn forge(env: &TestEnv, key: &str, change: impl FnOnce(&mut petdb::rows::Rows)) {
    let k = Key::from_hex(key).unwrap();
    let rewrite = |bytes: &[u8]| -> Vec<u8> {
        let e = entry::decode_head(bytes, bytes.len() as u64, &k).expect("an intact entry");
        let mut rows = entry::decode_rows(bytes, &e).expect("its rows");
        change(&mut rows);
        let mut meta = e.meta;
        meta.row_count = rows.rows.len() as u64;
        entry::encode(&meta, e.expires_at_ms, &rows).unwrap()
    };
    match &env.cache {
        CacheBackend::Disk => {
            let dir = env.cache_dir().join("v1/entries").join(&key[..2]);
            let path = dir.join(key);
            let forged = rewrite(&std::fs::read(&path).unwrap());
            std::fs::write(&path, forged).unwrap();
            for f in std::fs::read_dir(&dir).unwrap().flatten() {
                if f.file_name()
                    .to_string_lossy()
                    .starts_with(&format!("{key}."))
                {
                    std::fs::remove_file(f.path()).unwrap();
                }
            }
        }
        CacheBackend::Redis { .. } => {
            let name = env
                .redis_keys()
                .into_iter()
                .find(|n| n.ends_with(&format!(":e:{key}")))
                .expect("the entry in Redis");
            let mut conn = env.redis();
            let bytes: Vec<u8> = redis::cmd("GET").arg(&name).query(&mut conn).unwrap();
            let forged = rewrite(&bytes);
            let _: () = redis::cmd("SET")
                .arg(&name)
                .arg(forged)
                .arg("KEEPTTL")
                .query(&mut conn)
                .unwrap();
            let renderings = name.replace(":e:", ":r:");
            let _: () = redis::cmd("DEL").arg(renderings).query(&mut conn).unwrap();
        }
    }
}

/// Fill a few different reads: built-in lists, a lookup with related rows, a report, ad-hoc
/// SQL (with an empty result), each in some format (so renderings are kept too).
fn fill_some(env: &TestEnv) {
    env.ok(OWNER_1_PETS);
    env.ok(&["owners", "get", "1", "--with-pets", "--format", "json"]);
    env.ok(&[
        "report",
        "owners-summary",
        "--limit",
        "5",
        "--format",
        "csv",
    ]);
    env.ok(&["species", "list", "--format", "tsv", "--no-header"]);
    env.ok(&[
        "sql",
        "SELECT kind, count(*) AS n FROM procedures GROUP BY kind ORDER BY kind",
    ]);
    env.ok(&[
        "sql",
        "SELECT id, name FROM owners WHERE name = ?",
        "--param",
        "nobody",
    ]);
}

// ---------------------------------------------------------------------------------------
// cache verify

#[test]
fn verify_agrees_on_a_fresh_cache() {
    let env = TestEnv::seeded(20);
    fill_some(&env);
    let entries = env.json(&["cache", "list"]).as_array().unwrap().len();
    assert_eq!(entries, 7, "six commands, one with two reads");
    let out = env.ok(&["cache", "verify", "--all"]);
    assert_eq!(out.matches("agrees").count(), entries, "{out}");
    assert!(
        out.contains(&format!(
            "checked {entries} of {entries} entries: {entries} agree, 0 stale, 0 expired, 0 mismatches"
        )),
        "{out}"
    );
    let doc = env.json(&["cache", "verify", "--all"]);
    assert_eq!(doc["entries"], entries);
    assert_eq!(doc["checked"], entries);
    assert_eq!(doc["agree"], entries);
    assert_eq!(doc["mismatches"], 0);
    // Nothing was filled or counted as a read by verifying.
    let stats = env.json(&["cache", "stats"]);
    assert_eq!(stats["fills"], entries);
    assert_eq!(stats["hits"], 0);
}

#[test]
fn verify_reports_an_entry_written_since_as_stale_not_as_a_mismatch() {
    let env = TestEnv::seeded(10);
    env.ok(OWNER_1_PETS);
    env.ok(&["species", "list"]);
    // Another client's write: the triggers move pets' version, nothing drops the entry.
    env.raw_execute("UPDATE pets SET name = 'Renamed' WHERE owner_id = 1");
    let (code, out, err) = run(&env, &["cache", "verify", "--all"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("stale"), "{out}");
    assert!(
        out.contains("1 agree, 1 stale, 0 expired, 0 mismatches"),
        "{out}"
    );
    let doc = env.json(&["cache", "verify", "--all"]);
    let stale: Vec<&serde_json::Value> = doc["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["result"] == "stale")
        .collect();
    assert_eq!(stale.len(), 1, "{doc}");
    assert!(
        stale[0]["detail"].as_str().unwrap().starts_with("pets v"),
        "{doc}"
    );
}

#[test]
fn verify_reports_expired_entries() {
    let env = TestEnv::seeded(5);
    env.ok(&["species", "list"]);
    std::thread::sleep(std::time::Duration::from_millis(1200));
    // Judged with the reader's TTL, as a hit would be (Redis itself removes an entry
    // past its filler's).
    let doc = env.json(&["--ttl", "1", "cache", "verify", "--all"]);
    assert_eq!(doc["expired"], 1, "{doc}");
    assert_eq!(doc["mismatches"], 0);
    assert_eq!(doc["results"][0]["result"], "expired");
}

#[test]
fn verify_catches_an_entry_that_disagrees_with_the_database() {
    let env = TestEnv::seeded(10);
    env.ok(&["species", "list"]);
    let truth = env.ok(OWNER_1_PETS);
    let key = key_of(&env, "p.owner_id = ");
    let name_at = |rows: &petdb::rows::Rows| rows.column("name").unwrap();
    forge(&env, &key, |rows| {
        let i = name_at(rows);
        rows.rows[0][i] = Value::Text("Forged".into());
    });
    // The forged entry is valid: the cache would serve it.
    let served = env.ok(OWNER_1_PETS);
    assert!(
        served.contains("Forged") && !truth.contains("Forged"),
        "{served}"
    );

    let (code, out, err) = run(&env, &["cache", "verify", "--all"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains(&key[..16]), "the key: {out}");
    assert!(out.contains("mismatch"), "{out}");
    assert!(out.contains("WHERE p.owner_id = "), "the whole SQL: {out}");
    assert!(
        out.contains("row 1 of") && out.contains("'Forged'"),
        "the first differing row: {out}"
    );
    assert!(
        out.contains("1 agree, 0 stale, 0 expired, 1 mismatch"),
        "{out}"
    );
    assert_eq!(
        err.trim(),
        "petdb: 1 cache entry disagrees with the database (of 2 checked)",
        "one line"
    );

    let out = env
        .cmd()
        .args(["cache", "verify", "--all", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["mismatches"], 1);
    let bad = doc["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["result"] == "mismatch")
        .unwrap();
    assert_eq!(bad["key"], key);
    assert_eq!(bad["row"], 1);
    assert!(bad["cached"].to_string().contains("Forged"), "{bad}");
    assert!(!bad["database"].to_string().contains("Forged"), "{bad}");
    assert!(bad["sql"].as_str().unwrap().contains("p.owner_id"));

    // Verifying repaired nothing by itself; a write to pets drops the entry, and then
    // the cache agrees again.
    env.add_pet(2, "dog", "Newcomer");
    env.ok(&["cache", "verify", "--all"]);
}

#[test]
fn verify_samples_and_filters_by_table() {
    let env = TestEnv::seeded(10);
    fill_some(&env);
    let doc = env.json(&["cache", "verify", "--sample", "3"]);
    assert_eq!(
        (doc["entries"].as_u64(), doc["checked"].as_u64()),
        (Some(7), Some(3))
    );
    // The default sample is 20: every one of 7.
    assert_eq!(env.json(&["cache", "verify"])["checked"], 7);
    let doc = env.json(&["cache", "verify", "--all", "--table", "species"]);
    for r in doc["results"].as_array().unwrap() {
        assert!(r["tables"].to_string().contains("species"), "{r}");
    }
    // pets list, owners get's pets, species list.
    assert_eq!(doc["checked"], 3, "{doc}");
    assert!(
        env.fails(&["cache", "verify", "--sample", "0"], 2)
            .contains("--sample")
    );
    env.fails(&["cache", "verify", "--sample", "2", "--all"], 2);
    env.fails(&["cache", "verify", "--table", "vets"], 2);
}

/// On disk, entries of every database share the directory: only this database's are
/// checked (their keys recompute under its identity), the others are counted as skipped.
#[test]
fn verify_checks_only_this_databases_entries() {
    let env = TestEnv::new_disk().seed(5);
    let other = env.path("other.sqlite3").display().to_string();
    env.ok(&["--database-url", &other, "db", "seed", "--owners", "3"]);
    env.ok(&["--database-url", &other, "species", "list"]);
    env.ok(&["--database-url", &other, "owners", "list"]);
    env.ok(&["species", "list"]);
    let doc = env.json(&["cache", "verify", "--all"]);
    assert_eq!(doc["entries"], 1, "{doc}");
    assert_eq!(doc["agree"], 1);
    assert_eq!(doc["skipped_other_scopes"], 2);
    let out = env.ok(&["cache", "verify"]);
    assert!(
        out.contains("2 entries of other databases, sessions or schema versions skipped"),
        "{out}"
    );
    let theirs = env.json(&["--database-url", &other, "cache", "verify", "--all"]);
    assert_eq!(
        (
            theirs["agree"].as_u64(),
            theirs["skipped_other_scopes"].as_u64()
        ),
        (Some(2), Some(1))
    );
}

/// `cache verify` says what it does in `--help`.
#[test]
fn verify_has_help() {
    let help = TestEnv::new().ok(&["cache", "verify", "--help"]);
    assert!(
        help.contains("[default: 20]") && help.contains("Examples:"),
        "{help}"
    );
}
