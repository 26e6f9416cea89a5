//! `petdb procedures …`

use anyhow::Result;

use super::optional;
use crate::cli::ProceduresCommand;
use crate::context::Ctx;
use crate::db::models::NewProcedure;
use crate::db::queries::procedures::{self, Filter};

pub fn run(ctx: &mut Ctx, cmd: ProceduresCommand) -> Result<()> {
    match cmd {
        ProceduresCommand::Import(args) => {
            super::import::import(ctx, crate::db::schema::Table::Procedures, args)
        }
        ProceduresCommand::List(args) => {
            let filter = Filter {
                pet: args.pet,
                owner: args.owner,
                kind: args.kind.as_deref(),
                since: args.since,
                until: args.until,
            };
            let page = args.page.into();
            let q = procedures::list(ctx.backend(), &filter, args.sort.into(), &page);
            ctx.print_query(&q)
        }
        ProceduresCommand::Get { id } => {
            let query = procedures::get(ctx.backend(), id.id);
            super::show(ctx, &query, None, Some(("procedure", id.id)))
        }
        ProceduresCommand::Add(f) => {
            let new = NewProcedure {
                pet_id: f.pet,
                kind: &f.kind,
                performed_at: f.date.unwrap_or_else(|| chrono::Utc::now().date_naive()),
                cost_cents: f.cost_cents,
                notes: optional(&f.notes),
            };
            let id = ctx.write(|conn| procedures::add(conn, &new))?;
            ctx.added("procedure", id)
        }
        ProceduresCommand::Delete { id } => {
            ctx.write(|conn| procedures::delete(conn, id.id))?;
            ctx.say(format_args!("deleted procedure {}", id.id))
        }
    }
}
