//! Token-level work on the statement as written: its lexemes (each token with the exact
//! text it came from), placeholder numbering — the only rewrite of the user's text that
//! ever reaches the database — and the fidelity check that tells whether sqlparser's
//! reading renders back to the same lexemes.

use sqlparser::dialect::Dialect;
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, Tokenizer};

use crate::db::target::Backend;

/// One token and the exact text it was read from.
#[derive(Debug, Clone)]
pub struct Lexeme<'t> {
    pub token: Token,
    pub text: &'t str,
    /// Byte offsets of `text` in the statement.
    pub start: usize,
    pub end: usize,
}

impl Lexeme<'_> {
    pub fn is_significant(&self) -> bool {
        !matches!(self.token, Token::Whitespace(_) | Token::EOF)
    }
}

/// Every token of `text`, whitespace and comments included, with their source text.
pub fn lexemes<'t>(text: &'t str, dialect: &dyn Dialect) -> Result<Vec<Lexeme<'t>>, String> {
    let tokens = Tokenizer::new(dialect, text)
        .tokenize_with_location()
        .map_err(|e| e.to_string())?;
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let offset = |line: u64, column: u64| -> Option<usize> {
        let start = *line_starts.get((line as usize).checked_sub(1)?)?;
        let col = (column as usize).checked_sub(1)?;
        match text[start..].char_indices().nth(col) {
            Some((o, _)) => Some(start + o),
            None => (text[start..].chars().count() == col).then_some(text.len()),
        }
    };
    let mut starts = Vec::with_capacity(tokens.len());
    for t in &tokens {
        if matches!(t.token, Token::EOF) {
            starts.push(text.len());
            continue;
        }
        let at = offset(t.span.start.line, t.span.start.column)
            .ok_or_else(|| format!("token {} has no position", t.token))?;
        starts.push(at);
    }
    let mut out = Vec::with_capacity(tokens.len());
    for (i, t) in tokens.into_iter().enumerate() {
        let start = starts[i];
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        if end < start {
            return Err("tokens out of order".into());
        }
        out.push(Lexeme {
            token: t.token,
            text: &text[start..end],
            start,
            end,
        });
    }
    Ok(out)
}

/// The statement as the database will run it, and how many values it binds.
#[derive(Debug, PartialEq)]
pub struct Numbered {
    pub text: String,
    pub params: usize,
}

