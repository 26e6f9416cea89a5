//! `petdb pets …`

use crate::common::{TestEnv, data_statements};

fn clinic() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["species", "add", "--name", "Dog"]);
    env.ok(&["species", "add", "--name", "Cat"]);
    env.ok(&["owners", "add", "--name", "Ann", "--phone", "555-1"]);
    env.ok(&["owners", "add", "--name", "Bob"]);
    env.ok(&[
        "pets",
        "add",
        "--owner",
        "1",
        "--species",
        "Dog",
        "--name",
        "Rex",
        "--birth-date",
        "2019-04-01",
    ]);
    env.add_pet(1, "Cat", "Tom");
    env.add_pet(2, "dog", "Rexy");
    env
}

fn names(env: &TestEnv, args: &[&str]) -> Vec<String> {
    let mut all = vec!["pets", "list"];
    all.extend_from_slice(args);
    env.json(&all)
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn add_get_update_delete_round_trip() {
    let env = clinic();
    let rex = env.json(&["pets", "get", "1"]);
    assert_eq!(rex[0]["species"], "Dog");
    assert_eq!(rex[0]["owner_id"], 1);
    assert_eq!(rex[0]["birth_date"], "2019-04-01");
    assert!(env.json(&["pets", "get", "2"])[0]["birth_date"].is_null());

    env.ok(&[
        "pets",
        "update",
        "1",
        "--owner",
        "2",
        "--species",
        "Cat",
        "--name",
        "Rex II",
        "--birth-date",
        "",
    ]);
    let rex = env.json(&["pets", "get", "1"]);
    assert_eq!(rex[0]["owner_id"], 2);
    assert_eq!(rex[0]["species"], "Cat");
    assert_eq!(rex[0]["name"], "Rex II");
    assert!(rex[0]["birth_date"].is_null());

    env.ok(&[
        "procedures",
        "add",
        "--pet",
        "1",
        "--kind",
        "x-ray",
        "--cost-cents",
        "100",
        "--date",
        "2024-01-02",
    ]);
    assert_eq!(
        env.ok(&["pets", "delete", "1"]).trim(),
        "deleted pet 1 with 1 procedure(s)"
    );
    assert_eq!(
        env.raw_i64("SELECT COUNT(*) FROM procedures"),
        0,
        "procedures go with their pet"
    );
    assert_eq!(
        env.fails(&["pets", "get", "1"], 1).trim(),
        "petdb: pet 1 not found"
    );
    assert_eq!(
        env.fails(&["pets", "delete", "1"], 1).trim(),
        "petdb: pet 1 not found"
    );
}

#[test]
fn list_filters_by_owner_species_and_name() {
    let env = clinic();
    assert_eq!(names(&env, &[]), ["Rex", "Tom", "Rexy"]);
    assert_eq!(names(&env, &["--owner", "1"]), ["Rex", "Tom"]);
    assert_eq!(names(&env, &["--species", "DOG"]), ["Rex", "Rexy"]);
    assert_eq!(names(&env, &["--name", "rex", "--owner", "2"]), ["Rexy"]);
    assert_eq!(
        names(&env, &["--sort", "name", "--desc"]),
        ["Tom", "Rexy", "Rex"]
    );
    assert_eq!(names(&env, &["--limit", "1", "--offset", "2"]), ["Rexy"]);
    assert!(names(&env, &["--species", "Unicorn"]).is_empty());
}

#[test]
fn with_owner_sends_exactly_two_data_statements() {
    let env = clinic();
    let out = env
        .cmd()
        .args([
            "pets",
            "list",
            "--with-owner",
            "--echo-sql",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let data = data_statements(&stderr);
    assert_eq!(
        data.len(),
        2,
        "expected one pets query and one batched owners query:\n{stderr}"
    );
    assert!(data[0].contains("FROM pets"));
    assert!(data[1].contains("FROM owners"));

    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["owner_name"], "Ann");
    assert_eq!(rows[0]["owner_phone"], "555-1");
    assert_eq!(rows[2]["owner_name"], "Bob");
    assert!(rows[2]["owner_phone"].is_null());
}

#[test]
fn with_owner_stays_two_statements_for_many_pets() {
    let env = TestEnv::seeded(30);
    let out = env
        .cmd()
        .args(["--echo-sql", "pets", "list", "--with-owner"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(data_statements(&stderr).len(), 2, "{stderr}");
}

#[test]
fn add_refuses_missing_owner_or_species_and_changes_nothing() {
    let env = clinic();
    let before = env.snapshot();
    assert_eq!(
        env.fails(
            &[
                "pets",
                "add",
                "--owner",
                "99",
                "--species",
                "Dog",
                "--name",
                "X"
            ],
            1
        )
        .trim(),
        "petdb: owner 99 not found"
    );
    let err = env.fails(
        &[
            "pets",
            "add",
            "--owner",
            "1",
            "--species",
            "Dgo",
            "--name",
            "X",
        ],
        1,
    );
    assert!(err.contains("species 'Dgo' not found"), "{err}");
    assert_eq!(
        env.fails(&["pets", "update", "1", "--owner", "77"], 1)
            .trim(),
        "petdb: owner 77 not found"
    );
    assert_eq!(
        env.fails(&["pets", "update", "42", "--name", "Y"], 1)
            .trim(),
        "petdb: pet 42 not found"
    );
    assert_eq!(env.snapshot(), before);
}
