//! One walk over a parsed read statement that does two things at once:
//!
//! - **analysis**: every table reference is resolved by scope (a CTE name hides a table
//!   only inside its WITH's query), every function call is checked against
//!   [`functions::FUNCTIONS`] with its argument rules, and every construct petdb does not
//!   know (table functions, LATERAL, TABLESAMPLE, unknown operators or node kinds) makes the
//!   statement uncacheable — positive proof, never a guess;
//! - **canonicalization** for the cache key: unquoted identifiers and function names folded
//!   to lower case, redundant parentheses dropped (only where the backend's own operator
//!   precedence proves them redundant), join and cast spellings and table-alias `AS`
//!   unified. Names that become column headers keep their case on SQLite.
//!
//! The walk covers a known subset of sqlparser's AST explicitly (structs are destructured
//! in full, so a new field in a new sqlparser version fails to compile rather than being
//! skipped silently); everything else is "unsupported" and uncacheable.

use std::collections::BTreeSet;

use sqlparser::ast::{
    BinaryOperator, CastKind, CeilFloorKind, DataType, DateTimeField, Distinct, Expr, Function,
    FunctionArg, FunctionArgExpr, FunctionArgumentClause, FunctionArguments, GroupByExpr, Ident,
    Join, JoinConstraint, JoinOperator, LimitClause, NamedWindowExpr, ObjectName, ObjectNamePart,
    Offset, OffsetRows, OrderBy, OrderByExpr, OrderByKind, OrderBySort, Query, Select,
    SelectFlavor, SelectItem, SelectItemQualifiedWildcardKind, SetExpr, SetOperator, SetQuantifier,
    TableAlias, TableFactor, TableWithJoins, TypeModifier, TypedString, UnaryOperator, Value,
    ValueWithSpan, WildcardAdditionalOptions, WindowFrameBound, WindowSpec, WindowType,
};

use super::functions::{self, Caching, DateArgs};
use crate::db::target::Backend;

/// A table or view name as the database resolves it (folded as the backend folds it).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Relation {
    pub schema: Option<String>,
    pub name: String,
}

impl std::fmt::Display for Relation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.schema {
            Some(s) => write!(f, "{s}.{}", self.name),
            None => f.write_str(&self.name),
        }
    }
}

/// A SELECT's position (its SELECT keyword) and which of its items have no alias: on
/// SQLite such an item's header is its text as written.
#[derive(Debug, Clone)]
pub struct SelectItems {
    pub line: u64,
    pub column: u64,
    pub unaliased: Vec<bool>,
}

/// What the walk found.
#[derive(Debug, Default)]
pub struct Facts {
    /// Relations read that are not CTEs: tracked tables, or names to look up (views).
    pub relations: BTreeSet<Relation>,
    /// Functions called (lower case), for PostgreSQL's check that no user-defined function
    /// of the same name could capture the call.
    pub functions: BTreeSet<String>,
    /// Operators used, for the same check.
    pub operators: BTreeSet<&'static str>,
    /// Why a result must not be cached (the first reason found).
    pub uncacheable: Option<String>,
    pub selects: Vec<SelectItems>,
}

/// CTE names visible at some point of the statement.
struct Scope {
    /// Names that are the CTE on both backends.
    visible: Vec<String>,
    /// Names that are the CTE on one backend and the table on the other (a later CTE of a
    /// non-recursive WITH, which SQLite sees and PostgreSQL does not): read as both.
    ambiguous: Vec<String>,
}

/// PostgreSQL's system columns (see [`Walker::system_column`]).
const SYSTEM_COLUMNS: &[&str] = &["ctid", "xmin", "xmax", "cmin", "cmax", "tableoid"];

pub struct Walker {
    backend: Backend,
    scopes: Vec<Scope>,
    pub facts: Facts,
}

/// Binding strength of an operator, per backend (higher binds tighter). `DELIMITED`:
/// nothing binds at this side (a comma, a keyword, a parenthesis). `UNKNOWN`: petdb does
/// not know, so parentheses next to it are kept.
type Level = u8;
const DELIMITED: Level = 0;
const UNKNOWN: Level = 255;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Or,
    And,
    Not,
    Is,
    Eq,
    Rel,
    Pred,
    Bit,
    Concat,
    Other,
    Add,
    Mul,
    Exp,
    Collate,
    Unary,
    DoubleColon,
}

/// Where an expression stands: the binding strength of its neighbours on each side.
#[derive(Debug, Clone, Copy)]
struct Ctx {
    left: Level,
    right: Level,
    /// ORDER BY / GROUP BY / PARTITION BY: `(1)` and `1` may differ there, keep literals.
    keep_literal: bool,
}

const TOP: Ctx = Ctx {
    left: DELIMITED,
    right: DELIMITED,
    keep_literal: false,
};
const SORT: Ctx = Ctx {
    left: DELIMITED,
    right: DELIMITED,
    keep_literal: true,
};
const ATOM: Ctx = Ctx {
    left: UNKNOWN,
    right: UNKNOWN,
    keep_literal: false,
};

impl Ctx {
    fn between(left: Level, right: Level) -> Ctx {
        Ctx {
            left,
            right,
            keep_literal: false,
        }
    }

    /// The operand left of an operator of `level` that stands where `self` stands.
    fn before(self, level: Level) -> Ctx {
        Ctx::between(self.left, level)
    }

    /// The operand right of an operator of `level` that stands where `self` stands.
    fn after(self, level: Level) -> Ctx {
        Ctx::between(level, self.right)
    }
}

impl Walker {
    pub fn new(backend: Backend) -> Self {
        Walker {
            backend,
            scopes: Vec::new(),
            facts: Facts::default(),
        }
    }

    fn pg(&self) -> bool {
        self.backend == Backend::Postgres
    }

    fn uncacheable(&mut self, why: impl Into<String>) {
        if self.facts.uncacheable.is_none() {
            self.facts.uncacheable = Some(why.into());
        }
    }

    fn unsupported(&mut self, what: &str) {
        self.uncacheable(format!(
            "petdb does not analyse {what}, so it cannot prove the result depends only on its tables"
        ));
    }

    /// A PostgreSQL system column changes without a write or DDL petdb sees (`VACUUM FULL`
    /// moves `ctid`, a row lock sets `xmax`, `tableoid` changes when a table is recreated):
    /// a result that reads one is never cached. Any spelling counts, on both backends (on
    /// SQLite the name is an ordinary one, which petdb's tables do not have).
    fn system_column(&mut self, id: &Ident) {
        let name = id.value.to_ascii_lowercase();
        if SYSTEM_COLUMNS.contains(&name.as_str()) {
            self.uncacheable(format!(
                "it reads the system column {name}, which PostgreSQL changes without a write \
                 petdb sees (VACUUM FULL moves rows, a row lock sets xmax)"
            ));
        }
    }

    // ---- names ----

    /// How the backend resolves a name: SQLite ignores ASCII case even in quotes;
    /// PostgreSQL folds unquoted names to lower case.
    fn resolve_name(&self, id: &Ident) -> String {
        if self.pg() && id.quote_style.is_some() {
            id.value.clone()
        } else {
            id.value.to_ascii_lowercase()
        }
    }

    /// Canonical spelling of an identifier that is not a column header: unquoted ones
    /// folded to lower case (both backends ignore their case).
    fn fold(&self, id: &mut Ident) {
        match id.quote_style {
            None => id.value.make_ascii_lowercase(),
            // PostgreSQL: `"pets"` is `pets` (not so on SQLite, where a double-quoted
            // name that is no column is a string).
            Some('"') if self.pg() && plain_name(&id.value) => id.quote_style = None,
            _ => {}
        }
    }

