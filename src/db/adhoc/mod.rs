//! Ad-hoc SQL from operators (`petdb sql`): refused unless it is one read statement,
//! canonicalised (so spellings of one query share a cache entry), bound to typed values,
//! and analysed for the tables it reads — through views — so the cache can invalidate it.
//! What cannot be analysed or may change between runs is run uncached, never cached on a
//! guess.

mod analysis;
mod guard;

use std::collections::BTreeSet;

use anyhow::Result;
use sqlparser::tokenizer::{Token, Tokenizer};

use self::analysis::{Failure, Relation};
use super::catalog;
use super::database::Database;
use super::read::ReadQuery;
use super::schema::{Table, Tables};
use super::target::Backend;
use crate::UsageError;
use crate::rows::Value;

/// How deep views of views are followed.
const MAX_VIEW_DEPTH: usize = 8;

/// Check `text`, bind `params` and describe it as a read. `db` is asked only about names
/// that are not petdb's tables (they may be views).
pub fn prepare(text: &str, params: Vec<Value>, db: &mut Database) -> Result<ReadQuery> {
    let backend = db.backend();
    guard::check(text, analysis::dialect(backend).as_ref())?;
    let text = &numbered_question_marks(text, backend);
    match analysis::analyse(text, backend) {
        Ok(a) => {
            check_count(a.params, params.len())?;
            let mut tables = Tables::NONE;
            let mut fingerprint = Vec::new();
            let mut uncacheable = a.uncacheable;
            if uncacheable.is_none()
                && let Err(why) = resolve(&a.relations, db, &mut tables, &mut fingerprint, 0)
            {
                uncacheable = Some(why);
            }
            let column_probe = (!a.explain).then(|| {
                format!("SELECT petdb_probe.* FROM (SELECT 1) AS petdb_one LEFT JOIN ({}) AS petdb_probe ON 1 = 1", a.sql)
            });
            Ok(ReadQuery {
                sql: a.sql,
                binds: params,
                tables,
                columns: Vec::new(),
                column_probe,
                fingerprint,
                uncacheable,
                ..ReadQuery::default()
            })
        }
        Err(Failure::Refused(why)) => {
            Err(UsageError(format!("`petdb sql` runs reads only: {why}")).into())
        }
        Err(Failure::Placeholders(why)) => Err(UsageError(why).into()),
        Err(Failure::Unparsable(why)) => {
            // The database may read what the parser cannot: run it as written, read-only
            // and uncached (a syntax error then comes back in the database's own words).
            check_count(count_placeholders(text, backend), params.len())?;
            Ok(ReadQuery {
                sql: text.trim().trim_end_matches(';').to_owned(),
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

/// PostgreSQL has no `?` placeholder (its parser reads `?` as an operator): number them
/// `$1`, `$2`, … so `?` works on both backends. Left alone when the text already uses
/// `$n`, so jsonb's `?` operator stays usable there.
fn numbered_question_marks(text: &str, backend: Backend) -> String {
    if backend != Backend::Postgres {
        return text.to_owned();
    }
    let Ok(tokens) =
        Tokenizer::new(analysis::dialect(backend).as_ref(), text).tokenize_with_location()
    else {
        return text.to_owned();
    };
    if tokens
        .iter()
        .any(|t| matches!(&t.token, Token::Placeholder(p) if p.starts_with('$')))
    {
        return text.to_owned();
    }
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut out = String::with_capacity(text.len() + 8);
    let (mut copied, mut n) = (0, 0);
    for t in tokens.iter().filter(|t| matches!(t.token, Token::Question)) {
        let start = t.span.start;
        let Some(line) = line_starts.get((start.line as usize).saturating_sub(1)) else {
            continue;
        };
        let Some((offset, _)) = text[*line..]
            .char_indices()
            .nth((start.column as usize).saturating_sub(1))
        else {
            continue;
        };
        let at = line + offset;
        n += 1;
        out.push_str(&text[copied..at]);
        out.push_str(&format!("${n}"));
        copied = at + 1;
    }
    out.push_str(&text[copied..]);
    out
}

/// Placeholders counted by tokens (for text the parser could not read).
fn count_placeholders(text: &str, backend: Backend) -> usize {
    let Ok(tokens) = Tokenizer::new(analysis::dialect(backend).as_ref(), text).tokenize() else {
        return 0;
    };
    let mut anonymous = 0;
    let mut highest = 0;
    for t in tokens {
        if let Token::Placeholder(p) = t {
            match p[1..].parse::<usize>() {
                Ok(n) => highest = highest.max(n),
                Err(_) => anonymous += 1,
            }
        }
    }
    highest.max(anonymous)
}

/// Collect the data tables `relations` stand for, following views; `Err` says why the
/// result cannot be tied to petdb's tables (and so must not be cached).
fn resolve(
    relations: &BTreeSet<Relation>,
    db: &mut Database,
    tables: &mut Tables,
    fingerprint: &mut Vec<String>,
    depth: usize,
) -> Result<(), String> {
    for r in relations {
        let default_schema = match &r.schema {
            None => true,
            Some(s) => s == "main" || s == "public",
        };
        if default_schema && let Some(table) = Table::from_name(&r.name) {
            tables.insert(table);
            continue;
        }
        let untracked = || {
            let name = r
                .schema
                .as_ref()
                .map_or_else(|| r.name.clone(), |s| format!("{s}.{}", r.name));
            format!(
                "it reads {name}, which is neither one of petdb's tables ({}) nor a view of them",
                Tables::ALL.names()
            )
        };
        if !default_schema || depth >= MAX_VIEW_DEPTH {
            return Err(untracked());
        }
        let definition = db
            .connection()
            .and_then(|conn| catalog::view_definition(conn, &r.name))
            .map_err(|e| format!("cannot look up {}: {e:#}", r.name))?
            .ok_or_else(untracked)?;
        let inner = analysis::view_relations(&definition, db.backend())
            .map_err(|e| format!("it reads view {}, which petdb cannot analyse ({e})", r.name))?;
        fingerprint.push(format!("view {}: {definition}", r.name));
        resolve(&inner, db, tables, fingerprint, depth + 1)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_marks_become_numbered_on_postgres() {
        let sql = "SELECT '?', \"a?\" FROM pets -- ?\nWHERE id = ? AND name = ?";
        assert_eq!(
            numbered_question_marks(sql, Backend::Postgres),
            "SELECT '?', \"a?\" FROM pets -- ?\nWHERE id = $1 AND name = $2"
        );
        assert_eq!(numbered_question_marks(sql, Backend::Sqlite), sql);
        let jsonb = "SELECT data ? 'k' FROM t WHERE id = $1";
        assert_eq!(numbered_question_marks(jsonb, Backend::Postgres), jsonb);
        assert_eq!(
            numbered_question_marks("SELECT 'é', ?", Backend::Postgres),
            "SELECT 'é', $1"
        );
    }
}
