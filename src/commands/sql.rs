//! `petdb sql`: one read-only statement from the command line, a file or stdin.

use std::io::Read;

use anyhow::{Context, Result};

use crate::cli::SqlArgs;
use crate::context::Ctx;
use crate::db::adhoc;

pub fn run(ctx: &mut Ctx, args: SqlArgs) -> Result<()> {
    let text = match (&args.statement, &args.file) {
        (Some(statement), _) => statement.clone(),
        (None, Some(path)) if path.as_os_str() == "-" => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .context("cannot read the statement from stdin")?;
            text
        }
        (None, Some(path)) => std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?,
        (None, None) => unreachable!("clap requires a statement or a file"),
    };
    let query = adhoc::prepare(&text, args.params, &mut ctx.db)?;
    ctx.db.read_only()?;
    ctx.print_query(&query)
}
