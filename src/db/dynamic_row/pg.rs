//! PostgreSQL values from their binary wire form (Diesel always asks for binary results)
//! to what PostgreSQL itself prints for them — its `*_out` functions with the default
//! settings (DateStyle ISO, IntervalStyle postgres, extra_float_digits 1, bytea_output
//! hex) — except that timestamptz is shown in UTC.
//!
//! Ported from PostgreSQL's sources: numeric.c (`get_str_from_var`), float.c and
//! ryu's d2s/f2s (`float8out`, `float4out`: shortest round-trip digits), datetime.c
//! (`j2date`, `EncodeDateOnly`, `EncodeDateTime`, `EncodeTimeOnly`, `EncodeTimezone`,
//! `EncodeInterval`), arrayfuncs.c (`array_out`), rowtypes.c (`record_out`),
//! inet_net_ntop.c and network.c (`inet_out`, `cidr_out`).

use std::fmt::Write as _;

use crate::rows::Value;

/// PostgreSQL type oids petdb decodes (`pg_type.oid`, fixed for built-in types).
pub mod oid {
    pub const BOOL: u32 = 16;
    pub const BYTEA: u32 = 17;
    pub const CHAR: u32 = 18;
    pub const NAME: u32 = 19;
    pub const INT8: u32 = 20;
    pub const INT2: u32 = 21;
    pub const INT2VECTOR: u32 = 22;
    pub const INT4: u32 = 23;
    pub const TEXT: u32 = 25;
    pub const OID: u32 = 26;
    pub const TID: u32 = 27;
    pub const XID: u32 = 28;
    pub const CID: u32 = 29;
    pub const OIDVECTOR: u32 = 30;
    pub const JSON: u32 = 114;
    pub const XML: u32 = 142;
    pub const CIDR: u32 = 650;
    pub const FLOAT4: u32 = 700;
    pub const FLOAT8: u32 = 701;
    pub const UNKNOWN: u32 = 705;
    pub const MACADDR8: u32 = 774;
    pub const MONEY: u32 = 790;
    pub const MACADDR: u32 = 829;
    pub const INET: u32 = 869;
    pub const BPCHAR: u32 = 1042;
    pub const VARCHAR: u32 = 1043;
    pub const DATE: u32 = 1082;
    pub const TIME: u32 = 1083;
    pub const TIMESTAMP: u32 = 1114;
    pub const TIMESTAMPTZ: u32 = 1184;
    pub const INTERVAL: u32 = 1186;
    pub const TIMETZ: u32 = 1266;
    pub const BIT: u32 = 1560;
    pub const VARBIT: u32 = 1562;
    pub const NUMERIC: u32 = 1700;
    pub const RECORD: u32 = 2249;
    pub const VOID: u32 = 2278;
    pub const UUID: u32 = 2950;
    pub const PG_LSN: u32 = 3220;
    pub const JSONB: u32 = 3802;
    pub const JSONPATH: u32 = 4072;

    /// Array types whose elements petdb decodes (`pg_type.typarray` of the types above).
    pub const ARRAYS: &[u32] = &[
        1000, 1001, 1002, 1003, 1005, 1006, 1007, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016,
        1021, 1022, 1028, 1040, 1041, 651, 775, 1115, 1182, 1183, 1185, 1187, 1231, 1270, 1561,
        1563, 2287, 2951, 3221, 143, 199, 3807, 4073,
    ];
}

type Error = Box<dyn std::error::Error + Send + Sync>;

/// One non-NULL value of type `oid` from its binary form.
pub fn value(oid: u32, bytes: &[u8]) -> Result<Value, Error> {
    let mut r = Reader(bytes);
    Ok(match oid {
        oid::BOOL => Value::Bool(r.u8()? != 0),
        oid::INT2 => Value::Int(r.i16()?.into()),
        oid::INT4 => Value::Int(r.i32()?.into()),
        oid::INT8 => Value::Int(r.i64()?),
        oid::OID | oid::XID | oid::CID => Value::Int(r.u32()?.into()),
        oid::FLOAT4 | oid::FLOAT8 | oid::NUMERIC => Value::Decimal(text(oid, bytes)?),
        oid::BYTEA => Value::Bytes(bytes.to_vec()),
        _ => Value::Text(text(oid, bytes)?),
    })
}

