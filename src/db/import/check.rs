//! The checks that need the database: ids that exist already (`--on-conflict`), ids given
//! twice, references to owners, pets and species (in the database, or on an earlier line
//! or file of the same input), species names unique case-insensitively. Rows without an
//! id get the next free ones here, so later rows of the same input can refer to them.

use std::collections::{HashMap, HashSet};

use anyhow::Result;
use diesel::prelude::*;

use super::{Action, Batch, OnConflict, index};
use crate::db::connection::AnyConnection;
use crate::db::schema::{Table, owners, pets, procedures, species};
use crate::input::{Problem, Problems};

/// Where a row is: (file index, line).
type Pos = (usize, u64);

/// The ids of one table: in the database, and given by the input (where).
#[derive(Default)]
struct Ids {
    existing: HashSet<i64>,
    given: HashMap<i64, Pos>,
}

impl Ids {
    fn load(conn: &mut AnyConnection, table: Table) -> Result<Ids> {
        let existing: Vec<i64> = match table {
            Table::Species => species::table.select(species::id).load(conn)?,
            Table::Owners => owners::table.select(owners::id).load(conn)?,
            Table::Pets => pets::table.select(pets::id).load(conn)?,
            Table::Procedures => procedures::table.select(procedures::id).load(conn)?,
        };
        Ok(Ids {
            existing: existing.into_iter().collect(),
            given: HashMap::new(),
        })
    }

    /// Whether a row at `here` may refer to `id`: `Err` says why not.
    fn refer(&self, what: &str, id: i64, here: Pos, sources: &Sources) -> Result<(), String> {
        if self.existing.contains(&id) {
            return Ok(());
        }
        match self.given.get(&id) {
            Some(at) if *at < here => Ok(()),
            Some(at) => Err(format!(
                "{what} {id} comes later, on line {} of {}: a row must come after the rows it refers to",
                at.1,
                sources.name(at.0)
            )),
            None => Err(format!(
                "no {what} {id} in the database or earlier in the input"
            )),
        }
    }

    /// The next id after every one in use or given (`None` past [`super::MAX_ID`]).
    fn next(&self) -> Option<i64> {
        let used = self.existing.iter().chain(self.given.keys()).max();
        used.map_or(Some(1), |m| after(*m))
    }
}

/// The id after `id`, if it is one an import may give.
fn after(id: i64) -> Option<i64> {
    id.checked_add(1).filter(|n| *n <= super::MAX_ID)
}

/// The file names by file index.
struct Sources(Vec<String>);

impl Sources {
    fn name(&self, file: usize) -> &str {
        self.0.get(file).map_or("the input", String::as_str)
    }
}

