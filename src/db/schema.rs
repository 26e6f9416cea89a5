//! Diesel's view of the tables (written by hand: ids are BIGINT on both backends, which
//! SQLite's `INTEGER PRIMARY KEY` is at heart). Keep in step with `migrations/`.

diesel::table! {
    species (id) {
        id -> BigInt,
        name -> Text,
        description -> Nullable<Text>,
    }
}

diesel::table! {
    owners (id) {
        id -> BigInt,
        name -> Text,
        phone -> Nullable<Text>,
        email -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    pets (id) {
        id -> BigInt,
        owner_id -> BigInt,
        species_id -> BigInt,
        name -> Text,
        birth_date -> Nullable<Date>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    procedures (id) {
        id -> BigInt,
        pet_id -> BigInt,
        kind -> Text,
        performed_at -> Date,
        cost_cents -> Integer,
        notes -> Nullable<Text>,
    }
}

diesel::table! {
    table_versions (table_name) {
        table_name -> Text,
        version -> BigInt,
    }
}

diesel::joinable!(pets -> owners (owner_id));
diesel::joinable!(pets -> species (species_id));
diesel::joinable!(procedures -> pets (pet_id));

diesel::allow_tables_to_appear_in_same_query!(species, owners, pets, procedures, table_versions);

/// A data table: what a read depends on and a write touches.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Table {
    // Declared in name order: sets iterate, and entries list their tables, in this order.
    Owners,
    Pets,
    Procedures,
    Species,
}

impl Table {
    /// Every data table, in dependency order; each has a row in `table_versions`.
    pub const ALL: [Table; 4] = [
        Table::Species,
        Table::Owners,
        Table::Pets,
        Table::Procedures,
    ];

    /// The table's SQL name.
    pub fn name(self) -> &'static str {
        match self {
            Table::Species => "species",
            Table::Owners => "owners",
            Table::Pets => "pets",
            Table::Procedures => "procedures",
        }
    }

    /// The table an SQL name (already case-folded) stands for.
    pub fn from_name(name: &str) -> Option<Table> {
        Table::ALL.into_iter().find(|t| t.name() == name)
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

impl std::fmt::Display for Table {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A set of data tables: what a read depends on, or what a write changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Tables(u8);

impl Tables {
    pub const NONE: Tables = Tables(0);
    pub const ALL: Tables = Tables(0b1111);

    pub fn of(tables: &[Table]) -> Tables {
        tables.iter().fold(Tables::NONE, |set, t| set.with(*t))
    }

    #[must_use]
    pub fn with(self, table: Table) -> Tables {
        Tables(self.0 | table.bit())
    }

    pub fn insert(&mut self, table: Table) {
        self.0 |= table.bit();
    }

    #[must_use]
    pub fn union(self, other: Tables) -> Tables {
        Tables(self.0 | other.0)
    }

    pub fn contains(self, table: Table) -> bool {
        self.0 & table.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The tables in the set, in name order.
    pub fn iter(self) -> impl Iterator<Item = Table> {
        const BY_NAME: [Table; 4] = [
            Table::Owners,
            Table::Pets,
            Table::Procedures,
            Table::Species,
        ];
        BY_NAME.into_iter().filter(move |t| self.contains(*t))
    }

    pub fn to_vec(self) -> Vec<Table> {
        self.iter().collect()
    }

    /// `owners, pets`
    pub fn names(self) -> String {
        self.iter().map(Table::name).collect::<Vec<_>>().join(", ")
    }
}

impl FromIterator<Table> for Tables {
    fn from_iter<I: IntoIterator<Item = Table>>(iter: I) -> Self {
        iter.into_iter().fold(Tables::NONE, Tables::with)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_sets_hold_what_was_put_in() {
        let set = Tables::of(&[Table::Pets, Table::Owners]);
        assert!(set.contains(Table::Pets) && set.contains(Table::Owners));
        assert!(!set.contains(Table::Species));
        assert_eq!(set.to_vec(), [Table::Owners, Table::Pets]);
        assert_eq!(set.names(), "owners, pets");
        assert_eq!(set.union(Tables::ALL), Tables::ALL);
        assert!(Tables::NONE.is_empty());
        for t in Table::ALL {
            assert_eq!(Table::from_name(t.name()), Some(t));
        }
        assert_eq!(Table::from_name("table_versions"), None);
    }
}
