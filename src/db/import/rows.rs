//! A record's cells as a typed row of one table, every bad cell a problem naming its line,
//! column and value: ids positive, names not blank, dates YYYY-MM-DD, timestamps
//! YYYY-MM-DD HH:MM:SS, costs whole cents from 0. Required columns must be there.

use chrono::{NaiveDate, NaiveDateTime};

use super::Action;
use crate::input::{Cell, Problem, Problems, Record};

/// A column present with a value (`Some(Some)`), present and empty (`Some(None)`), or
/// not there (`None`): on update, only the columns given change.
pub type Given<T> = Option<Option<T>>;

#[derive(Debug, Clone)]
pub struct SpeciesRow {
    pub line: u64,
    pub id: Option<i64>,
    pub name: String,
    pub description: Given<String>,
    pub action: Action,
}

#[derive(Debug, Clone)]
pub struct OwnerRow {
    pub line: u64,
    pub id: Option<i64>,
    pub name: String,
    pub phone: Given<String>,
    pub email: Given<String>,
    /// Not given: now on insert, unchanged on update.
    pub created_at: Option<NaiveDateTime>,
    pub action: Action,
}

#[derive(Debug, Clone)]
pub struct PetRow {
    pub line: u64,
    pub id: Option<i64>,
    pub name: String,
    /// The species by name, as `list` prints it.
    pub species: String,
    /// Found by [`super::check`].
    pub species_id: i64,
    pub owner_id: i64,
    pub birth_date: Given<NaiveDate>,
    pub created_at: Option<NaiveDateTime>,
    pub action: Action,
}

#[derive(Debug, Clone)]
pub struct ProcedureRow {
    pub line: u64,
    pub id: Option<i64>,
    pub pet_id: i64,
    pub kind: String,
    pub performed_at: NaiveDate,
    pub cost_cents: i32,
    pub notes: Given<String>,
    pub action: Action,
}

/// Converts records, reporting what is wrong with them.
pub struct Converter<'a> {
    pub source: &'a str,
    pub problems: &'a mut Problems,
}

impl Converter<'_> {
    /// Every record converted by `f`; those with problems are left out.
    pub fn all<T>(
        &mut self,
        records: Vec<Record>,
        f: fn(&mut Fields<'_, '_>) -> Option<T>,
    ) -> Vec<T> {
        records
            .into_iter()
            .filter_map(|record| {
                let mut fields = Fields {
                    record,
                    conv: self,
                    ok: true,
                };
                let row = f(&mut fields);
                row.filter(|_| fields.ok)
            })
            .collect()
    }
}

/// One record being converted: each getter reads one column by its index in the table's
/// columns (`list`'s order) and reports a bad value.
pub struct Fields<'c, 'a> {
    record: Record,
    conv: &'c mut Converter<'a>,
    ok: bool,
}

impl Fields<'_, '_> {
    fn line(&self) -> u64 {
        self.record.line
    }

    fn bad(&mut self, column: &str, cell: Option<&Cell>, message: impl Into<String>) {
        self.ok = false;
        self.conv.problems.push(Problem {
            source: self.conv.source.to_owned(),
            line: self.record.line,
            column: Some(column.to_owned()),
            value: cell.map(Cell::shown),
            message: message.into(),
        });
    }

    fn take(&mut self, i: usize) -> Option<Cell> {
        self.record.cells.get_mut(i).and_then(Option::take)
    }

    /// A required column: there, and not empty.
    fn required(&mut self, i: usize, column: &str) -> Option<Cell> {
        match self.take(i) {
            None => {
                self.bad(column, None, "required column missing");
                None
            }
            Some(Cell::Null) => {
                self.bad(column, Some(&Cell::Null), "required, and empty");
                None
            }
            Some(cell) => Some(cell),
        }
    }

