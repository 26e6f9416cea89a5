//! `petdb report …`: the aggregates, checked against hand-computed figures.

use crate::common::TestEnv;

fn clinic() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["species", "add", "--name", "Dog"]);
    env.ok(&["species", "add", "--name", "Cat"]);
    env.ok(&["species", "add", "--name", "Parrot"]);
    env.ok(&["owners", "add", "--name", "Ann"]);
    env.ok(&["owners", "add", "--name", "Bob"]);
    env.ok(&["owners", "add", "--name", "Cid"]);
    env.add_pet(1, "Dog", "Rex");
    env.add_pet(1, "Cat", "Tom");
    env.add_pet(2, "Dog", "Max");
    for (pet, date, cost) in [
        ("1", "2024-01-10", "1000"),
        ("1", "2024-01-20", "2000"),
        ("2", "2024-02-05", "500"),
        ("3", "2024-03-01", "9000"),
    ] {
        env.ok(&[
            "procedures",
            "add",
            "--pet",
            pet,
            "--kind",
            "checkup",
            "--date",
            date,
            "--cost-cents",
            cost,
        ]);
    }
    env
}

#[test]
fn owners_summary_aggregates_per_owner() {
    let env = clinic();
    let rows = env.json(&["report", "owners-summary"]);
    let expected = serde_json::json!([
        {"owner_id": 2, "owner_name": "Bob", "pets": 1, "procedures": 1, "total_cents": 9000, "last_visit": "2024-03-01"},
        {"owner_id": 1, "owner_name": "Ann", "pets": 2, "procedures": 3, "total_cents": 3500, "last_visit": "2024-02-05"},
        {"owner_id": 3, "owner_name": "Cid", "pets": 0, "procedures": 0, "total_cents": 0, "last_visit": null},
    ]);
    assert_eq!(rows, expected);
    assert_eq!(
        env.json(&["report", "owners-summary", "--limit", "1"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn species_counts_include_unused_species() {
    let env = clinic();
    let rows = env.json(&["report", "species-counts"]);
    let expected = serde_json::json!([
        {"species_id": 1, "species": "Dog", "pets": 2, "owners": 2, "procedures": 3},
        {"species_id": 2, "species": "Cat", "pets": 1, "owners": 1, "procedures": 1},
        {"species_id": 3, "species": "Parrot", "pets": 0, "owners": 0, "procedures": 0},
    ]);
    assert_eq!(rows, expected);
}

#[test]
fn monthly_revenue_groups_by_month_within_dates() {
    let env = clinic();
    let rows = env.json(&["report", "monthly-revenue"]);
    let expected = serde_json::json!([
        {"month": "2024-01", "procedures": 2, "revenue_cents": 3000},
        {"month": "2024-02", "procedures": 1, "revenue_cents": 500},
        {"month": "2024-03", "procedures": 1, "revenue_cents": 9000},
    ]);
    assert_eq!(rows, expected);
    let feb = env.json(&[
        "report",
        "monthly-revenue",
        "--since",
        "2024-01-15",
        "--until",
        "2024-02-28",
    ]);
    assert_eq!(
        feb,
        serde_json::json!([
            {"month": "2024-01", "procedures": 1, "revenue_cents": 2000},
            {"month": "2024-02", "procedures": 1, "revenue_cents": 500},
        ])
    );
}

#[test]
fn reports_on_an_empty_database_are_empty_with_headers() {
    let env = TestEnv::new();
    assert_eq!(
        env.json(&["report", "owners-summary"]),
        serde_json::json!([])
    );
    let csv = env.ok(&["report", "monthly-revenue", "--format", "csv"]);
    assert_eq!(csv, "month,procedures,revenue_cents\n");
}
