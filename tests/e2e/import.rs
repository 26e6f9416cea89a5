//! `<table> import FILE`: round trips on the suite's backend in every format (ids
//! included), every class of bad input (each naming its line and column, nothing
//! written), `--dry-run`, each `--on-conflict`, stdin, and the cache seeing exactly the
//! tables written. `db dump` and `db load` are in `load.rs`.

use crate::common::{TestEnv, has_event};

pub const TABLES: [&str; 4] = ["species", "owners", "pets", "procedures"];

/// Every `list` and `report`, as csv, uncached: equal strings, equal clinics.
pub fn everything(env: &TestEnv) -> String {
    let mut all = String::new();
    for args in [
        &["species", "list"][..],
        &["owners", "list"],
        &["pets", "list"],
        &["procedures", "list"],
        &["report", "owners-summary"],
        &["report", "species-counts"],
        &["report", "monthly-revenue"],
    ] {
        for format in ["csv", "json", "table"] {
            all.push_str(&env.ok(&[&["--no-cache", "--format", format][..], args].concat()));
        }
    }
    all
}

/// Write `text` to `name` in the bench's directory; its path.
pub fn file(env: &TestEnv, name: &str, text: &str) -> String {
    let path = env.path(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// `petdb <table> import FILE <extra>` of `text` written to `name`: expect `code`,
/// return (stdout, stderr).
fn import(
    env: &TestEnv,
    table: &str,
    name: &str,
    text: &str,
    extra: &[&str],
    code: i32,
) -> (String, String) {
    let path = file(env, name, text);
    let out = env
        .cmd()
        .args([table, "import", path.as_str()])
        .args(extra)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(code),
        "{table} import {text:?}: {stderr}"
    );
    (String::from_utf8(out.stdout).unwrap(), stderr)
}

/// A bench with two species and two owners, and no pets.
fn small() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["species", "add", "--name", "Dog"]);
    env.ok(&[
        "species",
        "add",
        "--name",
        "Cat",
        "--description",
        "Felis catus",
    ]);
    env.ok(&["owners", "add", "--name", "Ann Lee", "--phone", "555-0101"]);
    env.ok(&["owners", "add", "--name", "Bob Stone"]);
    env
}

#[test]
fn every_table_round_trips_in_every_format_ids_included() {
    let from = TestEnv::seeded(15);
    // Awkward text survives: quotes, commas, newlines, tabs, backslashes, '' and NULL.
    from.raw_execute(
        "UPDATE owners SET name = 'O''Brien, \"Jr\"', phone = '', email = NULL WHERE id = 2",
    );
    from.raw_execute("UPDATE procedures SET notes = 'line1\nline2\tx\\y \\.' WHERE id = 3");
    for format in ["csv", "tsv", "json", "jsonl"] {
        let to = TestEnv::new();
        for table in TABLES {
            let list_format = if format == "jsonl" { "json" } else { format };
            let mut text = from.ok(&[table, "list", "--no-cache", "--format", list_format]);
            if format == "jsonl" {
                let rows: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
                text = rows.iter().map(|r| format!("{r}\n")).collect();
            }
            let (out, _) = import(&to, table, &format!("{table}.{format}"), &text, &[], 0);
            let n = from.raw_i64(&format!("SELECT COUNT(*) FROM {table}"));
            assert_eq!(
                out,
                format!("imported {n} {table}: {n} added, 0 updated, 0 skipped\n")
            );
        }
        if format == "tsv" {
            // tsv cannot tell '' from NULL: the empty phone comes back as NULL.
            to.raw_execute("UPDATE owners SET phone = '' WHERE id = 2");
        }
        assert_eq!(everything(&to), everything(&from), "{format}");
    }
}

