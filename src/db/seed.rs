//! `db seed`: a realistic clinic, generated from one random seed so that the same seed
//! gives the same rows (ids included) on either backend, inserted in batches inside one
//! transaction, with a progress bar on a terminal.

use std::time::{Duration, Instant};

use anyhow::{Result, bail};
use chrono::{Days, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use indicatif::{ProgressBar, ProgressStyle};
use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::connection::AnyConnection;
use super::models::{SeedOwner, SeedPet, SeedProcedure, SeedSpecies};
use super::queries::Written;
use super::schema::{Tables, owners, pets, procedures, species};

/// Sizes and seed of a data set.
#[derive(Debug, Clone, Copy)]
pub struct Plan {
    pub owners: u64,
    pub pets_per_owner: f64,
    pub procedures_per_pet: f64,
    pub rng_seed: u64,
}

/// How many rows a seed inserted, and how long it took.
#[derive(Debug, Clone, Copy, Default)]
pub struct Seeded {
    pub species: u64,
    pub owners: u64,
    pub pets: u64,
    pub procedures: u64,
    pub elapsed: Duration,
}

/// Owners generated (with their pets and procedures) per round of inserts.
const OWNERS_PER_ROUND: u64 = 2_000;
/// Rows per INSERT statement: under SQLite's 32,766 and PostgreSQL's 65,535 bind limits.
pub(crate) const ROWS_PER_STATEMENT: usize = 4_000;

const SPECIES: [(&str, &str, u32); 12] = [
    ("Dog", "Canis familiaris", 40),
    ("Cat", "Felis catus", 35),
    ("Rabbit", "Oryctolagus cuniculus", 6),
    ("Guinea pig", "Cavia porcellus", 4),
    ("Hamster", "Mesocricetus auratus", 4),
    ("Parrot", "Psittaciformes", 3),
    ("Canary", "Serinus canaria domestica", 2),
    ("Ferret", "Mustela furo", 2),
    ("Turtle", "Testudines", 1),
    ("Horse", "Equus caballus", 1),
    ("Snake", "Serpentes", 1),
    ("Goldfish", "Carassius auratus", 1),
];

const FIRST_NAMES: [&str; 48] = [
    "Olivia",
    "Liam",
    "Emma",
    "Noah",
    "Ava",
    "Oliver",
    "Sophia",
    "Elijah",
    "Isabella",
    "James",
    "Mia",
    "William",
    "Amelia",
    "Benjamin",
    "Harper",
    "Lucas",
    "Evelyn",
    "Henry",
    "Abigail",
    "Theodore",
    "Emily",
    "Jack",
    "Ella",
    "Levi",
    "Elizabeth",
    "Alexander",
    "Camila",
    "Jackson",
    "Luna",
    "Mateo",
    "Sofia",
    "Daniel",
    "Avery",
    "Michael",
    "Mila",
    "Mason",
    "Aria",
    "Sebastian",
    "Scarlett",
    "Ethan",
    "Penelope",
    "Logan",
    "Layla",
    "Owen",
    "Chloe",
    "Samuel",
    "Victoria",
    "Anna",
];

const LAST_NAMES: [&str; 40] = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Sanchez",
    "Clark",
    "Ramirez",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Torres",
    "Nguyen",
    "Hill",
    "Ivanova",
];

const PET_NAMES: [&str; 40] = [
    "Bella", "Max", "Luna", "Charlie", "Lucy", "Cooper", "Daisy", "Milo", "Bailey", "Rocky",
    "Coco", "Buddy", "Lola", "Bear", "Sadie", "Tucker", "Molly", "Duke", "Stella", "Leo", "Nala",
    "Oliver", "Zoe", "Teddy", "Ruby", "Loki", "Pepper", "Simba", "Rosie", "Jasper", "Ginger",
    "Oscar", "Willow", "Murka", "Barsik", "Sharik", "Kiwi", "Pumpkin", "Biscuit", "Rex",
];

/// Procedure kinds with their cost range in cents.
const KINDS: [(&str, i32, i32); 10] = [
    ("checkup", 3_500, 7_000),
    ("vaccination", 2_000, 6_000),
    ("dental cleaning", 15_000, 40_000),
    ("microchipping", 2_500, 6_000),
    ("spay/neuter", 20_000, 60_000),
    ("x-ray", 10_000, 25_000),
    ("blood test", 6_000, 15_000),
    ("surgery", 80_000, 400_000),
    ("deworming", 1_500, 4_000),
    ("grooming", 3_000, 9_000),
];

const NOTES: [&str; 6] = [
    "follow-up in two weeks",
    "owner reports reduced appetite",
    "all normal",
    "mild anxiety, handled well",
    "prescribed antibiotics",
    "weight gain noted",
];

/// Fixed bounds, so the data never depends on today's date.
fn start_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2020, 1, 1).expect("valid date")
}
const DAYS_SPAN: u64 = 6 * 365;

