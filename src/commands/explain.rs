//! `petdb cache explain <read command…>`: how the cache would answer a command, without
//! running it. The command runs in a recording context (`Ctx::record_reads`): each read
//! it would make is recorded and the command stops there, before it prints anything or
//! fails as "not found". For each read petdb prints its key, its statement, the tables it
//! reads with their versions now, whether it can be cached, what the key covers, the
//! database's stamp, and the state of its entry by [`Ctx::lookup`] — which fills nothing
//! and writes nothing to the database.

use std::io::Write;

use anyhow::Result;

use super::describe::{json_values, literals};
use super::nested::{self, Parsed};
use crate::UsageError;
use crate::cache::key::Scope;
use crate::cache::{Consistency, Lookup, Source};
use crate::cli::ExplainArgs;
use crate::context::{Ctx, Recorded};
use crate::db::read::ReadQuery;
use crate::db::state::DbState;
use crate::output::{self, Format};
use crate::rows::{Rows, Value};
use crate::settings::Settings;

pub fn run(outer: &mut Ctx, args: ExplainArgs) -> Result<()> {
    let cli = match nested::parse(&outer.settings, &args.command).map_err(UsageError)? {
        Parsed::Command(cli) => *cli,
        Parsed::Help(text) => {
            write!(outer.out, "{text}")?;
            return Ok(());
        }
    };
    nested::check_read(&cli.command, &args.command).map_err(UsageError)?;
    let (settings, command) = nested::settings(cli);
    let mut ctx = Ctx::new(settings)?;
    let queries = record(&mut ctx, command)?;
    let scope = ctx.scope();
    let mut reads = Vec::new();
    for query in &queries {
        let state = ctx.db.state(query.tables).map_err(|e| crate::ui::chain(&e));
        let not_kept = if query.uncacheable.is_none() {
            not_kept(&mut ctx, query)
        } else {
            None
        };
        let lookup = ctx.lookup(query);
        reads.push(Read {
            key: scope.key(query).hex(),
            query,
            state,
            not_kept,
            entry: entry(lookup, &ctx.settings),
        });
    }
    let policy = ctx.settings.cache.policy;
    let judged = Judged {
        consistency: match policy.consistency {
            Consistency::Strict => "strict",
            Consistency::Ttl => "ttl",
        },
        ttl_s: policy.ttl.as_secs(),
        bypass: ctx.settings.cache.bypass,
        refresh: policy.refresh,
    };
    let style = ctx.settings.style;
    drop(ctx);
    let doc = Explained {
        command: nested::display(&args.command),
        judged,
        scope,
        reads,
    };
    if style.format == Format::Json {
        serde_json::to_writer_pretty(&mut outer.out, &doc.json()).map_err(std::io::Error::from)?;
        writeln!(outer.out)?;
    } else if style.format == Format::Table {
        // One table per read.
        for (i, rows) in doc.rows().iter().enumerate() {
            if i > 0 {
                writeln!(outer.out)?;
            }
            output::render(style, rows, &mut outer.out)?;
        }
    } else {
        // One table for all, the read's number in front.
        let mut all = Rows {
            columns: vec!["read".into(), "item".into(), "value".into()],
            rows: Vec::new(),
        };
        for (i, rows) in doc.rows().into_iter().enumerate() {
            for row in rows.rows {
                all.rows
                    .push([vec![Value::Int(i as i64 + 1)], row].concat());
            }
        }
        output::render(style, &all, &mut outer.out)?;
    }
    Ok(())
}

/// Run `command` in a recording context: the reads it would make.
pub fn record(ctx: &mut Ctx, command: crate::cli::Command) -> Result<Vec<ReadQuery>> {
    ctx.record_reads();
    match nested::run_read(ctx, command) {
        Ok(()) => {}
        Err(e) if e.chain().any(|c| c.is::<Recorded>()) => {}
        Err(e) => return Err(e),
    }
    Ok(ctx.recorded())
}

struct Explained<'q> {
    command: String,
    judged: Judged,
    scope: Scope,
    reads: Vec<Read<'q>>,
}

/// How the command's reads would use the cache.
struct Judged {
    consistency: &'static str,
    ttl_s: u64,
    /// `--no-cache`: they would not use it.
    bypass: bool,
    /// `--refresh`: they would run and refill whatever the entry's state.
    refresh: bool,
}

impl Judged {
    fn text(&self) -> String {
        let mut s = format!("--consistency {}, --ttl {}", self.consistency, self.ttl_s);
        if self.bypass {
            s.push_str("; --no-cache: the reads would not use the cache at all");
        }
        if self.refresh {
            s.push_str("; --refresh: the reads would run and refill their entries");
        }
        s
    }
}

