//! `petdb species …`

use anyhow::Result;

use super::{clearable, optional};
use crate::cli::SpeciesCommand;
use crate::context::Ctx;
use crate::db::models::{NewSpecies, SpeciesChanges};
use crate::db::queries::species;

pub fn run(ctx: &mut Ctx, cmd: SpeciesCommand) -> Result<()> {
    match cmd {
        SpeciesCommand::Import(args) => {
            super::import::import(ctx, crate::db::schema::Table::Species, args)
        }
        SpeciesCommand::List { name, page } => {
            let q = species::list(ctx.backend(), name.as_deref(), &page.into());
            ctx.print_query(&q)
        }
        SpeciesCommand::Get { id } => {
            let query = species::get(ctx.backend(), id.id);
            super::show(ctx, &query, None, Some(("species", id.id)))
        }
        SpeciesCommand::Add { name, description } => {
            let new = NewSpecies {
                name: &name,
                description: optional(&description),
            };
            let id = ctx.write(|conn| species::add(conn, &new))?;
            ctx.added("species", id)
        }
        SpeciesCommand::Update { id, fields } => {
            let changes = SpeciesChanges {
                name: fields.name.as_deref(),
                description: clearable(&fields.description),
            };
            ctx.write(|conn| species::update(conn, id.id, &changes))?;
            ctx.say(format_args!("updated species {}", id.id))
        }
        SpeciesCommand::Delete { id } => {
            ctx.write(|conn| species::delete(conn, id.id))?;
            ctx.say(format_args!("deleted species {}", id.id))
        }
    }
}
