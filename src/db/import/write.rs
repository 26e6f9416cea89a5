//! Writing a checked [`Batch`] in the caller's transaction: new rows in multi-row INSERTs
//! on SQLite (as `db seed` does) and binary COPY on PostgreSQL, updated rows one UPDATE each, then, on PostgreSQL, the identity
//! sequences moved past every id now in use so that the next `add` does not collide.

use anyhow::Result;
use chrono::{NaiveDate, NaiveDateTime};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use indicatif::ProgressBar;

use super::{Action, AllCounts, Batch, Counts, index};
use crate::db::connection::AnyConnection;
use crate::db::schema::{Table, Tables, owners, pets, procedures, species};
use crate::db::seed::ROWS_PER_STATEMENT;

/// `UPDATE … SET …` on whichever backend `conn` is.
macro_rules! update {
    ($conn:expr, $target:expr, $set:expr) => {
        match $conn {
            AnyConnection::Sqlite(c) => diesel::update($target).set(&$set).execute(c)?,
            AnyConnection::Postgresql(c) => diesel::update($target).set(&$set).execute(c)?,
        }
    };
}

/// Insert `$rows` into `$table`, moving `$bar`: on SQLite in multi-row INSERTs (as `db
/// seed`), on PostgreSQL by binary `COPY … FROM STDIN`, a chunk at a time.
macro_rules! insert_rows {
    ($conn:expr, $bar:expr, $table:expr, $rows:expr) => {
        match $conn {
            AnyConnection::Sqlite(c) => {
                for chunk in $rows.chunks(ROWS_PER_STATEMENT) {
                    diesel::insert_into($table).values(chunk).execute(c)?;
                    $bar.inc(chunk.len() as u64);
                }
            }
            AnyConnection::Postgresql(c) => {
                for chunk in $rows.chunks(ROWS_PER_COPY) {
                    diesel::copy_from($table)
                        .from_insertable(chunk)
                        .execute(c)?;
                    $bar.inc(chunk.len() as u64);
                }
            }
        }
    };
}

/// Rows per COPY on PostgreSQL (no bind limit; a chunk moves the progress bar).
const ROWS_PER_COPY: usize = 50_000;

#[derive(Insertable)]
#[diesel(table_name = species, treat_none_as_default_value = false)]
struct SpeciesValues<'a> {
    id: i64,
    name: &'a str,
    description: Option<&'a str>,
}

#[derive(Insertable)]
#[diesel(table_name = owners, treat_none_as_default_value = false)]
struct OwnerValues<'a> {
    id: i64,
    name: &'a str,
    phone: Option<&'a str>,
    email: Option<&'a str>,
    created_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = pets, treat_none_as_default_value = false)]
struct PetValues<'a> {
    id: i64,
    owner_id: i64,
    species_id: i64,
    name: &'a str,
    birth_date: Option<NaiveDate>,
    created_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = procedures, treat_none_as_default_value = false)]
struct ProcedureValues<'a> {
    id: i64,
    pet_id: i64,
    kind: &'a str,
    performed_at: NaiveDate,
    cost_cents: i32,
    notes: Option<&'a str>,
}

// Updates set the columns given; a column not in the input stays as it is.

#[derive(AsChangeset)]
#[diesel(table_name = species)]
struct SpeciesChanges<'a> {
    name: &'a str,
    description: Option<Option<&'a str>>,
}

#[derive(AsChangeset)]
#[diesel(table_name = owners)]
struct OwnerChanges<'a> {
    name: &'a str,
    phone: Option<Option<&'a str>>,
    email: Option<Option<&'a str>>,
    created_at: Option<NaiveDateTime>,
}

#[derive(AsChangeset)]
#[diesel(table_name = pets)]
struct PetChanges<'a> {
    owner_id: i64,
    species_id: i64,
    name: &'a str,
    birth_date: Option<Option<NaiveDate>>,
    created_at: Option<NaiveDateTime>,
}

#[derive(AsChangeset)]
#[diesel(table_name = procedures)]
struct ProcedureChanges<'a> {
    pet_id: i64,
    kind: &'a str,
    performed_at: NaiveDate,
    cost_cents: i32,
    notes: Option<Option<&'a str>>,
}

fn given<T: AsRef<str>>(v: &Option<Option<T>>) -> Option<Option<&str>> {
    v.as_ref().map(|inner| inner.as_ref().map(AsRef::as_ref))
}

fn value<T: AsRef<str>>(v: &Option<Option<T>>) -> Option<&str> {
    given(v).flatten()
}

/// On PostgreSQL, keep other writers off `tables` until the transaction ends (reads go
/// on), so the ids the check hands out stay free. SQLite's `BEGIN IMMEDIATE` did that.
pub fn lock(conn: &mut AnyConnection, tables: Tables) -> Result<()> {
    if let AnyConnection::Postgresql(c) = conn
        && !tables.is_empty()
    {
        let names: Vec<&str> = Table::ALL
            .iter()
            .filter(|t| tables.contains(**t))
            .map(|t| t.name())
            .collect();
        c.batch_execute(&format!(
            "LOCK TABLE {} IN EXCLUSIVE MODE",
            names.join(", ")
        ))?;
    }
    Ok(())
}

