//! Procedures done to pets: list/get reads, add/delete writes.

use anyhow::Result;
use diesel::prelude::*;

use super::{Page, Where, Written, check_found, not_found, push_equal_ci};
use crate::db::connection::AnyConnection;
use crate::db::models::NewProcedure;
use crate::db::read::{ReadQuery, SqlBuilder};
use crate::db::schema::{Table, pets, procedures};
use crate::db::target::Backend;
use crate::rows::Value;

pub const COLUMNS: [&str; 6] = [
    "id",
    "pet_id",
    "kind",
    "performed_at",
    "cost_cents",
    "notes",
];

/// The filters of `procedures list`.
#[derive(Debug, Clone, Default)]
pub struct Filter<'a> {
    pub pet: Option<i64>,
    pub owner: Option<i64>,
    pub kind: Option<&'a str>,
    pub since: Option<chrono::NaiveDate>,
    pub until: Option<chrono::NaiveDate>,
}

const SELECT: &str = "SELECT id, pet_id, kind, performed_at, cost_cents, notes FROM procedures";

/// The column a list of procedures is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Id,
    PerformedAt,
    Cost,
}

pub fn list(backend: Backend, f: &Filter<'_>, sort: Sort, page: &Page) -> ReadQuery {
    let mut sb = SqlBuilder::new(backend, SELECT);
    let mut tables = vec![Table::Procedures];
    let mut w = Where::new();
    if let Some(pet) = f.pet {
        w.next(&mut sb).push("pet_id = ").bind(Value::Int(pet));
    }
    if let Some(owner) = f.owner {
        w.next(&mut sb)
            .push("pet_id IN (SELECT id FROM pets WHERE owner_id = ")
            .bind(Value::Int(owner))
            .push(")");
        tables.push(Table::Pets);
    }
    if let Some(kind) = f.kind {
        push_equal_ci(w.next(&mut sb), "kind", kind);
    }
    if let Some(since) = f.since {
        w.next(&mut sb)
            .push("performed_at >= ")
            .bind(Value::Date(since));
    }
    if let Some(until) = f.until {
        w.next(&mut sb)
            .push("performed_at <= ")
            .bind(Value::Date(until));
    }
    let col = match sort {
        Sort::Id => "id",
        Sort::PerformedAt => "performed_at",
        Sort::Cost => "cost_cents",
    };
    let dir = if page.desc { " DESC" } else { "" };
    sb.push(" ORDER BY ").push(col).push(dir);
    if col != "id" {
        sb.push(", id").push(dir);
    }
    sb.page(page.limit, page.offset);
    sb.finish(&tables, &COLUMNS)
}

pub fn get(backend: Backend, id: i64) -> ReadQuery {
    let mut sb = SqlBuilder::new(backend, SELECT);
    sb.push(" WHERE id = ").bind(Value::Int(id));
    let mut query = sb.finish(&[Table::Procedures], &COLUMNS);
    query.cache_empty = false; // empty means "not found": a failed command
    query
}

pub fn add(conn: &mut AnyConnection, new: &NewProcedure<'_>) -> Result<Written<i64>> {
    {
        let pet: i64 = pets::table
            .filter(pets::id.eq(new.pet_id))
            .count()
            .get_result(conn)?;
        check_found("pet", new.pet_id, pet as usize)?;
        let id = diesel::insert_into(procedures::table)
            .values(new)
            .returning(procedures::id)
            .get_result(conn)?;
        Ok(Written::one(id, Table::Procedures))
    }
}

pub fn delete(conn: &mut AnyConnection, id: i64) -> Result<Written<()>> {
    let n = diesel::delete(procedures::table.find(id)).execute(conn)?;
    if n == 0 {
        return Err(not_found("procedure", id));
    }
    Ok(Written::one((), Table::Procedures))
}
