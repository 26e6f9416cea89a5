//! Owners: list/get reads (and the batched read of their pets), add/update/delete writes.

use anyhow::{Result, bail};
use diesel::prelude::*;

use super::{Where, check_found, not_found, push_name_match, text_sort_key};
use crate::cli::{OwnerSort, Page};
use crate::db::connection::{AnyConnection, write_transaction};
use crate::db::models::{NewOwner, OwnerChanges};
use crate::db::read::{ReadQuery, SqlBuilder};
use crate::db::schema::{owners, pets, procedures};
use crate::db::target::Backend;
use crate::rows::Value;

pub const COLUMNS: [&str; 5] = ["id", "name", "phone", "email", "created_at"];
/// Columns of the batched pets read behind `--with-pets`.
pub const PET_COLUMNS: [&str; 5] = ["owner_id", "pet_id", "pet_name", "species", "birth_date"];

/// Which owners a read selects.
#[derive(Debug, Clone)]
pub enum Selection<'a> {
    One(i64),
    List {
        name: Option<&'a str>,
        sort: OwnerSort,
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
                OwnerSort::Id => "id".to_owned(),
                OwnerSort::Name => text_sort_key(sb.backend(), "name"),
                OwnerSort::CreatedAt => "created_at".to_owned(),
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
    let mut query = sb.finish(&["owners"], &COLUMNS);
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
    sb.finish(&["owners", "pets", "species"], &PET_COLUMNS)
}

pub fn add(conn: &mut AnyConnection, new: &NewOwner<'_>) -> Result<i64> {
    write_transaction(conn, |conn| {
        Ok(diesel::insert_into(owners::table)
            .values(new)
            .returning(owners::id)
            .get_result(conn)?)
    })
}

pub fn update(conn: &mut AnyConnection, id: i64, changes: &OwnerChanges<'_>) -> Result<()> {
    write_transaction(conn, |conn| {
        let n = diesel::update(owners::table.find(id))
            .set(changes)
            .execute(conn)?;
        check_found("owner", id, n)
    })
}

/// What a delete removed besides the row itself.
#[derive(Debug, Default, Clone, Copy)]
pub struct Deleted {
    pub pets: i64,
    pub procedures: i64,
}

pub fn delete(conn: &mut AnyConnection, id: i64, cascade: bool) -> Result<Deleted> {
    write_transaction(conn, |conn| {
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
        Ok(deleted)
    })
}
