//! `petdb report …`

use anyhow::Result;

use crate::cli::ReportCommand;
use crate::context::Ctx;
use crate::db::queries::reports;

pub fn run(ctx: &mut Ctx, cmd: ReportCommand) -> Result<()> {
    let b = ctx.backend();
    let query = match cmd {
        ReportCommand::OwnersSummary { limit } => reports::owners_summary(b, limit),
        ReportCommand::SpeciesCounts => reports::species_counts(b),
        ReportCommand::MonthlyRevenue { since, until } => reports::monthly_revenue(b, since, until),
    };
    ctx.print_query(&query)
}
