//! Ad-hoc SQL from operators (`petdb sql`): refused unless it is one read statement, run
//! exactly as written (only its placeholders numbered), keyed in the cache by a
//! normalized form that preserves its meaning (so spellings of one query share an entry),
//! and analysed for the tables it reads — by scope, through views — so the cache can
//! invalidate it. Whatever petdb cannot prove to depend only on its tables runs uncached,
//! never cached on a guess.

mod analysis;
mod depth;
mod effects;
mod functions;
mod guard;
mod normal;
mod tokens;
mod walk;

#[cfg(test)]
mod tests;

use std::collections::BTreeSet;

use anyhow::Result;

use self::analysis::{Failure, Relation};
use self::walk::Facts;
use super::catalog::{self, Routines};
use super::database::Database;
use super::read::ReadQuery;
use super::schema::{Table, Tables};
use super::target::Backend;
use crate::UsageError;
use crate::rows::Value;

/// How deep views of views are followed.
const MAX_VIEW_DEPTH: usize = 8;

/// Check `text`, bind `params` and describe it as a read. `db` is asked only about names
/// that are not petdb's tables (they may be views). Whether a user-defined function or
/// operator could capture a call is checked before a result is kept (`routines`), so a
/// hit needs no catalog query.
pub fn prepare(text: &str, params: Vec<Value>, db: &mut Database) -> Result<ReadQuery> {
    let backend = db.backend();
    guard::check(text, analysis::dialect(backend).as_ref())?;
    let numbered = tokens::number_placeholders(text, backend).map_err(UsageError)?;
    check_count(numbered.params, params.len())?;
    let run = numbered.text;
    match analysis::analyse(&run, backend) {
        Ok(a) => {
            // Before anything is sent (a view's lookup included).
            effects::refuse_unknown(&a.calls, backend)?;
            let mut tables = Tables::NONE;
            let mut fingerprint = Vec::new();
            let mut uncacheable = a.uncacheable;
            let mut routines = Routines::default();
            if uncacheable.is_none() {
                let mut used = Used::from(&a.facts);
                let resolved = resolve(
                    &a.facts.relations,
                    db,
                    &mut tables,
                    &mut fingerprint,
                    &mut used,
                    0,
                );
                if let Err(why) = resolved {
                    uncacheable = Some(why);
                }
                routines = used.routines(backend);
            }
            if backend == Backend::Postgres {
                // Checked against the catalog when it runs, cacheable or not.
                routines.functions = a.calls.iter().cloned().collect();
            }
            // Names an empty result's columns: the statement as a subquery (on its own
            // lines, so a trailing `--` comment cannot swallow the parenthesis).
            let column_probe = (!a.explain).then(|| {
                format!(
                    "SELECT petdb_probe.* FROM (SELECT 1) AS petdb_one LEFT JOIN (\n{run}\n) AS petdb_probe ON 1 = 1"
                )
            });
            Ok(ReadQuery {
                sql: run,
                cache_text: Some(a.key),
                binds: params,
                tables,
                columns: Vec::new(),
                column_probe,
                fingerprint,
                uncacheable,
                routines,
                ..ReadQuery::default()
            })
        }
        Err(Failure::Refused(why)) => {
            Err(UsageError(format!("`petdb sql` runs reads only: {why}")).into())
        }
        Err(Failure::Unparsable(why)) => {
            // The database may read what the parser cannot: run it as written, read-only
            // and uncached (a syntax error then comes back in the database's own words) —
            // if every call found in its tokens is known to be harmless.
            let calls = effects::calls_in_text(&run, analysis::dialect(backend).as_ref());
            effects::refuse_unknown(&calls, backend)?;
            let routines = Routines {
                functions: calls.into_iter().collect(),
                operators: Vec::new(),
            };
            Ok(ReadQuery {
                routines,
                cache_text: Some(normal::exact(&run)),
                sql: run,
                binds: params,
                uncacheable: Some(format!("petdb cannot analyse it ({why})")),
                ..ReadQuery::default()
            })
        }
    }
}

fn check_count(expected: usize, given: usize) -> Result<()> {
    if expected == given {
        return Ok(());
    }
    let values = if given == 1 {
        "value was"
    } else {
        "values were"
    };
    Err(UsageError(format!(
        "the statement has {expected} placeholder(s) but {given} {values} given (--param / --param-null)"
    ))
    .into())
}

/// Functions and operators used by a statement and the views it reads.
#[derive(Default)]
struct Used {
    functions: BTreeSet<String>,
    operators: BTreeSet<String>,
}

impl Used {
    fn from(facts: &Facts) -> Used {
        let mut used = Used::default();
        used.add(facts);
        used
    }

    fn add(&mut self, facts: &Facts) {
        self.functions.extend(facts.functions.iter().cloned());
        self.operators
            .extend(facts.operators.iter().map(|o| (*o).to_owned()));
    }

    /// What must be checked against the catalog before a result is kept: on PostgreSQL,
    /// every function and operator used (comparisons always: they also sort, group and
    /// join). SQLite has no user-defined functions here.
    fn routines(&self, backend: Backend) -> Routines {
        if backend != Backend::Postgres {
            return Routines::default();
        }
        let mut operators = self.operators.clone();
        for op in ["=", "<>", "<", ">", "<=", ">="] {
            operators.insert(op.to_owned());
        }
        Routines {
            functions: self.functions.iter().cloned().collect(),
            operators: operators.into_iter().collect(),
        }
    }
}

/// Collect the data tables `relations` stand for, following views; `Err` says why the
/// result cannot be tied to petdb's tables (and so must not be cached).
fn resolve(
    relations: &BTreeSet<Relation>,
    db: &mut Database,
    tables: &mut Tables,
    fingerprint: &mut Vec<String>,
    used: &mut Used,
    depth: usize,
) -> Result<(), String> {
    let backend = db.backend();
    for r in relations {
        let default_schema = match &r.schema {
            None => true,
            Some(s) => match backend {
                Backend::Sqlite => s == "main",
                Backend::Postgres => s == "public",
            },
        };
        if default_schema && let Some(table) = Table::from_name(&r.name) {
            tables.insert(table);
            continue;
        }
        let untracked = || {
            format!(
                "it reads {r}, which is neither one of petdb's tables ({}) nor a view of them",
                Tables::ALL.names()
            )
        };
        let system = match backend {
            Backend::Sqlite => r.name.starts_with("sqlite_"),
            Backend::Postgres => r.name.starts_with("pg_"),
        };
        if !default_schema || system || depth >= MAX_VIEW_DEPTH {
            return Err(untracked());
        }
        let definition = db
            .connection()
            .and_then(|conn| catalog::view_definition(conn, r.schema.as_deref(), &r.name))
            .map_err(|e| format!("cannot look up {r}: {e:#}"))?
            .ok_or_else(untracked)?;
        let inner = analysis::view_facts(&definition, backend)
            .map_err(|e| format!("it reads view {r}, which petdb cannot vouch for ({e})"))?;
        fingerprint.push(format!("view {r}: {definition}"));
        used.add(&inner);
        resolve(&inner.relations, db, tables, fingerprint, used, depth + 1)?;
    }
    Ok(())
}
