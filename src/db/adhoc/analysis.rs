//! What a parsed ad-hoc statement is: a read or not, the relations it reads (resolved by
//! scope), the functions and operators it uses, whether its result may be cached, and
//! the text its cache entry is keyed by. The statement itself is never rewritten for the
//! database: analysis and key work on sqlparser's reading of it.

use std::collections::BTreeSet;
use std::ops::ControlFlow;

use sqlparser::ast::{Query, Select, SetExpr, Statement, Visit, Visitor};
use sqlparser::dialect::Dialect;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::Tokenizer;

use super::normal;
use super::tokens;
use super::walk::{Facts, Walker};
use crate::db::target::Backend;

pub use super::walk::Relation;

#[derive(Debug)]
pub struct Analysis {
    pub explain: bool,
    /// Relations read (CTEs excluded), functions and operators used.
    pub facts: Facts,
    /// Why a result must not be cached, if it must not.
    pub uncacheable: Option<String>,
    /// The text the cache key covers (see [`normal`]).
    pub key: String,
    /// Every function the statement calls, anywhere in it.
    pub calls: BTreeSet<String>,
}

#[derive(Debug, PartialEq)]
pub enum Failure {
    /// Not a read: refused (a usage error).
    Refused(String),
    /// The parser could not read it: the database may still can (it then runs uncached).
    Unparsable(String),
}

pub fn dialect(backend: Backend) -> Box<dyn Dialect> {
    match backend {
        Backend::Sqlite => Box::new(sqlparser::dialect::SQLiteDialect {}),
        Backend::Postgres => Box::new(sqlparser::dialect::PostgreSqlDialect {}),
    }
}

/// Parse and analyse `run`, the statement exactly as the database will run it.
pub fn analyse(run: &str, backend: Backend) -> Result<Analysis, Failure> {
    let dialect = dialect(backend);
    let mut statements =
        Parser::parse_sql(dialect.as_ref(), run).map_err(|e| Failure::Unparsable(e.to_string()))?;
    if statements.len() != 1 {
        return Err(Failure::Refused(format!(
            "expected one statement, found {}",
            statements.len()
        )));
    }
    let mut statement = statements.pop().expect("one statement");
    let explain = match &statement {
        Statement::Query(_) => false,
        Statement::Explain {
            statement: inner, ..
        } if matches!(**inner, Statement::Query(_)) => true,
        other => {
            return Err(Failure::Refused(format!(
                "not a read statement: {}",
                first_words(&other.to_string())
            )));
        }
    };
    if let ControlFlow::Break(refusal) = Visit::visit(&statement, &mut Writes) {
        return Err(Failure::Refused(refusal));
    }
    let original = statement.clone();
    let calls = super::effects::calls(&statement);
    let mut walker = Walker::new(backend);
    match &mut statement {
        Statement::Query(q) => walker.query(q),
        Statement::Explain { statement, .. } => {
            if let Statement::Query(q) = &mut **statement {
                walker.query(q);
            }
        }
        _ => unreachable!("checked above"),
    }
    let mut facts = walker.facts;
    if backend == Backend::Postgres
        && let Some(run) = tokens::pg_operator_mismatch(run)
    {
        facts.uncacheable.get_or_insert(format!(
            "PostgreSQL may read the operator characters {run} otherwise than petdb's parser"
        ));
    }
    let (uncacheable, key) = if explain {
        (
            Some("EXPLAIN output describes a plan, not data".to_owned()),
            normal::exact(run),
        )
    } else {
        let key = normal::key(run, &original, &statement, &facts, backend);
        (facts.uncacheable.clone(), key)
    };
    Ok(Analysis {
        explain,
        facts,
        uncacheable,
        key,
        calls,
    })
}

/// What a view's definition reads and calls, or why a result through it cannot be cached.
pub fn view_facts(definition: &str, backend: Backend) -> Result<Facts, String> {
    let dialect = dialect(backend);
    let tokens = Tokenizer::new(dialect.as_ref(), definition)
        .tokenize()
        .map_err(|e| e.to_string())?;
    super::depth::check(&tokens)?;
    let mut statements =
        Parser::parse_sql(dialect.as_ref(), definition).map_err(|e| e.to_string())?;
    if statements.len() != 1 {
        return Err("its definition is not one statement".into());
    }
    let mut walker = Walker::new(backend);
    // SQLite keeps the whole CREATE VIEW; PostgreSQL only the query.
    match &mut statements[0] {
        Statement::CreateView(view) => walker.query(&mut view.query),
        Statement::Query(q) => walker.query(q),
        other => {
            return Err(format!(
                "unexpected definition: {}",
                first_words(&other.to_string())
            ));
        }
    }
    match walker.facts.uncacheable.take() {
        Some(why) => Err(why),
        None => Ok(walker.facts),
    }
}

fn first_words(s: &str) -> String {
    s.split_whitespace().take(3).collect::<Vec<_>>().join(" ")
}

/// Finds anything that writes or locks inside a read (the whole tree, whatever its kind).
struct Writes;

impl Visitor for Writes {
    type Break = String;

    fn pre_visit_query(&mut self, query: &Query) -> ControlFlow<String> {
        if !query.locks.is_empty() {
            return ControlFlow::Break("FOR UPDATE / FOR SHARE lock rows".into());
        }
        writes(&query.body)
    }

    fn pre_visit_select(&mut self, select: &Select) -> ControlFlow<String> {
        if select.into.is_some() {
            return ControlFlow::Break("SELECT … INTO creates a table".into());
        }
        ControlFlow::Continue(())
    }
}

/// Does a query body write (a data-modifying CTE)?
fn writes(body: &SetExpr) -> ControlFlow<String> {
    match body {
        SetExpr::Insert(_) | SetExpr::Update(_) | SetExpr::Delete(_) | SetExpr::Merge(_) => {
            ControlFlow::Break("a data-modifying statement inside a query".into())
        }
        SetExpr::SetOperation { left, right, .. } => {
            writes(left)?;
            writes(right)
        }
        _ => ControlFlow::Continue(()),
    }
}
