//! `petdb cache …`: statistics, invalidation, listing, location — all through the cache's
//! own admin side, so they report like the cache does everywhere else.

use std::io::Write;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::cache::stats::Stats;
use crate::cli::{CacheCommand, InvalidateArgs};
use crate::context::Ctx;
use crate::db::schema::Tables;
use crate::output::{self, Format, Style};
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
        CacheCommand::Stats { reset, output } => {
            let stats = cache.stats()?;
            if reset {
                cache.reset_stats()?;
            }
            let style = ctx.style();
            print_stats(ctx, &stats, style, output.as_deref())
        }
        CacheCommand::Invalidate(args) => {
            let removed = invalidate(cache, &args)?;
            let noun = if removed == 1 { "entry" } else { "entries" };
            if args.key.is_some() || cache.counts_removed() {
                return ctx.say(format_args!("removed {removed} {noun}"));
            }
            // A version-addressed store moved a generation: the entries are never served
            // again and age out (those it could find at once are counted).
            if args.all {
                ctx.say(format_args!(
                    "invalidated every entry ({removed} {noun} removed now, the rest age out)"
                ))
            } else {
                let tables: Tables = args.table.iter().map(|t| (*t).into()).collect();
                ctx.say(format_args!(
                    "invalidated what read {}: no longer served, it ages out",
                    tables.names()
                ))
            }
        }
        CacheCommand::List if cache.cannot_enumerate("cache list") => Ok(()),
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

/// The statistics in `style`, on stdout or (atomically) in `file`.
fn print_stats(ctx: &mut Ctx, s: &Stats, style: Style, file: Option<&Path>) -> Result<()> {
    let location = ctx.settings.cache.shown()?;
    let mut text = Vec::new();
    render_stats(s, &location, style, &mut text)?;
    match file {
        None => ctx.out.write_all(&text)?,
        Some(path) => write_replacing(path, &text)
            .with_context(|| format!("cannot write {}", path.display()))?,
    }
    Ok(())
}

fn render_stats(s: &Stats, location: &str, style: Style, out: &mut Vec<u8>) -> Result<()> {
    let ratio = (s.hit_ratio() * 10_000.0).round() / 10_000.0;
    let saved_ms = (s.saved_micros as f64 / 10.0).round() / 100.0;
    match style.format {
        Format::Json => {
            let mut doc = serde_json::to_value(s)?;
            doc["hit_ratio"] = serde_json::json!(ratio);
            doc["saved_ms"] = serde_json::json!(saved_ms);
            doc["location"] = serde_json::json!(location);
            serde_json::to_writer_pretty(&mut *out, &doc)?;
            writeln!(out)?;
            return Ok(());
        }
        Format::Prometheus => return Ok(prometheus(s, location, out)?),
        _ => {}
    }
    let mut columns: Vec<String> = Stats::FIELDS.iter().map(|f| (*f).to_owned()).collect();
    let mut values: Vec<Value> = s.to_array().iter().map(|v| Value::Int(*v)).collect();
    columns.extend(["hit_ratio".into(), "saved_ms".into(), "location".into()]);
    values.extend([
        Value::Real(ratio),
        Value::Real(saved_ms),
        Value::Text(location.to_owned()),
    ]);
    let rows = if style.format == Format::Table {
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
    output::render(style, &rows, out)
}

/// Prometheus's text exposition format (version 0.0.4), for a scraper or node_exporter's
/// textfile collector: one counter per event, gauges for what the cache holds now.
fn prometheus(s: &Stats, location: &str, out: &mut Vec<u8>) -> std::io::Result<()> {
    let label = location
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n");
    let counters: [(&str, i64, &str); 9] = [
        ("hits", s.hits, "Cached reads answered from the cache."),
        ("misses", s.misses, "Cached reads that ran their query."),
        (
            "stale",
            s.stale,
            "Misses because a table the entry read was written since.",
        ),
        (
            "expired",
            s.expired,
            "Misses because the entry was older than its TTL.",
        ),
        ("fills", s.fills, "Entries stored."),
        (
            "evictions",
            s.evictions,
            "Entries removed to stay within the bounds.",
        ),
        ("skips", s.skips, "Results served but not stored."),
        ("damaged", s.damaged, "Damaged entries found and removed."),
        (
            "served_stale",
            s.served_stale,
            "Reads answered by --max-stale while the database could not be reached.",
        ),
    ];
    for (name, value, help) in counters {
        writeln!(out, "# HELP petdb_cache_{name}_total {help}")?;
        writeln!(out, "# TYPE petdb_cache_{name}_total counter")?;
        writeln!(out, "petdb_cache_{name}_total{{cache=\"{label}\"}} {value}")?;
    }
    writeln!(
        out,
        "# HELP petdb_cache_saved_seconds_total Query time the hits did not spend."
    )?;
    writeln!(out, "# TYPE petdb_cache_saved_seconds_total counter")?;
    writeln!(
        out,
        "petdb_cache_saved_seconds_total{{cache=\"{label}\"}} {}",
        s.saved_micros as f64 / 1_000_000.0
    )?;
    let gauges: [(&str, f64, &str); 3] = [
        ("entries", s.entries as f64, "Entries in the cache now."),
        (
            "bytes",
            s.bytes as f64,
            "Bytes the entries and their renderings take now.",
        ),
        (
            "hit_ratio",
            s.hit_ratio(),
            "hits / (hits + misses) since the counters began.",
        ),
    ];
    for (name, value, help) in gauges {
        writeln!(out, "# HELP petdb_cache_{name} {help}")?;
        writeln!(out, "# TYPE petdb_cache_{name} gauge")?;
        writeln!(out, "petdb_cache_{name}{{cache=\"{label}\"}} {value}")?;
    }
    Ok(())
}

/// Replace `path` with `bytes` atomically (written beside it, then renamed over it), so a
/// reader such as node_exporter never sees half a file.
fn write_replacing(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = dir.join(format!(".{name}.petdb-{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_data()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
