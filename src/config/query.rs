//! Named queries: `[queries.NAME]` with `sql`, an optional `description` and typed
//! `params`. `:name` in the SQL is a parameter: `petdb run` rewrites each to a numbered
//! placeholder (`$1`, `$2`, … in order of first use) at the token level — never inside a
//! string, a quoted identifier or a comment — and binds the values; nothing is spliced
//! into the text. The result is an ordinary statement for `petdb sql`'s path.

use std::collections::BTreeSet;

use anyhow::Result;
use chrono::NaiveDate;
use sqlparser::dialect::{Dialect, PostgreSqlDialect, SQLiteDialect};
use sqlparser::tokenizer::{Token, Tokenizer};
use toml::de::{DeTable, DeValue};

use super::{At, in_file_order, scalar, type_name};
use crate::UsageError;
use crate::db::target::Backend;
use crate::rows::Value;

/// One `[queries.NAME]`.
#[derive(Debug, Clone)]
pub struct NamedQuery {
    pub name: String,
    pub sql: String,
    pub description: Option<String>,
    pub params: Vec<Param>,
    /// Where it is defined: `FILE:LINE`.
    pub location: String,
}

/// A declared parameter.
#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub ty: ParamType,
    /// The default, as written and as a value.
    pub default: Option<(String, Value)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamType {
    Int,
    Real,
    Text,
    Date,
    Bool,
}

impl ParamType {
    const ALL: [ParamType; 5] = [
        ParamType::Int,
        ParamType::Real,
        ParamType::Text,
        ParamType::Date,
        ParamType::Bool,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ParamType::Int => "int",
            ParamType::Real => "real",
            ParamType::Text => "text",
            ParamType::Date => "date",
            ParamType::Bool => "bool",
        }
    }

    /// A value of this type from its text (a `--param` value, or a default).
    pub fn parse(self, s: &str) -> Result<Value, String> {
        match self {
            ParamType::Int => s
                .parse()
                .map(Value::Int)
                .map_err(|_| format!("expected an integer, got '{s}'")),
            ParamType::Real => match s.parse::<f64>() {
                Ok(f) if f.is_finite() => Ok(Value::Real(f)),
                _ => Err(format!("expected a real number, got '{s}'")),
            },
            ParamType::Text => Ok(Value::Text(s.to_owned())),
            ParamType::Date => NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .ok()
                .filter(|d| (1..=9999).contains(&chrono::Datelike::year(d)))
                .map(Value::Date)
                .ok_or_else(|| format!("expected a date as YYYY-MM-DD, got '{s}'")),
            ParamType::Bool => match s {
                "true" => Ok(Value::Bool(true)),
                "false" => Ok(Value::Bool(false)),
                _ => Err(format!("expected true or false, got '{s}'")),
            },
        }
    }
}

impl Param {
    /// `owner int` or `since date = 2025-01-01`.
    pub fn describe(&self) -> String {
        match &self.default {
            Some((text, _)) => format!("{} {} = {text}", self.name, self.ty.name()),
            None => format!("{} {}", self.name, self.ty.name()),
        }
    }
}

impl NamedQuery {
    /// The values for `given` (`--param NAME=VALUE`, in command-line order), in declaration
    /// order; defaults fill what is not given. A parameter given twice, an unknown name, a
    /// missing value or one of the wrong type is a usage error naming the parameter.
    pub fn bind(&self, given: &[(String, String)]) -> Result<Vec<Value>> {
        let mut seen = BTreeSet::new();
        for (name, _) in given {
            if !self.params.iter().any(|p| &p.name == name) {
                let known = if self.params.is_empty() {
                    "it takes none".to_owned()
                } else {
                    let names: Vec<&str> = self.params.iter().map(|p| p.name.as_str()).collect();
                    format!("its parameters: {}", names.join(", "))
                };
                return Err(self.usage(format!("no parameter `{name}` ({known})")));
            }
            if !seen.insert(name.as_str()) {
                return Err(self.usage(format!("parameter `{name}` is given twice")));
            }
        }
        self.params
            .iter()
            .map(|p| match given.iter().find(|(name, _)| *name == p.name) {
                Some((_, text)) => {
                    p.ty.parse(text)
                        .map_err(|why| self.usage(format!("parameter `{}`: {why}", p.name)))
                }
                None => match &p.default {
                    Some((_, value)) => Ok(value.clone()),
                    None => Err(self.usage(format!(
                        "parameter `{}` is required: --param {}=<{}>",
                        p.name,
                        p.name,
                        p.ty.name()
                    ))),
                },
            })
            .collect()
    }