#[test]
fn stdin_is_read_as_csv_and_ids_continue_after_the_imported_ones() {
    let from = TestEnv::seeded(5);
    let to = TestEnv::new();
    for table in TABLES {
        let csv = from.ok(&[table, "list", "--format", "csv"]);
        to.cmd()
            .args([table, "import", "-"])
            .write_stdin(csv)
            .assert()
            .success();
    }
    assert_eq!(everything(&to), everything(&from));
    let next = from.raw_i64("SELECT MAX(id) + 1 FROM owners");
    assert_eq!(
        to.ok(&["-q", "owners", "add", "--name", "New"]).trim(),
        next.to_string()
    );
    let next = from.raw_i64("SELECT MAX(id) + 1 FROM pets");
    assert_eq!(
        to.ok(&[
            "-q",
            "pets",
            "add",
            "--owner",
            "1",
            "--species",
            "dog",
            "--name",
            "N"
        ])
        .trim(),
        next.to_string()
    );
}

#[test]
fn optional_columns_may_be_left_out_and_missing_ids_are_assigned() {
    let env = small();
    let (out, _) = import(
        &env,
        "pets",
        "p.csv",
        "name,species,owner_id\nRex,dog,1\n\"Tom, the cat\",Cat,2\n",
        &[],
        0,
    );
    assert_eq!(out, "imported 2 pets: 2 added, 0 updated, 0 skipped\n");
    let pets = env.json(&["pets", "list"]);
    assert_eq!(pets[0]["id"], 1);
    assert_eq!(pets[1]["name"], "Tom, the cat");
    assert_eq!(pets[1]["species"], "Cat");
    assert!(pets[0]["birth_date"].is_null());
    assert!(pets[0]["created_at"].as_str().unwrap().len() == 19);
    // JSON lines without ids, and a JSON array with one.
    import(
        &env,
        "owners",
        "o.jsonl",
        "{\"name\":\"Cy\"}\n\n{\"name\":\"Di\",\"email\":\"d@x\"}\n",
        &[],
        0,
    );
    import(
        &env,
        "species",
        "s.json",
        "[{\"id\":9,\"name\":\"Ferret\"}]",
        &[],
        0,
    );
    assert_eq!(env.json(&["owners", "get", "4"])[0]["email"], "d@x");
    assert_eq!(env.json(&["species", "get", "9"])[0]["name"], "Ferret");
}

/// A bad import: exit 1, each expected (line, column) named, and nothing changed.
fn refused(
    env: &TestEnv,
    table: &str,
    name: &str,
    text: &str,
    expected: &[(&str, &str)],
) -> String {
    let before = env.snapshot();
    let (_, stderr) = import(env, table, name, text, &[], 1);
    for (place, what) in expected {
        assert!(
            stderr
                .lines()
                .any(|l| l.contains(place) && l.contains(what)),
            "{place} / {what} not in:\n{stderr}"
        );
    }
    assert!(stderr.contains("nothing written"), "{stderr}");
    assert_eq!(
        env.snapshot(),
        before,
        "{table} {text:?} changed the database"
    );
    stderr
}

