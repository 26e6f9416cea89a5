//! How deeply a statement nests, measured on its tokens before anything is parsed: a
//! statement nested deeper than [`MAX_DEPTH`] is refused, so no parse tree deeper than that
//! is ever built — petdb's walk, sqlparser's rendering, comparison, cloning and dropping of
//! the tree all recurse once per level, and a tree thousands of levels deep would overflow
//! the stack (or take quadratic time) on the way.
//!
//! The measure is an upper bound of the parse tree's depth: each open parenthesis, bracket
//! or CASE is a level, and inside each of them every operator since the last comma (or
//! WHEN/THEN/ELSE) is one more, since sqlparser builds a chain `a + b + … + z` or
//! `SELECT … UNION SELECT … UNION …` as a left-deep tree, one level per operator.

use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::Token;

/// The deepest statement petdb analyses (SQLite itself refuses expressions deeper than
/// 1000: `SQLITE_MAX_EXPR_DEPTH`).
pub const MAX_DEPTH: usize = 1000;

/// Keywords that join two operands (or prefix one), each a level of the tree.
const CHAINING: &[Keyword] = &[
    Keyword::AND,
    Keyword::OR,
    Keyword::XOR,
    Keyword::NOT,
    Keyword::IS,
    Keyword::IN,
    Keyword::BETWEEN,
    Keyword::LIKE,
    Keyword::ILIKE,
    Keyword::SIMILAR,
    Keyword::GLOB,
    Keyword::REGEXP,
    Keyword::RLIKE,
    Keyword::MATCH,
    Keyword::COLLATE,
    Keyword::ESCAPE,
    Keyword::AT,
    Keyword::OPERATOR,
    Keyword::DIV,
    Keyword::UNION,
    Keyword::INTERSECT,
    Keyword::EXCEPT,
];

/// Where the bound of `tokens` first exceeds [`MAX_DEPTH`], as an error message; `Ok` if
/// it never does. Linear in the number of tokens.
pub fn check<'t>(tokens: impl IntoIterator<Item = &'t Token>) -> Result<(), String> {
    // One frame per open parenthesis, bracket or CASE: (is CASE, operators since its last
    // comma); `depth` is the frames plus all their operators.
    let mut frames: Vec<(bool, usize)> = vec![(false, 0)];
    let mut depth = 0usize;
    for token in tokens {
        match token {
            Token::LParen | Token::LBracket | Token::LBrace => {
                frames.push((false, 0));
                depth += 1;
            }
            Token::RParen | Token::RBracket | Token::RBrace => {
                if frames.len() > 1 {
                    let (_, ops) = frames.pop().expect("more than one");
                    depth -= ops + 1;
                }
            }
            Token::Comma => reset(&mut frames, &mut depth),
            Token::Word(w) if w.quote_style.is_none() => match w.keyword {
                Keyword::CASE => {
                    frames.push((true, 0));
                    depth += 1;
                }
                Keyword::END if frames.len() > 1 && frames.last().is_some_and(|f| f.0) => {
                    let (_, ops) = frames.pop().expect("more than one");
                    depth -= ops + 1;
                }
                Keyword::WHEN | Keyword::THEN | Keyword::ELSE
                    if frames.last().is_some_and(|f| f.0) =>
                {
                    reset(&mut frames, &mut depth)
                }
                k if CHAINING.contains(&k) => operator(&mut frames, &mut depth),
                _ => {}
            },
            Token::Word(_)
            | Token::Number(..)
            | Token::Placeholder(_)
            | Token::Period
            | Token::SemiColon
            | Token::Whitespace(_)
            | Token::EOF => {}
            t if literal(t) => {}
            _ => operator(&mut frames, &mut depth),
        }
        if depth > MAX_DEPTH {
            return Err(format!(
                "the statement nests too deeply for petdb to analyse (more than {MAX_DEPTH} \
                 levels of parentheses, subqueries, CASE and chained operators such as \
                 a + b + …)"
            ));
        }
    }
    Ok(())
}

fn operator(frames: &mut [(bool, usize)], depth: &mut usize) {
    if let Some(f) = frames.last_mut() {
        f.1 += 1;
        *depth += 1;
    }
}

