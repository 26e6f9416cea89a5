//! Rows as petdb writes them: the insert and change sets of each table.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::schema::{owners, pets, procedures, species};

#[derive(Debug, Insertable)]
#[diesel(table_name = species)]
pub struct NewSpecies<'a> {
    pub name: &'a str,
    pub description: Option<&'a str>,
}

#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = species)]
pub struct SpeciesChanges<'a> {
    pub name: Option<&'a str>,
    pub description: Option<Option<&'a str>>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = owners)]
pub struct NewOwner<'a> {
    pub name: &'a str,
    pub phone: Option<&'a str>,
    pub email: Option<&'a str>,
}

#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = owners)]
pub struct OwnerChanges<'a> {
    pub name: Option<&'a str>,
    pub phone: Option<Option<&'a str>>,
    pub email: Option<Option<&'a str>>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = pets)]
pub struct NewPet<'a> {
    pub owner_id: i64,
    pub species_id: i64,
    pub name: &'a str,
    pub birth_date: Option<NaiveDate>,
}

#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = pets)]
pub struct PetChanges<'a> {
    pub owner_id: Option<i64>,
    pub species_id: Option<i64>,
    pub name: Option<&'a str>,
    pub birth_date: Option<Option<NaiveDate>>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = procedures)]
pub struct NewProcedure<'a> {
    pub pet_id: i64,
    pub kind: &'a str,
    pub performed_at: NaiveDate,
    pub cost_cents: i32,
    pub notes: Option<&'a str>,
}

// Seeded rows carry every column, ids included, so a seed is the same on both backends.

#[derive(Debug, Insertable)]
#[diesel(table_name = species, treat_none_as_default_value = false)]
pub struct SeedSpecies {
    pub id: i64,
    pub name: String,
    pub description: Option<String>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = owners, treat_none_as_default_value = false)]
pub struct SeedOwner {
    pub id: i64,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = pets, treat_none_as_default_value = false)]
pub struct SeedPet {
    pub id: i64,
    pub owner_id: i64,
    pub species_id: i64,
    pub name: String,
    pub birth_date: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = procedures, treat_none_as_default_value = false)]
pub struct SeedProcedure {
    pub id: i64,
    pub pet_id: i64,
    pub kind: &'static str,
    pub performed_at: NaiveDate,
    pub cost_cents: i32,
    pub notes: Option<&'static str>,
}
