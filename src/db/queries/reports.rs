//! The join-and-aggregate reports: the reads the cache exists for.

use crate::db::read::{ReadQuery, SqlBuilder};
use crate::db::schema::Table;
use crate::db::target::Backend;
use crate::rows::Value;

pub const OWNERS_SUMMARY_COLUMNS: [&str; 6] = [
    "owner_id",
    "owner_name",
    "pets",
    "procedures",
    "total_cents",
    "last_visit",
];

/// Per owner: pets, procedures, total spend and last visit, biggest spenders first.
/// Pets and procedures are aggregated separately before the join, so an owner's pets are
/// not multiplied by their procedures.
pub fn owners_summary(backend: Backend, limit: Option<i64>) -> ReadQuery {
    let mut sb = SqlBuilder::new(
        backend,
        "SELECT o.id AS owner_id, o.name AS owner_name, \
                COALESCE(pc.pets, 0) AS pets, \
                COALESCE(pr.procedures, 0) AS procedures, \
                COALESCE(pr.total_cents, 0) AS total_cents, \
                pr.last_visit \
         FROM owners o \
         LEFT JOIN (SELECT owner_id, COUNT(*) AS pets FROM pets GROUP BY owner_id) pc \
                ON pc.owner_id = o.id \
         LEFT JOIN (SELECT p.owner_id, COUNT(*) AS procedures, \
                           SUM(x.cost_cents) AS total_cents, MAX(x.performed_at) AS last_visit \
                    FROM procedures x JOIN pets p ON p.id = x.pet_id \
                    GROUP BY p.owner_id) pr \
                ON pr.owner_id = o.id \
         ORDER BY total_cents DESC, o.id",
    );
    sb.page(limit, 0);
    sb.finish(
        &[Table::Owners, Table::Pets, Table::Procedures],
        &OWNERS_SUMMARY_COLUMNS,
    )
}

pub const SPECIES_COUNTS_COLUMNS: [&str; 5] =
    ["species_id", "species", "pets", "owners", "procedures"];

/// Per species: pets, distinct owners and procedures, most common first.
pub fn species_counts(backend: Backend) -> ReadQuery {
    let sb = SqlBuilder::new(
        backend,
        "SELECT s.id AS species_id, s.name AS species, \
                COUNT(p.id) AS pets, COUNT(DISTINCT p.owner_id) AS owners, \
                CAST(COALESCE(SUM(pc.n), 0) AS BIGINT) AS procedures \
         FROM species s \
         LEFT JOIN pets p ON p.species_id = s.id \
         LEFT JOIN (SELECT pet_id, COUNT(*) AS n FROM procedures GROUP BY pet_id) pc \
                ON pc.pet_id = p.id \
         GROUP BY s.id, s.name \
         ORDER BY pets DESC, s.id",
    );
    sb.finish(
        &[Table::Species, Table::Pets, Table::Procedures],
        &SPECIES_COUNTS_COLUMNS,
    )
}

pub const MONTHLY_REVENUE_COLUMNS: [&str; 3] = ["month", "procedures", "revenue_cents"];

/// Per calendar month: procedures and revenue, oldest first.
pub fn monthly_revenue(
    backend: Backend,
    since: Option<chrono::NaiveDate>,
    until: Option<chrono::NaiveDate>,
) -> ReadQuery {
    let month = match backend {
        Backend::Sqlite => "strftime('%Y-%m', performed_at)",
        Backend::Postgres => "to_char(performed_at, 'YYYY-MM')",
    };
    let mut sb = SqlBuilder::new(backend, "SELECT ");
    sb.push(month).push(
        " AS month, COUNT(*) AS procedures, COALESCE(SUM(cost_cents), 0) AS revenue_cents \
         FROM procedures WHERE 1 = 1",
    );
    if let Some(since) = since {
        sb.push(" AND performed_at >= ").bind(Value::Date(since));
    }
    if let Some(until) = until {
        sb.push(" AND performed_at <= ").bind(Value::Date(until));
    }
    sb.push(" GROUP BY 1 ORDER BY 1");
    sb.finish(&[Table::Procedures], &MONTHLY_REVENUE_COLUMNS)
}