fn reset(frames: &mut [(bool, usize)], depth: &mut usize) {
    if let Some(f) = frames.last_mut() {
        *depth -= f.1;
        f.1 = 0;
    }
}

fn literal(t: &Token) -> bool {
    matches!(
        t,
        Token::SingleQuotedString(_)
            | Token::DoubleQuotedString(_)
            | Token::TripleSingleQuotedString(_)
            | Token::TripleDoubleQuotedString(_)
            | Token::DollarQuotedString(_)
            | Token::SingleQuotedByteStringLiteral(_)
            | Token::DoubleQuotedByteStringLiteral(_)
            | Token::TripleSingleQuotedByteStringLiteral(_)
            | Token::TripleDoubleQuotedByteStringLiteral(_)
            | Token::SingleQuotedRawStringLiteral(_)
            | Token::DoubleQuotedRawStringLiteral(_)
            | Token::TripleSingleQuotedRawStringLiteral(_)
            | Token::TripleDoubleQuotedRawStringLiteral(_)
            | Token::NationalStringLiteral(_)
            | Token::QuoteDelimitedStringLiteral(_)
            | Token::NationalQuoteDelimitedStringLiteral(_)
            | Token::EscapedStringLiteral(_)
            | Token::UnicodeStringLiteral(_)
            | Token::HexStringLiteral(_)
    )
}

#[cfg(test)]
mod tests {
    use sqlparser::dialect::{PostgreSqlDialect, SQLiteDialect};
    use sqlparser::tokenizer::Tokenizer;

    use super::*;

    fn deep_ok(sql: &str) -> bool {
        [
            Tokenizer::new(&SQLiteDialect {}, sql).tokenize().unwrap(),
            Tokenizer::new(&PostgreSqlDialect {}, sql)
                .tokenize()
                .unwrap(),
        ]
        .iter()
        .all(|t| check(t).is_ok())
    }

    fn chain(n: usize, op: &str) -> String {
        format!("SELECT {} AS x", vec!["1"; n].join(op))
    }

    #[test]
    fn ordinary_statements_pass() {
        for sql in [
            "SELECT 1".to_owned(),
            chain(900, "+"),
            chain(900, " OR "),
            format!(
                "SELECT * FROM pets WHERE id IN ({})",
                vec!["1"; 5000].join(", ")
            ),
            format!("SELECT {} FROM pets", vec!["a + b * c"; 2000].join(", ")),
            format!("SELECT {}1{}", "(".repeat(900), ")".repeat(900)),
            "SELECT CASE WHEN a = 1 THEN b + 1 ELSE c END, x::int FROM t WHERE y = 'a+b+c'"
                .to_owned(),
            // Closed levels do not add up.
            vec!["SELECT (1 + 1 + 1)"; 600].join(" UNION ALL "),
        ] {
            assert!(deep_ok(&sql), "{}", &sql[..sql.len().min(80)]);
        }
    }

    #[test]
    fn deep_statements_are_refused() {
        let subqueries = format!("{}SELECT 1{}", "SELECT (".repeat(1100), ")".repeat(1100));
        let cases = format!(
            "SELECT {}1{}",
            "CASE WHEN 1 THEN ".repeat(1100),
            " END".repeat(1100)
        );
        for sql in [
            chain(1002, "+"),
            chain(100_000, "+"),
            chain(1100, " AND "),
            chain(1100, "||"),
            format!("SELECT {}1{}", "(".repeat(1100), ")".repeat(1100)),
            format!("SELECT {}1", "- ".repeat(1100)),
            format!("SELECT {}1", "NOT ".repeat(1100)),
            vec!["SELECT 1"; 1100].join(" UNION "),
            subqueries,
            cases,
        ] {
            assert!(!deep_ok(&sql), "{}", &sql[..80]);
        }
    }

    #[test]
    fn the_message_names_the_limit() {
        let tokens = Tokenizer::new(&SQLiteDialect {}, &chain(2000, "+"))
            .tokenize()
            .unwrap();
        let message = check(&tokens).unwrap_err();
        assert!(message.contains("more than 1000 levels"), "{message}");
    }
}