    /// An identifier that may become a column header: SQLite keeps its case in the
    /// header, PostgreSQL folds it.
    fn fold_header(&self, id: &mut Ident) {
        if self.pg() {
            self.fold(id);
        }
    }

    fn fold_object_name(&mut self, name: &mut ObjectName) -> Option<Vec<Ident>> {
        let mut parts = Vec::new();
        for part in &mut name.0 {
            match part {
                ObjectNamePart::Identifier(id) => {
                    self.fold(id);
                    parts.push(id.clone());
                }
                ObjectNamePart::Function(_) => {
                    self.unsupported("a name with a function in it");
                    return None;
                }
            }
        }
        Some(parts)
    }

    fn table_alias(&mut self, alias: &mut Option<TableAlias>) {
        if let Some(a) = alias {
            let TableAlias {
                explicit,
                name,
                columns,
                at,
            } = a;
            *explicit = true;
            self.fold(name);
            if at.is_some() {
                self.unsupported("a table alias with AT");
            }
            for c in columns {
                if c.data_type.is_some() {
                    self.unsupported("a typed alias column");
                }
                self.fold_header(&mut c.name);
            }
        }
    }

    /// A table reference: a CTE in scope, or a relation to resolve.
    fn relation(&mut self, name: &mut ObjectName) {
        let Some(parts) = self.fold_object_name(name) else {
            return;
        };
        let relation = match parts.as_slice() {
            [table] => {
                let n = self.resolve_name(table);
                for scope in self.scopes.iter().rev() {
                    if scope.visible.contains(&n) {
                        return;
                    }
                    if scope.ambiguous.contains(&n) {
                        // The CTE on one backend, the table on the other: read as the
                        // table too (if it is none, the statement is not cached).
                        break;
                    }
                }
                Relation {
                    schema: None,
                    name: n,
                }
            }
            [schema, table] => Relation {
                schema: Some(self.resolve_name(schema)),
                name: self.resolve_name(table),
            },
            _ => {
                let full: Vec<String> = parts.iter().map(|i| i.value.clone()).collect();
                self.uncacheable(format!(
                    "it reads {}, which is not one of petdb's tables",
                    full.join(".")
                ));
                return;
            }
        };
        self.facts.relations.insert(relation);
    }

    // ---- queries ----

    pub fn query(&mut self, q: &mut Query) {
        // PostgreSQL: `(SELECT …)` alone is `SELECT …` (SQLite refuses the parentheses).
        while self.pg() && bare(q) {
            let SetExpr::Query(inner) =
                std::mem::replace(&mut *q.body, SetExpr::Values(empty_values()))
            else {
                unreachable!("checked by bare()")
            };
            *q = *inner;
        }
        let Query {
            with,
            body,
            order_by,
            limit_clause,
            fetch,
            locks,
            for_clause,
            settings,
            format_clause,
            pipe_operators,
        } = q;
        if !locks.is_empty()
            || for_clause.is_some()
            || settings.is_some()
            || format_clause.is_some()
            || !pipe_operators.is_empty()
        {
            self.unsupported("a query with FOR/SETTINGS/FORMAT clauses");
        }
        let scopes = self.scopes.len();
        if let Some(with) = with {
            let names: Vec<String> = with
                .cte_tables
                .iter()
                .map(|c| self.resolve_name(&c.alias.name))
                .collect();
            let recursive = with.recursive;
            for (i, cte) in with.cte_tables.iter_mut().enumerate() {
                let scope = if recursive {
                    Scope {
                        visible: names.clone(),
                        ambiguous: Vec::new(),
                    }
                } else {
                    Scope {
                        visible: names[..i].to_vec(),
                        ambiguous: names[i..].to_vec(),
                    }
                };
                self.scopes.push(scope);
                self.query(&mut cte.query);
                self.scopes.pop();
                if cte.from.is_some() {
                    self.unsupported("a CTE with FROM");
                }
                self.fold(&mut cte.alias.name);
                if cte.alias.at.is_some() {
                    self.unsupported("a CTE alias with AT");
                }
                for c in &mut cte.alias.columns {
                    if c.data_type.is_some() {
                        self.unsupported("a typed CTE column");
                    }
                    self.fold_header(&mut c.name);
                }
            }
            self.scopes.push(Scope {
                visible: names,
                ambiguous: Vec::new(),
            });
        }
        self.set_expr(body);
        if let Some(OrderBy { kind, interpolate }) = order_by {
            if interpolate.is_some() {
                self.unsupported("ORDER BY … INTERPOLATE");
            }
            match kind {
                OrderByKind::Expressions(items) => self.order_by_items(items),
                OrderByKind::All(_) => self.unsupported("ORDER BY ALL"),
            }
        }
        if let Some(limit) = limit_clause {
            match limit {
                LimitClause::LimitOffset {
                    limit,
                    offset,
                    limit_by,
                } => {
                    if let Some(l) = limit {
                        self.expr(l, TOP);
                    }
                    if let Some(Offset { value, rows }) = offset {
                        self.expr(value, TOP);
                        if self.pg() {
                            *rows = OffsetRows::None;
                        }
                    }
                    if !limit_by.is_empty() {
                        self.unsupported("LIMIT BY");
                    }
                }
                LimitClause::OffsetCommaLimit { offset, limit } => {
                    self.expr(offset, TOP);
                    self.expr(limit, TOP);
                }
            }
        }
        if let Some(f) = fetch
            && let Some(q) = &mut f.quantity
        {
            self.expr(q, ATOM);
        }
        // PostgreSQL: `FETCH FIRST n ROWS ONLY` is `LIMIT n`.
        if self.pg()
            && let Some(f) = fetch
            && !f.with_ties
            && !f.percent
            && let Some(quantity) = f.quantity.clone()
        {
            match limit_clause {
                None => {
                    *limit_clause = Some(LimitClause::LimitOffset {
                        limit: Some(quantity),
                        offset: None,
                        limit_by: Vec::new(),
                    });
                    *fetch = None;
                }
                Some(LimitClause::LimitOffset {
                    limit: limit @ None,
                    ..
                }) => {
                    *limit = Some(quantity);
                    *fetch = None;
                }
                _ => {}
            }
        }
        self.scopes.truncate(scopes);
    }

