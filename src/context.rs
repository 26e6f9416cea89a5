//! What every command runs with: the global flags, the database (connected and migrated
//! on first use, so a command that needs no database never opens one), and stdout.

use std::io::{BufWriter, StdoutLock, Write};

use anyhow::Result;

use crate::cli::GlobalArgs;
use crate::db::connection::{self, AnyConnection};
use crate::db::migrations;
use crate::db::read::{self, ReadQuery};
use crate::db::target::{Backend, Target};
use crate::output::{self, Style};
use crate::rows::Rows;

pub struct Ctx {
    pub global: GlobalArgs,
    pub target: Target,
    conn: Option<AnyConnection>,
    pub out: BufWriter<StdoutLock<'static>>,
}

impl Ctx {
    pub fn new(global: GlobalArgs) -> Result<Self> {
        let target = Target::for_url(global.database_url.as_deref())?;
        Ok(Self {
            global,
            target,
            conn: None,
            out: BufWriter::new(std::io::stdout().lock()),
        })
    }

    pub fn backend(&self) -> Backend {
        self.target.backend()
    }

    pub fn style(&self) -> Style {
        Style {
            format: self.global.format,
            header: !self.global.no_header,
        }
    }

    /// The connection, opened and migrated on first use.
    pub fn conn(&mut self) -> Result<&mut AnyConnection> {
        if self.conn.is_none() {
            let mut conn = connection::open(&self.target)?;
            migrations::ensure_current(&mut conn)?;
            self.conn = Some(conn);
        }
        Ok(self.conn.as_mut().expect("just opened"))
    }

    /// The connection without running migrations (for `db migrate` and `db status`).
    pub fn conn_unmigrated(&mut self) -> Result<&mut AnyConnection> {
        if self.conn.is_none() {
            self.conn = Some(connection::open(&self.target)?);
        }
        Ok(self.conn.as_mut().expect("just opened"))
    }

    /// Run a read and return its rows.
    pub fn fetch(&mut self, query: &ReadQuery) -> Result<Rows> {
        read::fetch(self.conn()?, query)
    }

    /// Run several reads in one snapshot, so related results agree with each other.
    pub fn fetch_all(&mut self, queries: &[&ReadQuery]) -> Result<Vec<Rows>> {
        connection::read_snapshot(self.conn()?, |conn| {
            queries.iter().map(|q| read::fetch(conn, q)).collect()
        })
    }

    /// Run a read and print it, streaming rows straight to stdout.
    pub fn print_query(&mut self, query: &ReadQuery) -> Result<()> {
        let style = self.style();
        let conn = match self.conn.as_mut() {
            Some(c) => c,
            None => {
                self.conn()?;
                self.conn.as_mut().expect("just opened")
            }
        };
        let mut sink = output::sink(style, &mut self.out);
        read::stream(conn, query, sink.as_mut())?;
        sink.end()
    }

    /// Print collected rows.
    pub fn print_rows(&mut self, rows: &Rows) -> Result<()> {
        output::render(self.style(), rows, &mut self.out)
    }

    /// A confirmation (`deleted owner 5`) on stdout, unless `-q`.
    pub fn say(&mut self, message: impl std::fmt::Display) -> Result<()> {
        if !self.global.quiet {
            writeln!(self.out, "{message}")?;
        }
        Ok(())
    }

    /// Report a new row's id: `added owner 42`, or just `42` with `-q`.
    pub fn added(&mut self, what: &str, id: i64) -> Result<()> {
        if self.global.quiet {
            writeln!(self.out, "{id}")?;
        } else {
            writeln!(self.out, "added {what} {id}")?;
        }
        Ok(())
    }

    /// Flush stdout (a closed pipe surfaces here as a broken-pipe error).
    pub fn finish(mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }
}
