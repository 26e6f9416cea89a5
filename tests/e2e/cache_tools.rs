//! `cache verify`, `cache warm` and `cache explain`, end to end on the suite's backend
//! and cache (disk or Redis).

use petdb::cache::entry;
use petdb::cache::key::Key;
use petdb::rows::Value;

use crate::common::{CacheBackend, TestEnv, data_statements, has_event, tree_digest};

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

/// Run petdb with `args` and `stdin`; (exit code, stdout, stderr).
fn run_stdin(env: &TestEnv, args: &[&str], stdin: &str) -> (i32, String, String) {
    let out = env
        .cmd()
        .args(args)
        .write_stdin(stdin.as_bytes().to_vec())
        .output()
        .expect("run petdb");
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

/// Everything the cache holds: its files on disk, or its keys and their values on Redis.
fn cache_contents(env: &TestEnv) -> String {
    match &env.cache {
        CacheBackend::Disk => tree_digest(&env.cache_dir()),
        CacheBackend::Redis { .. } => {
            let mut keys = env.redis_keys();
            keys.sort();
            let mut conn = env.redis();
            keys.iter()
                .map(|k| {
                    let dump: Vec<u8> = redis::cmd("DUMP").arg(k).query(&mut conn).unwrap();
                    format!("{k}={}", blake3::hash(&dump).to_hex())
                })
                .collect::<Vec<_>>()
                .join("\n")
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

// ---------------------------------------------------------------------------------------
// cache warm

#[test]
fn warm_fills_and_a_second_run_finds_everything_fresh() {
    let env = TestEnv::seeded(20);
    let file = env.path("nightly.warm");
    std::fs::write(
        &file,
        "# the nightly reports\n\
         report owners-summary --limit 20\n\
         \n\
         pets list --owner 7\n\
         petdb species list\n   \
         sql \"SELECT kind, count(*) AS n FROM procedures GROUP BY kind ORDER BY kind\"\n\
         owners get 3 --with-pets\n",
    )
    .unwrap();
    let file = file.display().to_string();
    let doc = env.json(&["cache", "warm", &file]);
    assert_eq!(doc["filled"], 5, "{doc}");
    assert_eq!(
        (doc["fresh"].as_u64(), doc["failed"].as_u64()),
        (Some(0), Some(0))
    );
    let lines: Vec<u64> = doc["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [2, 4, 5, 6, 7], "file line numbers");
    // Every warmed read now hits, and agrees with the database.
    for args in [
        &["report", "owners-summary", "--limit", "20"][..],
        &["pets", "list", "--owner", "7"],
        &["species", "list"],
        &["owners", "get", "3", "--with-pets"],
    ] {
        let (_, events) = env.agrees(args);
        assert!(has_event(&events, "hit"), "{args:?}: {events}");
    }
    let out = env.ok(&["cache", "warm", &file]);
    assert!(
        out.contains("0 filled, 5 already fresh, 0 uncacheable, 0 failed"),
        "{out}"
    );
    assert_eq!(out.matches("fresh").count(), 6, "{out}");
}

#[test]
fn warm_reports_uncacheable_and_bad_lines_by_number_and_runs_the_rest() {
    let env = TestEnv::seeded(10);
    let before = env.snapshot();
    let text = "species list\n\
                sql \"SELECT random()\"\n\
                owners add --name Intruder\n\
                sql \"SELECT count(*) FROM pets\n\
                cache warm other.warm\n\
                owners list --bogus\n\
                owners get 999999\n\
                sql\n\
                db reset --yes\n\
                pets list --owner 2\n";
    let (code, out, err) = run_stdin(&env, &["cache", "warm", "-"], text);
    assert_eq!(code, 1, "{out}{err}");
    assert_eq!(
        err.trim(),
        "petdb: 7 lines of stdin failed: lines 3, 4, 5, 6, 7, 8, 9",
        "one line naming them"
    );
    assert!(
        out.contains("2 filled, 0 already fresh, 1 uncacheable, 7 failed"),
        "{out}"
    );
    let (_, out, _) = run_stdin(&env, &["cache", "warm", "-", "--format", "json"], text);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let result = |line: u64| {
        let l = doc["lines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["line"] == line)
            .unwrap();
        (
            l["result"].as_str().unwrap().to_owned(),
            l["detail"].as_str().unwrap_or_default().to_owned(),
        )
    };
    assert_eq!(result(1).0, "fresh");
    assert_eq!(result(2).0, "uncacheable");
    assert!(result(2).1.contains("random()"), "{doc}");
    assert!(
        result(3).1.contains("`owners add` is not a read command"),
        "{doc}"
    );
    assert!(result(4).1.contains("quotes"), "{doc}");
    assert!(
        result(5).1.contains("`cache warm` is not a read command"),
        "{doc}"
    );
    assert!(result(6).1.contains("--bogus"), "{doc}");
    assert!(result(7).1.contains("owner 999999 not found"), "{doc}");
    assert!(result(8).1.contains("needs its statement"), "{doc}");
    assert!(
        result(9).1.contains("`db reset` is not a read command"),
        "{doc}"
    );
    assert_eq!(result(10).0, "fresh");
    // Nothing was written.
    assert_eq!(env.snapshot(), before);
}

#[test]
fn warm_applies_the_processs_global_flags_and_a_lines_own_win() {
    let env = TestEnv::seeded(5);
    let text = "species list\npets list --owner 1 --ttl 5\n";
    let (code, out, err) = run_stdin(&env, &["--ttl", "3600", "cache", "warm", "-"], text);
    assert_eq!(code, 0, "{out}{err}");
    let ttl_of = |args: &[&str]| {
        let doc = env.json(&[&["--ttl", "99999", "cache", "explain"][..], args].concat());
        doc["reads"][0]["entry"]["ttl_s"].as_f64().unwrap()
    };
    assert_eq!(ttl_of(&["species", "list"]), 3600.0);
    assert_eq!(ttl_of(OWNER_1_PETS), 5.0);
    // --no-cache would fill nothing.
    let err = env.fails(&["--no-cache", "cache", "warm", "-"], 2);
    assert!(err.contains("--no-cache"), "{err}");
    let err = env.fails(&["cache", "warm", "/nonexistent/file"], 1);
    assert!(
        err.starts_with("petdb: cannot read /nonexistent/file"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------
// cache explain

#[test]
fn explain_follows_an_entry_from_absent_to_fresh_to_stale() {
    let env = TestEnv::seeded(10);
    let summary = ["report", "owners-summary", "--limit", "5"];
    let explain = |format: &str| {
        env.ok(&[&["cache", "explain"][..], &summary, &["--format", format]].concat())
    };
    let doc: serde_json::Value = serde_json::from_str(&explain("json")).unwrap();
    let read = &doc["reads"][0];
    assert_eq!(read["entry"]["state"], "absent", "{doc}");
    assert_eq!(read["cacheable"], true);
    assert_eq!(read["keyed_as"], "sql");
    assert_eq!(read["binds"], serde_json::json!([5]));
    assert_eq!(read["key"].as_str().unwrap().len(), 64);
    let tables: Vec<&str> = read["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["table"].as_str().unwrap())
        .collect();
    assert_eq!(tables, ["owners", "pets", "procedures"]);
    assert!(read["tables"][0]["version"].is_i64(), "{doc}");
    assert_eq!(read["scope"]["schema"].as_str().unwrap().len(), 14);
    assert!(read["stamp"].as_str().unwrap().len() > 8);
    assert_eq!(doc["consistency"], "strict");

    // Explaining ran no data query, filled nothing, changed nothing.
    let before = (env.snapshot(), cache_contents(&env));
    let (_, echoed) = env.echo(&[&["cache", "explain"][..], &summary].concat());
    assert!(data_statements(&echoed).is_empty(), "{echoed}");
    assert_eq!((env.snapshot(), cache_contents(&env)), before);

    env.ok(&summary);
    let key = key_of(&env, "owner_name");
    let doc: serde_json::Value = serde_json::from_str(&explain("json")).unwrap();
    assert_eq!(doc["reads"][0]["key"], key, "the key the read used");
    assert_eq!(doc["reads"][0]["entry"]["state"], "fresh");
    assert_eq!(doc["reads"][0]["entry"]["rows"], 5);
    let table = explain("table");
    assert!(table.contains("fresh: age"), "{table}");
    assert!(table.contains(&key), "{table}");

    // A write through petdb drops what read owners: absent again.
    env.ok(&["owners", "add", "--name", "Newcomer"]);
    let doc: serde_json::Value = serde_json::from_str(&explain("json")).unwrap();
    assert_eq!(doc["reads"][0]["entry"]["state"], "absent", "{doc}");
    // A write by another client leaves the entry, which is then stale.
    env.ok(&summary);
    env.raw_execute("UPDATE owners SET name = 'Renamed' WHERE id = 1");
    let doc: serde_json::Value = serde_json::from_str(&explain("json")).unwrap();
    let entry = &doc["reads"][0]["entry"];
    assert_eq!(entry["state"], "stale", "{doc}");
    assert!(
        entry["detail"].as_str().unwrap().starts_with("owners v"),
        "{doc}"
    );
    let table = explain("table");
    assert!(table.contains("stale: owners v"), "{table}");
}

#[test]
fn explain_says_why_a_read_is_not_cached() {
    let env = TestEnv::seeded(3);
    let out = env.ok(&["cache", "explain", "sql", "SELECT random()"]);
    assert!(out.contains("no: it calls random()"), "{out}");
    assert!(out.contains("uncacheable: never cached"), "{out}");
    let doc = env.json(&["cache", "explain", "sql", "SELECT random()"]);
    let read = &doc["reads"][0];
    assert_eq!(read["cacheable"], false);
    assert!(
        read["uncacheable_reason"]
            .as_str()
            .unwrap()
            .contains("random()")
    );
    assert_eq!(read["entry"]["state"], "uncacheable");
    // Ad-hoc SQL is keyed by its normalized form.
    let doc = env.json(&["cache", "explain", "sql", "select  count(*)   from PETS"]);
    assert_eq!(doc["reads"][0]["keyed_as"], "normalized");
    assert_eq!(
        doc["reads"][0]["statement"]
            .as_str()
            .unwrap()
            .lines()
            .next(),
        Some("SELECT count(*) FROM pets")
    );
    assert_eq!(doc["reads"][0]["sql"], "select  count(*)   from PETS");
}

#[test]
fn explain_lists_every_read_of_a_command_and_runs_none() {
    let env = TestEnv::seeded(5);
    let doc = env.json(&["cache", "explain", "owners", "get", "999999", "--with-pets"]);
    assert_eq!(
        doc["reads"].as_array().unwrap().len(),
        2,
        "the owner, then the pets"
    );
    assert_eq!(doc["reads"][1]["binds"], serde_json::json!([999999]));
    let csv = env.ok(&[
        "cache",
        "explain",
        "--format",
        "csv",
        "pets",
        "get",
        "1",
        "--with-owner",
    ]);
    assert!(
        csv.starts_with("read,item,value\n1,read,1 of 2: pets get 1 --with-owner\n"),
        "{csv}"
    );
    assert!(csv.contains("\n2,key,"), "{csv}");
}

#[test]
fn explain_refuses_what_is_not_a_read() {
    let env = TestEnv::seeded(3);
    let before = env.snapshot();
    for (args, says) in [
        (
            &["cache", "explain", "owners", "add", "--name", "X"][..],
            "`owners add` is not a read command",
        ),
        (
            &["cache", "explain", "db", "reset", "--yes"],
            "`db reset` is not a read command",
        ),
        (
            &["cache", "explain", "cache", "explain", "species", "list"],
            "`cache explain` is not a read command",
        ),
        (
            &["cache", "explain", "pets", "list", "--owner", "x"],
            "invalid value 'x' for '--owner <ID>'",
        ),
        (
            &["cache", "explain", "owners"],
            "`owners` needs a subcommand",
        ),
        (
            &["cache", "explain", "sql", "DELETE FROM pets"],
            "runs read statements only",
        ),
    ] {
        let err = env.fails(args, 2);
        assert!(
            err.starts_with("petdb: ") && err.contains(says),
            "{args:?}: {err}"
        );
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
    assert_eq!(env.snapshot(), before);
    let help = env.ok(&["cache", "explain", "pets", "list", "--help"]);
    assert!(help.contains("Usage: petdb pets list"), "{help}");
}

/// `cache verify`, `warm` and `explain` say what they do in `--help`.
#[test]
fn the_tools_have_help() {
    let env = TestEnv::new();
    for (cmd, says) in [
        ("verify", "[default: 20]"),
        ("warm", "nightly.warm"),
        ("explain", "Nothing runs"),
    ] {
        let help = env.ok(&["cache", cmd, "--help"]);
        assert!(help.contains(says), "{cmd}: {help}");
    }
}