/// Refuse to seed over data (unless the caller reset it), then insert the plan, in the
/// caller's write transaction (so a failed seed leaves nothing behind).
pub fn seed(conn: &mut AnyConnection, plan: &Plan, progress: bool) -> Result<Written<Seeded>> {
    let started = Instant::now();
    let mut rng = ChaCha8Rng::seed_from_u64(plan.rng_seed);
    let expected = plan.owners as f64
        * (1.0 + plan.pets_per_owner + plan.pets_per_owner * plan.procedures_per_pet);
    let bar = if progress {
        let bar = ProgressBar::new(expected.round() as u64);
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} seeding [{bar:30}] {pos}/{len} rows {per_sec} eta {eta}",
            )
            .expect("valid template")
            .progress_chars("=> "),
        );
        bar
    } else {
        ProgressBar::hidden()
    };

    let mut done = {
        refuse_non_empty(conn)?;
        let mut done = Seeded::default();
        let species_rows: Vec<SeedSpecies> = SPECIES
            .iter()
            .enumerate()
            .map(|(i, (name, latin, _))| SeedSpecies {
                id: i as i64 + 1,
                name: (*name).to_owned(),
                description: Some((*latin).to_owned()),
            })
            .collect();
        done.species = insert_species(conn, &species_rows)? as u64;

        let weights: Vec<u32> = SPECIES.iter().map(|s| s.2).collect();
        let mut next_pet = 1i64;
        let mut next_procedure = 1i64;
        let mut first = 1u64;
        while first <= plan.owners {
            let last = (first + OWNERS_PER_ROUND - 1).min(plan.owners);
            let mut round = Round::default();
            for id in first..=last {
                generate_owner(
                    &mut rng,
                    plan,
                    id as i64,
                    &weights,
                    &mut next_pet,
                    &mut next_procedure,
                    &mut round,
                );
            }
            insert_round(conn, &round)?;
            done.owners += round.owners.len() as u64;
            done.pets += round.pets.len() as u64;
            done.procedures += round.procedures.len() as u64;
            bar.inc((round.owners.len() + round.pets.len() + round.procedures.len()) as u64);
            first = last + 1;
        }
        // Explicit ids bypass the identity sequences: move them past the seeded rows.
        super::import::write::advance_sequences(conn, Tables::ALL)?;
        done
    };
    bar.finish_and_clear();
    done.elapsed = started.elapsed();
    Ok(Written::new(done, Tables::ALL))
}

/// The first data table that has rows.
pub fn first_non_empty(conn: &mut AnyConnection) -> Result<Option<&'static str>> {
    use diesel::dsl::{exists, select};
    let has_rows = [
        (
            "species",
            select(exists(species::table.select(species::id))).get_result::<bool>(conn)?,
        ),
        (
            "owners",
            select(exists(owners::table.select(owners::id))).get_result::<bool>(conn)?,
        ),
        (
            "pets",
            select(exists(pets::table.select(pets::id))).get_result::<bool>(conn)?,
        ),
        (
            "procedures",
            select(exists(procedures::table.select(procedures::id))).get_result::<bool>(conn)?,
        ),
    ];
    Ok(has_rows.into_iter().find(|(_, any)| *any).map(|(t, _)| t))
}

fn refuse_non_empty(conn: &mut AnyConnection) -> Result<()> {
    if let Some(table) = first_non_empty(conn)? {
        bail!(
            "the database already has data (table {table} is not empty); pass --reset to replace it, or run `petdb db reset --yes` first"
        );
    }
    Ok(())
}

#[derive(Default)]
struct Round {
    owners: Vec<SeedOwner>,
    pets: Vec<SeedPet>,
    procedures: Vec<SeedProcedure>,
}

/// Up to `2 × mean` (rounded), uniformly: the average is `mean`.
fn count_around(rng: &mut ChaCha8Rng, mean: f64) -> u64 {
    let max = (2.0 * mean).round() as u64;
    if max == 0 {
        0
    } else {
        rng.random_range(0..=max)
    }
}

fn day(offset: u64) -> NaiveDate {
    start_day() + Days::new(offset)
}

fn moment(rng: &mut ChaCha8Rng, on_or_after: u64) -> NaiveDateTime {
    let d = rng.random_range(on_or_after..DAYS_SPAN);
    let secs = rng.random_range(8 * 3600..19 * 3600u32);
    day(d)
        .and_hms_opt(secs / 3600, (secs / 60) % 60, secs % 60)
        .expect("valid time")
}

