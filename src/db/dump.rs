//! `db dump`: every table in dependency order (species, owners, pets, procedures), read in
//! one snapshot through exactly the statements of `list` — so each table's rows are what
//! `list --format csv` prints — as JSON lines or one csv file per table.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use super::connection::{AnyConnection, read_snapshot};
use super::queries::{self, Page};
use super::read::{self, ReadQuery};
use super::schema::Table;
use super::target::Backend;
use crate::output::{Format, RowSink, Style};
use crate::rows::Value;

/// `list` of `table`, every row by id: its columns are what `import` reads.
pub fn list(backend: Backend, table: Table) -> ReadQuery {
    let page = Page::default();
    match table {
        Table::Species => queries::species::list(backend, None, &page),
        Table::Owners => queries::owners::read(
            backend,
            &queries::owners::Selection::List {
                name: None,
                sort: queries::owners::Sort::Id,
                page,
            },
        ),
        Table::Pets => queries::pets::read(
            backend,
            &queries::pets::Selection::List {
                owner: None,
                species: None,
                name: None,
                sort: queries::pets::Sort::Id,
                page,
            },
        ),
        Table::Procedures => queries::procedures::list(
            backend,
            &queries::procedures::Filter::default(),
            queries::procedures::Sort::Id,
            &page,
        ),
    }
}

/// The columns `list` of `table` prints.
pub fn columns(table: Table) -> &'static [&'static str] {
    match table {
        Table::Species => &queries::species::COLUMNS,
        Table::Owners => &queries::owners::COLUMNS,
        Table::Pets => &queries::pets::COLUMNS,
        Table::Procedures => &queries::procedures::COLUMNS,
    }
}

/// The csv file of `table` in a dump directory.
pub fn file_name(table: Table) -> String {
    format!("{table}.csv")
}

/// Every table as JSON lines, `{"table":"pets","row":{…}}`, to `out`; rows per table.
pub fn to_json_lines(conn: &mut AnyConnection, out: &mut dyn Write) -> Result<[u64; 4]> {
    let backend = conn.backend();
    read_snapshot(conn, |conn| {
        let mut counts = [0; 4];
        for (i, table) in Table::ALL.into_iter().enumerate() {
            let mut sink = JsonLines {
                out: &mut *out,
                prefix: format!("{{\"table\":\"{table}\",\"row\":{{"),
                columns: Vec::new(),
                rows: 0,
            };
            read::stream(conn, &list(backend, table), &mut sink)?;
            counts[i] = sink.rows;
        }
        out.flush()?;
        Ok(counts)
    })
}

/// Every table as `DIR/<table>.csv`; rows per table. The directory is created if
/// missing; an existing file of those names is not overwritten, and on failure the
/// files written so far are removed.
pub fn to_dir(conn: &mut AnyConnection, dir: &Path) -> Result<[u64; 4]> {
    let backend = conn.backend();
    for table in Table::ALL {
        let path = dir.join(file_name(table));
        if path.exists() {
            anyhow::bail!(
                "{} exists already: dump into an empty or new directory",
                path.display()
            );
        }
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut created = Vec::new();
    let result = read_snapshot(conn, |conn| {
        let mut counts = [0; 4];
        for (i, table) in Table::ALL.into_iter().enumerate() {
            let path = dir.join(file_name(table));
            let file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
                .with_context(|| format!("cannot create {}", path.display()))?;
            created.push(path.clone());
            let mut file = std::io::BufWriter::new(file);
            let mut counter = Counting {
                inner: crate::output::sink(
                    Style {
                        format: Format::Csv,
                        header: true,
                    },
                    &mut file,
                ),
                rows: 0,
            };
            read::stream(conn, &list(backend, table), &mut counter)?;
            counter.end()?;
            counts[i] = counter.rows;
            drop(counter);
            file.flush()
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        Ok(counts)
    });
    if result.is_err() {
        // No half dump is left behind.
        for path in created {
            let _ = std::fs::remove_file(path);
        }
    }
    result
}

/// Counts the rows passed on to a sink.
struct Counting<'w> {
    inner: Box<dyn RowSink + 'w>,
    rows: u64,
}

impl RowSink for Counting<'_> {
    fn begin(&mut self, columns: &[String]) -> Result<()> {
        self.inner.begin(columns)
    }
    fn row(&mut self, row: &[Value]) -> Result<()> {
        self.rows += 1;
        self.inner.row(row)
    }
    fn end(&mut self) -> Result<()> {
        self.inner.end()
    }
}

/// One JSON line per row, the row as `list --format json` writes it.
struct JsonLines<'w> {
    out: &'w mut dyn Write,
    /// `{"table":"pets","row":{`
    prefix: String,
    /// Column names, JSON-encoded with their `:`.
    columns: Vec<String>,
    rows: u64,
}

impl RowSink for JsonLines<'_> {
    fn begin(&mut self, columns: &[String]) -> Result<()> {
        self.columns = columns
            .iter()
            .map(|c| format!("{}:", serde_json::Value::from(c.as_str())))
            .collect();
        Ok(())
    }

    fn row(&mut self, row: &[Value]) -> Result<()> {
        let mut line = Vec::with_capacity(128);
        line.extend_from_slice(self.prefix.as_bytes());
        for (i, (key, v)) in self.columns.iter().zip(row).enumerate() {
            if i > 0 {
                line.push(b',');
            }
            line.extend_from_slice(key.as_bytes());
            crate::output::write_json_value(&mut line, v)?;
        }
        line.extend_from_slice(b"}}\n");
        self.out.write_all(&line)?;
        self.rows += 1;
        Ok(())
    }

    fn end(&mut self) -> Result<()> {
        Ok(())
    }
}
