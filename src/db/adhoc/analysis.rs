//! What a parsed ad-hoc statement is: its canonical text (sqlparser's rendering: keywords
//! upper-cased, whitespace and comments gone, literals and identifiers as written), its
//! placeholders rewritten to the backend's style, the relations it reads (FROM, JOINs,
//! subqueries, CTE bodies), and whether it calls anything that would make a cached result
//! wrong (`random()`, `now()`, …) or that petdb cannot vouch for.

use std::collections::BTreeSet;
use std::ops::ControlFlow;

use sqlparser::ast::{
    Expr, FunctionArguments, ObjectName, ObjectNamePart, Query, Select, SetExpr, Statement, Value,
    ValueWithSpan, Visit, VisitMut, Visitor, VisitorMut,
};
use sqlparser::dialect::Dialect;
use sqlparser::parser::Parser;

use crate::db::target::Backend;

/// A table or view name as the database resolves it: unquoted parts folded to lower case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Relation {
    pub schema: Option<String>,
    pub name: String,
}

#[derive(Debug)]
pub struct Analysis {
    /// The statement as petdb runs it and keys it.
    pub sql: String,
    /// How many values its placeholders take.
    pub params: usize,
    pub explain: bool,
    /// Relations read, CTE names excluded.
    pub relations: BTreeSet<Relation>,
    /// Why a result must not be cached, if it must not (a function call, EXPLAIN, …).
    pub uncacheable: Option<String>,
}

#[derive(Debug, PartialEq)]
pub enum Failure {
    /// Not a read: refused (a usage error).
    Refused(String),
    /// Placeholders petdb cannot bind (a usage error).
    Placeholders(String),
    /// The parser could not read it: the database may still can (it then runs uncached).
    Unparsable(String),
}

/// Functions whose result depends on more than their arguments.
const NONDETERMINISTIC: &[&str] = &[
    "random",
    "randomblob",
    "random_normal",
    "setseed",
    "now",
    "current_timestamp",
    "current_date",
    "current_time",
    "localtime",
    "localtimestamp",
    "clock_timestamp",
    "statement_timestamp",
    "transaction_timestamp",
    "timeofday",
    "gen_random_uuid",
    "uuid_generate_v1",
    "uuid_generate_v1mc",
    "uuid_generate_v4",
    "nextval",
    "currval",
    "lastval",
    "setval",
    "txid_current",
    "pg_current_xact_id",
    "changes",
    "total_changes",
    "last_insert_rowid",
    "pg_backend_pid",
    "inet_client_addr",
    "sqlite_version",
    "version",
];

/// SQLite's date functions read the clock when called without arguments.
const CLOCK_WITHOUT_ARGS: &[&str] = &["date", "time", "datetime", "julianday", "unixepoch", "age"];

/// Date words that mean "the current moment" inside a literal (`'now'::timestamp`, `date('now')`).
const CLOCK_LITERALS: &[&str] = &["now", "today", "tomorrow", "yesterday"];