/// The text PostgreSQL prints for a non-NULL value of type `oid` (as an array element,
/// a record field, or a whole cell).
pub fn text(oid: u32, bytes: &[u8]) -> Result<String, Error> {
    let mut r = Reader(bytes);
    Ok(match oid {
        oid::BOOL => (if r.u8()? != 0 { "t" } else { "f" }).to_owned(),
        oid::INT2 => r.i16()?.to_string(),
        oid::INT4 => r.i32()?.to_string(),
        oid::INT8 => r.i64()?.to_string(),
        oid::OID | oid::XID | oid::CID => r.u32()?.to_string(),
        oid::TEXT
        | oid::VARCHAR
        | oid::BPCHAR
        | oid::NAME
        | oid::UNKNOWN
        | oid::JSON
        | oid::XML => utf8(bytes)?,
        // Binary jsonb and jsonpath are a version byte (1) followed by the text.
        oid::JSONB | oid::JSONPATH => utf8(
            bytes
                .strip_prefix(&[1])
                .ok_or("unknown jsonb wire version")?,
        )?,
        oid::CHAR => match bytes.first() {
            None | Some(0) => String::new(),
            Some(&b) if b >= 0x80 => format!("\\{:03o}", b),
            Some(&b) => char::from(b).to_string(),
        },
        oid::VOID => String::new(),
        oid::BYTEA => bytea(bytes),
        oid::FLOAT4 => float4(f32::from_bits(r.u32()?)),
        oid::FLOAT8 => float8(f64::from_bits(r.u64()?)),
        oid::NUMERIC => numeric(bytes)?,
        oid::DATE => date(r.i32()?),
        oid::TIME => {
            let mut s = String::with_capacity(15);
            time_of_day(&mut s, r.i64()?);
            s
        }
        oid::TIMETZ => {
            let (micros, zone) = (r.i64()?, r.i32()?);
            let mut s = String::with_capacity(18);
            time_of_day(&mut s, micros);
            zone_offset(&mut s, zone);
            s
        }
        oid::TIMESTAMP => timestamp(r.i64()?, false),
        oid::TIMESTAMPTZ => timestamp(r.i64()?, true),
        oid::INTERVAL => {
            let (micros, days, months) = (r.i64()?, r.i32()?, r.i32()?);
            interval(months, days, micros)
        }
        oid::UUID => uuid(bytes)?,
        oid::INET | oid::CIDR => inet(bytes)?,
        oid::MACADDR | oid::MACADDR8 => {
            if bytes.len() != 6 && bytes.len() != 8 {
                return Err("a MAC address is 6 or 8 bytes".into());
            }
            let parts: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
            parts.join(":")
        }
        oid::BIT | oid::VARBIT => {
            let len = usize::try_from(r.i32()?)?;
            let bits = r.0;
            if bits.len() * 8 < len {
                return Err("a bit string is shorter than its length".into());
            }
            (0..len)
                .map(|i| {
                    if bits[i / 8] & (0x80 >> (i % 8)) != 0 {
                        '1'
                    } else {
                        '0'
                    }
                })
                .collect()
        }
        oid::TID => {
            let (block, offset) = (r.u32()?, r.u16()?);
            format!("({block},{offset})")
        }
        oid::PG_LSN => {
            let lsn = r.u64()?;
            format!("{:X}/{:X}", lsn >> 32, lsn & 0xffff_ffff)
        }
        oid::RECORD => record(bytes)?,
        oid::INT2VECTOR | oid::OIDVECTOR => array(bytes, true)?,
        other if oid::ARRAYS.contains(&other) => array(bytes, false)?,
        other => {
            return Err(format!(
                "cannot show a column of PostgreSQL type {}; cast it, e.g. `col::text`",
                type_name(other)
            )
            .into());
        }
    })
}

/// A type's name for an error message, where petdb knows it.
fn type_name(oid: u32) -> String {
    let name = match oid {
        oid::MONEY => "money",
        24 => "regproc",
        2202 => "regprocedure",
        2203 => "regoper",
        2205 => "regclass",
        2206 => "regtype",
        3734 => "regconfig",
        4089 => "regnamespace",
        4096 => "regrole",
        600 => "point",
        601 => "lseg",
        602 => "path",
        603 => "box",
        604 => "polygon",
        628 => "line",
        718 => "circle",
        3614 => "tsvector",
        3615 => "tsquery",
        3904 => "int4range",
        3906 => "numrange",
        3908 => "tsrange",
        3910 => "tstzrange",
        3912 => "daterange",
        3926 => "int8range",
        _ => return format!("oid {oid}"),
    };
    format!("{name} (oid {oid})")
}

/// Big-endian reads from a value's bytes, failing on a short value.
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N], Error> {
        let Some((head, rest)) = self.0.split_first_chunk::<N>() else {
            return Err("a PostgreSQL value is shorter than its type".into());
        };
        self.0 = rest;
        Ok(*head)
    }
    fn u8(&mut self) -> Result<u8, Error> {
        Ok(self.take::<1>()?[0])
    }
    fn u16(&mut self) -> Result<u16, Error> {
        Ok(u16::from_be_bytes(self.take()?))
    }
    fn i16(&mut self) -> Result<i16, Error> {
        Ok(i16::from_be_bytes(self.take()?))
    }
    fn i32(&mut self) -> Result<i32, Error> {
        Ok(i32::from_be_bytes(self.take()?))
    }
    fn u32(&mut self) -> Result<u32, Error> {
        Ok(u32::from_be_bytes(self.take()?))
    }
    fn i64(&mut self) -> Result<i64, Error> {
        Ok(i64::from_be_bytes(self.take()?))
    }
    fn u64(&mut self) -> Result<u64, Error> {
        Ok(u64::from_be_bytes(self.take()?))
    }
    /// A length-prefixed field (array element, record field): None for NULL.
    fn field(&mut self) -> Result<Option<&[u8]>, Error> {
        let len = self.i32()?;
        if len < 0 {
            return Ok(None);
        }
        let len = len as usize;
        if self.0.len() < len {
            return Err("a PostgreSQL value is shorter than its length".into());
        }
        let (field, rest) = self.0.split_at(len);
        self.0 = rest;
        Ok(Some(field))
    }
}

