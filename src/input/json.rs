//! A JSON array of objects (`list --format json`), JSON lines (one object a line), and
//! `db dump`'s JSON lines (`{"table": …, "row": {…}}`).

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::{Cell, Input, Problem, Problems, Record};

/// A JSON value as serde_json's `Value` reads it, except that an object naming a key
/// twice is an error: `Value` keeps the last silently, and which of two values a row
/// meant is not petdb's to guess.
struct Unique(Value);

impl<'de> Deserialize<'de> for Unique {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(UniqueVisitor)
    }
}

struct UniqueVisitor;

impl<'de> Visitor<'de> for UniqueVisitor {
    type Value = Unique;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Unique, E> {
        Ok(Unique(Value::Bool(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Unique, E> {
        Ok(Unique(Value::from(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Unique, E> {
        Ok(Unique(Value::from(v)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Unique, E> {
        Ok(Unique(Value::from(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Unique, E> {
        Ok(Unique(Value::String(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Unique, E> {
        Ok(Unique(Value::String(v)))
    }
    fn visit_unit<E>(self) -> Result<Unique, E> {
        Ok(Unique(Value::Null))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Unique, A::Error> {
        let mut items = Vec::new();
        while let Some(Unique(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Unique(Value::Array(items)))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Unique, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let Unique(value) = map.next_value()?;
            if object.contains_key(&key) {
                return Err(de::Error::custom(format_args!(
                    "key {key:?} given twice in one object"
                )));
            }
            object.insert(key, value);
        }
        Ok(Unique(Value::Object(object)))
    }
}

/// The objects of a JSON array, each with the line it starts on.
pub(super) fn read_array(
    input: &Input<'_>,
    columns: &[&str],
    problems: &mut Problems,
) -> Vec<Record> {
    let text = input.text.strip_prefix('\u{feff}').unwrap_or(input.text);
    let b = text.as_bytes();
    let mut records = Vec::new();
    let (mut i, mut line) = (0usize, 1u64);
    let skip_space = |i: &mut usize, line: &mut u64| {
        while let Some(c) = b.get(*i).filter(|c| c.is_ascii_whitespace()) {
            *line += u64::from(*c == b'\n');
            *i += 1;
        }
    };
    skip_space(&mut i, &mut line);
    if b.get(i) != Some(&b'[') {
        problems.push(input.problem(line, None, "expected a JSON array of objects, [{…}, …]"));
        return records;
    }
    i += 1;
    skip_space(&mut i, &mut line);
    if b.get(i) == Some(&b']') {
        i += 1;
    } else {
        loop {
            let mut stream = serde_json::Deserializer::from_str(&text[i..]).into_iter::<Unique>();
            match stream.next() {
                Some(Ok(Unique(value))) => {
                    let end = i + stream.byte_offset();
                    if let Some(record) = record(input, line, value, columns, problems) {
                        records.push(record);
                    }
                    line += text[i..end].bytes().filter(|c| *c == b'\n').count() as u64;
                    i = end;
                }
                Some(Err(e)) => {
                    let at = line + e.line().saturating_sub(1) as u64;
                    problems.push(input.problem(at, None, format!("invalid JSON: {e}")));
                    return records;
                }
                None => {
                    problems.push(input.problem(line, None, "the array is never closed with ]"));
                    return records;
                }
            }
            skip_space(&mut i, &mut line);
            match b.get(i) {
                Some(b',') => {
                    i += 1;
                    skip_space(&mut i, &mut line);
                }
                Some(b']') => {
                    i += 1;
                    break;
                }
                _ => {
                    problems.push(input.problem(line, None, "expected , or ] after an object"));
                    return records;
                }
            }
        }
    }
    skip_space(&mut i, &mut line);
    if i < b.len() {
        problems.push(input.problem(line, None, "text after the array"));
    }
    records
}

/// One object a line; blank lines are skipped.
pub(super) fn read_lines(
    input: &Input<'_>,
    columns: &[&str],
    problems: &mut Problems,
) -> Vec<Record> {
    let mut records = Vec::new();
    lines(input, problems, |line, value, problems| {
        records.extend(record(input, line, value, columns, problems));
    });
    records
}

/// `db dump`'s lines, sorted into the tables of `tables`.
pub(super) fn read_dump(
    input: &Input<'_>,
    tables: &[(&str, &[&str])],
    problems: &mut Problems,
) -> Vec<Vec<Record>> {
    let mut out: Vec<Vec<Record>> = tables.iter().map(|_| Vec::new()).collect();
    lines(input, problems, |line, value, problems| {
        let Value::Object(mut object) = value else {
            problems.push(input.problem(line, None, "expected {\"table\": …, \"row\": {…}}"));
            return;
        };
        let table = object.remove("table");
        let row = object.remove("row");
        let found = match &table {
            Some(Value::String(name)) => tables.iter().position(|(t, _)| t == name),
            _ => None,
        };
        match (found, row, object.keys().next()) {
            (Some(t), Some(row), None) => {
                if let Some(record) = record(input, line, row, tables[t].1, problems) {
                    out[t].push(record);
                }
            }
            (None, _, _) => {
                let names: Vec<&str> = tables.iter().map(|(t, _)| *t).collect();
                problems.push(Problem {
                    value: table.as_ref().map(Value::to_string),
                    ..input.problem(
                        line,
                        Some("table"),
                        format!("not a table (tables: {})", names.join(", ")),
                    )
                });
            }
            (_, _, Some(key)) => {
                problems.push(input.problem(line, Some(key), "unknown key (keys: table, row)"));
            }
            (_, None, _) => problems.push(input.problem(line, Some("row"), "missing")),
        }
    });
    out
}

/// Call `each` with the JSON value of each non-blank line; a line that is not JSON is a
/// problem.
fn lines(
    input: &Input<'_>,
    problems: &mut Problems,
    mut each: impl FnMut(u64, Value, &mut Problems),
) {
    for (n, l) in input.text.split('\n').enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        let line = n as u64 + 1;
        let l = if n == 0 {
            l.trim_start_matches('\u{feff}')
        } else {
            l
        };
        match serde_json::from_str::<Unique>(l) {
            Ok(Unique(v)) => each(line, v, problems),
            Err(e) => problems.push(input.problem(line, None, format!("invalid JSON: {e}"))),
        }
    }
}

/// An object as a record of `columns`; other values and unknown keys are problems.
fn record(
    input: &Input<'_>,
    line: u64,
    value: Value,
    columns: &[&str],
    problems: &mut Problems,
) -> Option<Record> {
    let Value::Object(object) = value else {
        problems.push(input.problem(line, None, "expected an object, `{\"column\": value, …}`"));
        return None;
    };
    Some(Record {
        line,
        cells: cells(input, line, object, columns, problems),
    })
}

fn cells(
    input: &Input<'_>,
    line: u64,
    object: Map<String, Value>,
    columns: &[&str],
    problems: &mut Problems,
) -> Vec<Option<Cell>> {
    let mut cells = vec![None; columns.len()];
    for (key, value) in object {
        let Some(i) = columns.iter().position(|c| *c == key) else {
            problems.push(Problem {
                value: Some(format!("{key:?}")),
                ..input.problem(
                    line,
                    None,
                    format!("unknown column (columns: {})", columns.join(", ")),
                )
            });
            continue;
        };
        cells[i] = Some(match value {
            Value::Null => Cell::Null,
            Value::String(s) => Cell::Text(s),
            Value::Number(n) => Cell::Number(n.to_string()),
            Value::Bool(b) => Cell::Bool(b),
            other => {
                problems.push(Problem {
                    value: Some(other.to_string()),
                    ..input.problem(line, Some(&key), "expected a string, a number or null")
                });
                continue;
            }
        });
    }
    cells
}