/// Built-in functions of SQLite and PostgreSQL whose results depend only on their
/// arguments (and the rows): the only calls a cached result may contain.
const DETERMINISTIC: &[&str] = &[
    // aggregates and window functions
    "count",
    "sum",
    "avg",
    "min",
    "max",
    "total",
    "group_concat",
    "string_agg",
    "array_agg",
    "json_agg",
    "jsonb_agg",
    "json_group_array",
    "json_group_object",
    "bool_and",
    "bool_or",
    "every",
    "stddev",
    "stddev_pop",
    "stddev_samp",
    "variance",
    "var_pop",
    "var_samp",
    "median",
    "percentile_cont",
    "percentile_disc",
    "mode",
    "row_number",
    "rank",
    "dense_rank",
    "percent_rank",
    "cume_dist",
    "ntile",
    "lag",
    "lead",
    "first_value",
    "last_value",
    "nth_value",
    // scalar
    "abs",
    "coalesce",
    "ifnull",
    "nullif",
    "iif",
    "greatest",
    "least",
    "lower",
    "upper",
    "length",
    "char_length",
    "character_length",
    "octet_length",
    "substr",
    "substring",
    "trim",
    "ltrim",
    "rtrim",
    "btrim",
    "replace",
    "instr",
    "strpos",
    "concat",
    "concat_ws",
    "printf",
    "format",
    "left",
    "right",
    "lpad",
    "rpad",
    "repeat",
    "reverse",
    "initcap",
    "split_part",
    "starts_with",
    "regexp_replace",
    "regexp_match",
    "regexp_matches",
    "regexp_like",
    "like",
    "glob",
    "hex",
    "unhex",
    "quote",
    "quote_ident",
    "quote_literal",
    "typeof",
    "round",
    "floor",
    "ceil",
    "ceiling",
    "trunc",
    "sign",
    "sqrt",
    "power",
    "pow",
    "exp",
    "ln",
    "log",
    "log10",
    "mod",
    "div",
    "pi",
    "degrees",
    "radians",
    "sin",
    "cos",
    "tan",
    "to_char",
    "to_date",
    "to_number",
    "to_timestamp",
    "date_trunc",
    "date_part",
    "make_date",
    "make_timestamp",
    "justify_days",
    "date",
    "time",
    "datetime",
    "julianday",
    "unixepoch",
    "strftime",
    "timediff",
    "age",
    "json",
    "json_extract",
    "json_object",
    "json_array",
    "json_array_length",
    "json_type",
    "json_valid",
    "json_build_object",
    "json_build_array",
    "jsonb_build_object",
    "to_json",
    "to_jsonb",
    "array_length",
    "cardinality",
    "unnest",
    "md5",
    "zeroblob",
    "char",
    "ascii",
    "chr",
    "unicode",
    "likelihood",
    "likely",
    "unlikely",
    "soundex",
    "cast",
];

pub fn dialect(backend: Backend) -> Box<dyn Dialect> {
    match backend {
        Backend::Sqlite => Box::new(sqlparser::dialect::SQLiteDialect {}),
        Backend::Postgres => Box::new(sqlparser::dialect::PostgreSqlDialect {}),
    }
}

/// Parse, check and canonicalise one read statement for `backend`.
pub fn analyse(text: &str, backend: Backend) -> Result<Analysis, Failure> {
    let dialect = dialect(backend);
    let mut statements = Parser::parse_sql(dialect.as_ref(), text)
        .map_err(|e| Failure::Unparsable(e.to_string()))?;
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

    let mut placeholders = Placeholders {
        backend,
        anonymous: 0,
        highest: 0,
        error: None,
    };
    let _ = VisitMut::visit(&mut statement, &mut placeholders);
    if let Some(e) = placeholders.error {
        return Err(Failure::Placeholders(e));
    }
    let params = if placeholders.highest > 0 {
        placeholders.highest
    } else {
        placeholders.anonymous
    };

    let mut reads = Reads::default();
    if let ControlFlow::Break(refusal) = Visit::visit(&statement, &mut reads) {
        return Err(Failure::Refused(refusal));
    }
    let relations: BTreeSet<Relation> = reads
        .relations
        .into_iter()
        .filter(|r| !(r.schema.is_none() && reads.ctes.contains(&r.name)))
        .collect();
    let uncacheable = if explain {
        Some("EXPLAIN output describes a plan, not data".into())
    } else {
        reads
            .nondeterministic
            .map(|f| format!("it calls {f}, whose result changes from one run to the next"))
            .or_else(|| {
                reads.unknown_function.map(|f| {
                    format!("it calls {f}(), which petdb does not know to be deterministic")
                })
            })
    };
    Ok(Analysis {
        sql: statement.to_string(),
        params,
        explain,
        relations,
        uncacheable,
    })
}

