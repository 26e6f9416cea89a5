//! `petdb <owners|pets|species|procedures> import FILE` and `petdb db load`: read the
//! input, check every row (against the database too), and write them all in one
//! transaction — or report up to 20 problems, each with its line, column and value, and
//! write nothing.

use std::io::{IsTerminal, Read};
use std::path::Path;

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};

use crate::UsageError;
use crate::cli::{ImportArgs, LoadArgs};
use crate::context::Ctx;
use crate::db::dump;
use crate::db::import::{self, AllCounts, Batch, Counts, OnConflict, check, index, write};
use crate::db::queries::Written;
use crate::db::schema::{Table, Tables};
use crate::db::seed;
use crate::input::{self, Format, Input, Problems};

/// `<table> import FILE`.
pub fn import(ctx: &mut Ctx, table: Table, args: ImportArgs) -> Result<()> {
    let stdin = args.file.as_os_str() == "-";
    let format = match args.input_format {
        Some(f) => f.into(),
        None if stdin => Format::Csv,
        None => Format::from_path(&args.file).ok_or_else(|| {
            UsageError(format!(
                "cannot tell the format of '{}' from its extension: pass --input-format csv, tsv, json or jsonl",
                args.file.display()
            ))
        })?,
    };
    let (source, text) = read_input(&args.file)?;
    let mut problems = Problems::default();
    let input = Input {
        source: &source,
        text: &text,
    };
    let records = input::read(&input, format, dump::columns(table), &mut problems);
    drop(text); // the records own their values
    let mut batch = Batch::default();
    batch.add(table, &source, 0, records, &mut problems);
    let plan = Plan {
        on_conflict: args.on_conflict.into(),
        dry_run: args.write.dry_run,
        require_empty: false,
    };
    let counts = apply(ctx, batch, problems, plan)?;
    report(ctx, &counts, &[table], args.write.dry_run, "imported")
}

/// `db load [DIR|FILE|-]`.
pub fn load(ctx: &mut Ctx, args: LoadArgs) -> Result<()> {
    let mut problems = Problems::default();
    let mut batch = Batch::default();
    if args.source.is_dir() {
        let mut found = false;
        for (file, table) in Table::ALL.into_iter().enumerate() {
            let path = args.source.join(dump::file_name(table));
            if !path.exists() {
                continue;
            }
            found = true;
            let (source, text) = read_input(&path)?;
            let input = Input {
                source: &source,
                text: &text,
            };
            let records = input::read(&input, Format::Csv, dump::columns(table), &mut problems);
            batch.add(table, &source, file, records, &mut problems);
        }
        if !found {
            anyhow::bail!(
                "{} holds none of species.csv, owners.csv, pets.csv, procedures.csv",
                args.source.display()
            );
        }
    } else {
        let (source, text) = read_input(&args.source)?;
        let input = Input {
            source: &source,
            text: &text,
        };
        let tables: Vec<(&str, &[&str])> = Table::ALL
            .iter()
            .map(|t| (t.name(), dump::columns(*t)))
            .collect();
        let records = input::read_dump(&input, &tables, &mut problems);
        drop(text); // the records own their values
        for (table, records) in Table::ALL.into_iter().zip(records) {
            batch.add(table, &source, 0, records, &mut problems);
        }
    }
    let plan = Plan {
        on_conflict: args.on_conflict.map_or(OnConflict::Error, Into::into),
        dry_run: args.write.dry_run,
        require_empty: args.on_conflict.is_none(),
    };
    let counts = apply(ctx, batch, problems, plan)?;
    report(ctx, &counts, &Table::ALL, args.write.dry_run, "loaded")
}

/// The text of `path` (`-`: stdin) and the name messages give it. Read a block at a time,
/// stopping at the first NUL byte: no text petdb imports has one (JSON escapes it, and a
/// NUL in csv or tsv text is refused anyway), so a binary file — or `/dev/zero`, which
/// never ends — is refused there rather than read into memory whole.
fn read_input(path: &Path) -> Result<(String, String)> {
    let (source, mut reader): (String, Box<dyn Read>) = if path.as_os_str() == "-" {
        ("stdin".to_owned(), Box::new(std::io::stdin().lock()))
    } else {
        let file =
            std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
        (path.display().to_string(), Box::new(file))
    };
    let line_at =
        |bytes: &[u8], end: usize| 1 + bytes[..end].iter().filter(|b| **b == b'\n').count();
    let mut bytes = Vec::new();
    let mut block = vec![0u8; 256 * 1024];
    loop {
        let n = match reader.read(&mut block) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e).with_context(|| format!("cannot read {source}")),
        };
        let start = bytes.len();
        bytes.extend_from_slice(&block[..n]);
        if let Some(at) = block[..n].iter().position(|b| *b == 0) {
            let line = line_at(&bytes, start + at);
            anyhow::bail!(
                "{source} line {line}: a NUL byte: not a text file (csv, tsv, json or jsonl)"
            );
        }
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let line = line_at(e.as_bytes(), e.utf8_error().valid_up_to());
        anyhow::anyhow!("{source} line {line}: not UTF-8 text")
    })?;
    Ok((source, text))
}

