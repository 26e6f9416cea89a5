//! Rendering typed rows as table, json, csv or tsv. Rows arrive one at a time through
//! [`RowSink`], so csv, tsv and json stream with constant memory; only the table, which
//! must measure its columns, holds the rows it is given.

use std::io::Write;

use anyhow::Result;
use comfy_table::{CellAlignment, ContentArrangement, Table, presets};

use crate::rows::{Rows, Value};

/// Receives a result: its column names once, then each row.
pub trait RowSink {
    fn begin(&mut self, columns: &[String]) -> Result<()>;
    fn row(&mut self, row: &[Value]) -> Result<()>;
    /// Called once after the last row.
    fn end(&mut self) -> Result<()>;
}

/// Where a read's result goes.
pub enum Out<'a> {
    /// Collected as typed rows.
    Rows(&'a mut Rows),
    /// Rendered in `style` to `out`, completely.
    Print {
        style: Style,
        out: &'a mut dyn Write,
        /// `out` buffers this process's stdout: large kept output may go straight to it
        /// (after `out` is flushed), copied by the kernel.
        stdout: bool,
    },
}

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Csv,
    Tsv,
    /// Prometheus's text format: `cache stats` only (rows print as csv).
    Prometheus,
}

/// How to render: format and whether to print a header.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub format: Format,
    pub header: bool,
}

impl Style {
    /// A short name for this style, naming its cached rendering.
    pub fn tag(&self) -> &'static str {
        match (self.format, self.header) {
            (Format::Table, true) => "table",
            (Format::Table, false) => "table-noheader",
            (Format::Json, _) => "json",
            (Format::Csv, true) => "csv",
            (Format::Csv, false) => "csv-noheader",
            (Format::Tsv, true) => "tsv",
            (Format::Tsv, false) => "tsv-noheader",
            (Format::Prometheus, _) => "prometheus",
        }
    }
}

/// A sink writing `style` to `out`.
pub fn sink<'w>(style: Style, out: &'w mut dyn Write) -> Box<dyn RowSink + 'w> {
    match style.format {
        Format::Table => Box::new(TableSink {
            out,
            header: style.header,
            table: None,
            numeric: Vec::new(),
        }),
        Format::Json => Box::new(JsonSink {
            out,
            columns: Vec::new(),
            rows: 0,
        }),
        Format::Csv | Format::Prometheus => Box::new(CsvSink::new(out, style.header)),
        Format::Tsv => Box::new(TsvSink {
            out,
            header: style.header,
            line: Vec::new(),
        }),
    }
}

/// Render a whole result.
pub fn render(style: Style, rows: &Rows, out: &mut dyn Write) -> Result<()> {
    let mut s = sink(style, out);
    s.begin(&rows.columns)?;
    for r in &rows.rows {
        s.row(r)?;
    }
    s.end()
}

/// Collects a streamed result into [`Rows`].
#[derive(Default)]
pub struct Collector {
    pub rows: Rows,
}

impl RowSink for Collector {
    fn begin(&mut self, columns: &[String]) -> Result<()> {
        self.rows.columns = columns.to_vec();
        Ok(())
    }
    fn row(&mut self, row: &[Value]) -> Result<()> {
        self.rows.rows.push(row.to_vec());
        Ok(())
    }
    fn end(&mut self) -> Result<()> {
        Ok(())
    }
}

/// Passes rows to two sinks (say, the printer and the cache's encoder).
pub struct Tee<'a>(pub &'a mut dyn RowSink, pub &'a mut dyn RowSink);

impl RowSink for Tee<'_> {
    fn begin(&mut self, columns: &[String]) -> Result<()> {
        self.1.begin(columns)?;
        self.0.begin(columns)
    }

    fn row(&mut self, row: &[Value]) -> Result<()> {
        self.1.row(row)?;
        self.0.row(row)
    }

    fn end(&mut self) -> Result<()> {
        self.1.end()?;
        self.0.end()
    }
}