fn utf8(bytes: &[u8]) -> Result<String, Error> {
    Ok(String::from_utf8(bytes.to_vec())?)
}

fn bytea(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(2 + bytes.len() * 2);
    s.push_str("\\x");
    for b in bytes {
        s.push(HEX[usize::from(b >> 4)].into());
        s.push(HEX[usize::from(b & 15)].into());
    }
    s
}

fn uuid(bytes: &[u8]) -> Result<String, Error> {
    if bytes.len() != 16 {
        return Err("a uuid is 16 bytes".into());
    }
    let mut s = String::with_capacity(36);
    for (i, b) in bytes.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            s.push('-');
        }
        let _ = write!(s, "{b:02x}");
    }
    Ok(s)
}

// --- numbers ---------------------------------------------------------------------------

const NUMERIC_POS: u16 = 0x0000;
const NUMERIC_NEG: u16 = 0x4000;
const NUMERIC_NAN: u16 = 0xC000;
const NUMERIC_PINF: u16 = 0xD000;
const NUMERIC_NINF: u16 = 0xF000;

/// `numeric` as `numeric_out` prints it: every digit, exactly `dscale` of them after the
/// point. Binary form: ndigits, weight (of the first base-10000 digit), sign, dscale, then
/// the base-10000 digits.
pub fn numeric(bytes: &[u8]) -> Result<String, Error> {
    let mut r = Reader(bytes);
    let ndigits = usize::try_from(r.i16()?)?;
    let weight = i32::from(r.i16()?);
    let sign = r.u16()?;
    let dscale = r.u16()?;
    match sign {
        NUMERIC_NAN => return Ok("NaN".to_owned()),
        NUMERIC_PINF => return Ok("Infinity".to_owned()),
        NUMERIC_NINF => return Ok("-Infinity".to_owned()),
        NUMERIC_POS | NUMERIC_NEG => {}
        other => return Err(format!("unknown numeric sign {other:#x}").into()),
    }
    let digits = (0..ndigits)
        .map(|_| match r.i16()? {
            d @ 0..=9999 => Ok(d),
            d => Err(Error::from(format!("numeric digit {d} out of range"))),
        })
        .collect::<Result<Vec<i16>, Error>>()?;
    let digit = |d: i32| -> i16 {
        usize::try_from(d)
            .ok()
            .and_then(|d| digits.get(d))
            .copied()
            .unwrap_or(0)
    };
    let mut s = String::with_capacity(8 + 4 * ndigits + usize::from(dscale));
    if sign == NUMERIC_NEG {
        s.push('-');
    }
    let mut d;
    if weight < 0 {
        d = weight + 1;
        s.push('0');
    } else {
        d = 0;
        while d <= weight {
            if d == 0 {
                let _ = write!(s, "{}", digit(d));
            } else {
                let _ = write!(s, "{:04}", digit(d));
            }
            d += 1;
        }
    }
    if dscale > 0 {
        s.push('.');
        let end = s.len() + usize::from(dscale);
        let mut written = 0;
        while written < dscale {
            let _ = write!(s, "{:04}", digit(d));
            d += 1;
            written += 4;
        }
        s.truncate(end);
    }
    Ok(s)
}

/// `float8` as PostgreSQL prints it (`extra_float_digits` 1, the default since 12): the
/// shortest digits that read back as the same double, fixed-point for decimal exponents
/// -4..15, else `d.ddde+XX`.
pub fn float8(f: f64) -> String {
    if f.is_nan() {
        return "NaN".to_owned();
    }
    if f.is_infinite() {
        return (if f > 0.0 { "Infinity" } else { "-Infinity" }).to_owned();
    }
    shortest(ryu::Buffer::new().format_finite(f), 15)
}

/// `float4` likewise, with the shortest digits of the single-precision value and
/// fixed-point for decimal exponents -4..6.
pub fn float4(f: f32) -> String {
    if f.is_nan() {
        return "NaN".to_owned();
    }
    if f.is_infinite() {
        return (if f > 0.0 { "Infinity" } else { "-Infinity" }).to_owned();
    }
    shortest(ryu::Buffer::new().format_finite(f), 6)
}

/// Re-lay ryu's shortest digits (`1.5e-5`, `100.0`, `-0.0`) as PostgreSQL's ryu port
/// does: fixed-point when the decimal exponent `e` of the first digit is in -4..`fixed_below`.
fn shortest(ryu: &str, fixed_below: i32) -> String {
    let (negative, ryu) = match ryu.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, ryu),
    };
    let (mantissa, exp) = match ryu.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (ryu, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: String = format!("{int}{frac}");
    // value = 0.ALL × 10^point
    let mut point = int.len() as i32 + exp;
    let trimmed = all.trim_start_matches('0');
    point -= (all.len() - trimmed.len()) as i32;
    let digits = trimmed.trim_end_matches('0');
    let mut s = String::with_capacity(digits.len() + 8);
    if negative {
        s.push('-');
    }
    if digits.is_empty() {
        s.push('0');
        return s;
    }
    let e = point - 1;
    let n = digits.len() as i32;
    if (-4..fixed_below).contains(&e) {
        if point <= 0 {
            s.push_str("0.");
            s.extend(std::iter::repeat_n('0', (-point) as usize));
            s.push_str(digits);
        } else if point >= n {
            s.push_str(digits);
            s.extend(std::iter::repeat_n('0', (point - n) as usize));
        } else {
            s.push_str(&digits[..point as usize]);
            s.push('.');
            s.push_str(&digits[point as usize..]);
        }
    } else {
        s.push_str(&digits[..1]);
        if n > 1 {
            s.push('.');
            s.push_str(&digits[1..]);
        }
        let _ = write!(
            s,
            "e{}{:02}",
            if e < 0 { '-' } else { '+' },
            e.unsigned_abs()
        );
    }
    s
}

