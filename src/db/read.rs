//! A read as data — SQL text, typed binds and the tables it reads — and the one function
//! that runs any read on either backend, streaming typed rows to a callback. Built-in
//! commands and `petdb sql` both go through here, and so does the cache: a read's SQL and
//! binds are its key, its tables are its tags.

use anyhow::Result;
use diesel::RunQueryDsl;
use diesel::query_builder::BoxedSqlQuery;
use diesel::query_builder::SqlQuery;
use diesel::sql_types::{BigInt, Binary, Bool, Date, Double, Nullable, Text};

use diesel::connection::DefaultLoadingMode;

use super::catalog::Routines;
use super::connection::{AnyConnection, read_snapshot};
use super::dynamic_row::{self, DynRow};
use super::schema::{Table, Tables};
use super::target::Backend;
use crate::output::{Collector, Out, RowSink};
use crate::rows::{Rows, Value};

/// A read statement ready to run.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadQuery {
    pub sql: String,
    /// The text the cache key covers in place of `sql`, when they differ (ad-hoc SQL: a
    /// normalized form that keeps the statement's meaning and column names).
    pub cache_text: Option<String>,
    pub binds: Vec<Value>,
    /// Tables the statement reads: the cache's invalidation tags.
    pub tables: Tables,
    /// PostgreSQL functions and operators the statement calls, taken to be built-ins:
    /// checked against the catalog before a result is kept (one of the same name outside
    /// pg_catalog could capture the call).
    pub routines: Routines,
    /// Column names, used when the result has no rows to name them.
    pub columns: Vec<String>,
    /// For statements whose columns petdb does not know (ad-hoc SQL): a statement that
    /// returns one row of NULLs with the same columns, run only to name an empty result's
    /// columns.
    pub column_probe: Option<String>,
    /// More that decides the result besides SQL and binds (a view's definition): part of
    /// the cache key.
    pub fingerprint: Vec<String>,
    /// Why this read must not be cached, if so.
    pub uncacheable: Option<String>,
    /// Cache an empty result too. False for lookups by id, where empty means "not found"
    /// and the command fails: then nothing read with it is kept.
    pub cache_empty: bool,
}

impl Default for ReadQuery {
    fn default() -> Self {
        Self {
            sql: String::new(),
            cache_text: None,
            binds: Vec::new(),
            tables: Tables::NONE,
            routines: Routines::default(),
            columns: Vec::new(),
            column_probe: None,
            fingerprint: Vec::new(),
            uncacheable: None,
            cache_empty: true,
        }
    }
}

/// Builds SQL with placeholders in the backend's own style (`?` or `$n`), so the same
/// query code serves SQLite and PostgreSQL and a value is never spliced into the text.
pub struct SqlBuilder {
    backend: Backend,
    sql: String,
    binds: Vec<Value>,
}

