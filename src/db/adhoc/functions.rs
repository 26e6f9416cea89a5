//! What petdb knows about the built-in functions an ad-hoc statement may call: one table
//! that says, per backend, whether a result that calls the function may be cached (and
//! under which argument rules), and whether the function is free of side effects. A
//! function missing from the table is never cached; the second fact is for a later check
//! that refuses to run anything not known to be harmless.

use crate::db::target::Backend;

/// Where a function exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum On {
    Both,
    Sqlite,
    Postgres,
}

impl On {
    fn has(self, backend: Backend) -> bool {
        match self {
            On::Both => true,
            On::Sqlite => backend == Backend::Sqlite,
            On::Postgres => backend == Backend::Postgres,
        }
    }
}

/// Whether a result that calls the function may be cached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caching {
    /// Its result depends only on its arguments (and the rows it aggregates).
    Pure,
    /// SQLite's date and time functions read the clock when the time value is missing or
    /// says 'now', and the time zone with 'localtime'/'utc': cacheable only when every
    /// argument is a literal that fixes the moment.
    SqliteDate(DateArgs),
    /// PostgreSQL date/time functions: cacheable only when every argument is a literal,
    /// and the arguments at these positions are literals typed `timestamp`, `time` or
    /// `interval` (an untyped or `date` value would become a `timestamptz`, which depends
    /// on the session's time zone).
    PgDate {
        datetime_args: &'static [usize],
        arity: usize,
    },
    /// Changes from one call to the next, or depends on the session.
    Never(&'static str),
}

/// The arguments of a SQLite date function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateArgs {
    /// `date(time-value, modifier…)` and the like: at least one argument.
    TimeValue,
    /// `strftime(format, time-value, modifier…)`: at least two.
    Format,
    /// `timediff(time-value, time-value)`.
    TwoTimeValues,
}

#[derive(Debug)]
pub struct Function {
    pub name: &'static str,
    pub on: On,
    pub caching: Caching,
    /// Reads only (no writes, no effects outside the statement), whatever its result: for
    /// the coming check that refuses, before anything runs, whatever is not known harmless.
    #[allow(dead_code)]
    pub side_effect_free: bool,
}

const fn pure(name: &'static str, on: On) -> Function {
    Function {
        name,
        on,
        caching: Caching::Pure,
        side_effect_free: true,
    }
}

const fn never(name: &'static str, on: On, why: &'static str, side_effect_free: bool) -> Function {
    Function {
        name,
        on,
        caching: Caching::Never(why),
        side_effect_free,
    }
}

const fn sqlite_date(name: &'static str, args: DateArgs) -> Function {
    Function {
        name,
        on: On::Sqlite,
        caching: Caching::SqliteDate(args),
        side_effect_free: true,
    }
}

const fn pg_date(name: &'static str, datetime_args: &'static [usize], arity: usize) -> Function {
    Function {
        name,
        on: On::Postgres,
        caching: Caching::PgDate {
            datetime_args,
            arity,
        },
        side_effect_free: true,
    }
}

use On::{Both, Postgres as Pg, Sqlite as Lite};

const CLOCK: &str = "reads the clock: its result changes from one run to the next";
const DICE: &str = "returns a new random value: its result changes from one run to the next";
const SESSION: &str = "depends on the session, not only on the tables";
const CATALOG: &str = "reads the catalog or the server's state, not petdb's tables";
const SEQUENCE: &str = "advances or reads a sequence: its result changes from one run to the next";