    /// The SQL for `backend` with each `:name` replaced by `$n` (numbered in order of first
    /// use), and the values to bind to `$1`, `$2`, …; `values` are in declaration order
    /// (from [`NamedQuery::bind`]).
    pub fn statement(&self, backend: Backend, values: &[Value]) -> Result<(String, Vec<Value>)> {
        let dialect: Box<dyn Dialect> = match backend {
            Backend::Sqlite => Box::new(SQLiteDialect {}),
            Backend::Postgres => Box::new(PostgreSqlDialect {}),
        };
        let text = &self.sql;
        let tokens = Tokenizer::new(dialect.as_ref(), text)
            .tokenize_with_location()
            .map_err(|e| self.usage(format!("cannot read its SQL: {e}")))?;
        let line_starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let offset = |loc: sqlparser::tokenizer::Location| -> Option<usize> {
            let line = *line_starts.get((loc.line as usize).checked_sub(1)?)?;
            let (within, _) = text[line..]
                .char_indices()
                .nth((loc.column as usize).checked_sub(1)?)?;
            Some(line + within)
        };
        // Declaration indexes in order of first use: `$n` is order[n - 1].
        let mut order: Vec<usize> = Vec::new();
        let mut out = String::with_capacity(text.len());
        let mut copied = 0;
        for (i, t) in tokens.iter().enumerate() {
            match &t.token {
                Token::Placeholder(p) => {
                    return Err(self.usage(format!(
                        "its SQL uses `{p}`: a named query takes its parameters by name (:owner)"
                    )));
                }
                Token::Colon => {
                    let Some(next) = tokens.get(i + 1) else {
                        continue;
                    };
                    let Token::Word(word) = &next.token else {
                        continue;
                    };
                    if word.quote_style.is_some() {
                        continue;
                    }
                    let Some(index) = self.params.iter().position(|p| p.name == word.value) else {
                        return Err(self.usage(format!(
                            "its SQL uses :{}, which is not one of its params ({})",
                            word.value,
                            self.param_names()
                        )));
                    };
                    let (Some(start), Some(word_start)) =
                        (offset(t.span.start), offset(next.span.start))
                    else {
                        return Err(self.usage("cannot locate its parameters in its SQL"));
                    };
                    let n = match order.iter().position(|o| *o == index) {
                        Some(p) => p + 1,
                        None => {
                            order.push(index);
                            order.len()
                        }
                    };
                    out.push_str(&text[copied..start]);
                    out.push_str(&format!("${n}"));
                    copied = word_start + word.value.len();
                }
                _ => {}
            }
        }
        out.push_str(&text[copied..]);
        if let Some(unused) = (0..self.params.len()).find(|i| !order.contains(i)) {
            let name = &self.params[unused].name;
            return Err(self.usage(format!(
                "parameter `{name}` is declared but its SQL never uses :{name}"
            )));
        }
        let binds = order.iter().map(|i| values[*i].clone()).collect();
        Ok((out, binds))
    }

    fn param_names(&self) -> String {
        if self.params.is_empty() {
            return "it declares none".to_owned();
        }
        let names: Vec<&str> = self.params.iter().map(|p| p.name.as_str()).collect();
        names.join(", ")
    }

    /// A usage error about this query.
    fn usage(&self, message: impl std::fmt::Display) -> anyhow::Error {
        UsageError(format!(
            "query `{}` ({}): {message}",
            self.name, self.location
        ))
        .into()
    }
}

