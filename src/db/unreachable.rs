//! Telling "the database cannot be reached" from every other failure: only the first may
//! be answered from a cached result older than the usual rules allow (`--max-stale`); a
//! syntax error, a permission error or a missing table never is.

use std::fmt;

/// The database could not be reached, or dropped the connection: refused, timed out,
/// unknown host, shut down, or a connection-level error while talking to it.
#[derive(Debug)]
pub struct Unreachable(pub String);

impl fmt::Display for Unreachable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unreachable {}

/// What libpq and PostgreSQL say when the server cannot be reached or the connection is
/// lost (not: bad password, unknown role or database, no pg_hba entry, permissions).
const CONNECTION_LEVEL: &[&str] = &[
    "connection refused",
    "timeout expired",
    "timed out",
    "could not translate host name",
    "name or service not known",
    "temporary failure in name resolution",
    "no route to host",
    "network is unreachable",
    "could not connect to server",
    "server closed the connection unexpectedly",
    "connection reset",
    "could not receive data from server",
    "could not send data to server",
    "no connection to the server",
    "terminating connection due to administrator command",
    "the database system is starting up",
    "the database system is shutting down",
    "the database system is in recovery mode",
    "the database system is not accepting connections",
    "ssl syscall error",
    "eof detected",
];

/// Is this message one of a connection that failed or was lost?
pub fn is_connection_level(message: &str) -> bool {
    let m = message.to_lowercase();
    CONNECTION_LEVEL.iter().any(|s| m.contains(s))
}

/// Is `e` (or what caused it) the database being unreachable?
pub fn is_unreachable(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        if cause.downcast_ref::<Unreachable>().is_some() {
            return true;
        }
        match cause.downcast_ref::<diesel::result::Error>() {
            Some(diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::ClosedConnection,
                _,
            )) => true,
            Some(diesel::result::Error::DatabaseError(_, info)) => {
                is_connection_level(info.message())
            }
            Some(diesel::result::Error::BrokenTransactionManager) => false,
            _ => false,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_connection_that_failed_counts() {
        for m in [
            "connection to server at \"127.0.0.1\", port 1 failed: Connection refused",
            "timeout expired",
            "could not translate host name \"nowhere\" to address: Name or service not known",
            "server closed the connection unexpectedly\n\tThis probably means…",
            "FATAL:  the database system is shutting down",
        ] {
            assert!(is_connection_level(m), "{m}");
        }
        for m in [
            "FATAL:  password authentication failed for user \"bob\"",
            "FATAL:  role \"bob\" does not exist",
            "FATAL:  database \"nope\" does not exist",
            "syntax error at or near \"SELEC\"",
            "permission denied for table owners",
            "relation \"ownerz\" does not exist",
        ] {
            assert!(!is_connection_level(m), "{m}");
        }
    }
}