/// Every function petdb knows, by lower-case name.
pub static FUNCTIONS: &[Function] = &[
    // aggregates
    pure("count", Both),
    pure("sum", Both),
    pure("avg", Both),
    pure("min", Both),
    pure("max", Both),
    pure("total", Lite),
    pure("group_concat", Lite),
    pure("string_agg", Both),
    pure("array_agg", Pg),
    pure("json_agg", Pg),
    pure("jsonb_agg", Pg),
    pure("json_object_agg", Pg),
    pure("jsonb_object_agg", Pg),
    pure("json_group_array", Lite),
    pure("json_group_object", Lite),
    pure("bool_and", Pg),
    pure("bool_or", Pg),
    pure("every", Pg),
    pure("stddev", Pg),
    pure("stddev_pop", Pg),
    pure("stddev_samp", Pg),
    pure("variance", Pg),
    pure("var_pop", Pg),
    pure("var_samp", Pg),
    pure("percentile_cont", Pg),
    pure("percentile_disc", Pg),
    pure("mode", Pg),
    // window functions
    pure("row_number", Both),
    pure("rank", Both),
    pure("dense_rank", Both),
    pure("percent_rank", Both),
    pure("cume_dist", Both),
    pure("ntile", Both),
    pure("lag", Both),
    pure("lead", Both),
    pure("first_value", Both),
    pure("last_value", Both),
    pure("nth_value", Both),
    // conditionals
    pure("coalesce", Both),
    pure("ifnull", Lite),
    pure("nullif", Both),
    pure("iif", Lite),
    pure("greatest", Pg),
    pure("least", Pg),
    // text
    pure("lower", Both),
    pure("upper", Both),
    pure("length", Both),
    pure("char_length", Pg),
    pure("character_length", Pg),
    pure("octet_length", Both),
    pure("substr", Both),
    pure("substring", Both),
    pure("trim", Both),
    pure("ltrim", Both),
    pure("rtrim", Both),
    pure("btrim", Pg),
    pure("replace", Both),
    pure("instr", Lite),
    pure("strpos", Pg),
    pure("concat", Both),
    pure("concat_ws", Both),
    pure("printf", Lite),
    pure("format", Both),
    pure("left", Pg),
    pure("right", Pg),
    pure("lpad", Pg),
    pure("rpad", Pg),
    pure("repeat", Pg),
    pure("reverse", Pg),
    pure("initcap", Pg),
    pure("split_part", Pg),
    pure("starts_with", Pg),
    pure("regexp_replace", Pg),
    pure("regexp_match", Pg),
    pure("regexp_matches", Pg),
    pure("regexp_like", Pg),
    pure("like", Lite),
    pure("glob", Lite),
    pure("hex", Lite),
    pure("unhex", Lite),
    pure("quote", Lite),
    pure("quote_ident", Pg),
    pure("quote_literal", Pg),
    pure("char", Lite),
    pure("chr", Pg),
    pure("ascii", Pg),
    pure("unicode", Lite),
    pure("md5", Pg),
    pure("typeof", Lite),
    pure("zeroblob", Lite),
    pure("likelihood", Lite),
    pure("likely", Lite),
    pure("unlikely", Lite),
    // numbers
    pure("abs", Both),
    pure("round", Both),
    pure("floor", Both),
    pure("ceil", Both),
    pure("ceiling", Both),
    pure("trunc", Both),
    pure("sign", Both),
    pure("sqrt", Both),
    pure("power", Both),
    pure("pow", Lite),
    pure("exp", Both),
    pure("ln", Both),
    pure("log", Both),
    pure("log10", Both),
    pure("mod", Both),
    pure("div", Pg),
    pure("pi", Both),
    pure("degrees", Both),
    pure("radians", Both),
    pure("sin", Both),
    pure("cos", Both),
    pure("tan", Both),
    // json and arrays
    pure("json", Lite),
    pure("json_extract", Lite),
    pure("json_object", Both),
    pure("json_array", Lite),
    pure("json_array_length", Both),
    pure("json_type", Lite),
    pure("json_valid", Lite),
    pure("json_build_object", Pg),
    pure("json_build_array", Pg),
    pure("jsonb_build_object", Pg),
    pure("jsonb_build_array", Pg),
    pure("to_json", Pg),
    pure("to_jsonb", Pg),
    pure("array_length", Pg),
    pure("cardinality", Pg),
    pure("unnest", Pg),
    // dates without time zones or clocks
    pure("make_date", Pg),
    pure("make_time", Pg),
    pure("make_timestamp", Pg),
    pure("make_interval", Pg),
    pure("justify_days", Pg),
    pure("justify_hours", Pg),
    pure("justify_interval", Pg),
    sqlite_date("date", DateArgs::TimeValue),
    sqlite_date("time", DateArgs::TimeValue),
    sqlite_date("datetime", DateArgs::TimeValue),
    sqlite_date("julianday", DateArgs::TimeValue),
    sqlite_date("unixepoch", DateArgs::TimeValue),
    sqlite_date("strftime", DateArgs::Format),
    sqlite_date("timediff", DateArgs::TwoTimeValues),
    pg_date("date_trunc", &[1], 2),
    pg_date("date_part", &[1], 2),
    pg_date("to_char", &[0], 2),
    pg_date("age", &[0, 1], 2),
    pg_date("to_date", &[], 2),
    pg_date("date", &[], 1),
    // never cached
    never("random", Both, DICE, true),
    never("randomblob", Lite, DICE, true),
    never("random_normal", Pg, DICE, true),
    never("gen_random_uuid", Pg, DICE, true),
    never("setseed", Pg, DICE, true),
    never("now", Pg, CLOCK, true),
    never("current_timestamp", Both, CLOCK, true),
    never("current_date", Both, CLOCK, true),
    never("current_time", Both, CLOCK, true),
    never("localtime", Pg, CLOCK, true),
    never("localtimestamp", Pg, CLOCK, true),
    never("clock_timestamp", Pg, CLOCK, true),
    never("statement_timestamp", Pg, CLOCK, true),
    never("transaction_timestamp", Pg, CLOCK, true),
    never("timeofday", Pg, CLOCK, true),
    never(
        "to_timestamp",
        Pg,
        "returns a timestamptz, which depends on the session's time zone",
        true,
    ),
    never("timezone", Pg, "depends on the session's time zone", true),
    never("current_user", Pg, SESSION, true),
    never("current_role", Pg, SESSION, true),
    never("session_user", Pg, SESSION, true),
    never("system_user", Pg, SESSION, true),
    never("user", Pg, SESSION, true),
    never("current_schema", Pg, SESSION, true),
    never("current_schemas", Pg, SESSION, true),
    never("current_catalog", Pg, SESSION, true),
    never("current_database", Pg, SESSION, true),
    never("current_setting", Pg, SESSION, true),
    never("version", Pg, SESSION, true),
    never("pg_backend_pid", Pg, SESSION, true),
    never("inet_client_addr", Pg, SESSION, true),
    never("sqlite_version", Lite, SESSION, true),
    never("changes", Lite, SESSION, true),
    never("total_changes", Lite, SESSION, true),
    never("last_insert_rowid", Lite, SESSION, true),
    // Constructors sqlparser reads as calls.
    pure("row", Pg),
    pure("array", Pg),
    // Safe to run though not in the lists above: set-returning, array and json helpers;
    // reads of the catalog and the server's state (never cached: they are not the tables').
    pure("generate_series", Pg),
    pure("generate_subscripts", Pg),
    pure("regexp_split_to_table", Pg),
    pure("regexp_split_to_array", Pg),
    pure("string_to_table", Pg),
    pure("string_to_array", Pg),
    pure("array_to_string", Pg),
    pure("array_position", Pg),
    pure("array_positions", Pg),
    pure("array_remove", Pg),
    pure("array_replace", Pg),
    pure("array_append", Pg),
    pure("array_prepend", Pg),
    pure("array_cat", Pg),
    pure("array_dims", Pg),
    pure("array_lower", Pg),
    pure("array_upper", Pg),
    pure("array_ndims", Pg),
    pure("array_fill", Pg),
    pure("json_each", Pg),
    pure("json_each_text", Pg),
    pure("jsonb_each", Pg),
    pure("jsonb_each_text", Pg),
    pure("json_array_elements", Pg),
    pure("json_array_elements_text", Pg),
    pure("jsonb_array_elements", Pg),
    pure("jsonb_array_elements_text", Pg),
    pure("json_object_keys", Pg),
    pure("jsonb_object_keys", Pg),
    pure("jsonb_array_length", Pg),
    pure("json_extract_path", Pg),
    pure("json_extract_path_text", Pg),
    pure("jsonb_extract_path", Pg),
    pure("jsonb_extract_path_text", Pg),
    pure("jsonb_typeof", Pg),
    pure("json_typeof", Pg),
    pure("jsonb_strip_nulls", Pg),
    pure("json_strip_nulls", Pg),
    pure("jsonb_pretty", Pg),
    pure("jsonb_set", Pg),
    pure("jsonb_insert", Pg),
    pure("jsonb_path_query", Pg),
    pure("jsonb_path_query_array", Pg),
    pure("jsonb_path_query_first", Pg),
    pure("jsonb_path_exists", Pg),
    pure("jsonb_path_match", Pg),
    pure("json_populate_record", Pg),
    pure("row_to_json", Pg),
    pure("array_to_json", Pg),
    pure("jsonb_object", Pg),
    pure("num_nonnulls", Pg),
    pure("num_nulls", Pg),
    pure("width_bucket", Pg),
    pure("scale", Pg),
    pure("gcd", Pg),
    pure("lcm", Pg),
    pure("factorial", Pg),
    pure("cbrt", Pg),
    pure("translate", Pg),
    pure("overlay", Pg),
    pure("bit_length", Pg),
    pure("encode", Pg),
    pure("decode", Pg),
    pure("sha224", Pg),
    pure("sha256", Pg),
    pure("sha384", Pg),
    pure("sha512", Pg),
    pure("to_hex", Pg),
    pure("pg_typeof", Pg),
    pure("format_type", Pg),
    pure("quote_nullable", Pg),
    never(
        "pg_sleep",
        Pg,
        "waits: its result is nothing worth keeping",
        true,
    ),
    never("pg_relation_size", Pg, CATALOG, true),
    never("pg_total_relation_size", Pg, CATALOG, true),
    never("pg_table_size", Pg, CATALOG, true),
    never("pg_indexes_size", Pg, CATALOG, true),
    never("pg_database_size", Pg, CATALOG, true),
    never("pg_size_pretty", Pg, CATALOG, true),
    never("has_table_privilege", Pg, CATALOG, true),
    never("has_column_privilege", Pg, CATALOG, true),
    never("has_schema_privilege", Pg, CATALOG, true),
    never("pg_table_is_visible", Pg, CATALOG, true),
    never("pg_get_viewdef", Pg, CATALOG, true),
    never("pg_get_constraintdef", Pg, CATALOG, true),
    never("pg_get_indexdef", Pg, CATALOG, true),
    never("pg_get_functiondef", Pg, CATALOG, true),
    never("obj_description", Pg, CATALOG, true),
    never("col_description", Pg, CATALOG, true),
    never("pg_is_in_recovery", Pg, CATALOG, true),
    never("pg_postmaster_start_time", Pg, CATALOG, true),
    never("current_query", Pg, CATALOG, true),
    never("nextval", Pg, SEQUENCE, false),
    never("setval", Pg, SEQUENCE, false),
    never("currval", Pg, SEQUENCE, true),
    never("lastval", Pg, SEQUENCE, true),
];