/// How to write a batch.
#[derive(Clone, Copy)]
struct Plan {
    on_conflict: OnConflict,
    dry_run: bool,
    /// Refuse a database that has data (`db load` without `--on-conflict`).
    require_empty: bool,
}

/// Check `batch` and write it in one transaction (or, under `--dry-run`, only check it).
fn apply(ctx: &mut Ctx, mut batch: Batch, mut problems: Problems, plan: Plan) -> Result<AllCounts> {
    let tables: Tables = Table::ALL
        .into_iter()
        .filter(|t| match t {
            Table::Species => !batch.species.is_empty(),
            Table::Owners => !batch.owners.is_empty(),
            Table::Pets => !batch.pets.is_empty(),
            Table::Procedures => !batch.procedures.is_empty(),
        })
        .collect();
    let checked = |conn: &mut _, batch: &mut Batch, problems: &mut Problems| -> Result<()> {
        if plan.require_empty
            && let Some(table) = seed::first_non_empty(conn)?
        {
            anyhow::bail!(
                "the database has data already (table {table} is not empty): pass --on-conflict error, skip or update to say what a row whose id exists does"
            );
        }
        check::check(conn, batch, plan.on_conflict, problems)?;
        if problems.is_empty() {
            Ok(())
        } else {
            Err(refuse(problems))
        }
    };
    // With problems in the input already, the rows that were read are still checked
    // (nothing is written), so that every kind of problem shows at once.
    if plan.dry_run || !problems.is_empty() {
        checked(ctx.conn()?, &mut batch, &mut problems)?;
        return Ok(counts(&batch));
    }
    let bar = progress(ctx, &batch);
    let counts = ctx.write(|conn| {
        write::lock(conn, tables)?;
        checked(conn, &mut batch, &mut problems)?;
        let counts = write::write(conn, &batch, &bar)?;
        let touched: Tables = Table::ALL
            .into_iter()
            .filter(|t| counts[index(*t)].written())
            .collect();
        Ok(Written::new(counts, touched))
    });
    bar.finish_and_clear();
    counts
}

/// Print the problems; the error that ends the command.
fn refuse(problems: &Problems) -> anyhow::Error {
    for p in &problems.shown {
        crate::ui::error(p);
    }
    let more = problems.total - problems.shown.len();
    let shown = if more > 0 {
        format!(
            " (the first {} above, {more} more not shown)",
            problems.shown.len()
        )
    } else {
        String::new()
    };
    let plural = if problems.total == 1 { "" } else { "s" };
    anyhow::anyhow!(
        "nothing written: {} problem{plural} in the input{shown}",
        problems.total
    )
}

fn counts(batch: &Batch) -> AllCounts {
    [
        Counts::of(batch.species.iter().map(|r| r.action)),
        Counts::of(batch.owners.iter().map(|r| r.action)),
        Counts::of(batch.pets.iter().map(|r| r.action)),
        Counts::of(batch.procedures.iter().map(|r| r.action)),
    ]
}

/// A bar over the rows, on a terminal and without `-q`.
fn progress(ctx: &Ctx, batch: &Batch) -> ProgressBar {
    if ctx.settings.quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let total =
        batch.species.len() + batch.owners.len() + batch.pets.len() + batch.procedures.len();
    let bar = ProgressBar::new(total as u64);
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} importing [{bar:30}] {pos}/{len} rows {per_sec} eta {eta}",
        )
        .expect("valid template")
        .progress_chars("=> "),
    );
    bar
}

/// One line per table of `tables`: `imported 3 pets: 2 added, 1 updated, 0 skipped`.
fn report(
    ctx: &mut Ctx,
    counts: &AllCounts,
    tables: &[Table],
    dry_run: bool,
    done: &str,
) -> Result<()> {
    for table in tables {
        let c = counts[import::index(*table)];
        if dry_run {
            ctx.say(format_args!(
                "dry run: {} {table} valid: {} would be added, {} updated, {} skipped; nothing written",
                c.total(),
                c.added,
                c.updated,
                c.skipped
            ))?;
        } else {
            ctx.say(format_args!(
                "{done} {} {table}: {} added, {} updated, {} skipped",
                c.total(),
                c.added,
                c.updated,
                c.skipped
            ))?;
        }
    }
    Ok(())
}
