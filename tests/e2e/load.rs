//! `db dump` and `db load`: every row and id kept, as JSON lines and as csv files; a
//! database with data refused unless `--on-conflict` says otherwise; references to rows
//! later in the input refused; and (with `PETDB_TEST_PG_URL`, `--include-ignored`) a clinic
//! moved from SQLite to PostgreSQL, every `list` and `report` equal byte for byte.

use crate::common::{Backend, PG_URL_VAR, TestEnv};
use crate::import::{TABLES, everything, file};

/// `db load -` of `dump` on stdin, expected to succeed.
fn load_stdin(env: &TestEnv, dump: String) {
    let out = env
        .cmd()
        .args(["db", "load", "-"])
        .write_stdin(dump)
        .output();
    let out = out.unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
}

#[test]
fn dump_and_load_keep_every_row_and_id_as_json_lines_and_as_csv_files() {
    let from = TestEnv::seeded(20);
    from.raw_execute("DELETE FROM pets WHERE id = 3"); // a gap in the ids
    let jsonl = from.ok(&["db", "dump"]);
    assert!(
        jsonl.starts_with("{\"table\":\"species\",\"row\":{\"id\":1,"),
        "{jsonl}"
    );
    let to = TestEnv::new();
    load_stdin(&to, jsonl);
    assert_eq!(everything(&to), everything(&from));

    let dir = from.path("dump");
    let said = from.ok(&["db", "dump", dir.to_str().unwrap()]);
    assert!(said.starts_with("dumped 12 species, 20 owners"), "{said}");
    for table in TABLES {
        let file = std::fs::read_to_string(dir.join(format!("{table}.csv"))).unwrap();
        assert_eq!(file, from.ok(&[table, "list", "--format", "csv"]));
    }
    // A second dump into the same directory overwrites nothing.
    let stderr = from.fails(&["db", "dump", dir.to_str().unwrap()], 1);
    assert!(stderr.contains("exists already"), "{stderr}");
    let to = TestEnv::new();
    to.ok(&["db", "load", dir.to_str().unwrap()]);
    assert_eq!(everything(&to), everything(&from));
    let next = from.raw_i64("SELECT MAX(id) + 1 FROM procedures");
    let add: Vec<&str> = "-q procedures add --pet 1 --kind x --cost-cents 1"
        .split(' ')
        .collect();
    let added = to.ok(&add);
    assert_eq!(added.trim(), next.to_string());

    // Into a database with data: refused without --on-conflict, then skip and update.
    let before = to.snapshot();
    let stderr = to.fails(&["db", "load", dir.to_str().unwrap()], 1);
    assert!(
        stderr.contains("not empty") && stderr.contains("--on-conflict"),
        "{stderr}"
    );
    assert_eq!(to.snapshot(), before);
    let out = to.ok(&["db", "load", dir.to_str().unwrap(), "--on-conflict", "skip"]);
    assert!(
        out.contains("loaded 12 species: 0 added, 0 updated, 12 skipped"),
        "{out}"
    );
    to.ok(&[
        "db",
        "load",
        dir.to_str().unwrap(),
        "--on-conflict",
        "update",
        "--dry-run",
    ]);
}

#[test]
fn a_reference_to_a_row_later_in_the_same_input_is_refused() {
    let env = TestEnv::new();
    let stream = "{\"table\":\"species\",\"row\":{\"id\":1,\"name\":\"Dog\"}}\n\
                  {\"table\":\"pets\",\"row\":{\"id\":1,\"name\":\"Rex\",\"species\":\"Dog\",\"owner_id\":1}}\n\
                  {\"table\":\"pets\",\"row\":{\"id\":2,\"name\":\"Mo\",\"species\":\"Cat\",\"owner_id\":1}}\n\
                  {\"table\":\"owners\",\"row\":{\"id\":1,\"name\":\"Ann\"}}\n\
                  {\"table\":\"species\",\"row\":{\"id\":2,\"name\":\"Cat\"}}\n";
    let path = file(&env, "dump.jsonl", stream);
    let stderr = env.fails(&["db", "load", &path], 1);
    assert!(
        stderr.contains("line 2, column owner_id, value \"1\": owner 1 comes later, on line 4"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "line 3, column species, value \"Cat\": species 'Cat' comes later, on line 5"
        ),
        "{stderr}"
    );
    assert_eq!(env.raw_i64("SELECT COUNT(*) FROM owners"), 0);
    // In order, the same rows load.
    let lines: Vec<&str> = stream.lines().collect();
    let ordered = [lines[0], lines[4], lines[3], lines[1], lines[2]].join("\n");
    let path = file(&env, "dump.jsonl", &ordered);
    env.ok(&["db", "load", &path]);
    assert_eq!(env.json(&["pets", "get", "2"])[0]["species"], "Cat");
}

#[test]
#[ignore = "needs PostgreSQL: set PETDB_TEST_PG_URL and pass --include-ignored"]
fn a_clinic_moves_from_sqlite_to_postgresql_byte_for_byte() {
    assert!(
        std::env::var(PG_URL_VAR).is_ok_and(|v| !v.is_empty()),
        "{PG_URL_VAR} must name the PostgreSQL server for this test"
    );
    let sqlite = TestEnv::new_sqlite().seed(40);
    assert_eq!(sqlite.backend, Backend::Sqlite);
    sqlite.raw_execute("UPDATE owners SET name = 'Zoë \"Z\", Jr', phone = '' WHERE id = 4");
    let pg = TestEnv::new();
    assert_eq!(pg.backend, Backend::Postgres);
    let dump = sqlite.ok(&["db", "dump"]);
    load_stdin(&pg, dump);
    assert_eq!(everything(&pg), everything(&sqlite));
    // The identity sequences are past the loaded ids.
    for (table, args) in [
        ("owners", &["owners", "add", "--name", "New"][..]),
        ("species", &["species", "add", "--name", "Axolotl"]),
    ] {
        let next = sqlite.raw_i64(&format!("SELECT MAX(id) + 1 FROM {table}"));
        assert_eq!(
            pg.ok(&[&["-q"][..], args].concat()).trim(),
            next.to_string()
        );
    }
}
