//! The first of `petdb sql`'s two read-only defences, before anything runs: the text must
//! be exactly one statement, start as a read (SELECT, WITH, VALUES, EXPLAIN or a
//! parenthesised query) and contain none of the keywords that write, lock or change the
//! session — found by SQL tokens, so a word inside a string or a quoted name does not
//! count. (The second defence is the read-only connection the statement runs on.)

use sqlparser::dialect::Dialect;
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, Tokenizer};

use crate::UsageError;

/// Keywords by which a statement that starts as a read could still write: a data-modifying
/// CTE (PostgreSQL), `SELECT … INTO` (creates a table). Kept short on purpose: a longer
/// list would refuse reads whose columns happen to be called `comment` or `copy`, and
/// everything else that writes either cannot follow SELECT/WITH/VALUES or is stopped by
/// the read-only connection.
const WRITES: &[Keyword] = &[
    Keyword::INSERT,
    Keyword::UPDATE,
    Keyword::DELETE,
    Keyword::MERGE,
    Keyword::INTO,
];

/// Words that may sit between EXPLAIN and the statement it explains.
const EXPLAIN_OPTIONS: &[Keyword] = &[
    Keyword::ANALYZE,
    Keyword::VERBOSE,
    Keyword::QUERY,
    Keyword::PLAN,
];

/// What a read statement starts with (or EXPLAIN, followed by one of these); `TABLE x` is
/// PostgreSQL's `SELECT * FROM x`.
const READ_STARTS: &[Keyword] = &[
    Keyword::SELECT,
    Keyword::WITH,
    Keyword::VALUES,
    Keyword::TABLE,
];

/// Refuse `text` unless it is one read statement. Refusals are usage errors (exit 2);
/// text that cannot even be tokenized is a syntax error (exit 1).
pub fn check(text: &str, dialect: &dyn Dialect) -> anyhow::Result<()> {
    let tokens = Tokenizer::new(dialect, text)
        .tokenize()
        .map_err(|e| anyhow::anyhow!("syntax error: {e}"))?;
    let significant: Vec<&Token> = tokens
        .iter()
        .filter(|t| !matches!(t, Token::Whitespace(_) | Token::EOF))
        .collect();
    let statements = significant
        .split(|t| matches!(t, Token::SemiColon))
        .filter(|s| !s.is_empty())
        .count();
    if statements == 0 {
        return Err(UsageError("the statement is empty".into()).into());
    }
    if statements > 1 {
        return Err(UsageError(format!(
            "`petdb sql` runs one statement at a time; this text holds {statements}"
        ))
        .into());
    }
    // Before anything parses it (a deeper tree would overflow the stack on the way).
    super::depth::check(significant.iter().copied()).map_err(UsageError)?;
    let mut start = 0;
    if is_keyword(significant[0], Keyword::EXPLAIN) {
        // EXPLAIN [ANALYZE] [VERBOSE] [QUERY PLAN] [(options)] <read>
        start = 1;
        while let Some(t) = significant.get(start) {
            if EXPLAIN_OPTIONS.iter().any(|k| is_keyword(t, *k)) {
                start += 1;
            } else if matches!(t, Token::LParen)
                && significant
                    .get(start + 1)
                    .is_some_and(|t| !is_read_start(t))
            {
                let close = significant[start..]
                    .iter()
                    .position(|t| matches!(t, Token::RParen));
                start += close.map_or(significant.len(), |c| c + 1);
            } else {
                break;
            }
        }
    }
    match significant.get(start) {
        Some(t) if is_read_start(t) => {}
        other => {
            let what = other.map_or_else(|| "nothing".to_owned(), |t| format!("'{t}'"));
            return Err(UsageError(format!(
                "`petdb sql` runs read statements only (SELECT, WITH … SELECT, VALUES, EXPLAIN of those); {what} does not start one"
            ))
            .into());
        }
    }
    for token in &significant {
        if let Token::Word(w) = token
            && w.quote_style.is_none()
            && WRITES.contains(&w.keyword)
        {
            return Err(UsageError(format!(
                "`petdb sql` is read-only: '{}' is not allowed (writes go through petdb's own commands)",
                w.value.to_uppercase()
            ))
            .into());
        }
    }
    Ok(())
}

fn is_keyword(t: &Token, k: Keyword) -> bool {
    matches!(t, Token::Word(w) if w.quote_style.is_none() && w.keyword == k)
}

fn is_read_start(t: &Token) -> bool {
    matches!(t, Token::LParen) || READ_STARTS.iter().any(|k| is_keyword(t, *k))
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::dialect::{PostgreSqlDialect, SQLiteDialect};

    fn ok(sql: &str) -> bool {
        check(sql, &SQLiteDialect {}).is_ok() && check(sql, &PostgreSqlDialect {}).is_ok()
    }

    #[test]
    fn reads_pass() {
        for sql in [
            "SELECT 1",
            "  select * from pets; ",
            "-- a comment\nSELECT name FROM owners WHERE name = 'DELETE me; DROP TABLE x'",
            "WITH t AS (SELECT 1) SELECT * FROM t",
            "VALUES (1, 'a')",
            "EXPLAIN SELECT 1",
            "(SELECT 1) UNION (SELECT 2)",
            "SELECT \"update\" FROM pets",
            "SELECT replace(name, 'a', 'b') FROM pets",
            "SELECT comment, copy, load, lock, share FROM notes",
            "EXPLAIN QUERY PLAN SELECT 1",
            "EXPLAIN ANALYZE VERBOSE SELECT 1",
            "EXPLAIN (ANALYZE, COSTS false) SELECT 1",
            "TABLE pets",
        ] {
            assert!(ok(sql), "{sql}");
        }
    }

    #[test]
    fn writes_and_chains_are_refused() {
        for sql in [
            "",
            "  ;  ",
            "INSERT INTO pets VALUES (1)",
            "UPDATE pets SET name = 'x'",
            "DELETE FROM pets",
            "DROP TABLE pets",
            "SELECT 1; DELETE FROM pets",
            "SELECT 1; SELECT 2",
            "WITH d AS (DELETE FROM pets RETURNING *) SELECT * FROM d",
            "ATTACH DATABASE 'x.db' AS x",
            "PRAGMA query_only = 0",
            "COPY pets TO '/tmp/x'",
            "SELECT * INTO copy_of_pets FROM pets",
            "SELECT * FROM pets FOR UPDATE",
            "EXPLAIN DELETE FROM pets",
            "EXPLAIN ANALYZE INSERT INTO pets VALUES (1)",
            "EXPLAIN (ANALYZE) DROP TABLE pets",
            "EXPLAIN",
            "SELEC * FROM pets",
            "VACUUM",
            "BEGIN; SELECT 1",
        ] {
            assert!(!ok(sql), "{sql:?} passed");
        }
    }
}