    fn set_expr(&mut self, body: &mut SetExpr) {
        match body {
            SetExpr::Select(s) => self.select(s),
            SetExpr::Query(q) => self.query(q),
            SetExpr::SetOperation {
                left,
                op,
                set_quantifier,
                right,
            } => {
                // PostgreSQL: `(SELECT …) UNION (SELECT …)` is `SELECT … UNION SELECT …`
                // when the parentheses hold one plain SELECT.
                if self.pg() {
                    for side in [&mut *left, &mut *right] {
                        if let SetExpr::Query(q) = &mut **side
                            && bare_clauses(q)
                            && matches!(*q.body, SetExpr::Select(_) | SetExpr::Values(_))
                        {
                            let body =
                                std::mem::replace(&mut *q.body, SetExpr::Values(empty_values()));
                            **side = body;
                        }
                    }
                }
                if !matches!(
                    op,
                    SetOperator::Union | SetOperator::Except | SetOperator::Intersect
                ) {
                    self.unsupported("this set operation");
                }
                match set_quantifier {
                    SetQuantifier::All | SetQuantifier::None => {}
                    // PostgreSQL's `UNION DISTINCT` is `UNION` (SQLite refuses it).
                    SetQuantifier::Distinct if self.pg() => *set_quantifier = SetQuantifier::None,
                    SetQuantifier::Distinct => {}
                    _ => self.unsupported("this set quantifier"),
                }
                self.set_expr(left);
                self.set_expr(right);
            }
            SetExpr::Values(values) => {
                for row in &mut values.rows {
                    for e in row.iter_mut() {
                        self.expr(e, TOP);
                    }
                }
            }
            SetExpr::Table(t) => {
                // PostgreSQL's `TABLE name`.
                match (&t.schema_name, &t.table_name) {
                    (schema, Some(table)) => {
                        let mut name = ObjectName(
                            schema
                                .iter()
                                .chain(std::iter::once(table))
                                .cloned()
                                .map(ObjectNamePart::Identifier)
                                .collect(),
                        );
                        self.relation(&mut name);
                        let mut parts = name.0.into_iter().filter_map(|p| match p {
                            ObjectNamePart::Identifier(id) => Some(id),
                            ObjectNamePart::Function(_) => None,
                        });
                        if schema.is_some() {
                            t.schema_name = parts.next();
                        }
                        t.table_name = parts.next();
                    }
                    (_, None) => self.unsupported("TABLE without a name"),
                }
            }
            SetExpr::Insert(_) | SetExpr::Update(_) | SetExpr::Delete(_) | SetExpr::Merge(_) => {
                self.unsupported("a statement that writes");
            }
        }
    }

    fn select(&mut self, s: &mut Select) {
        let Select {
            select_token,
            optimizer_hints,
            distinct,
            select_modifiers,
            top,
            top_before_distinct: _,
            projection,
            exclude,
            into,
            from,
            lateral_views,
            prewhere,
            selection,
            connect_by,
            group_by,
            cluster_by,
            distribute_by,
            sort_by,
            having,
            named_window,
            qualify,
            window_before_qualify: _,
            value_table_mode,
            flavor,
        } = s;
        if !optimizer_hints.is_empty()
            || select_modifiers.is_some()
            || top.is_some()
            || exclude.is_some()
            || into.is_some()
            || !lateral_views.is_empty()
            || prewhere.is_some()
            || !connect_by.is_empty()
            || !cluster_by.is_empty()
            || !distribute_by.is_empty()
            || !sort_by.is_empty()
            || qualify.is_some()
            || value_table_mode.is_some()
            || !matches!(flavor, SelectFlavor::Standard)
        {
            self.unsupported("a SELECT with clauses of other SQL dialects");
        }
        match distinct {
            None | Some(Distinct::Distinct) => {}
            Some(Distinct::All) => *distinct = None,
            Some(Distinct::On(exprs)) => {
                for e in exprs {
                    self.expr(e, TOP);
                }
            }
        }
        for t in from.iter_mut() {
            self.table_with_joins(t);
        }
        let start = select_token.0.span.start;
        self.facts.selects.push(SelectItems {
            line: start.line,
            column: start.column,
            unaliased: projection
                .iter()
                .map(|i| matches!(i, SelectItem::UnnamedExpr(_)))
                .collect(),
        });
        for item in projection.iter_mut() {
            match item {
                SelectItem::UnnamedExpr(e) => self.expr(e, TOP),
                SelectItem::ExprWithAlias { expr, alias } => {
                    self.expr(expr, TOP);
                    self.fold_header(alias);
                }
                SelectItem::ExprWithAliases { .. } => self.unsupported("multiple aliases"),
                SelectItem::Wildcard(opts) => self.wildcard(opts),
                SelectItem::QualifiedWildcard(kind, opts) => {
                    match kind {
                        SelectItemQualifiedWildcardKind::ObjectName(name) => {
                            self.fold_object_name(name);
                        }
                        SelectItemQualifiedWildcardKind::Expr(_) => {
                            self.unsupported("a wildcard of an expression")
                        }
                    }
                    self.wildcard(opts);
                }
            }
        }
        if let Some(e) = selection {
            self.expr(e, TOP);
        }
        match group_by {
            GroupByExpr::Expressions(exprs, modifiers) => {
                if !modifiers.is_empty() {
                    self.unsupported("GROUP BY … WITH");
                }
                for e in exprs {
                    self.expr(e, SORT);
                }
            }
            GroupByExpr::All(_) => self.unsupported("GROUP BY ALL"),
        }
        if let Some(e) = having {
            self.expr(e, TOP);
        }
        for w in named_window.iter_mut() {
            self.fold(&mut w.0);
            match &mut w.1 {
                NamedWindowExpr::NamedWindow(id) => self.fold(id),
                NamedWindowExpr::WindowSpec(spec) => self.window_spec(spec),
            }
        }
    }

    fn wildcard(&mut self, opts: &WildcardAdditionalOptions) {
        let WildcardAdditionalOptions {
            wildcard_token: _,
            opt_ilike,
            opt_exclude,
            opt_except,
            opt_replace,
            opt_rename,
            opt_alias,
        } = opts;
        if opt_ilike.is_some()
            || opt_exclude.is_some()
            || opt_except.is_some()
            || opt_replace.is_some()
            || opt_rename.is_some()
            || opt_alias.is_some()
        {
            self.unsupported("a wildcard with options");
        }
    }

    fn table_with_joins(&mut self, t: &mut TableWithJoins) {
        // `(a JOIN b ON …) JOIN c` is `a JOIN b ON … JOIN c`: joins associate to the left.
        while let TableFactor::NestedJoin {
            table_with_joins,
            alias: None,
        } = &mut t.relation
        {
            let inner = std::mem::replace(
                &mut **table_with_joins,
                TableWithJoins {
                    relation: TableFactor::Table {
                        name: ObjectName(Vec::new()),
                        alias: None,
                        args: None,
                        with_hints: Vec::new(),
                        version: None,
                        with_ordinality: false,
                        partitions: Vec::new(),
                        json_path: None,
                        sample: None,
                        index_directives: Vec::new(),
                        inheritance: None,
                    },
                    joins: Vec::new(),
                },
            );
            t.relation = inner.relation;
            let outer = std::mem::take(&mut t.joins);
            t.joins = inner.joins;
            t.joins.extend(outer);
        }
        self.table_factor(&mut t.relation);
        for join in &mut t.joins {
            self.join(join);
        }
    }

    fn join(&mut self, join: &mut Join) {
        let Join {
            relation,
            global,
            join_operator,
        } = join;
        if *global {
            self.unsupported("GLOBAL JOIN");
        }
        self.table_factor(relation);
        let normalized = match std::mem::replace(join_operator, JoinOperator::CrossApply) {
            JoinOperator::Join(c) | JoinOperator::Inner(c) => JoinOperator::Join(c),
            JoinOperator::Left(c) | JoinOperator::LeftOuter(c) => JoinOperator::Left(c),
            JoinOperator::Right(c) | JoinOperator::RightOuter(c) => JoinOperator::Right(c),
            JoinOperator::FullOuter(c) => JoinOperator::FullOuter(c),
            JoinOperator::CrossJoin(c) => JoinOperator::CrossJoin(c),
            other => {
                self.unsupported("this kind of join");
                other
            }
        };
        *join_operator = normalized;
        let constraint = match join_operator {
            JoinOperator::Join(c)
            | JoinOperator::Left(c)
            | JoinOperator::Right(c)
            | JoinOperator::FullOuter(c)
            | JoinOperator::CrossJoin(c) => Some(c),
            _ => None,
        };
        match constraint {
            Some(JoinConstraint::On(e)) => self.expr(e, TOP),
            Some(JoinConstraint::Using(names)) => {
                for n in names {
                    if let Some(ObjectNamePart::Identifier(id)) = n.0.last() {
                        self.system_column(id);
                    }
                    self.fold_object_name(n);
                }
            }
            Some(JoinConstraint::Natural | JoinConstraint::None) | None => {}
            Some(JoinConstraint::UsingAlias(..)) => self.unsupported("USING … AS"),
        }
    }

