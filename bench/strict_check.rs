//! Bench helper for H1's floor: petdb's strict check and nothing else — the read-only SQLite
//! connection, the one state query of a strict hit (`db::state::read_sqlite_file`, the
//! same code), the close — in a program that does no parsing, no cache and no output. With
//! `--nothing` it starts and exits: the difference of the two is what the check itself
//! costs, wherever it runs.
//!
//! Usage: strict_check DB [--nothing]

use anyhow::{Context, Result, ensure};
use petdb::db::schema::{Table, Tables};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let db = args.get(1).context("usage: strict_check DB [--nothing]")?;
    if args.get(2).is_some_and(|a| a == "--nothing") {
        return Ok(());
    }
    // The tables `report owners-summary` reads.
    let tables = Tables::of(&[Table::Owners, Table::Pets, Table::Procedures]);
    let state = petdb::db::state::read_sqlite_file(db, tables)?;
    ensure!(!state.stamp.is_empty(), "no state read from {db}");
    Ok(())
}
