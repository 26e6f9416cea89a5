//! Rows of any shape through Diesel's `sql_query`: each column is decoded into a
//! [`Value`] by the type the backend reports (SQLite's storage class, PostgreSQL's type
//! oid), using `diesel-dynamic-schema`'s `Any` marker type.

use std::cell::RefCell;
use std::fmt::Write as _;

use diesel::QueryableByName;
use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql};
use diesel::pg::{Pg, PgValue};
use diesel::row::{Field, NamedRow, Row};
use diesel::sql_types;
use diesel::sqlite::{Sqlite, SqliteType, SqliteValue};
pub use diesel_dynamic_schema::dynamic_value::Any;

use crate::rows::Value;

thread_local! {
    /// Column names of the first row decoded since [`capture_columns`] was called.
    static COLUMNS: RefCell<Option<Vec<String>>> = const { RefCell::new(None) };
}

/// One row of a dynamic query.
pub struct DynRow(pub Vec<Value>);

/// Start recording the column names of the next query's first row.
pub fn capture_columns() {
    COLUMNS.with(|c| *c.borrow_mut() = None);
}

/// The names recorded since [`capture_columns`] (none if the result had no rows).
pub fn captured_columns() -> Option<Vec<String>> {
    COLUMNS.with(|c| c.borrow_mut().take())
}

impl<DB> QueryableByName<DB> for DynRow
where
    DB: Backend,
    Value: FromSql<Any, DB>,
{
    fn build<'a>(row: &impl NamedRow<'a, DB>) -> deserialize::Result<Self> {
        let count = row.field_count();
        let mut values = Vec::with_capacity(count);
        let mut names = COLUMNS
            .with(|c| c.borrow().is_none())
            .then(|| Vec::with_capacity(count));
        for i in 0..count {
            let field = Row::get(row, i).ok_or("a column disappeared while reading a row")?;
            if let Some(names) = names.as_mut() {
                names.push(field.field_name().unwrap_or("?column?").to_owned());
            }
            values.push(Value::from_nullable_sql(field.value())?);
        }
        if let Some(names) = names {
            COLUMNS.with(|c| *c.borrow_mut() = Some(names));
        }
        Ok(DynRow(values))
    }
}

impl FromSql<Any, Sqlite> for Value {
    fn from_sql(mut value: SqliteValue<'_, '_, '_>) -> deserialize::Result<Self> {
        Ok(match value.value_type() {
            Some(SqliteType::Long) => Value::Int(value.read_long()),
            Some(SqliteType::Double) => Value::Real(value.read_double()),
            Some(SqliteType::Binary) => Value::Bytes(value.read_blob().to_vec()),
            Some(_) => Value::Text(value.read_text().to_owned()),
            None => Value::Null,
        })
    }

    fn from_nullable_sql(value: Option<SqliteValue<'_, '_, '_>>) -> deserialize::Result<Self> {
        value.map_or(Ok(Value::Null), <Self as FromSql<Any, Sqlite>>::from_sql)
    }
}

/// PostgreSQL type oids petdb decodes (`pg_type.oid`, fixed since PostgreSQL 7).
mod oid {
    pub const BOOL: u32 = 16;
    pub const BYTEA: u32 = 17;
    pub const NAME: u32 = 19;
    pub const INT8: u32 = 20;
    pub const INT2: u32 = 21;
    pub const INT4: u32 = 23;
    pub const TEXT: u32 = 25;
    pub const OID: u32 = 26;
    pub const JSON: u32 = 114;
    pub const XML: u32 = 142;
    pub const FLOAT4: u32 = 700;
    pub const FLOAT8: u32 = 701;
    pub const BPCHAR: u32 = 1042;
    pub const VARCHAR: u32 = 1043;
    pub const DATE: u32 = 1082;
    pub const TIME: u32 = 1083;
    pub const TIMESTAMP: u32 = 1114;
    pub const TIMESTAMPTZ: u32 = 1184;
    pub const INTERVAL: u32 = 1186;
    pub const NUMERIC: u32 = 1700;
    pub const UUID: u32 = 2950;
    pub const JSONB: u32 = 3802;
}