/// Writes through to `out` while keeping a copy of everything written, until the copy
/// outgrows `limit` bytes (then it keeps none).
pub struct Capture<'a> {
    out: &'a mut dyn Write,
    copy: Option<Vec<u8>>,
    limit: u64,
}

impl<'a> Capture<'a> {
    pub fn new(out: &'a mut dyn Write, limit: u64) -> Self {
        Self {
            out,
            copy: Some(Vec::new()),
            limit,
        }
    }

    /// The copy, unless it outgrew the limit.
    pub fn into_copy(self) -> Option<Vec<u8>> {
        self.copy
    }
}

impl Write for Capture<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        if let Some(copy) = self.copy.as_mut() {
            if (copy.len() + n) as u64 > self.limit {
                self.copy = None;
            } else {
                copy.extend_from_slice(&buf[..n]);
            }
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// A value as plain text, as the backend's own client prints it: NULL is empty, numbers
/// read from the database are their database text, bytes are `\x` hex (as psql shows
/// bytea), booleans `true`/`false`.
pub fn plain(v: &Value) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    match v {
        Value::Null => Cow::Borrowed(""),
        Value::Bool(b) => Cow::Borrowed(if *b { "true" } else { "false" }),
        Value::Int(i) => Cow::Owned(i.to_string()),
        Value::Real(f) => match non_finite(*f) {
            Some(name) => Cow::Borrowed(name),
            None => Cow::Owned(f.to_string()),
        },
        Value::Decimal(s) | Value::Text(s) => Cow::Borrowed(s),
        Value::Bytes(b) => Cow::Owned(hex(b)),
        Value::Date(d) => Cow::Owned(d.format("%Y-%m-%d").to_string()),
    }
}

/// Append a value's plain text (as [`plain`]) without allocating for numbers.
pub fn plain_into(v: &Value, out: &mut Vec<u8>) {
    match v {
        Value::Int(i) => out.extend_from_slice(itoa::Buffer::new().format(*i).as_bytes()),
        Value::Decimal(s) | Value::Text(s) => out.extend_from_slice(s.as_bytes()),
        Value::Null => {}
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Real(_) | Value::Bytes(_) | Value::Date(_) => {
            out.extend_from_slice(plain(v).as_bytes())
        }
    }
}

/// `NaN`, `Infinity`, `-Infinity`: how petdb names a float that is not a finite number,
/// in every format (PostgreSQL's spelling; JSON has no such numbers).
fn non_finite(f: f64) -> Option<&'static str> {
    if f.is_nan() {
        Some("NaN")
    } else if f.is_infinite() {
        Some(if f > 0.0 { "Infinity" } else { "-Infinity" })
    } else {
        None
    }
}

fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(2 + bytes.len() * 2);
    s.push_str("\\x");
    for b in bytes {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

// ---------------------------------------------------------------------------------------

struct TableSink<'w> {
    out: &'w mut dyn Write,
    header: bool,
    table: Option<Table>,
    /// Per column: `Some(true)` while every non-NULL value is a number (right-aligned).
    numeric: Vec<Option<bool>>,
}

impl RowSink for TableSink<'_> {
    fn begin(&mut self, columns: &[String]) -> Result<()> {
        let mut table = Table::new();
        table
            .load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Disabled);
        if self.header {
            table.set_header(columns);
        }
        self.numeric = vec![None; columns.len()];
        self.table = Some(table);
        Ok(())
    }

    fn row(&mut self, row: &[Value]) -> Result<()> {
        for (numeric, v) in self.numeric.iter_mut().zip(row) {
            match v {
                Value::Null => {}
                Value::Int(_) | Value::Real(_) | Value::Decimal(_) => {
                    *numeric = numeric.or(Some(true));
                }
                _ => *numeric = Some(false),
            }
        }
        if let Some(t) = self.table.as_mut() {
            t.add_row(row.iter().map(|v| plain(v).into_owned()));
        }
        Ok(())
    }

    fn end(&mut self) -> Result<()> {
        let Some(mut table) = self.table.take() else {
            return Ok(());
        };
        if table.column_count() == 0 {
            return Ok(());
        }
        for (i, numeric) in self.numeric.iter().enumerate() {
            if *numeric == Some(true)
                && let Some(c) = table.column_mut(i)
            {
                c.set_cell_alignment(CellAlignment::Right);
            }
        }
        writeln!(self.out, "{table}")?;
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------

struct JsonSink<'w> {
    out: &'w mut dyn Write,
    /// Column names, already JSON-encoded with their `:`.
    columns: Vec<String>,
    rows: u64,
}

