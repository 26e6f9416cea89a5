//! `petdb db …`: init, migrate, status, seed, reset.

use std::io::IsTerminal;

use anyhow::Result;
use diesel::prelude::*;

use crate::cli::DbCommand;
use crate::context::Ctx;
use crate::db::queries::Written;
use crate::db::schema::{Table, Tables};
use crate::db::seed::{self, Plan};
use crate::db::state::{self, TriggerState};
use crate::db::{migrations, triggers, versions};
use crate::output::Format;
use crate::rows::{Rows, Value};

pub fn run(ctx: &mut Ctx, cmd: DbCommand) -> Result<()> {
    match cmd {
        DbCommand::Init => {
            ctx.conn()?;
            let target = ctx.target().to_string();
            let backend = ctx.backend();
            ctx.say(format_args!(
                "database ready: {target} ({backend}, schema {})",
                migrations::latest_version()
            ))
        }
        DbCommand::Migrate => {
            let ran = migrations::run_pending(ctx.db.connection()?)?;
            let repaired = ctx.write(|conn| {
                let repaired = triggers::repair(conn)?;
                // A repair is DDL: what was cached under the old schema misses anyway.
                let touched = if repaired.is_empty() {
                    Tables::NONE
                } else {
                    Tables::ALL
                };
                Ok(Written::new(repaired, touched))
            })?;
            if ran.is_empty() && repaired.is_empty() {
                return ctx.say("no pending migrations");
            }
            ran.iter()
                .try_for_each(|v| ctx.say(format_args!("ran migration {v}")))?;
            repaired
                .iter()
                .try_for_each(|r| ctx.say(format_args!("restored {r}")))
        }
        DbCommand::Status => status(ctx),
        DbCommand::Seed(args) => {
            let plan = Plan {
                owners: args.owners,
                pets_per_owner: args.pets_per_owner,
                procedures_per_pet: args.procedures_per_pet,
                rng_seed: args.rng_seed,
            };
            let progress = !ctx.settings.quiet && std::io::stderr().is_terminal();
            if args.reset {
                ctx.write(migrations::redo_all)?;
            } else if args.if_empty
                && let Some(table) = seed::first_non_empty(ctx.conn()?)?
            {
                return ctx.say(format_args!(
                    "not seeding: the database already has data (table {table} is not empty)"
                ));
            }
            let done = ctx.write(|conn| seed::seed(conn, &plan, progress))?;
            ctx.say(format_args!(
                "seeded {} species, {} owners, {} pets, {} procedures in {:.2} s (rng seed {})",
                done.species,
                done.owners,
                done.pets,
                done.procedures,
                done.elapsed.as_secs_f64(),
                plan.rng_seed
            ))
        }
        DbCommand::Dump { target } => super::dump::run(ctx, &target),
        DbCommand::Load(args) => super::import::load(ctx, args),
        DbCommand::Reset { yes: _ } => {
            ctx.write(migrations::redo_all)?;
            let target = ctx.target().to_string();
            ctx.say(format_args!("reset {target}: all tables are empty"))
        }
    }
}

/// Backend, database, each migration, each table's rows, version and version trigger,
/// and (PostgreSQL) how schema changes are seen.
fn status(ctx: &mut Ctx) -> Result<()> {
    let backend = ctx.backend().name();
    let database = ctx.target().to_string();
    let conn = ctx.db.connection()?;
    let migrations = migrations::status(conn)?;
    let current = migrations.iter().all(|(_, applied)| *applied);
    let mut tables: Vec<(&str, i64, i64, TriggerState)> = Vec::new();
    let mut ddl_watch = None;
    if current {
        let versions = versions::read(conn, Tables::ALL)?;
        let triggers = state::triggers(conn, Tables::ALL)?;
        for table in Table::ALL {
            let rows: i64 = diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table}"))
                .get_result::<Count>(conn)?
                .n;
            let version = versions.get(&table).copied().unwrap_or(0);
            let trigger = triggers
                .iter()
                .find(|(t, _)| *t == table)
                .map_or(TriggerState::Missing, |(_, s)| s.clone());
            tables.push((table.name(), rows, version, trigger));
        }
        if let crate::db::target::Backend::Postgres = ctx.db.backend() {
            ddl_watch = Some(triggers::ddl_watch(ctx.db.connection()?)?);
        }
    }
    if ctx.settings.style.format == Format::Json {
        let doc = serde_json::json!({
            "backend": backend,
            "database": database,
            "schema_version": migrations::latest_version(),
            "migrations": migrations.iter().map(|(v, a)| serde_json::json!({"version": v, "applied": a})).collect::<Vec<_>>(),
            "tables": tables.iter().map(|(t, r, v, g)| serde_json::json!({"table": t, "rows": r, "version": v, "trigger": g.describe()})).collect::<Vec<_>>(),
            "ddl_watch": ddl_watch,
        });
        serde_json::to_writer_pretty(&mut ctx.out, &doc).map_err(std::io::Error::from)?;
        use std::io::Write;
        writeln!(ctx.out)?;
        return Ok(());
    }
    let text = |s: &str| Value::Text(s.to_owned());
    let mut rows = Rows {
        columns: vec!["item".into(), "value".into()],
        rows: Vec::new(),
    };
    rows.rows.push(vec![text("backend"), text(backend)]);
    rows.rows.push(vec![text("database"), text(&database)]);
    for (version, applied) in &migrations {
        let state = if *applied { "applied" } else { "pending" };
        rows.rows
            .push(vec![text(&format!("migration {version}")), text(state)]);
    }
    for (table, n, version, trigger) in &tables {
        rows.rows
            .push(vec![text(&format!("{table} rows")), Value::Int(*n)]);
        rows.rows.push(vec![
            text(&format!("{table} version")),
            Value::Int(*version),
        ]);
        let trigger = match trigger {
            TriggerState::Ok => "ok".to_owned(),
            other if other.repairable() => format!(
                "{} (not cached; petdb db migrate restores it)",
                other.describe()
            ),
            other => format!("{} (not cached)", other.describe()),
        };
        rows.rows
            .push(vec![text(&format!("{table} trigger")), text(&trigger)]);
    }
    if let Some(watch) = ddl_watch {
        rows.rows
            .push(vec![text("schema changes seen by"), text(watch)]);
    }
    ctx.print_rows(&rows)
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}
