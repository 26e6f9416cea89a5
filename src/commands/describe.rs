//! Values as the cache tools show them: bound values and cells as SQL-like literals for
//! people (`7`, `'Rex'`, `NULL`), and as JSON for programs.

use crate::output::plain;
use crate::rows::Value;

/// A value as an SQL-like literal: numbers bare, text quoted, `NULL`, `X'00ff'`,
/// `DATE '2024-05-02'`.
pub fn literal(v: &Value) -> String {
    match v {
        Value::Null => "NULL".into(),
        Value::Text(s) => format!("'{}'", s.replace('\'', "''")),
        Value::Bytes(_) => format!("X'{}'", &plain(v)[2..]),
        Value::Date(_) => format!("DATE '{}'", plain(v)),
        _ => plain(v).into_owned(),
    }
}

/// A list of values as literals, comma-separated.
pub fn literals(values: &[Value]) -> String {
    values.iter().map(literal).collect::<Vec<_>>().join(", ")
}

/// A value as JSON: integers and finite reals as numbers, booleans, `null`, anything else
/// (database numbers with all their digits, dates, bytes as `\x…`) as its csv text.
pub fn json_value(v: &Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => (*b).into(),
        Value::Int(i) => (*i).into(),
        Value::Real(f) => serde_json::Number::from_f64(*f)
            .map_or_else(|| plain(v).into_owned().into(), serde_json::Value::Number),
        _ => plain(v).into_owned().into(),
    }
}

pub fn json_values(values: &[Value]) -> serde_json::Value {
    values.iter().map(json_value).collect()
}
