//! `petdb procedures …`

use crate::common::TestEnv;

fn clinic() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["species", "add", "--name", "Dog"]);
    env.ok(&["owners", "add", "--name", "Ann"]);
    env.ok(&["owners", "add", "--name", "Bob"]);
    env.add_pet(1, "Dog", "Rex");
    env.add_pet(2, "Dog", "Max");
    for (pet, kind, date, cost) in [
        ("1", "checkup", "2024-01-10", "4000"),
        ("1", "Vaccination", "2024-02-15", "3000"),
        ("2", "checkup", "2024-03-01", "4500"),
        ("2", "surgery", "2024-03-20", "120000"),
    ] {
        env.ok(&[
            "procedures",
            "add",
            "--pet",
            pet,
            "--kind",
            kind,
            "--date",
            date,
            "--cost-cents",
            cost,
        ]);
    }
    env
}

fn ids(env: &TestEnv, args: &[&str]) -> Vec<i64> {
    let mut all = vec!["procedures", "list"];
    all.extend_from_slice(args);
    env.json(&all)
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_i64().unwrap())
        .collect()
}

#[test]
fn list_filters_by_pet_owner_kind_and_dates() {
    let env = clinic();
    assert_eq!(ids(&env, &[]), [1, 2, 3, 4]);
    assert_eq!(ids(&env, &["--pet", "1"]), [1, 2]);
    assert_eq!(ids(&env, &["--owner", "2"]), [3, 4]);
    assert_eq!(ids(&env, &["--kind", "CHECKUP"]), [1, 3]);
    assert_eq!(
        ids(&env, &["--since", "2024-02-15"]),
        [2, 3, 4],
        "since is inclusive"
    );
    assert_eq!(
        ids(&env, &["--until", "2024-03-01"]),
        [1, 2, 3],
        "until is inclusive"
    );
    assert_eq!(
        ids(
            &env,
            &[
                "--since",
                "2024-02-01",
                "--until",
                "2024-03-10",
                "--kind",
                "checkup"
            ]
        ),
        [3]
    );
    assert_eq!(
        ids(&env, &["--sort", "cost", "--desc", "--limit", "2"]),
        [4, 3]
    );
    assert_eq!(
        ids(&env, &["--sort", "performed-at", "--desc"]),
        [4, 3, 2, 1]
    );
}

#[test]
fn add_get_delete_round_trip_with_typed_json() {
    let env = clinic();
    let id = env.ok(&[
        "-q",
        "procedures",
        "add",
        "--pet",
        "1",
        "--kind",
        "x-ray",
        "--cost-cents",
        "0",
        "--notes",
        "free",
    ]);
    let p = env.json(&["procedures", "get", id.trim()]);
    assert_eq!(p[0]["cost_cents"], 0);
    assert_eq!(p[0]["notes"], "free");
    assert_eq!(
        p[0]["performed_at"],
        chrono::Utc::now()
            .date_naive()
            .format("%Y-%m-%d")
            .to_string(),
        "defaults to today"
    );
    assert_eq!(
        env.ok(&["procedures", "delete", id.trim()]).trim(),
        format!("deleted procedure {}", id.trim())
    );
    assert_eq!(
        env.fails(&["procedures", "get", id.trim()], 1).trim(),
        format!("petdb: procedure {} not found", id.trim())
    );
}

#[test]
fn bad_procedures_are_refused_and_change_nothing() {
    let env = clinic();
    let before = env.snapshot();
    assert_eq!(
        env.fails(
            &[
                "procedures",
                "add",
                "--pet",
                "9",
                "--kind",
                "x",
                "--cost-cents",
                "1"
            ],
            1
        )
        .trim(),
        "petdb: pet 9 not found"
    );
    let err = env.fails(
        &[
            "procedures",
            "add",
            "--pet",
            "1",
            "--kind",
            "x",
            "--cost-cents",
            "-1",
        ],
        2,
    );
    assert!(err.contains("'-1'") && err.contains("negative"), "{err}");
    let err = env.fails(
        &[
            "procedures",
            "add",
            "--pet",
            "1",
            "--kind",
            "x",
            "--cost-cents",
            "5",
            "--date",
            "2024-02-30",
        ],
        2,
    );
    assert!(err.contains("'2024-02-30'"), "{err}");
    let err = env.fails(&["procedures", "list", "--since", "yesterday"], 2);
    assert!(err.contains("'yesterday'"), "{err}");
    assert_eq!(
        env.fails(&["procedures", "delete", "99"], 1).trim(),
        "petdb: procedure 99 not found"
    );
    assert_eq!(env.snapshot(), before);
}