#[test]
fn every_class_of_bad_input_is_reported_with_its_line_and_column() {
    let env = small();
    env.add_pet(1, "Dog", "Old");
    // Types, required fields, dates, costs, references, in one file: all reported at once.
    refused(
        &env,
        "procedures",
        "p.csv",
        "id,pet_id,kind,performed_at,cost_cents,notes\n\
         x,1,checkup,2024-01-01,100,\n\
         2,1,,2024-01-01,100,\n\
         3,1,checkup,2024-02-30,100,\n\
         4,1,checkup,2024-01-01,-5,\n\
         5,1,checkup,2024-01-01,3000000000,\n\
         6,42,checkup,2024-01-01,100,\n\
         7,1,checkup,2024-01-01,1.5,\n",
        &[
            ("line 2, column id, value \"x\"", "expected a whole number"),
            ("line 3, column kind", "required"),
            (
                "line 4, column performed_at, value \"2024-02-30\"",
                "YYYY-MM-DD",
            ),
            (
                "line 5, column cost_cents, value \"-5\"",
                "cannot be negative",
            ),
            ("line 6, column cost_cents", "at most"),
            ("line 7, column pet_id, value \"42\"", "no pet 42"),
            ("line 8, column cost_cents, value \"1.5\"", "whole number"),
        ],
    );
    // Missing required column, unknown column.
    refused(
        &env,
        "pets",
        "p.csv",
        "name,owner_id\nRex,1\n",
        &[("line 2, column species", "required column missing")],
    );
    refused(
        &env,
        "owners",
        "o.csv",
        "name,fax\nAnn,1\n",
        &[("line 1, value \"fax\"", "unknown column")],
    );
    refused(
        &env,
        "owners",
        "o.json",
        "[{\"name\":\"Ann\",\"fax\":1}]",
        &[("line 1, value \"fax\"", "unknown column")],
    );
    // Duplicate ids, in the file and in the database; duplicate species names.
    refused(
        &env,
        "owners",
        "o.csv",
        "id,name\n7,A\n7,B\n1,C\n",
        &[
            (
                "line 3, column id, value \"7\"",
                "given twice (also on line 2)",
            ),
            ("line 4, column id, value \"1\"", "exists already"),
        ],
    );
    refused(
        &env,
        "species",
        "s.csv",
        "name\nHorse\nhorse\nDOG\n",
        &[
            (
                "line 3, column name, value \"horse\"",
                "given twice (also on line 2)",
            ),
            ("line 4, column name, value \"DOG\"", "exists already"),
        ],
    );
    // References: an unknown species and owner; a blank name; a bad timestamp.
    refused(
        &env,
        "pets",
        "p.tsv",
        "name\tspecies\towner_id\tcreated_at\nRex\tUnicorn\t1\t\nMo\tDog\t9\t\nMo\tDog\t1\tyesterday\n  \tDog\t1\t\n",
        &[
            (
                "line 2, column species, value \"Unicorn\"",
                "no species 'Unicorn'",
            ),
            ("line 5, column name", "must not be blank"),
            ("line 3, column owner_id, value \"9\"", "no owner 9"),
            (
                "line 4, column created_at, value \"yesterday\"",
                "timestamp",
            ),
        ],
    );
    // Structure: fields that do not match the header, an unterminated quote, bad JSON.
    refused(
        &env,
        "owners",
        "o.csv",
        "id,name\n1\n",
        &[("line 2", "1 fields where the header has 2")],
    );
    refused(
        &env,
        "owners",
        "o.csv",
        "name\n\"Ann\n",
        &[("line 2", "never closed")],
    );
    refused(
        &env,
        "owners",
        "o.jsonl",
        "{\"name\":\"A\"}\n{\"name\":\n",
        &[("line 2", "invalid JSON")],
    );
    refused(
        &env,
        "owners",
        "o.json",
        "[\n{\"name\":\"A\"},\n{\"name\":1}\n]",
        &[("line 3, column name, value 1", "expected text")],
    );
}

#[test]
fn at_most_twenty_problems_are_shown_and_all_are_counted() {
    let env = small();
    let mut text = String::from("id,name\n");
    for _ in 0..30 {
        text.push_str("abc,X\n");
    }
    let stderr = refused(
        &env,
        "owners",
        "o.csv",
        &text,
        &[("line 21, column id", "whole number")],
    );
    assert_eq!(
        stderr.lines().filter(|l| l.contains("column id")).count(),
        20
    );
    assert!(
        stderr.contains("30 problems in the input (the first 20 above, 10 more not shown)"),
        "{stderr}"
    );
}

#[test]
fn a_dry_run_checks_and_counts_but_writes_nothing() {
    let env = small();
    let before = env.snapshot();
    let (out, _) = import(
        &env,
        "owners",
        "o.csv",
        "id,name\n1,Ann\n3,Cy\n",
        &["--dry-run", "--on-conflict", "update"],
        0,
    );
    assert_eq!(
        out,
        "dry run: 2 owners valid: 1 would be added, 1 updated, 0 skipped; nothing written\n"
    );
    assert_eq!(env.snapshot(), before);
    import(
        &env,
        "owners",
        "o.csv",
        "id,name\n1,Ann\n",
        &["--dry-run"],
        1,
    );
}

