//! The text a statement's cache entry is keyed by. Spellings that mean the same share it:
//! the canonical AST (see [`super::walk`]) rendered by sqlparser — but only when that is
//! provably faithful:
//!
//! 1. sqlparser's plain rendering of what it read has the same lexemes as the text the
//!    database runs (else sqlparser read something else than the database will);
//! 2. the canonical rendering parses back to the same canonical AST (else rendering lost
//!    or moved something);
//! 3. on SQLite, where a column without an alias is named by its text as written, the
//!    text of every such item is part of the key.
//!
//! Otherwise the key is the exact text run. The two kinds of key cannot meet.

use sqlparser::ast::Statement;
use sqlparser::keywords::Keyword;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::Token;

use super::tokens::{self, Lexeme};
use super::walk::{Facts, Walker};
use crate::db::target::Backend;

/// The key text for the exact statement run.
pub fn exact(run: &str) -> String {
    format!("exact\n{run}")
}

/// The key text for `run`, given sqlparser's reading of it (`original`) and its canonical
/// form (`canonical`, walked into `facts`).
pub fn key(
    run: &str,
    original: &Statement,
    canonical: &Statement,
    facts: &Facts,
    backend: Backend,
) -> String {
    canonical_key(run, original, canonical, facts, backend).unwrap_or_else(|| exact(run))
}

fn canonical_key(
    run: &str,
    original: &Statement,
    canonical: &Statement,
    facts: &Facts,
    backend: Backend,
) -> Option<String> {
    if !tokens::same_lexemes(run, &original.to_string(), backend) {
        return None;
    }
    let dialect = super::analysis::dialect(backend);
    let rendered = canonical.to_string();
    let mut again = Parser::parse_sql(dialect.as_ref(), &rendered).ok()?;
    if again.len() != 1 {
        return None;
    }
    let mut again = again.pop()?;
    let Statement::Query(q) = &mut again else {
        return None;
    };
    Walker::new(backend).query(q);
    if again != *canonical || again.to_string() != rendered {
        return None;
    }
    let mut key = format!("canonical\n{rendered}");
    if backend == Backend::Sqlite {
        for text in unaliased_item_texts(run, facts)? {
            key.push_str(&format!("\n{}:{text}", text.len()));
        }
    }
    Some(key)
}

/// SQLite: the text as written of every select item without an alias, SELECT by SELECT
/// (`None` if the items cannot be told apart in the text).
fn unaliased_item_texts<'t>(run: &'t str, facts: &Facts) -> Option<Vec<&'t str>> {
    let dialect = super::analysis::dialect(Backend::Sqlite);
    let lexemes = tokens::lexemes(run, dialect.as_ref()).ok()?;
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(run.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut out = Vec::new();
    for select in &facts.selects {
        if !select.unaliased.iter().any(|u| *u) {
            continue;
        }
        let line = *line_starts.get((select.line as usize).checked_sub(1)?)?;
        let (col, _) = run[line..]
            .char_indices()
            .nth((select.column as usize).checked_sub(1)?)?;
        let at = lexemes.iter().position(|l| l.start == line + col)?;
        if !matches!(&lexemes[at].token, Token::Word(w) if w.keyword == Keyword::SELECT) {
            return None;
        }
        let items = projection_items(&lexemes[at + 1..], run)?;
        if items.len() != select.unaliased.len() {
            return None;
        }
        out.extend(
            items
                .into_iter()
                .zip(&select.unaliased)
                .filter(|(_, u)| **u)
                .map(|(t, _)| t),
        );
    }
    Some(out)
}

/// Words that end a SELECT's item list.
const AFTER_ITEMS: &[Keyword] = &[
    Keyword::FROM,
    Keyword::WHERE,
    Keyword::GROUP,
    Keyword::HAVING,
    Keyword::WINDOW,
    Keyword::ORDER,
    Keyword::LIMIT,
    Keyword::OFFSET,
    Keyword::UNION,
    Keyword::INTERSECT,
    Keyword::EXCEPT,
    Keyword::INTO,
];

/// The texts of the items of the SELECT whose tokens after the keyword are `lexemes`.
fn projection_items<'t>(lexemes: &[Lexeme<'t>], run: &'t str) -> Option<Vec<&'t str>> {
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut span: Option<(usize, usize)> = None;
    let mut first = true;
    for l in lexemes {
        if !l.is_significant() {
            if matches!(l.token, Token::EOF) {
                break;
            }
            continue;
        }
        if first {
            first = false;
            if matches!(&l.token, Token::Word(w) if w.quote_style.is_none() && matches!(w.keyword, Keyword::DISTINCT | Keyword::ALL))
            {
                continue;
            }
        }
        match &l.token {
            Token::LParen | Token::LBracket => depth += 1,
            Token::RParen | Token::RBracket if depth == 0 => break,
            Token::RParen | Token::RBracket => depth -= 1,
            Token::SemiColon if depth == 0 => break,
            Token::Comma if depth == 0 => {
                let (s, e) = span.take()?;
                items.push(&run[s..e]);
                continue;
            }
            Token::Word(w)
                if depth == 0 && w.quote_style.is_none() && AFTER_ITEMS.contains(&w.keyword) =>
            {
                break;
            }
            _ => {}
        }
        span = Some(match span {
            Some((s, _)) => (s, l.end),
            None => (l.start, l.end),
        });
    }
    let (s, e) = span?;
    items.push(&run[s..e]);
    // a token's end is the next token's start: drop trailing whitespace and comments
    Some(items.into_iter().map(str::trim_end).collect())
}
