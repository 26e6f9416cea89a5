//! `petdb completions SHELL`: the completion script for a shell, on stdout.

use std::io::Write;

use anyhow::Result;
use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

pub fn run(shell: Shell) -> Result<()> {
    let mut out = std::io::stdout().lock();
    clap_complete::generate(shell, &mut Cli::command(), "petdb", &mut out);
    out.flush()?;
    Ok(())
}