#[test]
fn on_conflict_error_skip_and_update() {
    let env = small();
    let text = "id,name,phone\n1,Ann Smith,\n5,Eve,555\n";
    let before = env.snapshot();
    let (_, stderr) = import(&env, "owners", "o.csv", text, &[], 1);
    assert!(
        stderr.contains("line 2, column id, value \"1\": id 1 exists already in owners"),
        "{stderr}"
    );
    assert_eq!(env.snapshot(), before);

    let (out, _) = import(&env, "owners", "o.csv", text, &["--on-conflict", "skip"], 0);
    assert_eq!(out, "imported 2 owners: 1 added, 0 updated, 1 skipped\n");
    let ann = &env.json(&["owners", "get", "1"])[0];
    assert_eq!(
        (ann["name"].as_str(), ann["phone"].as_str()),
        (Some("Ann Lee"), Some("555-0101"))
    );

    // Update sets the columns given (phone to NULL), and leaves the others (email).
    env.ok(&["owners", "update", "1", "--email", "ann@x"]);
    let (out, _) = import(
        &env,
        "owners",
        "o.csv",
        text,
        &["--on-conflict", "update"],
        0,
    );
    assert_eq!(out, "imported 2 owners: 0 added, 2 updated, 0 skipped\n");
    let ann = &env.json(&["owners", "get", "1"])[0];
    assert_eq!(ann["name"], "Ann Smith");
    assert!(ann["phone"].is_null());
    assert_eq!(ann["email"], "ann@x");
    // Renaming a species onto another's name is still refused under update.
    let (_, stderr) = import(
        &env,
        "species",
        "s.csv",
        "id,name\n1,cat\n",
        &["--on-conflict", "update"],
        1,
    );
    assert!(
        stderr.contains("line 2, column name, value \"cat\": species 'cat' exists already (id 2)"),
        "{stderr}"
    );
}

#[test]
fn an_import_invalidates_exactly_the_tables_it_wrote() {
    let env = small();
    let pets = ["--format", "csv", "pets", "list"];
    let owners = ["--format", "csv", "owners", "list"];
    env.ok(&pets);
    env.ok(&owners);
    import(
        &env,
        "pets",
        "p.csv",
        "name,species,owner_id\nRex,Dog,1\n",
        &[],
        0,
    );
    let (out, events) = env.agrees(&pets);
    assert!(
        out.contains("Rex") && !has_event(&events, "hit"),
        "{events}"
    );
    let (_, events) = env.agrees(&owners);
    assert!(
        has_event(&events, "hit"),
        "owners were not written: {events}"
    );
    // All rows skipped: nothing written, nothing invalidated.
    env.ok(&pets);
    import(
        &env,
        "pets",
        "p.csv",
        "id,name,species,owner_id\n1,Rex,Dog,1\n",
        &["--on-conflict", "skip"],
        0,
    );
    let (_, events) = env.agrees(&pets);
    assert!(has_event(&events, "hit"), "{events}");
}

#[test]
fn a_format_that_cannot_be_told_is_a_usage_error() {
    let env = small();
    let path = file(&env, "owners.txt", "name\nAnn\n");
    let stderr = env.fails(&["owners", "import", &path], 2);
    assert!(
        stderr.contains("owners.txt") && stderr.contains("--input-format"),
        "{stderr}"
    );
    env.ok(&["owners", "import", &path, "--input-format", "csv"]);
    let stderr = env.fails(&["owners", "import", "/nonexistent/o.csv"], 1);
    assert!(
        stderr.contains("cannot read /nonexistent/o.csv"),
        "{stderr}"
    );
}

