//! `petdb run NAME`: a named query of the config file, on `petdb sql`'s path — the same
//! read-only checks, cache key, `--echo-sql` and formats.

use anyhow::{Context, Result};

use crate::cli::RunArgs;
use crate::context::Ctx;
use crate::db::adhoc;

pub fn run(ctx: &mut Ctx, args: RunArgs) -> Result<()> {
    let query = ctx.settings.config.query(&args.name)?.clone();
    // Every parameter is checked before anything connects or runs.
    let values = query.bind(&args.params)?;
    let (text, binds) = query.statement(ctx.backend(), &values)?;
    let named = || format!("query `{}` ({})", query.name, query.location);
    let read = adhoc::prepare(&text, binds, &mut ctx.db).with_context(named)?;
    ctx.db.read_only()?;
    ctx.print_query(&read).with_context(named)
}