    /// Text, as it is (no trimming): JSON numbers and booleans are not text, and a NUL
    /// character is refused on both backends (PostgreSQL cannot store one in text, so
    /// such a row could never move there with `db dump` and `db load`).
    fn text_of(&mut self, column: &str, cell: Cell) -> Option<String> {
        match cell {
            Cell::Text(s) if s.contains('\0') => {
                self.bad(
                    column,
                    Some(&Cell::Text(s)),
                    "text must not contain a NUL character (U+0000)",
                );
                None
            }
            Cell::Text(s) => Some(s),
            other => {
                self.bad(column, Some(&other), "expected text (a JSON string)");
                None
            }
        }
    }

    /// Required text that is not blank (names, kinds).
    fn name(&mut self, i: usize, column: &str) -> Option<String> {
        let cell = self.required(i, column)?;
        let text = self.text_of(column, cell)?;
        if text.trim().is_empty() {
            self.bad(column, Some(&Cell::Text(text)), "must not be blank");
            return None;
        }
        Some(text)
    }

    /// Optional text.
    fn optional_text(&mut self, i: usize, column: &str) -> Given<String> {
        match self.take(i)? {
            Cell::Null => Some(None),
            cell => Some(self.text_of(column, cell)),
        }
    }

    /// An integer from text or a JSON number.
    fn integer(&mut self, column: &str, cell: Cell) -> Option<i64> {
        let parsed = match &cell {
            Cell::Text(s) | Cell::Number(s) => s.parse::<i64>().ok(),
            _ => None,
        };
        if parsed.is_none() {
            self.bad(column, Some(&cell), "expected a whole number");
        }
        parsed
    }

    /// A positive id; `None` when not given (or empty, for `id`).
    fn id(&mut self, i: usize, column: &str, required: bool) -> Option<i64> {
        let cell = if required {
            self.required(i, column)?
        } else {
            match self.take(i)? {
                Cell::Null => return None,
                cell => cell,
            }
        };
        let shown = cell.clone();
        let id = self.integer(column, cell)?;
        if id < 1 {
            self.bad(column, Some(&shown), "ids are positive integers");
            return None;
        }
        if id > super::MAX_ID {
            let why = format!(
                "ids go up to {} (PostgreSQL's id sequence must be able to move past the largest)",
                super::MAX_ID
            );
            self.bad(column, Some(&shown), why);
            return None;
        }
        Some(id)
    }

    fn date_of(&mut self, column: &str, cell: Cell) -> Option<NaiveDate> {
        let parsed = match &cell {
            Cell::Text(s) => parse_date(s),
            _ => None,
        };
        if parsed.is_none() {
            self.bad(
                column,
                Some(&cell),
                "expected a date as YYYY-MM-DD (years 0001 to 9999)",
            );
        }
        parsed
    }

    /// `created_at`: when not given or empty, `None`.
    fn timestamp(&mut self, i: usize, column: &str) -> Option<NaiveDateTime> {
        let cell = match self.take(i)? {
            Cell::Null => return None,
            cell => cell,
        };
        let parsed = match &cell {
            Cell::Text(s) => parse_timestamp(s),
            _ => None,
        };
        if parsed.is_none() {
            self.bad(
                column,
                Some(&cell),
                "expected a timestamp as YYYY-MM-DD HH:MM:SS (whole seconds)",
            );
        }
        parsed
    }
}

/// `YYYY-MM-DD`, a real date (read by hand: chrono's format parser is most of an
/// import's time).
fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    // Year 0 is 1 BC on PostgreSQL and 0000 on SQLite: refused, as `add` refuses it.
    let year = digits(&b[0..4])? as i32;
    if year == 0 {
        return None;
    }
    NaiveDate::from_ymd_opt(year, digits(&b[5..7])?, digits(&b[8..10])?)
}

/// `YYYY-MM-DD HH:MM:SS`, whole seconds: PostgreSQL's `created_at` is `TIMESTAMP(0)` and
/// would round a fraction away (`.5` up to the next second) where SQLite would keep it, so
/// a fraction is refused on both backends.
fn parse_timestamp(s: &str) -> Option<NaiveDateTime> {
    let b = s.as_bytes();
    if b.len() != 19 || b[10] != b' ' || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let date = parse_date(&s[..10])?;
    date.and_hms_opt(
        digits(&b[11..13])?,
        digits(&b[14..16])?,
        digits(&b[17..19])?,
    )
}