// --- dates and times -------------------------------------------------------------------

/// Julian day number of 2000-01-01, PostgreSQL's epoch.
const POSTGRES_EPOCH_JDATE: i64 = 2_451_545;
const USECS_PER_DAY: i64 = 86_400_000_000;

/// A Julian day number as (year, month, day), year 0 being 1 BC: PostgreSQL's `j2date`.
fn j2date(jd: i64) -> (i64, u32, u32) {
    // The unsigned arithmetic of the C original, valid for every date PostgreSQL stores.
    let mut julian = (jd as u64).wrapping_add(32044);
    let mut quad = julian / 146_097;
    let extra = (julian - quad * 146_097) * 4 + 3;
    julian += 60 + quad * 3 + extra / 146_097;
    quad = julian / 1461;
    julian -= quad * 1461;
    let mut y = julian * 4 / 1461;
    julian = if y != 0 {
        (julian + 305) % 365
    } else {
        (julian + 306) % 366
    } + 123;
    y += quad * 4;
    let year = y as i64 - 4800;
    let quad = julian * 2141 / 65_536;
    let day = julian - 7834 * quad / 256;
    let month = (quad + 10) % 12 + 1;
    (year, month as u32, day as u32)
}

fn push_padded(s: &mut String, n: u64, width: usize) {
    let _ = write!(s, "{n:0width$}");
}

/// `YYYY-MM-DD` (at least four year digits), the year counted from 1 BC as PostgreSQL
/// does; returns whether the date is BC (the caller appends ` BC` after any time).
fn push_date(s: &mut String, jd: i64) -> bool {
    let (year, month, day) = j2date(jd);
    let bc = year <= 0;
    push_padded(s, if bc { (1 - year) as u64 } else { year as u64 }, 4);
    s.push('-');
    push_padded(s, month.into(), 2);
    s.push('-');
    push_padded(s, day.into(), 2);
    bc
}

/// A `date` (days since 2000-01-01; the extreme values are ±infinity).
pub fn date(days: i32) -> String {
    match days {
        i32::MIN => return "-infinity".to_owned(),
        i32::MAX => return "infinity".to_owned(),
        _ => {}
    }
    let mut s = String::with_capacity(13);
    if push_date(&mut s, i64::from(days) + POSTGRES_EPOCH_JDATE) {
        s.push_str(" BC");
    }
    s
}

/// `SS[.ffffff]`, trailing zeros of the fraction dropped (`AppendSeconds`).
fn push_seconds(s: &mut String, secs: u64, micros: u64) {
    push_padded(s, secs, 2);
    if micros != 0 {
        let mut frac = format!("{micros:06}");
        while frac.ends_with('0') {
            frac.pop();
        }
        s.push('.');
        s.push_str(&frac);
    }
}

/// `HH:MM:SS[.ffffff]` of microseconds since midnight.
fn time_of_day(s: &mut String, micros: i64) {
    let m = micros.unsigned_abs();
    let secs = m / 1_000_000;
    push_padded(s, secs / 3600, 2);
    s.push(':');
    push_padded(s, secs / 60 % 60, 2);
    s.push(':');
    push_seconds(s, secs % 60, m % 1_000_000);
}

/// A time zone offset given, as PostgreSQL keeps it, in seconds *west* of UTC:
/// `+HH`, `+HH:MM` or `+HH:MM:SS` (`EncodeTimezone`).
fn zone_offset(s: &mut String, west: i32) {
    s.push(if west <= 0 { '+' } else { '-' });
    let secs = west.unsigned_abs();
    let (hours, mins, secs) = (secs / 3600, secs / 60 % 60, secs % 60);
    push_padded(s, hours.into(), 2);
    if secs != 0 {
        s.push(':');
        push_padded(s, mins.into(), 2);
        s.push(':');
        push_padded(s, secs.into(), 2);
    } else if mins != 0 {
        s.push(':');
        push_padded(s, mins.into(), 2);
    }
}

/// A `timestamp` or `timestamptz` (microseconds since 2000-01-01 00:00, UTC for
/// timestamptz; the extreme values are ±infinity): `YYYY-MM-DD HH:MM:SS[.ffffff][+00][ BC]`.
pub fn timestamp(micros: i64, with_zone: bool) -> String {
    match micros {
        i64::MIN => return "-infinity".to_owned(),
        i64::MAX => return "infinity".to_owned(),
        _ => {}
    }
    let days = micros.div_euclid(USECS_PER_DAY);
    let time = micros.rem_euclid(USECS_PER_DAY);
    let mut s = String::with_capacity(32);
    let bc = push_date(&mut s, days + POSTGRES_EPOCH_JDATE);
    s.push(' ');
    time_of_day(&mut s, time);
    if with_zone {
        s.push_str("+00");
    }
    if bc {
        s.push_str(" BC");
    }
    s
}

