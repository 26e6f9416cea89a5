//! A short-lived read-only SQLite connection of petdb's own, through libsqlite3-sys (Diesel
//! does not lend out its handle). For the cheapest reads there are: a strict cache hit's
//! state query — a read-only connection neither creates nor removes anything when it
//! closes, where a writable one deletes the database's `-wal` and `-shm` files at exit
//! and the next process creates them again — and the names of an empty result's columns.

use std::ffi::{CStr, CString, c_int};
use std::ptr;
use std::time::Instant;

use anyhow::{Result, bail};
use libsqlite3_sys as ffi;

use crate::echo;
use crate::rows::Value;

/// An open read-only connection; closed when dropped.
pub struct ReadOnly {
    db: *mut ffi::sqlite3,
    file: String,
}

/// A prepared statement; finalized when dropped (always before its connection).
pub struct Statement<'c> {
    stmt: *mut ffi::sqlite3_stmt,
    conn: &'c ReadOnly,
}

impl ReadOnly {
    /// Open the database `file` read-only, waiting at most `busy_ms` for a lock; shown as
    /// a `connect` line under `--echo-sql`, as Diesel's connections are.
    pub fn open(file: &str, busy_ms: c_int) -> Result<Self> {
        let started = echo::sql_enabled().then(Instant::now);
        let opened = Self::open_quietly(file, busy_ms);
        if started.is_some() {
            let shown = format!("{file} (read-only)");
            match &opened {
                Ok(_) => echo::connected(&shown, started, None),
                Err(e) => echo::connected(&shown, started, Some(e)),
            }
        }
        opened
    }

    fn open_quietly(file: &str, busy_ms: c_int) -> Result<Self> {
        let path = CString::new(file)?;
        let mut conn = ReadOnly {
            db: ptr::null_mut(),
            file: file.to_owned(),
        };
        // SAFETY: a NUL-terminated path and a place for the handle; no VFS name.
        let rc = unsafe {
            ffi::sqlite3_open_v2(
                path.as_ptr(),
                &mut conn.db,
                ffi::SQLITE_OPEN_READONLY | ffi::SQLITE_OPEN_NOMUTEX,
                ptr::null(),
            )
        };
        if rc != ffi::SQLITE_OK {
            bail!("cannot open {file} read-only: {}", conn.message());
        }
        // SAFETY: an open handle.
        unsafe { ffi::sqlite3_busy_timeout(conn.db, busy_ms) };
        Ok(conn)
    }

    /// The last error on this connection.
    fn message(&self) -> String {
        // SAFETY: errmsg accepts any handle, null included, and returns a NUL-terminated
        // string that stays valid until the next call on it, which is after the copy.
        unsafe { CStr::from_ptr(ffi::sqlite3_errmsg(self.db)) }
            .to_string_lossy()
            .into_owned()
    }

    /// Prepare one statement; `None` for text without one (a comment).
    pub fn prepare(&self, sql: &str) -> Result<Option<Statement<'_>>> {
        let mut stmt = ptr::null_mut();
        // SAFETY: `sql` is valid for its given length (no NUL terminator needed then);
        // the tail pointer is not wanted.
        let rc = unsafe {
            ffi::sqlite3_prepare_v2(
                self.db,
                sql.as_ptr().cast(),
                c_int::try_from(sql.len())?,
                &mut stmt,
                ptr::null_mut(),
            )
        };
        if rc != ffi::SQLITE_OK {
            bail!("{}: {}", self.file, self.message());
        }
        Ok((!stmt.is_null()).then_some(Statement { stmt, conn: self }))
    }

    /// Every row of `sql`, each value by its storage class; shown as a `sql` line under
    /// `--echo-sql`.
    pub fn rows(&self, sql: &str) -> Result<Vec<Vec<Value>>> {
        let started = echo::sql_enabled().then(Instant::now);
        let rows = match self.prepare(sql) {
            Ok(Some(stmt)) => stmt.rows(),
            Ok(None) => Ok(Vec::new()),
            Err(e) => Err(e),
        };
        if started.is_some() {
            match &rows {
                Ok(_) => echo::sent(sql, started, None),
                Err(e) => echo::sent(sql, started, Some(e)),
            }
        }
        rows
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        // SAFETY: a handle from sqlite3_open_v2 (or null, which close ignores); every
        // statement borrows the connection, so it was finalized before.
        unsafe { ffi::sqlite3_close(self.db) };
    }
}

impl Statement<'_> {
    /// The names SQLite gives the result's columns (what a first row would carry).
    pub fn column_names(&self) -> Vec<String> {
        // SAFETY: a prepared statement; each name is copied before the next call.
        unsafe {
            (0..ffi::sqlite3_column_count(self.stmt))
                .map(|i| {
                    let name = ffi::sqlite3_column_name(self.stmt, i);
                    if name.is_null() {
                        "?".to_owned()
                    } else {
                        CStr::from_ptr(name).to_string_lossy().into_owned()
                    }
                })
                .collect()
        }
    }

    fn rows(self) -> Result<Vec<Vec<Value>>> {
        let mut rows = Vec::new();
        loop {
            // SAFETY: a prepared statement, stepped until done or an error.
            match unsafe { ffi::sqlite3_step(self.stmt) } {
                ffi::SQLITE_ROW => rows.push(self.row()),
                ffi::SQLITE_DONE => return Ok(rows),
                _ => bail!("{}: {}", self.conn.file, self.conn.message()),
            }
        }
    }

    fn row(&self) -> Vec<Value> {
        // SAFETY: the statement is on a row; each value is copied before the next call.
        unsafe {
            (0..ffi::sqlite3_column_count(self.stmt))
                .map(|i| match ffi::sqlite3_column_type(self.stmt, i) {
                    ffi::SQLITE_INTEGER => Value::Int(ffi::sqlite3_column_int64(self.stmt, i)),
                    ffi::SQLITE_NULL => Value::Null,
                    _ => {
                        let text = ffi::sqlite3_column_text(self.stmt, i);
                        let len = ffi::sqlite3_column_bytes(self.stmt, i);
                        if text.is_null() {
                            Value::Null
                        } else {
                            let bytes = std::slice::from_raw_parts(text, len.max(0) as usize);
                            Value::Text(String::from_utf8_lossy(bytes).into_owned())
                        }
                    }
                })
                .collect()
        }
    }
}

impl Drop for Statement<'_> {
    fn drop(&mut self) {
        // SAFETY: a statement from sqlite3_prepare_v2.
        unsafe { ffi::sqlite3_finalize(self.stmt) };
    }
}