/// Number the placeholders of `text` for `backend` at the token level — nothing else of
/// the text changes, but a final `;`, which is dropped:
/// - PostgreSQL has no `?`: they become `$1, $2, …` unless the text already uses `$n` (then
///   `?` is jsonb's operator and stays);
/// - SQLite numbers `$name` parameters by first appearance, so `$2` would bind the first
///   value if it came first: `$n` becomes `?n`, which binds the n-th.
///
/// `Err` is a usage error (named parameters, mixed styles).
pub fn number_placeholders(text: &str, backend: Backend) -> Result<Numbered, String> {
    let dialect = super::analysis::dialect(backend);
    let Ok(lexemes) = lexemes(text, dialect.as_ref()) else {
        return Ok(Numbered {
            text: text.to_owned(),
            params: 0,
        });
    };
    let pg = backend == Backend::Postgres;
    // PostgreSQL reads `?` as an operator: placeholders only if no `$n` is used.
    let dollar = lexemes
        .iter()
        .any(|l| matches!(&l.token, Token::Placeholder(p) if p.starts_with('$')));
    let question_marks = pg && !dollar;
    // What each lexeme is: `Some(None)` an anonymous `?`, `Some(Some(n))` the n-th value.
    let mut kinds: Vec<Option<Option<usize>>> = vec![None; lexemes.len()];
    let mut brackets = 0usize;
    for (i, l) in lexemes.iter().enumerate() {
        match l.token {
            Token::LBracket => brackets += 1,
            Token::RBracket => brackets = brackets.saturating_sub(1),
            _ => {}
        }
        let next = lexemes.get(i + 1);
        // `:name` (and SQLite's `@name`) come as two tokens; PostgreSQL's array slices
        // (`a[1:n]`) and `@` operator are no parameters.
        let named = match l.token {
            Token::Colon => brackets == 0,
            Token::AtSign => !pg,
            _ => false,
        };
        if named
            && let Some(next) = next
            && matches!(next.token, Token::Word(_) | Token::Number(..))
        {
            return Err(format!(
                "named parameters such as '{}{}' are not supported; use ? or $1, $2, …",
                l.text, next.text
            ));
        }
        match &l.token {
            // PostgreSQL tokenizes `?2` as `?` and `2`.
            Token::Question if question_marks => {
                kinds[i] = Some(match next.map(|n| (&n.token, n.text)) {
                    Some((Token::Number(..), digits)) => Some(number(digits, l.text)?),
                    _ => None,
                });
            }
            Token::Placeholder(p) if p == "?" => kinds[i] = Some(None),
            Token::Placeholder(p) => kinds[i] = Some(Some(number(&p[1..], p)?)),
            _ => {}
        }
    }
    let anonymous = kinds.iter().filter(|k| matches!(k, Some(None))).count();
    let highest = kinds.iter().filter_map(|k| k.flatten()).max().unwrap_or(0);
    if anonymous > 0 && highest > 0 {
        return Err("use either ? or numbered placeholders ($1, ?1), not both".into());
    }
    let last_significant = lexemes.iter().rposition(Lexeme::is_significant);
    let mut out = String::with_capacity(text.len() + 8);
    let mut n = 0;
    let mut skip_number = false;
    for (i, l) in lexemes.iter().enumerate() {
        if std::mem::take(&mut skip_number) {
            continue;
        }
        match (&l.token, kinds[i]) {
            (Token::Question, Some(None)) => {
                n += 1;
                out.push_str(&format!("${n}"));
            }
            (Token::Question, Some(Some(k))) => {
                out.push_str(&format!("${k}"));
                skip_number = true;
            }
            (Token::Placeholder(p), _) if !pg && p.starts_with('$') => {
                out.push('?');
                out.push_str(&p[1..]);
            }
            (Token::SemiColon, _) if Some(i) == last_significant => {}
            _ => out.push_str(l.text),
        }
    }
    Ok(Numbered {
        text: out,
        params: highest.max(anonymous),
    })
}

/// The number of a numbered placeholder (`?2`, `$2`); `Err` for names.
fn number(digits: &str, placeholder: &str) -> Result<usize, String> {
    match digits.parse::<usize>() {
        Ok(n) if n > 0 && digits.chars().all(|c| c.is_ascii_digit()) => Ok(n),
        _ => Err(format!(
            "named parameters such as '{placeholder}' are not supported; use ? or $1, $2, …"
        )),
    }
}