/// The relations a view's definition reads (CTE names excluded), or why it cannot tell.
pub fn view_relations(definition: &str, backend: Backend) -> Result<BTreeSet<Relation>, String> {
    let dialect = dialect(backend);
    let statements = Parser::parse_sql(dialect.as_ref(), definition).map_err(|e| e.to_string())?;
    let mut reads = Reads::default();
    for s in &statements {
        // SQLite keeps the whole CREATE VIEW; PostgreSQL only the query.
        let flow = match s {
            Statement::CreateView(view) => Visit::visit(&*view.query, &mut reads),
            Statement::Query(q) => Visit::visit(&**q, &mut reads),
            other => {
                return Err(format!(
                    "unexpected definition: {}",
                    first_words(&other.to_string())
                ));
            }
        };
        if let ControlFlow::Break(e) = flow {
            return Err(e);
        }
    }
    if let Some(f) = reads.nondeterministic.or(reads.unknown_function) {
        return Err(format!("the view calls {f}"));
    }
    Ok(reads
        .relations
        .into_iter()
        .filter(|r| !(r.schema.is_none() && reads.ctes.contains(&r.name)))
        .collect())
}

fn first_words(s: &str) -> String {
    s.split_whitespace().take(3).collect::<Vec<_>>().join(" ")
}

/// Rewrites placeholders into the backend's numbered style and counts them.
struct Placeholders {
    backend: Backend,
    anonymous: usize,
    highest: usize,
    error: Option<String>,
}

impl VisitorMut for Placeholders {
    type Break = ();

    fn pre_visit_value(&mut self, value: &mut ValueWithSpan) -> ControlFlow<()> {
        let Value::Placeholder(p) = &mut value.value else {
            return ControlFlow::Continue(());
        };
        let number = if p == "?" {
            self.anonymous += 1;
            None
        } else {
            match p[1..].parse::<usize>() {
                Ok(n) if n > 0 && (p.starts_with('?') || p.starts_with('$')) => Some(n),
                _ => {
                    self.error = Some(format!(
                        "named parameters such as '{p}' are not supported; use ? or $1, $2, …"
                    ));
                    return ControlFlow::Break(());
                }
            }
        };
        if let Some(n) = number {
            self.highest = self.highest.max(n);
        }
        if self.anonymous > 0 && self.highest > 0 {
            self.error = Some("use either ? or numbered placeholders ($1, ?1), not both".into());
            return ControlFlow::Break(());
        }
        let n = number.unwrap_or(self.anonymous);
        *p = match self.backend {
            Backend::Postgres => format!("${n}"),
            Backend::Sqlite => format!("?{n}"),
        };
        ControlFlow::Continue(())
    }
}

/// Collects what a statement reads and calls, and breaks on anything that writes.
#[derive(Default)]
struct Reads {
    relations: BTreeSet<Relation>,
    ctes: BTreeSet<String>,
    nondeterministic: Option<String>,
    unknown_function: Option<String>,
}

impl Visitor for Reads {
    type Break = String;

