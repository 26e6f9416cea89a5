//! `petdb cache …`: statistics, invalidation, listing, location — all through the cache's
//! own admin side, so they report like the cache does everywhere else.

use std::io::Write;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{Result, bail};

use crate::cache::stats::Stats;
use crate::cli::{CacheCommand, InvalidateArgs};
use crate::context::Ctx;
use crate::db::schema::Tables;
use crate::output::Format;
use crate::rows::{Rows, Value};

pub fn run(ctx: &mut Ctx, cmd: CacheCommand) -> Result<()> {
    let cmd = match cmd {
        CacheCommand::Verify(args) => return super::verify::run(ctx, args),
        CacheCommand::Warm(args) => return super::warm::run(ctx, args),
        CacheCommand::Explain(args) => return super::explain::run(ctx, args),
        cmd => cmd,
    };
    if let CacheCommand::Path = cmd {
        let location = ctx.settings.cache.shown()?;
        writeln!(ctx.out, "{location}")?;
        return Ok(());
    }
    let format = ctx.style().format;
    let Some(cache) = ctx.cache() else {
        bail!("the cache is not available (see the warning above)");
    };
    match cmd {
        CacheCommand::Stats { reset } => {
            let stats = cache.stats()?;
            if reset {
                cache.reset_stats()?;
            }
            print_stats(ctx, &stats, format)
        }
        CacheCommand::Invalidate(args) => {
            let removed = invalidate(cache, &args)?;
            let noun = if removed == 1 { "entry" } else { "entries" };
            ctx.say(format_args!("removed {removed} {noun}"))
        }
        CacheCommand::List => {
            let listed = cache.list()?;
            let now = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap_or_default();
            let since = |ms: u64| (now.saturating_sub(Duration::from_millis(ms))).as_secs() as i64;
            let mut rows = Rows {
                columns: [
                    "key", "tables", "age_s", "idle_s", "bytes", "rows", "hits", "query_ms", "sql",
                ]
                .map(String::from)
                .to_vec(),
                rows: Vec::new(),
            };
            for e in listed {
                let mut sql: String = e.meta.sql.split_whitespace().collect::<Vec<_>>().join(" ");
                if sql.chars().count() > 60 && format == Format::Table {
                    sql = sql.chars().take(59).collect::<String>() + "…";
                }
                let tables: Vec<&str> = e.meta.tables.iter().map(|t| t.name()).collect();
                rows.rows.push(vec![
                    Value::Text(if format == Format::Table {
                        e.key.hex()[..16].to_owned()
                    } else {
                        e.key.hex()
                    }),
                    Value::Text(tables.join(",")),
                    Value::Int(since(e.meta.filled_at_ms)),
                    Value::Int(since(e.last_used_ms)),
                    Value::Int(e.bytes as i64),
                    Value::Int(e.meta.row_count as i64),
                    Value::Int(e.hits as i64),
                    Value::Real((e.meta.query_micros as f64 / 10.0).round() / 100.0),
                    Value::Text(sql),
                ]);
            }
            ctx.print_rows(&rows)
        }
        CacheCommand::Path
        | CacheCommand::Verify(_)
        | CacheCommand::Warm(_)
        | CacheCommand::Explain(_) => unreachable!("handled above"),
    }
}

fn invalidate(cache: &mut crate::cache::Cache, args: &InvalidateArgs) -> Result<u64> {
    if args.all {
        return cache.invalidate_all();
    }
    if let Some(prefix) = &args.key {
        return cache.invalidate_key(prefix);
    }
    let tables: Tables = args.table.iter().map(|t| (*t).into()).collect();
    cache.invalidate_tables(tables)
}

fn print_stats(ctx: &mut Ctx, s: &Stats, format: Format) -> Result<()> {
    let location = ctx.settings.cache.shown()?;
    let ratio = (s.hit_ratio() * 10_000.0).round() / 10_000.0;
    let saved_ms = (s.saved_micros as f64 / 10.0).round() / 100.0;
    if format == Format::Json {
        let mut doc = serde_json::to_value(s)?;
        doc["hit_ratio"] = serde_json::json!(ratio);
        doc["saved_ms"] = serde_json::json!(saved_ms);
        doc["location"] = serde_json::json!(location);
        serde_json::to_writer_pretty(&mut ctx.out, &doc).map_err(std::io::Error::from)?;
        writeln!(ctx.out)?;
        return Ok(());
    }
    let mut columns: Vec<String> = Stats::FIELDS.iter().map(|f| (*f).to_owned()).collect();
    let mut values: Vec<Value> = s.to_array().iter().map(|v| Value::Int(*v)).collect();
    columns.extend(["hit_ratio".into(), "saved_ms".into(), "location".into()]);
    values.extend([
        Value::Real(ratio),
        Value::Real(saved_ms),
        Value::Text(location),
    ]);
    let rows = if format == Format::Table {
        // One statistic per line reads better than one very wide row.
        Rows {
            columns: vec!["stat".into(), "value".into()],
            rows: columns
                .into_iter()
                .zip(values)
                .map(|(c, v)| vec![Value::Text(c), v])
                .collect(),
        }
    } else {
        Rows {
            columns,
            rows: vec![values],
        }
    };
    ctx.print_rows(&rows)
}
