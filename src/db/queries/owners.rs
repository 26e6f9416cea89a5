//! Owners: list/get reads (and the batched read of their pets), add/update/delete writes.

use anyhow::{Result, bail};
use diesel::prelude::*;

use super::{Page, Where, Written, check_found, not_found, push_name_match, text_sort_key};
use crate::db::connection::AnyConnection;
use crate::db::models::{NewOwner, OwnerChanges};
use crate::db::read::{ReadQuery, SqlBuilder};
use crate::db::schema::{Table, Tables, owners, pets, procedures};
use crate::db::target::Backend;
use crate::rows::Value;

pub const COLUMNS: [&str; 5] = ["id", "name", "phone", "email", "created_at"];
/// Columns of the batched pets read behind `--with-pets`.
pub const PET_COLUMNS: [&str; 5] = ["owner_id", "pet_id", "pet_name", "species", "birth_date"];

/// The column a list of owners is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Id,
    Name,
    CreatedAt,
}

/// Which owners a read selects.
#[derive(Debug, Clone)]
pub enum Selection<'a> {
    One(i64),
    List {
        name: Option<&'a str>,
        sort: Sort,
        page: Page,
    },
}

/// `SELECT <list> FROM owners …` for a selection: the list itself and the sub-select the
/// batched pets read uses, so both always pick the same owners.
fn push_select(sb: &mut SqlBuilder, list: &str, sel: &Selection<'_>) {
    sb.push("SELECT ").push(list).push(" FROM owners");
    match sel {
        Selection::One(id) => {
            sb.push(" WHERE id = ").bind(Value::Int(*id));
        }
        Selection::List { name, sort, page } => {
            let mut w = Where::new();
            if let Some(pat) = name {
                push_name_match(w.next(sb), "name", pat);
            }
            let col = match sort {
                Sort::Id => "id".to_owned(),
                Sort::Name => text_sort_key(sb.backend(), "name"),
                Sort::CreatedAt => "created_at".to_owned(),
            };
            let dir = if page.desc { " DESC" } else { "" };
            sb.push(" ORDER BY ").push(&col).push(dir);
            if col != "id" {
                sb.push(", id").push(dir);
            }
            sb.page(page.limit, page.offset);
        }
    }
}

pub fn read(backend: Backend, sel: &Selection<'_>) -> ReadQuery {
    let mut sb = SqlBuilder::new(backend, "");
    push_select(&mut sb, "id, name, phone, email, created_at", sel);
    let mut query = sb.finish(&[Table::Owners], &COLUMNS);
    // An empty lookup by id is "not found": a failed command, not a result to keep.
    query.cache_empty = !matches!(sel, Selection::One(_));
    query
}

/// The pets of every owner `sel` picks, in one statement.
pub fn read_pets(backend: Backend, sel: &Selection<'_>) -> ReadQuery {
    let mut sb = SqlBuilder::new(
        backend,
        "SELECT p.owner_id, p.id AS pet_id, p.name AS pet_name, s.name AS species, p.birth_date \
         FROM pets p JOIN species s ON s.id = p.species_id WHERE p.owner_id IN (",
    );
    push_select(&mut sb, "id", sel);
    sb.push(") ORDER BY p.owner_id, p.id");
    sb.finish(&[Table::Owners, Table::Pets, Table::Species], &PET_COLUMNS)
}

/// Add an owner (in the caller's write transaction); returns its id.
pub fn add(conn: &mut AnyConnection, new: &NewOwner<'_>) -> Result<Written<i64>> {
    let id = diesel::insert_into(owners::table)
        .values(new)
        .returning(owners::id)
        .get_result(conn)?;
    Ok(Written::one(id, Table::Owners))
}

pub fn update(
    conn: &mut AnyConnection,
    id: i64,
    changes: &OwnerChanges<'_>,
) -> Result<Written<()>> {
    let n = diesel::update(owners::table.find(id))
        .set(changes)
        .execute(conn)?;
    check_found("owner", id, n)?;
    Ok(Written::one((), Table::Owners))
}

/// What a delete removed besides the row itself.
#[derive(Debug, Default, Clone, Copy)]
pub struct Deleted {
    pub pets: i64,
    pub procedures: i64,
}

pub fn delete(conn: &mut AnyConnection, id: i64, cascade: bool) -> Result<Written<Deleted>> {
    {
        let exists: i64 = owners::table
            .filter(owners::id.eq(id))
            .count()
            .get_result(conn)?;
        if exists == 0 {
            return Err(not_found("owner", id));
        }
        let pet_ids = pets::table.filter(pets::owner_id.eq(id)).select(pets::id);
        let pet_count: i64 = pets::table
            .filter(pets::owner_id.eq(id))
            .count()
            .get_result(conn)?;
        if pet_count > 0 && !cascade {
            bail!("owner {id} still has {pet_count} pet(s); delete them first or pass --cascade");
        }
        let mut deleted = Deleted::default();
        if pet_count > 0 {
            deleted.procedures = procedures::table
                .filter(procedures::pet_id.eq_any(pet_ids))
                .count()
                .get_result(conn)?;
            // Procedures go with their pets (ON DELETE CASCADE).
            deleted.pets =
                diesel::delete(pets::table.filter(pets::owner_id.eq(id))).execute(conn)? as i64;
        }
        diesel::delete(owners::table.find(id)).execute(conn)?;
        let mut touched = Tables::of(&[Table::Owners]);
        if deleted.pets > 0 {
            touched.insert(Table::Pets);
        }
        if deleted.procedures > 0 {
            touched.insert(Table::Procedures);
        }
        Ok(Written::new(deleted, touched))
    }
}
