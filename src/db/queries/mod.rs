//! The clinic's queries, one file per table family: reads built as [`ReadQuery`] values
//! (so they can be cached), writes through Diesel's query builder inside a write
//! transaction, each checking its references first so errors name the bad value.

pub mod owners;
pub mod pets;
pub mod procedures;
pub mod reports;
pub mod species;

use anyhow::Result;
use diesel::expression::{SqlLiteral, UncheckedBind};
use diesel::helper_types::AsExprOf;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use diesel::sql_types::{Bool, Text};

use super::read::SqlBuilder;
use super::schema::{Table, Tables};
use super::target::Backend;
use crate::rows::Value;

/// What makes a case-insensitive comparison fold ASCII letters only on `backend`, as
/// SQLite's `lower()`, `LIKE` and petdb's import do: PostgreSQL under a UTF-8 locale would
/// also fold `É` to `é`, so that `ÉCLAIR` and `éclair` would be one species there and two
/// on SQLite. Its "C" collation folds ASCII only.
fn ascii_folding(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => "",
        Backend::Postgres => " COLLATE \"C\"",
    }
}

/// `lower(column) = lower(name)`, folding ASCII letters only on both backends, for
/// Diesel's query builder.
pub(crate) fn name_is(
    backend: Backend,
    column: &str,
    name: &str,
) -> SqlLiteral<Bool, UncheckedBind<SqlLiteral<Bool>, AsExprOf<String, Text>>> {
    let fold = ascii_folding(backend);
    diesel::dsl::sql::<Bool>(&format!("lower({column}{fold}) = lower("))
        .bind::<Text, _>(name.to_owned())
        .sql(&format!("{fold})"))
}

/// `--limit`, `--offset` and `--desc` of a list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Page {
    pub limit: Option<i64>,
    pub offset: i64,
    pub desc: bool,
}

/// What a write returns: its own result, and the tables it changed (a cascade reports
/// every table it reached), from which the caller invalidates the cache — so no write can
/// forget a table.
#[derive(Debug)]
pub struct Written<T> {
    pub value: T,
    pub touched: Tables,
}

impl<T> Written<T> {
    pub fn new(value: T, touched: Tables) -> Self {
        Self { value, touched }
    }

    pub fn one(value: T, table: Table) -> Self {
        Self::new(value, Tables::of(&[table]))
    }
}

/// Append `column` matches `pattern` (case-insensitive substring; `*` and `?` wildcards).
pub(crate) fn push_name_match(sb: &mut SqlBuilder, column: &str, pattern: &str) {
    let op = match sb.backend() {
        Backend::Sqlite => " LIKE ",
        Backend::Postgres => " ILIKE ",
    };
    let fold = ascii_folding(sb.backend());
    sb.push(column)
        .push(fold)
        .push(op)
        .bind(Value::Text(like_pattern(pattern)))
        .push(" ESCAPE '\\'");
}

/// Translate a user pattern into a LIKE pattern: LIKE's own `%`, `_` and `\` are escaped,
/// `*`/`?` become `%`/`_`, and a pattern without wildcards matches anywhere in the name.
pub(crate) fn like_pattern(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 2);
    let wild = pattern.contains(['*', '?']);
    if !wild {
        out.push('%');
    }
    for c in pattern.chars() {
        match c {
            '%' | '_' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '*' => out.push('%'),
            '?' => out.push('_'),
            _ => out.push(c),
        }
    }
    if !wild {
        out.push('%');
    }
    out
}

/// A case-insensitive sort key that orders the same on both backends: ASCII letters folded
/// and bytes compared (PostgreSQL's locale would also fold `É`, and order punctuation
/// unlike SQLite's byte order).
pub(crate) fn text_sort_key(backend: Backend, column: &str) -> String {
    match backend {
        Backend::Sqlite => format!("lower({column})"),
        Backend::Postgres => format!("lower({column} COLLATE \"C\")"),
    }
}

/// Append `lower(column) = lower(value)`, folding ASCII letters only on both backends.
pub(crate) fn push_equal_ci(sb: &mut SqlBuilder, column: &str, value: &str) {
    let fold = ascii_folding(sb.backend());
    sb.push("lower(")
        .push(column)
        .push(fold)
        .push(") = lower(")
        .bind(Value::Text(value.to_owned()))
        .push(fold)
        .push(")");
}

/// Starts a WHERE clause on first use, then joins with AND.
pub(crate) struct Where {
    started: bool,
}

impl Where {
    pub fn new() -> Self {
        Self { started: false }
    }

    pub fn next<'a>(&mut self, sb: &'a mut SqlBuilder) -> &'a mut SqlBuilder {
        sb.push(if self.started { " AND " } else { " WHERE " });
        self.started = true;
        sb
    }
}

/// `true` if the error is a UNIQUE violation.
pub(crate) fn is_unique_violation(e: &anyhow::Error) -> bool {
    matches!(
        e.downcast_ref::<DieselError>(),
        Some(DieselError::DatabaseError(
            DatabaseErrorKind::UniqueViolation,
            _
        ))
    )
}

/// An error for a missing row, e.g. `owner 42 not found`.
pub(crate) fn not_found(what: &str, id: i64) -> anyhow::Error {
    anyhow::anyhow!("{what} {id} not found")
}

pub(crate) fn check_found(what: &str, id: i64, rows: usize) -> Result<()> {
    if rows == 0 {
        Err(not_found(what, id))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::like_pattern;

    #[test]
    fn patterns_escape_like_syntax() {
        assert_eq!(like_pattern("rex"), "%rex%");
        assert_eq!(like_pattern("r*x"), "r%x");
        assert_eq!(like_pattern("r?x"), "r_x");
        assert_eq!(like_pattern("50%_off\\"), "%50\\%\\_off\\\\%");
        assert_eq!(like_pattern("' OR 1=1 --"), "%' OR 1=1 --%");
    }
}
