//! `petdb sql`: one read-only statement from the command line, a file, or stdin.

use std::io::{IsTerminal, Read};

use anyhow::{Context, Result};

use crate::UsageError;
use crate::cli::SqlArgs;
use crate::context::Ctx;
use crate::db::adhoc;

pub fn run(ctx: &mut Ctx, args: SqlArgs) -> Result<()> {
    let text = match (&args.statement, &args.file) {
        (Some(statement), _) => statement.clone(),
        (None, Some(path)) if path.as_os_str() == "-" => read_stdin()?,
        (None, Some(path)) => std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?,
        // A statement piped in (`echo 'SELECT 1' | petdb sql`).
        (None, None) if !std::io::stdin().is_terminal() => read_stdin()?,
        (None, None) => {
            return Err(UsageError(
                "`petdb sql` needs a statement: as an argument, with -f FILE, or on stdin".into(),
            )
            .into());
        }
    };
    // An editor's byte order mark is not SQL.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let query = adhoc::prepare(text, args.params, &mut ctx.db)?;
    ctx.db.read_only()?;
    ctx.print_query(&query)
}

fn read_stdin() -> Result<String> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .context("cannot read the statement from stdin")?;
    Ok(text)
}