/// What petdb knows of `name` (lower case) on `backend`, if anything.
pub fn lookup(name: &str, backend: Backend) -> Option<&'static Function> {
    FUNCTIONS
        .iter()
        .find(|f| f.name == name && f.on.has(backend))
}

/// Words that name the clock or the session wherever they stand alone (`SELECT
/// current_user`, `… WHERE d < CURRENT_DATE`), parsed as a column by sqlparser at times.
pub const SESSION_WORDS: &[&str] = &[
    "current_date",
    "current_time",
    "current_timestamp",
    "localtime",
    "localtimestamp",
    "current_user",
    "current_role",
    "session_user",
    "system_user",
    "user",
    "current_schema",
    "current_catalog",
];

/// Words in a date/time string that mean the current moment (`'now'::date`, `date('now')`,
/// `d > 'today'`), in any case.
const CLOCK_WORDS: &[&str] = &["now", "today", "tomorrow", "yesterday"];

/// Does a string literal contain a word that reads the clock when it becomes a date?
pub fn mentions_the_clock(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| CLOCK_WORDS.contains(&w.to_ascii_lowercase().as_str()))
}

/// A SQLite time value that fixes a moment: a date/time in digits (`2024-02-29 10:00`,
/// `10:00`, with `T`, fractions and a `Z` or `±HH:MM` suffix), or a number.
pub fn sqlite_fixed_time(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_digit() || " -:.+TZtz".contains(c))
}

