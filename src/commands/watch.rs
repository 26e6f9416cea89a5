//! `petdb watch [--interval S] [--until-change] <read command…>`: print a read's result,
//! then again each time a table it reads changes — and only then. What is polled is the
//! database's state (the versions of those tables and the stamp, `db::state::read`): one
//! small query per interval, never the data. The versions move on every write by any
//! client (the database's own triggers set them), so a write by petdb, psql or anything
//! else is seen within one interval; a read, a fill, or a write to another table is not a
//! change.
//!
//! The state is read before each run of the command, so a write that lands between the
//! two shows as a change at the next poll (one redraw too many at worst, never a missed
//! one).

use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Result;

use super::nested::{self, Parsed};
use crate::UsageError;
use crate::cache::Source;
use crate::cli::WatchArgs;
use crate::context::Ctx;
use crate::db::schema::Tables;
use crate::db::state::{self, DbState, TriggerState};

/// How often a sleep looks at the Ctrl-C flag.
const WAKE: Duration = Duration::from_millis(50);

pub fn run(outer: &mut Ctx, args: WatchArgs) -> Result<()> {
    let parse = |outer: &Ctx| -> Result<crate::cli::Cli> {
        match nested::parse(&outer.settings, &args.command).map_err(UsageError)? {
            Parsed::Command(cli) => Ok(*cli),
            Parsed::Help(text) => Err(Help(text).into()),
        }
    };
    let cli = match parse(outer) {
        Ok(cli) => cli,
        Err(e) => {
            return match e.downcast::<Help>() {
                Ok(Help(text)) => Ok(write!(outer.out, "{text}")?),
                Err(e) => Err(e),
            };
        }
    };
    nested::check_read(&cli.command, &args.command).map_err(UsageError)?;
    let (settings, command) = nested::settings(cli);

    // The tables it reads: the reads it would make, recorded without running them.
    let mut probe = Ctx::with_output(settings.clone(), Box::new(std::io::sink()))?;
    let queries = super::explain::record(&mut probe, command)?;
    drop(probe);
    if let Some(why) = queries.iter().find_map(|q| q.uncacheable.as_ref()) {
        return Err(UsageError(format!(
            "cannot watch `{}`: petdb cannot tell which tables it reads ({why})",
            nested::display(&args.command)
        ))
        .into());
    }
    let tables = queries
        .iter()
        .fold(Tables::NONE, |all, q| all.union(q.tables));

    let buffer = SharedBuf::default();
    let mut ctx = Ctx::with_output(settings, Box::new(buffer.clone()))?;
    ctx.reads_only();
    for (table, trigger) in state::triggers(ctx.conn()?, tables)? {
        if trigger != TriggerState::Ok {
            let fix = if trigger.repairable() {
                " (petdb db migrate restores it)"
            } else {
                ""
            };
            crate::ui::warn(format_args!(
                "{}: changes may go unseen{fix}",
                trigger.why(table)
            ));
        }
    }
    catch_interrupt();
    let screen = Screen {
        terminal: std::io::stdout().is_terminal(),
        header: format!(
            "Every {}s: petdb {}",
            args.interval.as_secs_f64(),
            nested::display(&args.command)
        ),
    };

    let mut seen = read_state(&mut ctx, tables)?;
    let once = |ctx: &mut Ctx, outer: &mut Ctx| -> Result<()> {
        let (_, command) = nested::settings(parse(outer)?);
        nested::run_read(ctx, command)?;
        ctx.out.flush()?;
        screen.draw(&mut outer.out, &buffer.take())
    };
    once(&mut ctx, outer)?;
    while sleep(args.interval) {
        let now = read_state(&mut ctx, tables)?;
        if now == seen {
            continue;
        }
        seen = now;
        once(&mut ctx, outer)?;
        if args.until_change {
            break;
        }
    }
    ctx.finish()
}

/// The state of `tables` now: their versions and the stamp.
fn read_state(ctx: &mut Ctx, tables: Tables) -> Result<DbState> {
    ctx.db.state(tables)
}

/// How results are shown.
struct Screen {
    terminal: bool,
    header: String,
}

impl Screen {
    /// Show one result: on a terminal the screen is cleared and redrawn; otherwise the
    /// result is appended after its header line.
    fn draw(&self, out: &mut dyn Write, body: &[u8]) -> Result<()> {
        let time = chrono::Utc::now().format("%Y-%m-%d %H:%M:%S UTC");
        if self.terminal {
            // Home, clear the screen (and the scrollback of what was drawn).
            write!(out, "\x1b[H\x1b[2J{}    {time}\n\n", self.header)?;
        } else {
            writeln!(out, "{}    {time}", self.header)?;
        }
        out.write_all(body)?;
        out.flush()?;
        Ok(())
    }
}

/// `watch` asked for the nested command's help: printed, exit 0.
#[derive(Debug)]
struct Help(String);

impl std::fmt::Display for Help {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("help")
    }
}

impl std::error::Error for Help {}

/// Results are collected here, then drawn at once.
#[derive(Clone, Default)]
struct SharedBuf(Rc<RefCell<Vec<u8>>>);

impl SharedBuf {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut self.0.borrow_mut())
    }
}

impl Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_interrupt(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// From now on Ctrl-C (SIGINT) ends the watch cleanly instead of killing the process.
fn catch_interrupt() {
    let handler: extern "C" fn(libc::c_int) = on_interrupt;
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe { libc::signal(libc::SIGINT, handler as libc::sighandler_t) };
}

/// Sleep for `interval`, waking every [`WAKE`] to look for Ctrl-C: `false` if it came.
fn sleep(interval: Duration) -> bool {
    let until = Instant::now() + interval;
    loop {
        if INTERRUPTED.load(Ordering::SeqCst) {
            return false;
        }
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return true;
        }
        std::thread::sleep(left.min(WAKE));
    }
}