/// Does `rendered` (sqlparser's rendering of what it read from `original`) consist of the
/// same lexemes as `original`? Keyword and unquoted-identifier case, whitespace, comments
/// and a few spellings that mean the same (`!=`/`<>`, SQLite's `==`/`=`, `AS`
/// before a column alias that is no keyword, `NOTNULL`/`IS NOT NULL`, `FULL [OUTER]`,
/// `FETCH NEXT 1 ROW`/`FETCH FIRST 1 ROWS`) may
/// differ; anything else means sqlparser read something the database may read otherwise
/// (SQLite's `0x10` is a number, sqlparser renders it as the blob `X'10'`; `1 isnull` is
/// no alias), and the statement's normalized form cannot be trusted.
pub fn same_lexemes(original: &str, rendered: &str, backend: Backend) -> bool {
    let dialect = super::analysis::dialect(backend);
    let dialect = dialect.as_ref();
    // `==` is SQLite's; PostgreSQL refuses it, sqlparser reads it as `=`.
    let sqlite = backend == Backend::Sqlite;
    let (Ok(a), Ok(b)) = (lexemes(original, dialect), lexemes(rendered, dialect)) else {
        return false;
    };
    let a = significant(&a);
    let b = significant(&b);
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if lexeme_eq(a[i], b[j]) {
            i += 1;
            j += 1;
            continue;
        }
        let (x, y) = (a[i].text, b[j].text);
        if (x == "!=" && y == "<>") || (x == "==" && y == "=" && sqlite) {
            i += 1;
            j += 1;
        } else if is_word(b[j], Keyword::AS)
            && b.get(j + 1).is_some_and(|n| lexeme_eq(a[i], n))
            && plain_alias(a[i])
            // `1a` is an error to SQLite, not `1 AS a`
            && i > 0
            && a[i - 1].end < a[i].start
        {
            j += 1;
        } else if is_word(a[i], Keyword::NOTNULL)
            && b.len() >= j + 3
            && is_word(b[j], Keyword::IS)
            && is_word(b[j + 1], Keyword::NOT)
            && is_word(b[j + 2], Keyword::NULL)
        {
            i += 1;
            j += 3;
        } else if is_word(a[i], Keyword::OUTER) && i > 0 && is_word(a[i - 1], Keyword::FULL) {
            i += 1;
        } else if (is_word(a[i], Keyword::NEXT) && is_word(b[j], Keyword::FIRST)
            || is_word(a[i], Keyword::ROW) && is_word(b[j], Keyword::ROWS))
            && i > 0
            && a[..i]
                .iter()
                .rev()
                .take(3)
                .any(|l| is_word(l, Keyword::FETCH))
        {
            // FETCH NEXT 1 ROW ONLY is FETCH FIRST 1 ROWS ONLY
            i += 1;
            j += 1;
        } else {
            return false;
        }
    }
    i == a.len() && j == b.len()
}

/// Characters PostgreSQL builds operators from.
const OPERATOR_CHARS: &str = "+-*/<>=~!@#%^&|`?";

