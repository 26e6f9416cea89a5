//! Rows of any shape through Diesel's `sql_query`: each column is decoded into a
//! [`Value`] by the type the backend reports (SQLite's storage class, PostgreSQL's type
//! oid), using `diesel-dynamic-schema`'s `Any` marker type. Values keep what the database
//! holds: numbers that are not integers arrive as the text the backend's own client
//! prints for them (`Value::Decimal`), other PostgreSQL types as PostgreSQL prints them
//! (see [`pg`]).

pub mod pg;

use std::cell::RefCell;

use diesel::QueryableByName;
use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql};
use diesel::pg::{Pg, PgValue};
use diesel::row::{Field, NamedRow, Row};
use diesel::sqlite::{Sqlite, SqliteType, SqliteValue};
pub use diesel_dynamic_schema::dynamic_value::Any;

use crate::rows::Value;

thread_local! {
    /// Column names of the first row decoded since [`capture_columns`] was called.
    static COLUMNS: RefCell<Option<Vec<String>>> = const { RefCell::new(None) };
}

/// One row of a dynamic query.
pub struct DynRow(pub Vec<Value>);

/// Start recording the column names of the next query's first row.
pub fn capture_columns() {
    COLUMNS.with(|c| *c.borrow_mut() = None);
}

/// The names recorded since [`capture_columns`] (none if the result had no rows).
pub fn captured_columns() -> Option<Vec<String>> {
    COLUMNS.with(|c| c.borrow_mut().take())
}

impl<DB> QueryableByName<DB> for DynRow
where
    DB: Backend,
    Value: FromSql<Any, DB>,
{
    fn build<'a>(row: &impl NamedRow<'a, DB>) -> deserialize::Result<Self> {
        let count = row.field_count();
        let mut values = Vec::with_capacity(count);
        let mut names = COLUMNS
            .with(|c| c.borrow().is_none())
            .then(|| Vec::with_capacity(count));
        for i in 0..count {
            let field = Row::get(row, i).ok_or("a column disappeared while reading a row")?;
            if let Some(names) = names.as_mut() {
                names.push(field.field_name().unwrap_or("?column?").to_owned());
            }
            values.push(Value::from_nullable_sql(field.value())?);
        }
        if let Some(names) = names {
            COLUMNS.with(|c| *c.borrow_mut() = Some(names));
        }
        Ok(DynRow(values))
    }
}

impl FromSql<Any, Sqlite> for Value {
    fn from_sql(mut value: SqliteValue<'_, '_, '_>) -> deserialize::Result<Self> {
        Ok(match value.value_type() {
            Some(SqliteType::Long) => Value::Int(value.read_long()),
            // A REAL as SQLite itself turns it into text (what `CAST(x AS TEXT)` and the
            // sqlite3 shell print), by the bundled library's own conversion.
            Some(SqliteType::Double) => Value::Decimal(value.read_text().to_owned()),
            Some(SqliteType::Binary) => Value::Bytes(value.read_blob().to_vec()),
            Some(_) => Value::Text(value.read_text().to_owned()),
            None => Value::Null,
        })
    }

    fn from_nullable_sql(value: Option<SqliteValue<'_, '_, '_>>) -> deserialize::Result<Self> {
        value.map_or(Ok(Value::Null), <Self as FromSql<Any, Sqlite>>::from_sql)
    }
}

impl FromSql<Any, Pg> for Value {
    fn from_sql(value: PgValue<'_>) -> deserialize::Result<Self> {
        pg::value(value.get_oid().get(), value.as_bytes())
    }

    fn from_nullable_sql(value: Option<PgValue<'_>>) -> deserialize::Result<Self> {
        value.map_or(Ok(Value::Null), <Self as FromSql<Any, Pg>>::from_sql)
    }
}