    fn pre_visit_query(&mut self, query: &Query) -> ControlFlow<String> {
        if let Some(with) = &query.with {
            for cte in &with.cte_tables {
                self.ctes.insert(fold(
                    &cte.alias.name.value,
                    cte.alias.name.quote_style.is_some(),
                ));
            }
        }
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

    fn pre_visit_relation(&mut self, relation: &ObjectName) -> ControlFlow<String> {
        let mut parts = Vec::new();
        for part in &relation.0 {
            match part {
                ObjectNamePart::Identifier(id) => {
                    parts.push(fold(&id.value, id.quote_style.is_some()))
                }
                ObjectNamePart::Function(f) => parts.push(format!("{}()", f.name.value)),
            }
        }
        let name = parts.pop().unwrap_or_default();
        let schema = (!parts.is_empty()).then(|| parts.join("."));
        self.relations.insert(Relation { schema, name });
        ControlFlow::Continue(())
    }

    fn pre_visit_expr(&mut self, expr: &Expr) -> ControlFlow<String> {
        if let Expr::Function(f) = expr {
            let name = f
                .name
                .0
                .last()
                .and_then(|p| p.as_ident())
                .map(|id| fold(&id.value, id.quote_style.is_some()))
                .unwrap_or_default();
            let no_args = match &f.args {
                FunctionArguments::None => true,
                FunctionArguments::List(l) => l.args.is_empty(),
                FunctionArguments::Subquery(_) => false,
            };
            if NONDETERMINISTIC.contains(&name.as_str())
                || (CLOCK_WITHOUT_ARGS.contains(&name.as_str()) && no_args)
                || (name == "age"
                    && matches!(&f.args, FunctionArguments::List(l) if l.args.len() == 1))
            {
                self.nondeterministic.get_or_insert(format!("{name}()"));
            } else if !DETERMINISTIC.contains(&name.as_str()) {
                self.unknown_function.get_or_insert(name);
            }
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_value(&mut self, value: &ValueWithSpan) -> ControlFlow<String> {
        if let Some(s) = value.value.clone().into_string()
            && CLOCK_LITERALS.contains(&s.trim().to_lowercase().as_str())
        {
            self.nondeterministic
                .get_or_insert(format!("'{s}' (the current time)"));
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

/// Unquoted identifiers are case-insensitive on both backends.
fn fold(name: &str, quoted: bool) -> String {
    if quoted {
        name.to_owned()
    } else {
        name.to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(sql: &str) -> String {
        analyse(sql, Backend::Sqlite).unwrap().sql
    }

    /// Pairs that must share an entry, and pairs that must not.
    #[test]
    fn normalization_pairs() {
        let same = [
            (
                "select * FROM pets where name='Rex'",
                "SELECT *\n  from pets WHERE name = 'Rex'",
            ),
            (
                "SELECT id FROM pets -- trailing comment",
                "select id /* inline */ from pets",
            ),
            (
                "SELECT id, name FROM owners ORDER BY id",
                "  SELECT\tid ,name FROM owners order by id ;",
            ),
            (
                "SELECT COUNT(*) FROM pets WHERE id = ?",
                "select COUNT(*) from pets where id=?",
            ),
            ("SELECT 'it''s' AS x", "select 'it''s' as x"),
        ];
        for (a, b) in same {
            assert_eq!(key(a), key(b), "{a:?} and {b:?} should share a key");
        }
        let different = [
            (
                "SELECT * FROM pets WHERE name = 'Rex'",
                "SELECT * FROM pets WHERE name = 'rex'",
            ),
            (
                "SELECT * FROM pets WHERE name = 'Rex'",
                "SELECT * FROM pets WHERE name = 'Rex '",
            ),
            ("SELECT id FROM pets", "SELECT \"id\" FROM pets"),
            ("SELECT id FROM pets", "SELECT ID FROM pets"),
            ("SELECT 1", "SELECT 1.0"),
            ("SELECT 'a -- not a comment'", "SELECT 'a'"),
            (
                "SELECT id FROM pets ORDER BY id",
                "SELECT id FROM pets ORDER BY id DESC",
            ),
        ];
        for (a, b) in different {
            assert_ne!(key(a), key(b), "{a:?} and {b:?} must not share a key");
        }
    }

    #[test]
    fn placeholders_take_the_backends_style() {
        let lite = analyse(
            "SELECT * FROM pets WHERE id = ? AND name = ?",
            Backend::Sqlite,
        )
        .unwrap();
        assert_eq!(lite.params, 2);
        assert!(lite.sql.contains("id = ?1 AND name = ?2"), "{}", lite.sql);
        let pg = analyse(
            "SELECT * FROM pets WHERE id = ?1 AND name = $2",
            Backend::Postgres,
        );
        assert!(
            matches!(pg, Err(Failure::Unparsable(_))),
            "PostgreSQL reads ? as an operator: adhoc numbers them first"
        );
        let pg = analyse(
            "SELECT * FROM pets WHERE id = $1 AND name = $2",
            Backend::Postgres,
        )
        .unwrap();
        assert!(pg.sql.contains("id = $1 AND name = $2"), "{}", pg.sql);
        let numbered = analyse("SELECT $2, $1, $2", Backend::Sqlite).unwrap();
        assert_eq!(numbered.params, 2);
        assert_eq!(numbered.sql, "SELECT ?2, ?1, ?2");
        assert!(matches!(
            analyse("SELECT ?, $1", Backend::Sqlite),
            Err(Failure::Placeholders(_))
        ));
        assert!(matches!(
            analyse("SELECT :name", Backend::Sqlite),
            Err(Failure::Placeholders(_))
        ));
    }

    fn tables(sql: &str) -> Vec<String> {
        analyse(sql, Backend::Postgres)
            .unwrap()
            .relations
            .into_iter()
            .map(|r| r.name)
            .collect()
    }

    #[test]
    fn relations_are_found_everywhere_and_ctes_are_not_tables() {
        assert_eq!(
            tables("SELECT * FROM pets p JOIN owners o ON o.id = p.owner_id"),
            ["owners", "pets"]
        );
        assert_eq!(
            tables("SELECT (SELECT count(*) FROM procedures) FROM species"),
            ["procedures", "species"]
        );
        assert_eq!(
            tables("SELECT * FROM pets WHERE owner_id IN (SELECT id FROM owners)"),
            ["owners", "pets"]
        );
        assert_eq!(
            tables("WITH rich AS (SELECT * FROM owners) SELECT * FROM rich JOIN pets ON true"),
            ["owners", "pets"]
        );
        assert_eq!(
            tables("SELECT 1 FROM PETS WHERE EXISTS (SELECT 1 FROM \"Owners\")"),
            ["Owners", "pets"]
        );
        assert_eq!(
            tables("SELECT id FROM pets UNION SELECT id FROM owners"),
            ["owners", "pets"]
        );
        assert!(tables("VALUES (1, 2)").is_empty());
        let public = analyse("SELECT * FROM public.pets", Backend::Postgres).unwrap();
        assert_eq!(
            public.relations.iter().next().unwrap().schema.as_deref(),
            Some("public")
        );
    }

    #[test]
    fn clocks_and_dice_are_never_cached() {
        for sql in [
            "SELECT random()",
            "SELECT now()",
            "SELECT CURRENT_TIMESTAMP",
            "SELECT * FROM procedures WHERE performed_at > date('now', '-30 days')",
            "SELECT datetime()",
            "SELECT 'now'::timestamp",
            "SELECT nextval('s')",
            "SELECT age(performed_at) FROM procedures",
        ] {
            let a = analyse(sql, Backend::Postgres).unwrap();
            assert!(
                a.uncacheable
                    .as_deref()
                    .is_some_and(|r| r.contains("changes from one run")),
                "{sql}: {:?}",
                a.uncacheable
            );
        }
        let unknown = analyse("SELECT my_func(id) FROM pets", Backend::Postgres).unwrap();
        assert!(unknown.uncacheable.unwrap().contains("my_func()"));
        let fine = analyse("SELECT lower(name), count(*), round(avg(cost_cents), 2), strftime('%Y', performed_at) FROM procedures GROUP BY 1", Backend::Sqlite).unwrap();
        assert_eq!(fine.uncacheable, None);
        assert!(
            analyse("EXPLAIN SELECT 1", Backend::Sqlite)
                .unwrap()
                .uncacheable
                .is_some()
        );
    }

    #[test]
    fn writes_hidden_in_reads_are_refused() {
        for sql in [
            "WITH d AS (DELETE FROM pets RETURNING *) SELECT * FROM d",
            "SELECT * INTO copy FROM pets",
            "SELECT * FROM pets FOR UPDATE",
            "SELECT * FROM pets FOR SHARE",
            "INSERT INTO pets VALUES (1)",
            "EXPLAIN DELETE FROM pets",
        ] {
            assert!(
                matches!(analyse(sql, Backend::Postgres), Err(Failure::Refused(_))),
                "{sql}"
            );
        }
    }
}
