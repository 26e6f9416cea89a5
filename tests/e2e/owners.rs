//! `petdb owners …`

use crate::common::{TestEnv, data_statements};

#[test]
fn add_get_update_delete_round_trip() {
    let env = TestEnv::new();
    let out = env.ok(&[
        "owners",
        "add",
        "--name",
        "Ann Lee",
        "--phone",
        "555-1",
        "--email",
        "ann@example.com",
    ]);
    assert_eq!(out.trim(), "added owner 1");
    let id = env.ok(&["-q", "owners", "add", "--name", "Bob"]);
    assert_eq!(id, "2\n");

    let ann = env.json(&["owners", "get", "1"]);
    assert_eq!(ann[0]["name"], "Ann Lee");
    assert_eq!(ann[0]["phone"], "555-1");
    assert_eq!(ann[0]["id"], 1);
    assert!(ann[0]["created_at"].as_str().unwrap().len() >= 19);
    assert!(env.json(&["owners", "get", "2"])[0]["email"].is_null());

    assert_eq!(
        env.ok(&[
            "owners",
            "update",
            "1",
            "--name",
            "Ann Smith",
            "--phone",
            ""
        ])
        .trim(),
        "updated owner 1"
    );
    let ann = env.json(&["owners", "get", "1"]);
    assert_eq!(ann[0]["name"], "Ann Smith");
    assert!(ann[0]["phone"].is_null(), "an empty value clears the field");
    assert_eq!(ann[0]["email"], "ann@example.com", "untouched fields stay");

    assert_eq!(env.ok(&["owners", "delete", "2"]).trim(), "deleted owner 2");
    let err = env.fails(&["owners", "get", "2"], 1);
    assert_eq!(err.trim(), "petdb: owner 2 not found");
}

#[test]
fn update_needs_at_least_one_field() {
    let env = TestEnv::seeded(2);
    let err = env.fails(&["owners", "update", "1"], 2);
    assert!(err.contains("required"), "{err}");
}

#[test]
fn list_filters_sorts_and_pages() {
    let env = TestEnv::new();
    for name in ["Carol King", "alice cooper", "Bob Alison", "Dave 100%_sure"] {
        env.ok(&["owners", "add", "--name", name]);
    }
    let names = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["owners", "list"];
        all.extend_from_slice(args);
        env.json(&all)
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["name"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        names(&[]),
        ["Carol King", "alice cooper", "Bob Alison", "Dave 100%_sure"]
    );
    assert_eq!(
        names(&["--name", "ALI"]),
        ["alice cooper", "Bob Alison"],
        "substring, any case"
    );
    assert_eq!(
        names(&["--name", "b*"]),
        ["Bob Alison"],
        "wildcards anchor the pattern"
    );
    assert_eq!(
        names(&["--name", "%_"]),
        ["Dave 100%_sure"],
        "LIKE syntax is literal"
    );
    assert_eq!(names(&["--sort", "name"]).first().unwrap(), "alice cooper");
    assert_eq!(
        names(&["--sort", "id", "--desc"]).first().unwrap(),
        "Dave 100%_sure"
    );
    assert_eq!(names(&["--limit", "2"]), ["Carol King", "alice cooper"]);
    assert_eq!(
        names(&["--limit", "2", "--offset", "1"]),
        ["alice cooper", "Bob Alison"]
    );
    assert_eq!(names(&["--offset", "3"]), ["Dave 100%_sure"]);
    assert!(names(&["--name", "nobody"]).is_empty());
}

#[test]
fn with_pets_loads_all_pets_in_one_batched_query() {
    let env = TestEnv::seeded(6);
    let out = env
        .cmd()
        .args([
            "--echo-sql",
            "owners",
            "list",
            "--with-pets",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(data_statements(&stderr).len(), 2, "{stderr}");

    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let pets = env.json(&["pets", "list"]);
    let owners = env.json(&["owners", "list"]);
    // One row per (owner, pet); owners without pets appear once with null pet columns.
    let with_pets = rows.as_array().unwrap();
    let petless = owners
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| {
            !pets
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p["owner_id"] == o["id"])
        })
        .count();
    assert_eq!(with_pets.len(), pets.as_array().unwrap().len() + petless);
    for row in with_pets {
        if let Some(pet_id) = row["pet_id"].as_i64() {
            let pet = pets
                .as_array()
                .unwrap()
                .iter()
                .find(|p| p["id"] == pet_id)
                .unwrap();
            assert_eq!(pet["owner_id"], row["id"]);
            assert_eq!(pet["name"], row["pet_name"]);
            assert_eq!(pet["species"], row["species"]);
        } else {
            assert!(row["pet_name"].is_null());
        }
    }
}

#[test]
fn get_with_pets_shows_the_owners_pets() {
    let env = TestEnv::new();
    env.ok(&["species", "add", "--name", "Dog"]);
    env.ok(&["owners", "add", "--name", "Ann"]);
    env.add_pet(1, "dog", "Rex");
    env.add_pet(1, "Dog", "Fido");
    let rows = env.json(&["owners", "get", "1", "--with-pets"]);
    let names: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["pet_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Rex", "Fido"]);
    assert!(
        rows.as_array()
            .unwrap()
            .iter()
            .all(|r| r["name"] == "Ann" && r["species"] == "Dog")
    );
}

#[test]
fn delete_with_pets_is_refused_unless_cascade() {
    let env = TestEnv::new();
    env.ok(&["species", "add", "--name", "Cat"]);
    env.ok(&["owners", "add", "--name", "Ann"]);
    env.add_pet(1, "Cat", "Tom");
    env.ok(&[
        "procedures",
        "add",
        "--pet",
        "1",
        "--kind",
        "checkup",
        "--cost-cents",
        "4000",
        "--date",
        "2024-05-01",
    ]);
    let before = env.snapshot();
    let err = env.fails(&["owners", "delete", "1"], 1);
    assert!(
        err.contains("owner 1 still has 1 pet(s)") && err.contains("--cascade"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before, "a refused delete changes nothing");

    let out = env.ok(&["owners", "delete", "1", "--cascade"]);
    assert_eq!(
        out.trim(),
        "deleted owner 1 with 1 pet(s) and 1 procedure(s)"
    );
    assert_eq!(env.raw_i64("SELECT COUNT(*) FROM pets"), 0);
    assert_eq!(env.raw_i64("SELECT COUNT(*) FROM procedures"), 0);
}
