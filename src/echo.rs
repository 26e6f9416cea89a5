//! `--echo-sql`: every statement sent to the database (with binds and time) and every cache
//! event, one line each on stderr. Statements come from Diesel's instrumentation hook, so
//! what is printed is what was really sent — migrations and version checks included.

use std::fmt::Display;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use diesel::connection::{Instrumentation, InstrumentationEvent, set_default_instrumentation};

use crate::db::target::redact_unparsed;
use crate::ui::{DIM, ERROR, LABEL};

/// Statements longer than this (bulk inserts) are cut, with the number of bytes left out.
const MAX_STATEMENT_CHARS: usize = 2000;

static EVENTS: AtomicBool = AtomicBool::new(false);
static SQL: AtomicBool = AtomicBool::new(false);

/// `--echo-sql`: statements and cache events for the rest of the process; call before the
/// first connection.
pub fn enable_sql() -> anyhow::Result<()> {
    EVENTS.store(true, Ordering::Relaxed);
    SQL.store(true, Ordering::Relaxed);
    set_default_instrumentation(|| Some(Box::new(EchoSql::default())))
        .map_err(|e| anyhow::anyhow!("cannot install the --echo-sql hook: {e}"))
}

/// `-v`: cache events and notes, without the statements.
pub fn enable_events() {
    EVENTS.store(true, Ordering::Relaxed);
}

pub fn events_enabled() -> bool {
    EVENTS.load(Ordering::Relaxed)
}

/// Whether statements are echoed (`--echo-sql`): for connections Diesel's hook does not
/// see (the read-only SQLite connection of `db::sqlite_ro`).
pub fn sql_enabled() -> bool {
    SQL.load(Ordering::Relaxed)
}

/// One `connect` line: the database, the time it took, and the error if it failed.
pub fn connected(url: &str, started: Option<Instant>, error: Option<&dyn Display>) {
    let ms = elapsed_ms(started);
    let failed = error.map(|e| format!(" {ERROR}failed:{ERROR:#} {e}"));
    anstream::eprintln!(
        "{LABEL}connect{LABEL:#} {DIM}{ms:>8.3}ms{DIM:#}  {}{}",
        redact_unparsed(url),
        failed.unwrap_or_default()
    );
}

/// One `sql` line: the statement exactly as sent, its time, and the error if it failed.
pub fn sent(statement: &str, started: Option<Instant>, error: Option<&dyn Display>) {
    let ms = elapsed_ms(started);
    let failed = error.map(|e| format!(" {ERROR}failed:{ERROR:#} {e}"));
    anstream::eprintln!(
        "{LABEL}sql{LABEL:#}     {DIM}{ms:>8.3}ms{DIM:#}  {}{}",
        shorten(statement),
        failed.unwrap_or_default()
    );
}

/// One cache event line (`hit`, `miss`, `stale (…)`, `fill`, `skip (…)`), if echoing.
pub fn cache_event(event: impl Display, detail: impl Display) {
    if events_enabled() {
        anstream::eprintln!("{LABEL}cache{LABEL:#}   {event} {DIM}{detail}{DIM:#}");
    }
}

/// A note only worth showing to a user watching `--echo-sql` or `-v`.
pub fn note(what: impl Display) {
    if events_enabled() {
        anstream::eprintln!("{LABEL}note{LABEL:#}    {what}");
    }
}

#[derive(Default)]
struct EchoSql {
    query_started: Option<Instant>,
    connect_started: Option<Instant>,
}

impl Instrumentation for EchoSql {
    fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
        match event {
            InstrumentationEvent::StartEstablishConnection { .. } => {
                self.connect_started = Some(Instant::now());
            }
            InstrumentationEvent::FinishEstablishConnection { url, error, .. } => {
                connected(
                    url,
                    self.connect_started.take(),
                    error.map(|e| e as &dyn Display),
                );
            }
            InstrumentationEvent::StartQuery { .. } => {
                self.query_started = Some(Instant::now());
            }
            InstrumentationEvent::FinishQuery { query, error, .. } => {
                sent(
                    &query.to_string(),
                    self.query_started.take(),
                    error.map(|e| e as &dyn Display),
                );
            }
            _ => {}
        }
    }
}

fn elapsed_ms(started: Option<Instant>) -> f64 {
    started.map_or(0.0, |t| t.elapsed().as_secs_f64() * 1000.0)
}

/// The statement exactly as sent (whitespace, string literals and all), cut only when
/// very long.
fn shorten(statement: &str) -> String {
    if statement.len() <= MAX_STATEMENT_CHARS {
        return statement.to_owned();
    }
    let mut cut = MAX_STATEMENT_CHARS;
    while !statement.is_char_boundary(cut) {
        cut -= 1;
    }
    format!(
        "{}… ({} more bytes)",
        &statement[..cut],
        statement.len() - cut
    )
}

#[cfg(test)]
mod tests {
    use super::shorten;

    #[test]
    fn long_statements_are_cut_on_a_char_boundary() {
        let long = "é".repeat(3000);
        let s = shorten(&long);
        assert!(s.ends_with("more bytes)"));
        assert!(s.len() < 2100);
        let exact = "SELECT 'a  b\tc'\n  FROM t";
        assert_eq!(shorten(exact), exact, "exactly what was sent");
    }
}