/// PostgreSQL reads a run of operator characters as one operator, trimming a final `+`/`-`
/// only if the run has none of `~!@#%^&|`?` (so `=-1` is `=` and `-1`, `!=-1` is the
/// operator `!=-`). Where sqlparser splits a run otherwise, it reads operators the
/// database does not: the first such run, if any.
pub fn pg_operator_mismatch(text: &str) -> Option<String> {
    let dialect = super::analysis::dialect(Backend::Postgres);
    let lexemes = lexemes(text, dialect.as_ref()).ok()?;
    let operator = |l: &Lexeme| {
        !l.text.is_empty()
            && l.is_significant()
            && l.text.chars().all(|c| OPERATOR_CHARS.contains(c))
    };
    let mut i = 0;
    while i < lexemes.len() {
        if !operator(&lexemes[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < lexemes.len() && operator(&lexemes[j]) && lexemes[j - 1].end == lexemes[j].start {
            j += 1;
        }
        let run = &text[lexemes[i].start..lexemes[j - 1].end];
        let theirs: Vec<&str> = lexemes[i..j].iter().map(|l| l.text).collect();
        if theirs != pg_split_operators(run) {
            return Some(run.to_owned());
        }
        i = j;
    }
    None
}

fn pg_split_operators(mut run: &str) -> Vec<&str> {
    let mut out = Vec::new();
    while !run.is_empty() {
        // (a run holds no comment: `--` and `/*` are lexed as comments first)
        let mut n = run.len();
        if n > 1 && !run[..n].chars().any(|c| "~!@#%^&|`?".contains(c)) {
            while n > 1 && run[..n].ends_with(['+', '-']) {
                n -= 1;
            }
        }
        out.push(&run[..n]);
        run = &run[n..];
    }
    out
}

fn significant<'a, 't>(lexemes: &'a [Lexeme<'t>]) -> Vec<&'a Lexeme<'t>> {
    let mut v: Vec<&Lexeme> = lexemes.iter().filter(|l| l.is_significant()).collect();
    if v.last()
        .is_some_and(|l| matches!(l.token, Token::SemiColon))
    {
        v.pop();
    }
    v
}

fn is_word(l: &Lexeme, k: Keyword) -> bool {
    matches!(&l.token, Token::Word(w) if w.quote_style.is_none() && w.keyword == k)
}

/// Equal lexemes: unquoted words and the letter prefix of a literal (`x'1f'`, `E'…'`)
/// compare case-insensitively, everything else exactly.
fn lexeme_eq(a: &Lexeme, b: &Lexeme) -> bool {
    if a.text == b.text {
        return true;
    }
    match (&a.token, &b.token) {
        (Token::Word(x), Token::Word(y)) if x.quote_style.is_none() && y.quote_style.is_none() => {
            a.text.eq_ignore_ascii_case(b.text)
        }
        (Token::Word(_), _) | (_, Token::Word(_)) => false,
        _ => {
            let prefix = |s: &str| {
                s.find('\'')
                    .filter(|&q| q > 0 && s[..q].chars().all(|c| c.is_ascii_alphabetic()))
            };
            match (prefix(a.text), prefix(b.text)) {
                (Some(p), Some(q)) if p == q => {
                    a.text[..p].eq_ignore_ascii_case(&b.text[..q]) && a.text[p..] == b.text[q..]
                }
                _ => false,
            }
        }
    }
}

/// Words that must not be read as an alias written without AS, though sqlparser may: the
/// keywords of SQLite, and PostgreSQL's postfix operators.
const NOT_AN_ALIAS: &[&str] = &[
    "abort",
    "action",
    "add",
    "after",
    "all",
    "alter",
    "always",
    "analyze",
    "and",
    "as",
    "asc",
    "attach",
    "autoincrement",
    "before",
    "begin",
    "between",
    "by",
    "cascade",
    "case",
    "cast",
    "check",
    "collate",
    "column",
    "commit",
    "conflict",
    "constraint",
    "create",
    "cross",
    "current",
    "current_date",
    "current_time",
    "current_timestamp",
    "database",
    "default",
    "deferrable",
    "deferred",
    "delete",
    "desc",
    "detach",
    "distinct",
    "do",
    "drop",
    "each",
    "else",
    "end",
    "escape",
    "except",
    "exclude",
    "exclusive",
    "exists",
    "explain",
    "fail",
    "filter",
    "first",
    "following",
    "for",
    "foreign",
    "from",
    "full",
    "generated",
    "glob",
    "group",
    "groups",
    "having",
    "if",
    "ignore",
    "ilike",
    "immediate",
    "in",
    "index",
    "indexed",
    "initially",
    "inner",
    "insert",
    "instead",
    "intersect",
    "into",
    "is",
    "isnull",
    "join",
    "key",
    "last",
    "left",
    "like",
    "limit",
    "match",
    "materialized",
    "natural",
    "no",
    "not",
    "nothing",
    "notnull",
    "null",
    "nulls",
    "of",
    "offset",
    "on",
    "or",
    "order",
    "others",
    "outer",
    "over",
    "overlaps",
    "partition",
    "plan",
    "pragma",
    "preceding",
    "primary",
    "query",
    "raise",
    "range",
    "recursive",
    "references",
    "regexp",
    "reindex",
    "release",
    "rename",
    "replace",
    "restrict",
    "returning",
    "right",
    "rollback",
    "row",
    "rows",
    "savepoint",
    "select",
    "set",
    "similar",
    "table",
    "temp",
    "temporary",
    "then",
    "ties",
    "to",
    "transaction",
    "trigger",
    "unbounded",
    "union",
    "unique",
    "update",
    "using",
    "vacuum",
    "values",
    "view",
    "virtual",
    "when",
    "where",
    "window",
    "with",
    "without",
];

/// A word both backends read as an alias when it follows an expression without AS.
fn plain_alias(l: &Lexeme) -> bool {
    match &l.token {
        Token::Word(w) if w.quote_style.is_some() => true,
        Token::Word(w) => {
            w.keyword == Keyword::NoKeyword
                && !NOT_AN_ALIAS.contains(&w.value.to_ascii_lowercase().as_str())
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(text: &str, backend: Backend) -> (String, usize) {
        let n = number_placeholders(text, backend).unwrap();
        (n.text, n.params)
    }

    #[test]
    fn question_marks_become_numbered_on_postgres() {
        let sql = "SELECT '?', \"a?\" FROM pets -- ?\nWHERE id = ? AND name = ?";
        assert_eq!(
            number(sql, Backend::Postgres),
            (
                "SELECT '?', \"a?\" FROM pets -- ?\nWHERE id = $1 AND name = $2".into(),
                2
            )
        );
        assert_eq!(number(sql, Backend::Sqlite), (sql.into(), 2));
        let jsonb = "SELECT data ? 'k' FROM t WHERE id = $1";
        assert_eq!(number(jsonb, Backend::Postgres), (jsonb.into(), 1));
        assert_eq!(
            number("SELECT 'é', ?", Backend::Postgres),
            ("SELECT 'é', $1".into(), 1)
        );
    }

    #[test]
    fn dollars_become_question_numbers_on_sqlite() {
        assert_eq!(
            number("select $2 as a, $1 as b, 5 isnull as c", Backend::Sqlite),
            ("select ?2 as a, ?1 as b, 5 isnull as c".into(), 2)
        );
        assert_eq!(
            number("select '$1', ?3 /* $2 */;  ", Backend::Sqlite),
            ("select '$1', ?3 /* $2 */  ".into(), 3)
        );
        assert_eq!(
            number("SELECT $2, $1", Backend::Postgres),
            ("SELECT $2, $1".into(), 2)
        );
        assert_eq!(
            number("SELECT ?2, ?1", Backend::Postgres),
            ("SELECT $2, $1".into(), 2)
        );
        assert!(number_placeholders("SELECT ?2, ?", Backend::Postgres).is_err());
        assert!(number_placeholders("SELECT ?, $1", Backend::Sqlite).is_err());
        assert!(number_placeholders("SELECT :name", Backend::Sqlite).is_err());
        assert!(number_placeholders("SELECT $0", Backend::Sqlite).is_err());
    }

    #[test]
    fn postgres_operator_runs_split_like_postgres() {
        assert_eq!(pg_operator_mismatch("SELECT 1 WHERE id=-1"), None);
        assert_eq!(pg_operator_mismatch("SELECT a->>'b', 2*-3, 1<=-1"), None);
        // sqlparser reads `<>-` as one custom operator, PostgreSQL as `<>` and `-`
        assert_eq!(pg_operator_mismatch("SELECT 1<>-1"), Some("<>-".into()));
        assert_eq!(
            pg_operator_mismatch("SELECT 1 WHERE id!=-1"),
            Some("!=-".into())
        );
        assert_eq!(pg_split_operators("=-"), ["=", "-"]);
        assert_eq!(pg_split_operators("!=-"), ["!=-"]);
        assert_eq!(pg_split_operators("*-+"), ["*", "-", "+"]);
    }

    #[test]
    fn fidelity_accepts_spellings_and_refuses_rewrites() {
        let lite = Backend::Sqlite;
        assert!(same_lexemes(
            "select a != b, count(*) n from pets p full outer join x on true;",
            "SELECT a <> b, count(*) AS n FROM pets p FULL JOIN x ON true",
            lite
        ));
        assert!(!same_lexemes("select 0x10", "SELECT X'10'", lite));
        assert!(same_lexemes("select x'1f'", "SELECT X'1f'", lite));
        assert!(!same_lexemes("select 'a'", "SELECT 'A'", lite));
        assert!(!same_lexemes("select 1 isnull", "SELECT 1 AS isnull", lite));
        assert!(!same_lexemes("select \"A\"", "SELECT \"a\"", lite));
        assert!(same_lexemes(
            "select x notnull",
            "SELECT x IS NOT NULL",
            lite
        ));
    }
}
