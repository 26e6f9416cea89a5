//! csv (RFC 4180, telling an empty quoted field, '', from an empty unquoted one, NULL, as
//! `list --format csv` writes them) and tsv (PostgreSQL's text escapes; an empty field is
//! NULL), read by hand: the `csv` crate does not say whether a field was quoted.

use super::{Cell, Input, Problems, Record, header_map};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Dialect {
    Csv,
    Tsv,
}

/// The records of `input`, its first line naming the columns.
pub(super) fn read(
    input: &Input<'_>,
    columns: &[&str],
    problems: &mut Problems,
    dialect: Dialect,
) -> Vec<Record> {
    let text = input.text.strip_prefix('\u{feff}').unwrap_or(input.text);
    let mut map: Option<Vec<Option<usize>>> = None;
    let mut records = Vec::with_capacity(text.bytes().filter(|b| *b == b'\n').count());
    let mut each = |line: u64, fields: &mut Vec<Cell>| {
        if fields.len() == 1 && fields[0] == Cell::Null {
            return; // a blank line
        }
        let Some(map) = &map else {
            map = Some(header_map(input, line, fields, columns, problems));
            return;
        };
        if fields.len() != map.len() {
            problems.push(input.problem(
                line,
                None,
                format!("{} fields where the header has {}", fields.len(), map.len()),
            ));
            return;
        }
        let mut cells = vec![None; columns.len()];
        for (cell, at) in fields.drain(..).zip(map) {
            if let Some(i) = at {
                cells[*i] = Some(cell);
            }
        }
        records.push(Record { line, cells });
    };
    let result = match dialect {
        Dialect::Csv => csv_records(text, &mut each),
        Dialect::Tsv => {
            tsv_records(text, &mut each);
            Ok(())
        }
    };
    if let Err((line, message)) = result {
        problems.push(input.problem(line, None, message));
    }
    if map.is_none() {
        problems.push(input.problem(1, None, "no header line naming the columns"));
    }
    records
}

/// Split csv text into records, calling `each(line, fields)` for each.
fn csv_records(text: &str, each: &mut dyn FnMut(u64, &mut Vec<Cell>)) -> Result<(), (u64, String)> {
    let b = text.as_bytes();
    let (mut i, mut line) = (0usize, 1u64);
    let mut fields = Vec::new();
    while i < b.len() {
        let start = line;
        fields.clear();
        loop {
            if b.get(i) == Some(&b'"') {
                i += 1;
                let mut value = String::new();
                let mut from = i;
                loop {
                    match b.get(i) {
                        None => return Err((start, "a quoted field is never closed".into())),
                        Some(b'"') if b.get(i + 1) == Some(&b'"') => {
                            value.push_str(&text[from..=i]);
                            i += 2;
                            from = i;
                        }
                        Some(b'"') => {
                            value.push_str(&text[from..i]);
                            i += 1;
                            break;
                        }
                        Some(c) => {
                            line += u64::from(*c == b'\n');
                            i += 1;
                        }
                    }
                }
                if !matches!(b.get(i), None | Some(b',' | b'\n' | b'\r')) {
                    return Err((line, "text after a closing quote".into()));
                }
                fields.push(Cell::Text(value));
            } else {
                let from = i;
                while !matches!(b.get(i), None | Some(b',' | b'\n' | b'\r')) {
                    i += 1;
                }
                let field = &text[from..i];
                if field.contains('"') {
                    return Err((line, format!("a quote inside an unquoted field: {field:?}")));
                }
                fields.push(if field.is_empty() {
                    Cell::Null
                } else {
                    Cell::Text(field.to_owned())
                });
            }
            if b.get(i) == Some(&b',') {
                i += 1;
                continue;
            }
            if b.get(i) == Some(&b'\r') {
                i += 1;
            }
            if b.get(i) == Some(&b'\n') {
                i += 1;
            }
            line += 1;
            break;
        }
        each(start, &mut fields);
    }
    Ok(())
}

/// Split tsv text into records: one a line, `\t` `\n` `\r` `\\` unescaped.
fn tsv_records(text: &str, each: &mut dyn FnMut(u64, &mut Vec<Cell>)) {
    for (n, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.is_empty() {
            continue;
        }
        let mut fields: Vec<Cell> = raw
            .split('\t')
            .map(|f| {
                if f.is_empty() {
                    Cell::Null
                } else {
                    Cell::Text(unescape(f))
                }
            })
            .collect();
        each(n as u64 + 1, &mut fields);
    }
}

fn unescape(field: &str) -> String {
    if !field.contains('\\') {
        return field.to_owned();
    }
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}