/// The largest id an import takes is one below the largest bigint, on both backends (so
/// that PostgreSQL's sequence can be set past it): the largest is refused as a problem,
/// the one below imports, and then no row is given an id past it.
#[test]
fn the_largest_id_is_one_below_the_largest_bigint_on_every_backend() {
    let env = small();
    refused(
        &env,
        "owners",
        "max.csv",
        &format!("id,name\n{},Max\n", i64::MAX),
        &[(
            "line 2",
            "ids go up to 9223372036854775806 (PostgreSQL's id sequence must be able to move past the largest)",
        )],
    );
    let almost = format!("id,name\n{},Max\n", i64::MAX - 1);
    import(&env, "owners", "max.csv", &almost, &[], 0);
    let skip = ["--dry-run", "--on-conflict", "skip"];
    let (out, _) = import(&env, "owners", "max.csv", &almost, &skip, 0);
    assert!(out.contains("would be"), "{out}");
    refused(
        &env,
        "owners",
        "no-id.csv",
        "name\nNo Room\n",
        &[("line 2", "no owners id left for this row")],
    );
    refused(
        &env,
        "species",
        "next.csv",
        &format!("id,name\n{},Almost\n,Last\n,Over\n", i64::MAX - 2),
        &[("line 4", "no species id left for this row")],
    );
    // An import after it still sets the sequence past every id in use: the next `add`
    // takes the largest bigint, and an import after that one still writes.
    import(&env, "owners", "low.csv", "id,name\n5,Five\n", &[], 0);
    let id = env.ok(&["-q", "owners", "add", "--name", "Last"]);
    assert_eq!(id.trim(), i64::MAX.to_string());
    import(&env, "owners", "low.csv", "id,name\n6,Six\n", &[], 0);
}