#[allow(clippy::too_many_arguments)]
fn generate_owner(
    rng: &mut ChaCha8Rng,
    plan: &Plan,
    id: i64,
    species_weights: &[u32],
    next_pet: &mut i64,
    next_procedure: &mut i64,
    round: &mut Round,
) {
    let first = *FIRST_NAMES.choose(rng).expect("non-empty");
    let last = *LAST_NAMES.choose(rng).expect("non-empty");
    let phone = rng.random_bool(0.9).then(|| {
        format!(
            "+1-555-{:03}-{:04}",
            rng.random_range(100..1000),
            rng.random_range(0..10_000)
        )
    });
    let email = rng.random_bool(0.8).then(|| {
        format!(
            "{}.{}{}@example.com",
            first.to_lowercase(),
            last.to_lowercase(),
            id
        )
    });
    let joined = moment(rng, 0);
    let joined_day = (joined.date() - start_day()).num_days() as u64;
    round.owners.push(SeedOwner {
        id,
        name: format!("{first} {last}"),
        phone,
        email,
        created_at: joined,
    });

    let total_weight: u32 = species_weights.iter().sum();
    for _ in 0..count_around(rng, plan.pets_per_owner) {
        let mut pick = rng.random_range(0..total_weight);
        let mut species_id = 1;
        for (i, w) in species_weights.iter().enumerate() {
            if pick < *w {
                species_id = i as i64 + 1;
                break;
            }
            pick -= w;
        }
        let born = rng.random_bool(0.95).then(|| {
            let back = rng.random_range(0..15 * 365u64);
            day(joined_day.min(DAYS_SPAN - 1)) - Days::new(back)
        });
        let pet_id = *next_pet;
        *next_pet += 1;
        let added = moment(rng, joined_day);
        let added_day = (added.date() - start_day()).num_days() as u64;
        round.pets.push(SeedPet {
            id: pet_id,
            owner_id: id,
            species_id,
            name: (*PET_NAMES.choose(rng).expect("non-empty")).to_owned(),
            birth_date: born,
            created_at: added,
        });
        for _ in 0..count_around(rng, plan.procedures_per_pet) {
            let (kind, lo, hi) = *KINDS.choose(rng).expect("non-empty");
            let performed = day(rng.random_range(added_day..DAYS_SPAN));
            let notes = rng
                .random_bool(0.25)
                .then(|| *NOTES.choose(rng).expect("non-empty"));
            round.procedures.push(SeedProcedure {
                id: *next_procedure,
                pet_id,
                kind,
                performed_at: performed,
                cost_cents: rng.random_range(lo..=hi) / 50 * 50,
                notes,
            });
            *next_procedure += 1;
        }
    }
}

/// `INSERT … VALUES (…), (…), …` on whichever backend `conn` is.
macro_rules! insert_batches {
    ($conn:expr, $table:expr, $rows:expr) => {{
        let mut n = 0usize;
        for chunk in $rows.chunks(ROWS_PER_STATEMENT) {
            n += match $conn {
                AnyConnection::Sqlite(c) => diesel::insert_into($table).values(chunk).execute(c)?,
                AnyConnection::Postgresql(c) => {
                    diesel::insert_into($table).values(chunk).execute(c)?
                }
            };
        }
        n
    }};
}

fn insert_species(conn: &mut AnyConnection, rows: &[SeedSpecies]) -> Result<usize> {
    Ok(insert_batches!(conn, species::table, rows))
}

fn insert_round(conn: &mut AnyConnection, round: &Round) -> Result<()> {
    insert_batches!(conn, owners::table, round.owners);
    insert_batches!(conn, pets::table, round.pets);
    insert_batches!(conn, procedures::table, round.procedures);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic_and_near_the_means() {
        let plan = Plan {
            owners: 2_000,
            pets_per_owner: 2.5,
            procedures_per_pet: 4.0,
            rng_seed: 7,
        };
        let make = || {
            let mut rng = ChaCha8Rng::seed_from_u64(plan.rng_seed);
            let weights: Vec<u32> = SPECIES.iter().map(|s| s.2).collect();
            let (mut p, mut q, mut round) = (1, 1, Round::default());
            for id in 1..=plan.owners as i64 {
                generate_owner(&mut rng, &plan, id, &weights, &mut p, &mut q, &mut round);
            }
            round
        };
        let (a, b) = (make(), make());
        assert_eq!(a.pets.len(), b.pets.len());
        assert_eq!(a.owners.last().unwrap().name, b.owners.last().unwrap().name);
        let pets_per_owner = a.pets.len() as f64 / 2_000.0;
        assert!((2.3..2.7).contains(&pets_per_owner), "{pets_per_owner}");
        let procs_per_pet = a.procedures.len() as f64 / a.pets.len() as f64;
        assert!((3.7..4.3).contains(&procs_per_pet), "{procs_per_pet}");
        assert!(a.procedures.iter().all(|p| p.cost_cents >= 0));
        let pet_added: std::collections::HashMap<i64, NaiveDate> =
            a.pets.iter().map(|p| (p.id, p.created_at.date())).collect();
        assert!(
            a.procedures
                .iter()
                .all(|p| p.performed_at >= pet_added[&p.pet_id])
        );
    }
}