/// Check `batch` against the database, set each row's [`Action`] and fill in missing
/// ids; what is wrong goes to `problems`.
pub fn check(
    conn: &mut AnyConnection,
    batch: &mut Batch,
    on_conflict: OnConflict,
    problems: &mut Problems,
) -> Result<()> {
    let mut by_file: Vec<(usize, String)> =
        batch.sources.iter().map(|(s, f)| (*f, s.clone())).collect();
    by_file.sort();
    let mut names = vec![String::new(); by_file.iter().map(|(f, _)| f + 1).max().unwrap_or(0)];
    for (f, s) in by_file {
        if !s.is_empty() {
            names[f] = s;
        }
    }
    let sources = Sources(names);
    let mut ctx = Check {
        batch_sources: batch.sources.clone(),
        on_conflict,
        problems,
    };

    // Species: ids, then names.
    let mut species_ids = Ids::load(conn, Table::Species)?;
    let rows: Vec<(u64, Option<i64>)> = batch.species.iter().map(|r| (r.line, r.id)).collect();
    let actions = ctx.claim(Table::Species, &rows, &mut species_ids);
    // Names match as `species add` and `--species` match them: SQL's lower(), which folds
    // ASCII letters only on both backends (`ÉCLAIR` and `éclair` are two species).
    let mut names: HashMap<String, (i64, Option<Pos>)> = species::table
        .select((species::id, species::name))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .map(|(id, name)| (name.to_ascii_lowercase(), (id, None)))
        .collect();
    let mut next = species_ids.next();
    let file = ctx.file(Table::Species);
    for (row, action) in batch.species.iter_mut().zip(actions) {
        row.action = action;
        let id = ctx.settle(Table::Species, row.line, &mut row.id, &mut next);
        match action {
            Action::Skip => continue,
            // Renamed: its old name no longer finds it.
            Action::Update => names.retain(|_, (other, at)| *other != id || at.is_some()),
            Action::Insert => {}
        }
        let key = row.name.to_ascii_lowercase();
        match names.get(&key) {
            Some((other, at)) if *other != id => {
                let message = match at {
                    Some((_, line)) => format!("species name given twice (also on line {line})"),
                    None => format!("species '{}' exists already (id {other})", row.name),
                };
                ctx.bad(Table::Species, row.line, "name", Some(&row.name), message);
            }
            _ => {
                names.insert(key, (id, Some((file, row.line))));
            }
        }
    }

    // Owners.
    let mut owner_ids = Ids::load(conn, Table::Owners)?;
    let rows: Vec<(u64, Option<i64>)> = batch.owners.iter().map(|r| (r.line, r.id)).collect();
    let actions = ctx.claim(Table::Owners, &rows, &mut owner_ids);
    let mut next = owner_ids.next();
    for (row, action) in batch.owners.iter_mut().zip(actions) {
        row.action = action;
        ctx.settle(Table::Owners, row.line, &mut row.id, &mut next);
    }

    // Pets: their owner, their species.
    let mut pet_ids = Ids::load(conn, Table::Pets)?;
    let rows: Vec<(u64, Option<i64>)> = batch.pets.iter().map(|r| (r.line, r.id)).collect();
    let actions = ctx.claim(Table::Pets, &rows, &mut pet_ids);
    let mut next = pet_ids.next();
    let file = ctx.file(Table::Pets);
    for (row, action) in batch.pets.iter_mut().zip(actions) {
        row.action = action;
        ctx.settle(Table::Pets, row.line, &mut row.id, &mut next);
        let here = (file, row.line);
        if let Err(why) = owner_ids.refer("owner", row.owner_id, here, &sources) {
            let value = row.owner_id.to_string();
            ctx.bad(Table::Pets, row.line, "owner_id", Some(&value), why);
        }
        match names.get(&row.species.to_ascii_lowercase()) {
            Some((id, None)) => row.species_id = *id,
            Some((id, Some(at))) if *at < here => row.species_id = *id,
            Some((_, Some(at))) => {
                let why = format!(
                    "species '{}' comes later, on line {} of {}: a row must come after the rows it refers to",
                    row.species,
                    at.1,
                    sources.name(at.0)
                );
                ctx.bad(Table::Pets, row.line, "species", Some(&row.species), why);
            }
            None => {
                let why = format!(
                    "no species '{}' in the database or earlier in the input (see `petdb species list`)",
                    row.species
                );
                ctx.bad(Table::Pets, row.line, "species", Some(&row.species), why);
            }
        }
    }

    // Procedures: their pet.
    let mut procedure_ids = Ids::load(conn, Table::Procedures)?;
    let rows: Vec<(u64, Option<i64>)> = batch.procedures.iter().map(|r| (r.line, r.id)).collect();
    let actions = ctx.claim(Table::Procedures, &rows, &mut procedure_ids);
    let mut next = procedure_ids.next();
    let file = ctx.file(Table::Procedures);
    for (row, action) in batch.procedures.iter_mut().zip(actions) {
        row.action = action;
        ctx.settle(Table::Procedures, row.line, &mut row.id, &mut next);
        if let Err(why) = pet_ids.refer("pet", row.pet_id, (file, row.line), &sources) {
            let value = row.pet_id.to_string();
            ctx.bad(Table::Procedures, row.line, "pet_id", Some(&value), why);
        }
    }
    Ok(())
}

/// What the checks of every table share.
struct Check<'p> {
    batch_sources: [(String, usize); 4],
    on_conflict: OnConflict,
    problems: &'p mut Problems,
}

impl Check<'_> {
    /// A row's id: the one given, or else the next free one (a problem, and a placeholder
    /// that is never written, when there is none left).
    fn settle(
        &mut self,
        table: Table,
        line: u64,
        id: &mut Option<i64>,
        next: &mut Option<i64>,
    ) -> i64 {
        if let Some(given) = *id {
            return given;
        }
        match *next {
            Some(free) => {
                *next = after(free);
                *id = Some(free);
                free
            }
            None => {
                let why = format!(
                    "no {table} id left for this row: no id up to {} comes after the largest in use",
                    super::MAX_ID
                );
                self.bad(table, line, "id", None, why);
                0
            }
        }
    }

    fn file(&self, table: Table) -> usize {
        self.batch_sources[index(table)].1
    }

    fn bad(&mut self, table: Table, line: u64, column: &str, value: Option<&str>, why: String) {
        self.problems.push(Problem {
            source: self.batch_sources[index(table)].0.clone(),
            line,
            column: Some(column.to_owned()),
            value: value.map(|v| format!("{v:?}")),
            message: why,
        });
    }

    /// Record the ids `rows` (line, id) give in `ids`, and decide each row's action:
    /// an id given twice is a problem; one in the database is as `--on-conflict` says.
    fn claim(&mut self, table: Table, rows: &[(u64, Option<i64>)], ids: &mut Ids) -> Vec<Action> {
        let file = self.file(table);
        rows.iter()
            .map(|(line, id)| {
                let Some(id) = *id else {
                    return Action::Insert;
                };
                let value = id.to_string();
                if let Some((_, first)) = ids.given.get(&id) {
                    let why = format!("id {id} given twice (also on line {first})");
                    self.bad(table, *line, "id", Some(&value), why);
                } else {
                    ids.given.insert(id, (file, *line));
                }
                if !ids.existing.contains(&id) {
                    return Action::Insert;
                }
                match self.on_conflict {
                    OnConflict::Skip => Action::Skip,
                    OnConflict::Update => Action::Update,
                    OnConflict::Error => {
                        let why = format!(
                            "id {id} exists already in {table} (--on-conflict skip or update says what to do)"
                        );
                        self.bad(table, *line, "id", Some(&value), why);
                        Action::Insert
                    }
                }
            })
            .collect()
    }
}
