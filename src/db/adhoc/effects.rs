//! What `petdb sql` lets run on PostgreSQL: only calls of functions petdb knows to be free
//! of side effects. A `READ ONLY` transaction stops writes to tables, but not what some
//! functions do outside the transaction — large objects (`lo_import`, `lo_unlink`,
//! `lo_export` writes a server file), replication slots, `pg_switch_wal`,
//! `pg_reload_conf`, `pg_stat_reset`, `pg_terminate_backend`, advisory locks that outlive
//! the statement, `pg_notify`, `dblink` — nor a user's own function. Every call a
//! statement makes is checked against the table in `functions.rs` before anything is sent;
//! one of the same name outside pg_catalog is caught when it runs (`catalog::capture`).

use std::collections::BTreeSet;
use std::ops::ControlFlow;

use sqlparser::ast::{Expr, ObjectName, ObjectNamePart, Statement, TableFactor, Visit, Visitor};
use sqlparser::dialect::Dialect;
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, Tokenizer};

use super::functions;
use crate::UsageError;
use crate::db::target::Backend;

/// Every function a parsed statement calls, anywhere in it (`schema.name` when
/// qualified), in lower case unless quoted.
pub fn calls(statement: &Statement) -> BTreeSet<String> {
    let mut found = Calls::default();
    let _ = Visit::visit(statement, &mut found);
    found.0
}

#[derive(Default)]
struct Calls(BTreeSet<String>);

impl Visitor for Calls {
    type Break = ();

