//! Typed result rows: what every read returns, what the cache stores and what `output`
//! renders. Values keep their type (an integer stays an integer) so one cached result
//! serves every output format.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One cell, or one bound parameter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    /// A number petdb computed or was given (a bound parameter): never one read from the
    /// database.
    Real(f64),
    /// A number read from the database that is not an integer — PostgreSQL `numeric`,
    /// `float4`, `float8`, SQLite REAL — kept as exactly the text the backend's own client
    /// prints for it (`12.50`, `1e+20`, `0.30000000000000004`, `NaN`, `Infinity`, SQLite's
    /// `Inf`), so no digit is lost or invented on the way to any output format.
    Decimal(String),
    /// Text; other values read from the database (dates, timestamps, intervals, uuids,
    /// arrays, …) arrive as the text their backend prints for them.
    Text(String),
    Bytes(Vec<u8>),
    /// Only as a bound parameter: sent as an SQL DATE.
    Date(NaiveDate),
}

impl Value {
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            _ => None,
        }
    }
}

/// A whole result: column names and rows, each as long as `columns`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Rows {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

impl Rows {
    /// Index of a column by name.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == name)
    }
}

/// Append to each `parent` row the columns of its matching `child` rows (a left join done
/// in memory): one output row per match, or one row of NULLs when nothing matches. The
/// child's key column is dropped and the others are named `prefix` + name.
pub fn left_join(
    parent: Rows,
    parent_key: &str,
    child: &Rows,
    child_key: &str,
    prefix: &str,
) -> Rows {
    use std::collections::HashMap;
    let (Some(pk), Some(ck)) = (parent.column(parent_key), child.column(child_key)) else {
        return parent;
    };
    let keep: Vec<usize> = (0..child.columns.len()).filter(|i| *i != ck).collect();
    let mut by_key: HashMap<i64, Vec<&Vec<Value>>> = HashMap::new();
    for row in &child.rows {
        if let Some(k) = row[ck].as_int() {
            by_key.entry(k).or_default().push(row);
        }
    }
    let mut columns = parent.columns;
    columns.extend(
        keep.iter()
            .map(|i| format!("{prefix}{}", child.columns[*i])),
    );
    let mut rows = Vec::with_capacity(parent.rows.len());
    for row in parent.rows {
        match row[pk].as_int().and_then(|k| by_key.get(&k)) {
            Some(matches) => {
                for m in matches {
                    let mut out = row.clone();
                    out.extend(keep.iter().map(|i| m[*i].clone()));
                    rows.push(out);
                }
            }
            None => {
                let mut out = row;
                out.extend(keep.iter().map(|_| Value::Null));
                rows.push(out);
            }
        }
    }
    Rows { columns, rows }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Value {
        Value::Text(s.into())
    }

    #[test]
    fn left_join_repeats_parents_and_fills_nulls() {
        let owners = Rows {
            columns: vec!["id".into(), "name".into()],
            rows: vec![vec![Value::Int(1), t("Ann")], vec![Value::Int(2), t("Bob")]],
        };
        let pets = Rows {
            columns: vec!["owner_id".into(), "pet_name".into()],
            rows: vec![vec![Value::Int(1), t("Rex")], vec![Value::Int(1), t("Tom")]],
        };
        let joined = left_join(owners, "id", &pets, "owner_id", "");
        assert_eq!(joined.columns, ["id", "name", "pet_name"]);
        assert_eq!(joined.rows.len(), 3);
        assert_eq!(joined.rows[1], vec![Value::Int(1), t("Ann"), t("Tom")]);
        assert_eq!(joined.rows[2], vec![Value::Int(2), t("Bob"), Value::Null]);
    }
}
