//! What petdb says on stderr besides data: the colour choice, warnings and the one-line
//! error format (`petdb: …`).

use std::fmt::Display;

use anstream::ColorChoice;
use anstyle::{AnsiColor, Style};

use crate::cli::ColorWhen;

pub const ERROR: Style = AnsiColor::Red.on_default().bold();
pub const WARNING: Style = AnsiColor::Yellow.on_default().bold();
pub const DIM: Style = Style::new().dimmed();
pub const LABEL: Style = AnsiColor::Cyan.on_default();

/// Apply `--color` to everything written through `anstream` (NO_COLOR and non-terminals
/// turn colour off under `auto`).
pub fn set_color(when: ColorWhen) {
    match when {
        ColorWhen::Auto => ColorChoice::Auto,
        ColorWhen::Always => ColorChoice::Always,
        ColorWhen::Never => ColorChoice::Never,
    }
    .write_global();
}

/// `petdb: warning: …` on stderr.
pub fn warn(message: impl Display) {
    anstream::eprintln!(
        "petdb: {WARNING}warning:{WARNING:#} {}",
        one_line(&message.to_string())
    );
}

/// `petdb: error text` on stderr, folded onto one line.
pub fn error(message: impl Display) {
    anstream::eprintln!("{ERROR}petdb:{ERROR:#} {}", one_line(&message.to_string()));
}

/// Fold a multi-line message (PostgreSQL adds DETAIL/HINT lines) onto one line.
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for part in s.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            out.push_str(" — ");
        }
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn folds_lines() {
        assert_eq!(one_line("a\nDETAIL:  b\n\n"), "a — DETAIL:  b");
        assert_eq!(one_line("plain"), "plain");
    }
}