    fn table_factor(&mut self, t: &mut TableFactor) {
        match t {
            TableFactor::Table {
                name,
                alias,
                args,
                with_hints,
                version,
                with_ordinality,
                partitions,
                json_path,
                sample,
                index_directives,
                inheritance,
            } => {
                if args.is_some() {
                    let n = name.to_string();
                    self.uncacheable(format!(
                        "it reads the table-valued function {n}(), which petdb cannot tie to its tables"
                    ));
                    return;
                }
                if sample.is_some() {
                    self.uncacheable("TABLESAMPLE picks different rows each time");
                }
                if !with_hints.is_empty()
                    || version.is_some()
                    || *with_ordinality
                    || !partitions.is_empty()
                    || json_path.is_some()
                    || !index_directives.is_empty()
                    || inheritance.is_some()
                {
                    self.unsupported("a table reference with options");
                }
                self.relation(name);
                self.table_alias(alias);
            }
            TableFactor::Derived {
                lateral,
                subquery,
                alias,
                sample,
            } => {
                if *lateral {
                    self.uncacheable("petdb does not analyse LATERAL subqueries");
                }
                if sample.is_some() {
                    self.uncacheable("TABLESAMPLE picks different rows each time");
                }
                self.query(subquery);
                self.table_alias(alias);
            }
            TableFactor::NestedJoin {
                table_with_joins,
                alias,
            } => {
                self.table_with_joins(table_with_joins);
                self.table_alias(alias);
            }
            TableFactor::Function { name, .. } => {
                let n = name.to_string();
                self.uncacheable(format!(
                    "it reads the table-valued function {n}(), which petdb cannot tie to its tables"
                ));
            }
            TableFactor::UNNEST { .. } => {
                self.uncacheable("petdb does not analyse UNNEST in FROM");
            }
            _ => self.unsupported("this kind of FROM item"),
        }
    }

    fn order_by_items(&mut self, items: &mut [OrderByExpr]) {
        for o in items {
            if o.with_fill.is_some() {
                self.unsupported("WITH FILL");
            }
            match &o.options.sort {
                // ASC is the default order (with its own default for NULLs) on both.
                Some(OrderBySort::Asc) => o.options.sort = None,
                Some(OrderBySort::Using(_)) => self.unsupported("ORDER BY … USING"),
                Some(OrderBySort::Desc) | None => {}
            }
            self.expr(&mut o.expr, SORT);
        }
    }

    fn window_spec(&mut self, spec: &mut WindowSpec) {
        let WindowSpec {
            window_name,
            partition_by,
            order_by,
            window_frame,
        } = spec;
        if let Some(n) = window_name {
            self.fold(n);
        }
        for e in partition_by {
            self.expr(e, SORT);
        }
        self.order_by_items(order_by);
        if let Some(frame) = window_frame {
            for bound in std::iter::once(&mut frame.start_bound).chain(frame.end_bound.as_mut()) {
                match bound {
                    WindowFrameBound::CurrentRow => {}
                    WindowFrameBound::Preceding(e) | WindowFrameBound::Following(e) => {
                        if let Some(e) = e {
                            self.expr(e, ATOM);
                        }
                    }
                }
            }
        }
    }

    // ---- expressions ----

    fn level(&self, class: Class) -> Level {
        use Class::*;
        match self.backend {
            Backend::Sqlite => match class {
                Or => 1,
                And => 2,
                Not => 3,
                Is | Eq | Pred => 4,
                Rel => 5,
                Bit => 7,
                Add => 8,
                Mul => 9,
                Concat => 10,
                Collate => 11,
                Unary => 12,
                Other | Exp | DoubleColon => UNKNOWN,
            },
            Backend::Postgres => match class {
                Or => 1,
                And => 2,
                Not => 3,
                Is => 4,
                Eq | Rel => 5,
                Pred => 6,
                Bit | Concat | Other => 7,
                Add => 8,
                Mul => 9,
                Exp => 10,
                Collate => 12,
                Unary => 13,
                DoubleColon => 14,
            },
        }
    }

    /// Levels at which `a (X) b` may become `a X b` when X's operators bind as tightly as
    /// `b` (left-associative levels).
    fn left_associative(&self, level: Level) -> bool {
        match self.backend {
            Backend::Sqlite => matches!(level, 1 | 2 | 7 | 8 | 9 | 10),
            Backend::Postgres => matches!(level, 1 | 2 | 7 | 8 | 9),
        }
    }

    fn binary_class(&self, op: &BinaryOperator) -> Option<(Class, &'static str)> {
        use BinaryOperator as B;
        let pg = self.pg();
        Some(match op {
            B::Or => (Class::Or, ""),
            B::And => (Class::And, ""),
            B::Eq => (Class::Eq, "="),
            B::NotEq => (Class::Eq, "<>"),
            B::Lt => (Class::Rel, "<"),
            B::Gt => (Class::Rel, ">"),
            B::LtEq => (Class::Rel, "<="),
            B::GtEq => (Class::Rel, ">="),
            B::Plus => (Class::Add, "+"),
            B::Minus => (Class::Add, "-"),
            B::Multiply => (Class::Mul, "*"),
            B::Divide => (Class::Mul, "/"),
            B::Modulo => (Class::Mul, "%"),
            B::StringConcat => (Class::Concat, "||"),
            B::BitwiseAnd => (Class::Bit, "&"),
            B::BitwiseOr => (Class::Bit, "|"),
            B::PGBitwiseShiftLeft => (Class::Bit, "<<"),
            B::PGBitwiseShiftRight => (Class::Bit, ">>"),
            B::Glob if !pg => (Class::Pred, ""),
            B::Is | B::IsNot if !pg => (Class::Is, ""),
            B::Arrow => (Class::Concat, "->"),
            B::LongArrow => (Class::Concat, "->>"),
            B::PGExp if pg => (Class::Exp, "^"),
            B::PGBitwiseXor if pg => (Class::Other, "#"),
            B::PGRegexMatch if pg => (Class::Other, "~"),
            B::PGRegexIMatch if pg => (Class::Other, "~*"),
            B::PGRegexNotMatch if pg => (Class::Other, "!~"),
            B::PGRegexNotIMatch if pg => (Class::Other, "!~*"),
            B::PGLikeMatch if pg => (Class::Other, "~~"),
            B::PGILikeMatch if pg => (Class::Other, "~~*"),
            B::PGNotLikeMatch if pg => (Class::Other, "!~~"),
            B::PGNotILikeMatch if pg => (Class::Other, "!~~*"),
            B::HashArrow if pg => (Class::Other, "#>"),
            B::HashLongArrow if pg => (Class::Other, "#>>"),
            B::AtArrow if pg => (Class::Other, "@>"),
            B::ArrowAt if pg => (Class::Other, "<@"),
            B::Question if pg => (Class::Other, "?"),
            B::QuestionAnd if pg => (Class::Other, "?&"),
            B::QuestionPipe if pg => (Class::Other, "?|"),
            _ => return None,
        })
    }