/// An `interval` as PostgreSQL prints it with IntervalStyle `postgres`:
/// `1 year 2 mons -3 days +04:05:06.5` (`EncodeInterval`).
pub fn interval(months: i32, days: i32, micros: i64) -> String {
    if months == i32::MAX && days == i32::MAX && micros == i64::MAX {
        return "infinity".to_owned();
    }
    if months == i32::MIN && days == i32::MIN && micros == i64::MIN {
        return "-infinity".to_owned();
    }
    let mut s = String::new();
    let mut is_zero = true;
    let mut is_before = false;
    let mut part = |s: &mut String, value: i64, unit: &str| {
        if value == 0 {
            return;
        }
        let _ = write!(
            s,
            "{}{}{value} {unit}{}",
            if is_zero { "" } else { " " },
            if is_before && value > 0 { "+" } else { "" },
            if value != 1 { "s" } else { "" }
        );
        is_before = value < 0;
        is_zero = false;
    };
    part(&mut s, (months / 12).into(), "year");
    part(&mut s, (months % 12).into(), "mon");
    part(&mut s, days.into(), "day");
    if is_zero || micros != 0 {
        let m = micros.unsigned_abs();
        let secs = m / 1_000_000;
        let sign = if micros < 0 {
            "-"
        } else if is_before {
            "+"
        } else {
            ""
        };
        let _ = write!(
            s,
            "{}{sign}{:02}:{:02}:",
            if is_zero { "" } else { " " },
            secs / 3600,
            secs / 60 % 60
        );
        push_seconds(&mut s, secs % 60, m % 1_000_000);
    }
    s
}

// --- network addresses -----------------------------------------------------------------

/// `inet` and `cidr`: family (2 IPv4, 3 IPv6), bits, is_cidr, address length, address.
fn inet(bytes: &[u8]) -> Result<String, Error> {
    let mut r = Reader(bytes);
    let (family, bits, is_cidr, len) = (r.u8()?, r.u8()?, r.u8()? != 0, r.u8()?);
    let addr = r.0;
    let mut s = String::with_capacity(48);
    let max = match (family, len) {
        (2, 4) if addr.len() == 4 => {
            let _ = write!(s, "{}.{}.{}.{}", addr[0], addr[1], addr[2], addr[3]);
            32
        }
        (3, 16) if addr.len() == 16 => {
            ipv6(&mut s, addr);
            128
        }
        _ => return Err("an inet value of unknown family".into()),
    };
    if bits != max || is_cidr {
        let _ = write!(s, "/{bits}");
    }
    Ok(s)
}

/// An IPv6 address as `inet_net_ntop_ipv6` writes it: the first longest run of two or
/// more zero words as `::`, IPv4-mapped and -compatible addresses with a dotted quad.
fn ipv6(s: &mut String, src: &[u8]) {
    let words: Vec<u16> = src
        .chunks(2)
        .map(|w| u16::from_be_bytes([w[0], w[1]]))
        .collect();
    let (mut best, mut cur): ((isize, usize), (isize, usize)) = ((-1, 0), (-1, 0));
    for (i, w) in words.iter().enumerate() {
        if *w == 0 {
            if cur.0 == -1 {
                cur = (i as isize, 1);
            } else {
                cur.1 += 1;
            }
        } else if cur.0 != -1 {
            if best.0 == -1 || cur.1 > best.1 {
                best = cur;
            }
            cur.0 = -1;
        }
    }
    if cur.0 != -1 && (best.0 == -1 || cur.1 > best.1) {
        best = cur;
    }
    if best.0 != -1 && best.1 < 2 {
        best.0 = -1;
    }
    let in_best = |i: usize| best.0 != -1 && i as isize >= best.0 && i < best.0 as usize + best.1;
    for (i, w) in words.iter().enumerate() {
        if in_best(i) {
            if i as isize == best.0 {
                s.push(':');
            }
            continue;
        }
        if i != 0 {
            s.push(':');
        }
        if i == 6
            && best.0 == 0
            && (best.1 == 6
                || (best.1 == 7 && words[7] != 1)
                || (best.1 == 5 && words[5] == 0xffff))
        {
            let _ = write!(s, "{}.{}.{}.{}", src[12], src[13], src[14], src[15]);
            return;
        }
        let _ = write!(s, "{w:x}");
    }
    if best.0 != -1 && best.0 as usize + best.1 == words.len() {
        s.push(':');
    }
}

// --- arrays and records ----------------------------------------------------------------