/// Why a read would be answered but its result not kept, by the checks a miss makes in
/// its snapshot (a table's triggers, rules or row-level security; a call or cast that
/// could be captured). Nothing when they cannot be read (the state line says why).
fn not_kept(ctx: &mut Ctx, query: &ReadQuery) -> Option<String> {
    use crate::cache::Snapshot;
    let conn = ctx.db.migrated().ok()?;
    if let Some((_, why)) = conn.untracked(query.tables).ok()?.into_iter().next() {
        return Some(why);
    }
    conn.captured(query).ok().flatten()
}

struct Read<'q> {
    key: String,
    query: &'q ReadQuery,
    /// Why its result would not be kept although the statement is cacheable.
    not_kept: Option<String>,
    /// The state of the tables it reads now (or why it could not be read).
    state: std::result::Result<DbState, String>,
    entry: Entry,
}

/// The state of a read's entry.
struct Entry {
    /// absent, fresh, stale, expired, damaged, uncacheable, or unknown (no cache).
    state: &'static str,
    detail: String,
    age_s: Option<f64>,
    ttl_s: Option<f64>,
    rows: Option<u64>,
}

fn entry(lookup: Option<Lookup>, settings: &Settings) -> Entry {
    let mut e = Entry {
        state: "absent",
        detail: "no entry: a read would run the query and fill it".into(),
        age_s: None,
        ttl_s: None,
        rows: None,
    };
    let Some(lookup) = lookup else {
        e.state = "unknown";
        e.detail = "the cache is not available (see the warning above)".into();
        return e;
    };
    match lookup {
        Lookup::Hit(found) => {
            let meta = &found.entry.meta;
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis() as u64);
            let age = now.saturating_sub(meta.filled_at_ms) as f64 / 1000.0;
            let lifetime =
                found.entry.expires_at_ms.saturating_sub(meta.filled_at_ms) as f64 / 1000.0;
            let ttl = settings.cache.policy.ttl.as_secs_f64().min(lifetime);
            e.state = "fresh";
            e.detail = format!(
                "age {age:.1}s of ttl {ttl}s, {} row{}: a read would be served from it",
                meta.row_count,
                if meta.row_count == 1 { "" } else { "s" }
            );
            e.age_s = Some((age * 10.0).round() / 10.0);
            e.ttl_s = Some(ttl);
            e.rows = Some(meta.row_count);
        }
        Lookup::Miss => {}
        Lookup::Stale { moved } => {
            e.state = "stale";
            e.detail = format!("{moved}: a read would run the query and refill it");
        }
        Lookup::Expired { age, ttl } => {
            e.state = "expired";
            e.detail = format!(
                "age {:.1}s ≥ ttl {}s: a read would run the query and refill it",
                age.as_secs_f64(),
                ttl.as_secs()
            );
            e.age_s = Some((age.as_secs_f64() * 10.0).round() / 10.0);
            e.ttl_s = Some(ttl.as_secs_f64());
        }
        Lookup::Damaged { why } => {
            e.state = "damaged";
            e.detail = format!("{why}; removed: a read would run the query and refill it");
        }
        Lookup::Uncacheable { why } => {
            e.state = "uncacheable";
            e.detail = format!("never cached ({why}): a read always runs the query");
        }
    }
    e
}

