//! `petdb species …`

use anyhow::Result;

use super::{clearable, optional};
use crate::cli::SpeciesCommand;
use crate::context::Ctx;
use crate::db::models::{NewSpecies, SpeciesChanges};
use crate::db::queries::species;

pub fn run(ctx: &mut Ctx, cmd: SpeciesCommand) -> Result<()> {
    match cmd {
        SpeciesCommand::List { name, page } => {
            let q = species::list(ctx.backend(), name.as_deref(), &page);
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
            let id = species::add(ctx.conn()?, &new)?;
            ctx.wrote(&["species"]);
            ctx.added("species", id)
        }
        SpeciesCommand::Update { id, fields } => {
            let changes = SpeciesChanges {
                name: fields.name.as_deref(),
                description: clearable(&fields.description),
            };
            species::update(ctx.conn()?, id.id, &changes)?;
            ctx.wrote(&["species"]);
            ctx.say(format_args!("updated species {}", id.id))
        }
        SpeciesCommand::Delete { id } => {
            species::delete(ctx.conn()?, id.id)?;
            ctx.wrote(&["species"]);
            ctx.say(format_args!("deleted species {}", id.id))
        }
    }
}
