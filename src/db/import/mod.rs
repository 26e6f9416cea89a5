//! Import and load: rows read from a file ([`rows`]), checked as a whole against the
//! database before anything is written ([`check`]: types, references, duplicates,
//! existing ids), then written in the caller's one transaction ([`write`]). Nothing is
//! written unless every row is good.

pub mod check;
pub mod rows;
pub mod write;

use crate::db::schema::Table;
use crate::input::{Problems, Record};

pub use rows::{OwnerRow, PetRow, ProcedureRow, SpeciesRow};

/// What a row whose id exists already does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnConflict {
    Error,
    Skip,
    Update,
}

/// What becomes of one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Action {
    #[default]
    Insert,
    Update,
    Skip,
}

/// The rows to write, per table, with the file each came from (for messages) and its
/// position among the files (a row may only refer to rows of earlier files, or earlier
/// lines of the same file).
#[derive(Debug, Default)]
pub struct Batch {
    pub species: Vec<SpeciesRow>,
    pub owners: Vec<OwnerRow>,
    pub pets: Vec<PetRow>,
    pub procedures: Vec<ProcedureRow>,
    /// Per table (in [`Table::ALL`] order): the file's label and its index.
    pub sources: [(String, usize); 4],
}

impl Batch {
    /// Convert `records` of `table`, read from file number `file` named `source`.
    pub fn add(
        &mut self,
        table: Table,
        source: &str,
        file: usize,
        records: Vec<Record>,
        problems: &mut Problems,
    ) {
        self.sources[index(table)] = (source.to_owned(), file);
        let mut conv = rows::Converter { source, problems };
        match table {
            Table::Species => self.species = conv.all(records, rows::species),
            Table::Owners => self.owners = conv.all(records, rows::owner),
            Table::Pets => self.pets = conv.all(records, rows::pet),
            Table::Procedures => self.procedures = conv.all(records, rows::procedure),
        }
    }
}

/// Rows added, updated and skipped in one table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub added: u64,
    pub updated: u64,
    pub skipped: u64,
}

impl Counts {
    pub fn of(actions: impl Iterator<Item = Action>) -> Counts {
        let mut c = Counts::default();
        for a in actions {
            match a {
                Action::Insert => c.added += 1,
                Action::Update => c.updated += 1,
                Action::Skip => c.skipped += 1,
            }
        }
        c
    }

    pub fn total(&self) -> u64 {
        self.added + self.updated + self.skipped
    }

    pub fn written(&self) -> bool {
        self.added + self.updated > 0
    }
}

/// Per table, in [`Table::ALL`] order.
pub type AllCounts = [Counts; 4];

/// The largest id an import takes or gives: one below `i64::MAX`, so that PostgreSQL's
/// identity sequence can always be set past every id in use (on both backends alike).
pub const MAX_ID: i64 = i64::MAX - 1;

/// The position of `table` in [`Table::ALL`].
pub fn index(table: Table) -> usize {
    Table::ALL
        .iter()
        .position(|t| *t == table)
        .expect("a data table")
}

/// What a row without `created_at` gets: now, in UTC, to the second (as the column's
/// default on either backend).
pub(crate) fn now() -> chrono::NaiveDateTime {
    use chrono::Timelike;
    let now = chrono::Utc::now().naive_utc();
    now.with_nanosecond(0).unwrap_or(now)
}