    /// The binding strengths of the operators at the top level of `e` (outside any
    /// parentheses): a set that does not depend on how sqlparser grouped them.
    fn top_levels(&self, e: &Expr, out: &mut Vec<Level>) {
        let add = |l: Level, out: &mut Vec<Level>| out.push(l);
        match e {
            Expr::BinaryOp { left, op, right } => {
                match self.binary_class(op) {
                    Some((c, _)) => add(self.level(c), out),
                    None => add(UNKNOWN, out),
                }
                self.top_levels(left, out);
                self.top_levels(right, out);
            }
            Expr::UnaryOp { op, expr } => {
                let c = match op {
                    UnaryOperator::Not => Class::Not,
                    UnaryOperator::Minus | UnaryOperator::Plus | UnaryOperator::BitwiseNot => {
                        Class::Unary
                    }
                    _ => return add(UNKNOWN, out),
                };
                add(self.level(c), out);
                self.top_levels(expr, out);
            }
            Expr::IsNull(x)
            | Expr::IsNotNull(x)
            | Expr::IsTrue(x)
            | Expr::IsNotTrue(x)
            | Expr::IsFalse(x)
            | Expr::IsNotFalse(x)
            | Expr::IsUnknown(x)
            | Expr::IsNotUnknown(x) => {
                add(self.level(Class::Is), out);
                self.top_levels(x, out);
            }
            Expr::IsDistinctFrom(a, b) | Expr::IsNotDistinctFrom(a, b) => {
                add(self.level(Class::Is), out);
                self.top_levels(a, out);
                self.top_levels(b, out);
            }
            Expr::Like {
                expr,
                pattern,
                escape_char,
                ..
            }
            | Expr::ILike {
                expr,
                pattern,
                escape_char,
                ..
            } => {
                add(self.level(Class::Pred), out);
                self.top_levels(expr, out);
                self.top_levels(pattern, out);
                if let Some(e) = escape_char {
                    self.top_levels(e, out);
                }
            }
            Expr::Between {
                expr, low, high, ..
            } => {
                add(self.level(Class::Pred), out);
                self.top_levels(expr, out);
                self.top_levels(low, out);
                self.top_levels(high, out);
            }
            Expr::In { expr, .. } => {
                add(self.level(Class::Pred), out);
                self.top_levels(expr, out);
            }
            Expr::Cast {
                kind: CastKind::DoubleColon,
                expr,
                ..
            } => {
                add(self.level(Class::DoubleColon), out);
                self.top_levels(expr, out);
            }
            Expr::Collate { expr, .. } => {
                add(self.level(Class::Collate), out);
                self.top_levels(expr, out);
            }
            e if atomic(e) => {}
            _ => add(UNKNOWN, out),
        }
    }

    /// Drop parentheses around `e` while the backend's precedence proves them redundant
    /// where `e` stands.
    fn strip(&self, e: &mut Expr, ctx: Ctx) {
        while let Expr::Nested(inner) = e {
            let redundant = if matches!(**inner, Expr::Nested(_)) {
                true
            } else if ctx.keep_literal && literal_like(inner) {
                false
            } else if atomic(inner) {
                true
            } else {
                let mut levels = Vec::new();
                self.top_levels(inner, &mut levels);
                !levels.is_empty()
                    && levels.iter().all(|&l| {
                        l != UNKNOWN
                            && l > ctx.left
                            && (l > ctx.right || (l == ctx.right && self.left_associative(l)))
                    })
            };
            if !redundant {
                return;
            }
            let inner = std::mem::replace(&mut **inner, Expr::Value(Value::Null.with_empty_span()));
            *e = inner;
        }
    }