/// An array as `array_out` prints it: `{1,2}`, `{{1,2},{3,4}}`, `[0:1]={1,2}`, elements
/// quoted where needed, NULL as `NULL`. `vector` (int2vector, oidvector) prints the
/// elements separated by spaces instead, as those types do.
fn array(bytes: &[u8], vector: bool) -> Result<String, Error> {
    let mut r = Reader(bytes);
    let ndim = usize::try_from(r.i32()?)?;
    let _has_nulls = r.i32()?;
    let element = r.u32()?;
    if ndim > 6 {
        return Err("an array of more than 6 dimensions".into());
    }
    let mut dims = Vec::with_capacity(ndim);
    for _ in 0..ndim {
        let (len, lower) = (r.i32()?, r.i32()?);
        dims.push((usize::try_from(len)?, lower));
    }
    let mut items = Vec::new();
    let total: usize = if ndim == 0 {
        0
    } else {
        dims.iter().map(|d| d.0).product()
    };
    for _ in 0..total {
        items.push(match r.field()? {
            None => None,
            Some(b) => Some(text(element, b)?),
        });
    }
    if vector {
        return Ok(items
            .into_iter()
            .map(|i| i.unwrap_or_default())
            .collect::<Vec<_>>()
            .join(" "));
    }
    let mut s = String::new();
    if dims.iter().any(|d| d.1 != 1) {
        for (len, lower) in &dims {
            let _ = write!(s, "[{lower}:{}]", i64::from(*lower) + *len as i64 - 1);
        }
        s.push('=');
    }
    if total == 0 {
        s.push_str("{}");
        return Ok(s);
    }
    let mut items = items.into_iter();
    array_level(&mut s, &dims, &mut items);
    Ok(s)
}

fn array_level(
    s: &mut String,
    dims: &[(usize, i32)],
    items: &mut impl Iterator<Item = Option<String>>,
) {
    s.push('{');
    for i in 0..dims[0].0 {
        if i > 0 {
            s.push(',');
        }
        if dims.len() > 1 {
            array_level(s, &dims[1..], items);
            continue;
        }
        match items.next().flatten() {
            None => s.push_str("NULL"),
            Some(t) => {
                let quote = t.is_empty()
                    || t.eq_ignore_ascii_case("NULL")
                    || t.bytes().any(|b| {
                        matches!(
                            b,
                            b'"' | b'\\'
                                | b'{'
                                | b'}'
                                | b','
                                | b' '
                                | b'\t'
                                | b'\n'
                                | b'\r'
                                | 0x0b
                                | 0x0c
                        )
                    });
                push_quoted(s, &t, quote, false);
            }
        }
    }
    s.push('}');
}

/// `t`, or `"t"` with `"` and `\` escaped: by a backslash (arrays) or by doubling `"`
/// and `\` (records).
fn push_quoted(s: &mut String, t: &str, quote: bool, doubled: bool) {
    if !quote {
        s.push_str(t);
        return;
    }
    s.push('"');
    for c in t.chars() {
        if c == '"' || c == '\\' {
            s.push(if doubled { c } else { '\\' });
        }
        s.push(c);
    }
    s.push('"');
}