impl FromSql<Any, Pg> for Value {
    fn from_sql(value: PgValue<'_>) -> deserialize::Result<Self> {
        use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
        let oid = value.get_oid().get();
        Ok(match oid {
            oid::BOOL => Value::Bool(<bool as FromSql<sql_types::Bool, Pg>>::from_sql(value)?),
            oid::INT2 => {
                Value::Int(<i16 as FromSql<sql_types::SmallInt, Pg>>::from_sql(value)?.into())
            }
            oid::INT4 => {
                Value::Int(<i32 as FromSql<sql_types::Integer, Pg>>::from_sql(value)?.into())
            }
            oid::INT8 => Value::Int(<i64 as FromSql<sql_types::BigInt, Pg>>::from_sql(value)?),
            oid::OID => Value::Int(<u32 as FromSql<sql_types::Oid, Pg>>::from_sql(value)?.into()),
            oid::FLOAT4 => {
                Value::Real(<f32 as FromSql<sql_types::Float, Pg>>::from_sql(value)?.into())
            }
            oid::FLOAT8 => Value::Real(<f64 as FromSql<sql_types::Double, Pg>>::from_sql(value)?),
            oid::NUMERIC => {
                let d =
                    <bigdecimal::BigDecimal as FromSql<sql_types::Numeric, Pg>>::from_sql(value)?;
                Value::Decimal(d.to_plain_string())
            }
            oid::TEXT | oid::VARCHAR | oid::BPCHAR | oid::NAME | oid::JSON | oid::XML => {
                Value::Text(<String as FromSql<sql_types::Text, Pg>>::from_sql(value)?)
            }
            oid::JSONB => {
                // Binary jsonb is a version byte (1) followed by the JSON text.
                let bytes = value.as_bytes();
                let text = bytes
                    .strip_prefix(&[1])
                    .ok_or("unknown jsonb wire version")?;
                Value::Text(String::from_utf8(text.to_vec())?)
            }
            oid::BYTEA => Value::Bytes(value.as_bytes().to_vec()),
            oid::UUID => {
                let b = value.as_bytes();
                if b.len() != 16 {
                    return Err("a uuid is 16 bytes".into());
                }
                let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
                Value::Text(format!(
                    "{}-{}-{}-{}-{}",
                    &hex[0..8],
                    &hex[8..12],
                    &hex[12..16],
                    &hex[16..20],
                    &hex[20..]
                ))
            }
            oid::DATE => {
                let d = <NaiveDate as FromSql<sql_types::Date, Pg>>::from_sql(value)?;
                Value::Text(iso_date(d))
            }
            oid::TIME => {
                let t = <NaiveTime as FromSql<sql_types::Time, Pg>>::from_sql(value)?;
                Value::Text(t.format("%H:%M:%S%.f").to_string())
            }
            oid::TIMESTAMP => {
                let t = <NaiveDateTime as FromSql<sql_types::Timestamp, Pg>>::from_sql(value)?;
                Value::Text(iso_timestamp(t, ""))
            }
            oid::TIMESTAMPTZ => {
                let t = <DateTime<Utc> as FromSql<sql_types::Timestamptz, Pg>>::from_sql(value)?;
                Value::Text(iso_timestamp(t.naive_utc(), "+00"))
            }
            oid::INTERVAL => {
                let i = <diesel::pg::data_types::PgInterval as FromSql<sql_types::Interval, Pg>>::from_sql(value)?;
                Value::Text(interval_text(i.months, i.days, i.microseconds))
            }
            other => {
                return Err(format!(
                    "cannot show a column of PostgreSQL type oid {other}; cast it, e.g. `col::text`"
                )
                .into());
            }
        })
    }