    fn expr(&mut self, e: &mut Expr, ctx: Ctx) {
        self.strip(e, ctx);
        match e {
            Expr::Identifier(id) => {
                if id.quote_style.is_none()
                    && functions::SESSION_WORDS.contains(&id.value.to_ascii_lowercase().as_str())
                {
                    let word = id.value.to_ascii_lowercase();
                    let what = if word.contains("time") || word.contains("date") {
                        "reads the clock: its result changes from one run to the next"
                    } else {
                        "depends on the session, not only on the tables"
                    };
                    self.uncacheable(format!("{} {what}", id.value.to_uppercase()));
                }
                self.system_column(id);
                self.fold(id);
            }
            Expr::CompoundIdentifier(ids) => {
                if let Some(last) = ids.last() {
                    self.system_column(last);
                }
                for id in ids {
                    self.fold(id);
                }
            }
            Expr::Value(v) => self.value(v),
            Expr::Nested(inner) => self.expr(inner, TOP),
            Expr::BinaryOp { left, op, right } => {
                let Some((class, symbol)) = self.binary_class(op) else {
                    self.unsupported(&format!("the operator {op}"));
                    return;
                };
                if !symbol.is_empty() {
                    self.facts.operators.insert(symbol);
                }
                let l = self.level(class);
                self.expr(left, ctx.before(l));
                self.expr(right, ctx.after(l));
            }
            Expr::UnaryOp { op, expr } => {
                let (class, symbol) = match op {
                    UnaryOperator::Not => (Class::Not, ""),
                    UnaryOperator::Minus => (Class::Unary, "-"),
                    UnaryOperator::Plus => (Class::Unary, "+"),
                    UnaryOperator::BitwiseNot if !self.pg() => (Class::Unary, ""),
                    _ => {
                        self.unsupported(&format!("the operator {op}"));
                        return;
                    }
                };
                if !symbol.is_empty() {
                    self.facts.operators.insert(symbol);
                }
                self.expr(expr, ctx.after(self.level(class)));
            }
            Expr::IsNull(x)
            | Expr::IsNotNull(x)
            | Expr::IsTrue(x)
            | Expr::IsNotTrue(x)
            | Expr::IsFalse(x)
            | Expr::IsNotFalse(x)
            | Expr::IsUnknown(x)
            | Expr::IsNotUnknown(x) => {
                let is = self.level(Class::Is);
                self.expr(x, ctx.before(is));
            }
            Expr::IsDistinctFrom(a, b) | Expr::IsNotDistinctFrom(a, b) => {
                self.facts.operators.insert("=");
                let is = self.level(Class::Is);
                self.expr(a, ctx.before(is));
                self.expr(b, ctx.after(is));
            }
            Expr::In {
                expr,
                target,
                negated: _,
                global,
            } => {
                if *global {
                    self.unsupported("GLOBAL IN");
                }
                self.facts.operators.insert("=");
                self.facts.operators.insert("<>");
                let pred = self.level(Class::Pred);
                self.expr(expr, ctx.before(pred));
                match target {
                    sqlparser::ast::InTarget::List(list) => {
                        for x in list {
                            self.expr(x, TOP);
                        }
                    }
                    sqlparser::ast::InTarget::Subquery(q) => self.query(q),
                    sqlparser::ast::InTarget::Table { name, args } => {
                        if args.is_some() {
                            self.uncacheable(
                                "it reads a table-valued function, which petdb cannot tie to its tables",
                            );
                        } else {
                            self.relation(name);
                        }
                    }
                    sqlparser::ast::InTarget::Unnest(_) => {
                        self.unsupported("IN UNNEST");
                    }
                }
            }
            Expr::Between {
                expr, low, high, ..
            } => {
                for op in [">=", "<=", "<", ">"] {
                    self.facts.operators.insert(op);
                }
                // x BETWEEN low AND high: BETWEEN's AND binds like BETWEEN
                let pred = self.level(Class::Pred);
                self.expr(expr, ctx.before(pred));
                self.expr(low, Ctx::between(pred, pred));
                self.expr(high, ctx.after(pred));
            }
            Expr::Like {
                any,
                expr,
                pattern,
                escape_char,
                ..
            }
            | Expr::ILike {
                any,
                expr,
                pattern,
                escape_char,
                ..
            } => {
                if *any {
                    self.unsupported("LIKE ANY");
                }
                for op in ["~~", "!~~", "~~*", "!~~*"] {
                    self.facts.operators.insert(op);
                }
                let pred = self.level(Class::Pred);
                self.expr(expr, ctx.before(pred));
                if let Some(e) = escape_char {
                    self.expr(pattern, Ctx::between(pred, UNKNOWN));
                    self.expr(e, ATOM);
                } else {
                    self.expr(pattern, ctx.after(pred));
                }
            }
            Expr::AnyOp {
                left,
                compare_op,
                right,
                is_some: _,
            }
            | Expr::AllOp {
                left,
                compare_op,
                right,
            } => {
                if !self.pg() {
                    self.unsupported("ANY/ALL");
                }
                match self.binary_class(compare_op) {
                    Some((Class::Eq | Class::Rel | Class::Other, symbol)) => {
                        self.facts.operators.insert(symbol);
                    }
                    _ => self.unsupported(&format!("the operator {compare_op}")),
                }
                let level = self
                    .binary_class(compare_op)
                    .map_or(UNKNOWN, |(c, _)| self.level(c));
                self.expr(left, ctx.before(level));
                self.expr(right, TOP);
            }
            Expr::Cast {
                kind,
                expr,
                data_type,
                format,
            } => {
                if format.is_some() {
                    self.unsupported("CAST … FORMAT");
                }
                match kind {
                    CastKind::Cast => {}
                    CastKind::DoubleColon if self.pg() => {
                        // `x::t` and `CAST(x AS t)` are one node to PostgreSQL.
                        *kind = CastKind::Cast;
                    }
                    _ => self.unsupported(&format!("this cast ({kind:?})")),
                }
                self.cast(data_type, expr);
                self.expr(expr, TOP);
                self.data_type(data_type);
            }
            Expr::Collate { expr, collation } => {
                let name = collation.to_string();
                let known = match self.backend {
                    Backend::Sqlite => ["binary", "nocase", "rtrim"]
                        .contains(&name.to_ascii_lowercase().trim_matches('"')),
                    Backend::Postgres => [
                        "\"C\"",
                        "\"POSIX\"",
                        "\"default\"",
                        "ucs_basic",
                        "\"ucs_basic\"",
                    ]
                    .contains(&name.as_str()),
                };
                if !known {
                    self.uncacheable(format!(
                        "it uses the collation {name}, which petdb does not know"
                    ));
                }
                self.fold_object_name(collation);
                let collate = self.level(Class::Collate);
                self.expr(expr, ctx.before(collate));
            }
            Expr::Case {
                case_token: _,
                end_token: _,
                operand,
                conditions,
                else_result,
            } => {
                if let Some(o) = operand {
                    self.facts.operators.insert("=");
                    self.expr(o, TOP);
                }
                for c in conditions {
                    self.expr(&mut c.condition, TOP);
                    self.expr(&mut c.result, TOP);
                }
                if let Some(e) = else_result {
                    self.expr(e, TOP);
                }
            }
            Expr::Exists { subquery, .. } => self.query(subquery),
            Expr::Subquery(q) => self.query(q),
            Expr::Tuple(items) => {
                for x in items {
                    self.expr(x, TOP);
                }
            }
            Expr::Array(array) if self.pg() && array.named => {
                for x in &mut array.elem {
                    self.expr(x, TOP);
                }
            }
            Expr::Function(f) => self.function(f),
            Expr::TypedString(t) => {
                self.typed_string(t);
                // PostgreSQL: `DATE '…'` is `CAST('…' AS date)`.
                if self.pg() {
                    let TypedString {
                        data_type, value, ..
                    } = t.clone();
                    *e = Expr::Cast {
                        kind: CastKind::Cast,
                        expr: Box::new(Expr::Value(value)),
                        data_type,
                        format: None,
                    };
                }
            }
            Expr::Interval(i) if self.pg() => {
                let sqlparser::ast::Interval {
                    value,
                    leading_field,
                    leading_precision,
                    last_field,
                    fractional_seconds_precision,
                } = i;
                if !matches!(&**value, Expr::Value(_))
                    || leading_field.is_some()
                    || leading_precision.is_some()
                    || last_field.is_some()
                    || fractional_seconds_precision.is_some()
                {
                    self.unsupported("this INTERVAL");
                }
                self.expr(value, ATOM);
            }
            Expr::Extract {
                field: _,
                syntax: _,
                expr,
            } => {
                self.facts.functions.insert("extract".into());
                self.facts.functions.insert("date_part".into());
                if !self.pg() {
                    self.unsupported("EXTRACT");
                } else if !self.pg_datetime_literal(expr) {
                    self.uncacheable(
                        "EXTRACT from a value that is not a constant timestamp may depend on the clock or the time zone",
                    );
                }
                self.expr(expr, TOP);
            }
            Expr::Ceil { expr, field } | Expr::Floor { expr, field } => {
                if !matches!(
                    field,
                    CeilFloorKind::DateTimeField(DateTimeField::NoDateTime)
                ) {
                    self.unsupported("CEIL/FLOOR with a unit");
                }
                self.facts.functions.insert("ceil".into());
                self.facts.functions.insert("floor".into());
                self.expr(expr, TOP);
            }
            Expr::Substring {
                expr,
                substring_from,
                substring_for,
                special: _,
                shorthand: _, // SUBSTR(x, 1, 2)
            } => {
                self.facts.functions.insert("substring".into());
                self.facts.functions.insert("substr".into());
                self.expr(expr, ATOM);
                for x in [substring_from, substring_for].into_iter().flatten() {
                    self.expr(x, ATOM);
                }
            }
            Expr::Trim {
                trim_where: _,
                trim_what,
                expr,
                trim_characters,
            } => {
                for f in ["trim", "btrim", "ltrim", "rtrim"] {
                    self.facts.functions.insert(f.into());
                }
                self.expr(expr, ATOM);
                if let Some(w) = trim_what {
                    self.expr(w, ATOM);
                }
                for c in trim_characters.iter_mut().flatten() {
                    self.expr(c, ATOM);
                }
            }
            Expr::Position { expr, r#in } if self.pg() => {
                self.facts.functions.insert("position".into());
                self.facts.functions.insert("strpos".into());
                self.expr(expr, ATOM);
                self.expr(r#in, ATOM);
            }
            Expr::AtTimeZone { .. } => {
                self.uncacheable("AT TIME ZONE depends on time zone rules");
            }
            other => {
                let shown: String = other.to_string().chars().take(40).collect();
                self.unsupported(&format!("the expression {shown}"));
            }
        }
    }

    fn value(&mut self, v: &mut ValueWithSpan) {
        let text = match &v.value {
            Value::SingleQuotedString(s)
            | Value::EscapedStringLiteral(s)
            | Value::UnicodeStringLiteral(s)
            | Value::NationalStringLiteral(s)
            | Value::DoubleQuotedString(s) => Some(s.as_str()),
            Value::DollarQuotedString(d) => Some(d.value.as_str()),
            Value::Number(..)
            | Value::Boolean(_)
            | Value::Null
            | Value::Placeholder(_)
            | Value::HexStringLiteral(_)
            | Value::SingleQuotedByteStringLiteral(_) => None,
            _ => {
                self.unsupported("this kind of literal");
                None
            }
        };
        // PostgreSQL turns an untyped literal into a date where a date is expected, and
        // 'today' then reads the clock.
        if self.pg()
            && let Some(s) = text
            && functions::mentions_the_clock(s)
        {
            self.uncacheable(format!(
                "'{s}' may mean the current time, which changes from one run to the next"
            ));
        }
    }

    /// Cast `operand` to `data_type`: PostgreSQL reads the clock when it casts 'now' to a
    /// date/time type, and the session's time zone for types with one.
    fn cast(&mut self, data_type: &DataType, operand: &Expr) {
        if !self.pg() {
            return; // SQLite casts only change affinity
        }
        match pg_type_class(data_type) {
            TypeClass::Plain => {}
            TypeClass::DateTime => {
                let constant =
                    matches!(string_literal(operand), Some(s) if functions::pg_fixed_datetime(s));
                if !constant {
                    self.uncacheable(format!(
                        "a cast of a value that is not a constant date to {data_type} may read the clock ('now', 'today')"
                    ));
                }
            }
            TypeClass::Zoned => {
                self.uncacheable(format!("{data_type} depends on the session's time zone"))
            }
            TypeClass::Unknown => self.uncacheable(format!(
                "it casts to {data_type}, a type petdb does not know"
            )),
        }
    }

    fn typed_string(&mut self, t: &mut TypedString) {
        if !self.pg() {
            self.unsupported("a typed literal");
            return;
        }
        let TypedString {
            data_type,
            value,
            uses_odbc_syntax,
        } = t;
        if *uses_odbc_syntax {
            self.unsupported("an ODBC literal");
        }
        let operand = Expr::Value(value.clone());
        self.cast(data_type, &operand);
        self.value(value);
        self.data_type(data_type);
    }

    /// Canonical spelling of a type: PostgreSQL's synonyms (`int`, `integer`, `int4`) made
    /// one; unquoted custom names folded.
    fn data_type(&mut self, dt: &mut DataType) {
        if let DataType::Custom(name, _) = dt {
            self.fold_object_name(name);
        }
        if !self.pg() || matches!(dt, DataType::Custom(..)) {
            return;
        }
        let shown = dt.to_string().to_ascii_lowercase();
        let (head, tail) = match shown.find('(') {
            Some(i) => (shown[..i].trim(), &shown[i..]),
            None => (shown.as_str(), ""),
        };
        let canonical = match head {
            "int" | "integer" | "int4" => "int4",
            "bigint" | "int8" => "int8",
            "smallint" | "int2" => "int2",
            "real" | "float4" => "float4",
            "double precision" | "float8" => "float8",
            "float" if tail.is_empty() => "float8",
            "boolean" | "bool" => "bool",
            "decimal" | "numeric" | "dec" => "numeric",
            "character varying" | "varchar" => "varchar",
            "timestamp" | "timestamp without time zone" => "timestamp",
            "time" | "time without time zone" => "time",
            "text" => "text",
            "date" => "date",
            _ => return,
        };
        if canonical == "timestamp" || canonical == "time" {
            // precision goes after the name, but "without time zone" after the precision
            if tail.contains("time zone") {
                return;
            }
        }
        let modifiers: Vec<String> = tail
            .trim_start_matches('(')
            .trim_end_matches(')')
            .split(',')
            .map(|m| m.trim().to_owned())
            .filter(|m| !m.is_empty())
            .collect();
        *dt = DataType::Custom(
            ObjectName(vec![ObjectNamePart::Identifier(Ident::new(canonical))]),
            modifiers
                .into_iter()
                .map(|m| TypeModifier::Number(m, false))
                .collect(),
        );
    }

    /// A PostgreSQL literal typed `timestamp`, `time` or `interval` (without time zone)
    /// whose value is constant.
    fn pg_datetime_literal(&self, e: &Expr) -> bool {
        let (data_type, value) = match e {
            Expr::TypedString(t) => (
                &t.data_type,
                match &t.value.value {
                    Value::SingleQuotedString(s) => Some(s.as_str()),
                    _ => None,
                },
            ),
            Expr::Cast {
                data_type, expr, ..
            } => (data_type, string_literal(expr)),
            Expr::Interval(i) => {
                return matches!(string_literal(&i.value), Some(s) if !functions::mentions_the_clock(s));
            }
            Expr::Nested(inner) => return self.pg_datetime_literal(inner),
            _ => return false,
        };
        let shown = data_type.to_string().to_ascii_lowercase();
        let timestamp_or_time = (shown.starts_with("timestamp") || shown.starts_with("time"))
            && pg_type_class(data_type) == TypeClass::DateTime;
        let interval = shown.starts_with("interval");
        match value {
            Some(s) if timestamp_or_time => functions::pg_fixed_datetime(s),
            Some(s) if interval => !functions::mentions_the_clock(s),
            _ => false,
        }
    }

    /// Why a call of `fname` with these arguments must not be cached, if so.
    fn call_rule(&self, fname: &str, shown: &str, args: &[&Expr]) -> Option<String> {
        let Some(known) = functions::lookup(fname, self.backend) else {
            return Some(format!(
                "it calls {shown}(), which petdb does not know to be deterministic"
            ));
        };
        match known.caching {
            Caching::Pure => None,
            Caching::Never(why) => Some(format!("it calls {shown}(), which {why}")),
            Caching::SqliteDate(kind) => sqlite_date_args(args, kind)
                .err()
                .map(|why| format!("{shown}() {why}")),
            Caching::PgDate {
                datetime_args,
                arity,
            } => {
                let ok = args.len() == arity
                    && args.iter().enumerate().all(|(i, a)| {
                        if datetime_args.contains(&i) {
                            self.pg_datetime_literal(a)
                        } else {
                            string_literal(a).is_some() || number_literal(a)
                        }
                    });
                (!ok).then(|| format!(
                    "{shown}() may depend on the clock or the time zone, so its result may change from one run to the next: it is cached only with constant arguments typed timestamp, time or interval"
                ))
            }
        }
    }

    fn function(&mut self, f: &mut Function) {
        let Function {
            name,
            uses_odbc_syntax,
            parameters,
            args,
            within_group,
            filter,
            null_treatment,
            over,
        } = f;
        let Some(parts) = self.fold_object_name(name) else {
            return;
        };
        let shown = parts
            .iter()
            .map(|p| p.value.clone())
            .collect::<Vec<_>>()
            .join(".");
        let Some(last) = parts.last() else {
            return;
        };
        let fname = self.resolve_name(last);
        let qualified_ok = match parts.as_slice() {
            [_] => true,
            [schema, _] => self.pg() && self.resolve_name(schema) == "pg_catalog",
            _ => false,
        };
        if !qualified_ok {
            self.uncacheable(format!(
                "it calls {shown}(), a function petdb does not know (only pg_catalog's built-ins are)"
            ));
        }
        if *uses_odbc_syntax || !matches!(parameters, FunctionArguments::None) {
            self.unsupported("this function call syntax");
        }
        if null_treatment.is_some() {
            self.unsupported("IGNORE/RESPECT NULLS");
        }
        if parts.len() == 1 {
            // `pg_catalog.f()` cannot be captured by an overload elsewhere.
            self.facts.functions.insert(fname.clone());
        }
        let why = {
            let plain_args: Vec<&Expr> = match &*args {
                FunctionArguments::List(list) => list
                    .args
                    .iter()
                    .filter_map(|a| match a {
                        FunctionArg::Unnamed(FunctionArgExpr::Expr(e)) => Some(e),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            };
            self.call_rule(&fname, &shown, &plain_args)
        };
        if let Some(why) = why {
            self.uncacheable(why);
        }
        match args {
            FunctionArguments::None => {}
            FunctionArguments::Subquery(_) => self.unsupported("a function over a subquery"),
            FunctionArguments::List(list) => {
                for a in &mut list.args {
                    match a {
                        FunctionArg::Unnamed(FunctionArgExpr::Expr(e)) => self.expr(e, TOP),
                        FunctionArg::Unnamed(FunctionArgExpr::Wildcard) => {}
                        _ => self.unsupported("this kind of function argument"),
                    }
                }
                for c in &mut list.clauses {
                    match c {
                        FunctionArgumentClause::OrderBy(items) => self.order_by_items(items),
                        _ => self.unsupported("this function argument clause"),
                    }
                }
            }
        }
        for o in within_group.iter_mut() {
            self.expr(&mut o.expr, SORT);
        }
        if let Some(e) = filter {
            self.expr(e, TOP);
        }
        match over {
            None => {}
            Some(WindowType::NamedWindow(id)) => self.fold(id),
            Some(WindowType::WindowSpec(spec)) => self.window_spec(spec),
        }
    }
}

/// A query that is only parentheses around another: `(SELECT …)`.
fn bare(q: &Query) -> bool {
    bare_clauses(q) && matches!(*q.body, SetExpr::Query(_))
}

/// A query without clauses of its own around its body.
fn bare_clauses(q: &Query) -> bool {
    q.with.is_none()
        && q.order_by.is_none()
        && q.limit_clause.is_none()
        && q.fetch.is_none()
        && q.locks.is_empty()
        && q.for_clause.is_none()
        && q.settings.is_none()
        && q.format_clause.is_none()
        && q.pipe_operators.is_empty()
}

fn empty_values() -> sqlparser::ast::Values {
    sqlparser::ast::Values {
        explicit_row: false,
        value_keyword: false,
        rows: Vec::new(),
    }
}

/// A name that means the same quoted or not (PostgreSQL): lower case, no keyword.
fn plain_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && sqlparser::keywords::ALL_KEYWORDS
            .binary_search(&s.to_ascii_uppercase().as_str())
            .is_err()
        && !functions::SESSION_WORDS.contains(&s)
}

/// Expressions that are one operand whatever surrounds them.
fn atomic(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Identifier(_)
            | Expr::CompoundIdentifier(_)
            | Expr::Value(_)
            | Expr::Function(_)
            | Expr::Cast {
                kind: CastKind::Cast,
                ..
            }
            | Expr::Case { .. }
            | Expr::Subquery(_)
            | Expr::Exists { negated: false, .. }
            | Expr::Nested(_)
            | Expr::Ceil { .. }
            | Expr::Floor { .. }
            | Expr::Substring { .. }
            | Expr::Trim { .. }
            | Expr::Position { .. }
            | Expr::Extract { .. }
            | Expr::TypedString(_)
    )
}

/// A literal, or a signed number: a position in ORDER BY / GROUP BY.
fn literal_like(e: &Expr) -> bool {
    match e {
        Expr::Value(_) => true,
        Expr::UnaryOp { expr, .. } | Expr::Nested(expr) => literal_like(expr),
        _ => false,
    }
}

fn string_literal(e: &Expr) -> Option<&str> {
    match e {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) => Some(s),
            _ => None,
        },
        Expr::Nested(inner) => string_literal(inner),
        _ => None,
    }
}

