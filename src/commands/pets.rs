//! `petdb pets …`

use anyhow::Result;

use crate::cli::PetsCommand;
use crate::context::Ctx;
use crate::db::queries::not_found;
use crate::db::queries::pets::{self, Changes, Selection};
use crate::rows::left_join;

pub fn run(ctx: &mut Ctx, cmd: PetsCommand) -> Result<()> {
    match cmd {
        PetsCommand::List(args) => {
            let sel = Selection::List {
                owner: args.owner,
                species: args.species.as_deref(),
                name: args.name.as_deref(),
                sort: args.sort,
                page: args.page,
            };
            show(ctx, &sel, args.with_owner)
        }
        PetsCommand::Get { id, with_owner } => show(ctx, &Selection::One(id.id), with_owner),
        PetsCommand::Add(f) => {
            let id = pets::add(ctx.conn()?, f.owner, &f.species, &f.name, f.birth_date)?;
            ctx.wrote(&["pets"]);
            ctx.added("pet", id)
        }
        PetsCommand::Update { id, fields } => {
            let changes = Changes {
                owner: fields.owner,
                species: fields.species.as_deref(),
                name: fields.name.as_deref(),
                birth_date: fields.birth_date.map(|d| d.0),
            };
            pets::update(ctx.conn()?, id.id, &changes)?;
            ctx.wrote(&["pets"]);
            ctx.say(format_args!("updated pet {}", id.id))
        }
        PetsCommand::Delete { id } => {
            let procedures = pets::delete(ctx.conn()?, id.id)?;
            ctx.wrote(if procedures > 0 {
                &["pets", "procedures"]
            } else {
                &["pets"]
            });
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
    let query = pets::read(backend, sel);
    let rows = if with_owner {
        let owners = pets::read_owners(backend, sel);
        let mut both = ctx.fetch_all(&[&query, &owners])?;
        let owners = both.pop().expect("two results");
        let pets = both.pop().expect("two results");
        left_join(pets, "owner_id", &owners, "id", "owner_")
    } else if let Selection::One(_) = sel {
        ctx.fetch(&query)?
    } else {
        return ctx.print_query(&query);
    };
    if let Selection::One(id) = sel
        && rows.rows.is_empty()
    {
        return Err(not_found("pet", *id));
    }
    ctx.print_rows(&rows)
}
