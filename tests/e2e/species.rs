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

/// A species name is the same name in any capitalisation of its ASCII letters, and only
/// those — as SQLite's lower() and LIKE fold — on both backends: `ÉCLAIR` and `éclair` are
/// two species everywhere (PostgreSQL's own lower() and ILIKE would fold `É` as well under
/// a UTF-8 locale). Adding, looking up, filtering and importing all agree.
#[test]
fn only_ascii_letters_fold_in_species_names_on_every_backend() {
    let env = TestEnv::new();
    let upper = env.ok(&["-q", "species", "add", "--name", "ÉCLAIR"]);
    let lower = env.ok(&["-q", "species", "add", "--name", "éclair"]);
    assert_ne!(upper.trim(), lower.trim());
    let err = env.fails(&["species", "add", "--name", "Éclair"], 1);
    assert!(err.contains("already exists"), "{err}");
    env.ok(&["owners", "add", "--name", "Ann"]);
    for (species, name) in [("éCLAIR", "Tux"), ("éclair", "Pip")] {
        let pet = ["--owner", "1", "--species", species, "--name", name];
        env.ok(&[&["pets", "add"][..], &pet].concat());
    }
    let pets = env.json(&["pets", "list"]);
    let species_of = |name: &str| {
        pets.as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .map(|p| p["species"].clone())
            .unwrap()
    };
    assert_eq!(species_of("Tux"), "éclair", "éCLAIR is éclair");
    assert_eq!(species_of("Pip"), "éclair");
    // `--species` filters the same way; `--name` patterns too.
    let listed = env.ok(&["--format", "csv", "pets", "list", "--species", "ÉCLAIR"]);
    assert_eq!(listed.lines().count(), 1, "no pet is ÉCLAIR's: {listed}");
    let names = env.ok(&["--format", "csv", "species", "list", "--name", "é*"]);
    assert!(
        names.contains("éclair") && !names.contains("ÉCLAIR"),
        "{names}"
    );
    // An import resolves a pet's species by the same rule, and accepts a name that only
    // differs in a non-ASCII capital.
    let pets_csv = env.path("p.csv");
    std::fs::write(&pets_csv, "name,species,owner_id\nMo,ÉcLAIR,1\n").unwrap();
    env.ok(&["pets", "import", pets_csv.to_str().unwrap()]);
    let mo = env.json(&["pets", "list", "--name", "Mo"]);
    assert_eq!(mo[0]["species"], "ÉCLAIR");
    let species_csv = env.path("s.csv");
    std::fs::write(&species_csv, "name\nÉclaiR\n").unwrap();
    let err = env.fails(&["species", "import", species_csv.to_str().unwrap()], 1);
    assert!(err.contains("exists already"), "{err}");
    // Sorting by name folds the same way: Ézz (0xC3 0x89…) before éaa (0xC3 0xA9…).
    env.ok(&["owners", "add", "--name", "éaa"]);
    env.ok(&["owners", "add", "--name", "Ézz"]);
    let sorted = env.ok(&[
        "--format", "csv", "owners", "list", "--sort", "name", "--name", "???",
    ]);
    let names: Vec<&str> = sorted
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap())
        .collect();
    assert_eq!(names, ["Ann", "Ézz", "éaa"]);
    std::fs::write(&species_csv, "name\nça\nÇA\n").unwrap();
    env.ok(&["species", "import", species_csv.to_str().unwrap()]);
    assert_eq!(
        env.json(&["species", "list", "--name", "*a"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
}