/// Read `[queries.NAME]` (at `line`).
pub(super) fn parse(
    at: &At<'_>,
    name: &str,
    table: &DeTable<'_>,
    line: usize,
) -> Result<NamedQuery> {
    let place = format!("[queries.{name}]");
    let mut query = NamedQuery {
        name: name.to_owned(),
        sql: String::new(),
        description: None,
        params: Vec::new(),
        location: format!("{}:{line}", at.path.display()),
    };
    for (key, value) in in_file_order(table) {
        match key.get_ref().as_ref() {
            "sql" => {
                let sql = string(at, value, &format!("{place} sql"))?;
                if sql.trim().is_empty() {
                    return Err(at.error(value.span(), format!("{place}: sql is empty")));
                }
                query.sql = sql;
            }
            "description" => {
                query.description = Some(string(at, value, &format!("{place} description"))?);
            }
            "params" => {
                let DeValue::Array(items) = value.get_ref() else {
                    return Err(at.error(
                        value.span(),
                        format!(
                            "{place} params: expected an array of {{ name = …, type = … }}, not {}",
                            type_name(value.get_ref())
                        ),
                    ));
                };
                for item in items.iter() {
                    let param = self::param(at, &place, item)?;
                    if query.params.iter().any(|p| p.name == param.name) {
                        return Err(at.error(
                            item.span(),
                            format!("{place}: parameter `{}` is declared twice", param.name),
                        ));
                    }
                    query.params.push(param);
                }
            }
            other => {
                return Err(at.error(
                    key.span(),
                    format!("unknown key `{other}` in {place} (keys: sql, description, params)"),
                ));
            }
        }
    }
    if query.sql.is_empty() {
        return Err(UsageError(format!("{}: {place} has no `sql`", query.location)).into());
    }
    Ok(query)
}

/// One `{ name = "owner", type = "int", default = 7 }`.
fn param(at: &At<'_>, place: &str, item: &toml::Spanned<DeValue<'_>>) -> Result<Param> {
    let table = at.table(item, &format!("{place} each of params"))?;
    let (mut name, mut ty, mut default) = (None, None, None);
    for (key, value) in in_file_order(table) {
        match key.get_ref().as_ref() {
            "name" => {
                let n = string(at, value, &format!("{place} parameter name"))?;
                let ok = n
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                    && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                if !ok {
                    return Err(at.error(
                        value.span(),
                        format!("{place}: parameter name `{n}`: use letters, digits and `_`, not starting with a digit"),
                    ));
                }
                name = Some(n);
            }
            "type" => {
                let t = string(at, value, &format!("{place} parameter type"))?;
                let found = ParamType::ALL.into_iter().find(|p| p.name() == t);
                ty = Some(found.ok_or_else(|| {
                    let names: Vec<&str> = ParamType::ALL.iter().map(|p| p.name()).collect();
                    at.error(
                        value.span(),
                        format!("{place}: unknown type `{t}` (types: {})", names.join(", ")),
                    )
                })?);
            }
            "default" => default = Some(value),
            other => {
                return Err(at.error(
                    key.span(),
                    format!("unknown key `{other}` in a parameter of {place} (keys: name, type, default)"),
                ));
            }
        }
    }
    let Some(name) = name else {
        return Err(at.error(item.span(), format!("{place}: a parameter has no `name`")));
    };
    let Some(ty) = ty else {
        return Err(at.error(
            item.span(),
            format!("{place}: parameter `{name}` has no `type`"),
        ));
    };
    let default = match default {
        None => None,
        Some(value) => {
            let text = scalar(value.get_ref()).ok_or_else(|| {
                at.error(
                    value.span(),
                    format!("{place}: parameter `{name}`: default must be a single value"),
                )
            })?;
            let parsed = ty.parse(&text).map_err(|why| {
                at.error(
                    value.span(),
                    format!("{place}: parameter `{name}`: default: {why}"),
                )
            })?;
            Some((text, parsed))
        }
    };
    Ok(Param { name, ty, default })
}