fn number_literal(e: &Expr) -> bool {
    match e {
        Expr::Value(v) => matches!(v.value, Value::Number(..)),
        Expr::UnaryOp {
            op: UnaryOperator::Minus | UnaryOperator::Plus,
            expr,
        }
        | Expr::Nested(expr) => number_literal(expr),
        _ => false,
    }
}

/// The arguments of a SQLite date function fix the moment: literals only, a time value
/// that is a date in digits or a number, modifiers without 'localtime'/'utc'.
fn sqlite_date_args(args: &[&Expr], kind: DateArgs) -> Result<(), &'static str> {
    let time_value =
        |e: &Expr| number_literal(e) || string_literal(e).is_some_and(functions::sqlite_fixed_time);
    let modifier = |e: &Expr| string_literal(e).is_some_and(functions::sqlite_fixed_modifier);
    let (min, values) = match kind {
        DateArgs::TimeValue => (1, 0..1),
        DateArgs::Format => (2, 1..2),
        DateArgs::TwoTimeValues => (2, 0..2),
    };
    if args.len() < min {
        return Err(
            "without a time value reads the clock: its result changes from one run to the next",
        );
    }
    if kind == DateArgs::TwoTimeValues && args.len() != 2 {
        return Err("takes two time values");
    }
    for (i, a) in args.iter().enumerate() {
        let ok = if values.contains(&i) {
            time_value(a)
        } else if kind == DateArgs::Format && i == 0 {
            string_literal(a).is_some()
        } else {
            modifier(a)
        };
        if !ok {
            return Err(
                "may read the clock or the time zone, so its result may change from one run to the next: it is cached only with constant arguments that fix the moment (no 'now', no column or parameter, no 'localtime'/'utc')",
            );
        }
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TypeClass {
    Plain,
    DateTime,
    Zoned,
    Unknown,
}

/// PostgreSQL types a cached statement may cast to.
fn pg_type_class(dt: &DataType) -> TypeClass {
    if let DataType::Custom(name, _) = dt
        && name
            .0
            .iter()
            .any(|p| p.as_ident().is_some_and(|i| i.quote_style.is_some()))
    {
        return TypeClass::Unknown;
    }
    let shown = dt.to_string().to_ascii_lowercase();
    let head = shown.split('(').next().unwrap_or("").trim();
    if shown.contains("with time zone") || head.ends_with("tz") {
        return TypeClass::Zoned;
    }
    if matches!(
        head,
        "date" | "time" | "timestamp" | "time without time zone" | "timestamp without time zone"
    ) || shown.starts_with("timestamp(")
        || shown.starts_with("time(")
    {
        return TypeClass::DateTime;
    }
    const PLAIN: &[&str] = &[
        "int",
        "integer",
        "int2",
        "int4",
        "int8",
        "smallint",
        "bigint",
        "real",
        "float",
        "float4",
        "float8",
        "double precision",
        "numeric",
        "decimal",
        "dec",
        "text",
        "varchar",
        "character varying",
        "char",
        "character",
        "bpchar",
        "boolean",
        "bool",
        "json",
        "jsonb",
        "bytea",
        "uuid",
    ];
    if PLAIN.contains(&head) || head.starts_with("interval") {
        TypeClass::Plain
    } else {
        TypeClass::Unknown
    }
}
