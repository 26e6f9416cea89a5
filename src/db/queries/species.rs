//! Species: list/get reads, add/update/delete writes (names unique, case-insensitively).

use anyhow::{Result, bail};
use diesel::prelude::*;

use super::{
    Page, Where, Written, check_found, is_unique_violation, name_is, not_found, push_name_match,
};
use crate::db::connection::AnyConnection;
use crate::db::models::{NewSpecies, SpeciesChanges};
use crate::db::read::{ReadQuery, SqlBuilder};
use crate::db::schema::{Table, pets, species};
use crate::db::target::Backend;
use crate::rows::Value;

pub const COLUMNS: [&str; 3] = ["id", "name", "description"];

pub fn list(backend: Backend, name: Option<&str>, page: &Page) -> ReadQuery {
    let mut sb = SqlBuilder::new(backend, "SELECT id, name, description FROM species");
    let mut w = Where::new();
    if let Some(pat) = name {
        push_name_match(w.next(&mut sb), "name", pat);
    }
    sb.push(if page.desc {
        " ORDER BY id DESC"
    } else {
        " ORDER BY id"
    });
    sb.page(page.limit, page.offset);
    sb.finish(&[Table::Species], &COLUMNS)
}

pub fn get(backend: Backend, id: i64) -> ReadQuery {
    let mut sb = SqlBuilder::new(
        backend,
        "SELECT id, name, description FROM species WHERE id = ",
    );
    sb.bind(Value::Int(id));
    let mut query = sb.finish(&[Table::Species], &COLUMNS);
    query.cache_empty = false; // empty means "not found": a failed command
    query
}

/// Refuse a name that exists already under any capitalisation (other than on `except`).
fn check_unique(conn: &mut AnyConnection, name: &str, except: Option<i64>) -> Result<()> {
    let existing: Option<(i64, String)> = species::table
        .filter(name_is(conn.backend(), "name", name))
        .select((species::id, species::name))
        .first(conn)
        .optional()?;
    match existing {
        Some((id, found)) if Some(id) != except => {
            bail!("species '{name}' already exists (id {id}, named '{found}')")
        }
        _ => Ok(()),
    }
}

fn unique_error(name: &str, e: anyhow::Error) -> anyhow::Error {
    if is_unique_violation(&e) {
        anyhow::anyhow!("species '{name}' already exists")
    } else {
        e
    }
}

pub fn add(conn: &mut AnyConnection, new: &NewSpecies<'_>) -> Result<Written<i64>> {
    check_unique(conn, new.name, None)?;
    let id = diesel::insert_into(species::table)
        .values(new)
        .returning(species::id)
        .get_result(conn)
        .map_err(|e| unique_error(new.name, e.into()))?;
    Ok(Written::one(id, Table::Species))
}

pub fn update(
    conn: &mut AnyConnection,
    id: i64,
    changes: &SpeciesChanges<'_>,
) -> Result<Written<()>> {
    if let Some(name) = changes.name {
        check_unique(conn, name, Some(id))?;
    }
    let n = diesel::update(species::table.find(id))
        .set(changes)
        .execute(conn)
        .map_err(|e| unique_error(changes.name.unwrap_or_default(), e.into()))?;
    check_found("species", id, n)?;
    Ok(Written::one((), Table::Species))
}

pub fn delete(conn: &mut AnyConnection, id: i64) -> Result<Written<()>> {
    {
        let name: Option<String> = species::table
            .find(id)
            .select(species::name)
            .first(conn)
            .optional()?;
        let Some(name) = name else {
            return Err(not_found("species", id));
        };
        let used: i64 = pets::table
            .filter(pets::species_id.eq(id))
            .count()
            .get_result(conn)?;
        if used > 0 {
            bail!("species {id} ({name}) is used by {used} pet(s); it cannot be deleted");
        }
        diesel::delete(species::table.find(id)).execute(conn)?;
        Ok(Written::one((), Table::Species))
    }
}
