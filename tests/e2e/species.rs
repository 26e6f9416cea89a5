//! `petdb species …`

use crate::common::TestEnv;

#[test]
fn add_get_update_delete_round_trip() {
    let env = TestEnv::new();
    assert_eq!(
        env.ok(&[
            "species",
            "add",
            "--name",
            "Dog",
            "--description",
            "Canis familiaris"
        ])
        .trim(),
        "added species 1"
    );
    let dog = env.json(&["species", "get", "1"]);
    assert_eq!(dog[0]["description"], "Canis familiaris");
    env.ok(&[
        "species",
        "update",
        "1",
        "--name",
        "Domestic dog",
        "--description",
        "",
    ]);
    let dog = env.json(&["species", "get", "1"]);
    assert_eq!(dog[0]["name"], "Domestic dog");
    assert!(dog[0]["description"].is_null());
    assert_eq!(
        env.ok(&["species", "delete", "1"]).trim(),
        "deleted species 1"
    );
    assert_eq!(
        env.fails(&["species", "get", "1"], 1).trim(),
        "petdb: species 1 not found"
    );
}

#[test]
fn list_filters_and_pages() {
    let env = TestEnv::seeded(1);
    let all = env.json(&["species", "list"]);
    assert_eq!(all.as_array().unwrap().len(), 12);
    let cats = env.json(&["species", "list", "--name", "cat"]);
    assert_eq!(cats[0]["name"], "Cat");
    let page = env.json(&["species", "list", "--limit", "2", "--offset", "1"]);
    assert_eq!(page[0]["id"], 2);
    assert_eq!(page.as_array().unwrap().len(), 2);
}

#[test]
fn duplicate_names_are_refused_in_any_case() {
    let env = TestEnv::new();
    env.ok(&["species", "add", "--name", "Dog"]);
    env.ok(&["species", "add", "--name", "Cat"]);
    let before = env.snapshot();
    let err = env.fails(&["species", "add", "--name", "Dog"], 1);
    assert!(err.contains("species 'Dog' already exists"), "{err}");
    let err = env.fails(&["species", "add", "--name", "dOG"], 1);
    assert!(err.contains("already exists"), "{err}");
    let err = env.fails(&["species", "update", "2", "--name", "dog"], 1);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(env.snapshot(), before);
    // Renaming to its own name in another case is fine.
    env.ok(&["species", "update", "1", "--name", "DOG"]);
}

#[test]
fn a_species_in_use_cannot_be_deleted() {
    let env = TestEnv::new();
    env.ok(&["species", "add", "--name", "Dog"]);
    env.ok(&["owners", "add", "--name", "Ann"]);
    env.add_pet(1, "Dog", "Rex");
    let before = env.snapshot();
    let err = env.fails(&["species", "delete", "1"], 1);
    assert_eq!(
        err.trim(),
        "petdb: species 1 (Dog) is used by 1 pet(s); it cannot be deleted"
    );
    assert_eq!(env.snapshot(), before);
}
