//! Pets: list/get reads (and the batched read of their owners), add/update/delete writes.

use anyhow::{Result, anyhow};
use diesel::prelude::*;

use super::{
    Page, Where, Written, check_found, name_is, not_found, push_equal_ci, push_name_match,
    text_sort_key,
};
use crate::db::connection::AnyConnection;
use crate::db::models::{NewPet, PetChanges};
use crate::db::read::{ReadQuery, SqlBuilder};
use crate::db::schema::{Table, Tables, owners, pets, procedures, species};
use crate::db::target::Backend;
use crate::rows::Value;

pub const COLUMNS: [&str; 6] = [
    "id",
    "name",
    "species",
    "owner_id",
    "birth_date",
    "created_at",
];
/// Columns of the batched owners read behind `--with-owner`.
pub const OWNER_COLUMNS: [&str; 4] = ["id", "name", "phone", "email"];

/// The column a list of pets is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Id,
    Name,
    BirthDate,
    CreatedAt,
}

/// Which pets a read selects.
#[derive(Debug, Clone)]
pub enum Selection<'a> {
    One(i64),
    List {
        owner: Option<i64>,
        species: Option<&'a str>,
        name: Option<&'a str>,
        sort: Sort,
        page: Page,
    },
}

const FROM: &str = " FROM pets p JOIN species s ON s.id = p.species_id";

fn push_select(sb: &mut SqlBuilder, list: &str, sel: &Selection<'_>) {
    sb.push("SELECT ").push(list).push(FROM);
    match sel {
        Selection::One(id) => {
            sb.push(" WHERE p.id = ").bind(Value::Int(*id));
        }
        Selection::List {
            owner,
            species,
            name,
            sort,
            page,
        } => {
            let mut w = Where::new();
            if let Some(owner) = owner {
                w.next(sb).push("p.owner_id = ").bind(Value::Int(*owner));
            }
            if let Some(species) = species {
                push_equal_ci(w.next(sb), "s.name", species);
            }
            if let Some(pat) = name {
                push_name_match(w.next(sb), "p.name", pat);
            }
            let col = match sort {
                Sort::Id => "p.id".to_owned(),
                Sort::Name => text_sort_key(sb.backend(), "p.name"),
                Sort::BirthDate => "p.birth_date".to_owned(),
                Sort::CreatedAt => "p.created_at".to_owned(),
            };
            let dir = if page.desc { " DESC" } else { "" };
            sb.push(" ORDER BY ").push(&col).push(dir);
            if col != "p.id" {
                sb.push(", p.id").push(dir);
            }
            sb.page(page.limit, page.offset);
        }
    }
}

pub fn read(backend: Backend, sel: &Selection<'_>) -> ReadQuery {
    let mut sb = SqlBuilder::new(backend, "");
    push_select(
        &mut sb,
        "p.id, p.name, s.name AS species, p.owner_id, p.birth_date, p.created_at",
        sel,
    );
    let mut query = sb.finish(&[Table::Pets, Table::Species], &COLUMNS);
    // An empty lookup by id is "not found": a failed command, not a result to keep.
    query.cache_empty = !matches!(sel, Selection::One(_));
    query
}

/// The owners of every pet `sel` picks, in one statement.
pub fn read_owners(backend: Backend, sel: &Selection<'_>) -> ReadQuery {
    let mut sb = SqlBuilder::new(
        backend,
        "SELECT id, name, phone, email FROM owners WHERE id IN (",
    );
    push_select(&mut sb, "p.owner_id", sel);
    sb.push(") ORDER BY id");
    sb.finish(
        &[Table::Owners, Table::Pets, Table::Species],
        &OWNER_COLUMNS,
    )
}

/// The id of a species by case-insensitive name.
pub fn species_id(conn: &mut AnyConnection, name: &str) -> Result<i64> {
    species::table
        .filter(name_is(conn.backend(), "name", name))
        .select(species::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| anyhow!("species '{name}' not found (see `petdb species list`)"))
}

fn check_owner(conn: &mut AnyConnection, id: i64) -> Result<()> {
    let n: i64 = owners::table
        .filter(owners::id.eq(id))
        .count()
        .get_result(conn)?;
    check_found("owner", id, n as usize)
}

pub fn add(
    conn: &mut AnyConnection,
    owner_id: i64,
    species_name: &str,
    name: &str,
    birth_date: Option<chrono::NaiveDate>,
) -> Result<Written<i64>> {
    {
        check_owner(conn, owner_id)?;
        let species_id = species_id(conn, species_name)?;
        let new = NewPet {
            owner_id,
            species_id,
            name,
            birth_date,
        };
        let id = diesel::insert_into(pets::table)
            .values(&new)
            .returning(pets::id)
            .get_result(conn)?;
        Ok(Written::one(id, Table::Pets))
    }
}

pub struct Changes<'a> {
    pub owner: Option<i64>,
    pub species: Option<&'a str>,
    pub name: Option<&'a str>,
    pub birth_date: Option<Option<chrono::NaiveDate>>,
}

pub fn update(conn: &mut AnyConnection, id: i64, c: &Changes<'_>) -> Result<Written<()>> {
    {
        let exists: i64 = pets::table
            .filter(pets::id.eq(id))
            .count()
            .get_result(conn)?;
        check_found("pet", id, exists as usize)?;
        if let Some(owner) = c.owner {
            check_owner(conn, owner)?;
        }
        let species_id = c.species.map(|s| species_id(conn, s)).transpose()?;
        let changes = PetChanges {
            owner_id: c.owner,
            species_id,
            name: c.name,
            birth_date: c.birth_date,
        };
        diesel::update(pets::table.find(id))
            .set(&changes)
            .execute(conn)?;
        Ok(Written::one((), Table::Pets))
    }
}

/// Delete a pet; returns how many of its procedures went with it.
pub fn delete(conn: &mut AnyConnection, id: i64) -> Result<Written<i64>> {
    {
        let procs: i64 = procedures::table
            .filter(procedures::pet_id.eq(id))
            .count()
            .get_result(conn)?;
        let n = diesel::delete(pets::table.find(id)).execute(conn)?;
        if n == 0 {
            return Err(not_found("pet", id));
        }
        let touched = if procs > 0 {
            Tables::of(&[Table::Pets, Table::Procedures])
        } else {
            Tables::of(&[Table::Pets])
        };
        Ok(Written::new(procs, touched))
    }
}