    fn pre_visit_expr(&mut self, expr: &Expr) -> ControlFlow<()> {
        if let Expr::Function(f) = expr {
            self.0.insert(name_of(&f.name));
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_table_factor(&mut self, factor: &TableFactor) -> ControlFlow<()> {
        match factor {
            TableFactor::Table {
                name,
                args: Some(_),
                ..
            }
            | TableFactor::Function { name, .. } => {
                self.0.insert(name_of(name));
            }
            TableFactor::UNNEST { .. } => {
                self.0.insert("unnest".into());
            }
            _ => {}
        }
        ControlFlow::Continue(())
    }
}

fn name_of(name: &ObjectName) -> String {
    name.0
        .iter()
        .map(|part| match part {
            ObjectNamePart::Identifier(id) if id.quote_style.is_some() => id.value.clone(),
            ObjectNamePart::Identifier(id) => id.value.to_lowercase(),
            ObjectNamePart::Function(f) => f.name.value.to_lowercase(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// Keywords that may stand before a parenthesis without calling a function.
const SYNTAX: &[Keyword] = &[
    Keyword::ALL,
    Keyword::AND,
    Keyword::ANY,
    Keyword::ARRAY,
    Keyword::AS,
    Keyword::BETWEEN,
    Keyword::BY,
    Keyword::CASE,
    Keyword::CAST,
    Keyword::COLLATE,
    Keyword::DISTINCT,
    Keyword::ELSE,
    Keyword::END,
    Keyword::ESCAPE,
    Keyword::EXCEPT,
    Keyword::EXISTS,
    Keyword::EXTRACT,
    Keyword::FETCH,
    Keyword::FILTER,
    Keyword::FROM,
    Keyword::GROUP,
    Keyword::HAVING,
    Keyword::ILIKE,
    Keyword::IN,
    Keyword::INTERSECT,
    Keyword::INTERVAL,
    Keyword::IS,
    Keyword::JOIN,
    Keyword::LATERAL,
    Keyword::LIKE,
    Keyword::LIMIT,
    Keyword::MATERIALIZED,
    Keyword::NOT,
    Keyword::OFFSET,
    Keyword::ON,
    Keyword::OR,
    Keyword::ORDER,
    Keyword::OVER,
    Keyword::OVERLAY,
    Keyword::PARTITION,
    Keyword::POSITION,
    Keyword::RECURSIVE,
    Keyword::ROW,
    Keyword::ROWS,
    Keyword::SELECT,
    Keyword::SIMILAR,
    Keyword::SOME,
    Keyword::SUBSTRING,
    Keyword::TABLE,
    Keyword::THEN,
    Keyword::TRIM,
    Keyword::UNION,
    Keyword::USING,
    Keyword::VALUES,
    Keyword::WHEN,
    Keyword::WHERE,
    Keyword::WINDOW,
    Keyword::WITH,
    Keyword::WITHIN,
    Keyword::EXPLAIN,
    Keyword::ANALYZE,
    Keyword::VERBOSE,
    Keyword::RANGE,
    Keyword::GROUPS,
];

/// Calls in text the parser could not read, found by tokens: a name followed by `(` that
/// is not syntax, not a type's modifier (`::varchar(20)`), not an alias's column list
/// (`AS t(a, b)`, `FROM t x(a)`) and not a CTE's (`WITH x(a) AS`). Errs on the side of
/// finding too many: an unreadable statement is refused rather than run on a guess.
pub fn calls_in_text(text: &str, dialect: &dyn Dialect) -> BTreeSet<String> {
    let Ok(tokens) = Tokenizer::new(dialect, text).tokenize() else {
        return BTreeSet::new();
    };
    let tokens: Vec<Token> = tokens
        .into_iter()
        .filter(|t| !matches!(t, Token::Whitespace(_)))
        .collect();
    let mut found = BTreeSet::new();
    for i in 0..tokens.len() {
        let (Token::Word(w), Some(Token::LParen)) = (&tokens[i], tokens.get(i + 1)) else {
            continue;
        };
        if w.quote_style.is_none() && SYNTAX.contains(&w.keyword) {
            continue;
        }
        let before = i.checked_sub(1).map(|j| &tokens[j]);
        let after_dot = matches!(before, Some(Token::Period));
        let typed = matches!(before, Some(Token::DoubleColon))
            || matches!(before, Some(Token::Word(b)) if b.keyword == Keyword::AS);
        let alias_list = matches!(before, Some(Token::Word(b)) if b.keyword == Keyword::NoKeyword);
        let cte_list = closing(&tokens, i + 1)
            .and_then(|c| tokens.get(c + 1))
            .is_some_and(|t| matches!(t, Token::Word(a) if a.keyword == Keyword::AS));
        if typed || alias_list || cte_list {
            continue;
        }
        let name = if w.quote_style.is_some() {
            w.value.clone()
        } else {
            w.value.to_lowercase()
        };
        let qualified = match (after_dot, i.checked_sub(2).map(|j| &tokens[j])) {
            (true, Some(Token::Word(schema))) => format!("{}.{name}", schema.value.to_lowercase()),
            _ => name,
        };
        found.insert(qualified);
    }
    found
}

/// The index of the `)` closing the `(` at `open`.
fn closing(tokens: &[Token], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, t) in tokens.iter().enumerate().skip(open) {
        match t {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Refuse (a usage error naming it) the first call that is not of a function petdb knows
/// to be free of side effects. PostgreSQL only: SQLite's SQL cannot reach outside the
/// database, and a read-only connection stops its writes.
pub fn refuse_unknown(calls: &BTreeSet<String>, backend: Backend) -> Result<(), UsageError> {
    if backend != Backend::Postgres {
        return Ok(());
    }
    for call in calls {
        let (schema, name) = match call.rsplit_once('.') {
            Some((schema, name)) => (Some(schema), name),
            None => (None, call.as_str()),
        };
        let known = functions::lookup(name, backend).filter(|f| f.side_effect_free);
        if schema.is_some_and(|s| s != "pg_catalog") || known.is_none() {
            return Err(UsageError(format!(
                "`petdb sql` runs only functions it knows to be free of side effects; \
                 {call}() is not one of them (a function can write outside the read-only \
                 transaction: files, large objects, locks, signals, other databases)"
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::parser::Parser;

    fn parsed(sql: &str) -> BTreeSet<String> {
        let mut s = Parser::parse_sql(&PostgreSqlDialect {}, sql).unwrap();
        calls(&s.pop().unwrap())
    }

    #[test]
    fn every_call_is_found_wherever_it_stands() {
        let found = parsed(
            "WITH x AS (SELECT lo_import('/etc/passwd') AS o) \
             SELECT count(*), (SELECT pg_advisory_lock(1)) FROM x, generate_series(1, 2) g \
             WHERE EXISTS (SELECT 1 WHERE pg_catalog.lower('A') = evil.f(1)) \
             ORDER BY Upper(\"Name\"())",
        );
        for name in [
            "lo_import",
            "count",
            "pg_advisory_lock",
            "generate_series",
            "pg_catalog.lower",
            "evil.f",
            "upper",
            "Name",
        ] {
            assert!(found.contains(name), "{name} in {found:?}");
        }
    }

    #[test]
    fn unreadable_text_is_searched_by_tokens() {
        let found = calls_in_text(
            "SELECT lo_unlink(1), x::varchar(20), CAST(y AS numeric(10, 2)) FROM t AS a(b, c) \
             JOIN u v(w) ON v.w IN (1) WHERE public.evil(1) AND EXISTS (SELECT 1) \
             AND 1 = ANY (ARRAY[1])",
            &PostgreSqlDialect {},
        );
        assert_eq!(
            found.into_iter().collect::<Vec<_>>(),
            ["lo_unlink", "public.evil"]
        );
        let cte = calls_in_text(
            "WITH q(a) AS (SELECT 1) SELECT * FROM q",
            &PostgreSqlDialect {},
        );
        assert!(cte.is_empty(), "{cte:?}");
    }

    #[test]
    fn only_known_side_effect_free_functions_pass() {
        let set = |names: &[&str]| names.iter().map(|s| (*s).to_owned()).collect();
        assert!(
            refuse_unknown(
                &set(&["count", "lower", "pg_catalog.upper", "now"]),
                Backend::Postgres
            )
            .is_ok()
        );
        for bad in [
            "lo_import",
            "lo_unlink",
            "lo_export",
            "lo_create",
            "lo_from_bytea",
            "pg_create_physical_replication_slot",
            "pg_switch_wal",
            "pg_reload_conf",
            "pg_stat_reset",
            "pg_rotate_logfile",
            "pg_terminate_backend",
            "pg_cancel_backend",
            "pg_advisory_lock",
            "pg_notify",
            "dblink",
            "dblink_exec",
            "nextval",
            "setval",
            "public.lower",
            "my_function",
        ] {
            let e = refuse_unknown(&set(&[bad]), Backend::Postgres).unwrap_err();
            assert!(e.0.contains(&format!("{bad}()")), "{e}");
        }
        assert!(refuse_unknown(&set(&["anything"]), Backend::Sqlite).is_ok());
    }
}
