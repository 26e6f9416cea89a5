//! `petdb owners …`

use anyhow::Result;

use super::{Related, clearable, optional};
use crate::cli::OwnersCommand;
use crate::context::Ctx;
use crate::db::models::{NewOwner, OwnerChanges};
use crate::db::queries::owners::{self, Selection};

pub fn run(ctx: &mut Ctx, cmd: OwnersCommand) -> Result<()> {
    match cmd {
        OwnersCommand::Import(args) => {
            super::import::import(ctx, crate::db::schema::Table::Owners, args)
        }
        OwnersCommand::List(args) => {
            let sel = Selection::List {
                name: args.name.as_deref(),
                sort: args.sort.into(),
                page: args.page.into(),
            };
            show(ctx, &sel, args.with_pets)
        }
        OwnersCommand::Get { id, with_pets } => show(ctx, &Selection::One(id.id), with_pets),
        OwnersCommand::Add(f) => {
            let new = NewOwner {
                name: &f.name,
                phone: optional(&f.phone),
                email: optional(&f.email),
            };
            let id = ctx.write(|conn| owners::add(conn, &new))?;
            ctx.added("owner", id)
        }
        OwnersCommand::Update { id, fields } => {
            let changes = OwnerChanges {
                name: fields.name.as_deref(),
                phone: clearable(&fields.phone),
                email: clearable(&fields.email),
            };
            ctx.write(|conn| owners::update(conn, id.id, &changes))?;
            ctx.say(format_args!("updated owner {}", id.id))
        }
        OwnersCommand::Delete { id, cascade } => {
            let d = ctx.write(|conn| owners::delete(conn, id.id, cascade))?;
            if d.pets > 0 {
                ctx.say(format_args!(
                    "deleted owner {} with {} pet(s) and {} procedure(s)",
                    id.id, d.pets, d.procedures
                ))
            } else {
                ctx.say(format_args!("deleted owner {}", id.id))
            }
        }
    }
}

/// Print the selected owners, with their pets (one batched query) if asked.
fn show(ctx: &mut Ctx, sel: &Selection<'_>, with_pets: bool) -> Result<()> {
    let backend = ctx.backend();
    let related = with_pets.then(|| Related {
        query: owners::read_pets(backend, sel),
        on: ("id", "owner_id"),
        prefix: "",
    });
    let lookup = match sel {
        Selection::One(id) => Some(("owner", *id)),
        Selection::List { .. } => None,
    };
    super::show(ctx, &owners::read(backend, sel), related, lookup)
}