impl RowSink for JsonSink<'_> {
    fn begin(&mut self, columns: &[String]) -> Result<()> {
        self.columns = columns
            .iter()
            .map(|c| {
                format!(
                    "{}:",
                    serde_json::to_string(c).expect("a string always serializes")
                )
            })
            .collect();
        Ok(())
    }

    fn row(&mut self, row: &[Value]) -> Result<()> {
        self.out
            .write_all(if self.rows == 0 { b"[\n  {" } else { b",\n  {" })?;
        for (i, (key, v)) in self.columns.iter().zip(row).enumerate() {
            if i > 0 {
                self.out.write_all(b",")?;
            }
            self.out.write_all(key.as_bytes())?;
            write_json_value(&mut self.out, v)?;
        }
        self.out.write_all(b"}")?;
        self.rows += 1;
        Ok(())
    }

    fn end(&mut self) -> Result<()> {
        self.out
            .write_all(if self.rows == 0 { b"[]\n" } else { b"\n]\n" })?;
        Ok(())
    }
}

/// One value as JSON: numbers stay numbers, with exactly the digits the database printed;
/// NULL is null; a float that is not a finite number is the string `"NaN"`, `"Infinity"`
/// or `"-Infinity"`.
pub(crate) fn write_json_value(out: &mut dyn Write, v: &Value) -> Result<()> {
    match v {
        Value::Null => out.write_all(b"null")?,
        Value::Bool(b) => out.write_all(if *b { b"true" } else { b"false" })?,
        Value::Int(i) => out.write_all(itoa::Buffer::new().format(*i).as_bytes())?,
        Value::Real(f) => match (non_finite(*f), serde_json::Number::from_f64(*f)) {
            (None, Some(n)) => write!(out, "{n}")?,
            (name, _) => write_json_string(out, name.unwrap_or("NaN"))?,
        },
        Value::Decimal(s) if is_json_number(s) => out.write_all(s.as_bytes())?,
        Value::Decimal(s) => write_json_string(
            out,
            match s.as_str() {
                "Inf" | "+Inf" => "Infinity",
                "-Inf" => "-Infinity",
                other => other,
            },
        )?,
        Value::Text(s) => write_json_string(out, s)?,
        Value::Bytes(_) | Value::Date(_) => write_json_string(out, &plain(v))?,
    }
    Ok(())
}

fn write_json_string(out: &mut dyn Write, s: &str) -> Result<()> {
    serde_json::to_writer(&mut *out, s).map_err(std::io::Error::from)?;
    Ok(())
}

