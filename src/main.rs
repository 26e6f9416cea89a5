//! The `petdb` binary: parse the command line, run it, turn the outcome into an exit code
//! (0 success, 1 runtime failure, 2 usage error; a closed stdout pipe is a success).
//!
//! `main` is the C entry point itself (`#![no_main]`): std's own start-up reads
//! `/proc/self/maps` to place a stack guard the kernel already provides, which is a tenth
//! of a millisecond — about 5 % of a cache hit. What of that start-up petdb relies on is
//! done here: SIGPIPE ignored (so a closed pipe is an error petdb turns into exit 0, not a
//! signal) and stdout flushed before exit.

#![no_main]

use std::ffi::{c_char, c_int};
use std::io::Write;

use clap::error::ErrorKind;
use petdb::{UsageError, cli, commands, ui};

#[unsafe(no_mangle)]
pub extern "C" fn main(_argc: c_int, _argv: *const *const c_char) -> c_int {
    // SAFETY: setting a signal's disposition to "ignore" before any thread exists.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) };
    let code = run();
    let _ = std::io::stdout().flush();
    code
}

fn run() -> c_int {
    let cli = match cli::parse() {
        Ok(cli) => cli,
        Err(e) => return clap_error(e),
    };
    ui::set_color(cli.global.color);
    match commands::run(cli) {
        Ok(()) => 0,
        Err(e) if is_broken_pipe(&e) => 0,
        Err(e) => {
            ui::error(ui::chain(&e));
            if e.downcast_ref::<UsageError>().is_some() {
                2
            } else {
                1
            }
        }
    }
}

/// Help and version go to stdout with 0; a usage error is one line on stderr with 2.
fn clap_error(e: clap::Error) -> c_int {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            0
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            // One line naming the choices (clap would print the whole help, or a list
            // that includes `help`).
            let rendered = e.render().to_string();
            let usage = rendered
                .lines()
                .find_map(|l| l.trim().strip_prefix("Usage: "))
                .unwrap_or("petdb");
            let path: Vec<&str> = usage
                .split_whitespace()
                .take_while(|w| !w.starts_with(['[', '<']))
                .collect();
            ui::error(format!(
                "`{}` needs a subcommand: {} (see --help)",
                path.join(" "),
                subcommands(&path).join(", ")
            ));
            2
        }
        _ => {
            // Clap's message spans lines (the missing argument names follow the first line,
            // tips come after a blank): fold everything before the usage block onto one.
            let rendered = e.render().to_string();
            let message: Vec<&str> = rendered
                .lines()
                .map(str::trim)
                .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
                .filter(|l| !l.is_empty())
                .map(|l| l.strip_prefix("error: ").unwrap_or(l))
                .collect();
            ui::error(format!("{} (see --help)", message.join(" ")));
            2
        }
    }
}

/// The subcommands of the command at `path` (`["petdb", "owners"]`).
fn subcommands(path: &[&str]) -> Vec<String> {
    use clap::CommandFactory;
    let mut cmd = cli::Cli::command();
    for name in path.iter().skip(1) {
        match cmd.find_subcommand(name) {
            Some(sub) => cmd = sub.clone(),
            None => break,
        }
    }
    cmd.get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect()
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
