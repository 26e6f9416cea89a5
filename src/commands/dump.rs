//! `petdb db dump [DIR|-]`: the whole database as JSON lines on stdout, or as a directory
//! of csv files (read uncached, in one snapshot).

use std::path::Path;

use anyhow::Result;

use crate::context::Ctx;
use crate::db::dump;
use crate::db::schema::Table;

pub fn run(ctx: &mut Ctx, target: &Path) -> Result<()> {
    if target.as_os_str() == "-" {
        let conn = ctx.db.migrated()?;
        dump::to_json_lines(conn, &mut ctx.out)?;
        return Ok(());
    }
    let counts = dump::to_dir(ctx.db.migrated()?, target)?;
    let tables: Vec<String> = Table::ALL
        .iter()
        .zip(counts)
        .map(|(t, n)| format!("{n} {t}"))
        .collect();
    ctx.say(format_args!(
        "dumped {} to {}",
        tables.join(", "),
        target.display()
    ))
}
