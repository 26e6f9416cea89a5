//! `petdb cache warm FILE`: run the read commands of a file, one a line, to fill the cache
//! (their output is discarded), and say what became of each line: filled, already fresh,
//! uncacheable (and why), or failed. A bad line — one that does not parse, is not a read,
//! or fails — is reported with its number and the other lines still run; then the exit
//! code is 1.

use std::io::{IsTerminal, Read, Write};

use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressStyle};

use super::nested::{self, Parsed};
use crate::UsageError;
use crate::cache::Outcome;
use crate::cli::WarmArgs;
use crate::context::Ctx;
use crate::output::Format;
use crate::rows::{Rows, Value};
use crate::settings::Settings;

/// What became of one line.
enum Warmed {
    /// At least one of its reads ran and was stored.
    Filled,
    /// Every read was answered from a valid entry.
    Fresh,
    /// A read was answered but not kept (why).
    Uncacheable(String),
    /// The line did not parse, is not a read, or failed (why).
    Failed(String),
}

impl Warmed {
    fn name(&self) -> &'static str {
        match self {
            Warmed::Filled => "filled",
            Warmed::Fresh => "fresh",
            Warmed::Uncacheable(_) => "uncacheable",
            Warmed::Failed(_) => "failed",
        }
    }

    fn detail(&self) -> Option<&str> {
        match self {
            Warmed::Uncacheable(why) | Warmed::Failed(why) => Some(why),
            _ => None,
        }
    }
}

pub fn run(outer: &mut Ctx, args: WarmArgs) -> Result<()> {
    if outer.settings.cache.bypass {
        return Err(UsageError("`cache warm` fills the cache: leave out --no-cache".into()).into());
    }
    let (name, text) = if args.file.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("cannot read the commands from stdin")?;
        ("stdin".to_owned(), text)
    } else {
        let text = std::fs::read_to_string(&args.file)
            .with_context(|| format!("cannot read {}", args.file.display()))?;
        (args.file.display().to_string(), text)
    };
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
        .collect();

    let bar = if std::io::stderr().is_terminal() && !outer.settings.quiet {
        let bar = ProgressBar::new(lines.len() as u64);
        bar.set_style(
            ProgressStyle::with_template("{spinner} warming [{bar:30}] {pos}/{len} {wide_msg}")
                .expect("valid template")
                .progress_chars("=> "),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let mut results = Vec::with_capacity(lines.len());
    for (number, line) in &lines {
        bar.set_message(line.to_string());
        let warmed = bar.suspend(|| warm(&outer.settings, line));
        results.push((*number, *line, warmed));
        bar.inc(1);
    }
    bar.finish_and_clear();

    print(outer, &name, &results)?;
    let failed: Vec<String> = results
        .iter()
        .filter(|(_, _, w)| matches!(w, Warmed::Failed(_)))
        .map(|(n, _, _)| n.to_string())
        .collect();
    if !failed.is_empty() {
        outer.out.flush()?;
        bail!(
            "{} of {name} failed: {} {}",
            if failed.len() == 1 {
                "1 line".to_owned()
            } else {
                format!("{} lines", failed.len())
            },
            if failed.len() == 1 { "line" } else { "lines" },
            failed.join(", ")
        );
    }
    Ok(())
}

/// Run one line with its output discarded.
fn warm(outer: &Settings, line: &str) -> Warmed {
    let Some(mut words) = shlex::split(line) else {
        return Warmed::Failed("unbalanced quotes, or a backslash at the end".into());
    };
    if words.first().map(String::as_str) == Some("petdb") {
        words.remove(0);
    }
    if words.is_empty() {
        return Warmed::Failed("no command".into());
    }
    let cli = match nested::parse(outer, &words) {
        Ok(Parsed::Command(cli)) => *cli,
        Ok(Parsed::Help(_)) => return Warmed::Failed("--help and --version are not reads".into()),
        Err(why) => return Warmed::Failed(why),
    };
    if let Err(why) = nested::check_read(&cli.command, &words) {
        return Warmed::Failed(why);
    }
    let (settings, command) = nested::settings(cli);
    let bypass = settings.cache.bypass;
    let outcomes = Ctx::with_output(settings, Box::new(std::io::sink())).and_then(|mut ctx| {
        ctx.reads_only();
        nested::run_read(&mut ctx, command)?;
        let outcomes = ctx.take_outcomes();
        ctx.finish()?;
        Ok(outcomes)
    });
    let outcomes = match outcomes {
        Ok(outcomes) => outcomes,
        Err(e) => return Warmed::Failed(crate::ui::chain(&e)),
    };
    if let Some(why) = outcomes.iter().find_map(|o| match o {
        Outcome::Skipped { why } => Some(why),
        _ => None,
    }) {
        Warmed::Uncacheable(why.clone())
    } else if outcomes.contains(&Outcome::Filled) {
        Warmed::Filled
    } else if !outcomes.is_empty() {
        Warmed::Fresh
    } else if bypass {
        Warmed::Uncacheable("--no-cache".into())
    } else {
        Warmed::Failed("nothing was kept: the cache is not available".into())
    }
}

fn print(ctx: &mut Ctx, name: &str, results: &[(usize, &str, Warmed)]) -> Result<()> {
    let count = |n: &str| results.iter().filter(|(_, _, w)| w.name() == n).count();
    let (filled, fresh, uncacheable, failed) = (
        count("filled"),
        count("fresh"),
        count("uncacheable"),
        count("failed"),
    );
    if ctx.style().format == Format::Json {
        let lines: Vec<serde_json::Value> = results
            .iter()
            .map(|(n, line, w)| {
                serde_json::json!({
                    "line": n, "command": line, "result": w.name(), "detail": w.detail(),
                })
            })
            .collect();
        let doc = serde_json::json!({
            "file": name,
            "filled": filled,
            "fresh": fresh,
            "uncacheable": uncacheable,
            "failed": failed,
            "lines": lines,
        });
        serde_json::to_writer_pretty(&mut ctx.out, &doc).map_err(std::io::Error::from)?;
        writeln!(ctx.out)?;
        return Ok(());
    }
    let rows = Rows {
        columns: ["line", "result", "detail", "command"]
            .map(String::from)
            .to_vec(),
        rows: results
            .iter()
            .map(|(n, line, w)| {
                vec![
                    Value::Int(*n as i64),
                    Value::Text(w.name().to_owned()),
                    w.detail()
                        .map_or(Value::Null, |d| Value::Text(d.to_owned())),
                    Value::Text((*line).to_owned()),
                ]
            })
            .collect(),
    };
    let table = ctx.style().format == Format::Table;
    if !rows.rows.is_empty() || !table {
        ctx.print_rows(&rows)?;
    }
    if table {
        ctx.say(format_args!(
            "warmed {name}: {filled} filled, {fresh} already fresh, {uncacheable} uncacheable, \
             {failed} failed"
        ))?;
    }
    Ok(())
}