/// An anonymous record (`ROW(1, 'a b', NULL)`) as `record_out` prints it: `(1,"a b",)`.
fn record(bytes: &[u8]) -> Result<String, Error> {
    let mut r = Reader(bytes);
    let n = r.i32()?;
    let mut s = String::from("(");
    for i in 0..n {
        if i > 0 {
            s.push(',');
        }
        let element = r.u32()?;
        if let Some(b) = r.field()? {
            let t = text(element, b)?;
            let quote = t.is_empty()
                || t.bytes().any(|b| {
                    matches!(b, b'"' | b'\\' | b'(' | b')' | b',')
                        || b.is_ascii_whitespace()
                        || b == 0x0b
                });
            push_quoted(&mut s, &t, quote, true);
        }
    }
    s.push(')');
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// numeric's binary form from its parts.
    fn num(weight: i16, sign: u16, dscale: u16, digits: &[i16]) -> Vec<u8> {
        let mut b = Vec::new();
        b.extend_from_slice(&(digits.len() as i16).to_be_bytes());
        b.extend_from_slice(&weight.to_be_bytes());
        b.extend_from_slice(&sign.to_be_bytes());
        b.extend_from_slice(&dscale.to_be_bytes());
        for d in digits {
            b.extend_from_slice(&d.to_be_bytes());
        }
        b
    }

    #[test]
    fn numeric_prints_every_digit_to_its_scale() {
        let cases: &[(Vec<u8>, &str)] = &[
            (num(0, NUMERIC_POS, 2, &[12, 5000]), "12.50"),
            (num(0, NUMERIC_POS, 0, &[0]), "0"),
            (num(0, NUMERIC_POS, 0, &[]), "0"),
            (num(0, NUMERIC_POS, 3, &[]), "0.000"),
            (
                num(-1, NUMERIC_POS, 20, &[3333, 3333, 3333, 3333, 3333]),
                "0.33333333333333333333",
            ),
            (num(-2, NUMERIC_NEG, 6, &[1200]), "-0.000012"),
            (
                num(
                    7,
                    NUMERIC_POS,
                    0,
                    &[12, 3456, 7890, 1234, 5678, 9012, 3456, 7890],
                ),
                "123456789012345678901234567890",
            ),
            (num(1, NUMERIC_NEG, 0, &[1]), "-10000"),
            (num(0, NUMERIC_NAN, 0, &[]), "NaN"),
            (num(0, NUMERIC_PINF, 0, &[]), "Infinity"),
            (num(0, NUMERIC_NINF, 0, &[]), "-Infinity"),
        ];
        for (bytes, want) in cases {
            assert_eq!(numeric(bytes).unwrap(), *want);
        }
    }

    #[test]
    fn floats_print_as_postgres_prints_them() {
        for (f, want) in [
            (0.1, "0.1"),
            (1e20, "1e+20"),
            (1.5e-5, "1.5e-05"),
            (-0.0, "-0"),
            (0.0, "0"),
            (1e15, "1e+15"),
            (1e14, "100000000000000"),
            (123456789012345.6, "123456789012345.6"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.0 / 3.0, "0.3333333333333333"),
            (0.0001, "0.0001"),
            (1e-300, "1e-300"),
            (-2.5e100, "-2.5e+100"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "Infinity"),
            (f64::NEG_INFINITY, "-Infinity"),
        ] {
            assert_eq!(float8(f), want, "{f:e}");
        }
        for (f, want) in [
            (0.1f32, "0.1"),
            (1234567.0, "1.234567e+06"),
            (123456.0, "123456"),
            (1e-5, "1e-05"),
            (1e6, "1e+06"),
            (100000.0, "100000"),
        ] {
            assert_eq!(float4(f), want, "{f:e}");
        }
    }

    #[test]
    fn dates_and_timestamps_print_as_postgres_prints_them() {
        assert_eq!(date(0), "2000-01-01");
        assert_eq!(date(i32::MAX), "infinity");
        assert_eq!(date(i32::MIN), "-infinity");
        // 0044-03-15 BC is the astronomical year -43.
        let ides = -746_117; // '0044-03-15 BC'::date - '2000-01-01'::date
        assert_eq!(date(ides), "0044-03-15 BC");
        assert_eq!(date(-2_451_545), "4714-11-24 BC");
        assert_eq!(date(2_914_533), "9979-09-21");
        assert_eq!(date(2_921_940), "10000-01-01");
        let t = 8_767 * USECS_PER_DAY + 3 * 3_600_000_000 + 4 * 60_000_000 + 5_500_000;
        assert_eq!(timestamp(t, false), "2024-01-02 03:04:05.5");
        assert_eq!(timestamp(t, true), "2024-01-02 03:04:05.5+00");
        assert_eq!(timestamp(-1, false), "1999-12-31 23:59:59.999999");
        assert_eq!(timestamp(i64::MIN, true), "-infinity");
        let noon_ides = i64::from(ides) * USECS_PER_DAY + 12 * 3_600_000_000;
        assert_eq!(timestamp(noon_ides, true), "0044-03-15 12:00:00+00 BC");
    }

    #[test]
    fn julian_days_match_the_calendar() {
        // Every day from 4713 BC to AD 9999 lands on the next date of the proleptic
        // Gregorian calendar.
        let mut prev = j2date(0);
        assert_eq!(prev, (-4713, 11, 24));
        for jd in 1..5_373_484 {
            let d = j2date(jd);
            let next = if prev.2 < days_in(prev.0, prev.1) {
                (prev.0, prev.1, prev.2 + 1)
            } else if prev.1 < 12 {
                (prev.0, prev.1 + 1, 1)
            } else {
                (prev.0 + 1, 1, 1)
            };
            assert_eq!(d, next, "jd {jd}");
            prev = d;
        }
    }

    fn days_in(year: i64, month: u32) -> u32 {
        let leap =
            year.rem_euclid(4) == 0 && (year.rem_euclid(100) != 0 || year.rem_euclid(400) == 0);
        match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    #[test]
    fn times_and_intervals_print_as_postgres_prints_them() {
        let mut s = String::new();
        time_of_day(&mut s, 45_296_789_000);
        assert_eq!(s, "12:34:56.789");
        zone_offset(&mut s, -19_800);
        assert_eq!(s, "12:34:56.789+05:30");
        let mut s = String::new();
        zone_offset(&mut s, 28_800);
        assert_eq!(s, "-08");
        let h = 3_600_000_000;
        for (months, days, micros, want) in [
            (0, 1, -2 * h, "1 day -02:00:00"),
            (0, -1, 2 * h, "-1 days +02:00:00"),
            (-14, 0, 0, "-1 years -2 mons"),
            (1, -1, 0, "1 mon -1 days"),
            (0, 0, 100 * h, "100:00:00"),
            (0, 0, -500_000, "-00:00:00.5"),
            (12, 0, -1_000_000, "1 year -00:00:01"),
            (1, 0, 0, "1 mon"),
            (-1, 0, 0, "-1 mons"),
            (0, 0, 0, "00:00:00"),
            (
                14,
                3,
                4 * h + 306_500_000,
                "1 year 2 mons 3 days 04:05:06.5",
            ),
        ] {
            assert_eq!(interval(months, days, micros), want);
        }
    }

    #[test]
    fn addresses_print_as_postgres_prints_them() {
        let v4 = |bits: u8, cidr: u8, a: [u8; 4]| {
            let mut b = vec![2, bits, cidr, 4];
            b.extend_from_slice(&a);
            inet(&b).unwrap()
        };
        assert_eq!(v4(24, 0, [192, 168, 0, 1]), "192.168.0.1/24");
        assert_eq!(v4(32, 0, [192, 168, 0, 1]), "192.168.0.1");
        assert_eq!(v4(8, 1, [10, 0, 0, 0]), "10.0.0.0/8");
        assert_eq!(v4(32, 1, [10, 0, 0, 1]), "10.0.0.1/32");
        let v6 = |a: &str| {
            let ip: std::net::Ipv6Addr = a.parse().unwrap();
            let mut b = vec![3, 128, 0, 16];
            b.extend_from_slice(&ip.octets());
            inet(&b).unwrap()
        };
        for (a, want) in [
            ("::ffff:1.2.3.4", "::ffff:1.2.3.4"),
            ("2001:db8::1", "2001:db8::1"),
            ("::1.2.3.4", "::1.2.3.4"),
            ("1::", "1::"),
            ("::", "::"),
            ("::1", "::1"),
            ("1:0:0:2:0:0:0:3", "1:0:0:2::3"),
            ("1:0:2:3:4:5:6:7", "1:0:2:3:4:5:6:7"),
            ("::ffff:0:1.2.3.4", "::ffff:0:102:304"),
            ("::2", "::2"),
        ] {
            assert_eq!(v6(a), want, "{a}");
        }
    }

    fn array_bytes(element: u32, dims: &[(i32, i32)], items: &[Option<&[u8]>]) -> Vec<u8> {
        let mut b = Vec::new();
        b.extend_from_slice(&(dims.len() as i32).to_be_bytes());
        b.extend_from_slice(&0i32.to_be_bytes());
        b.extend_from_slice(&element.to_be_bytes());
        for (len, lower) in dims {
            b.extend_from_slice(&len.to_be_bytes());
            b.extend_from_slice(&lower.to_be_bytes());
        }
        for item in items {
            match item {
                None => b.extend_from_slice(&(-1i32).to_be_bytes()),
                Some(x) => {
                    b.extend_from_slice(&(x.len() as i32).to_be_bytes());
                    b.extend_from_slice(x);
                }
            }
        }
        b
    }

    #[test]
    fn arrays_and_records_print_as_postgres_prints_them() {
        let ints: Vec<[u8; 4]> = (1..=4).map(|i: i32| i.to_be_bytes()).collect();
        let one = |i: usize| Some(&ints[i][..]);
        assert_eq!(
            array(
                &array_bytes(oid::INT4, &[(3, 1)], &[one(0), one(1), one(2)]),
                false
            )
            .unwrap(),
            "{1,2,3}"
        );
        assert_eq!(
            array(
                &array_bytes(
                    oid::INT4,
                    &[(2, 1), (2, 1)],
                    &[one(0), one(1), one(2), one(3)]
                ),
                false
            )
            .unwrap(),
            "{{1,2},{3,4}}"
        );
        assert_eq!(
            array(&array_bytes(oid::INT4, &[(2, 0)], &[one(0), one(1)]), false).unwrap(),
            "[0:1]={1,2}"
        );
        assert_eq!(
            array(&array_bytes(oid::INT4, &[], &[]), false).unwrap(),
            "{}"
        );
        let texts: [&[u8]; 6] = [b"a b", b"", b"NULL", b"x\"y", b"c,d", b"a\\b"];
        let items: Vec<Option<&[u8]>> = texts.iter().map(|t| Some(*t)).chain([None]).collect();
        assert_eq!(
            array(&array_bytes(oid::TEXT, &[(7, 1)], &items), false).unwrap(),
            r#"{"a b","","NULL","x\"y","c,d","a\\b",NULL}"#
        );
        assert_eq!(
            array(
                &array_bytes(oid::BOOL, &[(2, 1)], &[Some(&[1]), Some(&[0])]),
                false
            )
            .unwrap(),
            "{t,f}"
        );

        let mut rec = Vec::new();
        rec.extend_from_slice(&3i32.to_be_bytes());
        for (oid, field) in [
            (oid::INT4, Some(&ints[0][..])),
            (oid::TEXT, Some(&b"a \"b\""[..])),
            (oid::TEXT, None),
        ] {
            rec.extend_from_slice(&oid.to_be_bytes());
            match field {
                Some(f) => {
                    rec.extend_from_slice(&(f.len() as i32).to_be_bytes());
                    rec.extend_from_slice(f);
                }
                None => rec.extend_from_slice(&(-1i32).to_be_bytes()),
            }
        }
        assert_eq!(record(&rec).unwrap(), r#"(1,"a ""b""",)"#);
    }

    #[test]
    fn other_scalars_print_as_postgres_prints_them() {
        assert_eq!(
            text(oid::BYTEA, &[0xde, 0xad, 0xbe, 0xef]).unwrap(),
            "\\xdeadbeef"
        );
        assert_eq!(
            text(oid::UUID, &(0u8..16).collect::<Vec<_>>()).unwrap(),
            "00010203-0405-0607-0809-0a0b0c0d0e0f"
        );
        assert_eq!(text(oid::JSONB, b"\x01{\"a\": 1}").unwrap(), "{\"a\": 1}");
        assert_eq!(
            text(oid::MACADDR, &[8, 0, 0x2b, 1, 2, 3]).unwrap(),
            "08:00:2b:01:02:03"
        );
        assert_eq!(text(oid::VARBIT, &[0, 0, 0, 4, 0x50]).unwrap(), "0101");
        assert_eq!(text(oid::CHAR, b"r").unwrap(), "r");
        let err = text(oid::MONEY, &[0; 8]).unwrap_err().to_string();
        assert!(err.contains("money") && err.contains("cast it"), "{err}");
    }
}
