//! What petdb says on stderr besides data: the colour choice, warnings and the one-line
//! error format (`petdb: …`).

use std::fmt::Display;

use anstream::ColorChoice;
use anstyle::{AnsiColor, Style};

pub const ERROR: Style = AnsiColor::Red.on_default().bold();
pub const WARNING: Style = AnsiColor::Yellow.on_default().bold();
pub const DIM: Style = Style::new().dimmed();
pub const LABEL: Style = AnsiColor::Cyan.on_default();

/// Apply `--color` to everything written through `anstream` (NO_COLOR and non-terminals
/// turn colour off under `auto`).
pub fn set_color(choice: ColorChoice) {
    choice.write_global();
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

/// An error and its causes as one line (`context: cause: cause`), leaving out a cause
/// that only repeats what the line already says.
pub fn chain(e: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if line.contains(text.trim()) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    one_line(&line)
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
    use super::{chain, one_line};

    #[test]
    fn repeated_causes_are_left_out() {
        let io = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "Connection refused");
        let e = anyhow::Error::new(io)
            .context("Connection refused (os error 111)")
            .context("cannot reach Redis");
        assert_eq!(
            chain(&e),
            "cannot reach Redis: Connection refused (os error 111)"
        );
    }

    #[test]
    fn folds_lines() {
        assert_eq!(one_line("a\nDETAIL:  b\n\n"), "a — DETAIL:  b");
        assert_eq!(one_line("plain"), "plain");
    }
}