/// A SQLite modifier that neither reads the time zone ('localtime', 'utc') nor anything
/// else: amounts, 'start of …', 'weekday N', 'unixepoch', 'julianday', 'auto', 'subsec'.
pub fn sqlite_fixed_modifier(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
        "second",
        "seconds",
        "month",
        "months",
        "year",
        "years",
        "start",
        "of",
        "weekday",
        "unixepoch",
        "julianday",
        "auto",
        "subsec",
        "subsecond",
        "ceiling",
        "floor",
    ];
    let lower = s.to_ascii_lowercase();
    lower
        .split(|c: char| c.is_ascii_digit() || " +-:.".contains(c))
        .filter(|w| !w.is_empty())
        .all(|w| WORDS.contains(&w))
}

/// A PostgreSQL date/time literal (`DATE '…'`, `'…'::timestamp`) that fixes a moment:
/// digits and separators only, or one of the constant special values.
pub fn pg_fixed_datetime(s: &str) -> bool {
    let t = s.trim().to_ascii_lowercase();
    matches!(t.as_str(), "epoch" | "infinity" | "-infinity" | "allballs")
        || (!t.is_empty()
            && t.chars()
                .all(|c| c.is_ascii_digit() || " -:./+t".contains(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_per_backend() {
        for f in FUNCTIONS {
            for backend in [Backend::Sqlite, Backend::Postgres] {
                if f.on.has(backend) {
                    assert!(
                        std::ptr::eq(lookup(f.name, backend).unwrap(), f),
                        "{} listed twice",
                        f.name
                    );
                }
            }
            assert_eq!(f.name, f.name.to_ascii_lowercase());
        }
    }

    #[test]
    fn clock_words_in_any_case_or_spelling() {
        for s in [
            "now",
            "NOW",
            " Now ",
            "today",
            "tomorrow 10:00",
            "yesterday",
        ] {
            assert!(mentions_the_clock(s), "{s}");
        }
        for s in ["Snowy", "2024-01-01", "known", "nowhere"] {
            assert!(!mentions_the_clock(s), "{s}");
        }
        assert!(sqlite_fixed_time("2024-02-29 10:00:00.5Z"));
        assert!(!sqlite_fixed_time("now"));
        assert!(!sqlite_fixed_time("subsec"));
        assert!(!sqlite_fixed_time(""));
        assert!(sqlite_fixed_modifier("-30 days"));
        assert!(sqlite_fixed_modifier("start of month"));
        assert!(!sqlite_fixed_modifier("localtime"));
        assert!(!sqlite_fixed_modifier("UTC"));
        assert!(pg_fixed_datetime("2024-01-01 10:00"));
        assert!(!pg_fixed_datetime("today"));
        assert!(!pg_fixed_datetime("Jan 1 2024"));
    }
}