    fn from_nullable_sql(value: Option<PgValue<'_>>) -> deserialize::Result<Self> {
        value.map_or(Ok(Value::Null), <Self as FromSql<Any, Pg>>::from_sql)
    }
}

/// `YYYY-MM-DD`, as SQLite stores dates (and much cheaper than chrono's `format`, which
/// parses its pattern on every call: this runs once per date cell).
fn iso_date(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    if !(0..=9999).contains(&d.year()) {
        return d.format("%Y-%m-%d").to_string();
    }
    let mut s = String::with_capacity(10);
    let _ = write!(s, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
    s
}

/// `YYYY-MM-DD HH:MM:SS[.ffffff]` and a suffix (`+00` for timestamptz).
fn iso_timestamp(t: chrono::NaiveDateTime, suffix: &str) -> String {
    use chrono::Timelike;
    let mut s = iso_date(t.date());
    let _ = write!(s, " {:02}:{:02}:{:02}", t.hour(), t.minute(), t.second());
    let nanos = t.nanosecond() % 1_000_000_000;
    // As chrono's `%.f`: milli-, micro- or nanoseconds, whichever is exact.
    if nanos.is_multiple_of(1_000_000) && nanos != 0 {
        let _ = write!(s, ".{:03}", nanos / 1_000_000);
    } else if nanos.is_multiple_of(1_000) && nanos != 0 {
        let _ = write!(s, ".{:06}", nanos / 1_000);
    } else if nanos != 0 {
        let _ = write!(s, ".{nanos:09}");
    }
    s.push_str(suffix);
    s
}

/// An interval as PostgreSQL prints it by default: `1 year 2 mons 3 days 04:05:06`.
fn interval_text(months: i32, days: i32, micros: i64) -> String {
    let unit = |n: i64, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut parts = Vec::new();
    let (years, months) = (months / 12, months % 12);
    if years != 0 {
        parts.push(unit(years.into(), "year", "years"));
    }
    if months != 0 {
        parts.push(unit(months.into(), "mon", "mons"));
    }
    if days != 0 {
        parts.push(unit(days.into(), "day", "days"));
    }
    if micros != 0 || parts.is_empty() {
        let sign = if micros < 0 { "-" } else { "" };
        let m = micros.unsigned_abs();
        let (secs, frac) = (m / 1_000_000, m % 1_000_000);
        let mut t = format!(
            "{sign}{:02}:{:02}:{:02}",
            secs / 3600,
            secs / 60 % 60,
            secs % 60
        );
        if frac != 0 {
            t.push_str(format!(".{frac:06}").trim_end_matches('0'));
        }
        parts.push(t);
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::{interval_text, iso_date, iso_timestamp};
    use chrono::NaiveDate;

    #[test]
    fn dates_and_timestamps_read_like_chrono_formats_them() {
        for (y, m, d) in [
            (2024, 2, 29),
            (1, 1, 1),
            (9999, 12, 31),
            (-44, 3, 15),
            (12345, 6, 7),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(iso_date(date), date.format("%Y-%m-%d").to_string());
            for (h, mi, sec, nano) in [
                (0, 0, 0, 0),
                (23, 59, 59, 500_000_000),
                (8, 5, 3, 123_456_000),
            ] {
                let t = date.and_hms_nano_opt(h, mi, sec, nano).unwrap();
                assert_eq!(
                    iso_timestamp(t, ""),
                    t.format("%Y-%m-%d %H:%M:%S%.f").to_string()
                );
            }
        }
    }

    #[test]
    fn intervals_read_like_postgres() {
        assert_eq!(interval_text(0, 1, 0), "1 day");
        assert_eq!(
            interval_text(14, 3, 14_706_500_000),
            "1 year 2 mons 3 days 04:05:06.5"
        );
        assert_eq!(interval_text(0, 0, 0), "00:00:00");
        assert_eq!(interval_text(-1, 0, -60_000_000), "-1 mons -00:01:00");
    }
}