/// Is `s` a number as JSON spells one: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`?
fn is_json_number(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    match b.get(i) {
        Some(b'0') => i += 1,
        Some(b'1'..=b'9') => {
            digits(&mut i);
        }
        _ => return false,
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

// ---------------------------------------------------------------------------------------

/// RFC 4180 csv, one write per row: a field is quoted when it holds a comma, a quote, a
/// newline or a CR (quotes doubled), and also when it is an empty string, so that NULL
/// (an empty field) and '' (`""`) differ, as in `sqlite3 -csv` and PostgreSQL's COPY.
struct CsvSink<'w> {
    out: &'w mut dyn Write,
    header: bool,
    /// The row being written.
    line: Vec<u8>,
    /// Reused for values that are not already text.
    scratch: Vec<u8>,
}

impl<'w> CsvSink<'w> {
    fn new(out: &'w mut dyn Write, header: bool) -> Self {
        Self {
            out,
            header,
            line: Vec::new(),
            scratch: Vec::new(),
        }
    }

    fn push_field(line: &mut Vec<u8>, text: &[u8], empty_string: bool) {
        // `\.` alone on a line ends COPY data: psql quotes it, so does petdb.
        let quote = (text.is_empty() && empty_string)
            || text == b"\\."
            || text
                .iter()
                .any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'));
        if !quote {
            line.extend_from_slice(text);
            return;
        }
        line.push(b'"');
        for &b in text {
            if b == b'"' {
                line.push(b'"');
            }
            line.push(b);
        }
        line.push(b'"');
    }
}

impl RowSink for CsvSink<'_> {
    fn begin(&mut self, columns: &[String]) -> Result<()> {
        if self.header {
            self.line.clear();
            for (i, c) in columns.iter().enumerate() {
                if i > 0 {
                    self.line.push(b',');
                }
                Self::push_field(&mut self.line, c.as_bytes(), true);
            }
            self.line.push(b'\n');
            self.out.write_all(&self.line)?;
        }
        Ok(())
    }

    fn row(&mut self, row: &[Value]) -> Result<()> {
        self.line.clear();
        for (i, v) in row.iter().enumerate() {
            if i > 0 {
                self.line.push(b',');
            }
            match v {
                Value::Text(s) => Self::push_field(&mut self.line, s.as_bytes(), true),
                Value::Decimal(s) => Self::push_field(&mut self.line, s.as_bytes(), false),
                _ => {
                    self.scratch.clear();
                    plain_into(v, &mut self.scratch);
                    Self::push_field(&mut self.line, &self.scratch, false);
                }
            }
        }
        self.line.push(b'\n');
        self.out.write_all(&self.line)?;
        Ok(())
    }

    fn end(&mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

/// Tab-separated, one line per row: tab, newline, CR and backslash inside a value are
/// written `\t`, `\n`, `\r`, `\\` (PostgreSQL's text format), so nothing needs quoting.
struct TsvSink<'w> {
    out: &'w mut dyn Write,
    header: bool,
    /// The row being written (one write per row).
    line: Vec<u8>,
}

impl TsvSink<'_> {
    fn push_escaped(line: &mut Vec<u8>, text: &[u8]) {
        if !text
            .iter()
            .any(|b| matches!(b, b'\t' | b'\n' | b'\r' | b'\\'))
        {
            line.extend_from_slice(text);
            return;
        }
        for &b in text {
            match b {
                b'\t' => line.extend_from_slice(b"\\t"),
                b'\n' => line.extend_from_slice(b"\\n"),
                b'\r' => line.extend_from_slice(b"\\r"),
                b'\\' => line.extend_from_slice(b"\\\\"),
                _ => line.push(b),
            }
        }
    }
}