impl Explained<'_> {
    /// Per read: (item, value) rows; csv and tsv have the read's number in front.
    fn rows(&self) -> Vec<Rows> {
        let mut out = Vec::new();
        let count = self.reads.len();
        for (i, r) in self.reads.iter().enumerate() {
            let q = r.query;
            let text = |s: &str| Value::Text(s.to_owned());
            let mut items: Vec<(&str, Value)> = Vec::new();
            items.push((
                "read",
                text(&format!("{} of {count}: {}", i + 1, self.command)),
            ));
            items.push(("key", text(&r.key)));
            let (keyed_as, statement) = statement(q);
            items.push(("statement", text(statement)));
            items.push(("keyed as", text(keyed_as.describe())));
            if q.cache_text.is_some() {
                items.push(("runs as", text(&q.sql)));
            }
            items.push((
                "binds",
                text(&if q.binds.is_empty() {
                    "(none)".to_owned()
                } else {
                    literals(&q.binds)
                }),
            ));
            items.push(("tables", text(&tables_text(r))));
            items.push((
                "cacheable",
                text(&match (&q.uncacheable, &r.not_kept) {
                    (None, None) => "yes".to_owned(),
                    (Some(why), _) => format!("no: {why}"),
                    (None, Some(why)) => format!("not now: {why} (answered, not kept)"),
                }),
            ));
            let s = &self.scope;
            let mut covers = format!(
                "backend {}; database {}; session {}; schema {}; the statement; {} bound value{}",
                s.backend,
                s.database,
                if s.session.is_empty() {
                    "(none)"
                } else {
                    &s.session
                },
                s.schema,
                q.binds.len(),
                if q.binds.len() == 1 { "" } else { "s" },
            );
            if !q.fingerprint.is_empty() {
                covers.push_str(&format!("; {} view definition(s)", q.fingerprint.len()));
            }
            items.push(("key covers", text(&covers)));
            items.push((
                "stamp",
                text(&match &r.state {
                    Ok(state) => {
                        format!("{} (an entry must have been filled under it)", state.stamp)
                    }
                    Err(why) => format!("unknown: {why}"),
                }),
            ));
            items.push((
                "entry",
                text(&format!("{}: {}", r.entry.state, r.entry.detail)),
            ));
            items.push(("judged with", text(&self.judged.text())));
            let mut rows = Rows {
                columns: vec!["item".into(), "value".into()],
                rows: Vec::new(),
            };
            for (item, value) in items {
                rows.rows.push(vec![text(item), value]);
            }
            out.push(rows);
        }
        out
    }

    fn json(&self) -> serde_json::Value {
        let s = &self.scope;
        let reads: Vec<serde_json::Value> = self
            .reads
            .iter()
            .map(|r| {
                let q = r.query;
                let versions: Vec<serde_json::Value> = q
                    .tables
                    .iter()
                    .map(|t| {
                        let version = r
                            .state
                            .as_ref()
                            .ok()
                            .and_then(|s| s.versions.get(&t).copied());
                        serde_json::json!({"table": t.name(), "version": version})
                    })
                    .collect();
                let (keyed_as, statement) = statement(q);
                serde_json::json!({
                    "key": r.key,
                    "statement": statement,
                    "keyed_as": keyed_as.name(),
                    "sql": q.sql,
                    "binds": json_values(&q.binds),
                    "tables": versions,
                    "cacheable": q.uncacheable.is_none() && r.not_kept.is_none(),
                    "uncacheable_reason": q.uncacheable.as_ref().or(r.not_kept.as_ref()),
                    "scope": {
                        "backend": s.backend,
                        "database": s.database,
                        "session": s.session,
                        "schema": s.schema,
                        "views": q.fingerprint.len(),
                    },
                    "stamp": r.state.as_ref().ok().map(|s| s.stamp.clone()),
                    "state_error": r.state.as_ref().err(),
                    "entry": {
                        "state": r.entry.state,
                        "detail": r.entry.detail,
                        "age_s": r.entry.age_s,
                        "ttl_s": r.entry.ttl_s,
                        "rows": r.entry.rows,
                    },
                })
            })
            .collect();
        let j = &self.judged;
        serde_json::json!({
            "command": self.command,
            "consistency": j.consistency,
            "ttl_s": j.ttl_s,
            "no_cache": j.bypass,
            "refresh": j.refresh,
            "reads": reads,
        })
    }
}

/// How a read's statement is keyed.
#[derive(Clone, Copy)]
enum KeyedAs {
    /// A built-in read: its SQL, which petdb writes itself.
    Sql,
    /// Ad-hoc SQL by its normalized form.
    Normalized,
    /// Ad-hoc SQL by its exact text (the normalized form could not be proved faithful).
    Exact,
}

impl KeyedAs {
    fn name(self) -> &'static str {
        match self {
            KeyedAs::Sql => "sql",
            KeyedAs::Normalized => "normalized",
            KeyedAs::Exact => "exact",
        }
    }

    fn describe(self) -> &'static str {
        match self {
            KeyedAs::Sql => "its SQL (a built-in read)",
            KeyedAs::Normalized => {
                "its normalized form, which spellings of the same query share (on SQLite \
                 followed by `offset:text` of each column without an alias: that text names it)"
            }
            KeyedAs::Exact => "its exact text (a normalized form could not be proved faithful)",
        }
    }
}

/// The statement as the key covers it, and how.
fn statement(q: &ReadQuery) -> (KeyedAs, &str) {
    match q.cache_text.as_deref() {
        None => (KeyedAs::Sql, &q.sql),
        Some(text) => match text.split_once('\n') {
            Some(("canonical", rest)) => (KeyedAs::Normalized, rest),
            Some(("exact", rest)) => (KeyedAs::Exact, rest),
            _ => (KeyedAs::Exact, text),
        },
    }
}

/// `owners v123, pets v456`, or the tables alone when their versions cannot be read.
fn tables_text(r: &Read<'_>) -> String {
    let tables = r.query.tables;
    if tables.is_empty() {
        return if r.query.uncacheable.is_some() {
            "(not known: the statement is not analysed further)".into()
        } else {
            "(none)".into()
        };
    }
    tables
        .iter()
        .map(|t| match &r.state {
            Ok(state) => match state.versions.get(&t) {
                Some(v) => format!("{t} v{v}"),
                None => format!("{t} (no version)"),
            },
            Err(_) => t.name().to_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}
