//! `petdb cache verify`: re-run cached entries and check that they agree with the
//! database (see `cache/verify.rs`); exit 1 if one does not.

use std::io::Write;

use anyhow::{Result, bail};

use super::describe::{json_values, literals};
use crate::cache::verify::{Checked, Plan, Verdict, Verification};
use crate::cli::VerifyArgs;
use crate::context::Ctx;
use crate::db::schema::Tables;
use crate::output::Format;
use crate::rows::{Rows, Value};

/// Entries checked without `--sample` or `--all`: enough to catch a systematic problem in
/// a CI smoke check, few enough to run in a second or two.
pub const DEFAULT_SAMPLE: u64 = 20;

pub fn run(ctx: &mut Ctx, args: VerifyArgs) -> Result<()> {
    let plan = Plan {
        sample: if args.all {
            None
        } else {
            Some(args.sample.unwrap_or(DEFAULT_SAMPLE) as usize)
        },
        tables: args.table.iter().map(|t| (*t).into()).collect::<Tables>(),
    };
    // Ad-hoc statements run again as `petdb sql` runs them: on a read-only connection.
    ctx.db.read_only()?;
    let Some(report) = ctx.with_cache(|cache, db| cache.verify(db, plan)) else {
        bail!("the cache is not available (see the warning above)");
    };
    let report = report?;
    let format = ctx.style().format;
    if format == Format::Json {
        print_json(ctx, &report)?;
    } else {
        print_rows(ctx, &report, format)?;
    }
    let [_, _, _, differ, _, failed] = report.counts();
    if differ + failed > 0 {
        ctx.out.flush()?;
        let checked = report.checked.len();
        let mut problems = Vec::new();
        if differ > 0 {
            problems.push(format!(
                "{differ} cache {} with the database (of {checked} checked)",
                if differ == 1 {
                    "entry disagrees"
                } else {
                    "entries disagree"
                }
            ));
        }
        if failed > 0 {
            problems.push(format!(
                "{failed} could not be run again (of {checked} checked)"
            ));
        }
        bail!("{}", problems.join("; "));
    }
    Ok(())
}

/// What a verdict says besides its name.
fn detail(verdict: &Verdict) -> Option<String> {
    Some(match verdict {
        Verdict::Agrees | Verdict::Gone => return None,
        Verdict::Stale { moved } => moved.clone(),
        Verdict::Expired { age, ttl } => {
            format!("age {:.1}s ≥ ttl {}s", age.as_secs_f64(), ttl.as_secs())
        }
        Verdict::Differs(d) => {
            let side = |v: &Option<Vec<Value>>| match v {
                Some(values) => format!("({})", literals(values)),
                None => "nothing".into(),
            };
            format!(
                "{}: cache {} ≠ database {}",
                d.what,
                side(&d.cached),
                side(&d.database)
            )
        }
        Verdict::Damaged { why } => format!("{why}; removed"),
        Verdict::Failed { why } => why.clone(),
    })
}

fn print_rows(ctx: &mut Ctx, report: &Verification, format: Format) -> Result<()> {
    let table = format == Format::Table;
    let mut rows = Rows {
        columns: ["key", "tables", "result", "detail", "sql"]
            .map(String::from)
            .to_vec(),
        rows: Vec::new(),
    };
    for Checked {
        key,
        sql,
        tables,
        verdict,
    } in &report.checked
    {
        let mut sql: String = sql.split_whitespace().collect::<Vec<_>>().join(" ");
        // A mismatch shows its whole statement.
        if table && sql.chars().count() > 60 && !matches!(verdict, Verdict::Differs(_)) {
            sql = sql.chars().take(59).collect::<String>() + "…";
        }
        let tables: Vec<&str> = tables.iter().map(|t| t.name()).collect();
        rows.rows.push(vec![
            Value::Text(if table {
                key.hex()[..16].to_owned()
            } else {
                key.hex()
            }),
            Value::Text(tables.join(",")),
            Value::Text(verdict.name().to_owned()),
            detail(verdict).map_or(Value::Null, Value::Text),
            Value::Text(sql),
        ]);
    }
    if !rows.rows.is_empty() || !table {
        ctx.print_rows(&rows)?;
    }
    if table {
        ctx.say(summary(report))?;
    }
    Ok(())
}

/// `checked 20 of 57 entries: 18 agree, 1 stale, 1 expired, 0 mismatches`, and what was
/// skipped.
fn summary(report: &Verification) -> String {
    let [agree, stale, expired, differ, damaged, failed] = report.counts();
    let checked = report.checked.len();
    let mut line = format!(
        "checked {checked} of {} {}: {agree} agree, {stale} stale, {expired} expired, \
         {differ} {}",
        report.total,
        if report.total == 1 {
            "entry"
        } else {
            "entries"
        },
        if differ == 1 {
            "mismatch"
        } else {
            "mismatches"
        }
    );
    if damaged > 0 {
        line.push_str(&format!(", {damaged} damaged or gone"));
    }
    if failed > 0 {
        line.push_str(&format!(", {failed} failed"));
    }
    if report.damaged > 0 {
        line.push_str(&format!(
            "; {} damaged entries removed while listing",
            report.damaged
        ));
    }
    if report.foreign > 0 {
        line.push_str(&format!(
            "; {} entries of other databases, sessions or schema versions skipped",
            report.foreign
        ));
    }
    line
}

fn print_json(ctx: &mut Ctx, report: &Verification) -> Result<()> {
    let [agree, stale, expired, differ, damaged, failed] = report.counts();
    let results: Vec<serde_json::Value> = report
        .checked
        .iter()
        .map(|c| {
            let difference = match &c.verdict {
                Verdict::Differs(d) => Some(d),
                _ => None,
            };
            let side = |f: fn(&crate::cache::verify::Difference) -> &Option<Vec<Value>>| {
                difference
                    .and_then(|d| f(d).as_ref())
                    .map(|v| json_values(v))
            };
            serde_json::json!({
                "key": c.key.hex(),
                "tables": c.tables.iter().map(|t| t.name()).collect::<Vec<_>>(),
                "sql": c.sql,
                "result": c.verdict.name(),
                "detail": detail(&c.verdict),
                "row": difference.and_then(|d| d.row),
                "cached": side(|d| &d.cached),
                "database": side(|d| &d.database),
            })
        })
        .collect();
    let doc = serde_json::json!({
        "entries": report.total,
        "checked": report.checked.len(),
        "agree": agree,
        "stale": stale,
        "expired": expired,
        "mismatches": differ,
        "damaged": damaged + report.damaged,
        "failed": failed,
        "skipped_other_scopes": report.foreign,
        "results": results,
    });
    serde_json::to_writer_pretty(&mut ctx.out, &doc).map_err(std::io::Error::from)?;
    writeln!(ctx.out)?;
    Ok(())
}
