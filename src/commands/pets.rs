//! `petdb pets …`

use anyhow::Result;

use super::Related;
use crate::cli::PetsCommand;
use crate::context::Ctx;
use crate::db::queries::pets::{self, Changes, Selection};

pub fn run(ctx: &mut Ctx, cmd: PetsCommand) -> Result<()> {
    match cmd {
        PetsCommand::Import(args) => {
            super::import::import(ctx, crate::db::schema::Table::Pets, args)
        }
        PetsCommand::List(args) => {
            let sel = Selection::List {
                owner: args.owner,
                species: args.species.as_deref(),
                name: args.name.as_deref(),
                sort: args.sort.into(),
                page: args.page.into(),
            };
            show(ctx, &sel, args.with_owner)
        }
        PetsCommand::Get { id, with_owner } => show(ctx, &Selection::One(id.id), with_owner),
        PetsCommand::Add(f) => {
            let id =
                ctx.write(|conn| pets::add(conn, f.owner, &f.species, &f.name, f.birth_date))?;
            ctx.added("pet", id)
        }
        PetsCommand::Update { id, fields } => {
            let changes = Changes {
                owner: fields.owner,
                species: fields.species.as_deref(),
                name: fields.name.as_deref(),
                birth_date: fields.birth_date.map(|d| d.0),
            };
            ctx.write(|conn| pets::update(conn, id.id, &changes))?;
            ctx.say(format_args!("updated pet {}", id.id))
        }
        PetsCommand::Delete { id } => {
            let procedures = ctx.write(|conn| pets::delete(conn, id.id))?;
            if procedures > 0 {
                ctx.say(format_args!(
                    "deleted pet {} with {procedures} procedure(s)",
                    id.id
                ))
            } else {
                ctx.say(format_args!("deleted pet {}", id.id))
            }
        }
    }
}

/// Print the selected pets, with their owners (one batched query) if asked.
fn show(ctx: &mut Ctx, sel: &Selection<'_>, with_owner: bool) -> Result<()> {
    let backend = ctx.backend();
    let related = with_owner.then(|| Related {
        query: pets::read_owners(backend, sel),
        on: ("owner_id", "id"),
        prefix: "owner_",
    });
    let lookup = match sel {
        Selection::One(id) => Some(("pet", *id)),
        Selection::List { .. } => None,
    };
    super::show(ctx, &pets::read(backend, sel), related, lookup)
}