impl SqlBuilder {
    pub fn new(backend: Backend, sql: &str) -> Self {
        Self {
            backend,
            sql: sql.to_owned(),
            binds: Vec::new(),
        }
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Append SQL text.
    pub fn push(&mut self, sql: &str) -> &mut Self {
        self.sql.push_str(sql);
        self
    }

    /// Append a placeholder bound to `value`.
    pub fn bind(&mut self, value: Value) -> &mut Self {
        self.binds.push(value);
        match self.backend {
            Backend::Sqlite => self.sql.push('?'),
            Backend::Postgres => {
                self.sql.push('$');
                self.sql.push_str(&self.binds.len().to_string());
            }
        }
        self
    }

    /// `LIMIT`/`OFFSET` clause (SQLite needs a LIMIT before an OFFSET: -1 means none).
    pub fn page(&mut self, limit: Option<i64>, offset: i64) -> &mut Self {
        match (limit, self.backend) {
            (Some(n), _) => {
                self.push(" LIMIT ").bind(Value::Int(n));
            }
            (None, Backend::Sqlite) if offset > 0 => {
                self.push(" LIMIT -1");
            }
            _ => {}
        }
        if offset > 0 {
            self.push(" OFFSET ").bind(Value::Int(offset));
        }
        self
    }

    pub fn finish(self, tables: &[Table], columns: &[&str]) -> ReadQuery {
        ReadQuery {
            sql: self.sql,
            cache_text: None,
            binds: self.binds,
            tables: Tables::of(tables),
            columns: columns.iter().map(|c| (*c).to_owned()).collect(),
            ..ReadQuery::default()
        }
    }
}

/// Run `query`, feeding `sink` its column names and then each row as it arrives. The
/// caller ends the sink. Column names are the statement's own, duplicates included,
/// whatever the row count: from the first row, or for an empty result from the
/// statement prepared again (SQLite), the probe (PostgreSQL), or the declared names.
pub fn stream(conn: &mut AnyConnection, query: &ReadQuery, sink: &mut dyn RowSink) -> Result<()> {
    super::catalog::refuse_captured_calls(conn, &query.routines)?;
    dynamic_row::capture_columns();
    let mut started = false;
    let mut on_row = |row: diesel::QueryResult<DynRow>| -> Result<()> {
        let row = row?;
        if !started {
            let columns = dynamic_row::captured_columns().unwrap_or_else(|| query.columns.clone());
            sink.begin(&columns)?;
            started = true;
        }
        sink.row(&row.0)
    };
    let sql = diesel::sql_query(query.sql.as_str());
    match conn {
        AnyConnection::Sqlite(c) => {
            let boxed = bind_all(sql.into_boxed::<diesel::sqlite::Sqlite>(), &query.binds);
            for row in boxed.load_iter::<DynRow, DefaultLoadingMode>(c)? {
                on_row(row)?;
            }
        }
        AnyConnection::Postgresql(c) => {
            let boxed = bind_all(sql.into_boxed::<diesel::pg::Pg>(), &query.binds);
            for row in boxed.load_iter::<DynRow, DefaultLoadingMode>(c)? {
                on_row(row)?;
            }
        }
    }
    if !started {
        let columns = empty_result_columns(conn, query)?;
        sink.begin(&columns)?;
    }
    Ok(())
}

/// The column names of `query` when it returned no rows to carry them.
fn empty_result_columns(conn: &mut AnyConnection, query: &ReadQuery) -> Result<Vec<String>> {
    if query.column_probe.is_none() && !query.columns.is_empty() {
        return Ok(query.columns.clone());
    }
    // Should the second connection fail (a rollback-journal database whose writer waits
    // for this connection's read lock, say), the probe still names the columns.
    if let AnyConnection::Sqlite(c) = conn
        && let Ok(Some(columns)) = sqlite_statement_columns(c, &query.sql)
    {
        return Ok(columns);
    }
    match &query.column_probe {
        Some(probe) => probe_columns(conn, probe, &query.binds),
        None => Ok(query.columns.clone()),
    }
}

/// The column names of `probe`'s first row. (On PostgreSQL a statement used as a
/// subquery keeps its column names, duplicates included; SQLite renames duplicates
/// there, `a` and `a:1`, so it prepares the statement instead.)
fn probe_columns(conn: &mut AnyConnection, probe: &str, binds: &[Value]) -> Result<Vec<String>> {
    let query = ReadQuery {
        sql: probe.to_owned(),
        binds: binds.to_vec(),
        ..ReadQuery::default()
    };
    let mut collector = Collector::default();
    stream(conn, &query, &mut collector)?;
    Ok(collector.rows.columns)
}

/// How long the connection that names an empty result's columns waits for a lock.
const NAMES_BUSY_TIMEOUT_MS: std::ffi::c_int = 1000;

/// The column names SQLite gives `sql` once prepared (`sqlite3_column_name`: what a first
/// row would have carried), read through a short-lived second, read-only connection to the
/// same file, as Diesel does not lend out its own handle. `None` for a database without a
/// file (in memory).
fn sqlite_statement_columns(
    conn: &mut diesel::sqlite::SqliteConnection,
    sql: &str,
) -> Result<Option<Vec<String>>> {
    let main = diesel::sql_query("SELECT file FROM pragma_database_list WHERE name = 'main'")
        .load::<DynRow>(conn)?;
    let Some(Value::Text(file)) = main.into_iter().next().and_then(|r| r.0.into_iter().next())
    else {
        return Ok(None);
    };
    if file.is_empty() {
        return Ok(None);
    }

    let conn = super::sqlite_ro::ReadOnly::open(&file, NAMES_BUSY_TIMEOUT_MS)?;
    let started = crate::echo::sql_enabled().then(std::time::Instant::now);
    let names = match conn.prepare(sql)? {
        Some(stmt) => stmt.column_names(),
        None => Vec::new(),
    };
    if started.is_some() {
        let shown = format!("{sql} -- prepared for its column names, not run");
        crate::echo::sent(&shown, started, None);
    }
    Ok(Some(names))
}

/// Run `queries` into their outputs in one snapshot (so they agree), uncached.
pub fn run_all(
    conn: &mut AnyConnection,
    queries: &[&ReadQuery],
    outs: &mut [Out<'_>],
) -> Result<()> {
    let mut run = |conn: &mut AnyConnection| -> Result<()> {
        for (query, out) in queries.iter().zip(outs.iter_mut()) {
            match out {
                Out::Rows(target) => **target = fetch(conn, query)?,
                Out::Print { style, out, .. } => {
                    let mut sink = crate::output::sink(*style, &mut **out);
                    stream(conn, query, sink.as_mut())?;
                    sink.end()?;
                }
            }
        }
        Ok(())
    };
    // One statement is a snapshot by itself; only several need a transaction to agree.
    if queries.len() == 1 {
        run(conn)
    } else {
        read_snapshot(conn, run)
    }
}

/// Run `query` and collect its rows.
pub fn fetch(conn: &mut AnyConnection, query: &ReadQuery) -> Result<Rows> {
    let mut collector = Collector::default();
    stream(conn, query, &mut collector)?;
    Ok(collector.rows)
}

/// Bind every value with its own SQL type (integer as BIGINT, text as TEXT, …).
fn bind_all<'f, DB>(
    mut q: BoxedSqlQuery<'f, DB, SqlQuery>,
    binds: &'f [Value],
) -> BoxedSqlQuery<'f, DB, SqlQuery>
where
    DB: diesel::backend::Backend
        + diesel::sql_types::HasSqlType<BigInt>
        + diesel::sql_types::HasSqlType<Text>
        + diesel::sql_types::HasSqlType<Double>
        + diesel::sql_types::HasSqlType<Bool>
        + diesel::sql_types::HasSqlType<Binary>
        + diesel::sql_types::HasSqlType<Date>,
    i64: diesel::serialize::ToSql<BigInt, DB>,
    f64: diesel::serialize::ToSql<Double, DB>,
    bool: diesel::serialize::ToSql<Bool, DB>,
    str: diesel::serialize::ToSql<Text, DB>,
    [u8]: diesel::serialize::ToSql<Binary, DB>,
    chrono::NaiveDate: diesel::serialize::ToSql<Date, DB>,
    Option<&'f str>: diesel::serialize::ToSql<Nullable<Text>, DB>,
{
    for value in binds {
        q = match value {
            Value::Null => q.bind::<Nullable<Text>, _>(None::<&'f str>),
            Value::Bool(b) => q.bind::<Bool, _>(*b),
            Value::Int(i) => q.bind::<BigInt, _>(*i),
            Value::Real(f) => q.bind::<Double, _>(*f),
            Value::Decimal(s) | Value::Text(s) => q.bind::<Text, _>(s.as_str()),
            Value::Bytes(b) => q.bind::<Binary, _>(b.as_slice()),
            Value::Date(d) => q.bind::<Date, _>(*d),
        };
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_follow_the_backend() {
        let mut lite = SqlBuilder::new(Backend::Sqlite, "SELECT * FROM t WHERE a = ");
        lite.bind(Value::Int(1))
            .push(" AND b = ")
            .bind(Value::Text("x".into()));
        lite.page(None, 5);
        let q = lite.finish(&[Table::Pets], &[]);
        assert_eq!(
            q.sql,
            "SELECT * FROM t WHERE a = ? AND b = ? LIMIT -1 OFFSET ?"
        );
        assert_eq!(q.binds.len(), 3);

        let mut pg = SqlBuilder::new(Backend::Postgres, "SELECT * FROM t WHERE a = ");
        pg.bind(Value::Int(1))
            .push(" AND b = ")
            .bind(Value::Text("x".into()));
        pg.page(Some(10), 0);
        assert_eq!(
            pg.finish(&[Table::Pets], &[]).sql,
            "SELECT * FROM t WHERE a = $1 AND b = $2 LIMIT $3"
        );
    }
}