fn string(at: &At<'_>, value: &toml::Spanned<DeValue<'_>>, what: &str) -> Result<String> {
    match value.get_ref() {
        DeValue::String(s) => Ok(s.to_string()),
        other => Err(at.error(
            value.span(),
            format!("{what}: expected a string, not {}", type_name(other)),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(sql: &str, params: &[(&str, ParamType, Option<&str>)]) -> NamedQuery {
        NamedQuery {
            name: "q".into(),
            sql: sql.into(),
            description: None,
            params: params
                .iter()
                .map(|(name, ty, default)| Param {
                    name: (*name).into(),
                    ty: *ty,
                    default: default.map(|d| (d.to_owned(), ty.parse(d).unwrap())),
                })
                .collect(),
            location: "c.toml:1".into(),
        }
    }

    fn given(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn err(r: Result<impl std::fmt::Debug>) -> String {
        format!("{:#}", r.unwrap_err())
    }

    #[test]
    fn names_become_numbered_placeholders_outside_strings_and_comments() {
        let q = query(
            "SELECT ':owner', \":owner\", x::date -- :owner\nFROM t WHERE a = :since AND b = :owner OR c = :since",
            &[
                ("owner", ParamType::Int, None),
                ("since", ParamType::Date, None),
            ],
        );
        let values = [Value::Int(7), Value::Text("s".into())];
        for backend in [Backend::Sqlite, Backend::Postgres] {
            let (sql, binds) = q.statement(backend, &values).unwrap();
            assert_eq!(
                sql,
                "SELECT ':owner', \":owner\", x::date -- :owner\nFROM t WHERE a = $1 AND b = $2 OR c = $1"
            );
            assert_eq!(binds, [Value::Text("s".into()), Value::Int(7)]);
        }
        let q = query("SELECT 'é', :n", &[("n", ParamType::Int, None)]);
        let (sql, _) = q.statement(Backend::Sqlite, &[Value::Int(1)]).unwrap();
        assert_eq!(sql, "SELECT 'é', $1");
    }

    #[test]
    fn placeholders_must_match_the_declared_params() {
        let q = query("SELECT :x", &[]);
        assert_eq!(
            err(q.statement(Backend::Sqlite, &[])),
            "query `q` (c.toml:1): its SQL uses :x, which is not one of its params (it declares none)"
        );
        let q = query("SELECT 1", &[("a", ParamType::Int, None)]);
        assert!(err(q.statement(Backend::Sqlite, &[Value::Int(1)])).contains("never uses :a"));
        let q = query("SELECT ?", &[]);
        assert!(err(q.statement(Backend::Sqlite, &[])).contains("uses `?`"));
        let q = query("SELECT $1", &[]);
        assert!(err(q.statement(Backend::Postgres, &[])).contains("uses `$1`"));
    }

    #[test]
    fn binding_checks_names_counts_and_types() {
        let q = query(
            "SELECT :owner, :since",
            &[
                ("owner", ParamType::Int, None),
                ("since", ParamType::Date, Some("2025-01-01")),
            ],
        );
        let date = |s| Value::Date(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap());
        assert_eq!(
            q.bind(&given(&[("owner", "7")])).unwrap(),
            [Value::Int(7), date("2025-01-01")]
        );
        assert_eq!(
            q.bind(&given(&[("since", "2024-02-29"), ("owner", "-3")]))
                .unwrap(),
            [Value::Int(-3), date("2024-02-29")]
        );
        assert_eq!(
            err(q.bind(&given(&[]))),
            "query `q` (c.toml:1): parameter `owner` is required: --param owner=<int>"
        );
        assert_eq!(
            err(q.bind(&given(&[("owner", "x")]))),
            "query `q` (c.toml:1): parameter `owner`: expected an integer, got 'x'"
        );
        assert!(err(q.bind(&given(&[("owner", "1"), ("owner", "2")]))).contains("given twice"));
        assert!(
            err(q.bind(&given(&[("ownr", "1")])))
                .contains("no parameter `ownr` (its parameters: owner, since)")
        );
        assert!(
            err(q.bind(&given(&[("owner", "1"), ("since", "2024-02-30")])))
                .contains("parameter `since`: expected a date")
        );
    }

    #[test]
    fn types_parse_strictly() {
        assert_eq!(ParamType::Real.parse("2.5"), Ok(Value::Real(2.5)));
        assert!(ParamType::Real.parse("inf").is_err());
        assert_eq!(ParamType::Bool.parse("true"), Ok(Value::Bool(true)));
        assert!(ParamType::Bool.parse("yes").is_err());
        assert_eq!(ParamType::Text.parse("007"), Ok(Value::Text("007".into())));
        assert!(ParamType::Int.parse(" 7").is_err());
    }
}
