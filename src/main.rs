//! The `petdb` binary: parse the command line, convert it to settings once, run it, and
//! turn the outcome into an exit code (0 success, 1 runtime failure, 2 usage error; a
//! closed stdout pipe is a success).
#![cfg_attr(all(target_os = "linux", target_env = "gnu"), no_main)]

use clap::error::ErrorKind;
use petdb::{Settings, UsageError, cli, ui};

#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod math;

/// The process's entry point on glibc Linux, in place of the standard library's.
///
/// std's start-up, before `fn main`, makes the guarantees of `process::start_up` and also asks
/// glibc for the main thread's stack bounds (glibc reads and parses `/proc/self/maps`) to
/// install a stack-overflow handler on an alternate signal stack: together ≈ 0.09 ms of
/// every run on this project's machines, measured with a no-op program either way, where
/// a cached read takes ≈ 1.2 ms (bench/ANALYSIS.md). petdb keeps the guarantees and drops
/// the handler: its parsers bound their recursion, and a stack overflow still stops the
/// process (SIGSEGV on the guard page) instead of a message saying so. (std fills
/// `std::env::args` from its own initialiser on glibc; elsewhere std's `main` runs.)
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[unsafe(no_mangle)]
pub extern "C" fn main(
    _argc: std::ffi::c_int,
    _argv: *const *const std::ffi::c_char,
) -> std::ffi::c_int {
    // SAFETY: first thing in the process, before any other thread or file exists.
    unsafe { petdb::process::start_up() };
    std::ffi::c_int::from(petdb::process::finish(run))
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(petdb::process::finish(run))
}

fn run() -> u8 {
    let cli = match cli::parse() {
        Ok(cli) => cli,
        Err(e) => {
            return match e.downcast::<clap::Error>() {
                Ok(e) => clap_error(e),
                Err(e) => failure(&e), // the config file
            };
        }
    };
    let settings = Settings::from_args(cli.global);
    ui::set_color(settings.color);
    match petdb::run(settings, cli.command) {
        Ok(()) => 0,
        Err(e) if is_broken_pipe(&e) => 0,
        Err(e) => failure(&e),
    }
}

/// One line on stderr; 2 for a usage error, 1 for anything else.
fn failure(e: &anyhow::Error) -> u8 {
    ui::error(ui::chain(e));
    if e.downcast_ref::<UsageError>().is_some() {
        2
    } else {
        1
    }
}

/// Help and version go to stdout with 0; a usage error is one line on stderr with 2.
fn clap_error(e: clap::Error) -> u8 {
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