impl RowSink for TsvSink<'_> {
    fn begin(&mut self, columns: &[String]) -> Result<()> {
        if self.header {
            self.line.clear();
            for (i, c) in columns.iter().enumerate() {
                if i > 0 {
                    self.line.push(b'\t');
                }
                Self::push_escaped(&mut self.line, c.as_bytes());
            }
            self.line.push(b'\n');
            self.out.write_all(&self.line)?;
        }
        Ok(())
    }

    fn row(&mut self, row: &[Value]) -> Result<()> {
        self.line.clear();
        for (i, v) in row.iter().enumerate() {
            if i > 0 {
                self.line.push(b'\t');
            }
            match v {
                Value::Text(s) | Value::Decimal(s) => {
                    Self::push_escaped(&mut self.line, s.as_bytes())
                }
                _ => plain_into(v, &mut self.line),
            }
        }
        self.line.push(b'\n');
        self.out.write_all(&self.line)?;
        Ok(())
    }

    fn end(&mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Rows {
        Rows {
            columns: vec!["id".into(), "name".into(), "cost".into(), "note".into()],
            rows: vec![
                vec![
                    Value::Int(1),
                    Value::Text("Rex".into()),
                    Value::Real(1.5),
                    Value::Null,
                ],
                vec![
                    Value::Int(2),
                    Value::Text("a,\"b\"\tc\nd".into()),
                    Value::Decimal("10.25".into()),
                    Value::Bool(true),
                ],
            ],
        }
    }

    fn run(format: Format, header: bool, rows: &Rows) -> String {
        let mut out = Vec::new();
        render(Style { format, header }, rows, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn json_keeps_types() {
        let s = run(Format::Json, true, &sample());
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v[0]["id"], 1);
        assert_eq!(v[0]["cost"], 1.5);
        assert!(v[0]["note"].is_null());
        assert_eq!(v[1]["cost"], 10.25);
        assert_eq!(v[1]["note"], true);
        assert_eq!(v[1]["name"], "a,\"b\"\tc\nd");
        assert_eq!(run(Format::Json, true, &Rows::default()), "[]\n");
    }

    #[test]
    fn csv_quotes_and_tsv_escapes() {
        let csv = run(Format::Csv, true, &sample());
        assert_eq!(
            csv,
            "id,name,cost,note\n1,Rex,1.5,\n2,\"a,\"\"b\"\"\tc\nd\",10.25,true\n"
        );
        let tsv = run(Format::Tsv, false, &sample());
        assert_eq!(tsv, "1\tRex\t1.5\t\n2\ta,\"b\"\\tc\\nd\t10.25\ttrue\n");
    }

    #[test]
    fn numbers_keep_their_database_text() {
        let rows = Rows {
            columns: vec!["n".into()],
            rows: [
                "12.50",
                "123456789012345678901234567890",
                "1e+20",
                "1.0e-07",
                "-0",
                "NaN",
                "Infinity",
                "-Inf",
            ]
            .iter()
            .map(|s| vec![Value::Decimal((*s).into())])
            .chain([
                vec![Value::Real(f64::NAN)],
                vec![Value::Real(f64::NEG_INFINITY)],
                vec![Value::Real(0.5)],
            ])
            .collect(),
        };
        assert_eq!(
            run(Format::Json, true, &rows),
            "[\n  {\"n\":12.50},\n  {\"n\":123456789012345678901234567890},\n  {\"n\":1e+20},\
             \n  {\"n\":1.0e-07},\n  {\"n\":-0},\n  {\"n\":\"NaN\"},\n  {\"n\":\"Infinity\"},\
             \n  {\"n\":\"-Infinity\"},\n  {\"n\":\"NaN\"},\n  {\"n\":\"-Infinity\"},\n  {\"n\":0.5}\n]\n"
        );
        assert_eq!(
            run(Format::Csv, false, &rows),
            "12.50\n123456789012345678901234567890\n1e+20\n1.0e-07\n-0\nNaN\nInfinity\n-Inf\nNaN\n-Infinity\n0.5\n"
        );
    }

    #[test]
    fn json_numbers_are_recognised() {
        for ok in ["0", "-0", "12.50", "1e+20", "1.0e-07", "1E5", "-0.000012"] {
            assert!(is_json_number(ok), "{ok}");
        }
        for bad in [
            "", "-", "NaN", "Inf", "01", "1.", ".5", "1e", "+1", "1e+", "0x1", "1.5 ",
        ] {
            assert!(!is_json_number(bad), "{bad}");
        }
    }

    #[test]
    fn csv_tells_an_empty_string_from_null() {
        let rows = Rows {
            columns: vec!["a".into(), "b".into()],
            rows: vec![
                vec![Value::Text(String::new()), Value::Null],
                vec![Value::Text("\\.".into()), Value::Bytes(vec![0, 255])],
            ],
        };
        assert_eq!(
            run(Format::Csv, true, &rows),
            "a,b\n\"\",\n\"\\.\",\\x00ff\n"
        );
        let one = Rows {
            columns: vec!["a".into()],
            rows: vec![vec![Value::Null], vec![Value::Text(String::new())]],
        };
        assert_eq!(run(Format::Csv, false, &one), "\n\"\"\n");
    }

    #[test]
    fn table_has_a_header_unless_asked() {
        let with = run(Format::Table, true, &sample());
        assert!(with.contains("name") && with.contains("Rex"));
        let without = run(Format::Table, false, &sample());
        assert!(!without.contains("name") && without.contains("Rex"));
    }
}