/// Write the rows of `batch` as their actions say; the counts per table.
pub fn write(conn: &mut AnyConnection, batch: &Batch, bar: &ProgressBar) -> Result<AllCounts> {
    let now = super::now();
    let id = |id: Option<i64>| id.expect("the check gave every row an id");
    let mut counts = AllCounts::default();

    // Species names are unique: renames first, in the file's order (the order the check
    // freed and took names in), so that a new species may take a name a rename gave up.
    let rows = &batch.species;
    for r in updated(rows, |r| r.action) {
        let set = SpeciesChanges {
            name: &r.name,
            description: given(&r.description),
        };
        update!(conn, species::table.find(id(r.id)), set);
        bar.inc(1);
    }
    let new: Vec<SpeciesValues<'_>> = inserted(rows, |r| r.action)
        .map(|r| SpeciesValues {
            id: id(r.id),
            name: &r.name,
            description: value(&r.description),
        })
        .collect();
    insert_rows!(conn, bar, species::table, new);
    counts[index(Table::Species)] = Counts::of(rows.iter().map(|r| r.action));

    let rows = &batch.owners;
    let new: Vec<OwnerValues<'_>> = inserted(rows, |r| r.action)
        .map(|r| OwnerValues {
            id: id(r.id),
            name: &r.name,
            phone: value(&r.phone),
            email: value(&r.email),
            created_at: r.created_at.unwrap_or(now),
        })
        .collect();
    insert_rows!(conn, bar, owners::table, new);
    for r in updated(rows, |r| r.action) {
        let set = OwnerChanges {
            name: &r.name,
            phone: given(&r.phone),
            email: given(&r.email),
            created_at: r.created_at,
        };
        update!(conn, owners::table.find(id(r.id)), set);
        bar.inc(1);
    }
    counts[index(Table::Owners)] = Counts::of(rows.iter().map(|r| r.action));

    let rows = &batch.pets;
    let new: Vec<PetValues<'_>> = inserted(rows, |r| r.action)
        .map(|r| PetValues {
            id: id(r.id),
            owner_id: r.owner_id,
            species_id: r.species_id,
            name: &r.name,
            birth_date: r.birth_date.flatten(),
            created_at: r.created_at.unwrap_or(now),
        })
        .collect();
    insert_rows!(conn, bar, pets::table, new);
    for r in updated(rows, |r| r.action) {
        let set = PetChanges {
            owner_id: r.owner_id,
            species_id: r.species_id,
            name: &r.name,
            birth_date: r.birth_date,
            created_at: r.created_at,
        };
        update!(conn, pets::table.find(id(r.id)), set);
        bar.inc(1);
    }
    counts[index(Table::Pets)] = Counts::of(rows.iter().map(|r| r.action));

    let rows = &batch.procedures;
    let new: Vec<ProcedureValues<'_>> = inserted(rows, |r| r.action)
        .map(|r| ProcedureValues {
            id: id(r.id),
            pet_id: r.pet_id,
            kind: &r.kind,
            performed_at: r.performed_at,
            cost_cents: r.cost_cents,
            notes: value(&r.notes),
        })
        .collect();
    insert_rows!(conn, bar, procedures::table, new);
    for r in updated(rows, |r| r.action) {
        let set = ProcedureChanges {
            pet_id: r.pet_id,
            kind: &r.kind,
            performed_at: r.performed_at,
            cost_cents: r.cost_cents,
            notes: given(&r.notes),
        };
        update!(conn, procedures::table.find(id(r.id)), set);
        bar.inc(1);
    }
    counts[index(Table::Procedures)] = Counts::of(rows.iter().map(|r| r.action));

    let added: Tables = Table::ALL
        .into_iter()
        .filter(|t| counts[index(*t)].added > 0)
        .collect();
    advance_sequences(conn, added)?;
    Ok(counts)
}

fn inserted<R>(rows: &[R], action: fn(&R) -> Action) -> impl Iterator<Item = &R> {
    rows.iter().filter(move |r| action(r) == Action::Insert)
}

fn updated<R>(rows: &[R], action: fn(&R) -> Action) -> impl Iterator<Item = &R> {
    rows.iter().filter(move |r| action(r) == Action::Update)
}

/// On PostgreSQL, move the identity sequence of each of `tables` past its largest id (and
/// never back), as rows inserted with explicit ids leave it where it was.
pub fn advance_sequences(conn: &mut AnyConnection, tables: Tables) -> Result<()> {
    let AnyConnection::Postgresql(c) = conn else {
        return Ok(());
    };
    // Set to the largest id in use, as if it had been given (`is_called`): the next one
    // follows it, and nothing here adds one to a number that may be the largest bigint
    // (a row another client wrote, not an import, may hold it).
    for table in Table::ALL.into_iter().filter(|t| tables.contains(*t)) {
        c.batch_execute(&format!(
            "SELECT setval(s, GREATEST(v, 1), v >= 1) FROM (SELECT s, \
             GREATEST(COALESCE(pg_sequence_last_value(s::regclass), 0), \
             (SELECT COALESCE(MAX(id), 0) FROM {table})) AS v \
             FROM (SELECT pg_get_serial_sequence('{table}', 'id') AS s) q) r"
        ))?;
    }
    Ok(())
}
