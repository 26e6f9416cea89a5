//! Reading rows back in: csv, tsv, json and JSON lines as `list` and `db dump` write them,
//! into [`Record`]s of cells by column name, each with the line it starts on. What the
//! cells mean is for `db::import` to decide; here only the file's own structure is
//! checked (a bad header, an unterminated quote, invalid JSON), as [`Problem`]s.

mod csv;
mod json;

use std::path::Path;

/// An input format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Tsv,
    Json,
    Jsonl,
}

impl Format {
    /// The format a file name's extension names, if any.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(Format::Csv),
            "tsv" => Some(Format::Tsv),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            _ => None,
        }
    }
}

/// One value as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// csv: an empty unquoted field; tsv: an empty field; json: null.
    Null,
    Text(String),
    /// A JSON number, as written.
    Number(String),
    Bool(bool),
}

impl Cell {
    /// The value as the error message quotes it.
    pub fn shown(&self) -> String {
        match self {
            Cell::Null => "(empty)".into(),
            Cell::Text(s) => format!("{s:?}"),
            Cell::Number(n) => n.clone(),
            Cell::Bool(b) => b.to_string(),
        }
    }
}

/// One row of the file: its cells in the order of the table's columns (`None`: the
/// column is not there).
#[derive(Debug, Clone)]
pub struct Record {
    pub line: u64,
    pub cells: Vec<Option<Cell>>,
}

/// Something wrong with one place of the input.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// The file (`stdin` for `-`).
    pub source: String,
    pub line: u64,
    pub column: Option<String>,
    /// The value, as [`Cell::shown`] prints it.
    pub value: Option<String>,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} line {}", self.source, self.line)?;
        if let Some(column) = &self.column {
            write!(f, ", column {column}")?;
        }
        if let Some(value) = &self.value {
            write!(f, ", value {value}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// The problems found so far: the first [`Problems::SHOWN`] kept, all counted.
#[derive(Debug, Default)]
pub struct Problems {
    pub shown: Vec<Problem>,
    pub total: usize,
}

impl Problems {
    /// How many are reported at once.
    pub const SHOWN: usize = 20;

    pub fn push(&mut self, problem: Problem) {
        self.total += 1;
        if self.shown.len() < Self::SHOWN {
            self.shown.push(problem);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }
}

/// Where the records of one table come from: the file's label, for messages.
pub struct Input<'a> {
    pub source: &'a str,
    pub text: &'a str,
}

impl Input<'_> {
    fn problem(&self, line: u64, column: Option<&str>, message: impl Into<String>) -> Problem {
        Problem {
            source: self.source.to_owned(),
            line,
            column: column.map(str::to_owned),
            value: None,
            message: message.into(),
        }
    }
}

/// The records of one table's file in `format`, with cells for `columns`.
pub fn read(
    input: &Input<'_>,
    format: Format,
    columns: &[&str],
    problems: &mut Problems,
) -> Vec<Record> {
    match format {
        Format::Csv => csv::read(input, columns, problems, csv::Dialect::Csv),
        Format::Tsv => csv::read(input, columns, problems, csv::Dialect::Tsv),
        Format::Json => json::read_array(input, columns, problems),
        Format::Jsonl => json::read_lines(input, columns, problems),
    }
}

/// `db dump`'s JSON lines: each line `{"table": NAME, "row": {…}}`; the records of each
/// table of `tables` (name and columns), in `tables` order.
pub fn read_dump(
    input: &Input<'_>,
    tables: &[(&str, &[&str])],
    problems: &mut Problems,
) -> Vec<Vec<Record>> {
    json::read_dump(input, tables, problems)
}

/// The index of each header name in `columns`; unknown and repeated names are problems.
fn header_map(
    input: &Input<'_>,
    line: u64,
    names: &[Cell],
    columns: &[&str],
    problems: &mut Problems,
) -> Vec<Option<usize>> {
    let mut seen = vec![false; columns.len()];
    names
        .iter()
        .map(|name| {
            let text = match name {
                Cell::Text(t) => t.as_str(),
                _ => "",
            };
            match columns.iter().position(|c| *c == text) {
                Some(i) if seen[i] => {
                    problems.push(input.problem(line, Some(text), "column given twice"));
                    None
                }
                Some(i) => {
                    seen[i] = true;
                    Some(i)
                }
                None => {
                    problems.push(Problem {
                        value: Some(name.shown()),
                        ..input.problem(
                            line,
                            None,
                            format!("unknown column (columns: {})", columns.join(", ")),
                        )
                    });
                    None
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