#[test]
fn year_zero_is_refused_by_add_and_by_import_alike() {
    // 0000-01-01 is 1 BC on PostgreSQL and 0000 on SQLite: no backend could move it.
    let env = small();
    env.ok(&[
        "pets",
        "add",
        "--name",
        "Rex",
        "--species",
        "Dog",
        "--owner",
        "1",
    ]);
    let add = |date: &str| -> Vec<String> {
        [
            "procedures",
            "add",
            "--pet",
            "1",
            "--kind",
            "x",
            "--date",
            date,
            "--cost-cents",
            "1",
        ]
        .map(String::from)
        .to_vec()
    };
    let before = env.snapshot();
    let year0 = add("0000-01-01");
    let err = env.fails(&year0.iter().map(String::as_str).collect::<Vec<_>>(), 2);
    assert!(
        err.contains("0000-01-01") && err.contains("0001 to 9999"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
    refused(
        &env,
        "procedures",
        "year0.csv",
        "pet_id,kind,performed_at,cost_cents\n1,x,0000-01-01,5\n",
        &[(
            "line 2, column performed_at, value \"0000-01-01\"",
            "0001 to 9999",
        )],
    );
    let year1 = add("0001-01-01");
    env.ok(&year1.iter().map(String::as_str).collect::<Vec<_>>());
}

/// Under `--on-conflict update` a rename gives its old name up to the rows after it in the
/// same import: a new species may take it (the write renames before it inserts), while a
/// swap of two names is refused before anything is written, naming the line.
#[test]
fn a_rename_frees_its_old_name_for_the_rest_of_the_import() {
    let env = small(); // 1 Dog, 2 Cat
    let (out, _) = import(
        &env,
        "species",
        "s.csv",
        "id,name\n1,Canine\n,Dog\n",
        &["--on-conflict", "update"],
        0,
    );
    assert_eq!(out, "imported 2 species: 1 added, 1 updated, 0 skipped\n");
    let names: Vec<String> = env
        .json(&["species", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| format!("{} {}", s["id"], s["name"].as_str().unwrap()))
        .collect();
    assert_eq!(names, ["1 Canine", "2 Cat", "3 Dog"]);
    let before = env.snapshot();
    let (_, stderr) = import(
        &env,
        "species",
        "s.csv",
        "id,name\n1,Cat\n2,Canine\n",
        &["--on-conflict", "update"],
        1,
    );
    assert!(
        stderr.contains("line 2, column name, value \"Cat\": species 'Cat' exists already (id 2)"),
        "{stderr}"
    );
    assert_eq!(env.snapshot(), before);
}

/// What one backend would keep and the other could not, or would change, is refused on
/// both: text with a NUL character (PostgreSQL cannot store it) and a timestamp with a
/// fraction of a second (PostgreSQL keeps `created_at` to the second and would round it).
#[test]
fn values_only_one_backend_could_keep_are_refused_on_both() {
    let env = small();
    let before = env.snapshot();
    let (_, stderr) = import(
        &env,
        "owners",
        "o.jsonl",
        "{\"name\":\"Ann\\u0000Lee\"}\n",
        &[],
        1,
    );
    assert!(
        stderr.contains(
            "line 1, column name, value \"Ann\\0Lee\": text must not contain a NUL character (U+0000)"
        ),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 2, "one line per problem: {stderr}");
    let (_, stderr) = import(
        &env,
        "owners",
        "o.csv",
        "name,created_at\nAnn,2024-05-02 10:11:12.5\n",
        &[],
        1,
    );
    assert!(
        stderr.contains(
            "line 2, column created_at, value \"2024-05-02 10:11:12.5\": expected a timestamp as YYYY-MM-DD HH:MM:SS (whole seconds)"
        ),
        "{stderr}"
    );
    assert_eq!(env.snapshot(), before, "nothing written");
    import(
        &env,
        "owners",
        "o.csv",
        "id,name,created_at\n7,Ann,2024-05-02 10:11:12\n",
        &[],
        0,
    );
    assert_eq!(
        env.json(&["owners", "get", "7"])[0]["created_at"],
        "2024-05-02 10:11:12"
    );
}

/// A JSON object that names a key twice is a problem in every JSON input — an array, JSON
/// lines, `db dump`'s lines — rather than the last value winning silently.
#[test]
fn a_json_key_given_twice_is_refused() {
    let env = small();
    let before = env.snapshot();
    for (name, text, line) in [
        ("o.jsonl", "{\"name\":\"Ann\",\"name\":\"Bob\"}\n", "line 1"),
        (
            "o.json",
            "[\n{\"name\":\"Ann\"},\n{\"name\":\"Bob\",\"phone\":\"1\",\"phone\":\"2\"}\n]\n",
            "line 3",
        ),
    ] {
        let (_, stderr) = import(&env, "owners", name, text, &[], 1);
        assert!(
            stderr.contains(line) && stderr.contains("given twice in one object"),
            "{name}: {stderr}"
        );
    }
    let dump = file(
        &env,
        "dump.jsonl",
        "{\"table\":\"owners\",\"row\":{\"name\":\"Ann\"},\"row\":{\"name\":\"Bob\"}}\n",
    );
    let stderr = env.fails(&["db", "load", &dump, "--on-conflict", "error"], 1);
    assert!(stderr.contains("key \"row\" given twice"), "{stderr}");
    assert_eq!(env.snapshot(), before, "nothing written");
}

/// A NUL byte is in no text file petdb imports: the input is refused where it appears,
/// without reading the rest — `/dev/zero`, which never ends, included.
#[test]
fn a_binary_input_is_refused_at_its_first_nul_byte() {
    let env = small();
    let before = env.snapshot();
    let stderr = env.fails(&["pets", "import", "/dev/zero", "--input-format", "csv"], 1);
    assert!(
        stderr.contains("/dev/zero line 1: a NUL byte: not a text file"),
        "{stderr}"
    );
    let path = env.path("o.csv");
    std::fs::write(&path, b"name\nAnn\nBo\0b\n").unwrap();
    let stderr = env.fails(&["owners", "import", path.to_str().unwrap()], 1);
    assert!(stderr.contains("line 3: a NUL byte"), "{stderr}");
    assert_eq!(env.snapshot(), before);
}