/// ASCII digits as a number.
fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

// Column indexes follow each table's `COLUMNS` (what `list` prints).

pub(super) fn species(f: &mut Fields<'_, '_>) -> Option<SpeciesRow> {
    // id, name, description
    let id = f.id(0, "id", false);
    let name = f.name(1, "name");
    let description = f.optional_text(2, "description");
    Some(SpeciesRow {
        line: f.line(),
        id,
        name: name?,
        description,
        action: Action::Insert,
    })
}

pub(super) fn owner(f: &mut Fields<'_, '_>) -> Option<OwnerRow> {
    // id, name, phone, email, created_at
    let id = f.id(0, "id", false);
    let name = f.name(1, "name");
    let phone = f.optional_text(2, "phone");
    let email = f.optional_text(3, "email");
    let created_at = f.timestamp(4, "created_at");
    Some(OwnerRow {
        line: f.line(),
        id,
        name: name?,
        phone,
        email,
        created_at,
        action: Action::Insert,
    })
}

pub(super) fn pet(f: &mut Fields<'_, '_>) -> Option<PetRow> {
    // id, name, species, owner_id, birth_date, created_at
    let id = f.id(0, "id", false);
    let name = f.name(1, "name");
    let species = f.name(2, "species");
    let owner_id = f.id(3, "owner_id", true);
    let birth_date = match f.take(4) {
        None => None,
        Some(Cell::Null) => Some(None),
        Some(cell) => Some(f.date_of("birth_date", cell)),
    };
    let created_at = f.timestamp(5, "created_at");
    Some(PetRow {
        line: f.line(),
        id,
        name: name?,
        species: species?,
        species_id: 0,
        owner_id: owner_id?,
        birth_date,
        created_at,
        action: Action::Insert,
    })
}

pub(super) fn procedure(f: &mut Fields<'_, '_>) -> Option<ProcedureRow> {
    // id, pet_id, kind, performed_at, cost_cents, notes
    let id = f.id(0, "id", false);
    let pet_id = f.id(1, "pet_id", true);
    let kind = f.name(2, "kind");
    let performed_at = f
        .required(3, "performed_at")
        .and_then(|cell| f.date_of("performed_at", cell));
    let cost_cents = f.required(4, "cost_cents").and_then(|cell| {
        let shown = cell.clone();
        let cents = f.integer("cost_cents", cell)?;
        if cents < 0 {
            f.bad("cost_cents", Some(&shown), "a cost cannot be negative");
            return None;
        }
        let cents = i32::try_from(cents).ok();
        if cents.is_none() {
            f.bad(
                "cost_cents",
                Some(&shown),
                format!("a cost is at most {} cents", i32::MAX),
            );
        }
        cents
    });
    let notes = f.optional_text(5, "notes");
    Some(ProcedureRow {
        line: f.line(),
        id,
        pet_id: pet_id?,
        kind: kind?,
        performed_at: performed_at?,
        cost_cents: cost_cents?,
        notes,
        action: Action::Insert,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_timestamps_are_read_strictly() {
        assert_eq!(
            parse_date("2024-02-29"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        for bad in [
            "2023-02-29",
            "2024-2-29",
            "2024-02-29 ",
            "２０２４-02-29",
            "+024-02-29",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        let t = |s| parse_timestamp(s).map(|t| t.to_string());
        assert_eq!(
            t("2024-05-02 10:11:12").as_deref(),
            Some("2024-05-02 10:11:12")
        );
        for bad in [
            "2024-05-02 10:11:12.5",
            "2024-05-02 10:11:12.123456",
            "2024-05-02T10:11:12",
            "2024-05-02 24:00:00",
            "2024-05-02 10:11:12.",
            "2024-05-02 10:11",
        ] {
            assert_eq!(t(bad), None, "{bad}");
        }
    }
}
