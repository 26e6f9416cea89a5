//! The readers, tested on small inputs: csv quoting and NULLs, tsv escapes, the lines
//! JSON records start on, and problems in the file's structure.

use super::*;

fn read_one(format: Format, text: &str, columns: &[&str]) -> (Vec<Record>, Problems) {
    let mut problems = Problems::default();
    let input = Input { source: "t", text };
    let records = read(&input, format, columns, &mut problems);
    (records, problems)
}

fn text(s: &str) -> Option<Cell> {
    Some(Cell::Text(s.into()))
}

#[test]
fn csv_tells_empty_text_from_null_and_keeps_quoted_newlines() {
    let (records, problems) = read_one(
        Format::Csv,
        "b,a\r\n\"x\"\"y,\nz\",\n\"\",1\n\n3,\"\\.\"\n",
        &["a", "b", "c"],
    );
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(records.len(), 3);
    assert_eq!(records[0].line, 2);
    assert_eq!(records[0].cells, [Some(Cell::Null), text("x\"y,\nz"), None]);
    assert_eq!(records[1].line, 4);
    assert_eq!(records[1].cells, [text("1"), text(""), None]);
    assert_eq!(records[2].line, 6);
    assert_eq!(records[2].cells, [text("\\."), text("3"), None]);
}

#[test]
fn tsv_unescapes_and_reads_empty_as_null() {
    let (records, problems) = read_one(Format::Tsv, "a\tb\nx\\ty\\\\\t\n", &["a", "b"]);
    assert!(problems.is_empty());
    assert_eq!(records[0].cells, [text("x\ty\\"), Some(Cell::Null)]);
}

#[test]
fn json_records_carry_the_line_they_start_on() {
    let (records, problems) = read_one(
        Format::Json,
        "[\n  {\"a\":1},\n  {\"a\":null,\n   \"b\":\"x\"},{\"b\":true}\n]\n",
        &["a", "b"],
    );
    assert!(problems.is_empty(), "{problems:?}");
    let lines: Vec<u64> = records.iter().map(|r| r.line).collect();
    assert_eq!(lines, [2, 3, 4]);
    assert_eq!(records[0].cells, [Some(Cell::Number("1".into())), None]);
    assert_eq!(records[1].cells, [Some(Cell::Null), text("x")]);
    assert_eq!(records[2].cells, [None, Some(Cell::Bool(true))]);
    let (_, problems) = read_one(Format::Json, "[{\"a\":1} {\"a\":2}]", &["a"]);
    assert_eq!(problems.shown[0].message, "expected , or ] after an object");
    let (records, problems) = read_one(Format::Json, " [ ] ", &["a"]);
    assert!(records.is_empty() && problems.is_empty());
}

#[test]
fn structural_problems_name_their_line() {
    let (_, problems) = read_one(Format::Csv, "a\n\"x\ny\n", &["a"]);
    assert_eq!(problems.shown[0].line, 2);
    let (_, problems) = read_one(Format::Csv, "a,a,zz\n", &["a"]);
    assert_eq!(problems.total, 2);
    let (_, problems) = read_one(Format::Jsonl, "{\"a\":1}\n[1]\n", &["a"]);
    assert_eq!(problems.shown[0].line, 2);
    let mut p = Problems::default();
    for _ in 0..25 {
        p.push(problems.shown[0].clone());
    }
    assert_eq!((p.shown.len(), p.total), (Problems::SHOWN, 25));
}
